<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>FiefsAlgorithm</name>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="23" />
            <source>1. Results tables and matching</source>
            <translation>1. جداول النتائج والمطابقة</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="24" />
            <source>2. Indicators and strongholds</source>
            <translation>2. المؤشرات والمعاقل</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="25" />
            <source>3. Spatial statistics</source>
            <translation>3. الإحصاءات المكانية</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="26" />
            <source>4. Maps and layouts</source>
            <translation>4. الخرائط وتخطيطات الطباعة</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="27" />
            <source>Election store</source>
            <translation>قاعدة البيانات الانتخابية</translation>
        </message>
    </context>
    <context>
        <name>FiefsDockWidget</name>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="26" />
            <source>1. Data</source>
            <translation>1. البيانات</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="27" />
            <source>2. Match</source>
            <translation>2. المطابقة</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="28" />
            <source>3. Analyse</source>
            <translation>3. التحليل</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="29" />
            <source>4. Map and export</source>
            <translation>4. الخريطة والتصدير</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="35" />
            <source>Choose the commune layer and the results table, and check the column roles.</source>
            <translation>اختر طبقة الجماعات وجدول النتائج، ثم تحقق من أدوار الأعمدة.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="36" />
            <source>Match result rows to communes by code, name or crosswalk, and review doubtful matches.</source>
            <translation>طابق صفوف النتائج مع الجماعات بالرمز أو بالاسم أو بجدول التقابل، وراجع المطابقات المشكوك فيها.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="37" />
            <source>Choose the party and elections, then compute indicators, hot spots and strongholds.</source>
            <translation>اختر الحزب والانتخابات، ثم احسب المؤشرات والبؤر الساخنة والمعاقل.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="38" />
            <source>Style the maps and export a print layout or an atlas.</source>
            <translation>نسّق الخرائط وصدّر تخطيط طباعة أو أطلسًا.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="47" />
            <source>Fiefs: electoral strongholds</source>
            <translation>Fiefs: المعاقل الانتخابية</translation>
        </message>
    </context>
    <context>
        <name>FiefsPlugin</name>
        <message>
            <location filename="../fiefs_plugin/plugin.py" line="57" />
            <source>Fiefs electoral strongholds</source>
            <translation>Fiefs: المعاقل الانتخابية</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/plugin.py" line="64" />
            <source>Show or hide the Fiefs panel</source>
            <translation>إظهار لوحة Fiefs أو إخفاؤها</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/plugin.py" line="46" />
            <source>Could not register the Fiefs Processing provider: another provider already uses the id 'fiefs'.</source>
            <translation>تعذر تسجيل مزود المعالجة Fiefs: مزود آخر يستخدم المعرف 'fiefs' بالفعل.</translation>
        </message>
    </context>
    <context>
        <name>FiefsProvider</name>
        <message>
            <location filename="../fiefs_plugin/processing/provider.py" line="35" />
            <source>Fiefs electoral geography</source>
            <translation>Fiefs: الجغرافيا الانتخابية</translation>
        </message>
    </context>
    <context>
        <name>frames</name>
        <message>
            <location filename="../fiefs_plugin/gis/frames.py" line="55" />
            <source>Field(s) not found in the layer: {names}</source>
            <translation>حقل (حقول) غير موجود في الطبقة: {names}</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gis/frames.py" line="150" />
            <source>Could not write a row to the output table.</source>
            <translation>تعذرت كتابة صف في جدول المخرجات.</translation>
        </message>
    </context>
</TS>