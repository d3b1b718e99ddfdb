"""Layers and feature sources <-> pandas DataFrames.

The core works on plain frames; this module is the one way attributes cross between
QGIS and the core. NULL becomes NaN (numbers) or None (text); NaN and None become NULL
on the way back. Frame rows are indexed by feature id so geometry can be re-attached.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from operator import itemgetter

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from fiefs_plugin.gis.fieldtypes import NUMERIC_TYPES, FieldType

translate = QCoreApplication.translate

# write_features: up to this many new columns (or as many as the source has), set them one by
# one on a C++ copy of each feature; beyond, rebuild each feature's attribute list.
PER_VALUE_COLUMNS = 64


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
) -> pd.DataFrame:
    """Attributes of a layer or ``QgsProcessingFeatureSource`` as a DataFrame.

    Numeric fields become float64 (NULL -> NaN) unless they hold only integers with no
    NULL, which stay int64; other fields become object columns (NULL -> None). The index
    is the feature id. Geometry is not fetched.
    """
    fields = source.fields()
    names = list(field_names) if field_names is not None else fields.names()
    missing = [n for n in names if fields.lookupField(n) < 0]
    if missing:
        raise QgsProcessingException(
            translate("frames", "Field(s) not found in the layer: {names}").format(names=", ".join(missing))
        )
    indices = [fields.lookupField(n) for n in names]
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

    data = {}
    for name, idx, values in zip(names, indices, columns):
        if fields.at(idx).type() in NUMERIC_TYPES:
            series = pd.Series(values, dtype="float64")
            if len(series) and not series.isna().any() and fields.at(idx).type() != FieldType.Double:
                series = series.astype("int64")
            data[name] = series
        else:
            data[name] = pd.Series(values, dtype="object")
    frame = pd.DataFrame(data, columns=names)
    frame.index = pd.Index(ids, dtype="int64", name="fid")
    return frame


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


def qgis_value(value):
    """A frame cell as a value QGIS stores (NaN/None/NaT -> NULL, numpy -> Python)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool):
        return int(value)
    return value


def frame_rows(frame: pd.DataFrame, names: Iterable[str]) -> list[list]:
    """Rows of ``frame`` restricted to ``names`` (missing columns give NULL), as QGIS values."""
    names = list(names)
    count = len(frame)
    columns = [column_values(frame[n]) if n in frame.columns else [None] * count for n in names]
    if not names:
        return [[] for _ in range(count)]
    return [list(row) for row in zip(*columns)]


def write_table(sink, frame: pd.DataFrame, fields: QgsFields, feedback=None) -> int:
    """Write a frame as geometry-less features into ``sink``; return the count written."""
    names = fields.names()
    written = 0
    for values in frame_rows(frame, names):
        if feedback is not None and feedback.isCanceled():
            break
        feature = QgsFeature(fields)
        feature.setAttributes(values)
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(translate("frames", "Could not write a row to the output table."))
        written += 1
    return written


def column_values(series: pd.Series) -> list:
    """A frame column as a list of QGIS values (NaN/None -> NULL, numpy -> Python), fast:
    one conversion per column rather than one per cell."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return [int(v) for v in series.tolist()]
    if pd.api.types.is_integer_dtype(series.dtype):
        return series.astype("int64").tolist()
    if pd.api.types.is_float_dtype(series.dtype):
        values = series.to_numpy(dtype="float64")
        out = values.tolist()
        for i in np.flatnonzero(np.isnan(values)).tolist():
            out[i] = None
        return out
    return [qgis_value(v) for v in series.tolist()]


def write_features(sink, source, frame: pd.DataFrame, fields: QgsFields, feedback=None,
                   progress: tuple[float, float] = (0.0, 100.0), request: QgsFeatureRequest | None = None) -> int:
    """Copy the features of ``source`` (geometry and attributes) into ``sink`` with the
    columns of ``frame`` written into ``fields`` (frame index = feature id, as
    ``source_frame`` makes it). A column whose name is already a source field replaces its
    values; the others fill the fields appended after the source's. Features whose id is
    not in the frame get NULL in the frame's columns. Returns the count written."""
    source_names = source.fields().names()
    columns = [str(c) for c in frame.columns]
    targets = [fields.lookupField(c) for c in columns]
    missing = [c for c, t in zip(columns, targets) if t < 0]
    if missing:
        raise QgsProcessingException(
            translate("frames", "Field(s) not found in the output: {names}").format(names=", ".join(missing)))
    values = [column_values(frame[c]) for c in frame.columns]
    row_of = {int(fid): i for i, fid in enumerate(frame.index.tolist())}
    width = fields.count()
    req = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    total = source.featureCount() or 0
    start, stop = progress
    written = 0
    batch = []
    # Converting attributes to Python and back costs ~1 us a value: with few new columns,
    # copy the feature in C++ and set only those; with many, rebuild the whole list.
    few = len(columns) <= max(PER_VALUE_COLUMNS, len(source_names))
    pairs = list(zip(targets, values))
    for n, feature in enumerate(source.getFeatures(req)):
        if feedback is not None and n % 500 == 0 and feedback.isCanceled():
            break
        row = row_of.get(feature.id())
        if few:
            out = QgsFeature(feature)
            out.setFields(fields, False)
            out.resizeAttributes(width)
            for target, column in pairs:
                out.setAttribute(target, column[row] if row is not None else None)
        else:
            attrs = feature.attributes()[: len(source_names)]
            attrs += [None] * (width - len(attrs))
            for target, column in pairs:
                attrs[target] = column[row] if row is not None else None
            out = QgsFeature(fields, feature.id())
            out.setGeometry(feature.geometry())
            out.setAttributes(attrs)
        batch.append(out)
        if len(batch) >= 2000:
            if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(translate("frames", "Could not write features to the output layer."))
            written += len(batch)
            batch = []
            if feedback is not None and total:
                feedback.setProgress(start + (stop - start) * n / total)
    if batch:
        if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(translate("frames", "Could not write features to the output layer."))
        written += len(batch)
    return written
