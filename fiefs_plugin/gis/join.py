"""Join a ResultSet to a commune layer: QGIS side of fiefs:joinresults.

The matching and the joined values are computed by the core (``core.matching``,
``core.results.unit_table``); this module reads the layer's keys and the joined fields
(``gis.output`` writes the features), and keeps the parties' original names with the layer (metadata keywords, a
custom property and the ``v_``/``s_``/``seats_`` field aliases).
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
from qgis.core import (
    QgsDataProvider,
    QgsFeatureRequest,
    QgsFields,
    QgsLayerMetadata,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core import matching
from fiefs_plugin.core import results as res
from fiefs_plugin.gis.frames import field_for_series, source_frame

translate = QCoreApplication.translate

PARTIES_PROPERTY = "fiefs/parties"  # custom layer property: JSON {code: original name}
ELECTION_PROPERTY = "fiefs/election"
METADATA_VOCABULARY = "fiefs:party"  # metadata keywords: "CODE=Original name"


class _Unchecked:
    """A processing feature source read without the context's geometry validity check:
    joining attributes neither needs nor changes geometries, valid or not."""

    def __init__(self, source):
        self._source = source

    def fields(self):
        return self._source.fields()

    def featureCount(self):  # noqa: N802 (QGIS API)
        return self._source.featureCount()

    def getFeatures(self, request=None):  # noqa: N802 (QGIS API)
        request = request if request is not None else QgsFeatureRequest()
        if isinstance(self._source, QgsProcessingFeatureSource):
            return self._source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
        return self._source.getFeatures(request)


def feature_keys(source, code_field: str | None, name_field: str | None, parent_field: str | None,
                 feedback=None, table=None) -> pd.DataFrame:
    """The layer's matching keys: ``key`` (feature id), ``code``, ``name``, ``parent``.
    ``table``: the GeoPackage table the source reads whole (read by SQL)."""
    source = _Unchecked(source)
    wanted = [f for f in (code_field, name_field, parent_field) if f]
    frame = source_frame(source, list(dict.fromkeys(wanted)), feedback=feedback, table=table)
    out = pd.DataFrame({matching.KEY: frame.index.to_numpy()})
    for column, field_name in ((matching.CODE, code_field), (matching.NAME, name_field), (matching.PARENT, parent_field)):
        if field_name:
            out[column] = [(v.strip() or None) if v.__class__ is str else _text(v) for v in frame[field_name].tolist()]
    return out


def _text(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def result_units(result_set: res.ResultSet, use_code: bool, parent: str | None) -> pd.DataFrame:
    """The result units to match: ``key`` (unit code), ``code`` (when matching by code),
    ``name``, ``parent`` (``"code"`` or ``"name"``: which parent column of the results)."""
    totals = result_set.totals
    units = pd.DataFrame({matching.KEY: totals[res.UNIT_CODE].to_numpy()})
    if use_code:
        units[matching.CODE] = totals[res.UNIT_CODE].to_numpy()
    units[matching.NAME] = totals[res.UNIT_NAME].to_numpy()
    if parent == "code":
        units[matching.PARENT] = totals[res.PARENT_CODE].to_numpy()
    elif parent == "name":
        units[matching.PARENT] = totals[res.PARENT_NAME].to_numpy()
    return units


def joined_fields(input_fields: QgsFields, table: pd.DataFrame, parties: dict[str, str]) -> tuple[QgsFields, list[str]]:
    """Output fields: the layer's fields, then the joined fields of ``table`` that the layer
    does not have already (a layer field with a joined field's name gets the joined values,
    as ``output.FeatureOutput.copy_source`` does). Returns the fields and the names taken over."""
    replaced = [f.name() for f in input_fields if f.name() in {str(c) for c in table.columns}]
    out = QgsFields(input_fields)
    for name in table.columns:
        name = str(name)
        if out.lookupField(name) >= 0:
            continue
        column = table[name]
        if name in (fld.MATCH, fld.WINNER, fld.RUNNER_UP, fld.UNIT):
            column = column.astype(object)
        field = field_for_series(name, column)
        for prefix in (fld.VOTES_PREFIX, fld.SHARE_PREFIX, fld.SEATS_PREFIX):
            if name.startswith(prefix) and name[len(prefix):] in parties:
                field.setAlias(f"{parties[name[len(prefix):]]} ({prefix.rstrip('_')})")
        out.append(field)
    return out, replaced


def set_party_metadata(layer, parties: dict[str, str], election: str = "") -> None:
    """Keep the parties' original names with a joined layer: a custom property (JSON),
    metadata keywords ``CODE=Name`` under the ``fiefs:party`` vocabulary and field aliases."""
    layer.setCustomProperty(PARTIES_PROPERTY, json.dumps(parties, ensure_ascii=False))
    if election:
        layer.setCustomProperty(ELECTION_PROPERTY, election)
    metadata = QgsLayerMetadata(layer.metadata())
    keywords = metadata.keywords()
    keywords[METADATA_VOCABULARY] = [f"{code}={name}" for code, name in parties.items()]
    metadata.setKeywords(keywords)
    if election and not metadata.title():
        metadata.setTitle(election)
    layer.setMetadata(metadata)
    for prefix in (fld.VOTES_PREFIX, fld.SHARE_PREFIX, fld.SEATS_PREFIX):
        for code, name in parties.items():
            index = layer.fields().lookupField(f"{prefix}{code}")
            if index >= 0:
                layer.setFieldAlias(index, f"{name} ({prefix.rstrip('_')})")


def save_metadata(layer) -> bool:
    """Store a file layer's metadata in its file (GeoPackage: in the database; other OGR
    formats: a .qmd beside it) so the party names travel with the file."""
    if layer.providerType() != "ogr":
        return False
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or layer.source().split("|")[0]
    name = parts.get("layerName")
    if not name:
        sublayers = layer.dataProvider().subLayers()
        separator = QgsDataProvider.sublayerSeparator()
        name = sublayers[0].split(separator)[1] if sublayers and separator in sublayers[0] else ""
    target = QgsVectorLayer(f"{path}|layername={name}" if name else path, layer.name(), "ogr")
    if not target.isValid():
        return False
    target.setMetadata(layer.metadata())
    _message, ok = target.saveDefaultMetadata()
    return bool(ok)


def party_names(layer) -> dict[str, str]:
    """Party code -> original name of a joined layer (custom property, else metadata
    keywords, else field aliases, else the codes themselves)."""
    text = layer.customProperty(PARTIES_PROPERTY)
    if text:
        try:
            return dict(json.loads(text))
        except (TypeError, ValueError):
            pass
    keywords = layer.metadata().keywords().get(METADATA_VOCABULARY, [])
    if keywords:
        return dict(k.split("=", 1) for k in keywords if "=" in k)
    out = {}
    for code in fld.party_codes_in(layer.fields().names()):
        alias = layer.fields().field(fld.votes_field(code)).alias()
        out[code] = alias.rsplit(" (", 1)[0] if alias else code
    return out
