"""Benchmark of `make demo` (issue 9: <= 30 s after set-up on the 2-core machine).

Fiefs: fiefs_plugin.demo.run_demo in a fresh process (QGIS started first, not timed),
REPEAT runs (FIEFS_BENCH_REPEAT, default 3); the median of the pipeline's wall time and of
its parts (boundaries and store, analysis, maps and report).
Reference, in the same script: README's batch recipe — the same pipeline as qgis_process
commands, one process per step — run once (FIEFS_BENCH_RECIPE_REPEAT, default 1; 0 skips
it): the ratio says what running the steps in one QGIS process saves.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tests.bench.harness import REPO, report, run_child

REPEAT = int(os.environ.get("FIEFS_BENCH_REPEAT", "3"))
RECIPE_REPEAT = int(os.environ.get("FIEFS_BENCH_RECIPE_REPEAT", "1"))
PARTS = {
    "boundaries and store": ("native:joinattributestable", "fiefs:aggregate", "fiefs:storeimport",
                             "fiefs:storeload"),
    "analysis": ("fiefs:indicators", "fiefs:hotspots", "fiefs:strongholds", "fiefs:swing"),
    "maps and report": ("fiefs:stylemap", "fiefs:exportlayout"),
}


def demo_child(out: str) -> dict:
    """Runs in a fresh interpreter: QGIS set-up (timed apart), then the demo."""
    started = time.perf_counter()
    from tests.bench.harness import start_qgis

    app = start_qgis()
    set_up = time.perf_counter() - started
    from fiefs_plugin.demo import run_demo

    started = time.perf_counter()
    result = run_demo(out, party="MP", log=None)
    wall = time.perf_counter() - started
    parts = {name: sum(t for a, t in result.steps if a in algorithms) for name, algorithms in PARTS.items()}
    del app
    return {"set_up": set_up, "wall": wall, "parts": parts, "pages": result.report_pages}


def _recipe_seconds(work: Path) -> float:
    from tests.gui.conftest import QGIS_PROCESS, make_profile, packager, qgis_env

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    recipe = re.search(r"<!-- batch-recipe:start -->\s*```sh\n(.*?)```", readme, re.S).group(1)
    recipe = recipe.replace('QP="qgis_process run"', f'QP="{QGIS_PROCESS} run"', 1)
    (work / "resources").symlink_to(REPO / "resources")
    root = make_profile(work / "qgis", packager.stage(work / "build"))
    started = time.perf_counter()
    proc = subprocess.run(["bash", "-e", "-c", recipe], cwd=work, env=qgis_env(root), capture_output=True,
                          text=True, timeout=3600)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr[-3000:]
    return seconds


def test_bench_demo():
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(REPEAT):
            runs.append(run_child("tests.bench.test_bench_demo:demo_child", out=str(Path(tmp) / f"out{n}")))
    assert all(r["pages"] == 17 for r in runs)
    recipe = []
    for _ in range(RECIPE_REPEAT):
        with tempfile.TemporaryDirectory() as tmp:
            recipe.append(_recipe_seconds(Path(tmp)))
    wall = statistics.median(r["wall"] for r in runs)
    rows = [("make demo pipeline (after set-up) vs qgis_process recipe",
             statistics.median(recipe) if recipe else None, wall)]
    rows += [(f"  {name}", None, statistics.median(r["parts"][name] for r in runs)) for name in PARTS]
    rows.append(("  QGIS start-up + provider (not in the target)", None, statistics.median(r["set_up"] for r in runs)))
    report("make demo on resources/sample (MP, 2016/2021/2026, 17-page report)", rows, notes=[
        "pipeline runs (s): " + ", ".join(f"{r['wall']:.1f}" for r in runs) + "; target <= 30 s",
        "recipe runs (s): " + (", ".join(f"{s:.1f}" for s in recipe) or "skipped"),
        f"peak memory of a demo process: {max(r['peak_rss_mb'] for r in runs):.0f} MB",
    ])
