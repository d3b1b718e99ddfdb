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

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.gis.geopackage import (  # noqa: F401 (GPKG_APPLICATION_ID, create_rtree: the store's API too)
    GPKG_APPLICATION_ID,
    NOW_SQL,
    create_geopackage_core,
    create_rtree,
    register_features,
    register_functions,
    register_table,
    update_extent,
)
from fiefs_plugin.gis.store import schema
from fiefs_plugin.gis.store.base import ElectionStore, _Progress
from fiefs_plugin.gis.store.model import StoreConflictError, StoreError
from fiefs_plugin.gis.store.wkb import gpkg_blob, wkb_from_gpkg
from fiefs_plugin.gis.values import column_values

translate = QCoreApplication.translate

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
        register_functions(connection)
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
        columns = [column_values(frame[n]) for n in names]
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


_DTYPES = {"text": "object", "int": "int64", "real": "float64"}
