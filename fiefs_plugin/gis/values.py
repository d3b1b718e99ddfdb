"""Frame columns as plain Python values, the one conversion on the way out of pandas (to
QGIS attributes and to sqlite3 parameters alike): NaN/None/NA/NaT -> None, numpy scalars
-> Python, booleans -> 0/1. No QGIS import, so the store's core uses it without QGIS.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd


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


def column_values(series: pd.Series) -> list:
    """A frame column as a list of plain Python values for QGIS or sqlite3 (NaN/None/NA/NaT
    -> None, numpy -> Python, booleans -> 0/1), converted per column rather than per cell.
    Nullable integer and boolean columns (``Int64``, ``boolean``) keep their NA as None."""
    dtype = series.dtype
    if pd.api.types.is_extension_array_dtype(dtype) and (
            pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)):
        missing = series.isna().to_numpy()
        values = series.to_numpy(dtype="int64", na_value=0).astype(object)
        values[missing] = None
        return values.tolist()
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
        return series.to_numpy(dtype="int64").tolist()
    if pd.api.types.is_float_dtype(dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        out = values.tolist()
        for i in np.flatnonzero(np.isnan(values)).tolist():
            out[i] = None
        return out
    values = series.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        missing = pd.isna(values)
        if missing.any():
            values = values.copy()
            values[missing] = None
        return values.tolist()
    return [qgis_value(v) for v in values.tolist()]


def column_array(series: pd.Series):
    """A frame column for ``gis.tableimage``: the same values as :func:`column_values`, as
    a float64 array (NaN for NULL), an int64 array, a pair (int64 array, missing mask) for
    nullable integers and booleans, or else the list :func:`column_values` gives."""
    dtype = series.dtype
    if pd.api.types.is_extension_array_dtype(dtype) and (
            pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)):
        return series.to_numpy(dtype="int64", na_value=0), series.isna().to_numpy()
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
        return series.to_numpy(dtype="int64")
    if pd.api.types.is_float_dtype(dtype):
        return series.to_numpy(dtype="float64", na_value=np.nan)
    return column_values(series)
