"""The election store's schema, the same in GeoPackage and PostGIS, and its migrations.

Tables (each has an integer primary key ``fid`` so that QGIS opens every one as a layer):

- ``units``: boundaries (MultiPolygon, EPSG:4326), ``code``, ``level`` (commune, province,
  region, constituency...), ``name_fr``, ``name_ar``, ``parent_code`` (the unit one level
  up), ``region_code`` (the top level), ``valid_from`` / ``valid_to`` (ISO dates; NULL =
  open-ended) so that a boundary change keeps both versions, ``source``;
- ``elections``: ``id`` (the person's key, e.g. ``ma-legislative-2021``), ``name``,
  ``kind``, ``date``, ``level`` (of its result units), ``source``, ``digest`` (SHA-256 of
  the imported content: a re-import of the same content changes nothing), ``revision``
  (+1 per write, for conflict detection), ``written_at``, ``result_count``;
- ``parties``: ``code`` (field-safe, unique), ``abbreviation``, ``name_fr``, ``name_ar``,
  ``colour`` (#RRGGBB), ``aliases`` (JSON list of the names and codes the party had in
  elections, so the same party is recognised across elections);
- ``election_parties``: per election, its party codes in file order (``position`` 1..n)
  with the original name and the canonical ``parties.code`` they stand for;
- ``election_units``: election x unit, one row per result unit: the unit's name and
  parent as the results file gives them, ``seq`` (file order), ``registered``,
  ``voters``, ``blank``, ``invalid``, ``valid``, and the party results as two vectors in
  ``election_parties.position`` order: ``votes`` and ``seats`` (GeoPackage: JSON arrays;
  PostGIS: ``bigint[]`` / ``double precision[]``; NULL element = the file has no row for
  that party in that unit; ``seats`` NULL when the election has no seats);
- ``crosswalk``: ``source`` (an election id, or '' for every election) + ``source_key``
  (a unit code as a results file writes it) -> ``unit_code``, ``method``, ``score``,
  ``reviewed_by``, ``reviewed_at``;
- ``schema_version``: one row per applied migration.

Views, for SQL and for QGIS (the issue's tables): ``results`` (election x unit x party:
``election_id``, ``unit_code``, ``party``, ``votes``, ``seats``) unpacks the vectors
(``json_each`` / ``unnest``); ``turnout`` (election x unit: ``registered``, ``voters``,
``blank``, ``invalid``, ``valid``). Why vectors: one election of France (34,945 communes
x 38 lists) is 1.3 M result rows; as 35 k rows of vectors it is written and read in a
fraction of the time (SQLite spends ~8 us a row on a 1.3 M-row table with its key index
on the test machine), and loading an election needs every value of it anyway.

QGIS's own ``layer_styles`` table is created by QGIS the first time a style is saved into
the store (``gis/store/layers.py``), in the layout QGIS expects.

Migrations run in one transaction: all of them or none. Version 1 is frozen: a change of
the schema is a new entry in ``MIGRATIONS`` (never an edit of an applied one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SCHEMA_VERSION = 1
SRID = 4326
STORE_TABLES = (
    "units", "elections", "parties", "election_parties", "election_units", "crosswalk", "schema_version",
)
STORE_VIEWS = ("results", "turnout")
GEOMETRY_COLUMN = "geom"

# Column kinds -> SQL types of each dialect.
_TYPES = {
    "sqlite": {
        "pk": "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", "text": "TEXT", "int": "INTEGER",
        "real": "REAL", "date": "DATE", "datetime": "DATETIME", "geom": "MULTIPOLYGON",
        "ints": "TEXT", "reals": "TEXT",  # JSON arrays
    },
    "postgres": {
        "pk": "BIGSERIAL PRIMARY KEY", "text": "TEXT", "int": "BIGINT", "real": "DOUBLE PRECISION",
        "date": "DATE", "datetime": "TIMESTAMPTZ", "geom": f"geometry(MultiPolygon,{SRID})",
        "ints": "BIGINT[]", "reals": "DOUBLE PRECISION[]",
    },
}


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str, str], ...]  # (name, kind, extra constraint)
    unique: tuple[tuple[str, ...], ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c[0] for c in self.columns)


def _table(name, columns, unique=(), indexes=()) -> Table:
    return Table(name, tuple((c + ("",))[:3] for c in columns), tuple(unique), tuple(indexes))


# Version 1 (frozen).
V1_TABLES = (
    _table("units", [
        ("fid", "pk"), (GEOMETRY_COLUMN, "geom"), ("code", "text", "NOT NULL"), ("level", "text", "NOT NULL"),
        ("name_fr", "text"), ("name_ar", "text"), ("parent_code", "text"), ("region_code", "text"),
        ("valid_from", "date"), ("valid_to", "date"), ("source", "text"),
    ], indexes=[("level", "code")]),
    _table("elections", [
        ("fid", "pk"), ("id", "text", "NOT NULL UNIQUE"), ("name", "text"), ("kind", "text"),
        ("date", "date"), ("level", "text"), ("source", "text"), ("digest", "text"),
        ("revision", "int", "NOT NULL DEFAULT 1"), ("written_at", "datetime"), ("result_count", "int"),
    ]),
    _table("parties", [
        ("fid", "pk"), ("code", "text", "NOT NULL UNIQUE"), ("abbreviation", "text"), ("name_fr", "text"),
        ("name_ar", "text"), ("colour", "text"), ("aliases", "text"),
    ]),
    _table("election_parties", [
        ("fid", "pk"), ("election_id", "text", "NOT NULL"), ("party", "text", "NOT NULL"),
        ("name", "text"), ("position", "int"), ("party_code", "text"),
    ], unique=[("election_id", "party")]),
    _table("election_units", [
        ("fid", "pk"), ("election_id", "text", "NOT NULL"), ("unit_code", "text", "NOT NULL"),
        ("unit_name", "text"), ("parent_code", "text"), ("parent_name", "text"), ("seq", "int", "NOT NULL"),
        ("registered", "real"), ("voters", "real"), ("blank", "real"), ("invalid", "real"), ("valid", "real"),
        ("votes", "ints", "NOT NULL"), ("seats", "reals"),
    ], unique=[("election_id", "unit_code")]),
    _table("crosswalk", [
        ("fid", "pk"), ("source", "text", "NOT NULL DEFAULT ''"), ("source_key", "text", "NOT NULL"),
        ("unit_code", "text"), ("method", "text"), ("score", "real"), ("reviewed_by", "text"),
        ("reviewed_at", "datetime"),
    ], unique=[("source", "source_key")]),
    _table("schema_version", [
        ("fid", "pk"), ("version", "int", "NOT NULL UNIQUE"), ("description", "text"),
        ("fiefs_version", "text"), ("applied_at", "datetime"),
    ]),
)

TABLES = {t.name: t for t in V1_TABLES}  # the current layout (update when a migration changes it)


def quote_identifier(name: str) -> str:
    """``name`` as a double-quoted SQL identifier (both dialects); rejects NUL."""
    name = str(name)
    if "\x00" in name:
        raise ValueError("an SQL name cannot contain a NUL character")
    return '"' + name.replace('"', '""') + '"'


def create_table_sql(table: Table, dialect: str, qualified: Callable[[str], str]) -> list[str]:
    """CREATE TABLE + unique and plain indexes of ``table`` in ``dialect``.

    ``qualified(name)`` returns the quoted (schema-qualified) name of a table or index.
    Unique constraints are unique indexes named ``<table>_<cols>_key``.
    """
    types = _TYPES[dialect]
    cols = []
    for name, kind, extra in table.columns:
        cols.append(" ".join(p for p in (quote_identifier(name), types[kind], extra) if p))
    statements = [f"CREATE TABLE {qualified(table.name)} ({', '.join(cols)})"]
    for unique in table.unique:
        index = f"{table.name}_{'_'.join(unique)}_key"
        statements.append(_index_sql(index, table.name, unique, dialect, qualified, unique=True))
    for columns in table.indexes:
        index = f"{table.name}_{'_'.join(columns)}_idx"
        statements.append(_index_sql(index, table.name, columns, dialect, qualified, unique=False))
    return statements


def _index_sql(index, table, columns, dialect, qualified, unique) -> str:
    cols = ", ".join(quote_identifier(c) for c in columns)
    # PostgreSQL index names are not schema-qualified in CREATE INDEX (they live in the
    # table's schema); SQLite's are plain too.
    return f"CREATE {'UNIQUE ' if unique else ''}INDEX {quote_identifier(index)} ON {qualified(table)} ({cols})"


@dataclass(frozen=True)
class Migration:
    """Moves a store from ``version - 1`` to ``version``.

    ``statements(dialect, qualified)`` returns the SQL to run; ``after(store, cursor)``
    (optional) runs Python code in the same transaction (data changes that SQL alone
    cannot express).
    """

    version: int
    description: str
    statements: Callable[[str, Callable[[str], str]], list[str]]
    after: Callable | None = None


def _v1_views(dialect: str, qualified: Callable[[str], str]) -> list[str]:
    units, parties = qualified("election_units"), qualified("election_parties")
    totals = "eu.registered, eu.voters, eu.blank, eu.invalid, eu.valid"
    turnout = (f"CREATE VIEW {qualified('turnout')} AS SELECT eu.fid AS fid, eu.election_id, eu.unit_code, "
               f"eu.unit_name, eu.parent_code, eu.parent_name, {totals}, eu.seq FROM {units} eu")
    if dialect == "sqlite":
        results = (
            f"CREATE VIEW {qualified('results')} AS SELECT eu.fid * 10000 + CAST(j.key AS INTEGER) + 1 AS fid, "
            f"eu.election_id, eu.unit_code, ep.party, j.value AS votes, "
            f"json_extract(eu.seats, '$[' || j.key || ']') AS seats "
            f"FROM {units} eu, json_each(eu.votes) j JOIN {parties} ep "
            f"ON ep.election_id = eu.election_id AND ep.position = j.key + 1 WHERE j.value IS NOT NULL"
        )
    else:
        results = (
            f"CREATE VIEW {qualified('results')} AS SELECT eu.fid * 10000 + v.position AS fid, eu.election_id, "
            f"eu.unit_code, ep.party, v.votes, v.seats FROM {units} eu "
            f"CROSS JOIN LATERAL unnest(eu.votes, eu.seats) WITH ORDINALITY AS v(votes, seats, position) "
            f"JOIN {parties} ep ON ep.election_id = eu.election_id AND ep.position = v.position "
            f"WHERE v.votes IS NOT NULL"
        )
    return [results, turnout]


def _v1_statements(dialect: str, qualified: Callable[[str], str]) -> list[str]:
    statements: list[str] = []
    for table in V1_TABLES:
        statements.extend(create_table_sql(table, dialect, qualified))
    if dialect == "postgres":
        statements.append(
            f"CREATE INDEX {quote_identifier('units_geom_idx')} ON {qualified('units')} "
            f"USING GIST ({quote_identifier(GEOMETRY_COLUMN)})"
        )
    statements.extend(_v1_views(dialect, qualified))
    return statements


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "election store: units, elections, parties, election units (results, turnout), crosswalk", _v1_statements),
)


def pending(current: int, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    """Migrations to apply to a store at ``current`` version, in order."""
    return sorted((m for m in migrations if m.version > current), key=lambda m: m.version)


def latest(migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    return max(m.version for m in migrations)
