"""Export a built layout (or its atlas) to PDF, PNG or SVG.

PDF keeps text as text (searchable, copyable, Arabic included) and an atlas becomes one
multi-page PDF; PNG and SVG give one file per atlas page (``<name>_001.png`` ...). On a
failure every file written so far is removed: no half-written output.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsLayoutExporter, QgsRenderContext
from qgis.PyQt.QtCore import QCoreApplication

translate = QCoreApplication.translate

FORMATS = ("pdf", "png", "svg")


class ExportError(RuntimeError):
    pass


def _text_as_text():
    # QGIS >= 3.22 has Qgis.TextRenderFormat; the settings of 3.22 still take the older enum
    try:
        return QgsRenderContext.TextRenderFormat.TextFormatAlwaysText
    except AttributeError:  # QGIS 4
        return Qgis.TextRenderFormat.AlwaysText


def _settings(fmt: str, dpi: float):
    if fmt == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.textRenderFormat = _text_as_text()
        settings.simplifyGeometries = True
        settings.exportMetadata = True
    elif fmt == "png":
        settings = QgsLayoutExporter.ImageExportSettings()
        # QGIS would reopen the PNG with GDAL to add metadata, which GDAL's PNG driver refuses
        settings.exportMetadata = False
    elif fmt == "svg":
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.textRenderFormat = _text_as_text()
        settings.forceVectorOutput = True
        settings.simplifyGeometries = True
        settings.exportMetadata = True
    else:
        raise ExportError(translate("FiefsLayout", "Unknown format '{format}': use pdf, png or svg.").format(format=fmt))
    settings.dpi = float(dpi)
    return settings


def _message(result) -> str:
    return {
        QgsLayoutExporter.ExportResult.Canceled: translate("FiefsLayout", "export canceled"),
        QgsLayoutExporter.ExportResult.MemoryError: translate("FiefsLayout", "not enough memory for this size and DPI"),
        QgsLayoutExporter.ExportResult.FileError: translate("FiefsLayout", "the file could not be written"),
        QgsLayoutExporter.ExportResult.PrintError: translate("FiefsLayout", "the printer could not be used"),
        QgsLayoutExporter.ExportResult.SvgLayerError: translate("FiefsLayout", "an SVG layer could not be written"),
        QgsLayoutExporter.ExportResult.IteratorError: translate("FiefsLayout", "the atlas could not be prepared"),
    }.get(result, str(result))


def export_layout(built, path: str | Path, fmt: str = "pdf", dpi: float = 300, feedback=None) -> list[str]:
    """Write ``built`` (a builder.BuiltLayout) to ``path``; return the files written.

    With an atlas, PDF gives one file of N pages at ``path``; PNG and SVG give N files
    ``<path stem>_001.<ext>`` ... in ``path``'s folder.
    """
    fmt = fmt.lower()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = _settings(fmt, dpi)
    layout = built.layout
    atlas = built.atlas
    before = set(path.parent.iterdir())
    try:
        if atlas is not None:
            stem = path.stem.replace("'", "''")
            atlas.setFilenameExpression(f"'{stem}_' || lpad(to_string(@atlas_featurenumber), 3, '0')")
            if fmt == "pdf":
                result, error = QgsLayoutExporter.exportToPdf(atlas, str(path), settings, feedback)
            elif fmt == "png":
                result, error = QgsLayoutExporter.exportToImage(atlas, str(path), "png", settings, feedback)
            else:
                result, error = QgsLayoutExporter.exportToSvg(atlas, str(path), settings, feedback)
        else:
            exporter = QgsLayoutExporter(layout)
            if fmt == "pdf":
                result = exporter.exportToPdf(str(path), settings)
            elif fmt == "png":
                result = exporter.exportToImage(str(path), settings)
            else:
                result = exporter.exportToSvg(str(path), settings)
            error = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
        if result != QgsLayoutExporter.ExportResult.Success:
            raise ExportError(translate("FiefsLayout", "Could not export {path}: {reason}. {error}").format(
                path=path, reason=_message(result), error=error or ""))
    except BaseException:
        for written in set(path.parent.iterdir()) - before:
            if written.is_file():
                written.unlink()
        raise
    if atlas is not None and fmt != "pdf":
        written = sorted(p for p in set(path.parent.iterdir()) - before
                         if p.name.startswith(f"{path.stem}_") and p.suffix.lower() == f".{fmt}")
        # files that existed before (a re-run over the same folder) are written again too
        pages = atlas.count()
        expected = [path.parent / f"{path.stem}_{n:03d}.{fmt}" for n in range(1, pages + 1)]
        return [str(p) for p in expected if p.exists()] or [str(p) for p in written]
    return [str(path)]
