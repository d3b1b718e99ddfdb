"""The GeoPackage election store: one file, written through Python's sqlite3.

sqlite3 gives what the store needs and OGR's Python bindings may not be there: real
transactions (``BEGIN IMMEDIATE`` ... ``COMMIT``; a killed process leaves a hot journal
that SQLite rolls back at the next open), bound parameters and fast ``executemany``. The
file is a valid GeoPackage 1.2 that QGIS/OGR opens: the core ``gpkg_*`` tables, every
store table registered in ``gpkg_contents`` (``units`` as features with an R-tree spatial
index, the others as attributes). The R-tree triggers call ``ST_MinX``/``ST_IsEmpty``...,
which GDAL registers in its connections; this module registers the same functions.

Writers are serialised by SQLite's file lock; a second writer waits up to ``timeout``
seconds, then gets ``StoreConflictError``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.gis.store import schema
from fiefs_plugin.gis.store.base import ElectionStore, _Progress
from fiefs_plugin.gis.store.model import StoreConflictError, StoreError
from fiefs_plugin.gis.store.wkb import gpkg_blob, gpkg_envelope, gpkg_is_empty, wkb_from_gpkg

translate = QCoreApplication.translate

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200  # GeoPackage 1.2
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

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


def _register_functions(connection: sqlite3.Connection) -> None:
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


class GeoPackageStore(ElectionStore):
    """An election store in a GeoPackage file (created when missing if ``create``)."""

    dialect = "sqlite"
    kind = "geopackage"

    def __init__(self, path, create: bool = True, timeout: float = 30.0, migrations=schema.MIGRATIONS):
        super().__init__(migrations)
        self.path = Path(path)
        self.create = create
        self.timeout = float(timeout)
        self._connection: sqlite3.Connection | None = None

    @property
    def location(self) -> str:
        return str(self.path)

    def uri(self, table: str = "units") -> str:
        """The OGR data source of a store table, for QgsVectorLayer(uri, name, "ogr")."""
        return f"{self.path}|layername={table}"

    def _connect(self) -> None:
        if not self.path.exists():
            if not self.create:
                raise StoreError(translate("ElectionStore", "Election store not found: {path}").format(path=self.path))
            if not self.path.parent.is_dir():
                raise StoreError(translate("ElectionStore", "Folder not found for the election store: {path}").format(
                    path=self.path.parent))
        try:
            connection = sqlite3.connect(str(self.path), timeout=self.timeout, isolation_level=None)
            connection.execute("PRAGMA cache_size = -262144")  # 256 MB: bulk index building
            connection.execute("PRAGMA temp_store = MEMORY")
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.Error as error:
            raise StoreError(translate("ElectionStore", "{path} cannot be opened as a GeoPackage: {error}").format(
                path=self.path, error=error)) from error
        if tables and application_id not in (GPKG_APPLICATION_ID, 0x47503130, 0x47503131):  # GPKG, GP10, GP11
            connection.close()
            raise StoreError(translate("ElectionStore", "{path} is an SQLite database but not a GeoPackage.").format(path=self.path))
        _register_functions(connection)
        self._connection = connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError(translate("ElectionStore", "The election store {path} is closed.").format(path=self.path))
        return self._connection

    def interrupt(self) -> None:
        """Abort the statement running on this connection (from another thread)."""
        if self._connection is not None:
            self._connection.interrupt()

    def qualified(self, table: str) -> str:
        return schema.quote_identifier(table)

    @contextmanager
    def _write_transaction(self) -> Iterator:
        cursor = self.connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise StoreConflictError(translate(
                    "ElectionStore",
                    "The GeoPackage {path} is being written by another process (still busy after {seconds:.0f} s); "
                    "nothing was written. Try again when that import has finished.").format(
                        path=self.path, seconds=self.timeout)) from error
            raise
        try:
            yield cursor
            cursor.execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                with suppress(sqlite3.Error):
                    cursor.execute("ROLLBACK")
            raise
        finally:
            cursor.close()

    @contextmanager
    def _read_cursor(self) -> Iterator:
        cursor = self.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def _table_exists(self, cursor, table: str) -> bool:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) = lower(?)", (table,))
        return cursor.fetchone() is not None

    def _db_errors(self):
        return (sqlite3.Error,)

    def _now_sql(self) -> str:
        return NOW_SQL

    def _vector_value(self, text):
        return None if text is None else f"[{text}]"  # a JSON array (json_each in the results view)

    def _vector_select(self, column: str) -> str:
        c = schema.quote_identifier(column)
        return f"substr({c}, 2, length({c}) - 2)"

    # --- geometry ------------------------------------------------------------------------

    def _geometry_param(self, wkb, bbox=None):
        return gpkg_blob(wkb, schema.SRID, bbox)

    def _geometry_placeholder(self) -> str:
        return "?"

    def _geometry_select(self, geometry_format: str = "wkb") -> str:
        return schema.quote_identifier(schema.GEOMETRY_COLUMN)

    def _wkb_of(self, values):
        return wkb_from_gpkg(values[0])

    # --- bulk ------------------------------------------------------------------------------

    def _insert_frame(self, cursor, table: str, frame: pd.DataFrame, progress: _Progress | None) -> int:
        names = list(frame.columns)
        columns = [python_values(frame[n]) for n in names]
        sql = (f"INSERT INTO {self.qualified(table)} ({', '.join(schema.quote_identifier(n) for n in names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        count = len(frame)
        for start in range(0, count, self.CHUNK_ROWS):
            stop = min(start + self.CHUNK_ROWS, count)
            cursor.executemany(sql, zip(*(c[start:stop] for c in columns)))
            if progress is not None:
                progress.advance(stop - start)
        return count

    def _read_frame(self, cursor, sql: str, params: tuple, columns: dict[str, str]) -> pd.DataFrame:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        names = list(columns)
        if not rows:
            return pd.DataFrame({n: pd.Series(dtype=_DTYPES[k]) for n, k in columns.items()})
        data = list(zip(*rows))
        frame = {}
        for name, values in zip(names, data):
            kind = columns[name]
            if kind == "text":
                frame[name] = np.array(values, dtype=object)
            elif kind == "int":
                frame[name] = np.array(values, dtype="int64")
            else:
                frame[name] = np.array([np.nan if v is None else v for v in values], dtype="float64") \
                    if None in values else np.array(values, dtype="float64")
        return pd.DataFrame(frame, columns=names)

    # --- GeoPackage bookkeeping ----------------------------------------------------------------

    def _before_migrations(self, cursor, current: int) -> None:
        create_geopackage_core(cursor)

    def _after_migration(self, cursor, migration: schema.Migration) -> None:
        if migration.version != 1:
            return
        for table in (*schema.STORE_TABLES, *schema.STORE_VIEWS):
            if table != "units":
                register_table(cursor, table, "Fiefs election store")
        register_features(cursor, "units", schema.GEOMETRY_COLUMN, "Fiefs election store")
        create_rtree(cursor, "units", schema.GEOMETRY_COLUMN)

    def _after_units_changed(self, cursor) -> None:
        update_extent(cursor, "units", schema.GEOMETRY_COLUMN)

    def _blob_of(self, values):
        return None if values[0] is None else bytes(values[0])


# --- GeoPackage bookkeeping (also used to write output layers) --------------------------------


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


def register_features(cursor, table: str, column: str, description: str = "") -> None:
    """Register a MultiPolygon feature table (EPSG:4326) in gpkg_contents and gpkg_geometry_columns."""
    cursor.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)",
        (table, table, description, schema.SRID),
    )
    cursor.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, ?, 'MULTIPOLYGON', ?, 0, 0)",
        (table, column, schema.SRID),
    )


def create_rtree(cursor, table: str, column: str, fill: list | None = None) -> None:
    """The GeoPackage R-tree spatial index extension with the triggers of the spec.

    ``fill``: (fid, minx, maxx, miny, maxy) rows of features already in the table.
    """
    name = f"rtree_{table}_{column}"
    rtree = schema.quote_identifier(name)
    t, c = schema.quote_identifier(table), schema.quote_identifier(column)
    bbox = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    cursor.execute(f"CREATE VIRTUAL TABLE {rtree} USING rtree(id, minx, maxx, miny, maxy)")
    if fill:
        cursor.executemany(f"INSERT INTO {rtree} VALUES (?, ?, ?, ?, ?)", fill)
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
        cursor.execute(f"CREATE TRIGGER {schema.quote_identifier(f'{name}_{suffix}')} {body}")
    cursor.execute(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (table, column),
    )


def update_extent(cursor, table: str, column: str) -> None:
    """gpkg_contents' extent of a feature table from its R-tree (QGIS zooms to it)."""
    rtree = schema.quote_identifier(f"rtree_{table}_{column}")
    cursor.execute(f"SELECT min(minx), min(miny), max(maxx), max(maxy) FROM {rtree}")
    extent = cursor.fetchone()
    cursor.execute(
        f"UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, last_change = {NOW_SQL} "
        "WHERE table_name = ?",
        (*extent, table),
    )


def write_feature_table(path, table: str, frame: pd.DataFrame, blobs: list, description: str = "") -> None:
    """Write a new GeoPackage holding one MultiPolygon layer (EPSG:4326): ``frame``'s columns
    (int -> INTEGER, float -> REAL, other -> TEXT) and the GeoPackage geometry ``blobs``.

    Written to a temporary file beside ``path`` and renamed at the end, so ``path`` is
    either the whole layer or untouched. Fast: one executemany, no per-value QGIS call.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    if temporary.exists():
        temporary.unlink()
    types = []
    for name in frame.columns:
        dtype = frame[name].dtype
        if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
            types.append("INTEGER")
        elif pd.api.types.is_float_dtype(dtype):
            types.append("REAL")
        else:
            types.append("TEXT")
    columns = [schema.quote_identifier(str(n)) for n in frame.columns]
    geometry = schema.GEOMETRY_COLUMN if schema.GEOMETRY_COLUMN not in frame.columns else "geometry"
    try:
        connection = sqlite3.connect(str(temporary), isolation_level=None)
        _register_functions(connection)
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode = OFF")  # a new file: it is renamed only when complete
        cursor.execute("BEGIN")
        create_geopackage_core(cursor)
        definition = ", ".join(f"{c} {t}" for c, t in zip(columns, types))
        cursor.execute(
            f"CREATE TABLE {schema.quote_identifier(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            f"{schema.quote_identifier(geometry)} MULTIPOLYGON{', ' + definition if definition else ''})"
        )
        register_features(cursor, table, geometry, description)
        values = [python_values(frame[n]) for n in frame.columns]
        placeholders = ", ".join("?" * (len(columns) + 2))
        cursor.executemany(
            f"INSERT INTO {schema.quote_identifier(table)} VALUES ({placeholders})",
            zip(range(1, len(frame) + 1), blobs, *values),
        )
        create_rtree(cursor, table, geometry, blob_envelopes(blobs))
        update_extent(cursor, table, geometry)
        cursor.execute("COMMIT")
        connection.close()
        os.replace(temporary, path)
    except BaseException:
        with suppress(Exception):
            connection.close()
        with suppress(OSError):
            temporary.unlink()
        raise


_DTYPES = {"text": "object", "int": "int64", "real": "float64"}


def python_values(series: pd.Series) -> list:
    """A frame column as a list of values sqlite3 binds (NaN/NA -> None, numpy -> Python),
    converted per column, not per cell."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype) and not pd.api.types.is_extension_array_dtype(dtype):
        return series.to_numpy(dtype="int64").tolist()
    if pd.api.types.is_extension_array_dtype(dtype) and (
            pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)):
        mask = series.isna().to_numpy()
        values = series.fillna(0).to_numpy(dtype="int64").astype(object)
        values[mask] = None
        return values.tolist()
    if pd.api.types.is_float_dtype(dtype):
        values = series.to_numpy(dtype="float64")
        missing = np.isnan(values)
        if missing.any():
            out = values.astype(object)
            out[missing] = None
            return out.tolist()
        return values.tolist()
    if pd.api.types.is_integer_dtype(dtype):
        return series.to_numpy(dtype="int64").tolist()
    values = series.to_numpy(dtype=object)
    missing = pd.isna(values)
    if missing.any():
        values = values.copy()
        values[missing] = None
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty", "bytes"):
        return values.tolist()
    return [v.item() if isinstance(v, np.generic) else v for v in values.tolist()]


def blob_envelopes(blobs: list) -> list[tuple]:
    """(fid, minx, maxx, miny, maxy) of each non-empty blob, fid counting from 1."""
    standard = [b is not None and len(b) >= 40 and b[:2] == b"GP" and b[3] == 0x03 for b in blobs]
    if all(standard) and blobs:  # little endian with an XY envelope: read all headers at once
        boxes = np.frombuffer(b"".join(b[8:40] for b in blobs), dtype="<f8").reshape(-1, 4)
        return [(fid, *box) for fid, box in enumerate(boxes.tolist(), start=1)]
    out = []
    for fid, blob in enumerate(blobs, start=1):
        envelope = gpkg_envelope(blob) if blob is not None else None
        if envelope is not None:
            out.append((fid, *envelope))
    return out
