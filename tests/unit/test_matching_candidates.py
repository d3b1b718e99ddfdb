"""Machine-readable candidates of the match report (cand_<k>_fid/code/name/score) for every
unit, matched or not, and the choice of the results' parent column (code or name)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from fiefs_plugin.core.matching import (
    AMBIGUOUS,
    MATCHED,
    UNMATCHED,
    MatchOptions,
    candidate_columns,
    choose_parent_side,
    match_units,
)
from tests.unit.test_matching import _by_unit, _features


def test_candidate_column_names():
    assert candidate_columns(2) == ["cand_1_fid", "cand_1_code", "cand_1_name", "cand_1_score",
                                    "cand_2_fid", "cand_2_code", "cand_2_name", "cand_2_score"]


def test_every_row_has_its_candidates_the_chosen_feature_first():
    units = pd.DataFrame({
        "key": ["code", "fuzzy", "none", "amb"],
        "code": ["01.511.01.01", None, None, "05.081.05.07"],
        "name": [None, "Gueznaya", "Zzzz", None],
        "parent": ["01.511", "01.511", "01.511", "05.081"],
    })
    report = match_units(units, _features(), MatchOptions(candidates=3))
    rows = _by_unit(report)
    assert list(report.units.columns[-12:]) == candidate_columns(3)
    # matched by code: the chosen feature with the code score
    assert rows.loc["code", "status"] == MATCHED
    assert (rows.loc["code", "cand_1_fid"], rows.loc["code", "cand_1_code"]) == (10, "01.511.01.01")
    assert rows.loc["code", "cand_1_score"] == 100.0 and rows.loc["code", "cand_2_fid"] is None
    assert math.isnan(rows.loc["code", "cand_2_score"])
    # matched by close spelling: the chosen feature first, then the runners-up, with their scores
    fuzzy = rows.loc["fuzzy"]
    assert fuzzy["status"] == MATCHED and fuzzy["method"] == "fuzzy"
    assert fuzzy["cand_1_fid"] == fuzzy["fid"] == 11 and fuzzy["cand_1_name"] == "Gueznaia"
    assert fuzzy["cand_1_score"] == pytest.approx(fuzzy["score"], abs=0.051)
    assert fuzzy["cand_2_fid"] in (10, 12) and fuzzy["cand_2_score"] < fuzzy["cand_1_score"]
    assert fuzzy["candidates"].startswith("Gueznaia [01.511.01.09]")  # the text is no longer empty
    # unmatched: its ranked candidates, scores falling
    none = rows.loc["none"]
    assert none["status"] == UNMATCHED and none["note"] != ""
    scores = [none[f"cand_{k}_score"] for k in (1, 2, 3) if none[f"cand_{k}_fid"] is not None]
    assert scores == sorted(scores, reverse=True)
    # a code shared by two features, no name: both offered
    amb = rows.loc["amb"]
    assert amb["status"] == AMBIGUOUS
    assert {amb["cand_1_fid"], amb["cand_2_fid"]} == {13, 14} and amb["cand_3_fid"] is None


def test_number_of_candidates_follows_the_option():
    units = pd.DataFrame({"key": ["a"], "name": ["Zzzz"]})
    assert not [c for c in match_units(units, _features(), MatchOptions(candidates=0)).units.columns
                if c.startswith("cand_")]
    report = match_units(units, _features(), MatchOptions(candidates=25))
    assert report.units.columns[-1] == "cand_10_score"  # at most 10


def test_parent_side_follows_what_the_layer_holds():
    feature_names = ["Tanger-Assilah", "Fahs-Anjra", "Khénifra"]
    feature_codes = ["01.511", "01.521", "05.081"]
    codes = ["01.511", "01.511", "05.081"]
    names = ["Tanger Assilah", "Tanger Assilah", "Khenifra"]
    assert choose_parent_side(codes, names, feature_names) == "name"
    assert choose_parent_side(codes, names, feature_codes) == "code"
    assert choose_parent_side([None] * 3, names, feature_codes) == "name"  # only names: names
    assert choose_parent_side(codes, [None] * 3, feature_names) == "code"
    assert choose_parent_side([None] * 3, [None] * 3, feature_names) is None
