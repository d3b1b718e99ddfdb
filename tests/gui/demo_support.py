"""Helpers of the demo, model and install tests: run scripts/demo.py once per session,
read the class colours of a saved style, count a map image's pixels of those colours.

No QGIS import: images are read with Qt's QImage (PyQt5, which QGIS needs anyway) and numpy.
"""

from __future__ import annotations

import atexit
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from tests.conftest import REPO

DEMO = REPO / "scripts" / "demo.py"


def run_demo(out: Path, party: str = "MP", timeout: int = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PARTY", None)
    return subprocess.run([sys.executable, str(DEMO), "--party", party, "--out", str(out)],
                          capture_output=True, text=True, timeout=timeout, env=env)


@functools.cache
def demo_output(party: str = "MP") -> tuple[Path, str]:
    """The out/ folder of one demo run for ``party`` in this test session, and its stdout
    (a failed run fails every test that asks for it, with the run's output)."""
    folder = Path(tempfile.mkdtemp(prefix=f"fiefs-demo-{party}-"))
    atexit.register(shutil.rmtree, folder, True)
    out = folder / "out"
    proc = run_demo(out, party)
    if proc.returncode != 0:
        raise AssertionError(f"scripts/demo.py --party {party} failed ({proc.returncode}):\n"
                             f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}")
    return out, proc.stdout


def style_colours(qml: Path) -> dict[str, tuple[int, int, int]]:
    """Category value (or range label) -> fill colour of a categorized/graduated .qml style."""
    root = ElementTree.parse(qml).getroot()
    colours = {}
    for symbol in root.iter("symbol"):
        for option in symbol.iter("Option"):
            if option.get("name") == "color" and symbol.get("name") not in colours:
                r, g, b = (int(v) for v in option.get("value").split(",")[:3])
                colours[symbol.get("name")] = (r, g, b)
                break
    out = {}
    for category in root.iter("category"):
        out[category.get("value")] = colours[category.get("symbol")]
    for item in root.iter("range"):
        out[item.get("label")] = colours[item.get("symbol")]
    return out


def image_rgb(path_or_image):
    """An (height, width, 3) uint8 array of an image file or a QImage."""
    import numpy as np
    from PyQt5.QtGui import QImage

    image = QImage(str(path_or_image)) if not isinstance(path_or_image, QImage) else path_or_image
    assert not image.isNull(), f"cannot read {path_or_image}"
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    height, width = image.height(), image.width()
    bits = image.constBits()
    bits.setsize(image.bytesPerLine() * height)
    array = np.frombuffer(bits, dtype=np.uint8).reshape(height, image.bytesPerLine() // 4, 4)[:, :width]
    return array[:, :, [2, 1, 0]].copy()  # BGRA in memory on little-endian machines


def colour_counts(rgb, colours: dict[str, tuple[int, int, int]], tolerance: int = 6) -> dict[str, int]:
    """Pixels within ``tolerance`` (per channel) of each colour."""
    import numpy as np

    counts = {}
    for key, colour in colours.items():
        close = np.all(np.abs(rgb.astype(np.int16) - np.array(colour, dtype=np.int16)) <= tolerance, axis=2)
        counts[key] = int(close.sum())
    return counts


def pdf_text(pdf: Path) -> str:
    import unicodedata

    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return unicodedata.normalize("NFKC", out.decode("utf-8"))


def pdf_pages(pdf: Path) -> tuple[int, str]:
    """Number of pages and the page size line of pdfinfo."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    return pages, size


def pdf_page_rgb(pdf: Path, page: int, dpi: int = 40):
    stem = pdf.with_name(f"{pdf.stem}_page{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png",
                    str(pdf), str(stem)], check=True)
    return image_rgb(stem.with_suffix(".png"))
