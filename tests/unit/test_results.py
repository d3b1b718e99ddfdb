"""ResultSet and unit_table(): the canonical result and the per-unit joined fields."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core.results import (
    PARTY,
    SEATS,
    TOTALS_COLUMNS,
    UNIT_CODE,
    VOTES,
    VOTES_COLUMNS,
    Issue,
    ResultSet,
    unit_table,
    without_zero_rows,
)


def _result_set(seats: bool = False) -> ResultSet:
    votes = pd.DataFrame(
        {
            UNIT_CODE: ["001", "001", "001", "002", "002", "003", "004"],
            PARTY: ["RNI", "PAM", "PI", "RNI", "PAM", "PI", "RNI"],
            VOTES: [60, 30, 10, 5, 5, 0, 7],
        }
    )
    if seats:
        votes[SEATS] = [3, 1, 0, 1, 1, np.nan, 1]
    totals = pd.DataFrame(
        {
            UNIT_CODE: ["001", "002", "003", "004"],
            fld.REGISTERED: [200, 40, 0, np.nan],
            fld.VOTERS: [110, 12, 0, 8],
            fld.VALID: [100, np.nan, 0, 7],
        }
    )
    parties = {"RNI": "Rassemblement national des indépendants", "PAM": "Authenticité et modernité",
               "PI": "Parti de l'Istiqlal"}
    return ResultSet.build("leg2021", votes, totals, parties, source="t.csv")


def test_build_makes_canonical_frames():
    rs = _result_set()
    assert list(rs.votes.columns) == list(VOTES_COLUMNS)
    assert list(rs.totals.columns) == list(TOTALS_COLUMNS)
    assert rs.votes[VOTES].dtype == np.int64 and rs.votes[SEATS].isna().all()
    assert rs.totals[fld.REGISTERED].dtype == np.float64
    # valid missing for unit 002 -> sum of its party votes
    assert rs.totals.set_index(UNIT_CODE)[fld.VALID].to_dict() == {"001": 100, "002": 10, "003": 0, "004": 7}
    assert rs.unit_codes == ["001", "002", "003", "004"]


def test_unit_table_fields_and_values():
    table = unit_table(_result_set())
    assert table.index.name == UNIT_CODE
    assert list(table.columns) == [
        fld.UNIT, *fld.TOTAL_FIELDS, fld.TURNOUT,
        "v_RNI", "v_PAM", "v_PI", "s_RNI", "s_PAM", "s_PI",
        fld.WINNER, fld.WINNER_SHARE, fld.RUNNER_UP, fld.MARGIN, fld.ENP,
    ]
    u1 = table.loc["001"]
    assert u1[fld.UNIT] == "001"
    assert u1[fld.TURNOUT] == pytest.approx(0.55)
    assert (u1["v_RNI"], u1["v_PAM"], u1["v_PI"]) == (60, 30, 10)
    assert u1["s_RNI"] == pytest.approx(0.6)
    assert u1[fld.WINNER] == "RNI" and u1[fld.RUNNER_UP] == "PAM"
    assert u1[fld.WINNER_SHARE] == pytest.approx(0.6)
    assert u1[fld.MARGIN] == pytest.approx(30.0)
    assert u1[fld.ENP] == pytest.approx(1 / (0.36 + 0.09 + 0.01))
    assert table["v_PI"].dtype == np.int64
    assert math.isnan(u1[fld.BLANK])


def test_unit_table_ties_missing_parties_and_zero_valid():
    table = unit_table(_result_set())
    u2 = table.loc["002"]
    # valid was unknown: the party sum (10) is used; a tie keeps party order
    assert u2[fld.VALID] == 10 and u2[fld.WINNER] == "RNI" and u2[fld.RUNNER_UP] == "PAM"
    assert u2[fld.MARGIN] == 0.0 and u2["v_PI"] == 0 and u2["s_PI"] == 0.0
    u3 = table.loc["003"]  # registered 0, valid 0: NULL shares, turnout, winner, enp
    assert math.isnan(u3[fld.TURNOUT]) and math.isnan(u3["s_RNI"])
    assert u3[fld.WINNER] is None and u3[fld.RUNNER_UP] is None
    assert math.isnan(u3[fld.MARGIN]) and math.isnan(u3[fld.ENP])
    u4 = table.loc["004"]  # one party: runner-up None, margin = its whole share
    assert math.isnan(u4[fld.TURNOUT])
    assert u4[fld.WINNER] == "RNI" and u4[fld.RUNNER_UP] is None
    assert u4[fld.MARGIN] == pytest.approx(100.0) and u4[fld.ENP] == pytest.approx(1.0)


def test_unit_table_seats_only_when_known():
    assert not any(c.startswith(fld.SEATS_PREFIX) for c in unit_table(_result_set()).columns)
    table = unit_table(_result_set(seats=True))
    assert table.loc["001", "seats_RNI"] == 3 and table.loc["002", "seats_PAM"] == 1
    assert math.isnan(table.loc["003", "seats_PI"]) and math.isnan(table.loc["003", "seats_RNI"])


def test_unit_table_sums_equal_votes():
    rs = _result_set()
    table = unit_table(rs)
    for code in rs.parties:
        assert table[fld.votes_field(code)].sum() == rs.votes.loc[rs.votes[PARTY] == code, VOTES].sum()


def test_issues_frame_and_long_table():
    rs = _result_set()
    rs.issues.append(Issue("warning", "t.csv", 3, "exprimés", "party votes 90 != valid 100"))
    report = rs.issues_frame()
    assert report.loc[0, "row"] == 3 and report.loc[0, "column"] == "exprimés"
    assert "t.csv, row 3, column 'exprimés'" in rs.issues[0].as_text()
    long = rs.long_table()
    assert long["election"].unique().tolist() == ["leg2021"]
    assert len(long) == len(rs.votes) and long.loc[0, fld.REGISTERED] == 200
    assert long.loc[0, "party_name"] == rs.parties["RNI"]
    back = ResultSet.from_long_table(long)
    assert back.election == "leg2021" and back.parties == rs.parties
    pd.testing.assert_frame_equal(unit_table(back), unit_table(rs))


@pytest.mark.parametrize("seats", [False, True])
def test_long_table_without_zero_rows_is_the_filtered_full_table(seats):
    """fiefs:importresults leaves out 0-vote rows before the totals are copied onto every row;
    the table must be the one filtering the full table gives (unit 003, all zeros, keeps a row)."""
    rs = _result_set(seats=seats)
    rs.votes.loc[rs.votes[UNIT_CODE] == "001", VOTES] = [60, 0, 10]
    lean = rs.long_table(zero_rows=False)
    pd.testing.assert_frame_equal(lean, without_zero_rows(rs.long_table()))
    kept_pam = ["PAM"] if seats else []  # 0 votes but a seat: kept
    assert lean[PARTY].tolist() == ["RNI", *kept_pam, "PI", "RNI", "PAM", "PI", "RNI"]
    assert lean[UNIT_CODE].tolist() == ["001"] * (3 if seats else 2) + ["002", "002", "003", "004"]
