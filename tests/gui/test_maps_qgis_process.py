"""fiefs:stylemap and fiefs:exportlayout in batch, through the real qgis_process.bin with a
layer file, write the same files as the Python API does: same style (.qml and GeoPackage
default style), same features, a 12-page atlas PDF with the same text and the same page image."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import DATA
from tests.gui.conftest import make_profile, run_qgis_process

MAPS = DATA / "maps"
PROVINCES = MAPS / "ma_provinces_legislative2021.geojson"
REGIONS = MAPS / "ma_regions.geojson"
SCRIPT = Path(__file__).parent / "scripts" / "maps_inprocess.py"
TITLE = "Législatives 2021 : fiefs du RNI"


def steps(folder: Path) -> list:
    styled = folder / "strongholds.gpkg"
    return [
        ["fiefs:stylemap", {"INPUT": str(PROVINCES), "STYLE": 2, "PARTY": "RNI", "LABELS": True,
                            "LABEL_FIELD": "name_ar", "TOP_N": 6, "OUTPUT": str(styled)}],
        ["fiefs:exportlayout", {"INPUT": str(styled), "TITLE": TITLE, "ATLAS_LAYER": str(REGIONS),
                                "SOURCE_NOTE": "elections.ma", "DATE": "2021-09-09", "DPI": 60,
                                "OUTPUT": str(folder / "atlas.pdf")}],
    ]


def _qgis_process_args(algorithm: str, parameters: dict) -> list[str]:
    args = ["run", algorithm, "--"]
    for key, value in parameters.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        args.append(f"{key}={value}")
    return args


def _ppm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    match = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert match, path
    return int(match.group(1)), int(match.group(2)), data[match.end():]


def _page_image(pdf: Path, page: int) -> tuple[int, int, bytes]:
    stem = pdf.with_name(f"{pdf.stem}_p{page}")
    subprocess.run(["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
                   check=True)
    return _ppm(stem.with_suffix(".ppm"))


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return unicodedata.normalize("NFKC", out.decode("utf-8"))


def _pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def _xml(source) -> str:
    """Canonical XML (attributes sorted), also inside attribute values holding XML, as QGIS
    stores symbols of text callouts."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text).strip()
    root = ElementTree.fromstring(text)
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.lstrip().startswith("<"):
                with contextlib.suppress(ElementTree.ParseError):  # not XML after all
                    element.set(key, _xml(value))
    return ElementTree.canonicalize(ElementTree.tostring(root, encoding="unicode"), strip_text=True)


def _gpkg(path: Path) -> tuple[list, list]:
    with sqlite3.connect(path) as db:
        styles = db.execute("SELECT f_table_name, styleName, useAsDefault, styleQML FROM layer_styles").fetchall()
        rows = db.execute("SELECT code, winner, fief_class, s_RNI FROM strongholds ORDER BY code").fetchall()
    return styles, rows


@pytest.fixture(scope="module")
def runs(staged_plugin, tmp_path_factory):
    """The same two steps through qgis_process.bin and through the Python API."""
    base = tmp_path_factory.mktemp("maps_batch")
    root = make_profile(base / "qgis", staged_plugin)
    batch, api = base / "batch", base / "api"
    batch.mkdir()
    api.mkdir()
    for algorithm, parameters in steps(batch):
        proc = run_qgis_process(_qgis_process_args(algorithm, parameters), root, timeout=600)
        assert proc.returncode == 0, f"{algorithm}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    params = base / "steps.json"
    params.write_text(json.dumps(steps(api)), encoding="utf-8")
    proc = subprocess.run(["/usr/bin/python3", str(SCRIPT), str(staged_plugin), str(params)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return batch, api


def test_batch_writes_the_style_with_the_layer(runs):
    batch, api = runs
    for folder in runs:
        assert (folder / "strongholds.gpkg").is_file() and (folder / "strongholds.qml").is_file()
    # same XML (Qt writes attributes in a per-process random order: compare canonical forms)
    assert _xml(batch / "strongholds.qml") == _xml(api / "strongholds.qml")
    batch_styles, batch_rows = _gpkg(batch / "strongholds.gpkg")
    api_styles, api_rows = _gpkg(api / "strongholds.gpkg")
    assert len(batch_rows) == 75 and batch_rows == api_rows
    assert [s[:3] for s in batch_styles] == [("strongholds", "strongholds", 1)]
    assert [s[:3] for s in api_styles] == [("strongholds", "strongholds", 1)]
    assert _xml(batch_styles[0][3]) == _xml(api_styles[0][3])
    assert 'attr="fief_class"' in batch_styles[0][3] and "fiefs/legend_title" in batch_styles[0][3]


def test_batch_atlas_equals_the_api_atlas(runs, artifacts_dir):
    batch, api = runs
    assert _pages(batch / "atlas.pdf") == _pages(api / "atlas.pdf") == 12
    text = _text(batch / "atlas.pdf")
    assert text == _text(api / "atlas.pdf")
    assert text.count(TITLE) == 12 and "Stronghold (" in text and "الشرق" in text
    width, height, pixels = _page_image(batch / "atlas.pdf", 1)
    assert (width, height) == _page_image(api / "atlas.pdf", 1)[:2]
    same = sum(a == b for a, b in zip(pixels, _page_image(api / "atlas.pdf", 1)[2]))
    assert same / len(pixels) > 0.999
    non_white = sum(1 for i in range(0, len(pixels), 3 * 7) if pixels[i:i + 3] != b"\xff\xff\xff")
    assert non_white / (len(pixels) / (3 * 7)) > 0.15
    (artifacts_dir / "qgis_process_atlas.pdf").write_bytes((batch / "atlas.pdf").read_bytes())


def test_batch_reports_a_bad_input_clearly(staged_plugin, tmp_path):
    root = make_profile(tmp_path / "qgis", staged_plugin)
    proc = run_qgis_process(_qgis_process_args("fiefs:stylemap", {
        "INPUT": str(REGIONS), "STYLE": 4, "OUTPUT": str(tmp_path / "x.gpkg")}), root)
    assert proc.returncode != 0
    assert "no field 'lisa_cluster'; run fiefs:hotspots first" in proc.stdout + proc.stderr
    assert not (tmp_path / "x.gpkg").exists()


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("needs /usr/bin/qgis_process.bin")
