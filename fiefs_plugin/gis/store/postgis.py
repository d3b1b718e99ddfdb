"""The PostGIS election store, for a team sharing one database.

Writes go through psycopg2, imported only here and only when a PostGIS store is opened
(a GeoPackage store never needs it). QGIS's own database connection API
(``QgsAbstractDatabaseProviderConnection.executeSql``) was the first choice, but it cannot
carry an import: each call takes a connection from QGIS's shared pool, so a transaction
opened by one call may continue on another connection (or be shared with a layer's
iterator); it has no bound parameters and no COPY. psycopg2 gives a transaction on one
connection of our own, bound parameters, ``COPY ... FROM STDIN`` (1.3 M rows in seconds)
and advisory locks. The connection parameters come from a QGIS saved connection and the
QGIS authentication manager (``connect.py``); they are kept in memory only.

Concurrency: an import takes ``pg_try_advisory_xact_lock`` on (schema, election): a second
writer of the same election gets ``StoreConflictError`` immediately; writers of different
elections proceed in parallel and only queue briefly for the shared tables (units,
parties, crosswalk), which are written under a blocking advisory lock at the end of the
transaction.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.gis.store import schema
from fiefs_plugin.gis.store.base import ElectionStore, _Progress
from fiefs_plugin.gis.store.model import StoreConflictError, StoreError
from fiefs_plugin.gis.store.wkb import gpkg_blob

translate = QCoreApplication.translate

DEFAULT_SCHEMA = "fiefs"
_SECRET_KEYS = frozenset({"password", "sslpassword", "passfile"})
_COPY_UNESCAPE = re.compile(r"\\(.)")
_COPY_UNESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def import_psycopg2():
    """psycopg2, or StoreError saying how to install it (only PostGIS stores need it)."""
    try:
        import psycopg2
        import psycopg2.extras  # noqa: F401 (execute_batch)
    except ImportError as error:
        raise StoreError(translate(
            "ElectionStore",
            "A PostGIS election store needs the Python module psycopg2, which this QGIS does not have. "
            "Install it (Debian/Ubuntu: apt install python3-psycopg2; Windows: it comes with the OSGeo4W "
            "QGIS; elsewhere: pip install psycopg2-binary into QGIS's Python), or use a GeoPackage store, "
            "which needs nothing more.")) from error
    return psycopg2


def safe_params(params: dict) -> dict:
    """Connection parameters without secrets (for messages and reprs)."""
    return {k: v for k, v in params.items() if k not in _SECRET_KEYS}


class PostgisStore(ElectionStore):
    """An election store in schema ``schema_name`` of a PostgreSQL/PostGIS database.

    ``params``: libpq keywords (host, port, dbname, user, password, sslmode, service...),
    as ``connect.postgis_params`` builds them from a QGIS saved connection.
    """

    dialect = "postgres"
    kind = "postgis"

    def __init__(self, params: dict, schema_name: str = DEFAULT_SCHEMA, create: bool = True,
                 label: str = "", migrations=schema.MIGRATIONS, connect_timeout: int = 15):
        super().__init__(migrations)
        if not schema_name:
            raise StoreError(translate("ElectionStore", "A PostGIS election store needs a schema name."))
        schema.quote_identifier(schema_name)  # refuses NUL
        self._params = dict(params)
        self.schema = str(schema_name)
        self.create = create
        self.label = label
        self.connect_timeout = connect_timeout
        self._connection = None
        self._psycopg2 = None

    @property
    def location(self) -> str:
        if self.label:
            where = self.label
        else:
            p = safe_params(self._params)
            where = p.get("service") or "{host}:{port}/{db}".format(
                host=p.get("host", "localhost"), port=p.get("port", 5432), db=p.get("dbname", ""))
        return translate("ElectionStore", "PostGIS {where}, schema {schema}").format(where=where, schema=self.schema)

    def _connect(self) -> None:
        psycopg2 = self._psycopg2 = import_psycopg2()
        params = {k: v for k, v in self._params.items() if v not in (None, "")}
        params.setdefault("connect_timeout", self.connect_timeout)
        params.setdefault("application_name", "fiefs")
        params.setdefault("client_encoding", "UTF8")
        try:
            connection = psycopg2.connect(**params)
        except psycopg2.Error as error:
            raise StoreError(translate("ElectionStore", "Could not connect to {location}: {error}").format(
                location=self.location, error=_scrub(str(error).strip(), self._params))) from None
        connection.autocommit = True  # transactions are explicit (BEGIN ... COMMIT)
        self._connection = connection

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None

    @property
    def connection(self):
        if self._connection is None:
            raise StoreError(translate("ElectionStore", "The election store {location} is closed.").format(location=self.location))
        return self._connection

    def backend_pid(self) -> int:
        """The server process of this store's connection (tests cut it to simulate a lost connection)."""
        return self.connection.get_backend_pid()

    def qualified(self, table: str) -> str:
        return f"{schema.quote_identifier(self.schema)}.{schema.quote_identifier(table)}"

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _executemany(self, cursor, sql: str, rows) -> None:
        self._psycopg2.extras.execute_batch(cursor, self._sql(sql), list(rows), page_size=500)

    @contextmanager
    def _write_transaction(self) -> Iterator:
        cursor = self.connection.cursor()
        cursor.execute("BEGIN")
        try:
            yield cursor
            cursor.execute("COMMIT")
        except BaseException:
            try:
                if not self.connection.closed:
                    cursor.execute("ROLLBACK")
            except self._psycopg2.Error:
                pass  # a lost connection: the server discards the transaction itself
            raise
        finally:
            if not cursor.closed:
                cursor.close()

    @contextmanager
    def _read_cursor(self) -> Iterator:
        """A consistent snapshot for the statements of one read."""
        cursor = self.connection.cursor()
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield cursor
        finally:
            try:
                if not self.connection.closed:
                    cursor.execute("ROLLBACK")
            finally:
                cursor.close()

    def _table_exists(self, cursor, table: str) -> bool:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (self.qualified(table),))
        return bool(cursor.fetchone()[0])

    def _db_errors(self):
        return (self._psycopg2.Error,)

    def _connection_lost(self, error: BaseException) -> bool:
        psycopg2 = self._psycopg2
        return isinstance(error, (psycopg2.OperationalError, psycopg2.InterfaceError)) and bool(self.connection.closed)

    def _write_error(self, election_id: str, error: BaseException) -> StoreError:
        if self._connection_lost(error):
            return StoreError(translate(
                "ElectionStore",
                "The connection to {location} was lost while writing election '{election}' ({error}). The server "
                "discards an unfinished transaction, so nothing was written; run the import again.").format(
                    location=self.location, election=election_id, error=_first_line(error)))
        return super()._write_error(election_id, error)

    def _now_sql(self) -> str:
        return "clock_timestamp()"

    def _vector_value(self, text):
        return None if text is None else "{" + text.replace("null", "NULL") + "}"

    def _vector_select(self, column: str) -> str:
        return f"array_to_string({schema.quote_identifier(column)}, ',', 'null')"

    # --- locks -----------------------------------------------------------------------------

    def _lock_schema(self, cursor) -> None:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s), 1)", (f"fiefs-schema:{self.schema}",))

    def _lock_shared(self, cursor) -> None:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s), 0)", (f"fiefs-shared:{self.schema}",))

    def _lock_election(self, cursor, election_id: str) -> None:
        cursor.execute("SELECT pg_try_advisory_xact_lock(hashtext(%s), hashtext(%s))",
                       (f"fiefs-election:{self.schema}", election_id))
        if not cursor.fetchone()[0]:
            raise StoreConflictError(translate(
                "ElectionStore",
                "Election '{election}' is being written right now by another user or process ({location}); "
                "nothing was written. Try again when their import has finished.").format(
                    election=election_id, location=self.location))

    # --- set-up ------------------------------------------------------------------------------

    def _before_migrations(self, cursor, current: int) -> None:
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
        if cursor.fetchone() is None:
            cursor.execute("SAVEPOINT fiefs_postgis")
            try:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except self._psycopg2.Error:
                cursor.execute("ROLLBACK TO SAVEPOINT fiefs_postgis")
                cursor.execute("SELECT current_database()")
                database = cursor.fetchone()[0]
                raise StoreError(translate(
                    "ElectionStore",
                    "The database {database} has no PostGIS extension and this user may not create it. Ask its "
                    "administrator to run: CREATE EXTENSION postgis;").format(database=database)) from None
        if not self.create:
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,))
            if cursor.fetchone() is None:
                raise StoreError(translate("ElectionStore", "Election store not found: {location}").format(
                    location=self.location))
        cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {schema.quote_identifier(self.schema)}")

    # --- geometry ----------------------------------------------------------------------------

    def _geometry_param(self, wkb, bbox=None):
        return None if wkb is None else self._psycopg2.Binary(bytes(wkb))

    def _geometry_placeholder(self) -> str:
        return f"ST_GeomFromWKB(?, {schema.SRID})"

    def _geometry_select(self, geometry_format: str = "wkb") -> str:
        g = schema.quote_identifier(schema.GEOMETRY_COLUMN)
        if geometry_format == "gpkg":  # the envelope from the server: no WKB parsing here
            return f"ST_AsBinary({g}), ST_XMin({g}), ST_XMax({g}), ST_YMin({g}), ST_YMax({g})"
        return f"ST_AsBinary({g})"

    def _wkb_of(self, values):
        return None if values[0] is None else bytes(values[0])

    def _blob_of(self, values):
        if values[0] is None:
            return None
        bbox = None if values[1] is None else (values[1], values[2], values[3], values[4])
        return gpkg_blob(bytes(values[0]), schema.SRID, bbox)

    # --- bulk --------------------------------------------------------------------------------

    def _insert_frame(self, cursor, table: str, frame: pd.DataFrame, progress: _Progress | None) -> int:
        names = list(frame.columns)
        sql = (f"COPY {self.qualified(table)} ({', '.join(schema.quote_identifier(n) for n in names)}) "
               f"FROM STDIN")
        count = len(frame)
        chunk = self.CHUNK_ROWS * 2
        for start in range(0, count, chunk):
            part = frame.iloc[start:start + chunk]
            cursor.copy_expert(sql, io.StringIO(copy_text(part)))
            if progress is not None:
                progress.advance(len(part))
        return count

    def _read_frame(self, cursor, sql: str, params: tuple, columns: dict[str, str]) -> pd.DataFrame:
        query = cursor.mogrify(self._sql(sql), params).decode("utf-8")
        buffer = io.StringIO()
        cursor.copy_expert(f"COPY ({query}) TO STDOUT", buffer)
        buffer.seek(0)
        names = list(columns)
        dtypes = {n: ("object" if k == "text" else "float64") for n, k in columns.items()}
        frame = pd.read_csv(
            buffer, sep="\t", header=None, names=names, dtype=dtypes, quoting=csv.QUOTE_NONE,
            na_values=["\\N"], keep_default_na=False, skip_blank_lines=False, engine="c",
        ) if buffer.getvalue() else pd.DataFrame({n: pd.Series(dtype=dtypes[n]) for n in names})
        for name, kind in columns.items():
            if kind == "text":
                frame[name] = _unescape_text(frame[name])
            elif kind == "int":
                frame[name] = frame[name].astype("int64")
        return frame


def copy_text(frame: pd.DataFrame) -> str:
    """Rows of ``frame`` in COPY text format (tab-separated, \\N for NULL, escaped text)."""
    if not len(frame):
        return ""
    parts = []
    for name in frame.columns:
        series = frame[name]
        if pd.api.types.is_integer_dtype(series.dtype):
            text = series.astype("int64").astype(str)
        elif pd.api.types.is_float_dtype(series.dtype):
            values = series.to_numpy(dtype="float64")
            text = pd.Series(values).astype(str)
            text = text.where(~np.isnan(values), "\\N")
        else:
            text = _escape_text(series)
        parts.append(text.reset_index(drop=True))
    lines = parts[0].str.cat(parts[1:], sep="\t") if len(parts) > 1 else parts[0]
    return "\n".join(lines.tolist()) + "\n"


def _escape_text(series: pd.Series) -> pd.Series:
    unique = pd.unique(series.to_numpy(dtype=object))
    mapping = {}
    for value in unique:
        if value is None or (isinstance(value, float) and value != value):
            continue
        text = str(value) if not isinstance(value, bool) else str(int(value))
        mapping[value] = (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"))
    escaped = series.map(mapping)
    return escaped.where(escaped.notna(), "\\N").astype(object)


def _unescape_text(series: pd.Series) -> pd.Series:
    values = series.to_numpy(dtype=object)
    out = np.where(pd.isna(values), None, values).astype(object)
    unique = {v for v in pd.unique(out) if isinstance(v, str) and "\\" in v}
    if unique:
        mapping = {v: _COPY_UNESCAPE.sub(lambda m: _COPY_UNESCAPES.get(m.group(1), m.group(1)), v) for v in unique}
        out = np.array([mapping.get(v, v) if isinstance(v, str) else v for v in out], dtype=object)
    return pd.Series(out, index=series.index, dtype=object)


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def _scrub(text: str, params: dict) -> str:
    """``text`` without any secret of ``params`` (libpq messages never hold the password; belt and braces)."""
    for key in _SECRET_KEYS:
        secret = params.get(key)
        if secret:
            text = text.replace(str(secret), "***")
    return text
