"""Benchmarks of the map layouts (targets of issue 6):

- A4 landscape PDF at 300 dpi of France's 34,924 communes styled by the RN list share
  (Jenks, 5 classes; map in Lambert-93 on metropolitan France): target <= 15 s.
- Atlas of the 12 Moroccan regions (provinces styled by stronghold class, committed
  extracts of tests/data/maps) to one PDF at 150 dpi: target <= 30 s.

Reference in the same script: the bare QGIS export of the same layer with the same
renderer, extent and page size, through a layout holding only a map item (no legend
counts, notes, inset or clipping); the ratio says what Fiefs' layout adds. Each side runs
in its own process; medians of REPEAT runs (FIEFS_BENCH_REPEAT, default 3). The France
layer comes from ../shared/data/real (built into the bench cache on first use, as in
test_bench_hotspots.py); the atlas runs on the committed extracts.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
import warnings
from pathlib import Path

import pytest

from tests.bench.harness import REPO, measure, report, run_child, start_qgis

REPEAT = int(os.environ.get("FIEFS_BENCH_REPEAT", "3"))
MAPS = REPO / "tests" / "data" / "maps"
METROPOLE = (-5.3, 41.3, 9.7, 51.2)  # lon/lat box of metropolitan France and Corsica


@pytest.fixture(scope="module")
def france_gpkg(real_data, bench_cache) -> Path:
    path = bench_cache / "france_rn2024_communes.gpkg"
    if not path.exists():
        spec = importlib.util.spec_from_file_location("make_extracts", REPO / "tests/data/stats/make_extracts.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        warnings.simplefilter("ignore")
        tmp = path.with_suffix(".tmp.gpkg")
        module.write(module.france_rn(real=real_data), tmp)
        tmp.rename(path)
    return path


def _bare_pdf(layers, crs, extent, dpi, path, coverage=None):
    """The reference: a layout with one map item, exported as QGIS does by default."""
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
    )

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # A4 landscape
    project.layoutManager().addLayout(layout)
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(10, 30))
    item.attemptResize(QgsLayoutSize(197, 155))
    item.setCrs(crs)
    item.setLayers(layers)
    item.setExtent(extent)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    if coverage is None:
        result = QgsLayoutExporter(layout).exportToPdf(str(path), settings)
    else:
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        item.setAtlasDriven(True)
        item.setAtlasMargin(0.08)
        result, _ = QgsLayoutExporter.exportToPdf(atlas, str(path), settings)
    assert result == QgsLayoutExporter.ExportResult.Success
    return project, layout


# --- children -----------------------------------------------------------------------------
def france_side(path: str, repeat: int) -> dict:
    app = start_qgis()  # noqa: F841 (kept alive while timing)
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
    )

    from fiefs_plugin.layout.builder import LayoutOptions, build_layout
    from fiefs_plugin.layout.export import export_layout
    from fiefs_plugin.styling.renderers import StyleOptions, apply_style, build_style

    layer = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    n = layer.featureCount()
    style_t, style = measure(lambda: build_style(layer, StyleOptions("share", party="L01_LRN", method="jenks")), repeat)
    apply_style(layer, style)
    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    box = QgsRectangle(*METROPOLE)
    out = Path(tempfile.mkdtemp(prefix="fiefs-bench-maps-"))

    def fiefs_pdf():
        built = build_layout([layer], LayoutOptions(
            title="Élections européennes 2024 : vote RN par commune", source_note="Ministère de l'Intérieur",
            extent=box, extent_crs=wgs84, crs=lambert, inset=False))
        export_layout(built, out / "france_fiefs.pdf", "pdf", dpi=300)
        return built.legend_entries

    fiefs_t, entries = measure(fiefs_pdf, repeat)
    extent = QgsCoordinateTransform(wgs84, lambert, QgsProject.instance()).transformBoundingBox(box)
    bare_t, _ = measure(lambda: _bare_pdf([layer], lambert, extent, 300, out / "france_bare.pdf"), repeat)
    sizes = {name: (out / name).stat().st_size / 1e6 for name in ("france_fiefs.pdf", "france_bare.pdf")}
    for name in sizes:
        (out / name).unlink()
    out.rmdir()
    return {"n": n, "style": style_t.as_dict(), "fiefs": fiefs_t.as_dict(), "bare": bare_t.as_dict(),
            "legend_total": sum(c for _, c in entries), "pdf_mb": sizes}


def atlas_side(repeat: int) -> dict:
    app = start_qgis()  # noqa: F841
    from qgis.core import QgsVectorLayer

    from fiefs_plugin.layout.builder import LayoutOptions, build_layout
    from fiefs_plugin.layout.export import export_layout
    from fiefs_plugin.styling.renderers import StyleOptions, apply_style, build_style

    provinces = QgsVectorLayer(str(MAPS / "ma_provinces_legislative2021.geojson"), "provinces", "ogr")
    regions = QgsVectorLayer(str(MAPS / "ma_regions.geojson"), "regions", "ogr")
    apply_style(provinces, build_style(provinces, StyleOptions("stronghold", party="RNI", labels=True,
                                                               label_field="name_ar")))
    out = Path(tempfile.mkdtemp(prefix="fiefs-bench-atlas-"))

    def fiefs_atlas():
        built = build_layout([provinces], LayoutOptions(title="Législatives 2021 : fiefs du RNI",
                                                        atlas_layer=regions, source_note="elections.ma"))
        export_layout(built, out / "atlas_fiefs.pdf", "pdf", dpi=150)
        return built.atlas.count()

    fiefs_t, pages = measure(fiefs_atlas, repeat)
    from fiefs_plugin.layout.builder import auto_crs

    crs = auto_crs(provinces.extent(), provinces.crs())
    bare_t, _ = measure(lambda: _bare_pdf([provinces], crs, provinces.extent(), 150, out / "atlas_bare.pdf",
                                          coverage=regions), repeat)
    for name in ("atlas_fiefs.pdf", "atlas_bare.pdf"):
        (out / name).unlink()
    out.rmdir()
    return {"pages": pages, "fiefs": fiefs_t.as_dict(), "bare": bare_t.as_dict()}


# --- the benchmarks -----------------------------------------------------------------------
def test_bench_france_share_pdf_300dpi(france_gpkg):
    result = run_child("tests.bench.test_bench_maps:france_side", path=str(france_gpkg), repeat=REPEAT)
    assert result["n"] >= 34000 and result["legend_total"] > 30000
    report(
        f"A4 PDF, 300 dpi, {result['n']:,} French communes styled by share (medians of {REPEAT})",
        [
            ("share style (Jenks, 5 classes)", None, result["style"]["median"]),
            ("layout + PDF (fiefs) vs bare map PDF", result["bare"]["median"], result["fiefs"]["median"]),
        ],
        [f"target <= 15 s for the Fiefs layout + PDF; PDF sizes (MB): {result['pdf_mb']}",
         f"peak memory {result['peak_rss_mb']:.0f} MB; times fiefs {result['fiefs']['times']}, "
         f"bare {result['bare']['times']}"],
    )


def test_bench_morocco_atlas_150dpi():
    result = run_child("tests.bench.test_bench_maps:atlas_side", repeat=REPEAT)
    assert result["pages"] == 12
    report(
        f"Atlas of the 12 Moroccan regions, PDF 150 dpi (medians of {REPEAT})",
        [("atlas (fiefs) vs bare atlas PDF", result["bare"]["median"], result["fiefs"]["median"])],
        [f"target <= 30 s; times fiefs {result['fiefs']['times']}, bare {result['bare']['times']}; "
         f"peak memory {result['peak_rss_mb']:.0f} MB"],
    )
