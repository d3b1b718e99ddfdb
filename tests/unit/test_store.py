"""The election store without a running QGIS: the GeoPackage backend through sqlite3, the
schema and migrations, payload fingerprints, party resolution, WKB helpers, COPY encoding.

The same behaviour on both backends (GeoPackage and PostGIS) is tested in
tests/qgis/test_store_backends.py.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core.results import ResultSet
from fiefs_plugin.gis.store import Election, StoreConflictError, StoreError, StoreVersionError, schema
from fiefs_plugin.gis.store.geopackage import GPKG_APPLICATION_ID, GeoPackageStore
from fiefs_plugin.gis.store.model import ElectionPayload, parse_vectors, resolve_parties, vector_text
from fiefs_plugin.gis.store.postgis import _unescape_text, copy_text
from fiefs_plugin.gis.store.wkb import gpkg_blob, gpkg_envelope, wkb_envelope, wkb_from_gpkg
from tests.data.store import samples


def square_wkb(x: float, y: float, size: float = 1.0) -> bytes:
    """A MultiPolygon WKB (little endian) holding one square."""
    ring = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
    body = struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring)) + b"".join(struct.pack("<2d", *p) for p in ring)
    return struct.pack("<BII", 1, 6, 1) + body


def fingerprint(path) -> dict[str, tuple[int, str]]:
    """Row count and SHA-256 of every store table (rows by fid, geometry bytes included),
    read with a plain sqlite3 connection, independent of the store code."""
    connection = sqlite3.connect(str(path))
    try:
        out = {}
        for table in schema.STORE_TABLES:
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out
    finally:
        connection.close()


def election_rows(path, election_id: str) -> tuple:
    connection = sqlite3.connect(str(path))
    try:
        return tuple(
            connection.execute(f'SELECT * FROM "{t}" WHERE election_id = ? ORDER BY fid', (election_id,)).fetchall()
            for t in ("election_units", "election_parties")
        )
    finally:
        connection.close()


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store.gpkg"


@pytest.fixture
def store(store_path):
    with GeoPackageStore(store_path).open() as opened:
        yield opened


@pytest.fixture(scope="module")
def fr90():
    return samples.result_set()


# --- the file -----------------------------------------------------------------------------


def test_new_store_is_a_geopackage_with_every_table(store, store_path):
    connection = sqlite3.connect(str(store_path))
    assert connection.execute("PRAGMA application_id").fetchone()[0] == GPKG_APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 10200
    contents = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    assert contents == {t: ("features" if t == "units" else "attributes") for t in (*schema.STORE_TABLES, *schema.STORE_VIEWS)}
    assert connection.execute("SELECT * FROM gpkg_geometry_columns").fetchall() == [("units", "geom", "MULTIPOLYGON", 4326, 0, 0)]
    assert connection.execute("SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id").fetchall() == [(-1,), (0,), (4326,)]
    assert connection.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    assert store.schema_version() == schema.SCHEMA_VERSION == 1


def test_store_refuses_a_file_that_is_not_a_geopackage(tmp_path):
    path = tmp_path / "other.gpkg"
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="not a GeoPackage"):
        GeoPackageStore(path).open()
    missing = tmp_path / "missing.gpkg"
    with pytest.raises(StoreError, match="not found"):
        GeoPackageStore(missing, create=False).open()
    assert not missing.exists()


def test_store_refuses_a_geopackage_with_foreign_tables_of_the_same_name(tmp_path):
    path = tmp_path / "theirs.gpkg"
    connection = sqlite3.connect(str(path))
    connection.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    connection.execute("CREATE TABLE results (fid INTEGER PRIMARY KEY, x TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreVersionError, match="results.*did not create"):
        GeoPackageStore(path).open()
    assert path.read_bytes() == before


# --- schema versions and migrations ---------------------------------------------------------


def test_newer_store_is_refused_with_a_clear_message_and_left_alone(store_path):
    GeoPackageStore(store_path).open().close()
    connection = sqlite3.connect(str(store_path))
    connection.execute("INSERT INTO schema_version (version, description) VALUES (7, 'from the future')")
    connection.commit()
    connection.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreVersionError, match=r"newer version of Fiefs \(store schema version 7; this Fiefs reads up to version 1\)"):
        GeoPackageStore(store_path).open()
    assert store_path.read_bytes() == before


def _v2(fail: bool):
    def statements(dialect, qualified):
        out = [
            f"CREATE TABLE {qualified('notes')} (fid INTEGER PRIMARY KEY, note TEXT)",
            f"ALTER TABLE {qualified('elections')} ADD COLUMN round INTEGER",
        ]
        if fail:
            out.append("THIS IS NOT SQL")
        return out
    return schema.Migration(2, "notes and rounds", statements)


def test_older_store_is_upgraded_in_one_transaction(store_path, fr90):
    with GeoPackageStore(store_path).open() as store:
        store.write_election(Election("e1"), fr90)
    with GeoPackageStore(store_path, migrations=(*schema.MIGRATIONS, _v2(fail=False))).open() as store:
        assert store.schema_version() == 2
        assert store.read_result_set("e1").votes.shape == fr90.votes.shape
    connection = sqlite3.connect(str(store_path))
    assert connection.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [(1,), (2,)]
    assert "round" in [r[1] for r in connection.execute("PRAGMA table_info(elections)")]
    # this Fiefs (version 1) now refuses the upgraded store
    with pytest.raises(StoreVersionError, match="version 2"):
        GeoPackageStore(store_path).open()


def test_failed_migration_leaves_the_store_as_it_was(store_path, fr90):
    with GeoPackageStore(store_path).open() as store:
        store.write_election(Election("e1"), fr90)
    before = fingerprint(store_path)
    with pytest.raises(StoreVersionError, match="from schema version 1 to 2.*left as it was"):
        GeoPackageStore(store_path, migrations=(*schema.MIGRATIONS, _v2(fail=True))).open()
    connection = sqlite3.connect(str(store_path))
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "notes" not in tables
    assert "round" not in [r[1] for r in connection.execute("PRAGMA table_info(elections)")]
    assert fingerprint(store_path) == before


# --- imports ----------------------------------------------------------------------------------


def test_round_trip_gives_the_same_result_set(store, fr90):
    summary = store.write_election(Election("fr-eu-2024", "Européennes 2024", "european", "2024-06-09"), fr90)
    assert (summary.results_written, summary.turnout_written, summary.parties_added) == (3838, 101, 38)
    back = store.read_result_set("fr-eu-2024")
    pd.testing.assert_frame_equal(samples.sorted_votes(back), samples.sorted_votes(fr90))
    pd.testing.assert_frame_equal(back.totals, fr90.totals)
    assert back.parties == fr90.parties and list(back.parties) == list(fr90.parties)
    assert back.votes["unit_code"].tolist()[:38] == ["90001"] * 38  # file order
    election = store.election("fr-eu-2024")
    assert (election.name, election.kind, election.date, election.revision) == ("Européennes 2024", "european", "2024-06-09", 1)


def test_reimport_of_the_same_content_changes_nothing(store, store_path, fr90):
    store.write_election(Election("e1", date="2024-06-09"), fr90)
    before = fingerprint(store_path)
    again = samples.result_set()  # read from the file again
    summary = store.write_election(Election("e1", date="2024-06-09"), again)
    assert summary.unchanged and summary.results_written == 0
    assert fingerprint(store_path) == before


def test_corrected_file_replaces_that_election_only(store, store_path, fr90):
    store.write_election(Election("e1"), fr90)
    store.write_election(Election("e2"), samples.result_set("e2"))
    other = election_rows(store_path, "e2")
    parties_before = fingerprint(store_path)["parties"]
    corrected = samples.result_set(bump=5)
    summary = store.write_election(Election("e1"), corrected)
    assert not summary.unchanged and summary.results_deleted == 3838 and summary.results_written == 3838
    assert election_rows(store_path, "e2") == other
    assert fingerprint(store_path)["parties"] == parties_before
    back = store.read_result_set("e1")
    lrn = back.votes[back.votes["party"] == "L01_LRN"].set_index("unit_code")["votes"]
    original = fr90.votes[fr90.votes["party"] == "L01_LRN"].set_index("unit_code")["votes"]
    assert (lrn - original.reindex(lrn.index)).eq(5).all()
    assert store.election("e1").revision == 2 and store.election("e2").revision == 1


def test_exception_after_half_the_rows_leaves_the_store_exactly_as_before(store, store_path, fr90, monkeypatch):
    store.write_election(Election("e1"), fr90)
    before = fingerprint(store_path)
    monkeypatch.setattr(GeoPackageStore, "CHUNK_ROWS", 10)
    seen = []

    def explode(done, total):
        seen.append(done)
        if done >= total / 2:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        store.write_election(Election("e1"), samples.result_set(bump=3), progress=explode)
    with pytest.raises(RuntimeError):
        store.write_election(Election("e2"), samples.result_set("e2"), progress=explode)
    assert len(seen) > 4  # rows had been written when it failed
    assert fingerprint(store_path) == before
    assert not store.connection.in_transaction
    assert [e.id for e in store.elections()] == ["e1"]


def test_bad_row_is_reported_before_anything_is_written(store, store_path, fr90):
    store.write_election(Election("e1"), fr90)
    before = fingerprint(store_path)
    votes = fr90.votes.copy()
    votes["votes"] = votes["votes"].astype(object)
    votes.loc[7, "votes"] = "douze"
    bad = ResultSet(election="e1", votes=votes, totals=fr90.totals, parties=fr90.parties)
    with pytest.raises(StoreError, match="row 8 .*90001.*L08_LCOM.*not a number"):
        store.write_election(Election("e1"), bad)
    with pytest.raises(StoreError, match="kind 'municipal' is not one of"):
        store.write_election(Election("e3", kind="municipal"), fr90)
    with pytest.raises(StoreError, match="not a date"):
        store.write_election(Election("e3", date="9 June 2024"), fr90)
    assert fingerprint(store_path) == before


# --- concurrency (in one process; two processes: tests/qgis/test_store_backends.py) --------------


def test_election_written_meanwhile_is_a_conflict(store_path, fr90, monkeypatch):
    first = GeoPackageStore(store_path).open()
    second = GeoPackageStore(store_path).open()
    first.write_election(Election("e1"), fr90)
    before = fingerprint(store_path)
    original = GeoPackageStore._write_transaction

    def someone_else_first(self):
        if self is first:
            second.write_election(Election("e1"), samples.result_set(bump=9))
        return original(self)

    monkeypatch.setattr(GeoPackageStore, "_write_transaction", someone_else_first)
    with pytest.raises(StoreConflictError, match="written by another user or process while this import"):
        first.write_election(Election("e1"), samples.result_set(bump=1))
    monkeypatch.undo()
    after = fingerprint(store_path)
    assert after != before and first.election("e1").revision == 2  # second's version, unmixed
    lrn = first.read_result_set("e1").votes.query("party == 'L01_LRN'")["votes"].sum()
    assert lrn == fr90.votes.query("party == 'L01_LRN'")["votes"].sum() + 9 * 101
    first.close()
    second.close()


def test_busy_geopackage_gives_a_conflict_message(store_path, fr90):
    GeoPackageStore(store_path).open().close()
    blocker = sqlite3.connect(str(store_path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with GeoPackageStore(store_path, timeout=0.3).open() as store, \
                pytest.raises(StoreConflictError, match="being written by another process"):
            store.write_election(Election("e1"), fr90)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


# --- hostile and unusual names -------------------------------------------------------------------


def test_hostile_names_are_stored_as_text(store, store_path):
    names = [samples.HOSTILE, "حزب الأصالة والمعاصرة", "tab\there", "new\nline", "back\\slash", "quote'\"", "'; --"]
    votes = pd.DataFrame({
        "unit_code": [samples.HOSTILE, samples.HOSTILE, "01.511.01.01", "01.511.01.01"],
        "unit_name": ["Robert'); DROP TABLE units;--", None, "أكادير", "أكادير"],
        "party": ["P1", "P2", "P1", "P2"],
        "votes": [1, 2, 3, 4],
    })
    rs = ResultSet.build(samples.HOSTILE, votes, parties={"P1": names[0], "P2": names[1]})
    store.write_election(Election(samples.HOSTILE, name="\n".join(names), source=names[3]), rs)
    units = pd.DataFrame({"code": [samples.HOSTILE], "name_fr": [names[2]], "name_ar": [names[1]], "wkb": [square_wkb(0, 0)]})
    store.write_election(Election("plain"), ResultSet.build("plain", votes), units=units)
    back = store.read_result_set(samples.HOSTILE)
    assert back.parties == {"P1": names[0], "P2": names[1]}
    assert set(back.votes["unit_code"]) == {samples.HOSTILE, "01.511.01.01"}
    assert back.totals["unit_name"].tolist() == ["Robert'); DROP TABLE units;--", "أكادير"]
    assert store.election(samples.HOSTILE).name == "\n".join(names)
    unit = store.read_units().iloc[0]
    assert (unit["code"], unit["name_fr"], unit["name_ar"]) == (samples.HOSTILE, names[2], names[1])
    counts = {t: n for t, (n, _) in fingerprint(store_path).items()}
    assert counts["election_units"] == 4 and counts["units"] == 1 and counts["elections"] == 2
    connection = sqlite3.connect(str(store_path))
    assert connection.execute("SELECT count(*) FROM results").fetchone()[0] == 8
    with pytest.raises(StoreError, match="NUL"):
        store.write_election(Election("nul\x00id"), rs)


# --- units, parties, crosswalk --------------------------------------------------------------------


def test_units_are_added_updated_or_left_alone_by_level_code_and_validity(store, store_path, fr90):
    units = pd.DataFrame({
        "code": ["90001", "90002"], "name_fr": ["Andelnans", "Angeot"], "parent_code": ["90", "90"],
        "wkb": [square_wkb(0, 0), square_wkb(1, 0)],
    })
    summary = store.write_election(Election("e1"), fr90, units=units)
    assert (summary.units_added, summary.units_updated, summary.units_unchanged) == (2, 0, 0)
    before = fingerprint(store_path)
    summary = store.write_election(Election("e1"), fr90, units=units)
    assert (summary.units_added, summary.units_updated, summary.units_unchanged) == (0, 0, 2)
    assert fingerprint(store_path) == before
    moved = units.copy()
    moved.loc[1, "wkb"] = square_wkb(5, 5)
    summary = store.write_election(Election("e1"), fr90, units=moved)
    assert (summary.units_added, summary.units_updated, summary.units_unchanged) == (0, 1, 1)
    new_version = pd.DataFrame({"code": ["90001"], "valid_from": ["2025-01-01"], "wkb": [square_wkb(0, 0, 2)]})
    summary = store.write_election(Election("e1"), fr90, units=new_version)
    assert summary.units_added == 1
    everything = store.read_units()
    assert len(everything) == 3
    at_2024 = store.read_units(level="commune", at="2024-06-09")
    # the boundary version valid from 2025 is not valid in 2024 (valid_from <= date < valid_to)
    assert sorted(at_2024["code"]) == ["90001", "90002"] and at_2024["valid_from"].isna().all()
    assert len(store.read_units(at="2025-03-01")) == 3  # the 2024 version has no end date
    assert len(store.read_units(at="current")) == 3
    assert wkb_envelope(at_2024.set_index("code").loc["90002", "wkb"]) == (5.0, 6.0, 5.0, 6.0)
    # the GeoPackage extent and R-tree follow the units
    connection = sqlite3.connect(str(store_path))
    assert connection.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name='units'").fetchone() == (0.0, 0.0, 6.0, 6.0)
    assert connection.execute('SELECT count(*) FROM "rtree_units_geom"').fetchone()[0] == 3
    duplicated = pd.concat([units, units])
    with pytest.raises(StoreError, match="'90001' .*more than once"):
        store.write_election(Election("e1"), fr90, units=duplicated)


def test_parties_are_recognised_across_elections(store):
    def rs(election, parties):
        votes = pd.DataFrame({"unit_code": ["1"] * len(parties), "party": list(parties), "votes": [1] * len(parties)})
        return ResultSet.build(election, votes, parties=parties)

    store.write_election(Election("2016"), rs("2016", {"RNI": "Rassemblement national des indépendants", "PAM": "PAM"}))
    store.write_election(Election("2021"), rs("2021", {
        "RNI": "Rassemblement national des indépendants",  # same code and name: same party
        "L07": "PAM",  # another code, a known name: the same party
        "PAM": "Parti de l'authenticité",  # a known code with another name: another party
    }))
    parties = store.parties().set_index("code")
    assert sorted(parties.index) == ["PAM", "PAM_2", "RNI"]
    mapping = store.election_parties("2021").set_index("party")["party_code"].to_dict()
    assert mapping == {"RNI": "RNI", "L07": "PAM", "PAM": "PAM_2"}
    assert "L07" in parties.loc["PAM", "aliases"]
    store.set_party("RNI", colour="#1f78b4", name_ar="التجمع الوطني للأحرار")
    assert store.parties().set_index("code").loc["RNI", "colour"] == "#1F78B4"
    with pytest.raises(StoreError, match="#RRGGBB"):
        store.set_party("RNI", colour="blue")


def test_crosswalk_rows_are_upserted(store, fr90):
    crosswalk = pd.DataFrame({
        "source_key": ["90001", "90002"], "unit_code": ["90001", "90099"], "method": ["code", "fuzzy"],
        "score": [100, 87.5], "reviewed_by": [None, "amina"], "reviewed_at": [None, "2024-06-12T10:00:00"],
    })
    summary = store.write_election(Election("e1"), fr90, crosswalk=crosswalk)
    assert summary.crosswalk_written == 2
    assert store.write_election(Election("e1"), fr90, crosswalk=crosswalk).crosswalk_written == 0
    crosswalk.loc[1, "unit_code"] = "90002"
    assert store.write_election(Election("e1"), fr90, crosswalk=crosswalk).crosswalk_written == 1
    stored = store.crosswalk("e1")
    assert stored["unit_code"].tolist() == ["90001", "90002"] and stored["score"].tolist() == [100.0, 87.5]
    assert stored["reviewed_by"].tolist() == [None, "amina"]


# --- pure helpers ---------------------------------------------------------------------------------


def test_payload_digest_follows_content_not_object_identity(fr90):
    a = ElectionPayload.prepare(Election("e1"), fr90)
    b = ElectionPayload.prepare(Election("e1"), samples.result_set())
    shuffled = ResultSet(election="e1", votes=fr90.votes.sample(frac=1, random_state=1), totals=fr90.totals,
                         parties=fr90.parties)
    c = ElectionPayload.prepare(Election("e1"), shuffled)
    assert a.digest == b.digest == c.digest  # result rows are sorted before hashing
    assert ElectionPayload.prepare(Election("e1", name="x"), fr90).digest != a.digest
    assert ElectionPayload.prepare(Election("e1"), samples.result_set(bump=1)).digest != a.digest


def test_duplicate_unit_party_rows_are_summed_like_unit_table():
    votes = pd.DataFrame({"unit_code": ["1", "1", "1", "2"], "party": ["A", "A", "B", "B"], "votes": [2, 3, 4, 0],
                          "seats": [np.nan, 1, np.nan, np.nan]})
    payload = ElectionPayload.prepare(Election("e"), ResultSet.build("e", votes))
    assert payload.units[["unit_code", "votes", "seats"]].values.tolist() == [["1", "5,4", "1.0,null"], ["2", "null,0", "null,null"]]
    assert payload.result_count == 3


def test_vectors_round_trip():
    matrix = np.array([[1, np.nan, 3e12], [0, 7, np.nan]])
    assert vector_text(matrix, integers=True) == ["1,null,3000000000000", "0,7,null"]
    np.testing.assert_array_equal(parse_vectors(vector_text(matrix, True), 3), matrix)
    halves = np.array([[0.5, np.nan], [1e-7, 2.0]])
    np.testing.assert_array_equal(parse_vectors(vector_text(halves, False), 2), halves)
    with pytest.raises(StoreError, match="do not match"):
        parse_vectors(["1,2"], 3)


def test_results_and_turnout_views_give_the_issue_tables(store, store_path, fr90):
    store.write_election(Election("e1"), fr90)
    connection = sqlite3.connect(str(store_path))
    rows = connection.execute(
        "SELECT unit_code, party, votes, seats FROM results WHERE election_id = 'e1' ORDER BY unit_code, party").fetchall()
    expected = samples.sorted_votes(fr90)
    assert rows == list(zip(expected["unit_code"], expected["party"], expected["votes"].tolist(), [None] * len(expected)))
    assert connection.execute("SELECT count(DISTINCT fid) FROM results").fetchone()[0] == 3838
    turnout = connection.execute("SELECT unit_code, registered, valid FROM turnout ORDER BY seq LIMIT 1").fetchone()
    assert turnout[0] == fr90.totals["unit_code"].iat[0] == "90001"
    assert turnout[1:] == tuple(fr90.totals[["registered", "valid"]].iloc[0].tolist())


def test_resolve_parties_never_reuses_a_taken_code():
    existing = pd.DataFrame([{"code": "X", "abbreviation": "X", "name_fr": "Ex", "name_ar": None, "colour": None,
                              "aliases": '["X", "Ex"]'}])
    mapping, new, updates = resolve_parties([("X", "Other"), ("Y", "Ex")], existing)
    assert mapping == {"X": "X_2", "Y": "X"} and [r["code"] for r in new] == ["X_2"]
    assert updates == {"X": '["Ex", "X", "Y"]'}


def test_wkb_envelope_and_geopackage_blobs():
    wkb = square_wkb(2.5, -1, 3)
    assert wkb_envelope(wkb) == (2.5, 5.5, -1.0, 2.0)
    blob = gpkg_blob(wkb, 4326)
    assert blob[:2] == b"GP" and blob[3] == 0x03 and struct.unpack("<i", blob[4:8])[0] == 4326
    assert gpkg_envelope(blob) == (2.5, 5.5, -1.0, 2.0)
    assert wkb_from_gpkg(blob) == wkb
    empty = struct.pack("<BII", 1, 6, 0)
    assert wkb_envelope(empty) is None and gpkg_envelope(gpkg_blob(empty, 4326)) is None
    big_endian = struct.pack(">BII", 0, 3, 1) + struct.pack(">I", 4) + b"".join(
        struct.pack(">2d", *p) for p in [(0, 0), (1, 0), (0, 2), (0, 0)])
    assert wkb_envelope(big_endian) == (0.0, 1.0, 0.0, 2.0)


def test_copy_text_escapes_and_round_trips():
    frame = pd.DataFrame({
        "t": [samples.HOSTILE, "tab\tnew\nline\rcr", "back\\slash", None, r"\N", ""],
        "i": np.arange(6, dtype="int64"),
        "f": [0.1, np.nan, 1e300, -2.5, 3.0, 0.0],
    })
    text = copy_text(frame)
    lines = text.split("\n")
    assert len(lines) == 7 and lines[-1] == ""
    assert lines[3] == "\\N\t3\t-2.5"
    assert lines[1] == "tab\\tnew\\nline\\rcr\t1\t\\N"
    fields = [line.split("\t")[0] for line in lines[:-1]]
    parsed = _unescape_text(pd.Series([None if f == "\\N" else f for f in fields], dtype=object))
    assert parsed.tolist() == [samples.HOSTILE, "tab\tnew\nline\rcr", "back\\slash", None, r"\N", ""]
    assert [float(line.split("\t")[2]) if line.split("\t")[2] != "\\N" else None for line in lines[:-1]] == \
        [0.1, None, 1e300, -2.5, 3.0, 0.0]
