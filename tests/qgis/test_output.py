"""The one output writer (fiefs_plugin.gis.output): the GeoPackage fast path and QGIS's sink
give the same layer (fields, types, NULLs, geometries, CRS, order); a GeoPackage source is
copied by SQL with the same result as feature by feature; a failure or a cancel leaves no
file; joinresults' tables go into a GeoPackage (no float fid column)."""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from fiefs_plugin.gis import geopackage as gp
from fiefs_plugin.gis.fieldtypes import FieldType
from fiefs_plugin.gis.frames import fields_for_frame, source_frame
from fiefs_plugin.gis.output import open_output
from fiefs_plugin.gis.values import column_values
from tests.qgis.test_join_results import ROWS, commune_layer, results_csv


class _Writer(QgsProcessingAlgorithm):
    """A bare algorithm that only owns an INPUT and an OUTPUT parameter."""

    def name(self):
        return "writer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return "writer"

    def createInstance(self):  # noqa: N802 (QGIS API)
        return _Writer()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "input"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "output", QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        return {}


@pytest.fixture
def writer(qgis_app):
    algorithm = _Writer()
    algorithm.initAlgorithm()
    return algorithm


def source_layer() -> QgsVectorLayer:
    """Polygons (one of them already multi, one without geometry) in Lambert-93, with
    every field type the writer stages and NULLs in each."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "source", "memory")
    layer.dataProvider().addAttributes([
        QgsField("code", FieldType.String), QgsField("short", FieldType.String, "string", 5),
        QgsField("n", FieldType.Int), QgsField("big", FieldType.LongLong), QgsField("share", FieldType.Double),
        QgsField("flag", FieldType.Bool), QgsField("day", FieldType.Date),
    ])
    layer.updateFields()
    rows = [
        ["a", "x", 1, 2 ** 40, 0.5, True, QDate(2024, 6, 9)],
        ["b", None, None, None, None, None, None],
        [None, "yz", 3, -7, 1e-300, False, QDate(1999, 12, 31)],
        ["d", "w", 4, 0, float(2 ** 53), True, None],
    ]
    geometries = [
        QgsGeometry.fromWkt("POLYGON((700000 6600000, 701000 6600000, 701000 6601000, 700000 6600000))"),
        QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)),((5 5, 6 5, 6 6, 5 5)))"),
        None,
        QgsGeometry.fromWkt("POLYGON((10 10, 20 10, 20 20, 10 10))"),
    ]
    features = []
    for values, geometry in zip(rows, geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.dataProvider().deleteFeatures([2])  # feature ids with a gap: 1, 3, 4
    extra = QgsFeature(layer.fields())
    extra.setAttributes(["e", "v", 5, 5, 5.5, False, QDate(2000, 1, 1)])
    extra.setGeometry(QgsGeometry.fromWkt("POLYGON((30 30, 40 30, 40 40, 30 30))"))
    layer.dataProvider().addFeatures([extra])
    return layer


def computed_frame(layer) -> pd.DataFrame:
    """New columns (nullable integers with NA, floats with NaN, text with None, booleans)
    and one source field replaced; a feature (the last) without a row."""
    ids = [f.id() for f in layer.getFeatures()][:-1]
    return pd.DataFrame({
        "votes": pd.array([10, None, 30][: len(ids)], dtype="Int64"),
        "ratio": [0.25, np.nan, 1 / 3][: len(ids)],
        "label": ["é", None, "ب"][: len(ids)],
        "won": [True, False, True][: len(ids)],
        "share": [9.0, 8.0, np.nan][: len(ids)],
    }, index=pd.Index(ids, dtype="int64"))


def output_fields(layer, frame) -> QgsFields:
    return fields_for_frame(frame, base=layer.fields())


def described(layer) -> dict:
    """Everything that must agree between two writes of one layer."""
    fields = [(f.name(), f.type(), f.length()) for f in layer.fields()]
    features = []
    for feature in layer.getFeatures():
        attributes = [None if (v is None or (hasattr(v, "isNull") and v.isNull())) else v
                      for v in feature.attributes()]
        wkb = bytes(feature.geometry().asWkb()) if feature.hasGeometry() else None
        features.append((attributes, wkb))
    return {"fields": fields, "features": features, "crs": layer.crs().authid(),
            "type": QgsWkbTypes.displayString(layer.wkbType())}


def write(writer, destination, fields, wkb_type, crs, fill, fast=None, feedback=None):
    context = QgsProcessingContext()
    output = open_output(writer, {"OUTPUT": destination}, "OUTPUT", context, fields, wkb_type, crs,
                         feedback or QgsProcessingFeedback(), fast=fast)
    fill(output)
    return output, output.finish(), context


def test_geopackage_fast_path_and_sink_give_the_same_layer(writer, tmp_path):
    layer = source_layer()
    frame = computed_frame(layer)
    fields = output_fields(layer, frame)
    multi = QgsWkbTypes.Type.MultiPolygon

    def fill(output):
        output.copy_source(layer, frame)

    fast, fast_id, _ = write(writer, str(tmp_path / "fast.gpkg"), fields, multi, layer.crs(), fill)
    sink, sink_id, _ = write(writer, str(tmp_path / "sink.gpkg"), fields, multi, layer.crs(), fill, fast=False)
    assert fast.fast and not sink.fast
    a = QgsVectorLayer(fast_id, "fast", "ogr")
    b = QgsVectorLayer(sink_id, "sink", "ogr")
    assert a.isValid() and b.isValid()
    assert described(a) == described(b)
    info = described(a)
    assert info["crs"] == "EPSG:2154" and info["type"] == "MultiPolygon"
    names = [f[0] for f in info["fields"]]
    assert names == ["fid", "code", "short", "n", "big", "share", "flag", "day", "votes", "ratio", "label", "won"]
    assert [f[1] for f in info["fields"]][1:8] == [FieldType.String, FieldType.String, FieldType.Int,
                                                  FieldType.LongLong, FieldType.Double, FieldType.Bool, FieldType.Date]
    assert info["fields"][2][2] == 5  # TEXT(5) kept
    rows = [dict(zip(names, attributes)) for attributes, _wkb in info["features"]]
    assert [r["code"] for r in rows] == ["a", None, "d", "e"]  # source order (feature 2 was deleted)
    assert rows[0]["big"] == 2 ** 40 and rows[0]["day"] == QDate(2024, 6, 9) and rows[0]["flag"] is True
    assert rows[0]["votes"] == 10 and rows[1]["votes"] is None and rows[1]["ratio"] is None
    assert rows[0]["label"] == "é" and rows[1]["label"] is None and rows[2]["label"] == "ب"
    assert rows[0]["share"] == 9.0 and rows[2]["share"] is None  # the frame's column replaced the source's
    assert rows[3]["votes"] is None and rows[3]["share"] is None and rows[3]["code"] == "e"  # no row: NULL
    assert rows[1]["n"] == 3 and rows[1]["day"] == QDate(1999, 12, 31) and rows[2]["day"] is None
    assert info["features"][1][1] == bytes.fromhex("010600000000000000")  # no geometry: empty, as QGIS writes it
    assert info["features"][0][1][:5] == bytes.fromhex("0106000000")  # a polygon made a one-part multipolygon
    # the GeoPackage is the one GDAL writes: column types, R-tree, feature count
    connection = sqlite3.connect(str(tmp_path / "fast.gpkg"))
    columns = {row[1]: row[2] for row in connection.execute('PRAGMA table_info("fast")')}
    assert columns == {"fid": "INTEGER", "geom": "MULTIPOLYGON", "code": "TEXT", "short": "TEXT(5)", "n": "MEDIUMINT",
                       "big": "INTEGER", "share": "REAL", "flag": "BOOLEAN", "day": "DATE", "votes": "INTEGER",
                       "ratio": "REAL", "label": "TEXT", "won": "MEDIUMINT"}
    assert connection.execute('SELECT count(*) FROM "rtree_fast_geom"').fetchone()[0] == 3  # not the empty one
    assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 4
    connection.close()
    # a memory sink gets the same values (no fid field: the source has none); there, as with
    # QGIS's own sinks, a feature without geometry keeps none
    memory, memory_id, context = write(writer, "memory:", fields, multi, layer.crs(), fill)
    out = context.getMapLayer(memory_id) or context.temporaryLayerStore().mapLayer(memory_id)
    assert [f.name() for f in out.fields()] == names[1:]
    empty = bytes.fromhex("010600000000000000")
    expected = [(attributes[1:], None if wkb == empty else wkb) for attributes, wkb in info["features"]]
    assert described(out)["features"] == expected


def test_geopackage_source_is_copied_by_sql_like_feature_by_feature(writer, tmp_path):
    layer = source_layer()
    # a GeoPackage source: the memory layer written through the writer itself
    _, source_id, _ = write(writer, str(tmp_path / "communes.gpkg"), layer.fields(), QgsWkbTypes.Type.Polygon,
                            layer.crs(), lambda output: output.copy_source(layer))
    source = QgsVectorLayer(source_id, "communes", "ogr")
    table = gp.table_of_layer(source, source.featureCount())
    assert table is not None and table.fid == "fid" and table.geometry_type == "POLYGON"
    frame = source_frame(source, ["code", "n", "share"], table=table)
    assert frame.equals(source_frame(source, ["code", "n", "share"]))  # SQL read == QGIS read
    computed = computed_frame(source)
    fields = output_fields(source, computed)
    multi = QgsWkbTypes.Type.MultiPolygon
    by_sql, sql_id, _ = write(writer, str(tmp_path / "sql.gpkg"), fields, multi, source.crs(),
                              lambda output: output.copy_source(source, computed, table))
    by_features, features_id, _ = write(writer, str(tmp_path / "features.gpkg"), fields, multi, source.crs(),
                                        lambda output: output.copy_source(source, computed))
    a, b = QgsVectorLayer(sql_id, "a", "ogr"), QgsVectorLayer(features_id, "b", "ogr")
    assert described(a) == described(b)
    assert [f["fid"] for f in a.getFeatures()] == [f.id() for f in source.getFeatures()]  # GeoPackage fids kept


def test_a_failure_mid_write_leaves_no_file_and_the_old_one_untouched(writer, tmp_path):
    frame = pd.DataFrame({"code": ["a", "b"], "n": [1, 2]})
    fields = fields_for_frame(frame)
    path = tmp_path / "out.gpkg"
    _, first, _ = write(writer, str(path), fields, QgsWkbTypes.Type.NoGeometry, None,
                        lambda output: output.write_frame(frame))
    before = path.read_bytes()
    bad = frame.assign(code=[{"not": "bindable"}, "b"])
    for fast in (None, False):
        target = path if fast is None else tmp_path / "new.gpkg"
        with pytest.raises((QgsProcessingException, sqlite3.Error)):
            write(writer, str(target), fields, QgsWkbTypes.Type.NoGeometry, None,
                  lambda output: output.write_frame(bad), fast=fast)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]  # no partial file left
    assert QgsVectorLayer(first, "t", "ogr").featureCount() == 2


def test_cancel_leaves_no_file(writer, tmp_path):
    layer = source_layer()
    for fast in (None, False):
        feedback = QgsProcessingFeedback()
        feedback.cancel()
        path = tmp_path / f"canceled_{fast}.gpkg"
        output, dest_id, _ = write(writer, str(path), layer.fields(), layer.wkbType(), layer.crs(),
                                   lambda output: output.copy_source(layer), fast=fast, feedback=feedback)
        assert dest_id is None and output.canceled
        assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_non_integer_fid_field_is_refused_with_a_message(writer, tmp_path):
    fields = QgsFields()
    fields.append(QgsField("fid", FieldType.Double))
    with pytest.raises(QgsProcessingException, match="fid"):
        open_output(writer, {"OUTPUT": str(tmp_path / "x.gpkg")}, "OUTPUT", QgsProcessingContext(), fields,
                    QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())


def test_column_values_keep_nullable_integers():
    assert column_values(pd.Series(pd.array([1, None, 3], dtype="Int64"))) == [1, None, 3]
    assert column_values(pd.Series(pd.array([True, None], dtype="boolean"))) == [1, None]
    assert column_values(pd.Series([1.5, np.nan])) == [1.5, None]
    assert column_values(pd.Series(["a", None, np.nan], dtype=object)) == ["a", None, None]
    assert column_values(pd.Series([np.int64(2), pd.NA, True], dtype=object)) == [2, None, 1]


def test_joinresults_tables_into_geopackages(tmp_path, fiefs_provider, qgis_processing):
    import processing

    result = processing.run("fiefs:joinresults", {
        "INPUT": commune_layer(), "RESULTS": results_csv(tmp_path / "r.csv", ROWS), "INPUT_CODE_FIELD": "code",
        "OUTPUT": str(tmp_path / "joined.gpkg"), "UNMATCHED": str(tmp_path / "unmatched.gpkg"),
        "MATCH_REPORT": str(tmp_path / "report.gpkg")})
    unmatched = QgsVectorLayer(result["UNMATCHED"], "u", "ogr")
    report = QgsVectorLayer(result["MATCH_REPORT"], "r", "ogr")
    assert unmatched.isValid() and report.isValid()
    assert unmatched.featureCount() == result["UNMATCHED_RESULTS"] + result["UNMATCHED_FEATURES"] > 0
    assert "feature_id" in report.fields().names() and "feature_id" in unmatched.fields().names()
    matched = {f["unit_code"]: f["feature_id"] for f in report.getFeatures() if f["status"] == "matched"}
    joined = QgsVectorLayer(result["OUTPUT"], "j", "ogr")
    assert joined.featureCount() == 7 and len(matched) == result["MATCHED_COUNT"] > 0


def test_a_long_table_is_the_same_through_every_path(writer, tmp_path):
    """A table of a few thousand rows goes into a GeoPackage from an SQLite image of the
    frame (gis/tableimage.py) and into a memory layer through an SQL read of the staged
    table: the same fields, types and values as QGIS's own sink writes value by value."""
    from fiefs_plugin.gis import output as output_module
    from fiefs_plugin.gis import tableimage

    n = output_module.IMAGE_ROWS * 2 + 17
    rng = np.random.default_rng(4)
    frame = pd.DataFrame({
        "unit": [f"{k:05d}" for k in range(n)],
        "votes": pd.array([None if k % 11 == 0 else int(v) for k, v in enumerate(rng.integers(0, 10 ** 6, n))],
                          dtype="Int64"),
        "count": rng.integers(-(2 ** 40), 2 ** 40, n),
        "share": np.where(rng.random(n) < 0.1, np.nan, rng.random(n)),
        "won": rng.random(n) < 0.5,
        "label": [None if k % 13 == 0 else ("é" * (k % 70) + "ب") for k in range(n)],
    })
    fields = fields_for_frame(frame)
    none = QgsWkbTypes.Type.NoGeometry

    def fill(output):
        output.write_frame(frame)

    fast, fast_id, _ = write(writer, str(tmp_path / "table.gpkg"), fields, none, None, fill)
    sink, sink_id, _ = write(writer, str(tmp_path / "sink.gpkg"), fields, none, None, fill, fast=False)
    assert fast.fast and not sink.fast and tableimage.available()
    a, b = described(QgsVectorLayer(fast_id, "fast", "ogr")), described(QgsVectorLayer(sink_id, "sink", "ogr"))
    assert a == b
    assert len(a["features"]) == n
    first = dict(zip([f[0] for f in a["fields"]], a["features"][1][0]))
    assert first["unit"] == "00001" and first["votes"] == int(frame["votes"][1]) and first["label"] == "éب"
    assert a["features"][0][0][2] is None  # votes NA -> NULL
    memory, memory_id, context = write(writer, "memory:", fields, none, None, fill)
    out = context.getMapLayer(memory_id) or context.temporaryLayerStore().mapLayer(memory_id)
    assert [f.name() for f in out.fields()] == [f[0] for f in a["fields"]][1:]
    assert described(out)["features"] == [(attributes[1:], wkb) for attributes, wkb in a["features"]]


def test_a_long_table_goes_in_image_slices_and_a_slice_no_image_holds_is_bound(writer, tmp_path, monkeypatch):
    """Long tables are staged IMAGE_CHUNK rows an image (the transient arrays of one image of
    France's 529 k-row results table took 300 MB); a slice an image cannot hold (a text
    longer than a page) and the rows after it are bound value by value: every row once, in
    order, as QGIS's own sink writes them."""
    from fiefs_plugin.gis import output as output_module
    from fiefs_plugin.gis import tableimage

    monkeypatch.setattr(output_module, "IMAGE_CHUNK", 700)
    images = []
    real_table_image = tableimage.table_image

    def spy(*args, **kwargs):
        image = real_table_image(*args, **kwargs)
        images.append(image is not None)
        return image

    monkeypatch.setattr(tableimage, "table_image", spy)
    n = 2 * 700 + 1200  # the rows from the third slice on are more than IMAGE_ROWS: bound, not tried again
    frame = pd.DataFrame({
        "unit": [f"{k:05d}" for k in range(n)],
        "votes": np.arange(n, dtype="int64") * 3,
        "label": ["x" * 70_000 if k == 1500 else f"commune {k}" for k in range(n)],
    })
    fields = fields_for_frame(frame)
    none = QgsWkbTypes.Type.NoGeometry

    def fill(output):
        output.write_frame(frame)

    fast, fast_id, _ = write(writer, str(tmp_path / "table.gpkg"), fields, none, None, fill)
    assert images == [True, True, False]  # two slices by image, the rest bound
    images.clear()
    sink, sink_id, _ = write(writer, str(tmp_path / "sink.gpkg"), fields, none, None, fill, fast=False)
    a, b = described(QgsVectorLayer(fast_id, "fast", "ogr")), described(QgsVectorLayer(sink_id, "sink", "ogr"))
    assert a == b and len(a["features"]) == n
    assert [row[0][1] for row in a["features"]] == frame["unit"].tolist()
    assert [row[0][2] for row in a["features"]] == frame["votes"].tolist()
    assert len(a["features"][1500][0][3]) == 70_000
