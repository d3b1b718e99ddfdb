"""The ranked table of fiefs:strongholds (TOP): class first, then share, margin, key."""

from __future__ import annotations

import pandas as pd
import pytest

from fiefs_plugin.core import fields
from fiefs_plugin.core.strongholds import TOP_CLASS_ORDER, TOP_RANK, classify_elections, ranked_units
from tests.unit.test_strongholds import CASES, frame_of


def test_order_is_class_then_share_then_margin_then_key():
    result = pd.DataFrame({
        fields.FIEF_CLASS: ["battleground", "stronghold", "bastion", "stronghold", None, "weak", "stronghold"],
        "s_P": [0.90, 0.40, 0.30, 0.55, 0.99, 0.05, 0.40],
        "margin_P": [1.0, 5.0, 8.0, 20.0, 50.0, -40.0, 9.0],
        fields.FIEF_RULE: ["close", "relative", "bastion", "safe", None, "low", "relative"],
    }, index=[10, 11, 12, 13, 14, 15, 16])
    keys = pd.Series(["a", "b", "c", "d", "e", "f", "g"], index=result.index)
    top = ranked_units(result, keys, "P", n=0)
    # bastion first whatever its share; among strongholds share, then margin (b and g tie on share)
    assert top[fields.UNIT].tolist() == ["c", "d", "g", "b", "a", "f"]
    assert top[TOP_RANK].tolist() == [1, 2, 3, 4, 5, 6]
    assert top.index.tolist() == [12, 13, 16, 11, 10, 15]  # feature ids kept
    assert "e" not in top[fields.UNIT].tolist()  # no class: left out
    assert ranked_units(result, keys, "P", n=2)[fields.UNIT].tolist() == ["c", "d"]
    with pytest.raises(ValueError):
        ranked_units(result, keys, "P", n=-1)


def test_ties_broken_by_key_and_classes_in_documented_order():
    assert TOP_CLASS_ORDER[:4] == ("bastion", "stronghold", "emerging", "eroding")
    assert set(TOP_CLASS_ORDER) == set(fields.SINGLE_ELECTION_CLASSES) | set(fields.MULTI_ELECTION_CLASSES)
    result = pd.DataFrame({fields.FIEF_CLASS: ["stronghold"] * 3, "s_P": [0.5] * 3, "margin_P": [10.0] * 3})
    keys = pd.Series(["z", "b", "m"], index=result.index)
    assert ranked_units(result, keys, "P")[fields.UNIT].tolist() == ["b", "m", "z"]


def test_on_classified_units():
    frame = frame_of(CASES, gi={"cluster": 3, "weak": -2})
    result = classify_elections([frame], ["2021"], "P")
    result.index = frame.index
    top = ranked_units(result, frame["fiefs_unit"], "P", n=0)
    assert len(top) == 7 and "empty" not in top[fields.UNIT].tolist()
    assert top[fields.UNIT].iloc[0] == "safe" and top[fields.UNIT].iloc[-1] == "weak"
    positions = [TOP_CLASS_ORDER.index(c) for c in top[fields.FIEF_CLASS]]
    assert positions == sorted(positions)
    for _cls, rows in top.groupby(fields.FIEF_CLASS, sort=False):
        assert rows["s_P"].tolist() == sorted(rows["s_P"], reverse=True)
    assert list(top.columns[:3]) == [TOP_RANK, fields.UNIT, fields.FIEF_CLASS]
    assert top[fields.FIEF_WHY].iloc[0] == result.loc[top.index[0], fields.FIEF_WHY]
