"""The print layout templates (``resources/layouts/fiefs_<paper>_<orientation>.qpt``).

A template is an ordinary QGIS layout saved as .qpt: open it in the layout designer,
move things, change fonts, save it back (or save a copy and pass it to
``fiefs:exportlayout``). Fiefs finds its items by id:

    title, subtitle, map, legend, scalebar, north_arrow, notes, date, inset (optional)

``write_default_templates()`` regenerates the shipped templates from the design below
(A4 and A3, portrait and landscape); run ``python -m fiefs_plugin.layout.templates``
inside a QGIS Python to refresh them after changing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from fiefs_plugin.paths import resource_path

translate = QCoreApplication.translate

PAPERS = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
ORIENTATIONS = ("landscape", "portrait")
REQUIRED_ITEMS = ("title", "subtitle", "map", "legend", "scalebar", "north_arrow", "notes", "date")
OPTIONAL_ITEMS = ("inset",)
FONT = "Noto Sans"
TEXT_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#555555"


def template_names() -> list[str]:
    return [f"{paper}_{orientation}" for paper in PAPERS for orientation in ORIENTATIONS]


def template_path(paper: str = "A4", orientation: str = "landscape") -> Path:
    return resource_path("layouts", f"fiefs_{paper}_{orientation}.qpt")


def north_arrow_path() -> Path:
    return resource_path("layouts", "north_arrow.svg")


class TemplateError(ValueError):
    pass


def load_template(path: str | Path, project: QgsProject) -> QgsPrintLayout:
    """A print layout from a .qpt; TemplateError says which file or item is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TemplateError(translate("FiefsLayout", "Cannot read the layout template {path}: {error}").format(
            path=path, error=error)) from error
    document = QDomDocument()
    parsed = document.setContent(text)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise TemplateError(translate("FiefsLayout", "{path} is not a QGIS layout template (.qpt).").format(path=path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise TemplateError(translate("FiefsLayout", "QGIS could not load the layout template {path}.").format(
            path=path))
    missing = [item for item in REQUIRED_ITEMS if layout.itemById(item) is None]
    if missing:
        raise TemplateError(
            translate("FiefsLayout", "Layout template {path} lacks the item(s) {items} (set them as item ids).").format(
                path=path, items=", ".join(missing))
        )
    return layout


# --- the design ------------------------------------------------------------------------

@dataclass
class Box:
    x: float
    y: float
    width: float
    height: float


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def design(paper: str, orientation: str) -> dict[str, Box]:
    """Item boxes (mm) for a page: title and subtitle on top, the map, a side panel
    (landscape) or a band under the map (portrait) for legend, scale bar and inset,
    and a footer with notes and date."""
    short, long_ = PAPERS[paper]
    width, height = (long_, short) if orientation == "landscape" else (short, long_)
    f = short / 210.0  # A3 is A4 scaled by sqrt(2)
    m = 10.0 * f
    title_h, subtitle_h = 10.0 * f, 7.0 * f
    footer_h = 13.0 * f
    top = m + title_h + subtitle_h + 3.0 * f
    bottom = height - m - footer_h - 2.0 * f
    boxes = {
        "title": Box(m, m, width - 2 * m, title_h),
        "subtitle": Box(m, m + title_h, width - 2 * m, subtitle_h),
        "notes": Box(m, height - m - footer_h, (width - 2 * m) * 0.76, footer_h),
        "date": Box(m + (width - 2 * m) * 0.78, height - m - footer_h, (width - 2 * m) * 0.22, footer_h),
    }
    if orientation == "landscape":
        panel = 74.0 * f
        gap = 6.0 * f
        map_w = width - 2 * m - panel - gap
        boxes["map"] = Box(m, top, map_w, bottom - top)
        px = m + map_w + gap
        inset_h = 48.0 * f
        boxes["inset"] = Box(px, bottom - inset_h, panel, inset_h)
        boxes["scalebar"] = Box(px, bottom - inset_h - 16.0 * f, panel * 0.8, 12.0 * f)
        boxes["legend"] = Box(px, top, panel, bottom - inset_h - 18.0 * f - top)
    else:
        band = 62.0 * f
        map_bottom = bottom - band - 4.0 * f
        boxes["map"] = Box(m, top, width - 2 * m, map_bottom - top)
        inset_w = 52.0 * f
        boxes["inset"] = Box(width - m - inset_w, map_bottom + 4.0 * f, inset_w, band)
        boxes["legend"] = Box(m, map_bottom + 4.0 * f, width - 2 * m - inset_w - 6.0 * f, band - 14.0 * f)
        boxes["scalebar"] = Box(m, bottom - 12.0 * f, 60.0 * f, 12.0 * f)
    mp = boxes["map"]
    boxes["north_arrow"] = Box(mp.x + mp.width - 12.0 * f, mp.y + 3.0 * f, 8.0 * f, 13.0 * f)
    boxes["page"] = Box(0, 0, width, height)
    return boxes


def _place(item, box: Box) -> None:
    item.attemptMove(QgsLayoutPoint(box.x, box.y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(box.width, box.height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout, item_id: str, text: str, box: Box, size: float, bold=False, colour=TEXT_COLOUR,
           align=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignTop) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold))
    label.setFontColor(QColor(colour))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMarginX(0.0)
    label.setMarginY(0.0)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def _placeholder_extent(map_item: QgsLayoutItemMap) -> None:
    """A projected CRS and an extent (about Morocco, in metres), so that the template shows
    a sensible scale bar in the designer; the builder replaces both."""
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    rect = map_item.rect()
    half_height = 1_100_000.0
    half_width = half_height * rect.width() / rect.height() if rect.height() else half_height
    centre_x, centre_y = -800_000.0, 3_300_000.0
    map_item.setExtent(QgsRectangle(centre_x - half_width, centre_y - half_height,
                                    centre_x + half_width, centre_y + half_height))


def build_default_layout(paper: str, orientation: str, project: QgsProject | None = None) -> QgsPrintLayout:
    """The shipped template as a layout (no layers yet)."""
    project = project or QgsProject()
    boxes = design(paper, orientation)
    f = PAPERS[paper][0] / 210.0
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Fiefs {paper} {orientation}")
    page = layout.pageCollection().page(0)
    page.setPageSize(paper, QgsLayoutItemPage.Orientation.Landscape if orientation == "landscape"
                     else QgsLayoutItemPage.Orientation.Portrait)

    _label(layout, "title", "Title", boxes["title"], 17 * f, bold=True)
    _label(layout, "subtitle", "Subtitle", boxes["subtitle"], 10.5 * f, colour=MUTED_COLOUR)
    _label(layout, "notes", "Source", boxes["notes"], 6.5 * f, colour=MUTED_COLOUR)
    _label(layout, "date", "Date", boxes["date"], 6.5 * f, colour=MUTED_COLOUR,
           align=Qt.AlignmentFlag.AlignRight)

    main = QgsLayoutItemMap(layout)
    main.setId("map")
    main.setFrameEnabled(True)
    main.setFrameStrokeColor(QColor("#7a7a7a"))
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    main.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(main)
    _place(main, boxes["map"])
    _placeholder_extent(main)

    inset = QgsLayoutItemMap(layout)
    inset.setId("inset")
    inset.setFrameEnabled(True)
    inset.setFrameStrokeColor(QColor("#9a9a9a"))
    inset.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    inset.setBackgroundColor(QColor("#f7f7f7"))
    layout.addLayoutItem(inset)
    _place(inset, boxes["inset"])
    _placeholder_extent(inset)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("")
    legend.setLinkedMap(main)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    legend.setResizeToContents(True)
    legend.setSymbolWidth(6.0 * f)
    legend.setSymbolHeight(4.0 * f)
    legend.setBoxSpace(0.0)
    legend.setColumnSpace(4.0 * f)
    legend.setWrapString("")
    legend.rstyle(QgsLegendStyle.Style.Title).setFont(_font(10 * f, bold=True))
    legend.rstyle(QgsLegendStyle.Style.Group).setFont(_font(9 * f, bold=True))
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setFont(_font(8.5 * f, bold=True))
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Bottom, 2.0 * f)
    legend.rstyle(QgsLegendStyle.Style.SymbolLabel).setFont(_font(7.5 * f))
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.2 * f)
    layout.addLayoutItem(legend)
    _place(legend, boxes["legend"])

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(18.0 * f)
    scalebar.setMaximumBarWidth(boxes["scalebar"].width * 0.75)
    scalebar.setHeight(2.0 * f)
    scalebar.setFont(_font(7 * f))
    scalebar.setBackgroundEnabled(False)
    scalebar.setFrameEnabled(False)
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes["scalebar"])

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(str(north_arrow_path()))
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    _place(arrow, boxes["north_arrow"])
    return layout


def write_default_templates(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path("layouts")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for paper in PAPERS:
        for orientation in ORIENTATIONS:
            layout = build_default_layout(paper, orientation)
            target = folder / f"fiefs_{paper}_{orientation}.qpt"
            if not layout.saveAsTemplate(str(target), QgsReadWriteContext()):
                raise OSError(f"could not write {target}")
            _relative_picture_path(target)
            written.append(target)
    return written


def _relative_picture_path(path: Path) -> None:
    """The template must not carry this machine's absolute path to the north arrow: the
    builder puts the installed plugin's copy back (see builder.set_north_arrow)."""
    text = path.read_text(encoding="utf-8")
    text = text.replace(str(north_arrow_path()), "north_arrow.svg")
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for written in write_default_templates():
        print(written)
    app.exitQgis()
