"""fiefs:joinresults in headless QGIS on small layers: joined fields, UNMATCHED,
MATCH_REPORT, crosswalk round trip, wards summed only when asked, party names kept in
the layer metadata (also in a GeoPackage), source never modified."""

from __future__ import annotations

import csv

import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from fiefs_plugin.core.fields import party_code
from fiefs_plugin.gis.fieldtypes import FieldType

COMMUNES = [  # code, French name, Arabic name, province
    ("01.511.01.01", "Assilah", "أصيلة", "01.511"),
    ("01.511.01.09", "Gueznaia", "اكزناية", "01.511"),
    ("01.511.05.19", "Hjar Ennhal", "حجر النحل", "01.511"),
    ("01.511.05.23", "Sebt Azzinate", "سبت الزينات", "01.511"),
    ("05.081.05.07", "Bzou", "بزو", "05.081"),
    ("05.081.05.07", "Bzou (Centre)", "بزو المركز", "05.081"),
    ("05.081.09.15", "Ouaouizeght", "واويزغت", "05.081"),
]


def commune_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "communes", "memory")
    layer.dataProvider().addAttributes([QgsField(n, FieldType.String) for n in ("code", "nom", "nom_ar", "prov")])
    layer.updateFields()
    features = []
    for i, values in enumerate(COMMUNES):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(i, 0, i + 1, 1)))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def results_csv(path, rows: list[tuple]) -> str:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "commune", "province", "inscrits", "votants", "exprimes", "RNI", "PAM", "PI"])
        writer.writerows(rows)
    return str(path)


ROWS = [
    ("015110101", "Assilah", "01.511", 300, 110, 100, 50, 30, 20),
    ("01.511.01.09", "Gueznaïa", "01.511", 200, 90, 80, 20, 50, 10),
    ("01.511.05.19", "Hjar Ennhal", "01.511", 100, 40, 40, 10, 10, 20),
    ("05.081.05.07", "Bzou", "05.081", 150, 60, 50, 25, 25, 0),
    ("99.999.99.99", "Nowhere", "99.999", 10, 5, 5, 1, 2, 2),
]


def features_by(layer, key="fiefs_unit") -> dict:
    names = layer.fields().names()
    return {f[key]: dict(zip(names, f.attributes())) for f in layer.getFeatures()}


def rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def run_join(params: dict):
    import processing

    base = {"OUTPUT": "memory:", "UNMATCHED": "memory:", "MATCH_REPORT": "memory:"}
    base.update(params)
    return processing.run("fiefs:joinresults", base)


def test_join_by_code(tmp_path, fiefs_provider, qgis_processing):
    layer = commune_layer()
    before = [f.attributes() for f in layer.getFeatures()]
    result = run_join({"INPUT": layer, "RESULTS": results_csv(tmp_path / "r.csv", ROWS), "INPUT_CODE_FIELD": "code",
                       "INPUT_NAME_FIELD": "nom"})
    out = result["OUTPUT"]
    assert out.featureCount() == len(COMMUNES)
    assert [f.attributes() for f in layer.getFeatures()] == before  # source untouched
    joined = features_by(out)
    assert set(k for k in joined if not null(k)) == {"015110101", "01.511.01.09", "01.511.05.19", "05.081.05.07"}
    assilah = joined["015110101"]
    assert assilah["nom"] == "Assilah" and assilah["fiefs_match"] == "code" and assilah["fiefs_score"] == 100
    assert assilah["v_RNI"] == 50 and assilah["s_RNI"] == pytest.approx(0.5)
    assert assilah["turnout"] == pytest.approx(110 / 300)
    assert assilah["winner"] == "RNI" and assilah["runner_up"] == "PAM" and assilah["margin"] == pytest.approx(20)
    assert assilah["enp"] == pytest.approx(1 / (0.25 + 0.09 + 0.04))
    assert joined["05.081.05.07"]["nom"] == "Bzou"  # the shared code went to the commune, not its centre
    assert (result["MATCHED_COUNT"], result["UNMATCHED_RESULTS"], result["UNMATCHED_FEATURES"]) == (4, 1, 3)
    unmatched = rows(result["UNMATCHED"])
    assert [(r["kind"], r["unit_code"]) for r in unmatched if r["kind"] == "result"] == [("result", "99.999.99.99")]
    assert sorted(r["feature_name"] for r in unmatched if r["kind"] == "feature") == [
        "Bzou (Centre)", "Ouaouizeght", "Sebt Azzinate"]
    report = rows(result["MATCH_REPORT"])
    assert len(report) == 5 and {r["method"] for r in report if r["status"] == "matched"} == {"code"}
    # the centre polygon keeps NULL joined fields
    centre = [f for f in out.getFeatures() if f["nom"] == "Bzou (Centre)"][0]
    assert null(centre["fiefs_unit"]) and null(centre["v_RNI"])


def test_join_arabic_names_to_french_layer_within_province(tmp_path, fiefs_provider, qgis_processing):
    path = tmp_path / "ar.csv"
    path.write_text(
        "الإقليم,الجماعة,التجمع الوطني للأحرار,الأصالة والمعاصرة\n"
        "01.511,أصيلة,10,20\n01.511,حجر النحل,5,1\n01.511,اكزناية,3,4\n05.081,بزو,7,8\n05.081,واويزغت,1,1\n",
        encoding="utf-8")
    result = run_join({"INPUT": commune_layer(), "RESULTS": str(path), "INPUT_NAME_FIELD": "nom",
                       "INPUT_PARENT_FIELD": "prov"})
    joined = {f["nom"]: f for f in result["OUTPUT"].getFeatures()}
    assert joined["Assilah"]["fiefs_unit"] == "01.511/أصيلة"
    assert joined["Bzou"]["fiefs_match"] == "fuzzy" and joined["Bzou"]["fiefs_score"] >= 85
    assert null(joined["Bzou (Centre)"]["fiefs_unit"])
    rni = party_code("التجمع الوطني للأحرار")
    assert joined["Ouaouizeght"][f"v_{rni}"] == 1 and joined["Assilah"][f"v_{rni}"] == 10
    assert result["MATCHED_COUNT"] == 5 and result["UNMATCHED_RESULTS"] == 0
    parties = result["OUTPUT"].customProperty("fiefs/parties")
    assert "التجمع الوطني للأحرار" in parties


def test_wards_conflict_unless_summed(tmp_path, fiefs_provider, qgis_processing):
    rows_ = [("A1", "Assilah", "01.511", 100, 50, 40, 30, 10, 0), ("A2", "Assilah", "01.511", 60, 30, 20, 5, 15, 0)]
    path = results_csv(tmp_path / "wards.csv", rows_)
    result = run_join({"INPUT": commune_layer(), "RESULTS": path, "INPUT_NAME_FIELD": "nom",
                       "INPUT_PARENT_FIELD": "prov", "RESULTS_NAME_FIELD": "commune"})
    assert result["MATCHED_COUNT"] == 0
    report = rows(result["MATCH_REPORT"])
    assert {r["status"] for r in report} == {"conflict"} and "SUM_DUPLICATES" in report[0]["note"]
    summed = run_join({"INPUT": commune_layer(), "RESULTS": path, "INPUT_NAME_FIELD": "nom",
                       "INPUT_PARENT_FIELD": "prov", "SUM_DUPLICATES": True})
    assilah = [f for f in summed["OUTPUT"].getFeatures() if f["nom"] == "Assilah"][0]
    assert assilah["fiefs_unit"] == "A1+A2" and assilah["v_RNI"] == 35 and assilah["registered"] == 160


def test_crosswalk_written_reviewed_and_read_back(tmp_path, fiefs_provider, qgis_processing):
    rows_ = [("X1", "Asila", "01.511", 10, 5, 5, 1, 2, 2), ("X2", "Unknown place", "01.511", 10, 5, 5, 3, 1, 1)]
    path = results_csv(tmp_path / "cw.csv", rows_)
    crosswalk = tmp_path / "crosswalk.csv"
    first = run_join({"INPUT": commune_layer(), "RESULTS": path, "INPUT_CODE_FIELD": "code",
                      "INPUT_NAME_FIELD": "nom", "INPUT_PARENT_FIELD": "prov", "MIN_SCORE": 95,
                      "CROSSWALK_OUTPUT": str(crosswalk)})
    assert first["MATCHED_COUNT"] == 0 and first["CROSSWALK_OUTPUT"] == str(crosswalk)
    with open(crosswalk, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [r["result_code"] for r in table] == ["X1", "X2"]
    assert "Assilah" in table[0]["candidates"]
    table[0]["feature_code"] = "01.511.01.01"  # a person confirms the first candidate
    table[1]["feature_code"] = "05.081.09.15"
    with open(crosswalk, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)
    second = run_join({"INPUT": commune_layer(), "RESULTS": path, "INPUT_CODE_FIELD": "code",
                       "INPUT_NAME_FIELD": "nom", "CROSSWALK": str(crosswalk)})
    joined = features_by(second["OUTPUT"])
    assert joined["X1"]["nom"] == "Assilah" and joined["X1"]["fiefs_match"] == "crosswalk"
    assert joined["X2"]["nom"] == "Ouaouizeght" and joined["X2"]["v_RNI"] == 3


def test_join_the_imported_long_table(tmp_path, fiefs_provider, qgis_processing):
    import processing

    imported = processing.run("fiefs:importresults", {
        "INPUT": results_csv(tmp_path / "r.csv", ROWS), "ELECTION": "e1", "OUTPUT": "memory:"})["OUTPUT"]
    result = run_join({"INPUT": commune_layer(), "RESULTS": imported, "INPUT_CODE_FIELD": "code",
                       "INPUT_NAME_FIELD": "nom"})
    joined = features_by(result["OUTPUT"])
    assert joined["01.511.05.19"]["v_PI"] == 20 and joined["01.511.05.19"]["valid"] == 40
    assert joined["05.081.05.07"]["v_PI"] == 0  # a zero row left out of the long table is still 0
    assert result["OUTPUT"].customProperty("fiefs/election") == "e1"


def test_party_names_saved_in_geopackage(tmp_path, fiefs_provider, qgis_processing):
    from fiefs_plugin.gis.join import party_names

    path = tmp_path / "ar.csv"
    path.write_text("code,commune,حزب الاستقلال,RNI\n01.511.01.01,Assilah,4,5\n", encoding="utf-8")
    out = tmp_path / "joined.gpkg"
    result = run_join({"INPUT": commune_layer(), "RESULTS": str(path), "INPUT_CODE_FIELD": "code", "OUTPUT": str(out)})
    layer = QgsVectorLayer(result["OUTPUT"], "j", "ogr")
    assert layer.isValid() and layer.featureCount() == len(COMMUNES)
    names = party_names(layer)
    assert names == {"hzb_alastklal": "حزب الاستقلال", "RNI": "RNI"}
    assert QgsWkbTypes.isMultiType(layer.wkbType())


def test_invalid_geometries_are_copied_not_refused(tmp_path, fiefs_provider, qgis_processing):
    import processing

    layer = commune_layer()
    bowtie = QgsGeometry.fromWkt("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))")
    layer.dataProvider().changeGeometryValues({next(layer.getFeatures()).id(): bowtie})
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)
    result = processing.run("fiefs:joinresults", {
        "INPUT": layer, "RESULTS": results_csv(tmp_path / "r.csv", ROWS), "INPUT_CODE_FIELD": "code",
        "OUTPUT": "memory:"}, context=context)
    assert result["OUTPUT"].featureCount() == len(COMMUNES)


def test_parameters_checked(tmp_path, fiefs_provider, qgis_processing):
    with pytest.raises(QgsProcessingException, match="code field, the commune name field"):
        run_join({"INPUT": commune_layer(), "RESULTS": results_csv(tmp_path / "r.csv", ROWS)})
    bad = tmp_path / "bad.csv"
    bad.write_text("code,RNI\n1,-2\n", encoding="utf-8")
    out = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException, match=r"bad.csv, row 2, column 'RNI': negative count"):
        run_join({"INPUT": commune_layer(), "RESULTS": str(bad), "INPUT_CODE_FIELD": "code", "OUTPUT": str(out)})
    assert not out.exists()
