"""fiefs:indicators, fiefs:strongholds, fiefs:targets, fiefs:swing and fiefs:aggregate in
headless QGIS, on small layers built here (hand-checked values)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from fiefs_plugin.gis.fieldtypes import FieldType


def grid_layer(frame: pd.DataFrame, columns: int = 3, name: str = "units") -> QgsVectorLayer:
    """A polygon layer with one unit square per row (row-major grid) and the frame's columns."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32629", name, "memory")
    provider = layer.dataProvider()
    qfields = []
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_integer_dtype(series.dtype):
            qfields.append(QgsField(column, FieldType.LongLong))
        elif pd.api.types.is_float_dtype(series.dtype):
            qfields.append(QgsField(column, FieldType.Double))
        else:
            qfields.append(QgsField(column, FieldType.String))
    provider.addAttributes(qfields)
    layer.updateFields()
    features = []
    for i, row in enumerate(frame.itertuples(index=False)):
        x, y = i % columns, i // columns
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 1, y + 1)))
        feature.setAttributes([None if (isinstance(v, float) and math.isnan(v)) else
                               (v.item() if hasattr(v, "item") else v) for v in row])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def values(layer: QgsVectorLayer, key: str = "fiefs_unit") -> dict:
    out = {}
    for feature in layer.getFeatures():
        out[feature[key]] = {name: feature[name] for name in layer.fields().names()}
    return out


def nullish(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


@pytest.fixture
def joined() -> QgsVectorLayer:
    frame = pd.DataFrame({
        "fiefs_unit": ["A", "B", "C", "D"],
        "name": ["Alpha", "Beta", "Gamma", "Delta"],
        "registered": [100, 200, 50, 80],
        "voters": [60, 100, 0, 40],
        "valid": [50, 90, 0, 40],
        "v_X": [30, 20, 0, 20],
        "v_Y": [15, 40, 0, 20],
        "v_Z": [5, 30, 0, 0],
    })
    return grid_layer(frame, columns=2, name="joined")


def test_indicators_algorithm_adds_fields_and_keeps_the_source(joined, fiefs_provider, qgis_processing):
    import processing

    before = joined.fields().names()
    result = processing.run("fiefs:indicators", {"INPUT": joined, "PARTY": "X", "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    assert joined.fields().names() == before  # source untouched
    names = out.fields().names()
    for name in ["turnout", "s_X", "s_Y", "winner", "margin", "enp", "rank_X", "margin_X", "lq_X", "dev_X",
                 "conc_X", "name"]:
        assert name in names, name
    assert "rank_Y" not in names
    rows = values(out)
    assert rows["A"]["s_X"] == pytest.approx(0.6) and rows["A"]["rank_X"] == 1
    assert rows["A"]["lq_X"] == pytest.approx(0.6 / (70 / 180))
    assert rows["B"]["margin_X"] == pytest.approx(-20 / 90 * 100)
    assert rows["A"]["name"] == "Alpha"
    assert out.featureCount() == 4 and out.getFeature(1).geometry().area() == pytest.approx(1.0)
    for name in ["s_X", "lq_X", "rank_X", "winner", "enp"]:
        assert nullish(rows["C"][name]), name  # zero valid votes: NULL, not an error


def test_indicators_rejects_unknown_party_and_layers_without_votes(joined, fiefs_provider, qgis_processing):
    import processing

    with pytest.raises(QgsProcessingException, match="NOPE"):
        processing.run("fiefs:indicators", {"INPUT": joined, "PARTY": "NOPE", "OUTPUT": "memory:"})
    bare = grid_layer(pd.DataFrame({"fiefs_unit": ["a"], "valid": [3]}))
    with pytest.raises(QgsProcessingException, match="v_<PARTY>"):
        processing.run("fiefs:indicators", {"INPUT": bare, "OUTPUT": "memory:"})
