"""Read a results table (CSV/TXT, XLSX/ODS, any QGIS table or layer) into a frame.

Delimited text is read by ``core.delimited`` (encoding and delimiter detection, cells as
text, line numbers for messages), also when the table is a QGIS layer whose source is a
CSV/TXT file: QGIS's own reading guesses types and encodings less carefully than the
results files need. Spreadsheets go through OGR (no extra Python dependency): each row's
feature id is its row number in the sheet. Other layers are read attribute by attribute.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsFeatureSource,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core.delimited import DelimitedError, read_delimited
from fiefs_plugin.gis.frames import source_frame

translate = QCoreApplication.translate

DELIMITED_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".gz"}
SPREADSHEET_SUFFIXES = {".xlsx", ".xls", ".ods"}


@dataclass
class RawTable:
    """A table's cells (``frame``), the row number of each row in its source (``lines``:
    file line, sheet row, or feature id) and a label for messages (``source``)."""

    frame: pd.DataFrame
    lines: list[int]
    source: str
    encoding: str = ""
    delimiter: str = ""
    numbers: dict = field(default_factory=dict)  # as core.delimited.DelimitedTable.numbers


def file_of(value) -> Path | None:
    """The file behind a parameter value or layer source (``path|layername=...`` too),
    when it is a delimited text file on disk."""
    if value is None:
        return None
    text = str(value)
    if text.startswith("file://"):
        text = text[len("file://"):]
    path = Path(text.split("|")[0].split("?")[0])
    try:
        if path.suffix.lower() in DELIMITED_SUFFIXES and path.is_file():
            return path
    except OSError:
        return None
    return None


def is_table_file(value) -> bool:
    """True for a parameter value naming a CSV/TXT/TSV(.gz) or XLSX/XLS/ODS file on disk."""
    if not isinstance(value, str) or not value:
        return False
    path = Path(value.split("|")[0])
    try:
        return path.suffix.lower() in DELIMITED_SUFFIXES | SPREADSHEET_SUFFIXES and path.is_file()
    except OSError:
        return False


def read_file(path: str | os.PathLike, encoding: str | None = None, delimiter: str | None = None) -> RawTable:
    """A delimited text file or a spreadsheet (``path`` or ``path|layername=Sheet``)."""
    text = str(path)
    plain = Path(text.split("|")[0])
    if not plain.is_file():
        raise QgsProcessingException(translate("tables", "File not found: {path}").format(path=plain))
    suffix = plain.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        sheet = text.split("|layername=")[1].split("|")[0] if "|layername=" in text else None
        return read_spreadsheet(plain, sheet)
    try:
        table = read_delimited(plain, encoding=encoding or None, delimiter=delimiter or None)
    except DelimitedError as exc:
        where = translate("tables", "{file}, line {line}").format(file=plain.name, line=exc.line) if exc.line else plain.name
        raise QgsProcessingException(f"{where}: {exc}") from exc
    return RawTable(table.frame, table.lines, plain.name, table.encoding, table.delimiter, table.numbers)


def read_spreadsheet(path: Path, sheet: str | None = None) -> RawTable:
    """A sheet of an XLSX/XLS/ODS file through OGR, its first row always read as the
    header (QGIS's own opening guesses, and takes an all-text header row for data).
    Rows are numbered as in the spreadsheet (header = row 1)."""
    from osgeo import gdal

    option = {".xlsx": "OGR_XLSX_HEADERS", ".ods": "OGR_ODS_HEADERS", ".xls": "OGR_XLS_HEADERS"}[path.suffix.lower()]
    previous = gdal.GetConfigOption(option)
    gdal.SetConfigOption(option, "FORCE")  # read lazily by the drivers: kept until the rows are read
    try:
        return _read_sheet(path, sheet)
    finally:
        gdal.SetConfigOption(option, previous)


def _read_sheet(path: Path, sheet: str | None) -> RawTable:
    from osgeo import gdal, ogr

    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        raise QgsProcessingException(
            translate("tables", "{path}: the spreadsheet could not be opened").format(path=path.name))
    layer = dataset.GetLayerByName(sheet) if sheet else dataset.GetLayer(0)
    if layer is None:
        raise QgsProcessingException(
            translate("tables", "{path}: no sheet named '{sheet}'").format(path=path.name, sheet=sheet))
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    numeric = {ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal}
    kinds = [definition.GetFieldDefn(i).GetType() for i in range(definition.GetFieldCount())]
    columns: list[list] = [[] for _ in names]
    lines: list[int] = []
    layer.ResetReading()
    for feature in layer:
        lines.append(int(feature.GetFID()))
        for i, column in enumerate(columns):
            if not feature.IsFieldSetAndNotNull(i):
                column.append(None)
            elif kinds[i] in numeric:
                column.append(feature.GetFieldAsDouble(i))
            else:
                column.append(feature.GetFieldAsString(i))
    frame = pd.DataFrame({n: pd.Series(c, dtype="float64" if k in numeric else object)
                          for n, c, k in zip(names, columns, kinds)}, columns=names)
    label = f"{path.name} [{layer.GetName()}]" if dataset.GetLayerCount() > 1 else path.name
    return RawTable(frame, lines, label)


def read_source(source: QgsFeatureSource, label: str = "", feedback=None) -> RawTable:
    """Attributes of a layer or feature source; rows numbered by feature id."""
    frame = source_frame(source, feedback=feedback)
    lines = [int(i) for i in frame.index]
    frame = frame.reset_index(drop=True)
    return RawTable(frame, lines, label or getattr(source, "sourceName", lambda: "")())


def read_parameter(algorithm, parameters, name: str, context, feedback=None,
                   encoding: str | None = None, delimiter: str | None = None) -> RawTable:
    """The table given to a processing parameter (a feature source parameter that also
    accepts a file path). CSV/TXT files, and layers whose source is one, are read by
    ``core.delimited``; spreadsheets and other layers through QGIS."""
    value = parameters.get(name)
    if is_table_file(value):
        return read_file(value, encoding, delimiter)
    layer = None
    if isinstance(value, str) and value:
        layer = QgsProcessingUtils.mapLayerFromString(value, context)
    elif isinstance(value, QgsVectorLayer):
        layer = value
    if layer is not None:
        path = file_of(layer.source())
        if path is not None:
            return read_file(path, encoding, delimiter)
        if layer.providerType() == "ogr":
            plain = Path(layer.source().split("|")[0])
            if plain.suffix.lower() in SPREADSHEET_SUFFIXES and plain.is_file():
                sheet = layer.source().split("|layername=")[1].split("|")[0] if "|layername=" in layer.source() else None
                return read_spreadsheet(plain, sheet)
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    label = layer.name() if layer is not None else str(value)
    return read_source(source, label, feedback)
