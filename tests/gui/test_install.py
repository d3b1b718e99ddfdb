"""A release users can install: the zip of `make package` goes into a fresh QGIS profile
through the real Plugin Manager (a custom repository serving dist/plugins.xml, and
"Install from ZIP"), the plugin is enabled, and the real QGIS desktop (Xvfb) opens the
project `make demo` wrote with its styled stronghold map on the canvas."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.conftest import packager, run_desktop
from tests.gui.demo_support import colour_counts, demo_output, image_rgb, style_colours

SCRIPT = Path(__file__).parent / "scripts" / "install_plugin.py"
MODEL_ID = "fiefs:Stronghold map from a results table"


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    """dist/ as `make package` writes it: the checked zip and plugins.xml (file:// URLs)."""
    base = tmp_path_factory.mktemp("release")
    staged = packager.stage(base / "build")
    archive = packager.make_zip(staged, base / "dist")
    assert packager.check_zip(archive) == []
    return archive, packager.write_repository(archive)


def fresh_profile(root: Path) -> Path:
    """A QGIS profiles root whose profile 'default' holds no plugin of ours."""
    config = root / "profiles" / "default" / "QGIS"
    config.mkdir(parents=True)
    (config / "QGIS3.ini").write_text("[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n", encoding="utf-8")
    assert not (root / "profiles" / "default" / "python" / "plugins" / "fiefs_plugin").exists()
    return root


def _desktop(root: Path, result: Path, display: str, **env) -> dict:
    keys = {f"FIEFS_{k.upper()}": str(v) for k, v in env.items()}
    os.environ.update(keys)
    try:
        return run_desktop(root, SCRIPT, display, result, timeout=300)
    finally:
        for key in keys:
            os.environ.pop(key, None)


def _assert_installed(seen: dict, root: Path) -> None:
    assert "error" not in seen, seen.get("error")
    assert "fiefs_plugin" not in seen["plugins_before"]
    assert seen["installed_dir"], "the plugin folder is not in the profile"
    assert (root / "profiles" / "default" / "python" / "plugins" / "fiefs_plugin" / "metadata.txt").is_file()
    assert seen["loaded"] and seen["active"], "QGIS did not start the plugin"
    assert seen["enabled_setting"], "the plugin is not enabled for the next start"
    assert seen["provider"], "the Fiefs provider is not registered"
    assert "fiefs:strongholds" in seen["algorithms"] and MODEL_ID in seen["algorithms"]


def test_install_from_the_custom_repository_and_open_the_demo_project(release, xvfb, tmp_path, artifacts_dir):
    archive, xml = release
    out, _stdout = demo_output("MP")
    root = fresh_profile(tmp_path / "qgis")
    screenshot = artifacts_dir / "desktop_demo_project.png"
    canvas = artifacts_dir / "desktop_demo_canvas.png"
    for old in (screenshot, canvas):
        old.unlink(missing_ok=True)
    seen = _desktop(root, tmp_path / "repository.json", xvfb.display, install_mode="repository",
                    install_source=xml.resolve().as_uri(), project=out / "fiefs_demo.qgz",
                    screenshot=screenshot, canvas=canvas)
    assert "error" not in seen, seen.get("error")
    assert seen["repository_state"] == 2, seen.get("repository_error")  # Repositories.STATE_LOADED
    available = seen["available"]
    assert available and available["version_available"] == packager.version()
    assert available["zip_repository"] == "Fiefs team"
    _assert_installed(seen, root)

    # the demo project opens with its layers valid and the stronghold map shown
    assert seen["project_read"] and seen["project_layers_valid"]
    assert len(seen["project_layers"]) == 5
    assert seen["visible_layers"] == ["Strongholds 2016 / 2021 / 2026"]
    assert seen["visible_renderer"] == "categorizedSymbol"
    assert seen["canvas_crs"] == "EPSG:32629" and seen["canvas_shows_layer"]
    assert seen["screenshot_saved"] and screenshot.is_file()
    assert seen["canvas_saved"] and canvas.is_file()

    # pixels: the canvas shows the polygons in the style's class colours
    rgb = image_rgb(canvas)
    colours = style_colours(out / "maps" / "strongholds_MP.qml")
    counts = colour_counts(rgb, colours)
    drawn = {key: n for key, n in counts.items() if n > 30}
    assert len(drawn) >= 4, counts
    assert {"bastion", "weak", "other"} <= set(drawn), counts
    assert sum(counts.values()) / (rgb.shape[0] * rgb.shape[1]) > 0.08, counts


def test_install_from_zip(release, xvfb, tmp_path):
    archive, _xml = release
    root = fresh_profile(tmp_path / "qgis")
    seen = _desktop(root, tmp_path / "zip.json", xvfb.display, install_mode="zip", install_source=archive)
    _assert_installed(seen, root)
