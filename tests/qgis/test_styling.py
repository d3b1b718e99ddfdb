"""Map styles on real geometry with the analysis fields of core/fields.py: the colour drawn
at each unit is the colour of its class (checked on rendered pixels), and the style is
saved with the output so the layer opens styled anywhere."""

from __future__ import annotations

import hashlib
import sqlite3

import numpy as np
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from fiefs_plugin.core import fields as fld
from fiefs_plugin.styling import classes as breaks_module
from fiefs_plugin.styling.colours import lightness
from fiefs_plugin.styling.renderers import (
    GI_COLOURS,
    LISA_COLOURS,
    StyleOptions,
    apply_style,
    build_style,
    default_palette,
    stronghold_labels,
)
from tests.qgis.maps_support import (
    FR_GARD,
    MA_PROVINCES,
    canonical_xml,
    colour_distance,
    load,
    memory_copy,
    pixel_at_feature,
    render,
)


@pytest.fixture(scope="module")
def palette():
    return default_palette()


# fixture names contain "layer": pytest-qgis then hands the layers to the project at teardown,
# which avoids a QGIS 3.22 crash when a file layer outside any project is deleted late
@pytest.fixture
def provinces_layer(qgis_app):
    return load(MA_PROVINCES, "provinces")


@pytest.fixture
def gard_layer(qgis_app):
    return load(FR_GARD, "gard")


def styled_pixels(layer, options, artifacts=None, name=None):
    """Style the layer, render it, return (style, [(feature, pixel colour)]) for the
    features whose inner point sits in a patch of one colour."""
    style = build_style(layer, options)
    apply_style(layer, style)
    image, settings = render(layer)
    if artifacts is not None and name:
        image.save(str(artifacts / f"style_{name}.png"))
    samples = []
    for feature in layer.getFeatures():
        colour = pixel_at_feature(image, settings, feature)
        if colour is not None:
            samples.append((feature, colour))
    return style, samples


def test_winner_colours_are_the_palette_colours(provinces_layer, palette, artifacts_dir):
    style, samples = styled_pixels(provinces_layer, StyleOptions("winner"), artifacts_dir, "winner_ma")
    assert isinstance(provinces_layer.renderer(), QgsCategorizedSymbolRenderer)
    assert len(samples) > 50, "too few features large enough to sample"
    for feature, colour in samples:
        expected = palette.colour(feature[fld.WINNER])
        assert colour == expected, (feature["name_fr"], feature[fld.WINNER], colour, expected)
    # legend: most units won first, with counts that add up
    counts = [c.count for c in style.classes]
    assert counts == sorted(counts, reverse=True) and sum(counts) == provinces_layer.featureCount()
    assert [c.label for c in style.classes][:2] == ["RNI", "PAM"]


def test_winner_french_lists_use_nuance_colours(gard_layer, palette, artifacts_dir):
    _, samples = styled_pixels(gard_layer, StyleOptions("winner"), artifacts_dir, "winner_gard")
    seen = set()
    for feature, colour in samples:
        assert colour == palette.colour(feature[fld.WINNER]), feature[fld.WINNER]
        seen.add(feature[fld.WINNER])
    assert {"L01_LRN", "L03_LUG"} <= seen
    assert palette.colour("L01_LRN") == palette.lookup("LRN").colour


def test_unknown_parties_get_distinct_colours(provinces_layer, palette):
    layer = memory_copy(provinces_layer)
    ids = [f.id() for f in layer.getFeatures()]
    index = layer.fields().lookupField(fld.WINNER)
    with_new = {ids[0]: "NEW_A", ids[1]: "NEW_B", ids[2]: "NEW_A"}
    layer.dataProvider().changeAttributeValues({fid: {index: v} for fid, v in with_new.items()})
    style = build_style(layer, StyleOptions("winner"))
    by_key = {c.key: c.colour for c in style.classes}
    assert by_key["NEW_A"] != by_key["NEW_B"]
    known = [by_key[k] for k in by_key if k not in ("NEW_A", "NEW_B")]
    assert by_key["NEW_A"] not in known and by_key["NEW_B"] not in known
    assert build_style(layer, StyleOptions("winner")).classes == style.classes  # same colours every run


def test_margin_makes_narrow_wins_paler(provinces_layer):
    _, plain = styled_pixels(provinces_layer, StyleOptions("winner"))
    _, pale = styled_pixels(provinces_layer, StyleOptions("winner", margin_lightness=True))
    plain_by_id = {f.id(): c for f, c in plain}
    narrow, wide = [], []
    for feature, colour in pale:
        if feature.id() not in plain_by_id:
            continue
        gain = lightness(colour) - lightness(plain_by_id[feature.id()])
        (narrow if feature[fld.MARGIN] < 3 else wide if feature[fld.MARGIN] > 30 else []).append(gain)
    assert narrow and wide
    assert min(narrow) > 10 > max(wide)


def test_lisa_uses_geoda_colours(gard_layer, artifacts_dir):
    assert LISA_COLOURS == {"HH": "#ff0000", "LL": "#0000ff", "LH": "#a7adf9", "HL": "#f4ada8", "ns": "#eeeeee"}
    style, samples = styled_pixels(gard_layer, StyleOptions("lisa"), artifacts_dir, "lisa_gard")
    found = set()
    for feature, colour in samples:
        assert colour == LISA_COLOURS[feature[fld.LISA_CLUSTER]], feature["name"]
        found.add(feature[fld.LISA_CLUSTER])
    assert found == {"HH", "LL", "HL", "LH", "ns"}
    counts = {c.key: c.count for c in style.classes}
    assert counts["HH"] == sum(1 for f in gard_layer.getFeatures() if f[fld.LISA_CLUSTER] == "HH")


def test_stronghold_classes_single_election(gard_layer, provinces_layer, artifacts_dir):
    for layer, party, name in ((gard_layer, "L01_LRN", "stronghold_gard"), (provinces_layer, "RNI", "stronghold_ma")):
        style, samples = styled_pixels(layer, StyleOptions("stronghold", party=party), artifacts_dir, name)
        colours = {c.key: c.colour for c in style.classes}
        assert [c.key for c in style.classes] == list(fld.SINGLE_ELECTION_CLASSES)
        assert len(set(colours.values())) == len(colours)
        for feature, colour in samples:
            assert colour == colours[feature[fld.FIEF_CLASS]], (feature[fld.FIEF_CLASS], colour)
        assert {f[fld.FIEF_CLASS] for f, _ in samples} >= {"stronghold", "battleground", "other"}
        assert [c.label for c in style.classes][0] == stronghold_labels()["stronghold"]


def test_stronghold_classes_across_elections(provinces_layer):
    layer = memory_copy(provinces_layer)
    index = layer.fields().lookupField(fld.FIEF_CLASS)
    keys = list(fld.MULTI_ELECTION_CLASSES)
    changes = {f.id(): {index: keys[i % len(keys)]} for i, f in enumerate(layer.getFeatures())}
    layer.dataProvider().changeAttributeValues(changes)
    style, samples = styled_pixels(layer, StyleOptions("stronghold", party="RNI"))
    assert [c.key for c in style.classes] == keys
    colours = {c.key: c.colour for c in style.classes}
    assert len(set(colours.values())) == len(keys)
    for feature, colour in samples:
        assert colour == colours[feature[fld.FIEF_CLASS]]


def test_hotspot_bins_on_numbers(gard_layer):
    style, samples = styled_pixels(gard_layer, StyleOptions("hotspot"))
    assert [c.key for c in style.classes][:7] == ["3", "2", "1", "0", "-1", "-2", "-3"]
    for feature, colour in samples:
        assert colour == GI_COLOURS[int(feature[fld.GI_BIN])]
    assert {int(f[fld.GI_BIN]) for f, _ in samples} == set(range(-3, 4))


@pytest.mark.parametrize("method", breaks_module.METHODS)
def test_share_classes_and_ramp(gard_layer, palette, method):
    style, samples = styled_pixels(gard_layer, StyleOptions("share", party="LRN", method=method, classes=5))
    assert style.field == "s_L01_LRN"
    renderer = gard_layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    ranges = renderer.ranges()
    edges = [ranges[0].lowerValue()] + [r.upperValue() for r in ranges]
    values = [f["s_L01_LRN"] for f in gard_layer.getFeatures()]
    expected = breaks_module.breaks(values, method, 5)
    assert edges == pytest.approx(expected)
    colours = [r.symbol().color().name() for r in ranges]
    assert all(lightness(a) > lightness(b) for a, b in zip(colours, colours[1:]))
    for feature, colour in samples:
        value = feature["s_L01_LRN"]
        index = min(int(np.searchsorted(edges[1:-1], value, side="left")), len(colours) - 1)
        assert colour == colours[index], (value, edges)
    assert all(label.endswith("%") for label in (c.label for c in style.classes))
    assert sum(c.count for c in style.classes) == gard_layer.featureCount()
    assert "LRN" in style.title and style.method_note.startswith("Classes:")


def test_quantile_classes_hold_equal_counts(gard_layer):
    style = build_style(gard_layer, StyleOptions("share", party="L01_LRN", method="quantile", classes=4))
    counts = [c.count for c in style.classes]
    assert max(counts) - min(counts) <= 2, counts


def test_swing_is_centred_on_zero(provinces_layer, artifacts_dir):
    style, samples = styled_pixels(provinces_layer, StyleOptions("swing", party="RNI", classes=6), artifacts_dir,
                                   "swing_ma")
    ranges = provinces_layer.renderer().ranges()
    edges = [ranges[0].lowerValue()] + [r.upperValue() for r in ranges]
    assert 0.0 in edges and edges == [-e for e in reversed(edges)]
    middle = edges.index(0.0)
    colours = [r.symbol().color().name() for r in ranges]
    gain_colour = colours[-1]
    loss_colour = colours[0]
    assert colour_distance(gain_colour, default_palette().colour("RNI")) <= 2
    assert colour_distance(loss_colour, gain_colour) > 60
    for feature, colour in samples:
        side = colours[middle:] if feature[fld.SWING] > 0 else colours[:middle]
        assert colour in side
    assert style.classes[-1].label.startswith("+")


def test_turnout_and_value_by_alpha(provinces_layer, gard_layer):
    style, samples = styled_pixels(provinces_layer, StyleOptions("turnout", method="equal", classes=4))
    assert style.classes[0].label.endswith("%") and len(style.classes) == 4
    assert len({c for _, c in samples}) == 4
    style, samples = styled_pixels(gard_layer, StyleOptions("value_by_alpha", party="L01_LRN", classes=5))
    colours = [r.symbol().color().name() for r in gard_layer.renderer().ranges()]
    by_id = {f.id(): c for f, c in samples}
    features = sorted((f for f in gard_layer.getFeatures() if f.id() in by_id), key=lambda f: f[fld.VALID])
    # same class, most votes cast: full colour; fewest: washed towards white
    top_class = {}
    for feature in features:
        edges = [r.upperValue() for r in gard_layer.renderer().ranges()]
        top_class.setdefault(int(np.searchsorted(edges[:-1], feature["s_L01_LRN"])), []).append(feature)
    checked = 0
    for index, members in top_class.items():
        if len(members) < 3 or lightness(colours[index]) > 85:
            continue  # the palest class has little left to fade
        big, small = members[-1], members[0]
        assert colour_distance(by_id[big.id()], colours[index]) <= 12
        assert lightness(by_id[small.id()]) > lightness(by_id[big.id()]) + 5
        checked += 1
    assert checked >= 2


def test_top_strongholds_labelled_with_arabic_font(provinces_layer, artifacts_dir):
    style = build_style(provinces_layer, StyleOptions("stronghold", party="RNI", labels=True, label_field="name_ar",
                                                top_n=5))
    apply_style(provinces_layer, style)
    assert provinces_layer.labelsEnabled()
    settings = provinces_layer.labeling().settings()
    assert settings.fieldName == "name_ar"
    assert "Arabic" in settings.format().font().family() or "DejaVu" in settings.format().font().family()
    show = settings.dataDefinedProperties().property(QgsPalLayerSettings.Property.Show).expressionString()
    expression = QgsExpression(show)
    context = QgsExpressionContext()
    context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(provinces_layer))
    chosen = []
    for feature in provinces_layer.getFeatures():
        context.setFeature(feature)
        if expression.evaluate(context):
            chosen.append(feature)
    assert len(chosen) == 5
    assert all(f[fld.FIEF_CLASS] == "stronghold" for f in chosen)
    strongest = sorted((f["s_RNI"] for f in provinces_layer.getFeatures() if f[fld.FIEF_CLASS] == "stronghold"),
                       reverse=True)[:5]
    assert sorted(f["s_RNI"] for f in chosen) == sorted(strongest)
    image, _ = render(provinces_layer, 1200, 1200)
    image.save(str(artifacts_dir / "style_labels_arabic.png"))


def test_bad_requests_say_what_is_wrong(provinces_layer):
    with pytest.raises(QgsProcessingException, match="no field 'gi_bin'.*fiefs:hotspots"):
        layer = memory_copy(provinces_layer)
        layer.dataProvider().deleteAttributes([layer.fields().lookupField(fld.GI_BIN)])
        layer.updateFields()
        build_style(layer, StyleOptions("hotspot"))
    with pytest.raises(QgsProcessingException, match="Parties found: RNI, PAM"):
        build_style(provinces_layer, StyleOptions("share", party="XYZ"))
    with pytest.raises(QgsProcessingException, match="Choose a party"):
        build_style(provinces_layer, StyleOptions("share"))


# --- fiefs:stylemap: the style travels with the file ------------------------------------------

def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_stylemap_writes_gpkg_with_default_style_and_qml(qgis_processing, fiefs_provider, tmp_path, palette):
    import processing

    before = _digest(MA_PROVINCES)
    out = tmp_path / "ma_winner.gpkg"
    result = processing.run("fiefs:stylemap", {
        "INPUT": str(MA_PROVINCES), "STYLE": 0, "OUTPUT": str(out),
    })
    assert _digest(MA_PROVINCES) == before, "the source was modified"
    assert result["OUTPUT"] == str(out) and result["QML"] == str(tmp_path / "ma_winner.qml")
    assert (tmp_path / "ma_winner.qml").read_text(encoding="utf-8").count("<category ") >= 5
    with sqlite3.connect(out) as db:
        rows = db.execute("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles").fetchall()
    assert len(rows) == 1 and rows[0][0] == "ma_winner" and rows[0][1] == 1
    assert 'type="categorizedSymbol"' in rows[0][2]
    # a plain QgsVectorLayer (as any QGIS opens it) comes up styled
    layer = QgsVectorLayer(f"{out}|layername=ma_winner", "reopened", "ogr")
    assert layer.isValid() and layer.featureCount() == 75
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.customProperty("fiefs/style") == "winner"
    image, settings = render(layer)
    sampled = 0
    for feature in layer.getFeatures():
        colour = pixel_at_feature(image, settings, feature)
        if colour is not None:
            assert colour == palette.colour(feature[fld.WINNER])
            sampled += 1
    assert sampled > 50


def test_stylemap_share_with_labels_and_own_palette(qgis_processing, fiefs_provider, tmp_path):
    import processing

    mine = tmp_path / "mine.csv"
    mine.write_text("code,colour\nLRN,#7f0000\n", encoding="utf-8")
    out = tmp_path / "gard_share.gpkg"
    result = processing.run("fiefs:stylemap", {
        "INPUT": str(FR_GARD), "STYLE": 1, "PARTY": "RN", "CLASSES": 6, "METHOD": 3,
        "LABELS": True, "LABEL_FIELD": "name", "TOP_N": 8, "PALETTE": str(mine), "OUTPUT": str(out),
    })
    layer = QgsVectorLayer(f"{out}|layername=gard_share", "x", "ogr")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "s_L01_LRN"
    assert colour_distance(renderer.ranges()[-1].symbol().color().name(), "#7f0000") < 60
    assert layer.labelsEnabled()
    assert "pretty" in layer.customProperty("fiefs/method_note")
    assert result["TITLE"] == layer.customProperty("fiefs/legend_title")


def test_stylemap_rejects_missing_inputs_before_running(qgis_processing, fiefs_provider, tmp_path):
    import processing

    out = tmp_path / "x.gpkg"
    with pytest.raises(QgsProcessingException, match="needs a party"):
        processing.run("fiefs:stylemap", {"INPUT": str(FR_GARD), "STYLE": 1, "OUTPUT": str(out)})
    copy = tmp_path / "nolisa.geojson"
    copy.write_text(FR_GARD.read_text(encoding="utf-8").replace('"lisa_cluster"', '"lisa_other"'), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="no field 'lisa_cluster'; run fiefs:hotspots"):
        processing.run("fiefs:stylemap", {"INPUT": str(copy), "STYLE": 4, "OUTPUT": str(out)})
    bad = tmp_path / "bad.csv"
    bad.write_text("code,colour\nRNI,bleu\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"bad.csv, line 2: colour 'bleu'"):
        processing.run("fiefs:stylemap", {"INPUT": str(MA_PROVINCES), "STYLE": 0, "PALETTE": str(bad),
                                          "OUTPUT": str(out)})
    assert not out.exists() and not out.with_suffix(".qml").exists()


def test_output_loaded_in_project_is_styled(qgis_processing, fiefs_provider, tmp_path):
    """Processing loads outputs without their default style; the post-processor restyles."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    out = tmp_path / "loaded.gpkg"
    details = QgsProcessingContext.LayerDetails("loaded", project, "OUTPUT")
    context.addLayerToLoadOnCompletion(str(out), details)
    processing.run("fiefs:stylemap", {"INPUT": str(MA_PROVINCES), "STYLE": 4, "OUTPUT": str(out)},
                   context=context, feedback=QgsProcessingFeedback())
    processor = context.layerToLoadOnCompletionDetails(str(out)).postProcessor()
    assert processor is not None
    layer = QgsVectorLayer(f"{out}|layername=loaded", "plain", "ogr", QgsVectorLayer.LayerOptions(False))
    assert not isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.renderer().classAttribute() == fld.LISA_CLUSTER
    assert layer.name().startswith("Clusters and outliers")
    colours = {c.value(): c.symbol().color().name() for c in layer.renderer().categories()}
    assert colours["HH"] == "#ff0000" and QColor(colours["ns"]).name() == "#eeeeee"


# --- ready-made .qml styles in resources/styles ---------------------------------------------

def test_shipped_qml_styles_are_current(qgis_app, tmp_path):
    from fiefs_plugin.paths import resource_path
    from fiefs_plugin.styling.qml_templates import template_specs, write_style_templates

    written = write_style_templates(tmp_path)
    assert sorted(p.name for p in written) == sorted(template_specs())
    for path in written:
        shipped = resource_path("styles", path.name)
        assert shipped.is_file(), f"{path.name} missing: run python -m fiefs_plugin.styling.qml_templates"
        assert canonical_xml(shipped) == canonical_xml(path), f"{path.name} is stale: regenerate it"


def test_shipped_lisa_qml_paints_geoda_colours(gard_layer):
    from fiefs_plugin.paths import resource_path

    message, ok = gard_layer.loadNamedStyle(str(resource_path("styles", "lisa_clusters.qml")))
    assert ok, message
    image, settings = render(gard_layer)
    checked = 0
    for feature in gard_layer.getFeatures():
        colour = pixel_at_feature(image, settings, feature)
        if colour is not None:
            assert colour == LISA_COLOURS[feature[fld.LISA_CLUSTER]]
            checked += 1
    assert checked > 200


def test_reopened_hotspot_style_matches_numbers(qgis_processing, fiefs_provider, tmp_path):
    """Category values come back from the saved style as text; gi_bin is a number."""
    import processing

    out = tmp_path / "gard_gi.gpkg"
    processing.run("fiefs:stylemap", {"INPUT": str(FR_GARD), "STYLE": 3, "OUTPUT": str(out)})
    layer = QgsVectorLayer(f"{out}|layername=gard_gi", "reopened", "ogr")
    assert layer.fields().field(fld.GI_BIN).isNumeric()
    image, settings = render(layer)
    seen = set()
    for feature in layer.getFeatures():
        colour = pixel_at_feature(image, settings, feature)
        if colour is not None:
            assert colour == GI_COLOURS[int(feature[fld.GI_BIN])]
            seen.add(int(feature[fld.GI_BIN]))
    assert seen == set(range(-3, 4))
