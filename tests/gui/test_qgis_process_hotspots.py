"""fiefs:hotspots run by the real ``qgis_process.bin`` on a GeoPackage, with a throw-away
profile holding the staged plugin; the output GeoPackage is read back with sqlite3 and
checked against esda on libpysal queen weights of the same file."""

from __future__ import annotations

import json
import shutil
import sqlite3
import warnings

import numpy as np
import pytest

from tests.conftest import DATA
from tests.gui.conftest import make_profile, run_qgis_process

BRETAGNE = DATA / "stats" / "fr_bretagne_rn2024.gpkg"


def test_qgis_process_runs_hotspots_on_a_geopackage(staged_plugin, tmp_path):
    root = make_profile(tmp_path / "qgis", staged_plugin)
    source = tmp_path / "bretagne.gpkg"
    shutil.copyfile(BRETAGNE, source)  # QGIS may leave -wal/-shm files beside what it reads
    out = tmp_path / "hotspots.gpkg"
    gal = tmp_path / "queen.gal"
    proc = run_qgis_process([
        "run", "fiefs:hotspots", "--json", "--",
        f"INPUT={source}", "FIELD=s_L01_LRN", "METHOD=2", "WEIGHTS=0", "PERMUTATIONS=999", "SEED=11",
        "ALPHA=0.05", "FDR=1", f"WEIGHTS_OUTPUT={gal}", f"OUTPUT={out}",
    ], root)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["ISLANDS"] == 10 and results["COMPONENTS"] == 12
    assert gal.read_text().startswith("0 1206 ")

    with sqlite3.connect(out) as db:
        names = [row[1] for row in db.execute("PRAGMA table_info(hotspots)")]
        assert {"fiefs_unit", "s_L01_LRN", "hs_nbrs", "hs_island", "gi_star", "gi_z", "gi_p", "gi_p_sim",
                "gi_sig", "gi_bin", "lisa_i", "lisa_z", "lisa_p", "lisa_p_sim", "lisa_sig", "lisa_q",
                "lisa_cluster"} <= set(names)
        rows = db.execute(
            "SELECT fiefs_unit, hs_island, gi_z, gi_bin, lisa_i, lisa_cluster, gi_p_sim FROM hotspots ORDER BY fiefs_unit"
        ).fetchall()
    assert len(rows) == 1206
    islands = [r for r in rows if r[1] == 1]
    assert len(islands) == 10 and all(r[2] is None and r[3] is None and r[5] is None for r in islands)
    assert {r[3] for r in rows if r[1] == 0} <= {-3, -2, -1, 0, 1, 2, 3}
    assert {r[5] for r in rows if r[1] == 0} <= {"HH", "LL", "HL", "LH", "ns"}
    assert min(r[6] for r in rows if r[1] == 0) == pytest.approx(1 / 1000)

    # the same statistics as esda with libpysal's queen weights (binary: the default transform)
    import esda
    import geopandas as gpd
    from libpysal.weights import Queen

    warnings.simplefilter("ignore")
    frame = gpd.read_file(BRETAGNE, layer="communes").sort_values("fiefs_unit").reset_index(drop=True)
    y = frame["s_L01_LRN"].to_numpy(float)
    g = esda.G_Local(y, Queen.from_dataframe(frame, use_index=False, silence_warnings=True), transform="B",
                     star=True, permutations=0)
    m = esda.Moran_Local(y, Queen.from_dataframe(frame, use_index=False, silence_warnings=True),
                         transformation="b", permutations=0)
    assert [r[0] for r in rows] == frame["fiefs_unit"].tolist()
    ok = np.array([r[1] == 0 for r in rows])
    np.testing.assert_allclose(np.array([r[2] for r in rows], dtype=float)[ok], g.Zs[ok], rtol=1e-9)
    np.testing.assert_allclose(np.array([r[4] for r in rows], dtype=float)[ok], m.Is[ok], rtol=1e-9, atol=1e-12)
