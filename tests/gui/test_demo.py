"""`make demo`: scripts/demo.py runs the whole pipeline headless on resources/sample and
writes the election store, the analysis layers, a 17-page A4 PDF report, a PNG per map
and a QGIS project; its summary states what the layers hold."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import REPO
from tests.gui.demo_support import (
    colour_counts,
    demo_output,
    image_rgb,
    pdf_page_rgb,
    pdf_pages,
    pdf_text,
    run_demo,
    style_colours,
)

SAMPLE = REPO / "resources" / "sample"
YEARS = ("2016", "2021", "2026")
MAPS = ("winner_2026", "share_MP_2026", "strongholds_MP", "hotspots_MP_2026", "swing_MP_2021_2026")
CLASS_LABELS = {  # the English legend labels the summary prints (styling/renderers.py)
    "bastion": "Bastion (strong in every election)", "emerging": "Emerging stronghold",
    "eroding": "Eroding stronghold", "battleground": "Battleground", "hotspot": "Hot spot of support",
    "weak": "Weak", "other": "Other",
}


@pytest.fixture(scope="module")
def demo():
    return demo_output("MP")


def _sql(path: Path, query: str, *args) -> list:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:  # read-only: the sample stays untouched
        return db.execute(query, args).fetchall()


def _regions() -> list[str]:
    return [r[0] for r in _sql(SAMPLE / "morocco.gpkg", "SELECT region_fr FROM regions ORDER BY region_code")]


def test_summary_and_paths(demo):
    out, stdout = demo
    assert "Strongholds of Mouvement Populaire (MP) across 2016, 2021, 2026 (92 constituencies):" in stdout
    assert "Top constituencies of MP in 2026" in stdout
    assert re.search(r"Hot spots of the MP share in 2026 .*: \d+ hot, \d+ cold; global Moran's I", stdout)
    assert re.search(r"Swing 2021 -> 2026: mean [+-]\d+\.\d points", stdout)
    written = stdout[stdout.index("Written:"):]
    for name in ("fiefs_report.pdf", "fiefs_demo.qgz", "fiefs_store.gpkg", *[f"maps/{m}.png" for m in MAPS]):
        assert str(out / name) in written, name
        assert (out / name).is_file(), name
    assert re.search(r"^Pipeline \d+\.\d s", stdout, re.M)


def test_store_holds_the_three_elections_and_the_boundaries(demo):
    out, _ = demo
    store = out / "fiefs_store.gpkg"
    elections = _sql(store, "SELECT id, kind, date, level, result_count FROM elections ORDER BY id")
    assert elections == [
        ("ma-legislative-2016", "legislative", "2016-10-07", "constituency", 1383),
        ("ma-legislative-2021", "legislative", "2021-09-08", "constituency", 1472),
        ("ma-legislative-2026", "legislative", "2026-09-23", "constituency", 1612),
    ]
    # every boundary in the units table (communes without their "(Centre)" features), none beside it
    assert _sql(store, "SELECT level, count(*), count(geom) FROM units GROUP BY level ORDER BY level") == [
        ("commune", 1540, 1540), ("constituency", 92, 92), ("province", 75, 75), ("region", 12, 12)]
    assert _sql(store, "SELECT code, name_fr, name_ar, parent_code, region_code FROM units WHERE level = 'province' "
                       "AND code = '03.271'") == _sql(SAMPLE / "morocco.gpkg", "SELECT province_code, province_fr, "
                                                      "province_ar, region_code, region_code FROM provinces "
                                                      "WHERE province_code = '03.271'")
    tables = {r[0] for r in _sql(store, "SELECT table_name FROM gpkg_contents")}
    assert not tables & {"communes", "provinces", "regions"}
    named = _sql(store, "SELECT code, name_fr, name_ar, parent_code, region_code FROM units WHERE code = '40' "
                        "AND level = 'constituency'")
    assert named == [("40", "ifrane", "إفران", "03.271", "03")]  # as in the sample's constituencies layer
    # local-list totals of the source (resources/sample/SOURCE.md)
    totals = dict(_sql(store, "SELECT election_id, sum(votes) FROM results GROUP BY election_id"))
    assert totals == {"ma-legislative-2016": 5790552, "ma-legislative-2021": 7588505, "ma-legislative-2026": 4900377}


def test_layers_hold_the_source_figures(demo):
    out, _ = demo
    layers = out / "layers"
    assert _sql(layers / "constituencies.gpkg", "SELECT count(*), sum(agg_units) FROM constituencies") == [(92, 1538)]
    # MP's local-list votes and share in 2026 (source: 356,172 of 4,900,377 valid votes)
    rows = _sql(layers / "indicators_2026.gpkg", "SELECT sum(v_MP), sum(valid) FROM indicators_2026")
    assert rows == [(356172, 4900377)]
    ifrane = _sql(layers / "indicators_2026.gpkg", "SELECT s_MP, lq_MP FROM indicators_2026 WHERE fiefs_unit = '40'")
    with (SAMPLE / "legislative_2026_constituencies.csv").open(encoding="utf-8") as handle:
        import csv

        lines = [r for r in csv.DictReader(handle) if r["constituency_id"] == "40"]
    share = sum(int(r["votes"]) for r in lines if r["party"] == "MP") / sum(int(r["votes"]) for r in lines)
    assert ifrane[0][0] == pytest.approx(share)
    assert ifrane[0][1] == pytest.approx(share / (356172 / 4900377))


def test_summary_counts_equal_the_stronghold_layer(demo):
    out, stdout = demo
    counts = dict(_sql(out / "layers" / "strongholds_MP.gpkg",
                       "SELECT fief_class, count(*) FROM strongholds_MP GROUP BY fief_class"))
    assert sum(counts.values()) == 92
    assert set(counts) <= set(CLASS_LABELS)
    for key, count in counts.items():
        assert re.search(rf"^  {re.escape(CLASS_LABELS[key])}\s+{count}\b", stdout, re.M), (key, count)
    # persistence across the three elections: each class history has three entries
    histories = _sql(out / "layers" / "strongholds_MP.gpkg", "SELECT fief_hist, fief_elec FROM strongholds_MP")
    assert all(h.count(">") == 2 and n == 3 for h, n in histories)
    # the top constituency printed first is the one with the largest share
    top = _sql(out / "layers" / "strongholds_MP.gpkg",
               "SELECT fiefs_unit, name_fr FROM strongholds_MP ORDER BY s_MP DESC LIMIT 1")[0]
    assert re.search(rf"^  1\. {top[0]} {re.escape(top[1])}", stdout, re.M)


def test_report_pdf(demo):
    out, _ = demo
    report = out / "fiefs_report.pdf"
    pages, size = pdf_pages(report)
    assert pages == 5 + 12  # five national maps, one atlas page per region
    assert size.startswith("841.89 x 595.276") or size.startswith("842 x 595")  # A4 landscape
    text = pdf_text(report)
    for title in ("Legislative elections 2026: winner by constituency",
                  "Mouvement Populaire (MP): share of valid votes, 2026",
                  "Mouvement Populaire (MP): strongholds and their persistence",
                  "Mouvement Populaire (MP): hot and cold spots of its share (Gi*), 2026",
                  "Mouvement Populaire (MP): swing 2021 → 2026"):
        assert title in text, title
    assert text.count("Mouvement Populaire (MP): strongholds by region") == 12
    for region in _regions():
        assert region in text, region
    assert "Bastion (strong in every election)" in text and "elections.ma" in text
    # every page shows a map, not a blank page
    for page in (1, 3, 6, 17):
        rgb = pdf_page_rgb(report, page)
        non_white = (rgb.min(axis=2) < 235).mean()
        assert non_white > 0.08, (page, non_white)


def test_png_maps_show_the_styled_classes(demo):
    out, _ = demo
    for name in MAPS:
        png = out / "maps" / f"{name}.png"
        rgb = image_rgb(png)
        assert rgb.shape[1] > rgb.shape[0] > 800  # A4 landscape at 110 dpi
        colours = style_colours(out / "maps" / f"{name}.qml")
        counts = colour_counts(rgb, colours)
        shown = [key for key, n in counts.items() if n > 200]
        assert len(shown) >= 2, (name, counts)
    rgb = image_rgb(out / "maps" / "strongholds_MP.png")
    counts = colour_counts(rgb, style_colours(out / "maps" / "strongholds_MP.qml"))
    classes = dict(_sql(out / "layers" / "strongholds_MP.gpkg",
                        "SELECT fief_class, count(*) FROM strongholds_MP GROUP BY fief_class"))
    for key in classes:
        assert counts[key] > 50, (key, counts)  # every class present is drawn


def test_project_holds_the_styled_layers(demo):
    out, _ = demo
    with zipfile.ZipFile(out / "fiefs_demo.qgz") as archive:
        qgs = [n for n in archive.namelist() if n.endswith(".qgs")]
        root = ElementTree.fromstring(archive.read(qgs[0]))
    sources = [layer.find("datasource").text for layer in root.find("projectlayers").iter("maplayer")]
    assert len(sources) == 5
    for source in sources:
        path = source.split("|", 1)[0]
        assert path.startswith("./maps/"), source  # relative: the folder can move
        assert (out / path).is_file(), source
    visible = {e.get("name"): e.get("checked") for e in root.iter("layer-tree-layer")}
    assert visible.pop("Strongholds 2016 / 2021 / 2026") == "Qt::Checked"
    assert set(visible.values()) == {"Qt::Unchecked"}
    assert root.find("projectCrs/spatialrefsys/authid").text == "EPSG:32629"
    renderers = [e.get("type") for e in root.iter("renderer-v2")]
    assert renderers.count("categorizedSymbol") >= 3 and "graduatedSymbol" in renderers


def test_another_party(tmp_path):
    proc = run_demo(tmp_path / "out", "PJD")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Strongholds of Parti de la Justice et du Développement (PJD)" in proc.stdout
    out = tmp_path / "out"
    assert (out / "maps" / "swing_PJD_2021_2026.png").is_file()
    assert pdf_pages(out / "fiefs_report.pdf")[0] == 17
    assert "(PJD): swing 2021 → 2026" in pdf_text(out / "fiefs_report.pdf")
    votes = _sql(out / "layers" / "indicators_2021.gpkg", "SELECT sum(v_PJD) FROM indicators_2021")
    with (SAMPLE / "legislative_2021_constituencies.csv").open(encoding="utf-8") as handle:
        import csv

        expected = sum(int(r["votes"]) for r in csv.DictReader(handle) if r["party"] == "PJD")
    assert votes == [(expected,)]


def test_unknown_party_fails_before_writing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("a file of the user")
    proc = run_demo(out, "XYZ")
    assert proc.returncode == 1
    assert "Party 'XYZ' has no list in the 2016 results" in proc.stderr and "MP" in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


def test_make_demo_runs_the_script_with_party():
    dry = subprocess.run(["make", "-n", "demo", "PARTY=PJD"], cwd=REPO, capture_output=True, text=True, check=True)
    assert "scripts/demo.py --party PJD --out out" in dry.stdout
    assert "scripts/deps.sh" in dry.stdout  # make demo sets the machine up first
    default = subprocess.run(["make", "-n", "demo"], cwd=REPO, capture_output=True, text=True, check=True,
                             env={"PATH": "/usr/bin:/bin"})
    assert "--party MP" in default.stdout
