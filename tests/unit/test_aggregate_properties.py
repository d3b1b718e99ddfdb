"""Property tests (hypothesis): aggregation preserves every total, whatever the grouping."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from fiefs_plugin.core.aggregate import aggregate, assign_by_field, assign_groups, check_totals, count_columns


@st.composite
def units_and_crosswalk(draw):
    n = draw(st.integers(1, 25))
    k = draw(st.integers(1, 4))
    counts = draw(st.lists(st.lists(st.integers(0, 10_000), min_size=k, max_size=k), min_size=n, max_size=n))
    data = pd.DataFrame(counts, columns=[f"v_P{i}" for i in range(k)])
    data["valid"] = data.sum(axis=1)
    data["registered"] = data["valid"] * 2
    data["fiefs_unit"] = [f"u{i:03d}" for i in range(n)]
    groups = draw(st.lists(st.sampled_from(["g1", "g2", "g3", "g4"]), min_size=n, max_size=n))
    data["grp"] = groups
    # some units are split between two groups with random weights
    rows = []
    for code, group in zip(data["fiefs_unit"], groups):
        if draw(st.booleans()):
            w = draw(st.floats(0.05, 0.95))
            rows += [(code, group, w), (code, "split", 1 - w)]
        else:
            rows.append((code, group, 1.0))
    crosswalk = pd.DataFrame(rows, columns=["unit", "group", "weight"])
    return data, crosswalk


@settings(max_examples=60, deadline=None)
@given(units_and_crosswalk())
def test_totals_preserved_by_field_and_by_weighted_crosswalk(case):
    data, crosswalk = case
    by_field, _ = aggregate(data, assign_by_field(data["grp"]))
    check_totals(data, by_field)
    assignment = assign_groups(data["fiefs_unit"], crosswalk, "unit", "group", "weight")
    split, _ = aggregate(data, assignment)
    check_totals(data, split)
    for name in count_columns(data):
        assert np.isclose(split[name].sum(), data[name].sum(), rtol=1e-12, atol=1e-9)
    shares = split[[c for c in split.columns if c.startswith("s_P")]].sum(axis=1)
    has = split["valid"] > 0
    assert np.allclose(shares[has], 1.0)


@settings(max_examples=40, deadline=None)
@given(units_and_crosswalk(), st.randoms(use_true_random=False))
def test_aggregation_does_not_depend_on_row_order(case, rnd):
    data, _ = case
    order = list(data.index)
    rnd.shuffle(order)
    a, _ = aggregate(data, assign_by_field(data["grp"]))
    b, _ = aggregate(data.loc[order], assign_by_field(data.loc[order, "grp"]))
    pd.testing.assert_frame_equal(a, b)
