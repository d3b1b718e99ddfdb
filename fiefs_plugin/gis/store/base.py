"""The election store interface, and the import/load logic both backends share.

A backend (``geopackage.GeoPackageStore``, ``postgis.PostgisStore``) supplies the
connection, the transaction, locks, bulk insert and bulk read; everything else (the
schema migrations, the import of an election, the reading back of a ResultSet) is
written once, here, with ``?`` placeholders and quoted table names, so both backends
run exactly the same statements.

An import (``write_election``) is one transaction:

1. the payload is validated and fingerprinted before the transaction starts;
2. the election is locked (PostGIS: a try-lock, so a second writer of the same election
   gets ``StoreConflictError`` at once; GeoPackage: the file's write lock) and its
   revision compared with the one seen when the import started (a change means someone
   else wrote it meanwhile: conflict, nothing written);
3. if the stored digest equals the payload's, nothing of the election is rewritten;
   otherwise its ``election_units`` and ``election_parties`` rows are deleted and
   written again (other elections' rows are never touched);
4. under a lock of the shared tables: new parties, new or changed units, crosswalk rows;
5. commit. Any exception (bad row, cancel, lost connection) rolls everything back, and a
   killed process leaves an unfinished transaction that the database discards.

``write_units`` writes boundaries without an election (the communes, provinces, regions
no results are attached to): step 4's units part alone, in its own transaction.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import results as res
from fiefs_plugin.core.results import ResultSet
from fiefs_plugin.gis.store import schema
from fiefs_plugin.gis.store.model import (
    CROSSWALK_COLUMNS,
    UNIT_COLUMNS,
    Election,
    ElectionPayload,
    ImportSummary,
    StoreConflictError,
    StoreError,
    StoreVersionError,
    check_text,
    parse_vectors,
    prepare_crosswalk,
    prepare_units,
    resolve_parties,
    valid_colour,
)

translate = QCoreApplication.translate

ProgressCallback = Callable[[int, int], None]


class _Progress:
    """Counts written rows and reports them; the callback may raise to abort the import."""

    def __init__(self, callback: ProgressCallback | None, total: int):
        self.callback = callback
        self.total = max(int(total), 1)
        self.done = 0

    def advance(self, rows: int) -> None:
        self.done += int(rows)
        if self.callback is not None:
            self.callback(self.done, self.total)


class ElectionStore(ABC):
    """One election store. Use as a context manager or call ``close()``.

    Subclasses set ``dialect`` ("sqlite" or "postgres") and ``kind`` ("geopackage" or
    "postgis") and implement the abstract methods.
    """

    dialect = ""
    kind = ""
    CHUNK_ROWS = 100_000

    def __init__(self, migrations: tuple[schema.Migration, ...] = schema.MIGRATIONS):
        self._migrations = migrations

    # --- life cycle --------------------------------------------------------------------

    def open(self) -> ElectionStore:
        self._connect()
        try:
            self._ensure_schema()
        except BaseException:
            self.close()
            raise
        return self

    def __enter__(self) -> ElectionStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the store is, for messages (never holds a password)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.location}>"

    @abstractmethod
    def _connect(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    # --- backend primitives --------------------------------------------------------------

    @abstractmethod
    def qualified(self, table: str) -> str:
        """The quoted (schema-qualified) name of a store table."""

    @abstractmethod
    @contextmanager
    def _write_transaction(self) -> Iterator:
        """A cursor inside a write transaction: committed on exit, rolled back on error."""

    @abstractmethod
    @contextmanager
    def _read_cursor(self) -> Iterator: ...

    @abstractmethod
    def _table_exists(self, cursor, table: str) -> bool: ...

    @abstractmethod
    def _insert_frame(self, cursor, table: str, frame: pd.DataFrame, progress: _Progress | None) -> int:
        """Bulk insert the frame's columns (same names as the table's) into ``table``."""

    @abstractmethod
    def _read_frame(self, cursor, sql: str, params: tuple, columns: dict[str, str]) -> pd.DataFrame:
        """Rows of a query as a frame; ``columns``: name -> "text" | "int" | "real"."""

    @abstractmethod
    def _geometry_param(self, wkb: bytes | None, bbox=None):
        """The bound value of a geometry (WKB, EPSG:4326) for ``_geometry_placeholder``."""

    @abstractmethod
    def _geometry_placeholder(self) -> str: ...

    @abstractmethod
    def _geometry_select(self, geometry_format: str = "wkb") -> str:
        """The select list of the units geometry: ``_wkb_of`` (format "wkb") or ``_blob_of``
        (format "gpkg") turns the selected values (a tuple) into WKB or a GeoPackage blob."""

    @abstractmethod
    def _wkb_of(self, value) -> bytes | None: ...

    @abstractmethod
    def _blob_of(self, value) -> bytes | None:
        """A selected geometry as a GeoPackage geometry blob."""

    @abstractmethod
    def _now_sql(self) -> str: ...

    @abstractmethod
    def _vector_value(self, text: str | None):
        """The stored value of a result vector given as ``model.vector_text``."""

    @abstractmethod
    def _vector_select(self, column: str) -> str:
        """An SQL expression giving a stored vector back as ``model.vector_text``."""

    @abstractmethod
    def _db_errors(self) -> tuple[type[BaseException], ...]: ...

    def _lock_schema(self, cursor) -> None:
        """Serialise migrations (PostGIS); SQLite's write lock already does."""
        return None

    def _lock_election(self, cursor, election_id: str) -> None:
        """Exclusive right to write ``election_id`` in this transaction, or StoreConflictError."""
        return None

    def _lock_shared(self, cursor) -> None:
        """Serialise writes of the shared tables (units, parties, crosswalk)."""
        return None

    def _before_migrations(self, cursor, current: int) -> None:
        """Backend set-up before the first migration (schema, GeoPackage tables)."""
        return None

    def _after_migration(self, cursor, migration: schema.Migration) -> None:
        """Backend bookkeeping after a migration (GeoPackage contents)."""
        return None

    def _after_units_changed(self, cursor) -> None:
        """Backend bookkeeping after units were written (GeoPackage extent)."""
        return None

    def _date_value(self, value):
        """A date read from the store as ISO text."""
        if value is None:
            return None
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    def _execute(self, cursor, sql: str, params: tuple = ()) -> None:
        cursor.execute(self._sql(sql), params)

    def _executemany(self, cursor, sql: str, rows) -> None:
        cursor.executemany(self._sql(sql), rows)

    def _sql(self, sql: str) -> str:
        return sql

    # --- schema and migrations -----------------------------------------------------------

    def schema_version(self) -> int:
        with self._read_cursor() as cursor:
            return self._read_version(cursor)

    def _read_version(self, cursor) -> int:
        if not self._table_exists(cursor, "schema_version"):
            return 0
        self._execute(cursor, f"SELECT MAX(version) FROM {self.qualified('schema_version')}")
        row = cursor.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _version_error(self, found: int, latest: int) -> StoreVersionError:
        return StoreVersionError(translate(
            "ElectionStore",
            "The election store {location} was written by a newer version of Fiefs (store schema "
            "version {found}; this Fiefs reads up to version {latest}). Update the Fiefs plugin to "
            "open it; the store was not changed.").format(location=self.location, found=found, latest=latest))

    def _ensure_schema(self) -> None:
        latest = schema.latest(self._migrations)
        with self._read_cursor() as cursor:
            current = self._read_version(cursor)
        if current > latest:
            raise self._version_error(current, latest)
        if current == latest:
            return
        from fiefs_plugin.paths import plugin_version

        try:
            with self._write_transaction() as cursor:
                self._lock_schema(cursor)
                current = self._read_version(cursor)  # another session may have migrated meanwhile
                if current > latest:
                    raise self._version_error(current, latest)
                if current == 0:
                    clash = [t for t in (*schema.STORE_TABLES, *schema.STORE_VIEWS) if self._table_exists(cursor, t)]
                    if clash:
                        raise StoreVersionError(translate(
                            "ElectionStore",
                            "{location} already holds table(s) {tables} that Fiefs did not create (no "
                            "schema_version table): choose another file or schema for the election "
                            "store.").format(location=self.location, tables=", ".join(clash)))
                    self._before_migrations(cursor, current)
                for migration in schema.pending(current, self._migrations):
                    for statement in migration.statements(self.dialect, self.qualified):
                        self._execute(cursor, statement)
                    self._after_migration(cursor, migration)
                    if migration.after is not None:
                        migration.after(self, cursor)
                    self._execute(
                        cursor,
                        f"INSERT INTO {self.qualified('schema_version')} "
                        f"(version, description, fiefs_version, applied_at) VALUES (?, ?, ?, {self._now_sql()})",
                        (migration.version, migration.description, plugin_version()),
                    )
        except StoreError:
            raise
        except self._db_errors() as error:
            raise StoreVersionError(translate(
                "ElectionStore",
                "Could not upgrade the election store {location} from schema version {current} to "
                "{latest}: {error}. The store was left as it was.").format(
                    location=self.location, current=current, latest=latest, error=_first_line(error))) from error

    # --- elections -----------------------------------------------------------------------

    _ELECTION_COLUMNS = ("id", "name", "kind", "date", "level", "source", "digest", "revision", "written_at")

    def elections(self) -> list[Election]:
        """All elections, by date then id."""
        columns = ", ".join(schema.quote_identifier(c) for c in self._ELECTION_COLUMNS)
        with self._read_cursor() as cursor:
            self._execute(cursor, f"SELECT {columns} FROM {self.qualified('elections')} ORDER BY date, id")
            return [self._election_from_row(row) for row in cursor.fetchall()]

    def election(self, election_id: str) -> Election | None:
        with self._read_cursor() as cursor:
            return self._election_row(cursor, election_id)

    def _election_row(self, cursor, election_id: str) -> Election | None:
        columns = ", ".join(schema.quote_identifier(c) for c in self._ELECTION_COLUMNS)
        self._execute(cursor, f"SELECT {columns} FROM {self.qualified('elections')} WHERE id = ?", (election_id,))
        row = cursor.fetchone()
        return self._election_from_row(row) if row else None

    def _election_from_row(self, row) -> Election:
        values = dict(zip(self._ELECTION_COLUMNS, row))
        values["date"] = self._date_value(values["date"])
        values["written_at"] = None if values["written_at"] is None else str(values["written_at"])
        values["revision"] = int(values["revision"] or 0)
        for name in ("name", "source"):
            values[name] = values[name] or ""
        return Election(**values)

    def _require_election(self, cursor, election_id: str) -> Election:
        election = self._election_row(cursor, election_id)
        if election is None:
            self._execute(cursor, f"SELECT id FROM {self.qualified('elections')} ORDER BY id")
            known = [row[0] for row in cursor.fetchall()]
            raise StoreError(translate(
                "ElectionStore", "There is no election '{election}' in {location}. Elections stored: {known}.").format(
                    election=election_id, location=self.location, known=", ".join(known) or "-"))
        return election

    def _revision_state(self, cursor, election_id: str) -> tuple[int, str | None] | None:
        self._execute(cursor, f"SELECT revision, digest FROM {self.qualified('elections')} WHERE id = ?", (election_id,))
        row = cursor.fetchone()
        return (int(row[0]), row[1]) if row else None

    # --- import ----------------------------------------------------------------------------

    def write_election(
        self,
        election: Election,
        result_set: ResultSet,
        units: pd.DataFrame | None = None,
        crosswalk: pd.DataFrame | None = None,
        progress: ProgressCallback | None = None,
    ) -> ImportSummary:
        """Write one election (and optionally units and crosswalk rows) in one transaction.

        ``units``: ``model.UNIT_COLUMNS`` + ``wkb`` (see ``model.prepare_units``);
        ``crosswalk``: ``model.CROSSWALK_COLUMNS`` (``source`` defaults to the election id).
        ``progress(done, total)`` is called as rows are written; raising in it aborts the
        import and nothing is written. Re-writing the same content changes nothing;
        different content replaces this election's rows only.
        """
        payload = ElectionPayload.prepare(election, result_set)
        election = payload.election
        units_rows = prepare_units(units, election.level) if units is not None else None
        cross_rows = prepare_crosswalk(crosswalk, election.id) if crosswalk is not None else None
        with self._read_cursor() as cursor:
            seen = self._revision_state(cursor, election.id)

        summary = ImportSummary(election.id)
        total = len(payload.units) + (0 if units_rows is None else len(units_rows))
        tracker = _Progress(progress, total)
        try:
            with self._write_transaction() as cursor:
                self._lock_election(cursor, election.id)
                now = self._revision_state(cursor, election.id)
                if now != seen:
                    raise StoreConflictError(translate(
                        "ElectionStore",
                        "Election '{election}' was written by another user or process while this import "
                        "was being prepared; nothing was written. Look at the stored election, then run "
                        "the import again to replace it.").format(election=election.id))
                if now is not None and now[1] == payload.digest:
                    summary.unchanged = True
                    summary.notes.append(translate(
                        "ElectionStore", "Election '{election}' is already stored with the same content: its rows were not rewritten.").format(
                            election=election.id))
                    tracker.advance(len(payload.units))
                else:
                    summary.results_deleted = self._delete_election_rows(cursor, election.id)
                    rows = payload.units.copy()
                    rows["votes"] = [self._vector_value(t) for t in rows["votes"]]
                    rows["seats"] = [self._vector_value(t) for t in rows["seats"]]
                    summary.turnout_written = self._insert_frame(cursor, "election_units", rows, tracker)
                    summary.results_written = payload.result_count
                self._lock_shared(cursor)
                mapping, new_parties, alias_updates = resolve_parties(payload.parties, self._parties(cursor))
                if new_parties:
                    self._insert_frame(cursor, "parties", pd.DataFrame(new_parties), None)
                    summary.parties_added = len(new_parties)
                for code, aliases in alias_updates.items():
                    self._execute(cursor, f"UPDATE {self.qualified('parties')} SET aliases = ? WHERE code = ?", (aliases, code))
                if not summary.unchanged:
                    rows = pd.DataFrame(
                        [(election.id, code, name, position, mapping[code])
                         for position, (code, name) in enumerate(payload.parties, start=1)],
                        columns=["election_id", "party", "name", "position", "party_code"],
                    )
                    self._insert_frame(cursor, "election_parties", rows, None)
                    self._write_election_row(cursor, election, payload.digest, payload.result_count, now)
                if units_rows is not None:
                    self._write_units(cursor, units_rows, summary, tracker)
                if cross_rows is not None:
                    summary.crosswalk_written = self._write_crosswalk(cursor, cross_rows)
        except StoreError:
            raise
        except self._db_errors() as error:
            raise self._write_error(election.id, error) from error
        return summary

    def write_units(self, units: pd.DataFrame, progress: ProgressCallback | None = None) -> ImportSummary:
        """Write unit boundaries without an election, in one transaction.

        ``units``: ``model.UNIT_COLUMNS`` + ``wkb`` [+ ``bbox``] as ``layers.units_frame``
        makes them (a missing ``level`` is "commune"). The same rules as the units of
        ``write_election``: a unit is keyed by (level, code, valid_from); an unchanged unit
        is left alone, a changed one updated, a new key (another valid_from) added. Under
        the lock of the shared tables. ``progress(done, total)`` may raise to abort; a bad
        row, an abort or a database error leaves the store exactly as it was. The summary's
        ``election`` is empty and ``unchanged`` is True when no unit was added or updated.
        """
        rows = prepare_units(units)
        summary = ImportSummary("")
        tracker = _Progress(progress, len(rows))
        if len(rows):
            try:
                with self._write_transaction() as cursor:
                    self._lock_shared(cursor)
                    self._write_units(cursor, rows, summary, tracker)
            except StoreError:
                raise
            except self._db_errors() as error:
                raise self._units_write_error(error) from error
        summary.unchanged = not (summary.units_added or summary.units_updated)
        return summary

    def _connection_lost(self, error: BaseException) -> bool:
        """The error is the loss of the connection (PostGIS), not a refused statement."""
        return False

    def _units_write_error(self, error: BaseException) -> StoreError:
        if self._connection_lost(error):
            return StoreError(translate(
                "ElectionStore",
                "The connection to {location} was lost while writing unit boundaries ({error}). The server "
                "discards an unfinished transaction, so nothing was written; run the import again.").format(
                    location=self.location, error=_first_line(error)))
        return StoreError(translate(
            "ElectionStore", "Writing unit boundaries into {location} failed: {error}. Nothing was written.").format(
                location=self.location, error=_first_line(error)))

    def _write_error(self, election_id: str, error: BaseException) -> StoreError:
        return StoreError(translate(
            "ElectionStore", "Writing election '{election}' into {location} failed: {error}. Nothing was written.").format(
                election=election_id, location=self.location, error=_first_line(error)))

    def _delete_election_rows(self, cursor, election_id: str) -> int:
        """Delete an election's unit and party rows; returns its former result count."""
        self._execute(cursor, f"SELECT result_count FROM {self.qualified('elections')} WHERE id = ?", (election_id,))
        row = cursor.fetchone()
        for table in ("election_units", "election_parties"):
            self._execute(cursor, f"DELETE FROM {self.qualified(table)} WHERE election_id = ?", (election_id,))
        return int(row[0] or 0) if row else 0

    def _write_election_row(self, cursor, election: Election, digest: str, count: int, state) -> None:
        values = (election.name, election.kind, election.date, election.level, election.source, digest, count)
        if state is None:
            self._execute(
                cursor,
                f"INSERT INTO {self.qualified('elections')} (name, kind, date, level, source, digest, result_count, id, "
                f"revision, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, {self._now_sql()})",
                (*values, election.id),
            )
        else:
            self._execute(
                cursor,
                f"UPDATE {self.qualified('elections')} SET name = ?, kind = ?, date = ?, level = ?, source = ?, "
                f"digest = ?, result_count = ?, revision = revision + 1, written_at = {self._now_sql()} WHERE id = ?",
                (*values, election.id),
            )

    def delete_election(self, election_id: str) -> int:
        """Remove an election and its rows; returns the number of result rows deleted."""
        try:
            with self._write_transaction() as cursor:
                self._lock_election(cursor, election_id)
                self._require_election(cursor, election_id)
                deleted = self._delete_election_rows(cursor, election_id)
                self._execute(cursor, f"DELETE FROM {self.qualified('elections')} WHERE id = ?", (election_id,))
                return deleted
        except StoreError:
            raise
        except self._db_errors() as error:
            raise self._write_error(election_id, error) from error

    # --- parties ---------------------------------------------------------------------------

    _PARTY_COLUMNS = ("code", "abbreviation", "name_fr", "name_ar", "colour", "aliases")

    def _parties(self, cursor) -> pd.DataFrame:
        columns = ", ".join(schema.quote_identifier(c) for c in self._PARTY_COLUMNS)
        self._execute(cursor, f"SELECT {columns} FROM {self.qualified('parties')} ORDER BY fid")
        return pd.DataFrame(cursor.fetchall(), columns=list(self._PARTY_COLUMNS))

    def parties(self) -> pd.DataFrame:
        """Canonical parties: code, abbreviation, name_fr, name_ar, colour, aliases (list)."""
        with self._read_cursor() as cursor:
            frame = self._parties(cursor)
        frame["aliases"] = [json.loads(a) if a else [] for a in frame["aliases"]]
        return frame

    def election_parties(self, election_id: str) -> pd.DataFrame:
        """An election's parties in file order: party (code in its results), name, party_code."""
        with self._read_cursor() as cursor:
            self._require_election(cursor, election_id)
            self._execute(
                cursor,
                f"SELECT party, name, party_code FROM {self.qualified('election_parties')} "
                f"WHERE election_id = ? ORDER BY position",
                (election_id,),
            )
            return pd.DataFrame(cursor.fetchall(), columns=["party", "name", "party_code"])

    def set_party(self, code: str, *, abbreviation=None, name_fr=None, name_ar=None, colour=None, aliases=None) -> None:
        """Create or update a canonical party (None leaves a field as it is)."""
        code = check_text(code, "party code")
        colour = valid_colour(colour)
        with self._write_transaction() as cursor:
            self._lock_shared(cursor)
            existing = self._parties(cursor)
            known = existing[existing["code"] == code]
            record = known.iloc[0].to_dict() if len(known) else {
                "code": code, "abbreviation": code, "name_fr": None, "name_ar": None, "colour": None, "aliases": "[]"}
            for name, value in (("abbreviation", abbreviation), ("name_fr", name_fr), ("name_ar", name_ar), ("colour", colour)):
                if value is not None:
                    record[name] = check_text(value, f"party {name}")
            if aliases is not None:
                record["aliases"] = json.dumps(sorted({check_text(a, "party alias") for a in aliases}), ensure_ascii=False)
            if len(known):
                self._execute(
                    cursor,
                    f"UPDATE {self.qualified('parties')} SET abbreviation = ?, name_fr = ?, name_ar = ?, colour = ?, "
                    f"aliases = ? WHERE code = ?",
                    (record["abbreviation"], record["name_fr"], record["name_ar"], record["colour"], record["aliases"], code),
                )
            else:
                self._insert_frame(cursor, "parties", pd.DataFrame([record]), None)

    # --- units -----------------------------------------------------------------------------

    def _write_units(self, cursor, units: pd.DataFrame, summary: ImportSummary, tracker: _Progress) -> None:
        levels = sorted(units["level"].unique())
        stored = self._units(cursor, levels=levels)
        key_of = {
            (row.level, row.code, row.valid_from or ""): row for row in stored.itertuples(index=False)
        }
        inserts, updates = [], []
        for row in units.itertuples(index=False):
            old = key_of.get((row.level, row.code, row.valid_from or ""))
            if old is None:
                inserts.append(row)
                continue
            same = all(getattr(old, name) == getattr(row, name) for name in UNIT_COLUMNS) and old.wkb == row.wkb
            if same:
                summary.units_unchanged += 1
            else:
                updates.append((old.fid, row))
        if updates:
            assignments = ", ".join(f"{schema.quote_identifier(n)} = ?" for n in UNIT_COLUMNS)
            sql = (f"UPDATE {self.qualified('units')} SET {schema.quote_identifier(schema.GEOMETRY_COLUMN)} = "
                   f"{self._geometry_placeholder()}, {assignments} WHERE fid = ?")
            self._executemany(cursor, sql, [
                (self._geometry_param(row.wkb, row.bbox), *(getattr(row, n) for n in UNIT_COLUMNS), int(fid))
                for fid, row in updates
            ])
            summary.units_updated = len(updates)
        if inserts:
            columns = ", ".join(schema.quote_identifier(n) for n in (schema.GEOMETRY_COLUMN, *UNIT_COLUMNS))
            placeholders = ", ".join([self._geometry_placeholder()] + ["?"] * len(UNIT_COLUMNS))
            sql = f"INSERT INTO {self.qualified('units')} ({columns}) VALUES ({placeholders})"
            for start in range(0, len(inserts), 5000):
                chunk = inserts[start:start + 5000]
                self._executemany(cursor, sql, [
                    (self._geometry_param(row.wkb, row.bbox), *(getattr(row, n) for n in UNIT_COLUMNS)) for row in chunk
                ])
                tracker.advance(len(chunk))
            summary.units_added = len(inserts)
        tracker.advance(len(units) - len(inserts))
        if inserts or updates:
            self._after_units_changed(cursor)

    def _units(self, cursor, levels=None, at: str | None = None, with_geometry: bool = True,
               geometry_format: str = "wkb") -> pd.DataFrame:
        columns = ["fid", *UNIT_COLUMNS]
        select = ", ".join(schema.quote_identifier(c) for c in columns)
        if with_geometry:
            select += f", {self._geometry_select(geometry_format)}"
        where, params = [], []
        if levels:
            where.append(f"level IN ({', '.join('?' * len(levels))})")
            params.extend(levels)
        if at == "current":
            where.append("valid_to IS NULL")
        elif at:
            where.append("(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?)")
            params.extend([at, at])
        sql = f"SELECT {select} FROM {self.qualified('units')}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        self._execute(cursor, sql + " ORDER BY fid", tuple(params))
        rows = cursor.fetchall()
        frame = pd.DataFrame([row[: len(columns)] for row in rows], columns=columns)
        for name in ("valid_from", "valid_to"):
            frame[name] = [self._date_value(v) for v in frame[name]]
        if with_geometry:
            convert = self._blob_of if geometry_format == "gpkg" else self._wkb_of
            frame[geometry_format] = [convert(row[len(columns):]) for row in rows]
        if len(frame):
            frame["fid"] = frame["fid"].astype("int64")
        return frame

    def read_units(self, level: str | None = None, at: str | None = None, with_geometry: bool = True,
                   geometry_format: str = "wkb") -> pd.DataFrame:
        """Units (fid, ``model.UNIT_COLUMNS``, then ``wkb`` or, with ``geometry_format="gpkg"``,
        ``gpkg`` GeoPackage blobs), optionally of one level and valid at a date (ISO), or
        ``at="current"``: the versions without an end date."""
        with self._read_cursor() as cursor:
            return self._units(cursor, levels=[level] if level else None, at=at, with_geometry=with_geometry,
                               geometry_format=geometry_format)

    # --- crosswalk -------------------------------------------------------------------------

    def _write_crosswalk(self, cursor, rows: pd.DataFrame) -> int:
        stored = self._crosswalk(cursor, sorted(rows["source"].unique()))
        existing = {(r["source"], r["source_key"]): r for r in stored.to_dict("records")}
        inserts, updates = [], []
        for record in rows.to_dict("records"):
            old = existing.get((record["source"], record["source_key"]))
            if old is None:
                inserts.append(record)
            elif any(not _same(old[n], record[n]) for n in CROSSWALK_COLUMNS):
                updates.append(record)
        if updates:
            names = [n for n in CROSSWALK_COLUMNS if n not in ("source", "source_key")]
            assignments = ", ".join(f"{schema.quote_identifier(n)} = ?" for n in names)
            self._executemany(
                cursor,
                f"UPDATE {self.qualified('crosswalk')} SET {assignments} WHERE source = ? AND source_key = ?",
                [(*(_plain(r[n]) for n in names), r["source"], r["source_key"]) for r in updates],
            )
        if inserts:
            self._insert_frame(cursor, "crosswalk", pd.DataFrame(inserts, columns=list(CROSSWALK_COLUMNS)), None)
        return len(inserts) + len(updates)

    def _crosswalk(self, cursor, sources=None) -> pd.DataFrame:
        select = ", ".join(schema.quote_identifier(c) for c in CROSSWALK_COLUMNS)
        sql = f"SELECT {select} FROM {self.qualified('crosswalk')}"
        params: tuple = ()
        if sources is not None:
            if not sources:
                return pd.DataFrame(columns=list(CROSSWALK_COLUMNS))
            sql += f" WHERE source IN ({', '.join('?' * len(sources))})"
            params = tuple(sources)
        self._execute(cursor, sql + " ORDER BY fid", params)
        frame = pd.DataFrame(cursor.fetchall(), columns=list(CROSSWALK_COLUMNS))
        frame["score"] = pd.to_numeric(frame["score"], errors="coerce").astype("float64")
        frame["reviewed_at"] = [None if v is None else str(v) for v in frame["reviewed_at"]]
        return frame

    def crosswalk(self, source: str | None = None) -> pd.DataFrame:
        """Crosswalk rows (all, or those of one source: an election id, or '' for all elections)."""
        with self._read_cursor() as cursor:
            return self._crosswalk(cursor, None if source is None else [source])

    # --- reading an election back ------------------------------------------------------------

    def read_result_set(self, election_id: str, zero_votes: bool = True) -> ResultSet:
        """The stored election as a canonical ``ResultSet`` (same content as imported).

        ``zero_votes=False`` leaves out the unit x party rows with 0 votes and no seats,
        which ``unit_table`` counts as 0 anyway (60 % of France's 1.3 M rows): the same
        joined fields from a much smaller frame.
        """
        with self._read_cursor() as cursor:
            election = self._require_election(cursor, election_id)
            self._execute(
                cursor,
                f"SELECT party, name FROM {self.qualified('election_parties')} WHERE election_id = ? ORDER BY position",
                (election_id,),
            )
            parties = dict(cursor.fetchall())
            units = self._read_frame(
                cursor,
                f"SELECT unit_code, unit_name, parent_code, parent_name, registered, voters, blank, invalid, valid, "
                f"{self._vector_select('votes')} AS votes, {self._vector_select('seats')} AS seats "
                f"FROM {self.qualified('election_units')} WHERE election_id = ? ORDER BY seq",
                (election_id,),
                {"unit_code": "text", "unit_name": "text", "parent_code": "text", "parent_name": "text",
                 **{n: "real" for n in res.TOTAL_COLUMNS}, "votes": "text", "seats": "text"},
            )
        return _result_set(election, parties, units, zero_votes)


def _result_set(election: Election, parties: dict[str, str], units: pd.DataFrame, zero_votes: bool = True) -> ResultSet:
    """A ResultSet from the stored election units (vectors unpacked, file order kept)."""
    width = len(parties)
    votes = parse_vectors(["" if t is None else t for t in units["votes"].tolist()], width)
    seat_texts = units["seats"].tolist()
    if any(t is not None for t in seat_texts):
        seats = parse_vectors([t if t is not None else ",".join(["null"] * width) for t in seat_texts], width)
    else:
        seats = np.full(votes.shape, np.nan)
    keep = ~np.isnan(votes)
    if not zero_votes:
        keep &= (votes != 0) | ~np.isnan(seats)
    unit_index, party_index = np.nonzero(keep)  # row-major: units in file order, parties in order
    codes = np.array(list(parties), dtype=object)
    frame = pd.DataFrame({
        res.UNIT_CODE: units["unit_code"].to_numpy(dtype=object)[unit_index],
        res.UNIT_NAME: units["unit_name"].to_numpy(dtype=object)[unit_index],
        res.PARENT_CODE: units["parent_code"].to_numpy(dtype=object)[unit_index],
        res.PARENT_NAME: units["parent_name"].to_numpy(dtype=object)[unit_index],
        res.PARTY: codes[party_index] if width else np.array([], dtype=object),
        res.VOTES: votes[unit_index, party_index].astype("int64"),
        res.SEATS: seats[unit_index, party_index].astype("float64"),
    })
    totals = units[list(res.TOTALS_COLUMNS)].reset_index(drop=True)
    return ResultSet(election=election.id, votes=frame, totals=totals, parties=parties, source=election.source)


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def _plain(value):
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _same(a, b) -> bool:
    a, b = _plain(a), _plain(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a == b
