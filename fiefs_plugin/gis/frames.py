"""Layers and feature sources <-> pandas DataFrames.

The core works on plain frames; this module is the one way attributes cross between
QGIS and the core. NULL becomes NaN (numbers) or None (text); NaN and None become NULL
on the way back. Frame rows are indexed by feature id so geometry can be re-attached.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from operator import itemgetter

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from fiefs_plugin.gis.fieldtypes import NUMERIC_TYPES, FieldType
from fiefs_plugin.gis.values import column_values, qgis_value  # noqa: F401 (part of this module's API)

translate = QCoreApplication.translate


def _python_value(value):
    """A QGIS attribute value as plain Python (NULL -> None)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def source_frame(
    source,
    field_names: Sequence[str] | None = None,
    feedback=None,
    request: QgsFeatureRequest | None = None,
    table=None,
) -> pd.DataFrame:
    """Attributes of a layer or ``QgsProcessingFeatureSource`` as a DataFrame.

    Numeric fields become float64 (NULL -> NaN) unless they hold only integers with no
    NULL, which stay int64; other fields become object columns (NULL -> None). The index
    is the feature id. Geometry is not fetched.

    ``table``: the GeoPackage table the source reads whole (``geopackage.table_of_parameter``
    or ``table_of_layer``); numeric and text fields are then read by SQL, a hundred times
    faster than through PyQGIS, with the same values.
    """
    fields = source.fields()
    names = list(field_names) if field_names is not None else fields.names()
    missing = [n for n in names if fields.lookupField(n) < 0]
    if missing:
        raise QgsProcessingException(
            translate("frames", "Field(s) not found in the layer: {names}").format(names=", ".join(missing))
        )
    indices = [fields.lookupField(n) for n in names]
    if table is not None and request is None:
        frame = _table_frame(table, fields, names, indices)
        if frame is not None:
            return frame
    req = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    req.setFlags(req.flags() | QgsFeatureRequest.Flag.NoGeometry)
    req.setSubsetOfAttributes(indices)

    ids: list[int] = []
    rows: list[tuple] = []
    pick = itemgetter(*indices) if len(indices) > 1 else (lambda attrs: (attrs[indices[0]],))
    total = source.featureCount() or 0
    for n, feature in enumerate(source.getFeatures(req)):
        if feedback is not None and n % 1000 == 0:
            if feedback.isCanceled():
                break
            if total:
                feedback.setProgress(100.0 * n / total)
        ids.append(feature.id())
        rows.append(pick(feature.attributes()) if indices else ())
    # one pass per column; NULL (a QVariant) -> None, other values are already Python
    if rows and indices:
        columns = [[_python_value(v) if type(v) is QVariant else v for v in column] for column in zip(*rows)]
    else:
        columns = [[] for _ in names]

    return _frame(fields, names, indices, ids, columns)


def _frame(fields: QgsFields, names: list[str], indices: list[int], ids: list, columns: list) -> pd.DataFrame:
    data = {}
    for name, idx, values in zip(names, indices, columns):
        if fields.at(idx).type() in NUMERIC_TYPES:
            series = pd.Series(values, dtype="float64", copy=isinstance(values, np.ndarray))
            if len(series) and not series.isna().any() and fields.at(idx).type() != FieldType.Double:
                series = series.astype("int64")
            data[name] = series
        else:
            data[name] = pd.Series(values, dtype="object")
    frame = pd.DataFrame(data, columns=names)
    frame.index = pd.Index(ids, dtype="int64", name="fid")
    return frame


def _table_frame(table, fields: QgsFields, names: list[str], indices: list[int]) -> pd.DataFrame | None:
    """``source_frame`` read by SQL from a GeoPackage table; None when a field is neither a
    number nor text, or its values do not fit its type (QGIS then reads it)."""
    if any(n not in table.columns for n in names) or any(
            fields.at(i).type() not in NUMERIC_TYPES and fields.at(i).type() != FieldType.String for i in indices):
        return None
    numeric = [n for n, i in zip(names, indices) if fields.at(i).type() in NUMERIC_TYPES]
    try:
        numbers = table.read_numbers(numeric) if numeric else None  # one SQLite image, no object per value
        texts = [n for n in names if n not in numeric] if numbers is not None else names
        if texts or not numeric:
            ids, columns = table.read_columns(texts)
            for name, values in zip(texts, columns):
                if fields.at(fields.lookupField(name)).type() == FieldType.String and any(
                        v is not None and type(v) is not str for v in values):
                    return None
        if numbers is None:
            return _frame(fields, names, indices, ids, columns)
        if texts and not np.array_equal(np.asarray(ids, dtype="int64"), numbers[0]):
            return None
        given = dict(zip(texts, columns)) if texts else {}
        matrix = dict(zip(numeric, numbers[1].T))
        return _frame(fields, names, indices, numbers[0].tolist(),
                      [matrix[n] if n in matrix else given[n] for n in names])
    except (sqlite3.Error, TypeError, ValueError):
        return None


def field_for_series(name: str, series: pd.Series) -> QgsField:
    """A QgsField whose type fits a frame column."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return QgsField(name, FieldType.Int, "integer")
    if pd.api.types.is_integer_dtype(dtype):
        return QgsField(name, FieldType.LongLong, "int8")
    if pd.api.types.is_float_dtype(dtype):
        return QgsField(name, FieldType.Double, "double")
    return QgsField(name, FieldType.String, "text")


def fields_for_frame(frame: pd.DataFrame, base: QgsFields | None = None) -> QgsFields:
    """``base`` fields (if any) followed by a field per frame column not already in it."""
    out = QgsFields(base) if base is not None else QgsFields()
    for name in frame.columns:
        if out.lookupField(str(name)) < 0:
            out.append(field_for_series(str(name), frame[name]))
    return out


def frame_rows(frame: pd.DataFrame, names: Iterable[str]) -> list[list]:
    """Rows of ``frame`` restricted to ``names`` (missing columns give NULL), as QGIS values."""
    names = list(names)
    count = len(frame)
    columns = [column_values(frame[n]) if n in frame.columns else [None] * count for n in names]
    if not names:
        return [[] for _ in range(count)]
    return [list(row) for row in zip(*columns)]
