"""fiefs:stylemap — write a styled copy of a layer; the style travels with the file."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsVectorLayer,
)

from fiefs_plugin.core import fields as fld
from fiefs_plugin.processing.base import FiefsAlgorithm
from fiefs_plugin.styling.palettes import PaletteError
from fiefs_plugin.styling.renderers import (
    METHODS,
    STYLES,
    StyleOptions,
    apply_style,
    build_style,
    default_palette,
    resolve_party,
)
from fiefs_plugin.styling.store import StylePostProcessor, qml_path_for, save_style

# the field each style needs, and the algorithm that makes it
REQUIRED = {
    "winner": (fld.WINNER, "fiefs:indicators"),
    "stronghold": (fld.FIEF_CLASS, "fiefs:strongholds"),
    "hotspot": (fld.GI_BIN, "fiefs:hotspots"),
    "lisa": (fld.LISA_CLUSTER, "fiefs:hotspots"),
    "turnout": (fld.TURNOUT, "fiefs:joinresults"),
    "swing": (fld.SWING, "fiefs:swing"),
    "value_by_alpha": (fld.VALID, "fiefs:joinresults"),
}
NEEDS_PARTY = ("share", "value_by_alpha")


class StyleMapAlgorithm(FiefsAlgorithm):
    NAME = "stylemap"
    GROUP = "maps"

    INPUT = "INPUT"
    STYLE = "STYLE"
    PARTY = "PARTY"
    CLASSES = "CLASSES"
    METHOD = "METHOD"
    MARGIN_LIGHTNESS = "MARGIN_LIGHTNESS"
    LABELS = "LABELS"
    LABEL_FIELD = "LABEL_FIELD"
    TOP_N = "TOP_N"
    PALETTE = "PALETTE"
    OUTPUT = "OUTPUT"
    QML = "QML"
    TITLE = "TITLE"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Style a stronghold map")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes a copy of the layer with a map style saved with it: as the default style in the "
            "GeoPackage (layer_styles table) and as a .qml file beside the output, so the layer opens "
            "styled in any QGIS, in batch runs and in models.\n\n"
            "Styles (the fields come from the other Fiefs algorithms):\n"
            "- Winner: party placed first (field winner), colours from the party palette; parties not in "
            "the palette get distinct colours. Option: paler where the lead (margin, points) is narrow "
            "(full colour from the 90th percentile of margins).\n"
            "- Party share: graduated on s_‹PARTY› (share of valid votes) with a sequential ramp built "
            "from the party colour.\n"
            "- Strongholds: classes of fief_class (stronghold, battleground, hot spot, weak, other; "
            "bastion, emerging, eroding across elections).\n"
            "- Hot and cold spots: gi_bin from -3 to 3 (Getis-Ord Gi* at 90/95/99 % confidence), "
            "diverging blue to red.\n"
            "- Clusters and outliers: lisa_cluster with GeoDa's colours (High-High red, Low-Low blue, "
            "Low-High light blue, High-Low pink, not significant grey).\n"
            "- Turnout (field turnout), graduated.\n"
            "- Swing (field swing, points): diverging classes symmetric around 0 (an even number of "
            "classes, 0 is a class limit).\n"
            "- Value by alpha: party share colours, opacity growing with the number of valid votes "
            "(log scale, 5th to 95th percentile), so small units weigh less on the eye.\n\n"
            "Classification methods: natural breaks (Jenks: Fisher's exact optimal partition; above "
            "3000 units it runs on 3000 evenly spaced order statistics, so results never change between "
            "runs), quantiles, equal intervals, pretty breaks (1, 2, 5 x 10^k) and standard deviations "
            "(classes one standard deviation wide, half above 6 classes, centred on the mean). The legend "
            "title and a note on the method are stored with the style for fiefs:exportlayout.\n\n"
            "Labels (optional): names of the top N units ranked by the party share (among strongholds "
            "when the layer has stronghold classes). Arabic names are shaped and laid out right to left.\n\n"
            "Palette: CSV files code,colour,name_fr,name_ar,name_en,aliases,country. The built-in ones "
            "(Morocco, France) are read first, then ‹QGIS profile›/fiefs/palettes/*.csv, then the file "
            "given here: later entries win."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Layer with results and indicators"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.STYLE, self.tr("Map style"),
            options=[
                self.tr("Winner"), self.tr("Party share"), self.tr("Strongholds"),
                self.tr("Hot and cold spots (Gi*)"), self.tr("Clusters and outliers (local Moran)"),
                self.tr("Turnout"), self.tr("Swing"), self.tr("Party share, opacity by votes cast"),
            ],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.PARTY, self.tr("Party code (share, strongholds, swing, value by alpha)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of classes"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=5, minValue=2, maxValue=12))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Classification method"),
            options=[
                self.tr("Natural breaks (Jenks)"), self.tr("Quantiles"), self.tr("Equal intervals"),
                self.tr("Pretty breaks"), self.tr("Standard deviations"),
            ],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MARGIN_LIGHTNESS, self.tr("Winner map: paler where the lead is narrow"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.LABELS, self.tr("Label the top units"), defaultValue=False))
        self.addParameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Name field for labels"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.String, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_N, self.tr("Number of units to label"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=10, minValue=1, maxValue=1000))
        self.addParameter(QgsProcessingParameterFile(
            self.PALETTE, self.tr("Party palette (CSV, optional)"), extension="csv", optional=True))
        output = QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Styled layer"), QgsProcessing.SourceType.TypeVectorPolygon)
        output.setSupportsNonFileBasedOutput(False)
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputFile(self.QML, self.tr("Style file (.qml)")))
        self.addOutput(QgsProcessingOutputString(self.TITLE, self.tr("Legend title")))

    def _style_key(self, parameters, context) -> str:
        return STYLES[self.parameterAsEnum(parameters, self.STYLE, context)]

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        style = self._style_key(parameters, context)
        party = self.parameterAsString(parameters, self.PARTY, context).strip()
        if style in NEEDS_PARTY and not party:
            return False, self.tr("This style needs a party code (the XX of the s_XX share fields).")
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is not None:
            names = source.fields().names()
            if style in REQUIRED and REQUIRED[style][0] not in names:
                name, algorithm = REQUIRED[style]
                return False, self.tr("The layer has no field '{field}'; run {algorithm} first.").format(
                    field=name, algorithm=algorithm)
            if style in NEEDS_PARTY and party:
                try:
                    resolve_party(names, party, default_palette(), source.sourceName())
                except (QgsProcessingException, PaletteError) as error:
                    return False, str(error)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        path = Path(destination.split("|", 1)[0])
        if destination.startswith(("memory:", "postgres:", "postgis:", "ogr:")) or not path.suffix:
            raise QgsProcessingException(self.tr(
                "Choose a file as output (a GeoPackage keeps the style inside it); got {destination}.").format(
                    destination=destination))
        palette_file = self.parameterAsFile(parameters, self.PALETTE, context)
        try:
            palette = default_palette([palette_file] if palette_file else [])
        except PaletteError as error:
            raise QgsProcessingException(str(error)) from error
        options = StyleOptions(
            style=self._style_key(parameters, context),
            party=self.parameterAsString(parameters, self.PARTY, context).strip() or None,
            classes=self.parameterAsInt(parameters, self.CLASSES, context),
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            margin_lightness=self.parameterAsBoolean(parameters, self.MARGIN_LIGHTNESS, context),
            labels=self.parameterAsBoolean(parameters, self.LABELS, context),
            label_field=self.parameterAsString(parameters, self.LABEL_FIELD, context) or None,
            top_n=self.parameterAsInt(parameters, self.TOP_N, context),
            palette=palette,
        )
        qml = qml_path_for(path)
        layer_name = path.stem
        try:
            self._write_copy(source, path, layer_name, context, feedback)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            uri = f"{path}|layername={layer_name}" if path.suffix.lower() == ".gpkg" else str(path)
            layer = QgsVectorLayer(uri, layer_name, "ogr")
            if not layer.isValid():
                raise QgsProcessingException(self.tr("Could not open the written file {path}.").format(path=path))
            feedback.pushInfo(self.tr("Building the style"))
            style = build_style(layer, options)
            apply_style(layer, style)
            saved = save_style(layer, name=layer_name, description=style.title, qml_path=qml)
            del layer
        except Exception:
            for leftover in (path, qml):
                if leftover.exists():
                    leftover.unlink()
            raise
        feedback.pushInfo(self.tr("Style saved in {qml}{database}").format(
            qml=saved["qml"], database=self.tr(" and in the GeoPackage's layer_styles") if saved["database"] else ""))
        for entry in style.classes:
            feedback.pushInfo(f"  {entry.label}: {entry.count}")
        if context.willLoadLayerOnCompletion(destination):
            details = context.layerToLoadOnCompletionDetails(destination)
            details.setPostProcessor(StylePostProcessor.create(str(qml), style.layer_name))
        return {self.OUTPUT: destination, self.QML: str(qml), self.TITLE: style.title}

    def _write_copy(self, source, path: Path, layer_name: str, context, feedback) -> None:
        """The input copied to ``path`` (in a GeoPackage, a layer named after the file's stem,
        ``layer_name``) through the one output writer; the file is closed when this returns."""
        from fiefs_plugin.gis.output import open_output

        path.parent.mkdir(parents=True, exist_ok=True)
        # the destination is fixed already: the writer must not make another temporary name
        output = open_output(self, {self.OUTPUT: str(path)}, self.OUTPUT, context, source.fields(),
                             source.wkbType(), source.sourceCrs(), feedback)
        if output is None:
            raise QgsProcessingException(self.tr("Could not create {path}.").format(path=path))
        output.copy_source(source, progress=(0.0, 80.0))
        if output.finish() is None and not feedback.isCanceled():
            raise QgsProcessingException(self.tr("Could not write {path}.").format(path=path))
