"""The dock in the real QGIS desktop (qgis.bin under Xvfb): a script loads the Moroccan
sample, drives the panel through its four steps (2016 and 2021 legislative results, the
RNI's strongholds), and saves a screenshot of each step in tests/artifacts/. Once in
English, once with QGIS in Arabic (the panel right to left). The qgis_process command the
panel shows for its import is run as it is and must give the same table."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.gui.conftest import QGIS_PROCESS, make_profile, qgis_env, run_desktop
from tests.gui.test_desktop import EXPECTED_STEPS, png_distinct_colours, png_size

SCRIPT = Path(__file__).parent / "scripts" / "dock_workflow.py"
STEPS = ("step1_data", "step2_match", "step3_analyse", "step4_map", "step4_zoom")


@pytest.fixture(scope="module")
def desktop_runs(staged_plugin, xvfb, tmp_path_factory, artifacts_dir):
    """Both runs once for the module: (seen, profile root, work folder) per locale."""
    runs = {}
    for locale in ("en", "ar"):
        tmp = tmp_path_factory.mktemp(f"dock_{locale}")
        root = make_profile(tmp / "qgis", staged_plugin, locale=None if locale == "en" else locale)
        for old in artifacts_dir.glob(f"dock_*_{locale}*.png"):
            old.unlink()
        extra = {"FIEFS_SHOTS": str(artifacts_dir), "FIEFS_TAG": locale, "FIEFS_WORK": str(tmp / "work")}
        saved = {k: os.environ.get(k) for k in extra}
        os.environ.update(extra)
        try:
            seen = run_desktop(root, SCRIPT, xvfb.display, tmp / "result.json", timeout=400)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        runs[locale] = (seen, root, tmp / "work")
    return runs


@pytest.mark.parametrize("locale", ["en", "ar"])
def test_dock_drives_the_whole_path_in_the_desktop(desktop_runs, locale, artifacts_dir):
    seen, _root, work = desktop_runs[locale]
    assert "error" not in seen, seen.get("error")
    assert seen["dock_found"] and seen["layer_valid"]
    assert seen["step_titles"] == EXPECTED_STEPS[locale]
    assert seen["layout_direction_rtl"] is (locale == "ar")
    assert seen["dock_width"] <= 420  # the panel works in a narrow dock
    assert all(run["ok"] for run in seen["runs"].values()), seen["runs"]
    assert seen["fields"] == ["constituency_id", "name_ar", "province_id"]
    assert seen["roles"]["2021"]["constituency_id"] == "code" and seen["roles"]["2021"]["votes"] == "votes"
    for year in ("2016", "2021"):
        counts = dict(seen["match_counts"][year])
        assert int(counts[next(iter(counts))]) == 92  # the first row: matched by code

    # the map canvas shows the styled stronghold layer: its class colours fill the map
    pixels = seen["canvas_class_pixels"]
    painted = {key: n for key, n in pixels.items() if n >= 40}
    assert len(painted) >= 4, pixels
    assert sum(pixels.values()) > 0.15 * seen["canvas_sampled_pixels"], pixels

    # the summary: every class counted, the units add up, the strongest strongholds listed
    total = seen["class_table"][-1]
    assert total[1] == "92"
    assert sum(int(row[1]) for row in seen["class_table"][:-1]) == 92
    assert len(seen["top_table"]) == 10
    # fiefs:strongholds' ranked table (TOP): class first, then the highest share within a class
    by_class: dict[str, list[float]] = {}
    for row in seen["top_table"]:
        by_class.setdefault(row[1], []).append(float(row[2].rstrip(" %")))
    assert all(shares == sorted(shares, reverse=True) for shares in by_class.values())
    classes = [row[1] for row in seen["top_table"]]
    runs = [c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1]]
    assert len(runs) == len(set(runs))  # one block per class, not interleaved
    assert seen["zoom"]["contains_feature"] and seen["zoom"]["after_width"] < seen["zoom"]["before_width"] / 3
    assert seen["layout_bytes"] > 20_000
    assert Path(seen["layout_file"]).read_bytes()[:5] == b"%PDF-"
    assert "2016–2021 — RNI" in seen["groups"]
    assert seen["python_command"].count("processing.run(") == 4

    for step in STEPS:
        for name in (f"dock_{step}_{locale}.png", f"dock_{step}_{locale}_panel.png"):
            path = artifacts_dir / name
            assert path.exists(), name
            width, height = png_size(path)
            assert width >= 300 and height >= 400
            assert png_distinct_colours(path) > 20


def test_the_qgis_process_command_of_the_panel_runs(desktop_runs, tmp_path):
    """The import step's command line, as the panel shows it, run by qgis_process."""
    seen, root, _work = desktop_runs["en"]
    lines = [line for line in seen["import_shell_command"].splitlines() if line.startswith("qgis_process ")]
    assert len(lines) == 1
    words = shlex.split(lines[0])
    assert words[:4] == ["qgis_process", "run", "fiefs:importresults", "--"]
    outputs = {}
    for i, word in enumerate(words):
        name, _, value = word.partition("=")
        if name in ("OUTPUT", "REPORT"):
            outputs[name] = tmp_path / Path(value).name
            words[i] = f"{name}={outputs[name]}"
    words[0] = QGIS_PROCESS
    proc = subprocess.run(words, env=qgis_env(root), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "UNITS:\t92" in proc.stdout and "PARTIES:\t30" in proc.stdout
    assert outputs["OUTPUT"].exists() and outputs["REPORT"].exists()
