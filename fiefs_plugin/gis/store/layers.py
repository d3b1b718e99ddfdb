"""QGIS layers and the election store: units from a layer, layers and styles from a store,
and the joined layer of one election.

``joined_election()`` rebuilds, from the store alone, the layer ``fiefs:joinresults``
makes: one feature per unit valid at the election date, the unit's attributes, then
``fiefs_unit``, ``fiefs_match``, ``fiefs_score`` and the columns of
``core.results.unit_table`` (the same function joinresults uses, so the fields and their
values are the same).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core.results import ResultSet, unit_table
from fiefs_plugin.gis.frames import fields_for_frame
from fiefs_plugin.gis.store import schema
from fiefs_plugin.gis.store.base import ElectionStore
from fiefs_plugin.gis.store.model import Election, StoreError
from fiefs_plugin.styling.store import style_name

translate = QCoreApplication.translate

UNITS_STYLE_NAME = "fiefs-units"
JOINED_STYLE_PREFIX = "fiefs-joined:"  # + election id, or "*" for every election
UNIT_LAYER_FIELDS = ("code", "name_fr", "name_ar", "parent_code", "region_code", "level")
STORE_CRS = QgsCoordinateReferenceSystem(f"EPSG:{schema.SRID}")


# --- units from a layer ----------------------------------------------------------------------


def units_frame(
    source,
    code_field: str,
    name_fr_field: str | None = None,
    name_ar_field: str | None = None,
    parent_field: str | None = None,
    region_field: str | None = None,
    level: str = "commune",
    valid_from: str | None = None,
    valid_to: str | None = None,
    source_label: str = "",
    transform_context=None,
    feedback=None,
) -> pd.DataFrame:
    """Units of a polygon layer/feature source as the store takes them (``model.prepare_units``).

    Geometries become 2D MultiPolygons in EPSG:4326 (WKB); codes are text (``1001.0``
    from a numeric field becomes ``1001``).
    """
    fields = source.fields()
    wanted = {"code": code_field, "name_fr": name_fr_field, "name_ar": name_ar_field,
              "parent_code": parent_field, "region_code": region_field}
    indices = {}
    for key, name in wanted.items():
        if not name:
            continue
        index = fields.lookupField(name)
        if index < 0:
            raise StoreError(translate("ElectionStore", "Field '{name}' not found in the units layer.").format(name=name))
        indices[key] = index
    context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != STORE_CRS:
        transform = QgsCoordinateTransform(source.sourceCrs(), STORE_CRS, context)

    columns: dict[str, list] = {key: [] for key in wanted}
    wkbs: list[bytes | None] = []
    boxes: list[tuple | None] = []
    total = source.featureCount() or 0
    request = QgsFeatureRequest().setSubsetOfAttributes(sorted(indices.values()))
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if total and n % 2000 == 0:
                feedback.setProgress(100.0 * n / total)
        attrs = feature.attributes()
        for key in wanted:
            columns[key].append(_code_text(attrs[indices[key]]) if key in indices else None)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull():
            wkbs.append(None)
            boxes.append(None)
            continue
        geometry = QgsGeometry(geometry)
        if transform is not None and geometry.transform(transform) != Qgis.GeometryOperationResult.Success:
            raise StoreError(translate("ElectionStore", "Feature {fid}: its geometry could not be transformed to EPSG:4326.").format(
                fid=feature.id()))
        if QgsWkbTypes.hasZ(geometry.wkbType()) or QgsWkbTypes.hasM(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().clone())
            geometry.get().dropZValue()
            geometry.get().dropMValue()
        if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise StoreError(translate("ElectionStore", "Units must be polygons; feature {fid} is not.").format(fid=feature.id()))
        if not geometry.isMultipart() and not geometry.convertToMultiType():
            raise StoreError(translate("ElectionStore", "Feature {fid}: its polygon could not be made a MultiPolygon.").format(
                fid=feature.id()))
        wkbs.append(bytes(geometry.asWkb()))
        box = geometry.boundingBox()
        boxes.append(None if geometry.isEmpty() else (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()))
    frame = pd.DataFrame(columns)
    frame["level"] = level
    frame["valid_from"] = valid_from or None
    frame["valid_to"] = valid_to or None
    frame["source"] = source_label or None
    frame["wkb"] = wkbs
    frame["bbox"] = boxes
    return frame


def _code_text(value):
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


# --- layers and styles from a store ----------------------------------------------------------


def layer_uri(store: ElectionStore, table: str = "units") -> tuple[str, str]:
    """(data source, provider key) of a store table; never holds a password."""
    if store.kind == "geopackage":
        return f"{store.path}|layername={table}", "ogr"
    base = getattr(store, "qgis_uri", None)
    if base is None:
        raise StoreError(translate(
            "ElectionStore", "This PostGIS store was not opened from a QGIS saved connection, so it has no layer source."))
    uri = QgsDataSourceUri(base)
    uri.setPassword("")
    if table == "units":
        uri.setDataSource(store.schema, table, schema.GEOMETRY_COLUMN, "", "fid")
        uri.setSrid(str(schema.SRID))
        uri.setWkbType(QgsWkbTypes.Type.MultiPolygon)
    else:
        uri.setDataSource(store.schema, table, None, "", "fid")
    return uri.uri(False), "postgres"


def store_layer(store: ElectionStore, table: str = "units", name: str | None = None) -> QgsVectorLayer:
    """A QGIS layer of a store table (opens with the default style saved in the store)."""
    source, provider = layer_uri(store, table)
    layer = QgsVectorLayer(source, name or table, provider)
    if not layer.isValid():
        raise StoreError(translate("ElectionStore", "QGIS could not open the table '{table}' of {location}: {error}").format(
            table=table, location=store.location, error=layer.error().summary() or "-"))
    return layer


def save_style(layer: QgsVectorLayer, name: str, description: str = "", default: bool = False) -> None:
    """Save ``layer``'s style in its store (QGIS's ``layer_styles`` table)."""
    message = layer.saveStyleToDatabase(name, description, default, "")
    if message:
        raise StoreError(translate("ElectionStore", "Could not save the style '{name}' in the store: {error}").format(
            name=name, error=message))


def stored_style(layer: QgsVectorLayer, name: str) -> str | None:
    """The QML of the style called ``name`` saved for ``layer``'s table, or None."""
    listed = layer.listStylesInDatabase()
    count, ids, names = listed[0], listed[1], listed[2]
    for index in range(max(count, 0)):
        if names[index] == name:
            qml, _error = layer.getStyleFromDatabase(ids[index])
            return qml or None
    return None


def ensure_units_style(store: ElectionStore) -> bool:
    """Give the store's units layer a default style when it has none; True when one was saved."""
    layer = store_layer(store, "units")
    if stored_style(layer, UNITS_STYLE_NAME) is not None:
        return False
    symbol = QgsFillSymbol.createSimple({
        "color": "240,238,230,255", "outline_color": "110,110,110,255", "outline_width": "0.15",
    })
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    save_style(layer, UNITS_STYLE_NAME, translate("ElectionStore", "Fiefs: unit boundaries"), default=True)
    return True


def save_joined_style(store: ElectionStore, styled: QgsVectorLayer, election_id: str | None = None) -> None:
    """Keep ``styled``'s style in the store for the joined layers ``fiefs:storeload`` makes
    (of one election, or of every election when ``election_id`` is None)."""
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    message = styled.exportNamedStyle(document, QgsReadWriteContext())
    if message:
        raise StoreError(message)
    target = store_layer(store, "units")
    if not target.importNamedStyle(document)[0]:
        raise StoreError(translate("ElectionStore", "The style could not be copied."))
    # style_name: layer_styles.styleName holds 30 characters (a longer election id is hashed)
    save_style(target, style_name(JOINED_STYLE_PREFIX + (election_id or "*")),
               translate("ElectionStore", "Fiefs: joined election layer"), default=False)


def joined_style(store: ElectionStore, election_id: str) -> str | None:
    """QML saved for the joined layers of ``election_id`` (or of every election)."""
    try:
        layer = store_layer(store, "units")
    except StoreError:
        return None
    # the full name too: stores written before names were shortened
    for name in (style_name(JOINED_STYLE_PREFIX + election_id), JOINED_STYLE_PREFIX + election_id,
                 JOINED_STYLE_PREFIX + "*"):
        qml = stored_style(layer, name)
        if qml:
            return qml
    return None


# --- the joined layer of one election ----------------------------------------------------------


@dataclass
class JoinedElection:
    """A joined layer's content: ``frame`` (one row per unit, fields in order) and
    ``blobs`` (GeoPackage geometry blobs, EPSG:4326, same order); the ``result_set`` it
    was built from (without its 0-vote rows); ``unmatched``: result unit codes that no
    stored unit carries."""

    election: Election
    result_set: ResultSet
    frame: pd.DataFrame
    blobs: list
    unmatched: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def fields(self) -> QgsFields:
        return fields_for_frame(self.frame)


def joined_election(store: ElectionStore, election_id: str, party: str | None = None) -> JoinedElection:
    """The joined layer of one stored election (see the module docstring).

    Units are those of the election's level valid at its date (without a date: the
    current ones, those without valid_to). A result unit is found
    by the crosswalk (rows of this election, then rows for every election, source '')
    or else by its code. ``party`` keeps only that party's v_/s_/seats_ fields (the
    winner, runner-up, margin and ENP still count every party).
    """
    result_set = store.read_result_set(election_id, zero_votes=False)  # same unit_table, smaller frame
    election = store.election(election_id)
    table = unit_table(result_set)
    if party is not None and party not in result_set.parties:
        raise StoreError(translate("ElectionStore", "Election '{election}' has no party '{party}'. Its parties: {parties}").format(
            election=election_id, party=party, parties=", ".join(result_set.parties)))

    # an election without a date takes the current boundaries (no end of validity)
    units = store.read_units(level=election.level, at=election.date or "current", geometry_format="gpkg")
    if not len(units):
        raise StoreError(translate(
            "ElectionStore",
            "The store has no units of level '{level}' valid on {date}: import the boundaries with fiefs:storeimport "
            "first.").format(level=election.level, date=election.date or "-"))
    crosswalk = pd.concat([store.crosswalk(election_id), store.crosswalk("")], ignore_index=True)
    crosswalk = crosswalk[crosswalk["unit_code"].notna()].drop_duplicates("source_key", keep="first")

    result_codes = table.index.astype(str)
    by_unit: dict[str, tuple[str, str, float]] = {}
    unmatched = []
    mapped = dict(zip(crosswalk["source_key"], zip(crosswalk["unit_code"], crosswalk["method"], crosswalk["score"])))
    unit_codes = set(units["code"])
    for code in result_codes:
        if code in mapped:
            unit_code, method, score = mapped[code]
            entry = (code, method or "crosswalk", 100.0 if score is None or score != score else float(score))
        else:
            unit_code, entry = code, (code, "code", 100.0)
        if unit_code not in unit_codes:
            unmatched.append(code)
            continue
        by_unit.setdefault(unit_code, entry)

    frame = pd.DataFrame({name: units[name].to_numpy(dtype=object) for name in UNIT_LAYER_FIELDS})
    result_code = [by_unit.get(c, (None, None, None))[0] for c in units["code"]]
    match = [by_unit.get(c, (None, None, None))[1] for c in units["code"]]
    score = [by_unit.get(c, (None, None, np.nan))[2] for c in units["code"]]
    positions = table.index.get_indexer(pd.Index(result_code, dtype=object))  # -1: no result for the unit
    missing = positions < 0
    take = np.where(missing, 0, positions)
    frame[fld.UNIT] = np.array(result_code, dtype=object)
    frame[fld.MATCH] = np.array(match, dtype=object)
    frame[fld.SCORE] = np.array(score, dtype="float64")
    keep_party = None if party is None else {fld.votes_field(party), fld.share_field(party), fld.seats_field(party)}
    columns = {}
    for name in table.columns:
        if name == fld.UNIT:
            continue
        if keep_party is not None and name.startswith((fld.VOTES_PREFIX, fld.SHARE_PREFIX, fld.SEATS_PREFIX)) \
                and name not in keep_party:
            continue
        values = table[name].to_numpy()[take] if len(table) else np.full(len(take), np.nan)
        if pd.api.types.is_integer_dtype(table[name].dtype):
            # NULL for units without results, integers otherwise
            columns[name] = pd.arrays.IntegerArray(values.astype("int64"), missing.copy())
        elif pd.api.types.is_float_dtype(table[name].dtype):
            columns[name] = np.where(missing, np.nan, values.astype("float64"))
        else:
            values = values.astype(object)
            values[missing] = None
            columns[name] = values
    frame = pd.concat([frame, pd.DataFrame(columns, index=frame.index)], axis=1)
    notes = []
    if unmatched:
        notes.append(translate(
            "ElectionStore", "{count} result unit(s) have no boundary of level '{level}' valid on {date}: {codes}").format(
                count=len(unmatched), level=election.level, date=election.date or "-", codes=", ".join(unmatched[:20])
                + (" ..." if len(unmatched) > 20 else "")))
    return JoinedElection(election, result_set, frame, units["gpkg"].tolist(), unmatched, notes)
