"""fiefs:importresults then fiefs:joinresults through the real ``qgis_process.bin`` with a
throw-away profile holding the staged plugin: a Windows-1256 Arabic results file imported
into a GeoPackage table, joined by name within province to a GeoJSON commune layer with
French names, outputs checked with sqlite3 (no QGIS import here)."""

from __future__ import annotations

import csv
import json
import sqlite3

from tests.conftest import DATA
from tests.gui.conftest import make_profile, run_qgis_process

COMMUNES = [  # French name, province, (Arabic name in the results)
    ("Assilah", "01.511", "أصيلة"),
    ("Gueznaia", "01.511", "اكزناية"),
    ("Hjar Ennhal", "01.511", "حجر النحل"),
    ("Sebt Azzinate", "01.511", "سبت الزينات"),
]


def _geojson(path):
    features = []
    for i, (name, province, _arabic) in enumerate(COMMUNES):
        ring = [[i, 0], [i + 1, 0], [i + 1, 1], [i, 1], [i, 0]]
        features.append({"type": "Feature", "properties": {"nom": name, "prov": province},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")


def _results(proc):
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):])["results"]


def test_import_then_join_with_qgis_process(staged_plugin, tmp_path):
    root = make_profile(tmp_path / "qgis", staged_plugin)
    imported = tmp_path / "results.gpkg"
    report = tmp_path / "report.csv"
    out = _results(run_qgis_process([
        "run", "fiefs:importresults", "--json", f"--INPUT={DATA / 'results' / 'arabic_wide_cp1256.csv'}",
        "--ELECTION=communales2021", f"--OUTPUT={imported}", f"--REPORT={report}"], root))
    assert (out["UNITS"], out["PARTIES"], out["WARNINGS"]) == (4, 3, 0)
    with sqlite3.connect(imported) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        rows = db.execute(f'SELECT election, unit_name, parent_name, party_name, votes FROM "{table}"').fetchall()
    assert len(rows) == 12
    assert rows[0] == ("communales2021", "أصيلة", "طنجة-أصيلة", "حزب التجمع الوطني للأحرار", 5120)
    with open(report, encoding="utf-8") as handle:
        assert "columns used" in handle.read()

    communes = tmp_path / "communes.geojson"
    _geojson(communes)
    joined = tmp_path / "joined.gpkg"
    crosswalk = tmp_path / "crosswalk.csv"
    out = _results(run_qgis_process([
        "run", "fiefs:joinresults", "--json", f"--INPUT={communes}", f"--RESULTS={imported}",
        "--INPUT_NAME_FIELD=nom", "--INPUT_PARENT_FIELD=prov", "--RESULTS_PARENT_FIELD=parent_name",
        f"--OUTPUT={joined}", f"--CROSSWALK_OUTPUT={crosswalk}"], root))
    assert (out["MATCHED_COUNT"], out["UNMATCHED_RESULTS"], out["UNMATCHED_FEATURES"]) == (4, 0, 0)
    with sqlite3.connect(joined) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
        values = db.execute(f'SELECT nom, fiefs_match, valid, winner FROM "{table}" ORDER BY nom').fetchall()
        metadata = " ".join(r[0] for r in db.execute("SELECT metadata FROM gpkg_metadata"))
    assert {"fiefs_unit", "fiefs_match", "fiefs_score", "turnout", "winner", "margin", "enp"} <= set(columns)
    assert values[0] == ("Assilah", "fuzzy", 10630.0, values[0][3]) and values[0][3]
    assert "حزب الأصالة والمعاصرة" in metadata  # the original party names travel with the file
    with open(crosswalk, encoding="utf-8-sig", newline="") as handle:
        reviewed = list(csv.DictReader(handle))
    assert sorted(r["feature_name"] for r in reviewed) == sorted(c[0] for c in COMMUNES)


def test_bad_file_fails_with_its_row_and_leaves_no_output(staged_plugin, tmp_path):
    root = make_profile(tmp_path / "qgis", staged_plugin)
    output = tmp_path / "never.gpkg"
    proc = run_qgis_process([
        "run", "fiefs:importresults", f"--INPUT={DATA / 'results' / 'bad' / 'negative_votes.csv'}",
        f"--OUTPUT={output}"], root)
    assert proc.returncode != 0
    assert "negative_votes.csv, row 3, column 'RNI': negative count -3" in proc.stdout + proc.stderr
    assert not output.exists()
