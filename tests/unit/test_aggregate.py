"""Aggregation of units into groups with totals preserved (core/aggregate.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields
from fiefs_plugin.core.aggregate import (
    AggregationError,
    aggregate,
    assign_by_field,
    assign_groups,
    check_totals,
    count_columns,
)

CODES = ["01.051.01.01", "01.051.05.07", "03.531.01.05", "03.531.01.07", "06.141.01.01", "06.141.01.03",
         "06.141.01.11", "06.141.01.13", "04.421.01.05"]


@pytest.fixture
def units() -> pd.DataFrame:
    n = len(CODES)
    rng = np.random.default_rng(4)
    votes = rng.integers(0, 500, size=(n, 3))
    data = pd.DataFrame({"fiefs_unit": CODES, "province": [c[:6] for c in CODES]})
    data["v_A"], data["v_B"], data["v_C"] = votes.T
    data["valid"] = votes.sum(axis=1)
    data["blank"] = 3
    data["invalid"] = 2
    data["voters"] = data["valid"] + 5
    data["registered"] = data["voters"] * 2
    data["seats_A"] = [1, 0, 0, 1, 0, 0, 0, 1, 0]
    data["s_A"] = 0.123  # stale derived values must not survive
    data.index = range(100, 100 + n)
    return data


def test_group_field_sums_counts_and_recomputes_shares(units):
    out, report = aggregate(units, assign_by_field(units["province"]))
    assert out.index.tolist() == ["01.051", "03.531", "04.421", "06.141"]
    assert out[fields.UNIT].tolist() == out.index.tolist()
    assert out.loc["06.141", fields.AGG_UNITS] == 4
    rows = units[units["province"] == "06.141"]
    assert out.loc["06.141", "v_A"] == rows["v_A"].sum()
    assert out.loc["06.141", "s_A"] == pytest.approx(rows["v_A"].sum() / rows["valid"].sum())
    assert out.loc["06.141", "turnout"] == pytest.approx(0.5)
    assert out.loc["06.141", "province"] == "06.141"  # constant within the group: carried
    check_totals(units, out)
    assert report["dropped"] == [] and report["groups"] == 4
    assert out["v_A"].dtype == np.int64


def test_hcp_components_crosswalk(units):
    crosswalk = pd.DataFrame({
        "group": ["al-hoceima", "taounate-nord", "anfa", "fida", "rabat"],
        "components": [
            "provinces:01.051",
            "communes:03.531.01.05;communes:03.531.01.07",
            "provinces:06.141.01.00",  # HCP prefecture of arrondissements: 06.141.01.0x
            "provinces:06.141.01.10;communes:06.141.01.81",
            "arrondissements:04.421.01.09;legal:04.421.01.05-annexes-3-4",
        ],
    })
    assignment = assign_groups(units["fiefs_unit"], crosswalk, "components", "group")
    groups = dict(zip(units.loc[assignment.rows["label"], "fiefs_unit"], assignment.rows["group"]))
    assert groups == {
        "01.051.01.01": "al-hoceima", "01.051.05.07": "al-hoceima",
        "03.531.01.05": "taounate-nord", "03.531.01.07": "taounate-nord",
        "06.141.01.01": "anfa", "06.141.01.03": "anfa", "06.141.01.11": "fida", "06.141.01.13": "fida",
    }
    assert units.loc[assignment.unassigned, "fiefs_unit"].tolist() == ["04.421.01.05"]
    assert "legal:04.421.01.05-annexes-3-4" in assignment.unresolved
    assert "04.421.01.09" in assignment.unresolved and "06.141.01.81" in assignment.unresolved
    with pytest.raises(AggregationError, match="04.421.01.05"):
        aggregate(units, assignment, codes=units["fiefs_unit"])
    out, report = aggregate(units, assignment, unassigned="drop", codes=units["fiefs_unit"])
    assert report["dropped"] == [108]
    check_totals(units, out, excluded=report["dropped_counts"])
    with pytest.raises(AggregationError, match="not preserved"):
        check_totals(units, out)


def test_most_specific_entry_wins_and_conflicts_are_errors(units):
    crosswalk = pd.DataFrame({"unit": ["06.141*", "06.141.01.13", "01.051*"], "group": ["casa", "other", "h"]})
    assignment = assign_groups(units["fiefs_unit"], crosswalk, "unit", "group")
    groups = dict(zip(units.loc[assignment.rows["label"], "fiefs_unit"], assignment.rows["group"]))
    assert groups["06.141.01.13"] == "other" and groups["06.141.01.11"] == "casa"
    clash = pd.DataFrame({"unit": ["01.051.01.01", "01.051.01.01"], "group": ["x", "y"]})
    with pytest.raises(AggregationError, match="01.051.01.01.*2 groups"):
        assign_groups(units["fiefs_unit"], clash, "unit", "group")
    with pytest.raises(AggregationError, match="no column 'nope'"):
        assign_groups(units["fiefs_unit"], clash, "nope", "group")
    with pytest.raises(AggregationError, match="unknown kind"):
        assign_groups(units["fiefs_unit"], pd.DataFrame({"u": ["douars:1"], "g": ["x"]}), "u", "g")


def test_weighted_split_shares_counts_by_weight_and_keeps_totals(units):
    crosswalk = pd.DataFrame({
        "unit": ["04.421.01.05", "04.421.01.05", "01.051*", "03.531*", "06.141*"],
        "group": ["ocean", "chellah", "h", "t", "c"],
        "weight": [0.37, 0.63, 1, 1, 1],
    })
    assignment = assign_groups(units["fiefs_unit"], crosswalk, "unit", "group", "weight")
    out, _ = aggregate(units, assignment)
    check_totals(units, out)
    source = units.loc[108]
    assert out.loc["ocean", "v_A"] + out.loc["chellah", "v_A"] == pytest.approx(source["v_A"])
    assert out.loc["ocean", "v_A"] == pytest.approx(0.37 * source["v_A"])
    assert out.loc["ocean", "s_A"] == pytest.approx(source["v_A"] / source["valid"])
    bad = crosswalk.assign(weight=[0.5, 0.4, 1, 1, 1])
    with pytest.raises(AggregationError, match="sum to 0.9"):
        assign_groups(units["fiefs_unit"], bad, "unit", "group", "weight")


def test_renaming_crosswalk_keeps_unlisted_units():
    data = pd.DataFrame({"fiefs_unit": ["01.051.05.01", "01.051.05.07", "01.051.11.03"], "v_A": [1, 2, 4],
                         "valid": [1, 2, 4]})
    crosswalk = pd.DataFrame({"code_2014": ["01.051.05.01", "01.051.05.07"],
                              "code_2024": ["01.051.11.01", "01.051.11.03"]})
    assignment = assign_groups(data["fiefs_unit"], crosswalk, "code_2014", "code_2024")
    out, _ = aggregate(data, assignment, unassigned="keep", codes=data["fiefs_unit"])
    assert out["v_A"].to_dict() == {"01.051.11.01": 1, "01.051.11.03": 6}  # 2014 unit merged into 2024 unit
    check_totals(data, out)


def test_units_without_counts_never_block(units):
    geometry_only = units[["fiefs_unit", "province"]]
    assignment = assign_groups(geometry_only["fiefs_unit"], pd.DataFrame({"u": ["01.051*"], "g": ["h"]}), "u", "g")
    out, report = aggregate(geometry_only, assignment)
    assert out.index.tolist() == ["h"] and len(report["dropped"]) == 7
    assert count_columns(geometry_only) == []


def test_wards_to_commune_with_null_counts(units):
    wards = units.copy()
    wards.loc[100, "v_C"] = np.nan  # C did not stand in that ward
    out, _ = aggregate(wards, assign_by_field(wards["province"]))
    assert out.loc["01.051", "v_C"] == units.loc[101, "v_C"]
    check_totals(wards, out)
