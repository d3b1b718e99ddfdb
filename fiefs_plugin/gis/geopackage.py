"""GeoPackage files through Python's sqlite3: the bookkeeping tables, R-tree, extents and
spatial reference rows that GDAL writes, and the whole-layer GeoPackage sources that can be
read (or copied from) by SQL instead of feature by feature through PyQGIS.

Why: PyQGIS converts an attribute between C++ and Python in about a microsecond, and a
national layer has millions of values (35 k communes x 300 fields). sqlite3 binds or
reads a value in a few tens of nanoseconds, and ``INSERT ... SELECT`` copies a whole
table without Python seeing the values at all. The files written here are the ones GDAL
writes (same declared column types, ``gpkg_ogr_contents``, R-tree and its triggers), so
QGIS, OGR and QGIS's ``layer_styles`` work on them as on any GeoPackage.

The store (``gis/store/geopackage.py``) uses the same bookkeeping functions.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from fiefs_plugin.gis.store.wkb import gpkg_envelope, gpkg_is_empty

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200  # GeoPackage 1.2
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
UNDEFINED_SRS = -1  # "Undefined cartesian SRS": a layer without CRS, as GDAL writes it
FIRST_CUSTOM_SRS = 100000  # GDAL's first id for a CRS without an EPSG code

_GPKG_CORE = (
    "CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
    "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)",
    "CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
    "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
    f"({NOW_SQL}), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
    "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))",
    "CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
    "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
    "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
    "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
    "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
    "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))",
)


def quote(name: str) -> str:
    """``name`` as a double-quoted SQL identifier; rejects NUL."""
    name = str(name)
    if "\x00" in name:
        raise ValueError("an SQL name cannot contain a NUL character")
    return '"' + name.replace('"', '""') + '"'


def register_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions GeoPackage R-tree triggers call (GDAL defines them in its connections)."""

    last = [None, None]  # the trigger calls ST_MinX, ST_MaxX, ST_MinY, ST_MaxY on one blob in a row

    def envelope_part(index):
        def function(blob):
            if blob != last[0]:
                try:
                    last[1] = gpkg_envelope(blob)
                except (ValueError, TypeError):
                    last[1] = None
                last[0] = blob
            envelope = last[1]
            return None if envelope is None else envelope[index]
        return function

    kwargs = {"deterministic": True}
    connection.create_function("ST_MinX", 1, envelope_part(0), **kwargs)
    connection.create_function("ST_MaxX", 1, envelope_part(1), **kwargs)
    connection.create_function("ST_MinY", 1, envelope_part(2), **kwargs)
    connection.create_function("ST_MaxY", 1, envelope_part(3), **kwargs)
    connection.create_function("ST_IsEmpty", 1, gpkg_is_empty, **kwargs)


def create_geopackage_core(cursor) -> None:
    """The core GeoPackage tables (when missing), WGS 84, and the file's GeoPackage ids."""
    for statement in _GPKG_CORE:
        cursor.execute(statement)
    cursor.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    user_version = cursor.execute("PRAGMA user_version").fetchone()[0]
    if user_version < GPKG_USER_VERSION:
        cursor.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    cursor.executemany(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
        "definition, description) VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT,
             "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )


def register_table(cursor, table: str, description: str = "") -> None:
    """Register an attribute table (or view) in gpkg_contents."""
    cursor.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        (table, table, description),
    )


def register_features(cursor, table: str, column: str, description: str = "", srs_id: int = 4326,
                      geometry_type: str = "MULTIPOLYGON", z: int = 0, m: int = 0) -> None:
    """Register a feature table in gpkg_contents and gpkg_geometry_columns."""
    cursor.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)",
        (table, table, description, srs_id),
    )
    cursor.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (table, column, geometry_type, srs_id, z, m),
    )


def create_rtree(cursor, table: str, column: str, fill=None) -> None:
    """The GeoPackage R-tree spatial index extension with the triggers of the spec.

    ``fill``: the features already in the table, as (fid, minx, maxx, miny, maxy) rows or
    as a pair of arrays (fids, boxes with columns minx, maxx, miny, maxy); written before
    the triggers exist by :func:`load_rtree` (a packed tree, no insert per feature).
    """
    name = f"rtree_{table}_{column}"
    rtree = quote(name)
    t, c = quote(table), quote(column)
    bbox = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    cursor.execute(f"CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)")
    if fill is not None:
        if isinstance(fill, tuple) and len(fill) == 2 and isinstance(fill[1], np.ndarray):
            ids, boxes = fill
        else:
            rows = list(fill)
            ids = np.array([r[0] for r in rows], dtype="int64")
            boxes = np.array([r[1:5] for r in rows], dtype="float64").reshape(-1, 4)
        load_rtree(cursor, name, ids, boxes)
    triggers = {
        "insert": f"AFTER INSERT ON {t} WHEN (NEW.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c})) BEGIN "
                  f"INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {bbox}); END",
        "update1": f"AFTER UPDATE OF {c} ON {t} WHEN OLD.fid = NEW.fid AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
                   f"BEGIN INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {bbox}); END",
        "update2": f"AFTER UPDATE OF {c} ON {t} WHEN OLD.fid = NEW.fid AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) "
                   f"BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; END",
        "update3": f"AFTER UPDATE ON {t} WHEN OLD.fid != NEW.fid AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
                   f"BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; INSERT OR REPLACE INTO {rtree} VALUES (NEW.fid, {bbox}); END",
        "update4": f"AFTER UPDATE ON {t} WHEN OLD.fid != NEW.fid AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) "
                   f"BEGIN DELETE FROM {rtree} WHERE id IN (OLD.fid, NEW.fid); END",
        "delete": f"AFTER DELETE ON {t} WHEN OLD.{c} NOT NULL BEGIN DELETE FROM {rtree} WHERE id = OLD.fid; END",
    }
    for suffix, body in triggers.items():
        cursor.execute(f"CREATE TRIGGER {quote(f'{name}_{suffix}')} {body}")
    cursor.execute(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (table, column),
    )


# SQLite's rtree stores float32 coordinates rounded outwards (rtree.c, rtreeValueDown/Up)
_RNDTOWARDS = 1.0 - 1.0 / 8388608.0
_RNDAWAY = 1.0 + 1.0 / 8388608.0
_RTREE_CELL = 24  # 2-D float rtree cell: int64 id + 4 float32, big endian


def rtree_round(values: np.ndarray, down: bool) -> np.ndarray:
    """float64 coordinates as the float32 values SQLite's rtree stores: the nearest float32,
    moved outwards (down for a minimum, up for a maximum) when it lies on the wrong side,
    exactly as rtree.c does it."""
    values = np.asarray(values, dtype="float64")
    out = values.astype("float32")
    wrong = out > values if down else out < values
    if wrong.any():
        v = values[wrong]
        if down:
            factor = np.where(v < 0, _RNDAWAY, _RNDTOWARDS)
        else:
            factor = np.where(v < 0, _RNDTOWARDS, _RNDAWAY)
        out[wrong] = (v * factor).astype("float32")
    return out


def load_rtree(cursor, name: str, ids, boxes) -> None:
    """Fill the empty rtree virtual table ``name`` (just created) with one entry per id:
    ``boxes`` rows are (minx, maxx, miny, maxy). The tree is packed bottom-up (sort-tile-
    recursive: full nodes, neighbours together) and its nodes are written straight into
    the rtree's shadow tables (``_node``, ``_rowid``, ``_parent``) in SQLite's node format,
    as GDAL's own bulk loader does: no insert per entry (SQLite's rtree inserts cost ~16 µs
    each). The tree is the one SQLite would read and update afterwards. Entries SQLite would
    refuse (a minimum above its maximum, NaN) or a table that is not empty are inserted the
    ordinary way."""
    rtree = quote(name)
    ids = np.asarray(ids, dtype="int64").reshape(-1)
    boxes = np.asarray(boxes, dtype="float64").reshape(-1, 4)
    if len(ids) == 0:
        return
    lo_x, hi_x = rtree_round(boxes[:, 0], True), rtree_round(boxes[:, 1], False)
    lo_y, hi_y = rtree_round(boxes[:, 2], True), rtree_round(boxes[:, 3], False)
    node_table, rowid_table, parent_table = (quote(f"{name}_{part}") for part in ("node", "rowid", "parent"))
    sane = bool(np.all(lo_x <= hi_x) and np.all(lo_y <= hi_y)) and len(np.unique(ids)) == len(ids)
    root = cursor.execute(f"SELECT length(data) FROM {node_table} WHERE nodeno = 1").fetchone()
    empty = cursor.execute(f"SELECT count(*) FROM {rowid_table}").fetchone()[0] == 0
    if not sane or root is None or not empty or root[0] < 4 + 2 * _RTREE_CELL:
        cursor.executemany(f"INSERT INTO {rtree} VALUES (?, ?, ?, ?, ?)",
                           zip(ids.tolist(), *(boxes[:, k].tolist() for k in range(4))))
        return
    node_size = int(root[0])
    capacity = min((node_size - 4) // _RTREE_CELL, 0xFFFF)
    coords = np.stack([lo_x, hi_x, lo_y, hi_y], axis=1)  # float32, per entry
    level_ids = ids  # a cell's id: the feature id in a leaf, a child node number above
    nodes: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # per level: member ids, boxes, node of each
    while True:
        order = _str_order(coords, capacity)
        count = len(order)
        node_of = np.arange(count) // capacity  # node (within the level) of each entry, in packed order
        nodes.append((level_ids[order], coords[order], node_of))
        n_nodes = int(node_of[-1]) + 1
        if n_nodes == 1:
            break
        starts = np.arange(0, count, capacity)
        sorted_coords = coords[order]
        coords = np.stack([np.minimum.reduceat(sorted_coords[:, 0], starts),
                           np.maximum.reduceat(sorted_coords[:, 1], starts),
                           np.minimum.reduceat(sorted_coords[:, 2], starts),
                           np.maximum.reduceat(sorted_coords[:, 3], starts)], axis=1)
        level_ids = np.arange(n_nodes, dtype="int64")  # renumbered below
    # node numbers: the root is 1, then the levels top-down
    depth = len(nodes) - 1
    first = {}
    next_number = 1
    for level in range(depth, -1, -1):
        first[level] = next_number
        next_number += int(nodes[level][2][-1]) + 1
    node_rows, parent_rows = [], []
    for level in range(depth, -1, -1):
        members, member_boxes, node_of = nodes[level]
        numbers = first[level] + node_of
        cell_ids = members if level == 0 else members + first[level - 1]
        if level > 0:  # children of this level's nodes: their parents
            parent_rows.extend(zip(cell_ids.tolist(), numbers.tolist()))
        cells = np.zeros(len(members), dtype=[("id", ">i8"), ("box", ">f4", (4,))])
        cells["id"] = cell_ids
        cells["box"] = member_boxes
        raw = cells.tobytes()
        bounds = np.flatnonzero(np.diff(node_of)) + 1
        starts = np.concatenate([[0], bounds]).tolist()
        stops = np.concatenate([bounds, [len(members)]]).tolist()
        for k, (start, stop) in enumerate(zip(starts, stops)):
            head = (depth if level == depth else 0).to_bytes(2, "big") + (stop - start).to_bytes(2, "big")
            body = raw[start * _RTREE_CELL:stop * _RTREE_CELL]
            node_rows.append((first[level] + k, (head + body).ljust(node_size, b"\x00")))
        if level == 0:  # in rowid order: B-tree appends, not inserts all over the table
            by_id = np.argsort(cell_ids, kind="stable")
            leaf_rows = np.stack([cell_ids[by_id], numbers[by_id]], axis=1).tolist()
    cursor.execute(f"DELETE FROM {node_table}")
    cursor.executemany(f"INSERT INTO {node_table} (nodeno, data) VALUES (?, ?)", node_rows)
    insert_pairs(cursor, f"{rowid_table} (rowid, nodeno)", leaf_rows)
    insert_pairs(cursor, f"{parent_table} (nodeno, parentnode)", parent_rows)


def insert_pairs(cursor, target: str, rows, chunk: int = 1000) -> None:
    """INSERT many two-value rows, ``chunk`` rows a statement (a statement per row costs
    more than its values: 35 k rowid rows 60 -> 25 ms)."""
    flat = [value for row in rows for value in row]
    count = len(flat) // 2
    whole = count // chunk * chunk
    if whole:
        sql = f"INSERT INTO {target} VALUES " + ", ".join(["(?, ?)"] * chunk)
        cursor.executemany(sql, (flat[2 * i:2 * (i + chunk)] for i in range(0, whole, chunk)))
    if count > whole:
        cursor.execute(f"INSERT INTO {target} VALUES " + ", ".join(["(?, ?)"] * (count - whole)), flat[2 * whole:])


def _str_order(coords: np.ndarray, capacity: int) -> np.ndarray:
    """Sort-tile-recursive order of boxes (minx, maxx, miny, maxy): vertical slices of
    whole nodes by x centre, each sorted by y centre; consecutive runs of ``capacity``
    entries are then the nodes."""
    count = len(coords)
    centre_x = coords[:, 0].astype("float64") + coords[:, 1]
    centre_y = coords[:, 2].astype("float64") + coords[:, 3]
    n_nodes = -(-count // capacity)
    slices = int(np.ceil(np.sqrt(n_nodes)))
    per_slice = slices * capacity
    by_x = np.lexsort((np.arange(count), centre_x))
    slice_of = np.empty(count, dtype="int64")
    slice_of[by_x] = np.arange(count) // per_slice
    return np.lexsort((np.arange(count), centre_y, slice_of))


def update_extent(cursor, table: str, column: str) -> None:
    """gpkg_contents' extent of a feature table from its R-tree (QGIS zooms to it)."""
    rtree = quote(f"rtree_{table}_{column}")
    cursor.execute(f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM {rtree}")
    extent = cursor.fetchone()
    cursor.execute(
        f"UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, last_change = {NOW_SQL} "
        "WHERE table_name = ?",
        (*extent, table),
    )


def create_feature_count(cursor, table: str) -> None:
    """GDAL's ``gpkg_ogr_contents`` row of ``table`` (its feature count, read instead of a
    COUNT(*)) and the triggers GDAL adds to keep it right when others edit the table."""
    cursor.execute("CREATE TABLE IF NOT EXISTS gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, "
                   "feature_count INTEGER DEFAULT NULL)")
    t = quote(table)
    cursor.execute(f"INSERT OR REPLACE INTO gpkg_ogr_contents (table_name, feature_count) "
                   f"SELECT ?, count(*) FROM {t}", (table,))
    literal = "'" + table.lower().replace("'", "''") + "'"
    for event, sign in (("insert", "+"), ("delete", "-")):
        cursor.execute(
            f"CREATE TRIGGER {quote(f'trigger_{event}_feature_count_{table}')} AFTER {event.upper()} ON {t} BEGIN "
            f"UPDATE gpkg_ogr_contents SET feature_count = feature_count {sign} 1 "
            f"WHERE lower(table_name) = {literal}; END")


def blob_envelopes(blobs: list, fids: list | None = None) -> list[tuple]:
    """(fid, minx, maxx, miny, maxy) of each non-empty blob; fid counts from 1 unless ``fids``."""
    fids = list(range(1, len(blobs) + 1)) if fids is None else list(fids)
    standard = [b is not None and len(b) >= 40 and b[:2] == b"GP" and b[3] == 0x03 for b in blobs]
    if all(standard) and blobs:  # little endian with an XY envelope: read all headers at once
        boxes = np.frombuffer(b"".join(b[8:40] for b in blobs), dtype="<f8").reshape(-1, 4)
        return [(fid, *box) for fid, box in zip(fids, boxes.tolist())]
    out = []
    for fid, blob in zip(fids, blobs):
        envelope = gpkg_envelope(blob) if blob is not None else None
        if envelope is not None:
            out.append((fid, *envelope))
    return out


# --- whole-layer GeoPackage sources ---------------------------------------------------------


@dataclass
class GeoPackageTable:
    """A GeoPackage table that a Processing source reads whole (no subset, no selection, no
    limit): what SQL can read or copy instead of PyQGIS. ``columns``: column name -> declared
    type; ``geometry``: its geometry column (None for an attribute table)."""

    path: str
    table: str
    fid: str
    geometry: str | None = None
    geometry_type: str = ""
    srs_id: int = 0
    z: int = 0
    m: int = 0
    columns: dict[str, str] = field(default_factory=dict)

    def connect(self) -> sqlite3.Connection:
        """A read-only connection to the file (no lock taken on it beyond reading)."""
        return sqlite3.connect(f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)

    def read_numbers(self, names: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """(fids, float64 matrix with a column per name, NaN for NULL) in fid order, copied
        by SQL and read from an SQLite image (no Python object per value). Values as OGR
        reads a number column (``sqlite3_column_double``: a text cell by SQLite's numeric
        conversion). None when the image cannot be read (then use read_columns)."""
        from fiefs_plugin.gis import tableimage

        try:
            connection = sqlite3.connect(":memory:")
        except sqlite3.Error:
            return None
        try:
            connection.execute("ATTACH DATABASE ? AS fiefs_source", (f"{Path(self.path).resolve().as_uri()}?mode=ro",))
            expressions = [tableimage.number_expression("s." + quote(n)) for n in [self.fid, *names]]
            matrix = tableimage.read_numbers(
                connection, f"SELECT {', '.join(expressions)} FROM fiefs_source.{quote(self.table)} AS s "
                f"ORDER BY s.{quote(self.fid)}", len(names) + 1)
        except sqlite3.Error:
            return None
        finally:
            with suppress(sqlite3.Error):
                connection.close()
        if matrix is None:
            return None
        fids = matrix[:, 0]
        if np.isnan(fids).any() or (np.abs(fids) > 2 ** 53).any():
            return None
        return fids.astype("int64"), matrix[:, 1:]

    def read_columns(self, names: list[str]) -> tuple[list, list[list]]:
        """(fids, one list of values per name), in fid order (the order OGR reads)."""
        connection = self.connect()
        try:
            select = ", ".join([quote(self.fid)] + [quote(n) for n in names])
            rows = connection.execute(f"SELECT {select} FROM {quote(self.table)} ORDER BY {quote(self.fid)}").fetchall()
        finally:
            connection.close()
        if not rows:
            return [], [[] for _ in names]
        columns = [list(c) for c in zip(*rows)]
        return columns[0], columns[1:]


def table_of_layer(layer, count: int | None = None) -> GeoPackageTable | None:
    """The GeoPackage table behind a QGIS vector layer when all of it is read as it is in
    the file: OGR provider, a .gpkg file, no subset string; ``count``, when given, must be
    the table's row count (a processing source with a selection or a limit gives fewer)."""
    try:
        if layer is None or layer.providerType() != "ogr" or layer.subsetString():
            return None
        from qgis.core import QgsProviderRegistry

        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        if not path.lower().endswith(".gpkg") or not Path(path).is_file():
            return None
        name = parts.get("layerName") or ""
        if not name:
            name = layer.dataProvider().subLayers()[0].split("!!::!!")[1] if layer.dataProvider().subLayers() else ""
        return describe_table(path, name, count)
    except Exception:  # noqa: BLE001 - any doubt: the caller reads through QGIS
        return None


def describe_table(path: str, table: str, count: int | None = None) -> GeoPackageTable | None:
    """``table`` of the GeoPackage ``path`` as a :class:`GeoPackageTable`, or None when it is
    not a plain table (a view, no integer primary key, a row count other than ``count``)."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        kind = connection.execute("SELECT type FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        if not kind or kind[0] != "table":
            return None
        info = connection.execute(f"PRAGMA table_info({quote(table)})").fetchall()
        keys = [row for row in info if row[5]]
        if len(keys) != 1 or keys[0][2].upper() != "INTEGER":
            return None
        out = GeoPackageTable(path=str(path), table=table, fid=keys[0][1],
                              columns={row[1]: row[2] for row in info})
        geometry = connection.execute(
            "SELECT column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns "
            "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
        if geometry:
            out.geometry, out.geometry_type, out.srs_id, out.z, out.m = geometry
            out.geometry_type = str(out.geometry_type).upper()
        if count is not None:
            rows = connection.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0]
            if rows != count:
                return None
        return out
    except sqlite3.Error:
        return None
    finally:
        with suppress(sqlite3.Error):
            connection.close()


def table_of_parameter(algorithm, parameters: dict, name: str, context) -> GeoPackageTable | None:
    """The GeoPackage table a feature source parameter reads whole, or None (selected
    features only, a feature limit, a subset string, another format...)."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1):
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return None
    return table_of_layer(layer, layer.featureCount())
