"""The matching cascade on small cases: every rule that keeps a match from being wrong."""

from __future__ import annotations

import pandas as pd

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core.matching import (
    AMBIGUOUS,
    CONFLICT,
    EXCLUDED,
    MATCHED,
    UNMATCHED,
    MatchOptions,
    align_parents,
    crosswalk_mapping,
    crosswalk_table,
    joined_table,
    match_units,
)
from fiefs_plugin.core.results import PARTY, UNIT_CODE, VOTES, ResultSet


def _features():
    return pd.DataFrame({
        "key": [10, 11, 12, 13, 14, 15, 16],
        "code": ["01.511.01.01", "01.511.01.09", "01.511.05.19", "05.081.05.07", "05.081.05.07", "72080", "72081"],
        "name": ["Assilah", "Gueznaia", "Hjar Ennhal", "Bzou", "Bzou (Centre)", "Cherré", "Cherreau"],
        "parent": ["01.511", "01.511", "01.511", "05.081", "05.081", "72", "72"],
    })


def _by_unit(report):
    return report.units.set_index("unit_code")


def test_code_match_normalised_and_one_to_many_decided_by_name():
    units = pd.DataFrame({"key": ["015110101", "5081050701", "5081050799"],
                          "code": ["015110101", "05.081.05.07", "05.081.05.99"],
                          "name": ["x", "Bzou", None]})
    report = match_units(units, _features())
    rows = _by_unit(report)
    assert rows.loc["015110101", "fid"] == 10 and rows.loc["015110101", "method"] == "code"
    assert rows.loc["5081050701", "fid"] == 13  # Bzou, not Bzou (Centre)
    assert rows.loc["5081050799", "status"] == UNMATCHED
    assert set(report.unmatched_features["key"]) == {11, 12, 14, 15, 16}


def test_shared_code_without_name_is_ambiguous_not_a_guess():
    units = pd.DataFrame({"key": ["a"], "code": ["05.081.05.07"]})
    rows = _by_unit(match_units(units, _features()))
    assert rows.loc["a", "status"] == AMBIGUOUS and "Bzou (Centre)" in rows.loc["a", "candidates"]


def test_name_within_parent_and_no_silent_many_to_one():
    units = pd.DataFrame({"key": ["u1", "u2", "u3"], "name": ["Gueznaia", "gueznaïa", "Hjar Ennhal"],
                          "parent": ["01.511", "01.511", "1511"]})
    report = match_units(units, _features())
    rows = _by_unit(report)
    assert rows.loc["u3", "status"] == MATCHED and rows.loc["u3", "method"] == "name"
    assert rows.loc["u1", "status"] == CONFLICT and rows.loc["u2", "status"] == CONFLICT
    assert "SUM_DUPLICATES" in rows.loc["u1", "note"]
    summed = _by_unit(match_units(units, _features(), MatchOptions(sum_duplicates=True)))
    assert summed.loc["u1", "fid"] == summed.loc["u2", "fid"] == 11


def test_parent_restricts_names():
    features = pd.DataFrame({"key": [1, 2], "name": ["Sidi Ali", "Sidi Ali"], "parent": ["P1", "P2"]})
    units = pd.DataFrame({"key": ["a", "b", "c"], "name": ["Sidi Ali"] * 3, "parent": ["P2", "P1", None]})
    rows = _by_unit(match_units(units, features))
    assert rows.loc["a", "fid"] == 2 and rows.loc["b", "fid"] == 1
    assert rows.loc["c", "status"] != MATCHED  # no parent: two features carry that name


def test_fuzzy_clear_winner_and_threshold():
    features = pd.DataFrame({"key": [1, 2, 3], "name": ["Moqrisset", "Moqrisset (Centre)", "Kalaat Bouqorra"]})
    units = pd.DataFrame({"key": ["a", "b"], "name": ["Moqrissat", "Zzzyx"]})
    rows = _by_unit(match_units(units, features))
    assert rows.loc["a", "fid"] == 1 and rows.loc["a", "method"] == "fuzzy" and 85 <= rows.loc["a", "score"] < 100
    assert rows.loc["b", "status"] == UNMATCHED and "MIN_SCORE" in rows.loc["b", "note"]
    strict = _by_unit(match_units(units, features, MatchOptions(min_score=99)))
    assert strict.loc["a", "status"] == UNMATCHED and strict.loc["a", "candidates"].startswith("Moqrisset")
    features = pd.DataFrame({"key": [1, 2], "name": ["Oulad Amer", "Oulad Amar"]})
    rows = _by_unit(match_units(pd.DataFrame({"key": ["a"], "name": ["Oulad Ameur"]}), features))
    assert rows.loc["a", "status"] == AMBIGUOUS


def test_merged_commune_is_not_matched_to_one_of_its_parts():
    units = pd.DataFrame({"key": ["72080"], "name": ["Cherré-Au"], "parent": ["72"]})
    rows = _by_unit(match_units(units, _features()))
    assert rows.loc["72080", "status"] == AMBIGUOUS
    assert "Cherreau" in rows.loc["72080", "candidates"] and "Cherré" in rows.loc["72080", "candidates"]


def test_arabic_units_against_latin_layer():
    units = pd.DataFrame({"key": ["a", "b"], "name": ["أصيلة", "حجر النحل"], "parent": ["01.511", "01.511"]})
    rows = _by_unit(match_units(units, _features()))
    assert rows.loc["a", "fid"] == 10 and rows.loc["b", "fid"] == 12
    assert (rows["method"] == "fuzzy").all()


def test_parents_aligned_by_code_name_or_fuzzy():
    mapping, notes = align_parents(["01.511", "Azilal", "Tanger Assilah", "Nowhere"],
                                   ["1511", "AZILAL", "Tanger-Assilah", "Rabat"], MatchOptions())
    assert mapping == {"01.511": "1511", "Azilal": "AZILAL", "Tanger Assilah": "Tanger-Assilah"}
    assert len(notes) == 1 and "Nowhere" in notes[0]


def test_crosswalk_round_trip_overrides_everything():
    features = _features()
    units = pd.DataFrame({"key": ["x1", "x2", "x3"], "code": ["01.511.01.01", "nope", "72081"],
                          "name": ["Assilah", "Hjar Ennhal", "Cherreau"]})
    report = match_units(units, features, MatchOptions(use_name=False))
    table = crosswalk_table(report)
    assert table["feature_code"].tolist()[0] == "01.511.01.01" and pd.isna(table["feature_code"].tolist()[1])
    table.loc[1, "feature_code"] = "01.511.05.19"  # a person fixes the unmatched row
    table.loc[0, "feature_code"] = "-"  # and excludes another on purpose
    table.loc[2, "feature_code"] = None  # undecided: the cascade decides
    table.loc[2, "feature_fid"] = None
    mapping, notes = crosswalk_mapping(table, features)
    assert mapping == {"x1": None, "x2": 12} and notes == []
    rows = _by_unit(match_units(units, features, MatchOptions(use_name=False), crosswalk=mapping))
    assert rows.loc["x1", "status"] == EXCLUDED
    assert rows.loc["x2", "fid"] == 12 and rows.loc["x2", "method"] == "crosswalk"
    assert rows.loc["x3", "fid"] == 16 and rows.loc["x3", "method"] == "code"
    two_columns = pd.DataFrame({"commune": ["x2"], "polygon": ["01.511.05.19"]})
    assert crosswalk_mapping(two_columns, features)[0] == {"x2": 12}


def test_joined_table_sums_wards_only_when_asked():
    votes = pd.DataFrame({UNIT_CODE: ["w1", "w1", "w2", "w2"], PARTY: ["A", "B", "A", "B"], VOTES: [10, 5, 1, 4]})
    totals = pd.DataFrame({UNIT_CODE: ["w1", "w2"], fld.REGISTERED: [30, 10], fld.VOTERS: [16, 6]})
    result_set = ResultSet.build("e", votes, totals)
    features = pd.DataFrame({"key": [7], "code": ["C1"]})
    crosswalk = {"w1": 7, "w2": 7}
    units = pd.DataFrame({"key": ["w1", "w2"]})
    conflict = match_units(units, features, crosswalk=crosswalk)
    assert set(conflict.units["status"]) == {MATCHED}  # a crosswalk is a person's decision
    table = joined_table(result_set, conflict)
    assert table.loc[7, fld.UNIT] == "w1+w2" and table.loc[7, "v_A"] == 11 and table.loc[7, "v_B"] == 9
    assert table.loc[7, fld.REGISTERED] == 40 and table.loc[7, fld.VALID] == 20
    assert table.loc[7, fld.MATCH] == "crosswalk" and table.loc[7, fld.SCORE] == 100
    assert table.loc[7, fld.TURNOUT] == 22 / 40
