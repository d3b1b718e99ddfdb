"""fiefs:storeimport and fiefs:storeload on both backends, styles from the store, and the
PostGIS credentials rule: the password comes from a QGIS authentication configuration
and never appears in layer sources, project files, Processing messages or the QGIS log."""

from __future__ import annotations

import uuid
from pathlib import Path

import pandas as pd
import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core.results import unit_table
from fiefs_plugin.gis.fieldtypes import FieldType
from fiefs_plugin.gis.frames import fields_for_frame, source_frame
from fiefs_plugin.gis.output import add_frame_features
from fiefs_plugin.gis.store.layers import save_joined_style, store_layer
from tests.data.store import samples
from tests.data.store.fixtures import BACKENDS, new_backend, pg_dsn  # noqa: F401 (pg_dsn: fixture)

MASTER_PASSWORD = "fiefs-test-master-password"
UNIT_FIELDS = ["code", "name_fr", "name_ar", "parent_code", "region_code", "level"]


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message an algorithm sends."""

    def __init__(self, cancel_at: float | None = None):
        super().__init__()
        self.messages: list[str] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.messages.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.messages.append(error)
        super().reportError(error, fatalError)


@pytest.fixture(scope="module")
def fr90():
    return samples.result_set()


@pytest.fixture
def results_layer(fr90, qgis_app):
    # one per test: a layer handed to processing.run did not survive past its test (QGIS 3.22)
    table = samples.long_table(fr90)
    layer = QgsVectorLayer("None", "results", "memory")
    fields = fields_for_frame(table)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    add_frame_features(layer.dataProvider(), layer.fields(), table)
    assert layer.featureCount() == 3838
    return layer


@pytest.fixture
def saved_connection(request, qgis_app):
    """A QGIS saved PostgreSQL connection whose credentials are in an authcfg."""
    from psycopg2.extensions import parse_dsn

    dsn = request.getfixturevalue("pg_dsn")
    params = parse_dsn(dsn)
    manager = QgsApplication.authManager()
    assert not manager.isDisabled(), manager.disabledMessage()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True), "could not set the QGIS master password"
    config = QgsAuthMethodConfig("Basic")
    config.setName(f"fiefs-test-{uuid.uuid4().hex[:6]}")
    config.setConfig("username", params["user"])
    config.setConfig("password", params["password"])
    assert manager.storeAuthenticationConfig(config)[0]
    authcfg = config.id()
    uri = QgsDataSourceUri()
    uri.setConnection(params["host"], params["port"], params["dbname"], "", "", QgsDataSourceUri.SslMode.SslDisable, authcfg)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = f"fiefs-test-{uuid.uuid4().hex[:6]}"
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), name)
    yield {"name": name, "authcfg": authcfg, "password": params["password"], "dsn": dsn}
    metadata.deleteConnection(name)
    manager.removeAuthenticationConfig(authcfg)


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path, staged_plugin):
    """Store parameters for the algorithms, and a Backend to look at the store."""
    if request.param == "geopackage":
        backend = new_backend("geopackage", tmp_path, staged_plugin, None)
        params = {"STORE": str(backend.path)}
    else:
        connection = request.getfixturevalue("saved_connection")
        backend = new_backend("postgis", tmp_path, staged_plugin, connection["dsn"])
        params = {"CONNECTION": connection["name"], "SCHEMA": backend.schema}
    yield backend, params
    backend.close()


def run(algorithm, params, feedback=None, context=None):
    return processing.run(algorithm, params, feedback=feedback or QgsProcessingFeedback(),
                          context=context or QgsProcessingContext())


def open_target(store_params):
    """The store the algorithms wrote, opened as the plugin opens it (saved connection + authcfg)."""
    from fiefs_plugin.gis.store.connect import open_store

    return open_store(store_params.get("STORE"), store_params.get("CONNECTION"), store_params.get("SCHEMA"), create=False)


def import_params(results_layer, store_params, **extra):
    return {
        "RESULTS": results_layer, "ELECTION": "fr-eu-2024", "ELECTION_NAME": "Européennes 2024",
        "KIND": 4, "DATE": "2024-06-09", "LEVEL": "commune",
        "INPUT": str(samples.FR90_COMMUNES), "INPUT_CODE_FIELD": "code", "INPUT_NAME_FIELD": "nom",
        **store_params, **extra,
    }


def test_storeimport_then_storeload_rebuilds_the_joined_layer(fiefs_provider, qgis_processing, target,
                                                              results_layer, fr90):
    backend, store_params = target
    out = run("fiefs:storeimport", import_params(results_layer, store_params))
    assert (out["RESULT_ROWS"], out["UNITS_ADDED"], out["PARTIES_ADDED"], out["UNCHANGED"]) == (3838, 102, 38, False)
    before = backend.fingerprint()
    again = run("fiefs:storeimport", import_params(results_layer, store_params))
    assert (again["RESULT_ROWS"], again["UNITS_ADDED"], again["UNCHANGED"]) == (0, 0, True)
    assert backend.fingerprint() == before

    loaded = run("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024", "OUTPUT": "memory:"})
    layer = loaded["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsProcessingContext().getMapLayer(layer) or QgsVectorLayer(layer)
    assert layer.featureCount() == 102 and loaded["UNMATCHED"] == 0
    expected = unit_table(fr90)
    names = layer.fields().names()
    assert names[:6] == UNIT_FIELDS and names[6:9] == [fld.UNIT, fld.MATCH, fld.SCORE]
    assert names[9:] == [c for c in expected.columns if c != fld.UNIT]
    assert layer.fields().field(fld.votes_field("L01_LRN")).type() == FieldType.LongLong
    assert layer.fields().field(fld.share_field("L01_LRN")).type() == FieldType.Double
    frame = source_frame(layer).set_index("code")
    matched = frame.loc[expected.index]
    for column in [c for c in expected.columns if c != fld.UNIT]:
        if expected[column].dtype == object:
            assert matched[column].tolist() == expected[column].tolist(), column
        else:
            pd.testing.assert_series_equal(matched[column].astype("float64"), expected[column].astype("float64"),
                                           check_names=False, check_index=False, rtol=1e-12)
    assert frame.loc["90073", fld.UNIT] is None
    assert layer.crs().authid() == "EPSG:4326"
    feature = next(f for f in layer.getFeatures() if f["code"] == "90010")
    assert feature.geometry().isGeosValid() and abs(feature.geometry().centroid().asPoint().y() - 47.6) < 0.2

    # a GeoPackage destination takes the fast writer: same fields, types and values
    written = run("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024",
                                      "OUTPUT": str(backend.path.parent / "joined.gpkg" if backend.path
                                                    else Path(QgsProcessingUtils.tempFolder()) / f"{backend.schema}.gpkg")})
    on_disk = QgsVectorLayer(written["OUTPUT"], "on disk", "ogr")
    assert on_disk.isValid() and on_disk.featureCount() == 102 and on_disk.crs().authid() == "EPSG:4326"
    assert [f for f in on_disk.fields().names() if f != "fid"] == names
    for name in (fld.votes_field("L01_LRN"), fld.share_field("L01_LRN"), fld.WINNER, "code"):
        assert on_disk.fields().field(name).type() == layer.fields().field(name).type(), name
    disk_frame = source_frame(on_disk).drop(columns=["fid"]).set_index("code").sort_index()
    pd.testing.assert_frame_equal(disk_frame, frame.sort_index(), check_dtype=False)
    disk_geometry = {f["code"]: f.geometry().asWkt(6) for f in on_disk.getFeatures()}
    assert disk_geometry == {f["code"]: f.geometry().asWkt(6) for f in layer.getFeatures()}
    # the R-tree keeps float32 boxes rounded outwards: the extents agree to 1e-6 degree
    disk, memory = on_disk.extent(), layer.extent()
    assert on_disk.extent().contains(memory) and abs(disk.width() - memory.width()) < 1e-5
    assert abs(disk.xMinimum() - memory.xMinimum()) < 1e-6 and abs(disk.yMaximum() - memory.yMaximum()) < 1e-6

    party = run("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024", "PARTY": "L03_LUG", "OUTPUT": "memory:"})
    party_names = party["OUTPUT"].fields().names()
    assert [n for n in party_names if n.startswith(("v_", "s_"))] == ["v_L03_LUG", "s_L03_LUG"]
    assert fld.WINNER in party_names


def test_storeimport_reads_result_files_like_importresults(fiefs_provider, qgis_processing, target, tmp_path):
    backend, store_params = target
    crosswalk = tmp_path / "crosswalk.csv"
    crosswalk.write_text("result_code,feature_code,method,score,status\n90001,90001,name,91.5,ok\n90002,-,,,excluded\n",
                         encoding="utf-8")
    out = run("fiefs:storeimport", {
        "RESULTS": str(samples.FR90_RESULTS), "ELECTION": "fr-eu-2024", "CODE_FIELD": "code_insee",
        "NAME_FIELD": "libelle", "PARENT_CODE_FIELD": "dep", "KIND": 4, "DATE": "2024-06-09",
        "INPUT": str(samples.FR90_COMMUNES), "INPUT_CODE_FIELD": "code", "CROSSWALK": str(crosswalk), **store_params})
    assert (out["ELECTION_ID"], out["RESULT_ROWS"], out["UNITS_ADDED"]) == ("fr-eu-2024", 3838, 102)
    store = open_target(store_params)
    try:
        stored = store.read_result_set("fr-eu-2024")
        expected = samples.result_set()
        assert stored.votes.groupby("party")["votes"].sum().to_dict() == expected.votes.groupby("party")["votes"].sum().to_dict()
        assert stored.totals["registered"].sum() == expected.totals["registered"].sum()
        assert store.crosswalk("fr-eu-2024")[["source_key", "unit_code", "method", "score"]].values.tolist() == [
            ["90001", "90001", "name", 91.5]]
    finally:
        store.close()


def test_joinresults_and_storeload_give_the_same_fields(fiefs_provider, qgis_processing, target, results_layer):
    if QgsApplication.processingRegistry().algorithmById("fiefs:joinresults") is None:
        pytest.skip("fiefs:joinresults is not registered yet")
    backend, store_params = target
    run("fiefs:storeimport", import_params(results_layer, store_params))
    loaded = run("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024", "OUTPUT": "memory:"})["OUTPUT"]
    store = open_target(store_params)
    units = store_layer(store, "units")
    store.close()
    joined = run("fiefs:joinresults", {
        "INPUT": units, "RESULTS": results_layer, "INPUT_CODE_FIELD": "code", "RESULTS_CODE_FIELD": "unit_code",
        "OUTPUT": "memory:"})["OUTPUT"]
    stored = [f for f in joined.fields().names() if f not in units.fields().names()]
    assert [f for f in loaded.fields().names() if f not in UNIT_FIELDS] == stored


def test_cancel_and_bad_input_leave_the_store_as_it_was(fiefs_provider, qgis_processing, target, results_layer):
    backend, store_params = target
    run("fiefs:storeimport", import_params(results_layer, store_params, ELECTION="first"))
    before = backend.fingerprint()
    feedback = RecordingFeedback(cancel_at=1)
    out = run("fiefs:storeimport", import_params(results_layer, store_params), feedback=feedback)
    assert out.get("RESULT_ROWS") is None
    assert backend.fingerprint() == before

    bad = QgsVectorLayer("None?field=code:string&field=L01:string&field=L02:string", "bad", "memory")
    for n in range(60):
        feature = QgsFeature(bad.fields())
        feature.setAttributes([f"{n:05d}", "douze" if n == 29 else str(n), "1"])
        bad.dataProvider().addFeature(feature)
    with pytest.raises(QgsProcessingException, match="row 30, column 'L01': 'douze' is not a number"):
        run("fiefs:storeimport", {"RESULTS": bad, "ELECTION": "x", **store_params})
    crosswalk = QgsVectorLayer("None?field=code:string", "crosswalk", "memory")
    with pytest.raises(QgsProcessingException, match="crosswalk needs the columns source_key and unit_code"):
        run("fiefs:storeimport", import_params(results_layer, store_params, CROSSWALK=crosswalk))
    with pytest.raises(QgsProcessingException, match="no election 'nope'.*first"):
        run("fiefs:storeload", {**store_params, "ELECTION": "nope", "OUTPUT": "memory:"})
    assert backend.fingerprint() == before


def polygons_layer(rows, name="regions"):
    """A memory polygon layer (EPSG:4326) of (code, name, WKT) rows."""
    from qgis.core import QgsGeometry

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=code:string&field=name:string", name, "memory")
    for code, label, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, label])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        assert layer.dataProvider().addFeature(feature)
    assert layer.featureCount() == len(rows)
    return layer


def square(x):
    return f"MULTIPOLYGON((({x} 47,{x + 1} 47,{x + 1} 48,{x} 48,{x} 47)))"


def test_storeimport_boundaries_alone(fiefs_provider, qgis_processing, target):
    backend, store_params = target
    feedback = RecordingFeedback()
    communes = {"INPUT": str(samples.FR90_COMMUNES), "INPUT_CODE_FIELD": "code", "INPUT_NAME_FIELD": "nom",
                "LEVEL": "commune", "VALID_FROM": "2018-01-01", **store_params}
    out = run("fiefs:storeimport", {**communes, "ELECTION": "ignored"}, feedback=feedback)
    assert (out["ELECTION_ID"], out["RESULT_ROWS"], out["UNITS_ADDED"], out["UNITS_UPDATED"], out["PARTIES_ADDED"],
            out["UNCHANGED"]) == ("", 0, 102, 0, 0, False)
    assert any("only the boundaries are written; ELECTION not used" in m for m in feedback.messages)
    regions = {"INPUT": polygons_layer([("27", "Bourgogne-Franche-Comté", square(6)), ("44", "Grand Est", square(7))]),
               "INPUT_CODE_FIELD": "code", "INPUT_NAME_FIELD": "name", "LEVEL": "region", **store_params}
    out = run("fiefs:storeimport", regions)
    assert (out["UNITS_ADDED"], out["UNCHANGED"]) == (2, False)
    units = backend.table("units")
    assert backend._rows(f"SELECT level, count(*), count(geom), min(valid_from), max(valid_from) FROM {units} "
                         "GROUP BY level ORDER BY level") in (
        [("commune", 102, 102, "2018-01-01", "2018-01-01"), ("region", 2, 2, None, None)],
        [("commune", 102, 102, pd.Timestamp("2018-01-01").date(), pd.Timestamp("2018-01-01").date()),
         ("region", 2, 2, None, None)])
    assert backend._rows(f"SELECT code, name_fr FROM {units} WHERE level = 'region' ORDER BY code") == [
        ("27", "Bourgogne-Franche-Comté"), ("44", "Grand Est")]
    assert backend._rows(f"SELECT name_fr FROM {units} WHERE level = 'commune' AND code = '90001'") == [("Andelnans",)]
    assert backend._rows(f"SELECT count(*) FROM {backend.table('elections')}") == [(0,)]
    store = open_target(store_params)
    try:
        assert store_layer(store, "units").renderer().symbol().color().name() == "#f0eee6"  # the units style
    finally:
        store.close()

    before = backend.fingerprint()
    for params in (communes, regions):
        again = run("fiefs:storeimport", params)
        assert (again["ELECTION_ID"], again["RESULT_ROWS"], again["UNITS_ADDED"], again["UNITS_UPDATED"],
                again["UNCHANGED"]) == ("", 0, 0, 0, True)
    assert backend.fingerprint() == before

    # a bad row, a cancel after the rows were written: the store stays as it was
    bad = polygons_layer([("28", "Normandie", square(8)), (None, "Sans code", square(9))])
    with pytest.raises(QgsProcessingException, match="Unit feature 2: the unit code is empty"):
        run("fiefs:storeimport", {**regions, "INPUT": bad})
    canceled = run("fiefs:storeimport", {**regions, "INPUT": polygons_layer([("28", "Normandie", square(8))])},
                   feedback=RecordingFeedback(cancel_at=1))
    assert canceled.get("UNITS_ADDED") is None
    assert backend.fingerprint() == before


def test_storeimport_needs_results_or_boundaries(fiefs_provider, qgis_processing, target, tmp_path):
    backend, store_params = target
    with pytest.raises(QgsProcessingException, match=r"Nothing to import: give the results table \(RESULTS\), "
                                                      r"the unit boundaries layer \(INPUT\), or both"):
        run("fiefs:storeimport", {"ELECTION": "x", "LEVEL": "commune", **store_params})
    crosswalk = tmp_path / "crosswalk.csv"
    crosswalk.write_text("source_key,unit_code\n90001,90001\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="crosswalk belongs to an election's results"):
        run("fiefs:storeimport", {"INPUT": str(samples.FR90_COMMUNES), "INPUT_CODE_FIELD": "code",
                                  "CROSSWALK": str(crosswalk), **store_params})
    with pytest.raises(QgsProcessingException, match="Choose the unit code field"):
        run("fiefs:storeimport", {"INPUT": str(samples.FR90_COMMUNES), **store_params})


def test_layers_from_the_store_open_styled(fiefs_provider, qgis_processing, target, results_layer, qgis_iface,
                                          tmp_path):
    backend, store_params = target
    run("fiefs:storeimport", import_params(results_layer, store_params))
    store = open_target(store_params)
    units = store_layer(store, "units")
    assert units.isValid() and units.featureCount() == 102
    assert units.renderer().symbol().color().name() == "#f0eee6"  # the store's default style

    styled = QgsVectorLayer(units.source(), "styled", units.providerType())
    styled.renderer().symbol().setColor(QColor("#123456"))
    save_joined_style(store, styled, "fr-eu-2024")
    assert store_layer(store, "units").renderer().symbol().color().name() == "#f0eee6"  # default unchanged
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    out = processing.runAndLoadResults("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024",
                                                           "OUTPUT": "memory:"}, context=context)
    layer = project.mapLayer(out["OUTPUT"]) if isinstance(out["OUTPUT"], str) else out["OUTPUT"]
    try:
        assert layer is not None and layer.featureCount() == 102
        assert layer.renderer().symbol().color().name() == "#123456"
        assert layer.customProperty("fiefs/party/L01_LRN") == samples.list_names()["L01_LRN"]
        # a GeoPackage output keeps the style inside, so it opens styled anywhere
        path = tmp_path / "styled.gpkg"
        run("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024", "OUTPUT": str(path)})
        reopened = QgsVectorLayer(str(path), "reopened", "ogr")
        assert reopened.isValid() and reopened.renderer().symbol().color().name() == "#123456"
    finally:
        if layer is not None:
            project.removeMapLayer(layer.id())
        store.close()


def test_postgis_credentials_stay_in_the_authentication_manager(fiefs_provider, qgis_processing, saved_connection,
                                                              results_layer, tmp_path, staged_plugin):
    password = saved_connection["password"]
    backend = new_backend("postgis", tmp_path, staged_plugin, saved_connection["dsn"])
    logged = []

    def keep(message, tag, level):
        logged.append(message)

    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        store_params = {"CONNECTION": saved_connection["name"], "SCHEMA": backend.schema}
        feedback = RecordingFeedback()
        run("fiefs:storeimport", import_params(results_layer, store_params), feedback=feedback)
        loaded = run("fiefs:storeload", {**store_params, "ELECTION": "fr-eu-2024", "OUTPUT": "memory:"},
                     feedback=feedback)["OUTPUT"]
        with pytest.raises(QgsProcessingException) as failure:
            run("fiefs:storeload", {**store_params, "ELECTION": "nope", "OUTPUT": "memory:"}, feedback=feedback)

        from fiefs_plugin.gis.store.connect import open_store

        store = open_store(connection=saved_connection["name"], schema_name=backend.schema)
        units = store_layer(store, "units")
        assert units.isValid() and units.featureCount() == 102
        assert f"authcfg={saved_connection['authcfg']}" in units.source()
        project = QgsProject()
        project.addMapLayers([units, loaded], False)
        project_file = tmp_path / "store.qgs"
        assert project.write(str(project_file))
        texts = {
            "layer source": units.source() + units.publicSource(),
            "store repr": repr(store) + store.location,
            "project file": project_file.read_text(encoding="utf-8"),
            "processing messages": "\n".join(feedback.messages),
            "error message": str(failure.value),
            "QGIS log": "\n".join(logged),
        }
        for where, text in texts.items():
            assert password not in text, f"the password appears in the {where}"
        assert "password=" not in texts["layer source"] and "user=" not in texts["layer source"]
        store.close()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
        backend.close()
