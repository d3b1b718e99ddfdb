"""Property tests (hypothesis): stronghold classes depend on the units, not on row order."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from fiefs_plugin.core import fields
from fiefs_plugin.core.strongholds import class_summary, classify_elections


@st.composite
def elections(draw):
    n = draw(st.integers(2, 20))
    codes = [f"u{i}" for i in range(n)]
    frames = []
    for _ in range(draw(st.integers(1, 3))):
        rows = draw(st.lists(st.tuples(*[st.integers(0, 300)] * 3), min_size=n, max_size=n))
        frame = pd.DataFrame(rows, columns=["v_P", "v_Q", "v_R"])
        frame["valid"] = frame.sum(axis=1)
        frame["registered"] = frame["valid"] + 10
        frame["fiefs_unit"] = codes
        frame["gi_bin"] = draw(st.lists(st.integers(-3, 3), min_size=n, max_size=n))
        frame["gi_sig"] = (frame["gi_bin"] != 0).astype(int)
        frames.append(frame)
    return frames


@settings(max_examples=50, deadline=None)
@given(elections(), st.randoms(use_true_random=False))
def test_classes_are_invariant_to_row_order(frames, rnd):
    labels = [str(i) for i in range(len(frames))]
    a = classify_elections(frames, labels, "P")
    shuffled = []
    for frame in frames:
        order = list(frame.index)
        rnd.shuffle(order)
        shuffled.append(frame.loc[order])
    b = classify_elections(shuffled, labels, "P")
    pd.testing.assert_frame_equal(a.sort_index(), b.sort_index())
    keys = fields.MULTI_ELECTION_CLASSES if len(frames) > 1 else fields.SINGLE_ELECTION_CLASSES
    assert set(a[fields.FIEF_CLASS].dropna()) <= set(keys)
    latest = frames[-1].set_index("fiefs_unit")
    summary = class_summary(a[fields.FIEF_CLASS], latest, "P", keys).set_index(fields.FIEF_CLASS)
    assert summary.drop(index="total")["units"].sum() == len(latest)
    assert summary.loc["total", "votes"] == latest["v_P"].sum()
