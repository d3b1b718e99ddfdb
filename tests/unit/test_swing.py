"""Swing between two elections (core/swing.py)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields
from fiefs_plugin.core.swing import swing, swing_counts


def election(rows: dict) -> pd.DataFrame:
    data = pd.DataFrame([{"fiefs_unit": k, **v} for k, v in rows.items()])
    data["valid"] = data[[c for c in data.columns if c.startswith("v_")]].sum(axis=1)
    return data


BEFORE = election({
    "a": {"v_A": 50, "v_B": 30, "v_C": 20},
    "b": {"v_A": 20, "v_B": 50, "v_C": 30},
    "old": {"v_A": 10, "v_B": 10, "v_C": 80},
})
AFTER = election({
    "b": {"v_A": 45, "v_B": 40, "v_C": 15},
    "a": {"v_A": 40, "v_B": 40, "v_C": 20},
    "new": {"v_A": 70, "v_B": 20, "v_C": 10},
})


def test_share_rank_winner_and_butler_swing():
    out = swing(BEFORE, AFTER, "A", "B")
    assert out.index.tolist() == ["b", "a", "new", "old"]
    assert out.loc["a", fields.SWING] == pytest.approx(-10.0)
    assert out.loc["b", fields.SWING] == pytest.approx(25.0)
    assert out.loc["b", fields.SWING_RANK] == 2  # third -> first
    assert out.loc["b", fields.SWING_WINNER] == "B -> A"
    assert out.loc["a", fields.SWING_WINNER] is None  # A keeps it (tie goes to the first listed)
    # Butler: ((a1 - a0) - (b1 - b0)) / 2 = ((45-20) - (40-50)) / 2 = 17.5
    assert out.loc["b", fields.SWING_BUTLER] == pytest.approx(17.5)
    assert out.loc["a", fields.SWING_BUTLER] == pytest.approx((-10 - 10) / 2)
    assert out.loc["a", fields.SWING_SHARE_BEFORE] == pytest.approx(0.5)


def test_units_present_once_are_reported_with_null_changes():
    out = swing(BEFORE, AFTER, "A")
    assert out.loc["new", fields.SWING_STATUS] == "after_only"
    assert out.loc["old", fields.SWING_STATUS] == "before_only"
    assert math.isnan(out.loc["new", fields.SWING]) and math.isnan(out.loc["old", fields.SWING])
    assert out[fields.SWING_BUTLER].isna().all()
    assert swing_counts(out) == {"both": 2, "before_only": 1, "after_only": 1}


def test_party_absent_from_one_election_counts_as_zero():
    before = BEFORE.drop(columns=["v_C"])
    before["valid"] = before[["v_A", "v_B"]].sum(axis=1)
    out = swing(before, AFTER, "C")
    assert out.loc["a", fields.SWING] == pytest.approx(20.0)
    assert math.isnan(out.loc["a", fields.SWING_RANK])
    with pytest.raises(KeyError, match="NOPE"):
        swing(BEFORE, AFTER, "NOPE")


def test_zero_valid_votes_give_null():
    after = AFTER.copy()
    after.loc[after["fiefs_unit"] == "a", ["v_A", "v_B", "v_C", "valid"]] = 0
    out = swing(BEFORE, after, "A", "B")
    assert np.isnan(out.loc["a", [fields.SWING, fields.SWING_BUTLER, fields.SWING_RANK]].astype(float)).all()
    assert out.loc["a", fields.SWING_WINNER] is None


def test_swing_does_not_depend_on_row_order():
    a = swing(BEFORE, AFTER, "A", "B").sort_index()
    b = swing(BEFORE.iloc[::-1], AFTER.iloc[::-1], "A", "B").sort_index()
    pd.testing.assert_frame_equal(a, b)
