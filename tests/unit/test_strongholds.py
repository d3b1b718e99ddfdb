"""Stronghold classes, evidence and summary (core/strongholds.py) on hand-made units."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields
from fiefs_plugin.core.strongholds import (
    StrongholdRules,
    class_summary,
    classify_elections,
    strongholds,
)

# share of P, Q, R in % of 100 valid votes; overall share of P fixed at 30 %
CASES = {
    "safe": (60, 30, 10),  # first by 30 points
    "relative": (42, 45, 13),  # second but PVI +12
    "close2": (35, 38, 27),  # second, 3 points behind
    "close1": (36, 30, 34),  # first by 2 points
    "third": (20, 50, 30),  # LQ 0.67
    "weak": (10, 60, 30),  # LQ 0.33
    "cluster": (25, 40, 35),  # in a hot spot
    "empty": (0, 0, 0),
}


def frame_of(cases: dict, gi: dict | None = None) -> pd.DataFrame:
    rows = []
    for code, (p, q, r) in cases.items():
        rows.append({"fiefs_unit": code, "registered": 200, "voters": 110 if p + q + r else 0,
                     "valid": p + q + r, "v_P": p, "v_Q": q, "v_R": r})
    frame = pd.DataFrame(rows)
    if gi is not None:
        frame["gi_bin"] = [gi.get(c, 0) for c in cases]
        frame["gi_sig"] = [1 if gi.get(c, 0) else 0 for c in cases]
    return frame


def test_single_election_classes_and_evidence():
    frame = frame_of(CASES, gi={"cluster": 3, "weak": -2})
    out = strongholds(frame, "P", overall=0.30).set_index(frame["fiefs_unit"])
    classes = out[fields.FIEF_CLASS].to_dict()
    assert classes == {
        "safe": "stronghold", "relative": "stronghold", "close2": "battleground", "close1": "battleground",
        "third": "other", "weak": "weak", "cluster": "hotspot", "empty": None,
    }
    rules = out[fields.FIEF_RULE].to_dict()
    assert rules["safe"] == "safe" and rules["relative"] == "relative" and rules["close2"] == "close"
    assert rules["cluster"] == "cluster" and rules["weak"] == "low" and rules["empty"] is None
    # evidence that decided
    assert out.loc["safe", "margin_P"] == pytest.approx(30.0)
    assert out.loc["relative", fields.FIEF_PVI] == pytest.approx(12.0)
    assert out.loc["weak", "lq_P"] == pytest.approx(1 / 3)
    assert out.loc["cluster", "gi_bin"] == 3
    assert out.loc["safe", fields.FIEF_WHY] == "first, lead 30.0 pts >= 10"
    assert "PVI +12.0" in out.loc["relative", fields.FIEF_WHY]
    assert math.isnan(out.loc["empty", "s_P"])


def test_rules_are_parameters():
    frame = frame_of(CASES, gi={"cluster": 3})
    strict = StrongholdRules(safe_margin=40, pvi_min=None, battleground_margin=2.5, weak_lq=0.7)
    out = strongholds(frame, "P", strict, overall=0.30).set_index(frame["fiefs_unit"])[fields.FIEF_CLASS]
    assert out["safe"] == "other"  # lead 30 < 40 and the relative rule is off
    assert out["relative"] == "other"
    assert out["close1"] == "battleground" and out["close2"] == "other"
    assert out["third"] == "weak"  # LQ 0.67 < 0.7
    needs = StrongholdRules(needs_hotspot=True)
    out = strongholds(frame, "P", needs, overall=0.30).set_index(frame["fiefs_unit"])[fields.FIEF_CLASS]
    assert out["safe"] == "other" or out["safe"] == "battleground" or out["safe"] == "weak"
    assert out["safe"] != "stronghold"
    with pytest.raises(ValueError, match="hot spot"):
        strongholds(frame_of(CASES), "P", needs, overall=0.30)


def test_default_overall_share_is_the_votes_weighted_share():
    frame = frame_of({"a": (60, 30, 10), "b": (20, 50, 30)})
    out = strongholds(frame, "P")
    assert out["lq_P"].tolist() == pytest.approx([1.5, 0.5])


def elections():
    e1 = frame_of({"u1": (60, 30, 10), "u2": (60, 30, 10), "u3": (20, 50, 30), "u4": (60, 30, 10),
                   "u5": (35, 38, 27), "gone": (50, 40, 10)})
    e2 = frame_of({"u1": (60, 30, 10), "u2": (60, 30, 10), "u3": (20, 50, 30), "u4": (60, 30, 10),
                   "u5": (36, 30, 34)})
    e3 = frame_of({"u1": (60, 30, 10), "u2": (20, 50, 30), "u3": (60, 30, 10), "u4": (35, 38, 27),
                   "u5": (36, 30, 34), "new": (60, 30, 10)})
    return [e1, e2, e3]


def test_across_elections_bastion_emerging_eroding_flip():
    out = classify_elections(elections(), ["2016", "2021", "2026"], "P")
    assert out.index.tolist() == ["u1", "u2", "u3", "u4", "u5", "new"]
    cls = out[fields.FIEF_CLASS].to_dict()
    assert cls["u1"] == "bastion"  # stronghold 3 of 3
    assert cls["u2"] == "eroding"  # stronghold before, not now
    assert cls["u3"] == "emerging"  # stronghold now only
    assert cls["u4"] == "eroding"
    assert cls["u5"] == "battleground"  # never a stronghold: latest class
    assert cls["new"] == "emerging"  # no history: stronghold now, 1 of 3
    assert out.loc["u1", fields.FIEF_N] == 3 and out.loc["new", fields.FIEF_ELECTIONS] == 1
    assert out.loc["u2", fields.FIEF_HIST] == "stronghold > stronghold > weak"
    assert out.loc["new", fields.FIEF_HIST] == "- > - > stronghold"
    assert out.loc["u2", "fief_c_2021"] == "stronghold" and out.loc["u3", "fief_s_2026"] == pytest.approx(0.6)
    flips = out[fields.FIEF_FLIP].to_dict()
    assert flips["u1"] == "held" and flips["u2"] == "lost" and flips["u3"] == "gained"
    assert flips["u4"] == "lost" and flips["u5"] == "held" and flips["new"] is None
    assert out.loc["u1", fields.FIEF_WHY] == "stronghold in 3 of 3 elections (needs 3)"


def test_bastion_threshold_n_of_n():
    out = classify_elections(elections(), ["a", "b", "c"], "P", StrongholdRules(min_strong=2))
    assert out.loc["u2", fields.FIEF_CLASS] == "bastion"  # 2 of 3 is enough
    assert out.loc["u4", fields.FIEF_CLASS] == "bastion"


def test_pvi_averages_the_last_two_elections():
    e1 = frame_of({"x": (45, 30, 25), "y": (15, 45, 40)})  # overall P 30 %: devs +15, -15
    e2 = frame_of({"x": (33, 34, 33), "y": (27, 40, 33)})  # overall P 30 %: devs +3, -3
    out = classify_elections([e1, e2], ["1", "2"], "P")
    assert out.loc["x", fields.FIEF_PVI] == pytest.approx(9.0)
    one = classify_elections([e1, e2], ["1", "2"], "P", StrongholdRules(pvi_window=1))
    assert one.loc["x", fields.FIEF_PVI] == pytest.approx(3.0)


def test_duplicate_keys_and_labels_are_errors():
    e = frame_of({"a": (1, 2, 3)})
    with pytest.raises(ValueError, match="more than once"):
        classify_elections([pd.concat([e, e])], ["x"], "P")
    with pytest.raises(ValueError, match="different"):
        classify_elections([e, e], ["x", "x"], "P")


def test_summary_counts_registered_and_votes_per_class():
    frame = frame_of(CASES, gi={"cluster": 3})
    out = strongholds(frame, "P", overall=0.30)
    summary = class_summary(out[fields.FIEF_CLASS], frame, "P", fields.SINGLE_ELECTION_CLASSES)
    summary = summary.set_index(fields.FIEF_CLASS)
    assert summary.index.tolist() == ["stronghold", "battleground", "hotspot", "weak", "other", "NULL", "total"]
    assert summary.loc["stronghold", "units"] == 2
    assert summary.loc["stronghold", "votes"] == 102 and summary.loc["stronghold", "valid"] == 200
    assert summary.loc["stronghold", "share"] == pytest.approx(0.51)
    assert summary.loc["total", "registered"] == 1600 and summary.loc["total", "units"] == 8
    assert summary.loc["NULL", "units"] == 1
    assert summary.drop(index="total")["votes"].sum() == summary.loc["total", "votes"]


def test_classes_do_not_depend_on_row_order():
    frames = elections()
    a = classify_elections(frames, ["1", "2", "3"], "P")
    shuffled = [f.sample(frac=1.0, random_state=3) for f in frames]
    b = classify_elections(shuffled, ["1", "2", "3"], "P")
    pd.testing.assert_frame_equal(a.sort_index(), b.sort_index())
    assert np.array_equal(b.index, shuffled[-1]["fiefs_unit"].to_numpy())
