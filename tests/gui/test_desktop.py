"""The plugin in the real QGIS desktop (qgis.bin under Xvfb), English, French, Arabic."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from tests.gui.conftest import make_profile, run_desktop

SCRIPT = Path(__file__).parent / "scripts" / "desktop_dock.py"

EXPECTED_STEPS = {
    "en": ["1. Data", "2. Match", "3. Analyse", "4. Map and export"],
    "fr": ["1. Données", "2. Appariement", "3. Analyse", "4. Carte et export"],
    "ar": ["1. البيانات", "2. المطابقة", "3. التحليل", "4. الخريطة والتصدير"],
}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def png_distinct_colours(path: Path, sample: int = 4000) -> int:
    """Number of distinct colours in a sample of pixels (a blank grab has one or two)."""
    data = path.read_bytes()
    width, height = png_size(path)
    bit_depth, colour_type = data[24], data[25]
    assert bit_depth == 8 and colour_type in (2, 6)
    channels = 3 if colour_type == 2 else 4
    idat = b""
    pos = 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    colours = set()
    step = max(1, height // 40)
    for y in range(0, height, step):
        line = raw[y * stride + 1:(y + 1) * stride]  # filter byte skipped; enough for counting
        for x in range(0, width, max(1, width // 100)):
            colours.add(line[x * channels:x * channels + 3])
        if len(colours) > sample:
            break
    return len(colours)


@pytest.mark.parametrize("locale", ["en", "fr", "ar"])
def test_desktop_loads_plugin_and_opens_dock(locale, staged_plugin, xvfb, tmp_path, artifacts_dir):
    root = make_profile(tmp_path / "qgis", staged_plugin, locale=None if locale == "en" else locale)
    result = tmp_path / f"desktop_{locale}.json"
    screenshot = artifacts_dir / f"desktop_dock_{locale}.png"
    if screenshot.exists():
        screenshot.unlink()

    import os

    os.environ["FIEFS_SCREENSHOT"] = str(screenshot)
    try:
        seen = run_desktop(root, SCRIPT, xvfb.display, result)
    finally:
        os.environ.pop("FIEFS_SCREENSHOT", None)

    assert "error" not in seen, seen.get("error")
    assert seen["loaded"], "QGIS did not load fiefs_plugin"
    assert seen["provider"], "provider fiefs not registered in the desktop"
    assert seen["action_found"] and seen["dock_found"]
    assert seen["visible_after_first_click"] is not seen["visible_at_start"], "the action did not toggle the dock"
    assert seen["dock_visible"], "the dock did not become visible"
    assert seen["action_checked"], "the toolbar action does not show the dock as open"
    assert seen["step_titles"] == EXPECTED_STEPS[locale]
    assert seen["layout_direction_rtl"] is (locale == "ar")
    # the screenshot is a real grab of the main window, not an empty image
    assert seen["screenshot_saved"] and screenshot.exists()
    width, height = png_size(screenshot)
    assert width >= 800 and height >= 500
    assert png_distinct_colours(screenshot) > 20
    # unload removes provider, dock and action
    assert not seen["after_unload_provider"]
    assert not seen["after_unload_dock"]
    assert not seen["after_unload_action"]
