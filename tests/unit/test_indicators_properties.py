"""Property tests (hypothesis) of the indicators: they hold for any vote counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from fiefs_plugin.core.indicators import indicator_table, overall_shares, party_indicators, unit_indicators

PARTIES = ["A", "B", "C", "D"]


@st.composite
def vote_frames(draw, min_units=1, max_units=30):
    n = draw(st.integers(min_units, max_units))
    votes = draw(arrays(np.int64, (n, len(PARTIES)), elements=st.integers(0, 5000)))
    frame = pd.DataFrame(votes, columns=[f"v_{p}" for p in PARTIES])
    frame["valid"] = votes.sum(axis=1)
    frame["registered"] = frame["valid"] * 2 + draw(st.integers(0, 100))
    frame["voters"] = frame["valid"] + 1
    frame["fiefs_unit"] = [f"u{i}" for i in range(n)]
    return frame


@settings(max_examples=60, deadline=None)
@given(vote_frames())
def test_shares_sum_to_one_when_every_party_is_present(frame):
    ind = unit_indicators(frame)
    has = frame["valid"] > 0
    total = ind.loc[has, [f"s_{p}" for p in PARTIES]].sum(axis=1)
    assert np.allclose(total, 1.0)
    assert ind.loc[~has, "s_A"].isna().all()


@settings(max_examples=60, deadline=None)
@given(vote_frames())
def test_ranks_margins_and_enp_are_consistent(frame):
    ind = indicator_table(frame)
    has = (frame["valid"] > 0).to_numpy()
    ranks = ind[[f"rank_{p}" for p in PARTIES]].to_numpy()
    assert np.all(np.nanmin(ranks[has], axis=1) == 1) if has.any() else True
    for p in PARTIES:
        first = ind[f"rank_{p}"] == 1
        assert (ind.loc[first, f"margin_{p}"] >= 0).all()
        assert (ind.loc[(ind[f"rank_{p}"] > 1), f"margin_{p}"] < 0).all()
    winners = ind.loc[has, "winner"]
    for label, winner in winners.items():
        assert ind.loc[label, f"margin_{winner}"] == np.float64(ind.loc[label, "margin"])
        assert ind.loc[label, f"rank_{winner}"] == 1
    enp = ind.loc[has, "enp"]
    assert ((enp >= 1 - 1e-12) & (enp <= len(PARTIES) + 1e-12)).all()


@settings(max_examples=50, deadline=None)
@given(vote_frames())
def test_location_quotient_averages_to_one_weighted_by_valid_votes(frame):
    overall = overall_shares(frame)
    ind = party_indicators(frame)
    valid = frame["valid"].astype(float)
    for p in PARTIES:
        if overall[p] > 0:
            weighted = (ind[f"lq_{p}"] * valid).sum() / valid.sum()
            assert np.isclose(weighted, 1.0)
            assert np.isclose(ind[f"conc_{p}"].sum(), 1.0)


@settings(max_examples=50, deadline=None)
@given(vote_frames(min_units=2), st.randoms(use_true_random=False))
def test_indicators_do_not_depend_on_row_order(frame, rnd):
    order = list(frame.index)
    rnd.shuffle(order)
    a = indicator_table(frame).set_index(frame["fiefs_unit"]).sort_index()
    shuffled = frame.loc[order]
    b = indicator_table(shuffled).set_index(shuffled["fiefs_unit"]).sort_index()
    pd.testing.assert_frame_equal(a, b)


@st.composite
def result_sets(draw):
    from fiefs_plugin.core.results import ResultSet

    n = draw(st.integers(1, 15))
    rows, totals = [], []
    for i in range(n):
        for p in PARTIES:
            if draw(st.booleans()) or p == "A":  # some parties do not stand everywhere
                rows.append({"unit_code": f"u{i}", "party": p, "votes": draw(st.integers(0, 3000))})
        totals.append({"unit_code": f"u{i}", "registered": draw(st.one_of(st.none(), st.integers(0, 20_000))),
                       "voters": draw(st.integers(0, 10_000)),
                       "valid": draw(st.one_of(st.none(), st.integers(0, 12_000)))})
    return ResultSet.build("e", pd.DataFrame(rows), pd.DataFrame(totals), {p: p for p in PARTIES})


@settings(max_examples=60, deadline=None)
@given(result_sets())
def test_unit_indicators_equal_the_joined_fields_of_unit_table(result_set):
    from fiefs_plugin.core.results import unit_table

    joined = unit_table(result_set)
    again = unit_indicators(joined)
    for name in again.columns:
        a, b = joined[name], again[name]
        if a.dtype == object or b.dtype == object:
            assert a.where(a.notna(), None).tolist() == b.where(b.notna(), None).tolist(), name
        else:
            assert np.allclose(a.to_numpy(float), b.to_numpy(float), equal_nan=True), name
