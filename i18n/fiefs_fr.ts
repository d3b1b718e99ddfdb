<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>FiefsAlgorithm</name>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="23" />
            <source>1. Results tables and matching</source>
            <translation>1. Tableaux de résultats et appariement</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="24" />
            <source>2. Indicators and strongholds</source>
            <translation>2. Indicateurs et fiefs</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="25" />
            <source>3. Spatial statistics</source>
            <translation>3. Statistiques spatiales</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="26" />
            <source>4. Maps and layouts</source>
            <translation>4. Cartes et mises en page</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/processing/base.py" line="27" />
            <source>Election store</source>
            <translation>Base électorale</translation>
        </message>
    </context>
    <context>
        <name>FiefsDockWidget</name>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="26" />
            <source>1. Data</source>
            <translation>1. Données</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="27" />
            <source>2. Match</source>
            <translation>2. Appariement</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="28" />
            <source>3. Analyse</source>
            <translation>3. Analyse</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="29" />
            <source>4. Map and export</source>
            <translation>4. Carte et export</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="35" />
            <source>Choose the commune layer and the results table, and check the column roles.</source>
            <translation>Choisissez la couche des communes et le tableau des résultats, puis vérifiez le rôle des colonnes.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="36" />
            <source>Match result rows to communes by code, name or crosswalk, and review doubtful matches.</source>
            <translation>Appariez les lignes de résultats aux communes par code, par nom ou par table de correspondance, et vérifiez les appariements douteux.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="37" />
            <source>Choose the party and elections, then compute indicators, hot spots and strongholds.</source>
            <translation>Choisissez le parti et les élections, puis calculez les indicateurs, les points chauds et les fiefs.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="38" />
            <source>Style the maps and export a print layout or an atlas.</source>
            <translation>Mettez en forme les cartes et exportez une mise en page ou un atlas.</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gui/dock.py" line="47" />
            <source>Fiefs: electoral strongholds</source>
            <translation>Fiefs : bastions électoraux</translation>
        </message>
    </context>
    <context>
        <name>FiefsPlugin</name>
        <message>
            <location filename="../fiefs_plugin/plugin.py" line="57" />
            <source>Fiefs electoral strongholds</source>
            <translation>Fiefs : bastions électoraux</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/plugin.py" line="64" />
            <source>Show or hide the Fiefs panel</source>
            <translation>Afficher ou masquer le panneau Fiefs</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/plugin.py" line="46" />
            <source>Could not register the Fiefs Processing provider: another provider already uses the id 'fiefs'.</source>
            <translation>Impossible d'enregistrer le fournisseur de traitements Fiefs : un autre fournisseur utilise déjà l'identifiant « fiefs ».</translation>
        </message>
    </context>
    <context>
        <name>FiefsProvider</name>
        <message>
            <location filename="../fiefs_plugin/processing/provider.py" line="35" />
            <source>Fiefs electoral geography</source>
            <translation>Fiefs : géographie électorale</translation>
        </message>
    </context>
    <context>
        <name>frames</name>
        <message>
            <location filename="../fiefs_plugin/gis/frames.py" line="55" />
            <source>Field(s) not found in the layer: {names}</source>
            <translation>Champ(s) introuvable(s) dans la couche : {names}</translation>
        </message>
        <message>
            <location filename="../fiefs_plugin/gis/frames.py" line="150" />
            <source>Could not write a row to the output table.</source>
            <translation>Impossible d'écrire une ligne dans la table de sortie.</translation>
        </message>
    </context>
</TS>