"""fiefs:exportlayout — a print layout (or atlas) of styled layers to PDF, PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from fiefs_plugin.layout.builder import LayoutOptions, build_layout
from fiefs_plugin.layout.export import FORMATS, ExportError, export_layout
from fiefs_plugin.layout.templates import TemplateError, template_path
from fiefs_plugin.processing.base import FiefsAlgorithm

TEMPLATES = (("A4", "landscape"), ("A4", "portrait"), ("A3", "landscape"), ("A3", "portrait"))


class ExportLayoutAlgorithm(FiefsAlgorithm):
    NAME = "exportlayout"
    GROUP = "maps"

    INPUT = "INPUT"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    ATLAS_LAYER = "ATLAS_LAYER"
    ATLAS_NAME = "ATLAS_NAME"
    SOURCE_NOTE = "SOURCE_NOTE"
    METHOD_NOTE = "METHOD_NOTE"
    DATE = "DATE"
    INSET = "INSET"
    EXTENT = "EXTENT"
    CRS = "CRS"
    FORMAT = "FORMAT"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    FILES = "FILES"
    PAGES = "PAGES"

    def flags(self):
        # layouts, fonts and printing belong to the main thread
        if hasattr(Qgis, "ProcessingAlgorithmFlag"):  # QGIS >= 3.36
            return super().flags() | Qgis.ProcessingAlgorithmFlag.NoThreading
        return super().flags() | FiefsAlgorithm.Flag.FlagNoThreading

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Export a stronghold map layout")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Puts styled layers (first one on top) into a print layout and exports it: title, subtitle, "
            "main map, legend, scale bar, north arrow, a note with the data source and the method "
            "(classification and analysis notes stored by fiefs:stylemap), date, and an inset locator map.\n\n"
            "The legend shows only the classes present on the page, each with its number of units "
            "(on an atlas page: the units whose inner point lies in the page's feature).\n\n"
            "Atlas: give a coverage layer (regions, provinces...) to get one page per feature, the map "
            "zoomed on it, other features faded, and the page title taken from the feature (its name "
            "fields, French then Arabic, or the expression given). PDF gives one multi-page file; PNG and "
            "SVG one file per page named ‹output›_001.png, ‹output›_002.png...\n\n"
            "Templates: A4 or A3, landscape or portrait, from the plugin's resources/layouts (QGIS .qpt "
            "files you can edit in the layout designer; items are found by their ids title, subtitle, "
            "map, legend, scalebar, north_arrow, notes, date, inset). A template file of your own wins.\n\n"
            "Map projection: the layer's when it is projected; for longitude/latitude data a Lambert "
            "azimuthal equal-area projection centred on the data (areas compare fairly), unless a CRS is "
            "given. PDF and SVG keep text as text (searchable, Arabic included); DPI sets the resolution "
            "of PNG and of what PDF rasterises. Layers read from files get their saved default style."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Styled layers (first one on top)"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, self.tr("Subtitle (election, party, indicator; empty: the legend title)"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.TEMPLATE, self.tr("Page"),
            options=[self.tr("A4 landscape"), self.tr("A4 portrait"), self.tr("A3 landscape"), self.tr("A3 portrait")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE_FILE, self.tr("Layout template of your own (.qpt)"), extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ATLAS_LAYER, self.tr("Atlas coverage layer (one page per feature)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.ATLAS_NAME, self.tr("Atlas page name"), parentLayerParameterName=self.ATLAS_LAYER, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE_NOTE, self.tr("Data source"), defaultValue="", optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.METHOD_NOTE, self.tr("Method note (added to the notes stored with the styles)"),
            defaultValue="", optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATE, self.tr("Date shown (empty: today)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.INSET, self.tr("Inset locator map"), defaultValue=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent (empty: all)"), optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, self.tr("Map projection (empty: automatic)"),
                                                    optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, self.tr("Format"), options=["PDF", "PNG", "SVG"], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (DPI)"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=300, minValue=50, maxValue=1200))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Output file"), self.tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)")))
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written (one per line)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        if suffix in FORMATS and suffix != fmt:
            return False, self.tr(
                "The output file ends in .{suffix} but the format is {format}: change one of them.").format(
                    suffix=suffix, format=fmt.upper())
        return True, ""

    def _styled(self, layer: QgsVectorLayer, context) -> QgsVectorLayer:
        """A layer Processing read from a file for this run gets its saved style back
        (Processing loads files without their default style); a project layer is used as
        it is, never changed."""
        project = context.project()
        if project is None or project.mapLayer(layer.id()) is None:
            layer.loadDefaultStyle()
        return layer

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        layers = [layer for layer in self.parameterAsLayerList(parameters, self.INPUT, context)
                  if isinstance(layer, QgsVectorLayer)]
        if not layers:
            raise QgsProcessingException(self.tr("Give at least one polygon layer to map."))
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if output.suffix.lower() != f".{fmt}":
            output = output.with_suffix(f".{fmt}")
        paper, orientation = TEMPLATES[self.parameterAsEnum(parameters, self.TEMPLATE, context)]
        template = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context) or template_path(paper, orientation)
        atlas_layer = self.parameterAsVectorLayer(parameters, self.ATLAS_LAYER, context)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        options = LayoutOptions(
            title=self.parameterAsString(parameters, self.TITLE, context),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
            template=template,
            paper=paper,
            orientation=orientation,
            atlas_layer=atlas_layer,
            atlas_name=self.parameterAsExpression(parameters, self.ATLAS_NAME, context),
            source_note=self.parameterAsString(parameters, self.SOURCE_NOTE, context),
            method_note=self.parameterAsString(parameters, self.METHOD_NOTE, context),
            date_text=self.parameterAsString(parameters, self.DATE, context),
            inset=self.parameterAsBoolean(parameters, self.INSET, context),
            extent=extent if not extent.isNull() and not extent.isEmpty() else None,
            extent_crs=self.parameterAsExtentCrs(parameters, self.EXTENT, context),
            crs=crs if crs.isValid() else None,
        )
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        styled = [self._styled(layer, context) for layer in layers]
        built = None
        try:
            feedback.pushInfo(self.tr("Building the layout from {template}").format(template=template))
            built = build_layout(styled, options, feedback)
            pages = built.atlas.count() if built.atlas is not None else 1
            feedback.pushInfo(self.tr("Exporting {pages} page(s) to {path}").format(pages=pages, path=output))
            files = export_layout(built, output, fmt, dpi, feedback)
            entries = list(built.legend_entries)
        except (TemplateError, ExportError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            if built is not None:
                built.close()
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        for entry, count in entries:
            feedback.pushInfo(f"  {entry}: {count}")
        return {self.OUTPUT: str(output), self.FILES: "\n".join(files), self.PAGES: pages}
