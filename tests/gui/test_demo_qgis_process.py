"""README's batch recipe — the pipeline of `make demo` as qgis_process commands — runs
as written through /usr/bin/qgis_process.bin with the staged plugin, and gives what the
demo gives: the same stronghold classes, store and report."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.gui.conftest import QGIS_PROCESS, make_profile, qgis_env
from tests.gui.demo_support import demo_output, pdf_pages, pdf_text

README = REPO / "README.md"


def readme_recipe() -> str:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- batch-recipe:start -->\s*```sh\n(.*?)```\s*<!-- batch-recipe:end -->", text, re.S)
    assert block, "README.md has no batch recipe between the batch-recipe markers"
    return block.group(1)


def test_recipe_names_the_commands_a_user_runs():
    recipe = readme_recipe()
    assert recipe.startswith('QP="qgis_process run"')
    for algorithm in ("fiefs:aggregate", "fiefs:storeimport", "fiefs:storeload", "fiefs:indicators", "fiefs:hotspots",
                      "fiefs:strongholds", "fiefs:swing", "fiefs:stylemap", "fiefs:exportlayout"):
        assert f"$QP {algorithm} --" in recipe, algorithm


@pytest.fixture(scope="module")
def batch(staged_plugin, tmp_path_factory):
    """The recipe run in a scratch folder holding a copy of resources/sample (S=resources/sample):
    qgis_process writes into the GeoPackages it opens, the committed sample must stay as it is."""
    work = tmp_path_factory.mktemp("recipe")
    shutil.copytree(REPO / "resources" / "sample", work / "resources" / "sample")
    root = make_profile(work / "qgis", staged_plugin)
    script = readme_recipe().replace('QP="qgis_process run"', f'QP="{QGIS_PROCESS} run"', 1)
    proc = subprocess.run(["bash", "-e", "-u", "-o", "pipefail", "-c", script], cwd=work, env=qgis_env(root),
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, f"{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return work / "out" / "batch"


def _rows(path: Path, query: str) -> list:
    with sqlite3.connect(path) as db:
        return db.execute(query).fetchall()


def test_recipe_gives_the_demo_strongholds(batch):
    demo, _ = demo_output("MP")
    by_recipe = dict(_rows(batch / "strongholds.gpkg", "SELECT fiefs_unit, fief_class FROM strongholds"))
    by_demo = dict(_rows(demo / "layers" / "strongholds_MP.gpkg", "SELECT fiefs_unit, fief_class FROM strongholds_MP"))
    assert len(by_recipe) == 92 and by_recipe == by_demo
    spots = dict(_rows(batch / "hotspots.gpkg", "SELECT fiefs_unit, gi_bin FROM hotspots"))
    assert spots == dict(_rows(demo / "layers" / "hotspots_MP_2026.gpkg", "SELECT fiefs_unit, gi_bin FROM hotspots_MP_2026"))
    swing = dict(_rows(batch / "swing.gpkg", "SELECT fiefs_unit, round(swing, 9) FROM swing"))
    assert swing == dict(_rows(demo / "layers" / "swing_MP_2021_2026.gpkg",
                               "SELECT fiefs_unit, round(swing, 9) FROM swing_MP_2021_2026"))


def test_recipe_builds_the_store(batch):
    store = batch / "fiefs_store.gpkg"
    assert [r[0] for r in _rows(store, "SELECT id FROM elections ORDER BY id")] == [
        "ma-legislative-2016", "ma-legislative-2021", "ma-legislative-2026"]
    assert _rows(store, "SELECT count(*) FROM units WHERE level = 'constituency'") == [(92,)]
    assert _rows(store, "SELECT name_fr, name_ar FROM units WHERE code = '40'") == [("ifrane", "إفران")]
    assert dict(_rows(store, "SELECT level, count(*) FROM units GROUP BY level")) == {
        "commune": 1540, "constituency": 92, "province": 75, "region": 12}
    units = "SELECT level, code, name_fr, name_ar, parent_code, region_code FROM units ORDER BY level, code"
    demo, _ = demo_output("MP")
    assert _rows(store, units) == _rows(demo / "fiefs_store.gpkg", units)  # the recipe stores what the demo stores


def test_recipe_writes_the_report_and_maps(batch):
    pages, _size = pdf_pages(batch / "fiefs_report.pdf")
    assert pages == 17
    text = pdf_text(batch / "fiefs_report.pdf")
    assert "MP: strongholds by region" in text and "MP: swing" in text
    for name in ("winner", "share", "strongholds", "hotspots", "swing"):
        assert (batch / f"map_{name}.png").stat().st_size > 20_000
        with sqlite3.connect(batch / f"map_{name}.gpkg") as db:
            assert db.execute("SELECT count(*) FROM layer_styles WHERE useAsDefault").fetchone() == (1,)
