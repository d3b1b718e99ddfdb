"""fiefs:joinresults' machine-readable candidates (cand_<k>_ columns of MATCH_REPORT, also for
rows matched by close spelling) and the results' parent name column
(RESULTS_PARENT_NAME_FIELD), in headless QGIS on the small layer of test_join_results."""

from __future__ import annotations

import math

from tests.qgis.test_join_results import commune_layer, rows, run_join

PROVINCE_NAMES = {"01.511": "Tanger-Assilah", "05.081": "Khénifra"}


def _results(path, with_codes: bool = True) -> str:
    header = "commune,code province,province,inscrits,exprimes,RNI,PAM\n"
    lines = [("Asila", "01.511", 300, 100, 50, 50), ("Gueznaya", "01.511", 200, 80, 20, 60),
             ("Bzou", "05.081", 150, 50, 25, 25), ("Nowhere", "01.511", 10, 5, 1, 4)]
    text = header + "".join(
        f"{name},{code if with_codes else ''},{PROVINCE_NAMES[code]},{reg},{valid},{a},{b}\n"
        for name, code, reg, valid, a, b in lines)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull()) or (
        isinstance(value, float) and math.isnan(value))


def test_report_has_candidate_columns_for_every_row(tmp_path, fiefs_provider, qgis_processing):
    layer = commune_layer()
    result = run_join({"INPUT": layer, "RESULTS": _results(tmp_path / "r.csv"), "INPUT_NAME_FIELD": "nom",
                       "INPUT_PARENT_FIELD": "prov", "RESULTS_NAME_FIELD": "commune", "CANDIDATES": 2})
    report = {r["unit_name"]: r for r in rows(result["MATCH_REPORT"])}
    fields = result["MATCH_REPORT"].fields().names()
    assert [n for n in fields if n.startswith("cand_")] == [
        "cand_1_fid", "cand_1_code", "cand_1_name", "cand_1_score",
        "cand_2_fid", "cand_2_code", "cand_2_name", "cand_2_score"]
    names = {f.id(): f["nom"] for f in layer.getFeatures()}
    asila = report["Asila"]  # matched by close spelling: the chosen commune is candidate 1
    assert asila["status"] == "matched" and asila["method"] == "fuzzy"
    assert int(asila["cand_1_fid"]) == int(asila["feature_id"]) and names[int(asila["feature_id"])] == "Assilah"
    assert asila["cand_1_name"] == "Assilah" and _null(asila["cand_1_code"])  # no code field given
    assert asila["cand_1_score"] == asila["score"] and asila["candidates"].startswith("Assilah")
    assert asila["cand_2_score"] < asila["cand_1_score"]
    nowhere = report["Nowhere"]  # unmatched: its best candidates, for review
    assert nowhere["status"] != "matched" and not _null(nowhere["cand_1_fid"])
    assert names[int(nowhere["cand_1_fid"])] == nowhere["cand_1_name"]


def test_results_parent_name_column(tmp_path, fiefs_provider, qgis_processing):
    """The layer's parent field holds province names and a second 'Assilah' lies in another
    province: 'Asila' finds the right one only when the parents are aligned, which takes the
    results' province names (named, or chosen because the layer holds names)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle

    from fiefs_plugin.gis.fieldtypes import FieldType

    layer = commune_layer()
    layer.dataProvider().addAttributes([QgsField("prov_nom", FieldType.String)])
    layer.updateFields()
    twin = QgsFeature(layer.fields())
    twin.setGeometry(QgsGeometry.fromRect(QgsRectangle(20, 0, 21, 1)))
    twin.setAttributes(["05.081.99.99", "Assilah", "", "05.081", None])
    layer.dataProvider().addFeatures([twin])
    index = layer.fields().lookupField("prov_nom")
    layer.dataProvider().changeAttributeValues({
        f.id(): {index: PROVINCE_NAMES[f["prov"]]} for f in layer.getFeatures()})
    path = _results(tmp_path / "r.csv")
    common = {"INPUT": layer, "RESULTS": path, "INPUT_NAME_FIELD": "nom", "INPUT_PARENT_FIELD": "prov_nom",
              "RESULTS_NAME_FIELD": "commune"}
    for extra in ({"RESULTS_PARENT_NAME_FIELD": "province"}, {}):
        result = run_join({**common, **extra})
        report = {r["unit_name"]: r for r in rows(result["MATCH_REPORT"])}
        assert report["Asila"]["status"] == "matched", extra
        assert report["Asila"]["feature_parent"] == "Tanger-Assilah"
        assert report["Bzou"]["feature_name"] == "Bzou" and result["MATCHED_COUNT"] == 3
    # the province codes named explicitly are used, find no parent among the names: two Assilah fit
    forced = run_join({**common, "RESULTS_PARENT_FIELD": "code province"})
    report = {r["unit_name"]: r for r in rows(forced["MATCH_REPORT"])}
    assert report["Asila"]["status"] != "matched"
    assert {report["Asila"]["cand_1_name"], report["Asila"]["cand_2_name"]} == {"Assilah"}
