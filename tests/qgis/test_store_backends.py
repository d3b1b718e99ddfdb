"""The election store: the same suite on both backends (GeoPackage and PostGIS).

Every failure test compares an independent fingerprint of the store (row counts and
SHA-256 of every table, rows by fid) before and after. The PostGIS server is the one in
FIEFS_PG_DSN or one started with scripts/pg_test_server.sh (tests/data/store/fixtures.py);
these tests fail, never skip, when no server can be had.
"""

from __future__ import annotations

import json
import signal
import time

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core.results import ResultSet, unit_table
from fiefs_plugin.gis.store import Election, StoreError, StoreVersionError, schema
from tests.data.store import samples
from tests.data.store.fixtures import BACKENDS, new_backend, pg_dsn, read_line  # noqa: F401 (pg_dsn: fixture)


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path, staged_plugin):
    dsn = request.getfixturevalue("pg_dsn") if request.param == "postgis" else None
    made = new_backend(request.param, tmp_path, staged_plugin, dsn)
    yield made
    made.close()


@pytest.fixture(scope="module")
def fr90():
    return samples.result_set()


def lrn_total(rs) -> int:
    return int(rs.votes.loc[rs.votes["party"] == "L01_LRN", "votes"].sum())


# --- schema ------------------------------------------------------------------------------------


def test_new_store_has_the_schema(backend):
    store = backend.store()
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert {t: n for t, (n, _) in backend.fingerprint().items()} == {
        t: (1 if t == "schema_version" else 0) for t in schema.STORE_TABLES}
    assert backend._rows(f"SELECT version, description FROM {backend.table('schema_version')}")[0][0] == 1


def test_newer_store_is_refused_and_left_alone(backend):
    backend.store().close()
    backend._rows(f"INSERT INTO {backend.table('schema_version')} (version, description) VALUES (%s, %s)", (9, "future"))
    before = backend.fingerprint()
    with pytest.raises(StoreVersionError, match=r"newer version of Fiefs \(store schema version 9"):
        backend.store()
    assert backend.fingerprint() == before


def test_migrations_run_in_one_transaction(backend, fr90):
    store = backend.store()
    store.write_election(Election("e1"), fr90)
    store.close()
    before = backend.fingerprint()

    def v2(fail):
        def statements(dialect, qualified):
            out = [f"CREATE TABLE {qualified('notes')} (fid INTEGER PRIMARY KEY, note TEXT)",
                   f"ALTER TABLE {qualified('elections')} ADD COLUMN round INTEGER"]
            return out + (["NOT SQL AT ALL"] if fail else [])
        return schema.Migration(2, "notes", statements)

    with pytest.raises(StoreVersionError, match="from schema version 1 to 2"):
        backend.store(migrations=(*schema.MIGRATIONS, v2(True)))
    assert backend.fingerprint() == before
    assert backend._rows(f"SELECT count(*) FROM {backend.table('elections')}") == [(1,)]
    upgraded = backend.store(migrations=(*schema.MIGRATIONS, v2(False)))
    assert upgraded.schema_version() == 2
    assert backend._rows(f"SELECT round FROM {backend.table('elections')}") == [(None,)]
    assert backend._rows(f"SELECT count(*) FROM {backend.table('notes')}") == [(0,)]


# --- imports -------------------------------------------------------------------------------------


def test_round_trip(backend, fr90):
    store = backend.store()
    summary = store.write_election(Election("fr-eu-2024", "Européennes", "european", "2024-06-09"), fr90)
    assert (summary.results_written, summary.turnout_written, summary.parties_added) == (3838, 101, 38)
    back = store.read_result_set("fr-eu-2024")
    pd.testing.assert_frame_equal(samples.sorted_votes(back), samples.sorted_votes(fr90))
    pd.testing.assert_frame_equal(back.totals, fr90.totals)
    assert list(back.parties.items()) == list(fr90.parties.items())
    pd.testing.assert_frame_equal(unit_table(back), unit_table(fr90))
    # without its 0-vote rows (what storeload reads) the joined fields are the same
    lean = store.read_result_set("fr-eu-2024", zero_votes=False)
    assert len(lean.votes) < 0.6 * len(fr90.votes)
    pd.testing.assert_frame_equal(unit_table(lean), unit_table(fr90))
    assert [(e.id, e.date, e.revision) for e in store.elections()] == [("fr-eu-2024", "2024-06-09", 1)]
    # the tables, as views: election x unit x party, and election x unit
    expected = samples.sorted_votes(fr90)
    assert backend._rows(f"SELECT unit_code, party, votes, seats FROM {backend.table('results')} "
                         "ORDER BY unit_code, party") == list(zip(expected["unit_code"], expected["party"],
                                                                  expected["votes"].tolist(), [None] * len(expected)))
    assert backend._rows(f"SELECT count(DISTINCT fid) FROM {backend.table('results')}") == [(3838,)]
    first = fr90.totals.iloc[0]
    assert backend._rows(f"SELECT unit_code, registered, voters, blank, invalid, valid FROM {backend.table('turnout')} "
                         "ORDER BY seq LIMIT 1") == [tuple(first[["unit_code", "registered", "voters", "blank",
                                                                  "invalid", "valid"]].tolist())]


def test_sparse_parties_seats_and_arabic_names_round_trip(backend):
    """Moroccan-like results: lists present in some constituencies only, seats, Arabic names."""
    votes = pd.DataFrame({
        "unit_code": ["01.511", "01.511", "01.511", "02.600", "02.600", "03.1"],
        "unit_name": ["أكادير إداوتنان"] * 3 + ["Casa-Anfa"] * 2 + ["Oujda"],
        "parent_code": ["01"] * 3 + ["02"] * 2 + [None],
        "party": ["RNI", "PAM", "PI", "RNI", "USFP", "PAM"],
        "votes": [12000, 9000, 0, 30500, 7000, 0],
        "seats": [2, 1, 0, 3, np.nan, 0],
    })
    parties = {"RNI": "التجمع الوطني للأحرار", "PAM": "Parti Authenticité et Modernité", "PI": "Istiqlal",
               "USFP": "USFP"}
    totals = pd.DataFrame({"unit_code": ["01.511", "02.600", "03.1"], "registered": [80000, 90000, np.nan],
                           "voters": [30000, 40000, np.nan]})
    rs = ResultSet.build("ma-2021", votes, totals, parties)
    store = backend.store()
    summary = store.write_election(Election("ma-2021", kind="legislative", date="2021-09-08",
                                            level="constituency"), rs)
    assert summary.results_written == 6 and summary.turnout_written == 3
    back = store.read_result_set("ma-2021")
    pd.testing.assert_frame_equal(back.votes.reset_index(drop=True), rs.votes.reset_index(drop=True))
    pd.testing.assert_frame_equal(back.totals, rs.totals)
    assert back.parties == parties
    pd.testing.assert_frame_equal(unit_table(back), unit_table(rs))
    pd.testing.assert_frame_equal(unit_table(store.read_result_set("ma-2021", zero_votes=False)), unit_table(rs))
    assert backend.count("results", "ma-2021") == 6
    seats = backend._rows(f"SELECT unit_code, party, seats FROM {backend.table('results')} ORDER BY unit_code, party")
    assert seats == [("01.511", "PAM", 1.0), ("01.511", "PI", 0.0), ("01.511", "RNI", 2.0),
                     ("02.600", "RNI", 3.0), ("02.600", "USFP", None), ("03.1", "PAM", 0.0)]
    parties_stored = store.parties().set_index("code")
    assert parties_stored.loc["RNI", "name_ar"] == parties["RNI"] and parties_stored.loc["RNI", "name_fr"] is None


def test_reimport_changes_nothing_and_corrected_file_replaces_only_its_election(backend, fr90):
    store = backend.store()
    store.write_election(Election("e1"), fr90)
    store.write_election(Election("e2"), samples.result_set("e2"))
    before = backend.fingerprint()
    assert store.write_election(Election("e1"), samples.result_set()).unchanged
    assert backend.fingerprint() == before
    e2_rows = backend.election_rows("e2")
    summary = store.write_election(Election("e1"), samples.result_set(bump=2))
    assert (summary.unchanged, summary.results_deleted, summary.results_written) == (False, 3838, 3838)
    assert backend.election_rows("e2") == e2_rows
    after = backend.fingerprint()
    assert after["parties"] == before["parties"] and after["units"] == before["units"]
    assert lrn_total(store.read_result_set("e1")) == lrn_total(fr90) + 2 * 101
    assert (store.election("e1").revision, store.election("e2").revision) == (2, 1)


def test_exception_after_half_the_rows_leaves_the_store_as_before(backend, fr90):
    store = backend.store()
    store.write_election(Election("e1"), fr90)
    before = backend.fingerprint()
    store.CHUNK_ROWS = 10
    calls = []

    def fail_at_half(done, total):
        calls.append(done)
        if done >= total / 2:
            raise RuntimeError("boom at half")

    for election, bump in (("e1", 4), ("e2", 0)):
        with pytest.raises(RuntimeError, match="boom at half"):
            store.write_election(Election(election), samples.result_set(election, bump=bump), progress=fail_at_half)
    assert len(calls) >= 6  # several chunks were written before the failure
    assert backend.fingerprint() == before
    store.write_election(Election("e2"), samples.result_set("e2"))  # the store is still usable
    assert backend.count("results") == 2 * 3838 and backend.count("turnout", "e2") == 101


def test_killed_process_leaves_the_store_as_before(backend, fr90):
    store = backend.store()
    store.write_election(Election("e1"), fr90)
    store.close()
    before = backend.fingerprint()
    process = backend.worker("e1", "kill", bump=7)
    pid_line = read_line(process, "PID") if backend.kind == "postgis" else None
    read_line(process, "HALF")
    if backend.kind == "geopackage":
        assert backend.path.with_name(backend.path.name + "-journal").exists()  # a transaction is open
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    if pid_line:
        pid = int(pid_line.split()[1])
        deadline = time.monotonic() + 20
        while backend._rows("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)) != [(0,)]:
            assert time.monotonic() < deadline, "the killed client's server process did not end"
            time.sleep(0.1)
    assert backend.fingerprint() == before
    reopened = backend.store()
    assert lrn_total(reopened.read_result_set("e1")) == lrn_total(fr90)
    assert reopened.write_election(Election("e1"), samples.result_set(bump=7)).results_written == 3838


def test_write_aborted_by_the_database_leaves_the_store_as_before(backend, fr90, tmp_path):
    """PostGIS: the server ends the connection mid-import (pg_terminate_backend);
    GeoPackage: SQLite aborts the running statement (progress handler)."""
    store = backend.store()
    store.write_election(Election("e1"), fr90)
    before = backend.fingerprint()
    store.CHUNK_ROWS = 10

    def cut_at_half(done, total):
        if done >= total / 2:
            if backend.kind == "postgis":
                backend._rows("SELECT pg_terminate_backend(%s)", (store.backend_pid(),))
            else:
                store.connection.set_progress_handler(lambda: 1, 1)

    message = "connection to .* was lost" if backend.kind == "postgis" else "interrupted.*Nothing was written"
    with pytest.raises(StoreError, match=message):
        store.write_election(Election("e1"), samples.result_set(bump=1), progress=cut_at_half)
    assert backend.fingerprint() == before


# --- two processes --------------------------------------------------------------------------------


def test_two_processes_writing_different_elections_both_succeed(backend, tmp_path):
    backend.store().close()
    flag = tmp_path / "go-on"
    first = backend.worker("e1", f"pause:{flag}")
    read_line(first, "HALF")  # e1 is half written, its transaction open
    second = backend.worker("e2", "normal", bump=3)
    if backend.kind == "postgis":
        # PostGIS: e2 commits while e1's transaction is still open
        assert second.wait(timeout=60) == 0, second.stdout.read() + second.stderr.read()
    else:
        read_line(second, "STARTED")
        time.sleep(0.5)
        assert second.poll() is None  # GeoPackage: e2 waits for the file's write lock
    flag.touch()
    assert first.wait(timeout=60) == 0, first.stdout.read() + first.stderr.read()
    assert second.wait(timeout=60) == 0, second.stdout.read() + second.stderr.read()
    store = backend.store()
    assert sorted(e.id for e in store.elections()) == ["e1", "e2"]
    assert lrn_total(store.read_result_set("e1")) == lrn_total(samples.result_set())
    assert lrn_total(store.read_result_set("e2")) == lrn_total(samples.result_set()) + 3 * 101
    assert backend.fingerprint()["parties"][0] == 38


def test_same_election_at_once_one_wins_the_other_gets_a_conflict(backend, tmp_path):
    backend.store().close()
    flag = tmp_path / "go-on"
    first = backend.worker("e1", f"pause:{flag}", bump=1)
    read_line(first, "HALF")
    second = backend.worker("e1", "normal", bump=2, timeout=60)
    read_line(second, "STARTED")
    if backend.kind == "geopackage":
        time.sleep(1.0)  # the second has read the election's revision and waits for the write lock
    flag.touch()
    assert first.wait(timeout=60) == 0, first.stdout.read() + first.stderr.read()
    assert second.wait(timeout=60) == 3
    conflict = read_line(second, "CONFLICT")
    assert "Election 'e1'" in conflict and "nothing was written" in conflict
    store = backend.store()
    rs = store.read_result_set("e1")
    assert lrn_total(rs) == lrn_total(samples.result_set()) + 1 * 101  # the first one, whole
    assert len(rs.votes) == 3838 and store.election("e1").revision == 1


# --- names, units, joined layer ----------------------------------------------------------------------


def test_hostile_names_harm_nothing(backend, tmp_path, pg_dsn_if_postgis):
    if backend.kind == "postgis":
        backend.close()
        backend = new_backend("postgis", tmp_path, backend.staged, pg_dsn_if_postgis, schema=samples.HOSTILE)
        backend.drop()
    else:
        backend.path = tmp_path / "x\"; DROP TABLE results; --.gpkg"
    try:
        store = backend.store()
        votes = pd.DataFrame({"unit_code": [samples.HOSTILE] * 2 + ["2"] * 2, "party": ["A", "B", "A", "B"],
                              "votes": [1, 2, 3, 4], "unit_name": ["'; DELETE FROM units; --"] * 2 + ["ب"] * 2})
        rs = ResultSet.build(samples.HOSTILE, votes, parties={"A": samples.HOSTILE, "B": "Robert'); DROP TABLE parties;--"})
        store.write_election(Election(samples.HOSTILE, name=samples.HOSTILE, source="\\\t\n"), rs)
        store.write_election(Election("other"), samples.result_set("other"))
        back = store.read_result_set(samples.HOSTILE)
        assert back.parties == rs.parties and set(back.votes["unit_code"]) == {samples.HOSTILE, "2"}
        assert back.totals["unit_name"].tolist() == ["'; DELETE FROM units; --", "ب"]
        assert store.election(samples.HOSTILE).source == "\\\t\n"
        counts = {t: n for t, (n, _) in backend.fingerprint().items()}
        assert counts["election_units"] == 2 + 101 and counts["parties"] == 40 and counts["elections"] == 2
        assert backend.count("results") == 4 + 3838
        assert backend._rows(f"SELECT party, votes FROM {backend.table('results')} WHERE unit_code = %s ORDER BY party",
                             (samples.HOSTILE,)) == [("A", 1), ("B", 2)]
        if backend.kind == "postgis":
            assert backend._rows("SELECT nspname FROM pg_namespace WHERE nspname = %s", (samples.HOSTILE,))
    finally:
        backend.close()


@pytest.fixture
def pg_dsn_if_postgis(request, backend):
    return request.getfixturevalue("pg_dsn") if backend.kind == "postgis" else None


def test_units_by_validity_and_the_joined_election(backend, fr90):
    from qgis.core import QgsVectorLayer

    from fiefs_plugin.gis.store.layers import joined_election, units_frame

    communes = QgsVectorLayer(str(samples.FR90_COMMUNES), "communes", "ogr")
    assert communes.isValid()
    units = units_frame(communes, "code", "nom", level="commune", source_label="IGN 2018")
    store = backend.store()
    crosswalk = pd.DataFrame({"source_key": ["90001"], "unit_code": ["90001"], "method": ["name"], "score": [93.0]})
    summary = store.write_election(Election("e1", date="2024-06-09"), fr90, units=units, crosswalk=crosswalk)
    assert (summary.units_added, summary.units_unchanged) == (102, 0)
    before = backend.fingerprint()
    summary = store.write_election(Election("e1", date="2024-06-09"), fr90, units=units)
    assert (summary.units_added, summary.units_updated, summary.units_unchanged) == (0, 0, 102)
    assert backend.fingerprint() == before

    joined = joined_election(store, "e1")
    frame = joined.frame.set_index("code")
    assert len(frame) == 102 and joined.unmatched == []
    expected = unit_table(fr90)
    result_columns = [c for c in joined.frame.columns if c not in ("code", "name_fr", "name_ar", "parent_code",
                                                                     "region_code", "level")]
    assert result_columns[:3] == [fld.UNIT, fld.MATCH, fld.SCORE]
    assert result_columns[3:] == [c for c in expected.columns if c != fld.UNIT]
    matched = frame.loc[expected.index]
    for column in expected.columns:
        if column == fld.UNIT:
            assert matched[column].tolist() == expected.index.tolist()
        elif expected[column].dtype == object:
            assert matched[column].tolist() == expected[column].tolist(), column
        else:
            pd.testing.assert_series_equal(matched[column].astype("float64"), expected[column].astype("float64"),
                                           check_names=False, check_index=False)
    assert frame.loc["90001", fld.MATCH] == "name" and frame.loc["90001", fld.SCORE] == 93.0
    assert frame.loc["90002", fld.MATCH] == "code" and frame.loc["90002", fld.SCORE] == 100.0
    assert frame.loc["90073", fld.UNIT] is None and pd.isna(frame.loc["90073", fld.votes_field("L01_LRN")])
    assert frame.loc["90073", "name_fr"] == "Moval"  # merged into Meroux-Moval in 2019: no 2024 result
    only = joined_election(store, "e1", party="L03_LUG").frame
    assert [c for c in only.columns if c.startswith(("v_", "s_"))] == ["v_L03_LUG", "s_L03_LUG"]
    with pytest.raises(StoreError, match="no party 'NOPE'"):
        joined_election(store, "e1", party="NOPE")
    with pytest.raises(StoreError, match="no election 'e9'.*e1"):
        joined_election(store, "e9")


def test_boundary_versions_follow_the_election_date(backend):
    from fiefs_plugin.gis.store.layers import joined_election

    def square(x):
        from qgis.core import QgsGeometry

        return bytes(QgsGeometry.fromWkt(f"MULTIPOLYGON((({x} 0,{x + 1} 0,{x + 1} 1,{x} 1,{x} 0)))").asWkb())

    units = pd.DataFrame({"code": ["A", "A", "B"], "valid_from": [None, "2021-01-01", None],
                          "valid_to": ["2021-01-01", None, None], "wkb": [square(0), square(10), square(20)]})
    votes = pd.DataFrame({"unit_code": ["A", "B"], "party": ["P", "P"], "votes": [1, 2]})
    store = backend.store()
    store.write_election(Election("old", date="2016-10-07"), ResultSet.build("old", votes), units=units)
    store.write_election(Election("new", date="2021-09-08"), ResultSet.build("new", votes))
    store.write_election(Election("undated"), ResultSet.build("undated", votes))
    for election, x in (("old", 0.0), ("new", 10.0), ("undated", 10.0)):
        joined = joined_election(store, election)
        assert joined.frame["code"].tolist() == ["A", "B"], election
        from fiefs_plugin.gis.store.wkb import gpkg_envelope

        assert gpkg_envelope(joined.blobs[0])[0] == x, election


# --- boundaries without an election ---------------------------------------------------------------


def _square(x: float, y: float = 0.0) -> bytes:
    from qgis.core import QgsGeometry

    return bytes(QgsGeometry.fromWkt(f"MULTIPOLYGON((({x} {y},{x + 1} {y},{x + 1} {y + 1},{x} {y + 1},{x} {y})))").asWkb())


def _fr90_communes():
    from qgis.core import QgsVectorLayer

    from fiefs_plugin.gis.store.layers import units_frame

    layer = QgsVectorLayer(str(samples.FR90_COMMUNES), "communes", "ogr")
    assert layer.isValid()
    return units_frame(layer, "code", "nom", level="commune", source_label="IGN 2018")


def _regions(xs=(0.0, 10.0)) -> pd.DataFrame:
    return pd.DataFrame({"code": ["27", "44"], "name_fr": ["Bourgogne-Franche-Comté", "Grand Est"],
                         "name_ar": [None, "الشرق الكبير"], "level": "region", "wkb": [_square(x) for x in xs]})


def _store_state(backend) -> tuple:
    """The fingerprint of every table, and for a GeoPackage the file's bytes too."""
    file_bytes = backend.path.read_bytes() if backend.kind == "geopackage" else None
    return backend.fingerprint(), file_bytes


def test_boundaries_alone_go_into_the_units_table_by_level(backend):
    communes = _fr90_communes()
    store = backend.store()
    first = store.write_units(communes)
    assert (first.election, first.unchanged, first.units_added, first.units_updated, first.units_unchanged) == (
        "", False, 102, 0, 0)
    second = store.write_units(_regions())
    assert (second.unchanged, second.units_added) == (False, 2)
    geom = schema.GEOMETRY_COLUMN
    assert backend._rows(f"SELECT level, count(*), count({geom}) FROM {backend.table('units')} "
                         "GROUP BY level ORDER BY level") == [("commune", 102, 102), ("region", 2, 2)]
    assert backend._rows(f"SELECT count(*) FROM {backend.table('elections')}") == [(0,)]
    stored = store.read_units(level="commune").set_index("code")
    assert sorted(stored.index) == sorted(communes["code"])
    assert stored.loc["90001", "name_fr"] == "Andelnans" and stored.loc["90001", "source"] == "IGN 2018"
    assert dict(zip(stored.index, stored["wkb"])) == dict(zip(communes["code"], communes["wkb"]))
    regions = store.read_units(level="region")
    assert regions[["code", "name_fr", "name_ar", "level"]].values.tolist() == [
        ["27", "Bourgogne-Franche-Comté", None, "region"], ["44", "Grand Est", "الشرق الكبير", "region"]]
    assert regions["wkb"].tolist() == [_square(0.0), _square(10.0)]

    # the same boundaries again: nothing changes, not even a byte of the units table
    before = _store_state(backend)
    again = store.write_units(_fr90_communes())
    assert (again.unchanged, again.units_added, again.units_updated, again.units_unchanged) == (True, 0, 0, 102)
    assert store.write_units(_regions()).unchanged
    assert _store_state(backend) == before

    # a changed boundary is updated in place, another valid_from is a new version
    changed = pd.concat([_regions(xs=(0.0, 20.0)),
                         _regions().iloc[[1]].assign(valid_from="2016-01-01", wkb=[_square(30.0)])], ignore_index=True)
    summary = store.write_units(changed)
    assert (summary.unchanged, summary.units_added, summary.units_updated, summary.units_unchanged) == (False, 1, 1, 1)
    versions = store.read_units(level="region").sort_values(["code", "fid"])
    assert versions[["code", "valid_from"]].values.tolist() == [["27", None], ["44", None], ["44", "2016-01-01"]]
    assert versions["wkb"].tolist() == [_square(0.0), _square(20.0), _square(30.0)]
    after = backend.fingerprint()
    assert after["units"] != before[0]["units"] and after["elections"] == before[0]["elections"]


def test_a_failed_boundaries_import_leaves_the_store_as_before(backend, fr90):
    store = backend.store()
    store.write_election(Election("e1", level="commune"), fr90, units=_fr90_communes())
    before = _store_state(backend)

    bad = _regions()
    bad.loc[1, "code"] = " "
    with pytest.raises(StoreError, match="Unit feature 2: the unit code is empty"):
        store.write_units(bad)
    with pytest.raises(StoreError, match="Unit code '27' \\(level region\\) appears more than once"):
        store.write_units(pd.concat([_regions(), _regions().iloc[[0]]], ignore_index=True))
    assert _store_state(backend) == before

    # an exception after the rows were written (new units and a changed one): rolled back
    moved = _fr90_communes()
    moved.at[0, "wkb"] = _square(50.0)
    moved.at[0, "bbox"] = None  # its box is no longer the geometry's
    calls = []

    def fail(done, total):
        calls.append((done, total))
        raise RuntimeError("boom after the rows")

    for units in (pd.concat([moved, _regions()], ignore_index=True), moved):
        with pytest.raises(RuntimeError, match="boom after the rows"):
            store.write_units(units, progress=fail)
    assert calls[0] == (2, 104)  # raised once the two new units were inserted
    assert _store_state(backend) == before

    # the database aborts the transaction (PostGIS: the connection is cut; GeoPackage: SQLite interrupts)
    cuts = []

    def cut(done, total):
        if cuts:
            return
        cuts.append(done)
        if backend.kind == "postgis":
            backend._rows("SELECT pg_terminate_backend(%s)", (store.backend_pid(),))
        else:
            store.connection.set_progress_handler(lambda: 1, 1)

    message = "connection to .* was lost while writing unit boundaries" if backend.kind == "postgis" else (
        "Writing unit boundaries into .* failed: interrupted. Nothing was written")
    with pytest.raises(StoreError, match=message):
        store.write_units(_regions(), progress=cut)
    assert cuts == [2]
    assert _store_state(backend) == before
    if backend.kind == "geopackage":
        store.connection.set_progress_handler(None, 1)  # SQLite interrupted its ROLLBACK too: close it
    store.close()
    assert _store_state(backend) == before
    assert backend.store().write_units(_regions()).units_added == 2  # the store is still usable


def test_summary_is_plain_data(backend, fr90):
    summary = backend.store().write_election(Election("e1"), fr90)
    assert json.loads(json.dumps(summary.as_dict()))["results_written"] == 3838
    with pytest.raises(StoreError, match="needs an id"):
        backend.store().write_election(Election(""), fr90)
