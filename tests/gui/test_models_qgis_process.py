"""The shipped model in batch: /usr/bin/qgis_process.bin lists it under the Fiefs
provider, documents its parameters, and runs it for each legislative election of the
sample; the outputs hold the shares of the results tables and a one-page A4 map."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections import defaultdict

import pytest

from tests.conftest import REPO
from tests.gui.conftest import make_profile, run_qgis_process
from tests.gui.demo_support import demo_output, pdf_pages, pdf_text, style_colours

SAMPLE = REPO / "resources" / "sample"
MODEL_ID = "fiefs:Stronghold map from a results table"
STORE_MODEL_ID = "fiefs:Strongholds across three elections from the election store"
YEARS = ("2016", "2021", "2026")
CLASSES = {"stronghold", "battleground", "hotspot", "weak", "other"}


@pytest.fixture(scope="module")
def profile(staged_plugin, tmp_path_factory):
    return make_profile(tmp_path_factory.mktemp("models_qgis") / "qgis", staged_plugin)


@pytest.fixture(scope="module")
def gpkg(tmp_path_factory):
    """A copy of the sample GeoPackage (QGIS may rewrite header bytes of a file it opens)."""
    path = tmp_path_factory.mktemp("models_sample") / "morocco.gpkg"
    shutil.copyfile(SAMPLE / "morocco.gpkg", path)
    return path


def _shares(year: str, party: str) -> dict[str, float]:
    votes, totals = defaultdict(int), defaultdict(int)
    with (SAMPLE / f"legislative_{year}_constituencies.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            totals[row["constituency_id"]] += int(row["votes"])
            if row["party"] == party:
                votes[row["constituency_id"]] += int(row["votes"])
    return {unit: votes[unit] / totals[unit] for unit in totals}


def test_qgis_process_lists_and_documents_the_model(profile):
    proc = run_qgis_process(["list", "--json"], profile)
    assert proc.returncode == 0, proc.stderr
    listing = json.loads(proc.stdout[proc.stdout.index("{"):])
    algorithms = listing["providers"]["fiefs"]["algorithms"]
    for model in (MODEL_ID, STORE_MODEL_ID):
        assert model in algorithms
        assert algorithms[model]["group"] == "Models"
    proc = run_qgis_process(["help", MODEL_ID], profile)
    assert proc.returncode == 0, proc.stderr
    for name in ("results", "boundaries", "code_field", "party", "style:strongholds", "export:map"):
        assert f"{name}:" in proc.stdout, name
    assert "fiefs:importresults reads and checks the table" in proc.stdout


@pytest.fixture(scope="module")
def batch(profile, gpkg, tmp_path_factory):
    """The model once per election, as a batch script would run it."""
    folder = tmp_path_factory.mktemp("models_batch")
    for year in YEARS:
        proc = run_qgis_process([
            "run", MODEL_ID, "--",
            f"results={SAMPLE / f'legislative_{year}_constituencies.csv'}", f"election={year}",
            f"boundaries={gpkg}|layername=constituencies", "code_field=constituency_id",
            "results_code=constituency_id", "party=MP", f"title=Mouvement Populaire {year}",
            "source=elections.ma", f"style:strongholds={folder / f'mp_{year}.gpkg'}",
            f"export:map={folder / f'mp_{year}.pdf'}", f"join:unmatched={folder / f'unmatched_{year}.csv'}",
        ], profile, timeout=600)
        assert proc.returncode == 0, f"{year}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return folder


@pytest.mark.parametrize("year", YEARS)
def test_batch_outputs(batch, year):
    with sqlite3.connect(batch / f"mp_{year}.gpkg") as db:
        rows = db.execute(f"SELECT fiefs_unit, s_MP, fief_class, gi_bin FROM mp_{year}").fetchall()
        styles = db.execute("SELECT useAsDefault, styleQML FROM layer_styles").fetchall()
    expected = _shares(year, "MP")
    assert len(rows) == 92 == len(expected)
    for unit, share, fief_class, gi_bin in rows:
        assert share == pytest.approx(expected[unit]), unit
        assert fief_class in CLASSES and gi_bin in range(-3, 4)
    assert len({r[2] for r in rows}) >= 3
    assert styles and styles[0][0] == 1 and 'attr="fief_class"' in styles[0][1]
    assert set(style_colours(batch / f"mp_{year}.qml")) >= {r[2] for r in rows}
    with (batch / f"unmatched_{year}.csv").open(encoding="utf-8") as handle:
        assert list(csv.DictReader(handle)) == []
    pdf = batch / f"mp_{year}.pdf"
    pages, size = pdf_pages(pdf)
    assert pages == 1 and size.startswith(("841.89 x 595.276", "842 x 595"))
    assert f"Mouvement Populaire {year}" in pdf_text(pdf)


def test_store_model_in_batch_gives_the_demo_strongholds(profile, gpkg, tmp_path):
    """The store model on the store `make demo` writes: the demo's classes, an atlas page per region."""
    demo, _ = demo_output("MP")
    proc = run_qgis_process([
        "run", STORE_MODEL_ID, "--", f"store={demo / 'fiefs_store.gpkg'}", "election_1=ma-legislative-2016",
        "election_2=ma-legislative-2021", "election_3=ma-legislative-2026", "party=MP", "title=MP 2016-2026",
        f"atlas={gpkg}|layername=regions", f"style:strongholds={tmp_path / 'mp.gpkg'}",
        f"export:map={tmp_path / 'mp.pdf'}",
    ], profile, timeout=600)
    assert proc.returncode == 0, f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    with sqlite3.connect(tmp_path / "mp.gpkg") as db:
        by_model = dict(db.execute("SELECT fiefs_unit, fief_class FROM mp").fetchall())
    with sqlite3.connect(demo / "layers" / "strongholds_MP.gpkg") as db:
        by_demo = dict(db.execute("SELECT fiefs_unit, fief_class FROM strongholds_MP").fetchall())
    assert len(by_model) == 92 and by_model == by_demo
    assert pdf_pages(tmp_path / "mp.pdf")[0] == 12
    assert pdf_text(tmp_path / "mp.pdf").count("MP 2016-2026") == 12
