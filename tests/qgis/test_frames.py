"""Layer attributes <-> DataFrame: types, NULLs and feature ids survive the round trip."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer

from fiefs_plugin.gis.fieldtypes import FieldType
from fiefs_plugin.gis.frames import fields_for_frame, frame_rows, qgis_value, source_frame


@pytest.fixture
def layer():
    layer = QgsVectorLayer("None", "t", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([
        QgsField("code", FieldType.String), QgsField("votes", FieldType.Int),
        QgsField("share", FieldType.Double), QgsField("seats", FieldType.Int),
    ])
    layer.updateFields()
    rows = [["01.511", 10, 0.5, 1], ["02.600", 20, None, None], [None, 30, 0.25, 0]]
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        provider.addFeature(feature)
    return layer


def test_source_frame_types_and_nulls(layer):
    frame = source_frame(layer)
    assert list(frame.columns) == ["code", "votes", "share", "seats"]
    assert frame["votes"].dtype == np.int64 and frame["votes"].tolist() == [10, 20, 30]
    assert frame["share"].dtype == np.float64 and math.isnan(frame["share"].iloc[1])
    assert frame["seats"].dtype == np.float64 and math.isnan(frame["seats"].iloc[1])  # NULL -> NaN
    assert frame["code"].tolist() == ["01.511", "02.600", None]
    assert frame.index.tolist() == [f.id() for f in layer.getFeatures()]


def test_source_frame_subset_and_missing_field(layer):
    assert list(source_frame(layer, ["share"]).columns) == ["share"]
    with pytest.raises(QgsProcessingException, match="nope"):
        source_frame(layer, ["votes", "nope"])


def test_frame_back_to_qgis_values():
    frame = pd.DataFrame({"a": [1, 2], "b": [0.5, np.nan], "c": ["x", None], "d": [True, False]})
    fields = fields_for_frame(frame)
    assert [fields.field(n).type() for n in "abcd"] == [
        FieldType.LongLong, FieldType.Double, FieldType.String, FieldType.Int]
    assert frame_rows(frame, ["a", "b", "c", "d", "missing"]) == [
        [1, 0.5, "x", 1, None], [2, None, None, 0, None]]
    assert qgis_value(np.float64("nan")) is None and qgis_value(np.int64(3)) == 3
