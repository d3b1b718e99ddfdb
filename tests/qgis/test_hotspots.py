"""fiefs:hotspots in headless QGIS on the committed extracts (Bretagne communes with the
2024 RN share, southern Moroccan communes), checked against esda/libpysal."""

from __future__ import annotations

import hashlib
import math
import warnings

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from fiefs_plugin.core import fields
from fiefs_plugin.gis.fieldtypes import FieldType
from tests.conftest import DATA

BRETAGNE = DATA / "stats" / "fr_bretagne_rn2024.gpkg"
MOROCCO = DATA / "stats" / "ma_sud_communes.gpkg"
ALG = "fiefs:hotspots"
_COPIES: dict = {}  # committed extract -> its session copy (the one QGIS opens)


@pytest.fixture(scope="module", autouse=True)
def _copies_of_the_extracts(data_copy):
    """QGIS writes into a GeoPackage it opens: the tests read copies of the extracts."""
    _COPIES.update({path: data_copy(path) for path in (BRETAGNE, MOROCCO)})


def _copy(path):
    return _COPIES[path]


def _layer(path):
    path = _copy(path)
    layer = QgsVectorLayer(f"{path}|layername=communes", path.stem, "ogr")
    assert layer.isValid(), path
    return layer


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.messages.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.messages.append(warning)
        super().pushWarning(warning)

    def text(self) -> str:
        return "\n".join(self.messages)


def run(params, feedback=None):
    import processing

    base = {"OUTPUT": "memory:", "PERMUTATIONS": 0, "SEED": 1}
    base.update(params)
    feedback = feedback or Recorder()
    return processing.run(ALG, base, feedback=feedback), feedback


def attribute_table(layer, names):
    out = {name: [] for name in names}
    for feature in layer.getFeatures():
        for name in names:
            value = feature[name]
            out[name].append(None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
    return out


def as_float(values):
    return np.array([np.nan if v is None else float(v) for v in values])


def _reference(path, column, transform="B"):
    """esda on libpysal queen weights built from the same file."""
    import esda
    import geopandas as gpd
    from libpysal.weights import Queen

    warnings.simplefilter("ignore")
    frame = gpd.read_file(_copy(path), layer="communes")
    y = frame[column].to_numpy(float)
    queen = Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    g = esda.G_Local(y, queen, transform=transform, star=True, permutations=0)
    queen = Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    m = esda.Moran_Local(y, queen, transformation=transform.lower(), permutations=0)
    queen = Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    gm = esda.Moran(y, queen, transformation=transform.lower(), permutations=0)
    islands = np.zeros(len(y), dtype=bool)
    islands[queen.islands] = True
    return frame, g, m, gm, islands


@pytest.fixture(scope="module")
def bretagne_reference():
    return _reference(BRETAGNE, "s_L01_LRN")


def test_registered_with_the_design_parameters(fiefs_provider, qgis_processing):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None and alg.group()
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {"INPUT", "FIELD", "METHOD", "WEIGHTS", "K", "DISTANCE", "PERMUTATIONS", "SEED", "ALPHA", "FDR",
            "OUTPUT", "TRANSFORM", "SNAP_TOLERANCE", "CONNECT_ISLANDS", "BASE_FIELD", "EB_RATES",
            "WEIGHTS_FILE", "WEIGHTS_OUTPUT", "CENTROID", "ELLIPSOIDAL", "ID_FIELD"} <= names
    assert "Getis" in alg.shortHelpString() and "esda" in alg.shortHelpString()


def test_bretagne_equals_esda_and_leaves_the_source_alone(fiefs_provider, qgis_processing, bretagne_reference):
    frame, g, m, gm, islands = bretagne_reference
    layer = _layer(BRETAGNE)
    before = hashlib.sha256(_copy(BRETAGNE).read_bytes()).hexdigest()
    result, feedback = run({"INPUT": layer, "FIELD": "s_L01_LRN", "PERMUTATIONS": 999, "SEED": 7})
    out = result["OUTPUT"]
    assert hashlib.sha256(_copy(BRETAGNE).read_bytes()).hexdigest() == before
    assert out.featureCount() == 1206
    names = [fields.NEIGHBOURS, fields.ISLAND, fields.GI, fields.GI_Z, fields.GI_P, fields.GI_P_SIM,
             fields.GI_SIG, fields.GI_BIN, fields.LISA_I, fields.LISA_Z, fields.LISA_P, fields.LISA_P_SIM,
             fields.LISA_SIG, fields.LISA_Q, fields.LISA_CLUSTER]
    assert out.fields().names() == layer.fields().names() + names
    table = attribute_table(out, names + ["fiefs_unit"])
    assert table["fiefs_unit"] == frame["fiefs_unit"].tolist()  # same order as geopandas reads it
    ok = ~islands
    np.testing.assert_allclose(as_float(table[fields.GI])[ok], g.Gs[ok], rtol=1e-9)
    np.testing.assert_allclose(as_float(table[fields.GI_Z])[ok], g.Zs[ok], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(as_float(table[fields.GI_P])[ok], g.p_norm[ok], rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(as_float(table[fields.LISA_I])[ok], m.Is[ok], rtol=1e-9, atol=1e-12)
    lisa_z = (m.Is - m.EIc) / np.sqrt(m.VIc)
    np.testing.assert_allclose(as_float(table[fields.LISA_Z])[ok], lisa_z[ok], rtol=1e-9, atol=1e-12)
    assert [int(q) for q, keep in zip(table[fields.LISA_Q], ok) if keep] == m.q[ok].tolist()
    assert result["MORAN_I"] == pytest.approx(gm.I, rel=1e-9)
    assert result["MORAN_Z"] == pytest.approx(gm.z_rand, rel=1e-9)
    # islands: flagged, NULL statistics, listed in the log
    assert result["ISLANDS"] == 10 and result["COMPONENTS"] == 12
    for pos in np.flatnonzero(islands):
        assert table[fields.ISLAND][pos] == 1 and table[fields.NEIGHBOURS][pos] == 0
        assert all(table[name][pos] is None for name in names[2:])
    assert "10 island(s)" in feedback.text() and "29155" in feedback.text()  # Ouessant
    # labels follow the significance flags
    for pos in np.flatnonzero(ok):
        sig, q, label = table[fields.LISA_SIG][pos], table[fields.LISA_Q][pos], table[fields.LISA_CLUSTER][pos]
        assert label == ({1: "HH", 2: "LH", 3: "LL", 4: "HL"}[q] if sig == 1 else "ns")
        gbin, gsig, z = table[fields.GI_BIN][pos], table[fields.GI_SIG][pos], table[fields.GI_Z][pos]
        assert gbin == 0 or np.sign(gbin) == np.sign(z)
        assert gsig == 0 or abs(gbin) >= 2  # significant at 5 % after FDR passes the 95 % level
    hot = sum(1 for b in table[fields.GI_BIN] if b is not None and b > 0)
    cold = sum(1 for b in table[fields.GI_BIN] if b is not None and b < 0)
    assert hot > 50 and cold > 50
    # pseudo p-values: conditional randomisation, (M+1)/(R+1)
    p_sim = as_float(table[fields.GI_P_SIM])[ok]
    assert p_sim.min() == pytest.approx(1 / 1000) and p_sim.max() <= 0.5 + 1e-12


def test_seed_reproduces_and_permutations_are_checked(fiefs_provider, qgis_processing):
    layer = _layer(BRETAGNE)
    params = {"INPUT": layer, "FIELD": "s_L01_LRN", "METHOD": 0, "PERMUTATIONS": 199, "SEED": 3}
    a = attribute_table(run(params)[0]["OUTPUT"], [fields.GI_P_SIM])[fields.GI_P_SIM]
    b = attribute_table(run(params)[0]["OUTPUT"], [fields.GI_P_SIM])[fields.GI_P_SIM]
    assert a == b
    with pytest.raises(QgsProcessingException, match="at least 99"):
        run({"INPUT": layer, "FIELD": "s_L01_LRN", "PERMUTATIONS": 50})
    with pytest.raises(QgsProcessingException, match="greater than 0"):
        run({"INPUT": layer, "FIELD": "s_L01_LRN", "WEIGHTS": 3, "DISTANCE": 0})
    with pytest.raises(QgsProcessingException, match="base field"):
        run({"INPUT": layer, "FIELD": "v_L01_LRN", "EB_RATES": True})


def test_connect_islands_and_rerun_on_own_output(fiefs_provider, qgis_processing):
    layer = _layer(BRETAGNE)
    result, feedback = run({"INPUT": layer, "FIELD": "s_L01_LRN", "CONNECT_ISLANDS": 2})
    assert result["ISLANDS"] == 0 and "10 island(s) linked" in feedback.text()
    out = result["OUTPUT"]
    table = attribute_table(out, [fields.NEIGHBOURS, "fiefs_unit"])
    nbrs = dict(zip(table["fiefs_unit"], table[fields.NEIGHBOURS]))
    assert min(nbrs.values()) >= 1
    # Ouessant and Ile-Molene: each other's nearest, plus the mainland commune of Le Conquet
    assert nbrs["29155"] >= 2 and nbrs["29084"] >= 2
    # running again on the output replaces the hot spot fields instead of adding copies
    again, _ = run({"INPUT": out, "FIELD": "s_L01_LRN", "METHOD": 1})
    names = again["OUTPUT"].fields().names()
    assert names.count(fields.NEIGHBOURS) == 1 and fields.GI not in names and fields.LISA_I in names


def test_eb_rates_equal_esda_moran_local_rate(fiefs_provider, qgis_processing):
    import esda
    import geopandas as gpd
    from libpysal.weights import Queen

    warnings.simplefilter("ignore")
    frame = gpd.read_file(_copy(BRETAGNE), layer="communes")
    queen = Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    ref = esda.Moran_Local_Rate(frame["v_L01_LRN"], frame["valid"], queen, transformation="b", permutations=0)
    result, feedback = run({"INPUT": _layer(BRETAGNE), "FIELD": "v_L01_LRN", "BASE_FIELD": "valid",
                            "EB_RATES": True, "METHOD": 2})
    values = as_float(attribute_table(result["OUTPUT"], [fields.LISA_I])[fields.LISA_I])
    ok = np.isfinite(values)
    assert ok.sum() == 1196
    np.testing.assert_allclose(values[ok], ref.Is[ok], rtol=1e-9, atol=1e-12)
    assert "Empirical-Bayes" in feedback.text()
    # a crude rate is the share itself
    crude, _ = run({"INPUT": _layer(BRETAGNE), "FIELD": "v_L01_LRN", "BASE_FIELD": "valid", "METHOD": 0})
    share, _ = run({"INPUT": _layer(BRETAGNE), "FIELD": "s_L01_LRN", "METHOD": 0})
    np.testing.assert_allclose(
        as_float(attribute_table(crude["OUTPUT"], [fields.GI_Z])[fields.GI_Z]),
        as_float(attribute_table(share["OUTPUT"], [fields.GI_Z])[fields.GI_Z]), rtol=1e-12)


def test_morocco_tolerance_bridges_nested_centres_and_nulls_are_left_out(fiefs_provider, qgis_processing):
    layer = _layer(MOROCCO)
    exact, feedback = run({"INPUT": layer, "FIELD": "change_pct", "METHOD": 0})
    assert exact["ISLANDS"] == 2  # two "(Centre)" polygons inside their commune share no vertex
    assert "have no value in change_pct" in feedback.text()
    snapped, _ = run({"INPUT": layer, "FIELD": "change_pct", "METHOD": 0, "SNAP_TOLERANCE": 0.0001})
    assert snapped["ISLANDS"] == 0 and snapped["COMPONENTS"] == 1
    table = attribute_table(snapped["OUTPUT"], ["uid", "change_pct", fields.GI, fields.NEIGHBOURS])
    missing = [i for i, v in enumerate(table["change_pct"]) if v is None]
    assert len(missing) == 6  # 2 communes without an HCP match, 4 without a 2014 population
    assert f"{len(missing)} feature(s) have no value in change_pct" in feedback.text()
    assert all(table[fields.GI][i] is None and table[fields.NEIGHBOURS][i] is None for i in missing)
    # rook with the same tolerance keeps the nested centres (their whole boundary lies inside)
    rook, _ = run({"INPUT": layer, "FIELD": "change_pct", "METHOD": 0, "WEIGHTS": 1, "SNAP_TOLERANCE": 0.0001})
    assert rook["ISLANDS"] == 0


def _projected(layer, epsg):
    import processing

    return processing.run("native:reprojectlayer", {
        "INPUT": layer, "TARGET_CRS": QgsCoordinateReferenceSystem(epsg), "OUTPUT": "memory:"})["OUTPUT"]


def _centroids(layer):
    pts = []
    for feature in layer.getFeatures():
        p = feature.geometry().centroid().asPoint()
        pts.append((p.x(), p.y()))
    return np.array(pts)


def test_knn_refuses_degrees_and_equals_libpysal_when_projected(fiefs_provider, qgis_processing):
    import esda
    from libpysal.weights import KNN

    layer = _layer(BRETAGNE)
    with pytest.raises(QgsProcessingException, match="geographic"):
        run({"INPUT": layer, "FIELD": "s_L01_LRN", "WEIGHTS": 2, "K": 6})
    lambert = _projected(layer, "EPSG:2154")
    result, _ = run({"INPUT": lambert, "FIELD": "s_L01_LRN", "WEIGHTS": 2, "K": 6, "METHOD": 0})
    y = as_float(attribute_table(lambert, ["s_L01_LRN"])["s_L01_LRN"])
    knn = KNN(_centroids(lambert), k=6)
    ref = esda.G_Local(y, knn, transform="B", star=True, permutations=0)
    ours = as_float(attribute_table(result["OUTPUT"], [fields.GI_Z])[fields.GI_Z])
    np.testing.assert_allclose(ours, ref.Zs, rtol=1e-9)
    # ellipsoidal distances on the geographic layer: nearly the same neighbours
    ellipsoidal, feedback = run({"INPUT": layer, "FIELD": "s_L01_LRN", "WEIGHTS": 2, "K": 6, "METHOD": 0,
                                 "ELLIPSOIDAL": True})
    z2 = as_float(attribute_table(ellipsoidal["OUTPUT"], [fields.GI_Z])[fields.GI_Z])
    assert np.mean(np.isclose(z2, ours, rtol=1e-9)) > 0.95


def test_distance_band_equals_libpysal(fiefs_provider, qgis_processing):
    import esda
    from libpysal.weights import DistanceBand

    lambert = _projected(_layer(BRETAGNE), "EPSG:2154")
    result, _ = run({"INPUT": lambert, "FIELD": "s_L01_LRN", "WEIGHTS": 3, "DISTANCE": 6000, "METHOD": 1})
    y = as_float(attribute_table(lambert, ["s_L01_LRN"])["s_L01_LRN"])
    band = DistanceBand(_centroids(lambert), threshold=6000, binary=True, silence_warnings=True)
    ref = esda.Moran_Local(y, band, transformation="b", permutations=0)
    ours = as_float(attribute_table(result["OUTPUT"], [fields.LISA_I])[fields.LISA_I])
    ok = np.isfinite(ours)
    assert ok.sum() == 1206 - len(band.islands)
    np.testing.assert_allclose(ours[ok], ref.Is[ok], rtol=1e-9, atol=1e-12)
    # the band in metres on the ellipsoid, from the geographic layer
    ell, _ = run({"INPUT": _layer(BRETAGNE), "FIELD": "s_L01_LRN", "WEIGHTS": 3, "DISTANCE": 6000,
                  "METHOD": 1, "ELLIPSOIDAL": True})
    nb_ell = as_float(attribute_table(ell["OUTPUT"], [fields.NEIGHBOURS])[fields.NEIGHBOURS])
    assert abs(np.nanmean(nb_ell) - np.mean(list(band.cardinalities.values()))) < 0.2


def test_weights_file_round_trip_gives_the_same_result(fiefs_provider, qgis_processing, tmp_path):
    layer = _layer(BRETAGNE)
    gal = tmp_path / "bretagne.gal"
    first, feedback = run({"INPUT": layer, "FIELD": "s_L01_LRN", "WEIGHTS_OUTPUT": str(gal), "PERMUTATIONS": 99,
                           "SEED": 5})
    text = gal.read_text().splitlines()
    assert text[0].startswith("0 1206 ") and text[0].endswith(" fiefs_unit")
    assert first["WEIGHTS_OUTPUT"] == str(gal)
    second, _ = run({"INPUT": layer, "FIELD": "s_L01_LRN", "WEIGHTS": 4, "WEIGHTS_FILE": str(gal),
                     "PERMUTATIONS": 99, "SEED": 5})
    names = [fields.GI_Z, fields.GI_P_SIM, fields.LISA_CLUSTER, fields.NEIGHBOURS]
    assert attribute_table(first["OUTPUT"], names) == attribute_table(second["OUTPUT"], names)
    # libpysal reads the file as the same queen weights
    import geopandas as gpd
    import libpysal
    from libpysal.weights import Queen

    theirs = libpysal.io.open(str(gal)).read()
    frame = gpd.read_file(_copy(BRETAGNE), layer="communes")
    queen = Queen.from_dataframe(frame, ids="fiefs_unit", silence_warnings=True)
    assert {k: set(v) for k, v in theirs.neighbors.items()} == {k: set(v) for k, v in queen.neighbors.items()}
    # identifiers that match nothing
    bad = tmp_path / "bad.gal"
    bad.write_text("2\nx 1\ny\ny 1\nx\n")
    with pytest.raises(QgsProcessingException, match="identifier field"):
        run({"INPUT": layer, "FIELD": "s_L01_LRN", "WEIGHTS": 4, "WEIGHTS_FILE": str(bad)})


def _bowtie_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32629", "bowtie", "memory")
    layer.dataProvider().addAttributes([QgsField("code", FieldType.String), QgsField("v", FieldType.Double)])
    layer.updateFields()
    wkts = [
        "POLYGON((0 0,1 0,1 1,0 1,0 0))", "POLYGON((1 0,2 0,2 1,1 1,1 0))", "POLYGON((2 0,3 0,3 1,2 1,2 0))",
        "POLYGON((0 1,1 1,1 2,0 2,0 1))", "POLYGON((1 1,2 2,2 1,1 2,1 1))",  # a bow-tie (self-intersecting)
        "POLYGON((2 1,3 1,3 2,2 2,2 1))", None,
    ]
    features = []
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([f"u{i}", float(i * i % 5)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_invalid_and_missing_geometries_are_reported_not_fatal(fiefs_provider, qgis_processing):
    layer = _bowtie_layer()  # the default processing setting stops on invalid input: not here
    result, feedback = run({"INPUT": layer, "FIELD": "v", "METHOD": 0, "ID_FIELD": "code"})
    text = feedback.text()
    # exact contiguity compares coordinates only: the bow-tie keeps its shared vertices
    assert "no usable geometry" in text and "u6" in text
    nbrs = attribute_table(result["OUTPUT"], [fields.NEIGHBOURS])[fields.NEIGHBOURS]
    assert nbrs[6] == 0 and nbrs[4] == 5
    # with a tolerance GEOS decides: the bow-tie is repaired first, and said so
    repaired, feedback = run({"INPUT": layer, "FIELD": "v", "METHOD": 0, "ID_FIELD": "code",
                              "SNAP_TOLERANCE": 0.001})
    assert "1 invalid geometry(ies) repaired" in feedback.text() and "u4" in feedback.text()
    assert attribute_table(repaired["OUTPUT"], [fields.NEIGHBOURS])[fields.NEIGHBOURS][4] == 5
    with pytest.raises(QgsProcessingException, match="polygon layer"):
        points = QgsVectorLayer("Point?crs=EPSG:32629", "pts", "memory")
        points.dataProvider().addAttributes([QgsField("v", FieldType.Double)])
        points.updateFields()
        for i in range(5):
            f = QgsFeature(points.fields())
            f.setGeometry(QgsGeometry.fromWkt(f"POINT({i} {i % 2})"))
            f.setAttributes([float(i)])
            points.dataProvider().addFeature(f)
        run({"INPUT": points, "FIELD": "v"})


def test_points_with_knn(fiefs_provider, qgis_processing):
    points = QgsVectorLayer("Point?crs=EPSG:32629", "pts", "memory")
    points.dataProvider().addAttributes([QgsField("v", FieldType.Double)])
    points.updateFields()
    rng = np.random.default_rng(0)
    for x, y, v in zip(rng.uniform(0, 100, 60), rng.uniform(0, 100, 60), rng.gamma(2, size=60)):
        f = QgsFeature(points.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POINT({x} {y})"))
        f.setAttributes([float(v)])
        points.dataProvider().addFeature(f)
    result, _ = run({"INPUT": points, "FIELD": "v", "WEIGHTS": 2, "K": 4, "PERMUTATIONS": 99})
    nbrs = attribute_table(result["OUTPUT"], [fields.NEIGHBOURS])[fields.NEIGHBOURS]
    assert set(nbrs) == {4} and not math.isnan(result["MORAN_I"])


def test_curved_polygons_are_segmentised(fiefs_provider, qgis_processing):
    layer = QgsVectorLayer("CurvePolygon?crs=EPSG:32629", "curves", "memory")
    layer.dataProvider().addAttributes([QgsField("v", FieldType.Double)])
    layer.updateFields()
    wkts = [  # three cells sharing straight edges, each with a round outer side
        "CURVEPOLYGON(COMPOUNDCURVE((0 0,1 0,1 1),CIRCULARSTRING(1 1,0.5 1.4,0 1),(0 1,0 0)))",
        "CURVEPOLYGON(COMPOUNDCURVE((1 0,2 0,2 1),CIRCULARSTRING(2 1,1.5 1.4,1 1),(1 1,1 0)))",
        "CURVEPOLYGON(COMPOUNDCURVE((2 0,3 0,3 1),CIRCULARSTRING(3 1,2.5 1.4,2 1),(2 1,2 0)))",
        "POLYGON((0 -1,3 -1,3 0,2 0,1 0,0 0,0 -1))",
    ]
    for i, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([float(i)])
        layer.dataProvider().addFeature(feature)
    result, _ = run({"INPUT": layer, "FIELD": "v", "WEIGHTS": 1, "METHOD": 0})
    nbrs = attribute_table(result["OUTPUT"], [fields.NEIGHBOURS])[fields.NEIGHBOURS]
    assert nbrs == [2, 3, 2, 3]
