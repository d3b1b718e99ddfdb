#!/usr/bin/env python3
"""Refresh the screenshots of README.md and docs/guide_fr.md (docs/img/*.png).

    make demo && .venv/bin/python -m pytest -p no:qgis tests/gui/test_install.py
    /usr/bin/python3 scripts/docs_images.py

The images are outputs of `make demo` (out/maps/) and screenshots the GUI tests take
(tests/artifacts/): this script only copies them, scaled down until each file is at most
300 KB (tests/unit/test_release_docs.py checks the size and that every image is used).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS_IMG = ROOT / "docs" / "img"
MAX_BYTES = 300_000

# docs/img name -> where it comes from
SOURCES = {
    "desktop_demo_project.png": ROOT / "tests" / "artifacts" / "desktop_demo_project.png",  # tests/gui/test_install.py
    "strongholds_MP.png": ROOT / "out" / "maps" / "strongholds_MP.png",  # make demo
    "winner_2026.png": ROOT / "out" / "maps" / "winner_2026.png",  # make demo
    "swing_MP_2021_2026.png": ROOT / "out" / "maps" / "swing_MP_2021_2026.png",  # make demo
}


def copy_scaled(source: Path, target: Path) -> int:
    """Write ``source`` to ``target`` as PNG, scaled down by 10 % steps until it fits."""
    from PyQt5.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PyQt5.QtGui import QImage

    image = QImage(str(source))
    if image.isNull():
        raise SystemExit(f"docs_images: cannot read {source}")
    width = image.width()
    while True:
        scaled = image if width == image.width() else image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG", 9)
        if data.size() <= MAX_BYTES or width < 400:
            target.write_bytes(bytes(data))
            return data.size()
        width = int(width * 0.9)


def main() -> int:
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    missing = [str(p) for p in SOURCES.values() if not p.is_file()]
    if missing:
        print("docs_images: run `make demo` and the GUI tests first; missing:\n  " + "\n  ".join(missing),
              file=sys.stderr)
        return 1
    for name, source in SOURCES.items():
        size = copy_scaled(source, DOCS_IMG / name)
        print(f"wrote docs/img/{name} ({size / 1000:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
