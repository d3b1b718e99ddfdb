"""fiefs:importresults in headless QGIS: files in every encoding, spreadsheets through
OGR, QGIS tables, the canonical long table it writes, and the bad-input corpus (clear
message, no output file left behind)."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer

from fiefs_plugin.gis.fieldtypes import FieldType
from tests.conftest import DATA

RESULTS = DATA / "results"
BAD = RESULTS / "bad"


def rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def run_import(params: dict) -> dict:
    import processing

    base = {"OUTPUT": "memory:", "REPORT": "memory:"}
    base.update(params)
    return processing.run("fiefs:importresults", base)


@pytest.mark.parametrize("name", ["arabic_wide_cp1256.csv", "arabic_wide_utf16.txt", "arabic_wide_utf8_bom.csv"])
def test_arabic_files_import(name, fiefs_provider, qgis_processing):
    result = run_import({"INPUT": str(RESULTS / name), "ELECTION": "communales2021"})
    table = rows(result["OUTPUT"])
    assert result["UNITS"] == 4 and result["PARTIES"] == 3 and result["WARNINGS"] == 0
    assert len(table) == 12
    first = table[0]
    assert first["election"] == "communales2021"
    assert first["unit_code"] == "01.511.01.01" and first["unit_name"] == "أصيلة"
    assert first["party_name"] == "حزب التجمع الوطني للأحرار" and first["party"].isascii()
    assert first["votes"] == 5120 and first["registered"] == 31890 and first["valid"] == 10630
    report = rows(result["REPORT"])
    assert report[0]["severity"] == "info" and "columns used" in report[0]["message"]


def test_french_file_default_election_name_and_warnings(fiefs_provider, qgis_processing):
    result = run_import({"INPUT": str(RESULTS / "inconsistent_totals.csv")})
    table = rows(result["OUTPUT"])
    assert {r["election"] for r in table} == {"inconsistent_totals"}
    warnings = [r for r in rows(result["REPORT"]) if r["severity"] == "warning"]
    assert result["WARNINGS"] == 3 == len(warnings)
    assert {(w["row"], w["column"]) for w in warnings} == {(2, "votants"), (3, "exprimes"), (4, "exprimes")}


def test_zero_rows_left_out_unless_asked(fiefs_provider, qgis_processing, tmp_path):
    path = tmp_path / "zeros.csv"
    path.write_text("code,commune,A,B\n1,X,10,0\n2,Y,0,0\n", encoding="utf-8")
    lean = rows(run_import({"INPUT": str(path)})["OUTPUT"])
    assert [(r["unit_code"], r["party"], r["votes"]) for r in lean] == [("1", "A", 10), ("2", "A", 0)]
    full = rows(run_import({"INPUT": str(path), "KEEP_ZEROS": True})["OUTPUT"])
    assert len(full) == 4


def _spreadsheet(path, driver: str):
    from osgeo import ogr

    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = ds.CreateLayer("résultats", geom_type=ogr.wkbNone)
    for name, kind in [("Code", ogr.OFTString), ("Commune", ogr.OFTString), ("Inscrits", ogr.OFTInteger),
                       ("Exprimés", ogr.OFTInteger), ("RNI", ogr.OFTInteger), ("PAM", ogr.OFTInteger)]:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values in [("01001", "Aïn Harrouda", 300, 100, 60, 40), ("01002", "بني يخلف", 200, 90, 30, 60)]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    ds = None


@pytest.mark.parametrize(("suffix", "driver"), [(".xlsx", "XLSX"), (".ods", "ODS")])
def test_spreadsheets_through_ogr(suffix, driver, tmp_path, fiefs_provider, qgis_processing):
    path = tmp_path / f"results{suffix}"
    _spreadsheet(path, driver)
    result = run_import({"INPUT": str(path)})
    table = rows(result["OUTPUT"])
    assert [(r["unit_code"], r["unit_name"], r["party"], r["votes"]) for r in table] == [
        ("01001", "Aïn Harrouda", "RNI", 60), ("01001", "Aïn Harrouda", "PAM", 40),
        ("01002", "بني يخلف", "RNI", 30), ("01002", "بني يخلف", "PAM", 60)]
    assert table[0]["registered"] == 300 and table[0]["valid"] == 100


def test_spreadsheet_error_names_the_sheet_row(tmp_path, fiefs_provider, qgis_processing):
    from osgeo import ogr

    path = tmp_path / "bad.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("Feuil1", geom_type=ogr.wkbNone)
    for name in ("code", "commune", "RNI"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values in [("1", "A", "10"), ("2", "B", "12"), ("3", "C", "-4")]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        layer.CreateFeature(feature)
    ds = None
    with pytest.raises(QgsProcessingException, match=r"bad.xlsx, row 4, column 'RNI': negative count -4"):
        run_import({"INPUT": str(path)})


def test_qgis_table_layer_long_shape(fiefs_provider, qgis_processing):
    layer = QgsVectorLayer("None", "scrutin", "memory")
    layer.dataProvider().addAttributes([QgsField("circonscription", FieldType.String),
                                        QgsField("liste", FieldType.String), QgsField("voix", FieldType.Int),
                                        QgsField("sieges", FieldType.Int)])
    layer.updateFields()
    features = []
    for values in [("Nord", "A", 120, 2), ("Nord", "B", 80, 1), ("Sud", "A", 50, 0), ("Sud", "B", 70, 1)]:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = run_import({"INPUT": layer, "FORMAT": 2})
    table = rows(result["OUTPUT"])
    assert [(r["unit_code"], r["party"], r["votes"], r["seats"]) for r in table] == [
        ("Nord", "A", 120, 2), ("Nord", "B", 80, 1), ("Sud", "A", 50, 0), ("Sud", "B", 70, 1)]
    assert table[0]["valid"] == 200


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.csv", r"truncated.csv, line 13: row has 4 fields, the header has 5: the file looks truncated"),
        ("wrong_delimiter.csv", r"wrong_delimiter.csv, line 1: the header has a single column"),
        ("empty.csv", r"empty.csv: the file is empty"),
        ("header_only.csv", r"header_only.csv: the table has no data rows"),
        ("duplicate_rows.csv", r"duplicate_rows.csv, row 14, column 'parti': unit '01.511.01.09' has two rows"),
        ("negative_votes.csv", r"negative_votes.csv, row 3, column 'RNI': negative count -3"),
        ("text_in_count.csv", r"text_in_count.csv, row 3, column 'PAM': 'douze' is not a number"),
        ("missing_code.csv", r"missing_code.csv, row 1: no unit code or name column found"),
    ],
)
def test_bad_inputs_stop_with_a_clear_message_and_no_file(name, message, tmp_path, fiefs_provider, qgis_processing):
    out = tmp_path / "out.gpkg"
    report = tmp_path / "report.csv"
    with pytest.raises(QgsProcessingException) as info:
        run_import({"INPUT": str(BAD / name), "OUTPUT": str(out), "REPORT": str(report)})
    import re

    assert re.search(message, str(info.value)), str(info.value)
    assert not out.exists() and not report.exists()


def test_cp1256_file_is_read_as_arabic_not_as_latin(fiefs_provider, qgis_processing):
    names = {r["unit_name"] for r in rows(run_import({"INPUT": str(RESULTS / "arabic_wide_cp1256.csv")})["OUTPUT"])}
    assert names == {"أصيلة", "اكزناية", "حجر النحل", "سبت الزينات"}


def test_encoding_and_delimiter_can_be_forced(fiefs_provider, qgis_processing):
    with pytest.raises(QgsProcessingException, match="single column"):
        run_import({"INPUT": str(RESULTS / "french_semicolon_utf8.csv"), "DELIMITER": 1})
    result = run_import({"INPUT": str(RESULTS / "arabic_wide_cp1256.csv"), "ENCODING": "cp1256", "DELIMITER": 2})
    assert result["UNITS"] == 4
