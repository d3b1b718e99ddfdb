"""Fill a layout template with styled layers: title, subtitle, main map, legend with
counts, scale bar, north arrow, notes (source and method), date, inset locator; and the
atlas (one page per feature of a coverage layer).

The layout lives in a private QgsProject and draws the person's layers as they are,
without changing them: legend titles live in the layout's own legend tree, and the atlas
coverage and the locator are drawn from in-memory copies with their own symbols. (No
``layer.clone()`` of file layers: with QGIS 3.22 two OGR layers sharing one dataset can
crash when the original is deleted after its clone.)
"""

from __future__ import annotations

import contextlib
import datetime
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsMapClippingRegion,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.layout import legend as legend_counts
from fiefs_plugin.layout.templates import load_template, north_arrow_path, template_path
from fiefs_plugin.paths import plugin_version

translate = QCoreApplication.translate

NAME_FIELDS = ("name", "name_fr", "nom", "libelle", "region_fr", "province_fr", "prov_fr", "com_fr", "name_en",
               "region", "province", "commune")
ARABIC_NAME_FIELDS = ("name_ar", "region_ar", "province_ar", "prov_ar", "libelle_ar", "nom_ar")


@dataclass
class LayoutOptions:
    title: str = ""
    subtitle: str = ""  # empty: the legend title of the first styled layer
    template: str | Path | None = None  # a .qpt; None: the shipped one for paper/orientation
    paper: str = "A4"
    orientation: str = "landscape"
    atlas_layer: QgsVectorLayer | None = None
    atlas_name: str = ""  # expression naming a page; empty: the coverage's name fields
    source_note: str = ""
    method_note: str = ""
    date_text: str = ""  # empty: today's date
    inset: bool = True
    extent: QgsRectangle | None = None
    extent_crs: QgsCoordinateReferenceSystem | None = None
    crs: QgsCoordinateReferenceSystem | None = None


@dataclass
class BuiltLayout:
    layout: QgsPrintLayout
    project: QgsProject
    layers: list = field(default_factory=list)  # the layers drawn on the map, top first
    coverage: QgsVectorLayer | None = None
    updater: object | None = None  # keeps the atlas slot alive
    titles: list = field(default_factory=list)  # title of each layer's style
    legend_titles: list = field(default_factory=list)  # legend heading: title, then the method
    legend_entries: list = field(default_factory=list)  # [(label, count)] in the legend now
    page_entries: dict = field(default_factory=dict)  # atlas page number (1-based) -> entries

    @property
    def atlas(self):
        return self.layout.atlas() if self.coverage is not None else None

    def close(self) -> None:
        """Free the layout and its private project (the caller's layers stay as they are)."""
        if self.updater is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self.layout.atlas().featureChanged.disconnect(self.updater.update)
            self.updater = None
        self.project.layoutManager().removeLayout(self.layout)
        self.project.clear()
        self.layers, self.coverage = [], None


def auto_crs(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """``crs`` when it is projected; for longitude/latitude data an equal-area projection
    (Lambert azimuthal) centred on the data, so that areas on the map compare fairly."""
    if crs.isValid() and not crs.isGeographic():
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if crs.isValid() and crs != wgs84:
        extent = QgsCoordinateTransform(crs, wgs84, QgsProject.instance().transformContext()).transformBoundingBox(extent)
    lon, lat = extent.center().x(), extent.center().y()
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={lat:.3f} +lon_0={lon:.3f} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    )


def default_page_name(layer: QgsVectorLayer) -> str:
    """An expression naming an atlas page from the coverage's name fields (Latin name,
    then the Arabic one when the layer has both)."""
    names = {n.lower(): n for n in layer.fields().names()}
    latin = next((names[n] for n in NAME_FIELDS if n in names), None)
    arabic = next((names[n] for n in ARABIC_NAME_FIELDS if n in names), None)
    parts = [f'"{n}"' for n in (latin, arabic) if n]
    if not parts:
        return "@atlas_featurenumber"
    if len(parts) == 1:
        return f"to_string({parts[0]})"
    return f"concat({parts[0]}, ' \u2014 ', {parts[1]})"


def _transform_rect(rect: QgsRectangle, source, target, project: QgsProject) -> QgsRectangle:
    if source is None or not source.isValid() or source == target:
        return QgsRectangle(rect)
    return QgsCoordinateTransform(source, target, project.transformContext()).transformBoundingBox(rect)


def _full_extent(layers, crs, project) -> QgsRectangle:
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        extent.combineExtentWith(_transform_rect(layer.extent(), layer.crs(), crs, project))
    return extent


def _mask_renderer() -> QgsRuleBasedRenderer:
    """Coverage on an atlas page: other features in light grey, the page's feature outlined."""
    root = QgsRuleBasedRenderer.Rule(None)
    others = QgsFillSymbol.createSimple({
        "color": "250,250,250,255", "outline_color": "190,190,190,255", "outline_width": "0.25",
        "outline_width_unit": "MM",
    })
    current = QgsFillSymbol.createSimple({
        "style": "no", "outline_color": "34,34,34,255", "outline_width": "0.55", "outline_width_unit": "MM",
        "joinstyle": "round",
    })
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, "@atlas_featureid <> $id"))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, "@atlas_featureid = $id"))
    return QgsRuleBasedRenderer(root)


LOCATOR_MAX_FEATURES = 5000


def _memory_copy(layer: QgsVectorLayer, name: str) -> QgsVectorLayer:
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(name)
    return copy


def _locator_layer(layer: QgsVectorLayer) -> QgsVectorLayer:
    """Grey copy of a (small) layer for the inset; a large layer is shown as it is."""
    if layer.featureCount() > LOCATOR_MAX_FEATURES:
        return layer
    copy = _memory_copy(layer, "locator")
    copy.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "#d6d6d6", "outline_color": "#ffffff", "outline_width": "0.1", "outline_width_unit": "MM",
    })))
    copy.setLabelsEnabled(False)
    return copy


def _zoom(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` whole, widened to the item's shape (zoomToExtent needs a previous
    extent, which a map from a template does not have)."""
    rect = map_item.rect()
    if rect.height() <= 0 or extent.height() <= 0:
        map_item.setExtent(extent)
        return
    item_ratio = rect.width() / rect.height()
    extent = QgsRectangle(extent)
    if extent.width() / extent.height() < item_ratio:
        grow = (extent.height() * item_ratio - extent.width()) / 2
        extent.setXMinimum(extent.xMinimum() - grow)
        extent.setXMaximum(extent.xMaximum() + grow)
    else:
        grow = (extent.width() / item_ratio - extent.height()) / 2
        extent.setYMinimum(extent.yMinimum() - grow)
        extent.setYMaximum(extent.yMaximum() + grow)
    map_item.setExtent(extent)


def _add_to(project: QgsProject, layer: QgsVectorLayer) -> None:
    """The layout's project owns the layer (a copy made for the layout)."""
    if project.addMapLayer(layer, False) is None:
        raise ValueError(translate("FiefsLayout", "Could not add layer {name} to the layout.").format(name=layer.name()))


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width=width)) if text else text


def _notes(layers, options: LayoutOptions) -> str:
    parts = []
    if options.source_note:
        parts.append(translate("FiefsLayout", "Source: {source}").format(source=options.source_note.strip()))
    seen = set()
    for layer in layers:
        note = str(layer.customProperty("fiefs/method_note", "") or "").strip()
        if note and note not in seen:
            seen.add(note)
            parts.append(note)
    if options.method_note:
        parts.append(options.method_note.strip())
    parts.append(translate("FiefsLayout", "Legend: number of units of each class in brackets"))
    return "  ".join(p if p.endswith(".") else p + "." for p in parts if p)


def build_layout(layers: list[QgsVectorLayer], options: LayoutOptions, feedback=None) -> BuiltLayout:
    """A print layout showing ``layers`` (first on top) from the template of ``options``."""
    if not layers:
        raise ValueError(translate("FiefsLayout", "No layer to put on the map."))
    project = QgsProject()
    project.setTitle(options.title or layers[0].name())
    shown = list(layers)  # drawn as they are (see the module's docstring)
    titles = [str(layer.customProperty("fiefs/legend_title", "") or "") or layer.name() for layer in layers]
    methods = [str(layer.customProperty("fiefs/legend_method", "") or "") for layer in layers]

    base = shown[0]
    crs = options.crs if options.crs is not None and options.crs.isValid() else auto_crs(base.extent(), base.crs())
    project.setCrs(crs)
    project.setEllipsoid("EPSG:7030")

    template = options.template or template_path(options.paper, options.orientation)
    layout = load_template(template, project)
    project.layoutManager().addLayout(layout)
    built = BuiltLayout(layout, project, list(shown))
    built.titles = titles
    built.legend_titles = [f"{t}\n{m}" if m else t for t, m in zip(titles, methods)]

    main: QgsLayoutItemMap = layout.itemById("map")
    main.setCrs(crs)
    map_layers = list(shown)

    coverage = None
    if options.atlas_layer is not None:
        coverage = _memory_copy(options.atlas_layer, options.atlas_layer.name())
        coverage.setRenderer(_mask_renderer())
        coverage.setLabelsEnabled(False)
        _add_to(project, coverage)
        map_layers = [coverage] + map_layers
        built.coverage = coverage
    main.setLayers(map_layers)
    main.setKeepLayerSet(True)

    if options.extent is not None and not options.extent.isEmpty():
        extent = _transform_rect(options.extent, options.extent_crs, crs, project)
    else:
        extent = _full_extent(shown, crs, project)
    extent.scale(1.04)
    _zoom(main, extent)

    title_text = options.title or titles[0]
    subtitle = options.subtitle or (titles[0] if options.title else "")
    if coverage is not None:
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setHideCoverage(False)
        atlas.setPageNameExpression(options.atlas_name or default_page_name(options.atlas_layer))
        atlas.setFilenameExpression("'page_' || lpad(to_string(@atlas_featurenumber), 3, '0')")
        atlas.setEnabled(True)
        main.setAtlasDriven(True)
        main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        main.setAtlasMargin(0.08)
        # the page's feature alone in colour: data clipped to it (labels too), the other
        # coverage features drawn in grey around it for context
        clipping = main.atlasClippingSettings()
        clipping.setEnabled(True)
        clipping.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipPainterOnly)
        clipping.setForceLabelsInsideFeature(True)
        clipping.setRestrictToLayers(True)
        clipping.setLayersToClip(shown)
        title_text = f"{title_text} \u2014 [% @atlas_pagename %]"

    layout.itemById("title").setText(title_text)
    layout.itemById("subtitle").setText(subtitle)
    notes_item = layout.itemById("notes")
    notes_width = max(60, int(notes_item.rect().width() / 1.3))
    notes_item.setText(_wrap(_notes(layers, options), notes_width))
    date_text = options.date_text or datetime.date.today().isoformat()
    layout.itemById("date").setText(
        translate("FiefsLayout", "{date}\nMap made with Fiefs {version} in QGIS").format(
            date=date_text, version=plugin_version())
    )

    arrow = layout.itemById("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture):
        if not Path(arrow.picturePath()).is_file():
            arrow.setPicturePath(str(north_arrow_path()))
        arrow.setLinkedMap(main)
        main.addLabelBlockingItem(arrow)  # map labels keep clear of the arrow

    _set_up_inset(layout, main, shown, coverage, extent, crs, project, options)
    _set_up_legend(built, main, shown, coverage, crs, options, feedback)
    return built


def _set_up_inset(layout, main, shown, coverage, extent, crs, project, options) -> None:
    inset = layout.itemById("inset")
    if inset is None:
        return
    source = coverage if coverage is not None else shown[0]
    whole = _transform_rect(source.extent(), source.crs(), crs, project)
    covers_all = coverage is None and extent.contains(whole)
    if not options.inset or covers_all:
        scalebar = layout.itemById("scalebar")
        if scalebar is not None:
            bar, box = scalebar.sceneBoundingRect(), inset.sceneBoundingRect()
            if bar.bottom() <= box.top() and bar.left() < box.right() and bar.right() > box.left():
                # the scale bar takes the freed place at the bottom of the panel
                scalebar.attemptMove(QgsLayoutPoint(bar.left(), box.bottom() - bar.height(),
                                                    QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        layout.removeLayoutItem(inset)
        return
    locator = _locator_layer(options.atlas_layer if coverage is not None else shown[0])
    if locator not in shown:
        _add_to(project, locator)
    inset.setCrs(crs)
    inset.setLayers([locator])
    inset.setKeepLayerSet(True)
    if coverage is None:
        # far-flung parts (France's overseas departments) would shrink the locator to a
        # world map: show the surroundings of the map instead
        around = QgsRectangle(extent)
        around.scale(2.5)
        if whole.area() > 2.0 * around.area():
            whole = around.intersect(whole)
    whole.scale(1.08)
    _zoom(inset, whole)
    overview = inset.overview()
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({
        "color": "215,38,61,60", "outline_color": "215,38,61,255", "outline_width": "0.5", "outline_width_unit": "MM",
    }))
    overview.setEnabled(True)


class _AtlasLegendUpdater:
    """Recounts the legend classes inside each atlas feature as the atlas moves."""

    def __init__(self, built: BuiltLayout, legend_item, nodes, coverage):
        self.built, self.legend_item, self.nodes, self.coverage = built, legend_item, nodes, coverage

    def update(self, feature=None) -> None:
        atlas = self.built.layout.atlas()
        feature = atlas.layout().reportContext().feature() if feature is None else feature
        area = feature.geometry() if feature is not None and feature.hasGeometry() else None
        entries = []
        for layer, node in self.nodes:
            counts = legend_counts.class_counts(layer, area=area, area_crs=self.coverage.crs())
            entries += legend_counts.show_counts(self.legend_item, node, layer, counts)
        self.built.legend_entries = entries
        if area is not None:
            self.built.page_entries[atlas.currentFeatureNumber() + 1] = entries
        _fit_legend(self.built.layout, self.legend_item)


def _set_up_legend(built, main, shown, coverage, crs, options, feedback) -> None:
    layout = built.layout
    legend_item = layout.itemById("legend")
    legend_item.setLinkedMap(main)
    legend_item.setAutoUpdateModel(False)
    root = legend_item.model().rootGroup()
    root.clear()
    nodes = []
    width_chars = max(24, int(legend_item.rect().width() / 2.0))
    for layer_, title in zip(shown, built.legend_titles):
        node = root.addLayer(layer_)
        node.setUseLayerName(False)
        node.setName("\n".join(_wrap(line, width_chars) for line in title.split("\n")))
        nodes.append((layer_, node))
    legend_item.setWrapString("\n")
    if coverage is not None:
        updater = _AtlasLegendUpdater(built, legend_item, nodes, coverage)
        layout.atlas().featureChanged.connect(updater.update)
        built.updater = updater
        if layout.atlas().updateFeatures() > 0:
            layout.atlas().first()
        return
    rectangle = main.extent()
    entries = []
    for layer_, node in nodes:
        layer_rect = _transform_rect(rectangle, crs, layer_.crs(), built.project)
        counts = legend_counts.class_counts(layer_, rectangle=layer_rect, feedback=feedback)
        entries += legend_counts.show_counts(legend_item, node, layer_, counts)
    built.legend_entries = entries
    _fit_legend(layout, legend_item)


def _fit_legend(layout, legend_item) -> None:
    """More legend columns when the entries would run into the items below the legend."""
    limit = _space_below(layout, legend_item)
    for columns in (1, 2, 3):
        legend_item.setColumnCount(columns)
        legend_item.adjustBoxSize()
        if legend_item.sceneBoundingRect().bottom() <= limit:
            return


def _space_below(layout, legend_item) -> float:
    rect = legend_item.sceneBoundingRect()
    limit = layout.pageCollection().page(0).rect().height() - 8.0
    for item_id in ("scalebar", "inset", "notes"):
        other = layout.itemById(item_id)
        if other is None or other is legend_item:
            continue
        other_rect = other.sceneBoundingRect()
        overlaps_columns = other_rect.left() < rect.right() and other_rect.right() > rect.left()
        if overlaps_columns and other_rect.top() > rect.top():
            limit = min(limit, other_rect.top() - 2.0)
    return limit
