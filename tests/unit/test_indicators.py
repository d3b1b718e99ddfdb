"""Party indicators on hand-computed units (core/indicators.py)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields
from fiefs_plugin.core.indicators import (
    indicator_fields,
    indicator_table,
    overall_shares,
    party_indicators,
    unit_indicators,
)


@pytest.fixture
def units() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "fiefs_unit": ["A", "B", "C", "D"],
            "registered": [100, 200, 50, 80],
            "voters": [60, 100, 0, 40],
            "valid": [50, 90, 0, 40],
            "v_X": [30, 20, 0, 20],
            "v_Y": [15, 40, 0, 20],
            "v_Z": [5, 30, 0, np.nan],  # Z did not stand in D
        },
        index=[10, 11, 12, 13],
    )


def test_overall_share_is_votes_weighted(units):
    overall = overall_shares(units)
    assert overall["X"] == pytest.approx(70 / 180)
    assert overall["Z"] == pytest.approx(35 / 180)


def test_unit_indicators_by_hand(units):
    ind = unit_indicators(units)
    assert ind.index.tolist() == [10, 11, 12, 13]
    assert ind["turnout"].tolist()[:3] == pytest.approx([0.6, 0.5, 0.0])
    assert ind.loc[10, "s_X"] == pytest.approx(0.6)
    assert ind.loc[10, "winner"] == "X" and ind.loc[10, "runner_up"] == "Y"
    assert ind.loc[10, "winner_share"] == pytest.approx(0.6)
    assert ind.loc[10, "margin"] == pytest.approx(30.0)
    assert ind.loc[10, "enp"] == pytest.approx(1 / 0.46)
    assert ind.loc[11, "winner"] == "Y" and ind.loc[11, "runner_up"] == "Z"
    assert ind.loc[11, "margin"] == pytest.approx(10 / 90 * 100)
    # a tie names the party listed first, margin 0
    assert ind.loc[13, "winner"] == "X" and ind.loc[13, "runner_up"] == "Y" and ind.loc[13, "margin"] == 0
    assert ind.loc[13, "enp"] == pytest.approx(2.0)


def test_zero_valid_votes_give_null_not_errors(units):
    with np.errstate(all="raise"):
        ind = indicator_table(units)
    row = ind.loc[12]
    assert row["winner"] is None and row["runner_up"] is None
    for name in ["s_X", "winner_share", "margin", "enp", "rank_X", "margin_X", "lq_X", "dev_X", "conc_X"]:
        assert math.isnan(row[name]), name


def test_party_indicators_by_hand(units):
    ind = party_indicators(units, ["X", "Z"])
    share = 70 / 180
    assert ind.loc[10, "rank_X"] == 1 and ind.loc[11, "rank_X"] == 3
    assert ind.loc[10, "margin_X"] == pytest.approx(30.0)  # lead over Y
    assert ind.loc[11, "margin_X"] == pytest.approx(-20 / 90 * 100)  # distance to the winner Y
    assert ind.loc[13, "margin_X"] == 0 and ind.loc[13, "rank_X"] == 1
    assert ind.loc[10, "lq_X"] == pytest.approx(0.6 / share)
    assert ind.loc[10, "dev_X"] == pytest.approx((0.6 - share) * 100)
    assert ind.loc[10, "conc_X"] == pytest.approx(30 / 70)
    assert ind["conc_X"].sum() == pytest.approx(1.0)
    # Z did not stand in D: no rank, share 0, distance to the winner
    assert math.isnan(ind.loc[13, "rank_Z"]) and ind.loc[13, "s_Z"] == 0
    assert ind.loc[13, "margin_Z"] == pytest.approx(-50.0)
    assert ind.loc[11, "rank_Z"] == 2


def test_reference_share_can_be_given(units):
    ind = party_indicators(units, ["X"], overall={"X": 0.5})
    assert ind.loc[10, "lq_X"] == pytest.approx(1.2) and ind.loc[10, "dev_X"] == pytest.approx(10.0)


def test_table_columns_and_unknown_party(units):
    table = indicator_table(units, ["Y"])
    assert list(table.columns) == indicator_fields(["X", "Y", "Z"], ["Y"])
    assert "rank_Y" in table and "rank_X" not in table and "s_X" in table
    with pytest.raises(KeyError, match="NOPE"):
        party_indicators(units, ["NOPE"])


def test_valid_votes_default_to_the_sum_of_party_votes(units):
    no_valid = units.drop(columns=["valid", "registered"])
    ind = unit_indicators(no_valid)
    assert ind.loc[10, "s_X"] == pytest.approx(0.6)
    assert ind.loc[11, "s_X"] == pytest.approx(20 / 90)
    assert ind["turnout"].isna().all()


def test_field_names_follow_core_fields():
    names = indicator_fields(["RNI"])
    assert {fields.RANK_PREFIX + "RNI", fields.LQ_PREFIX + "RNI", fields.CONC_PREFIX + "RNI"} <= set(names)
