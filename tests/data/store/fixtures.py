"""pytest fixtures shared by tests/qgis/test_store*.py: a PostGIS test server, and a
store of each backend with an independent fingerprint (row counts + SHA-256 per table).

The PostGIS tests never skip: with FIEFS_PG_DSN set (``scripts/pg_test_server.sh run``,
``make test-qgis``, ``.ci/run``) they use that server; otherwise they start a throw-away
one with scripts/pg_test_server.sh and stop it at the end; if that is impossible they
fail and say why.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "scripts" / "pg_test_server.sh"
WORKER = Path(__file__).resolve().parent / "worker.py"
STORE_TABLES = ("units", "elections", "parties", "election_parties", "election_units", "crosswalk",
                "schema_version")
BACKENDS = ("geopackage", "postgis")


def _answers(dsn: str) -> str | None:
    """None when the server answers with PostGIS, else the reason."""
    try:
        import psycopg2
    except ImportError:
        return "psycopg2 is not installed (make deps installs python3-psycopg2)"
    try:
        connection = psycopg2.connect(dsn, connect_timeout=5)
    except psycopg2.Error as error:
        return str(error).strip().splitlines()[0]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
            if cursor.fetchone() is None:
                return "the database has no postgis extension"
    finally:
        connection.close()
    return None


@pytest.fixture(scope="session")
def pg_dsn():
    """libpq DSN of a PostGIS test database (FIEFS_PG_DSN, or a server started for the session)."""
    dsn = os.environ.get("FIEFS_PG_DSN")
    if dsn:
        problem = _answers(dsn)
        if problem:
            pytest.fail(f"FIEFS_PG_DSN is set but its server does not answer: {problem}. "
                        f"Start one with: eval \"$(scripts/pg_test_server.sh start)\"", pytrace=False)
        yield dsn
        return
    if not SCRIPT.exists():
        pytest.fail(f"PostGIS tests need {SCRIPT}", pytrace=False)
    started = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=300)
    if started.returncode != 0:
        pytest.fail("The PostGIS store tests need a PostgreSQL + PostGIS server and none could be started "
                    f"(scripts/pg_test_server.sh start):\n{started.stderr.strip()}\nInstall the packages with "
                    "`make deps` (postgresql, postgresql-15-postgis-3, python3-psycopg2).", pytrace=False)
    env = {}
    for line in started.stdout.splitlines():
        if line.startswith("export "):
            key, _, value = line[len("export "):].partition("=")
            env[key] = shlex.split(value)[0]
    os.environ["FIEFS_PG_DSN"] = env["FIEFS_PG_DSN"]
    try:
        yield env["FIEFS_PG_DSN"]
    finally:
        os.environ.pop("FIEFS_PG_DSN", None)
        subprocess.run(["bash", str(SCRIPT), "stop", env["FIEFS_PG_DIR"]], capture_output=True, timeout=120)


@dataclass
class Backend:
    """One store of one backend for one test, plus ways to look at it from outside."""

    kind: str
    path: Path | None = None
    dsn: str | None = field(default=None, repr=False)  # holds the test password
    schema: str = "fiefs"
    staged: Path | None = None
    opened: list = field(default_factory=list)

    def store(self, **kwargs):
        """A new store object (opened) on this test's store."""
        if self.kind == "geopackage":
            from fiefs_plugin.gis.store.geopackage import GeoPackageStore

            store = GeoPackageStore(self.path, **kwargs)
        else:
            import psycopg2.extensions

            from fiefs_plugin.gis.store.postgis import PostgisStore

            store = PostgisStore(psycopg2.extensions.parse_dsn(self.dsn), self.schema, **kwargs)
        self.opened.append(store)
        return store.open()

    def _rows(self, sql: str, params=()) -> list:
        if self.kind == "geopackage":
            connection = sqlite3.connect(str(self.path))
            try:
                rows = connection.execute(sql.replace("%s", "?"), params).fetchall()
                connection.commit()
                return rows
            finally:
                connection.close()
        import psycopg2

        connection = psycopg2.connect(self.dsn)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.commit()
            connection.close()

    def table(self, name: str) -> str:
        quoted = '"' + name.replace('"', '""') + '"'
        if self.kind == "geopackage":
            return quoted
        return '"' + self.schema.replace('"', '""') + '".' + quoted

    def fingerprint(self) -> dict[str, tuple[int, str]]:
        """Row count and SHA-256 of every store table, rows by fid (geometry included)."""
        out = {}
        for name in STORE_TABLES:
            rows = self._rows(f"SELECT * FROM {self.table(name)} ORDER BY fid")
            out[name] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out

    def count(self, view: str, election_id: str | None = None) -> int:
        """Rows of a store table or view (``results``, ``turnout``), optionally of one election."""
        where, params = ("", ()) if election_id is None else (" WHERE election_id = %s", (election_id,))
        return self._rows(f"SELECT count(*) FROM {self.table(view)}{where}", params)[0][0]

    def election_rows(self, election_id: str) -> tuple:
        return tuple(
            self._rows(f"SELECT * FROM {self.table(t)} WHERE election_id = %s ORDER BY fid", (election_id,))
            for t in ("election_units", "election_parties")
        )

    def worker(self, election_id: str, mode: str = "normal", bump: int = 0, timeout: float | None = None):
        """Start tests/data/store/worker.py importing ``election_id`` into this store."""
        env = dict(os.environ)
        env["FIEFS_STORE_STAGED"] = str(self.staged.parent)
        env["QT_QPA_PLATFORM"] = "offscreen"
        if timeout is not None:
            env["FIEFS_STORE_TIMEOUT"] = str(timeout)
        if self.dsn:
            env["FIEFS_PG_DSN"] = self.dsn
        args = [sys.executable, str(WORKER), self.kind, str(self.path or "-"), self.schema, election_id, mode, str(bump)]
        return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def close(self) -> None:
        for store in self.opened:
            store.close()
        self.drop()

    def drop(self) -> None:
        """Remove the PostGIS schema of this store (left by an earlier run, or at the end)."""
        if self.kind == "postgis":
            import psycopg2

            connection = psycopg2.connect(self.dsn)
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA IF EXISTS " + '"' + self.schema.replace('"', '""') + '"' + " CASCADE")
            connection.close()


def read_line(process, prefix: str, timeout: float = 60) -> str:
    """The first stdout line of ``process`` starting with ``prefix`` (fails on timeout or exit)."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None:
                break
            continue
        seen.append(line.rstrip())
        if line.startswith(prefix):
            return line.rstrip()
    raise AssertionError(f"worker did not print {prefix!r}; it printed {seen}; stderr: {process.stderr.read()}")


def new_backend(kind: str, tmp_path: Path, staged: Path, dsn: str | None, schema: str | None = None) -> Backend:
    if kind == "geopackage":
        return Backend(kind, path=tmp_path / "store.gpkg", staged=staged)
    return Backend(kind, dsn=dsn, schema=schema or f"fiefs_test_{uuid.uuid4().hex[:10]}", staged=staged)
