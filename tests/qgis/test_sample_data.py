"""The Moroccan sample as QGIS 3.22 reads it from the staged plugin (resources/sample/):
layers, types, GEOS validity, and the layers reprojected to the metric CRSs SOURCE.md
recommends (EPSG:26191 Merchich / Nord Maroc north of 31.5 N, EPSG:32629 UTM 29N for the
whole country), with planar areas checked against ellipsoidal areas."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from fiefs_plugin.gis.fieldtypes import FieldType

COUNTS = {"communes": 1689, "provinces": 75, "regions": 12, "constituencies": 92}


@pytest.fixture(scope="module")
def sample(staged_plugin):
    folder = staged_plugin / "resources" / "sample"
    assert (folder / "morocco.gpkg").is_file() and (folder / "SOURCE.md").is_file()
    return folder


def open_layer(sample, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{sample / 'morocco.gpkg'}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


@pytest.mark.parametrize("name", list(COUNTS))
def test_layer_opens_valid(sample, name):
    layer = open_layer(sample, name)
    assert layer.featureCount() == COUNTS[name]
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    invalid = [f.id() for f in layer.getFeatures() if not f.geometry().isGeosValid()]
    assert invalid == []


def test_commune_field_types(sample):
    fields = open_layer(sample, "communes").fields()
    assert fields.field("code").type() == FieldType.String
    assert fields.field("population_2024").type() == FieldType.LongLong
    assert fields.field("constituency_id").type() == FieldType.LongLong
    names = [f.name() for f in fields]
    for name in ("code", "code_2024", "name_fr", "name_ar", "province_code", "province_fr", "province_ar",
                 "region_code", "region_fr", "region_ar", "population_2024", "constituency_id", "cercle_fr",
                 "part"):
        assert name in names


def test_results_csv_opens_as_table(sample):
    path = sample / "legislative_2021_constituencies.csv"
    layer = QgsVectorLayer(f"file://{path}?delimiter=,&encoding=UTF-8&geomType=none", "r", "delimitedtext")
    assert layer.isValid()
    assert layer.featureCount() == 1472
    votes = sum(int(f["votes"]) for f in layer.getFeatures())
    assert votes == 7588505
    assert any("ال" in str(f["party_name_ar"]) for f in layer.getFeatures())  # Arabic read as UTF-8


def _ellipsoidal_areas(layer) -> dict[int, tuple[float, float]]:
    """feature id -> (ellipsoidal area m2 on WGS 84, latitude of the inner point)."""
    da = QgsDistanceArea()
    da.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return {f.id(): (da.measureArea(f.geometry()), f.geometry().pointOnSurface().asPoint().y())
            for f in layer.getFeatures()}


@pytest.mark.parametrize("authid,north_only,rel", [("EPSG:26191", True, 0.003), ("EPSG:32629", False, 0.02)])
def test_reprojected_to_metric_crs(sample, qgis_processing, authid, north_only, rel):
    import processing

    layer = open_layer(sample, "communes")
    reference = _ellipsoidal_areas(layer)
    result = processing.run("native:reprojectlayer", {
        "INPUT": layer, "TARGET_CRS": QgsCoordinateReferenceSystem(authid), "OUTPUT": "memory:",
    })["OUTPUT"]
    assert result.crs().authid() == authid
    assert result.featureCount() == layer.featureCount()
    checked = 0
    for feature in result.getFeatures():
        geometry = feature.geometry()
        assert not geometry.isEmpty() and geometry.isGeosValid(), feature["name_fr"]
        area, lat = reference[feature.id()]
        if north_only and lat < 31.5:
            continue  # outside EPSG:26191's area of use
        assert geometry.area() == pytest.approx(area, rel=rel), (authid, feature["name_fr"])
        checked += 1
    assert checked > (1000 if north_only else 1600)
