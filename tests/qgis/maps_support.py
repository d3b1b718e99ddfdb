"""Helpers of the map style and layout tests: test layers, rendering to an image, reading
pixel colours at features, and looking into PDFs with poppler's command-line tools."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from tests.conftest import DATA

MAPS = DATA / "maps"
MA_PROVINCES = MAPS / "ma_provinces_legislative2021.geojson"
MA_REGIONS = MAPS / "ma_regions.geojson"
FR_GARD = MAPS / "fr_gard_europeennes2024.geojson"


def load(path: Path, name: str | None = None) -> QgsVectorLayer:
    """The file as an in-memory layer: no OGR dataset to close late (QGIS 3.22 can crash
    when a file layer outside any project is deleted during garbage collection)."""
    source = QgsVectorLayer(str(path), name or path.stem, "ogr")
    assert source.isValid(), path
    layer = source.materialize(QgsFeatureRequest())
    layer.setName(name or path.stem)
    del source
    return layer


def memory_copy(layer: QgsVectorLayer, name: str = "copy") -> QgsVectorLayer:
    """An editable in-memory copy (same fields, geometry and feature order)."""
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(name)
    return copy


def render(layer: QgsVectorLayer, width: int = 900, height: int = 900, crs=None):
    """Render ``layer`` alone on white; returns (QImage, QgsMapSettings)."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs or layer.crs())
    extent = layer.extent()
    if crs is not None and crs != layer.crs():
        extent = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(extent)
    extent.scale(1.02)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputDpi(96)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings


def pixel_at_feature(image, settings, feature, radius: int = 2, layer_crs=None):
    """Colour (#rrggbb) at the feature's point on surface, or None when the pixels around it
    are not all one colour (a border or a tiny feature would make the test guess)."""
    point = feature.geometry().pointOnSurface().asPoint()
    if layer_crs is not None and layer_crs != settings.destinationCrs():
        point = QgsCoordinateTransform(layer_crs, settings.destinationCrs(), QgsProject.instance()).transform(point)
    pixel = settings.mapToPixel().transform(point)
    x, y = int(round(pixel.x())), int(round(pixel.y()))
    if not (radius <= x < image.width() - radius and radius <= y < image.height() - radius):
        return None
    colours = {image.pixelColor(x + dx, y + dy).name() for dx in range(-radius, radius + 1)
               for dy in range(-radius, radius + 1)}
    return colours.pop() if len(colours) == 1 else None


def colour_distance(a: str, b: str) -> int:
    ca, cb = QColor(a), QColor(b)
    return max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue()))


def canonical_xml(source) -> str:
    """Canonical XML (attributes sorted), also inside attribute values holding XML, as QGIS
    stores the symbols of text callouts: Qt writes attributes in a per-process order."""
    import contextlib
    from xml.etree import ElementTree

    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text).strip()
    root = ElementTree.fromstring(text)
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.lstrip().startswith("<"):
                with contextlib.suppress(ElementTree.ParseError):
                    element.set(key, canonical_xml(value))
    return ElementTree.canonicalize(ElementTree.tostring(root, encoding="unicode"), strip_text=True)


# --- PDFs ----------------------------------------------------------------------------------

def poppler(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is missing (poppler-utils, installed by make deps)"
    return path


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run([poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = [poppler("pdftotext"), "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return out


def plain(text: str) -> str:
    """Text as extracted from a PDF made comparable: Arabic presentation forms back to
    letters (NFKC), bidi marks dropped, runs of spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return re.sub(r"\s+", " ", text)


def pdf_page_png(pdf: Path, page: int, target: Path, dpi: int = 50) -> Path:
    stem = target.with_suffix("")
    subprocess.run([poppler("pdftoppm"), "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


def image_statistics(image) -> dict:
    """Share of non-white pixels, distinct colours and grey-level spread of a QImage
    (sampled on a grid)."""
    step = max(1, min(image.width(), image.height()) // 200)
    greys, colours, non_white, n = [], set(), 0, 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            n += 1
            colours.add(colour.name())
            grey = (colour.red() + colour.green() + colour.blue()) / 3
            greys.append(grey)
            if grey < 245:
                non_white += 1
    mean = sum(greys) / len(greys)
    spread = (sum((g - mean) ** 2 for g in greys) / len(greys)) ** 0.5
    return {"non_white": non_white / n, "colours": len(colours), "std": spread}
