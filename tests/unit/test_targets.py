"""Campaign targets: plurality leads and largest-remainder seats (core/targets.py)."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fiefs_plugin.core import fields
from fiefs_plugin.core.targets import largest_remainder, target_table, targets


def reference_allocation(votes, seats, base, minimum=0, loser=None):
    """Largest remainder with exact fractions, written the plain way."""
    k = len(votes)
    eligible = [v > 0 and v >= minimum for v in votes]
    quota = Fraction(base) / seats
    auto = [int(Fraction(v) // quota) if e else 0 for v, e in zip(votes, eligible)]
    rem = [Fraction(v) / quota - a if e else Fraction(-1) for v, a, e in zip(votes, auto, eligible)]
    left = seats - sum(auto)
    n_el = sum(eligible)
    rounds, extra = (left // n_el, left % n_el) if n_el else (0, 0)
    alloc = [a + (rounds if e else 0) for a, e in zip(auto, eligible)]
    order = sorted(range(k), key=lambda j: (-rem[j], -votes[j], k if j == loser else j))
    for j in order[:extra]:
        alloc[j] += 1
    return alloc


def test_largest_remainder_hare_on_valid_votes_by_hand():
    votes = np.array([[400, 300, 200, 100]], float)
    alloc = largest_remainder(votes, np.array([4.0]), np.array([1000.0]))
    assert alloc.tolist() == [[2, 1, 1, 0]]  # quota 250: A 1 + rem 150, B 1 + 50, C 0 + 200, D 0 + 100


def test_largest_remainder_on_registered_voters_spreads_seats():
    # Morocco 2021: quotient = registered / seats = 500, no list reaches it
    alloc = largest_remainder(np.array([[400, 300, 200, 100]], float), np.array([4.0]), np.array([2000.0]))
    assert alloc.tolist() == [[1, 1, 1, 1]]


def test_threshold_excludes_small_lists():
    alloc = largest_remainder(np.array([[400, 300, 200, 20]], float), np.array([4.0]), np.array([920.0]),
                              threshold_votes=np.array([0.03 * 920]))
    assert alloc.tolist()[0][3] == 0 and sum(alloc.tolist()[0]) == 4


def test_more_seats_than_eligible_lists_go_round_again():
    alloc = largest_remainder(np.array([[100, 90, np.nan]], float), np.array([5.0]), np.array([10_000.0]))
    assert alloc.tolist() == [[3, 2, 0]]


def frame(rows, seats=None, registered=None):
    data = pd.DataFrame(rows, columns=["v_A", "v_B", "v_C", "v_D"])
    data["valid"] = data.sum(axis=1)
    data["fiefs_unit"] = [f"u{i}" for i in range(len(data))]
    if registered is not None:
        data["registered"] = registered
    if seats is not None:
        for p, s in zip("ABCD", np.array(seats).T):
            data[f"seats_{p}"] = s
    return data


def test_plurality_need_switch_and_cushion():
    data = frame([[400, 300, 200, 100], [300, 300, 10, 0]])
    b = targets(data, "B")
    assert b.loc[0, fields.TGT_SYSTEM] == "plurality"
    assert b.loc[0, fields.TGT_NEED] == 101 and b.loc[0, fields.TGT_SWITCH] == 51
    assert b.loc[0, fields.TGT_NEED_PCT] == pytest.approx(10.1)
    assert b.loc[0, fields.TGT_RIVAL] == "A" and math.isnan(b.loc[0, fields.TGT_CUSHION])
    a = targets(data, "A")
    assert a.loc[0, fields.TGT_CUSHION] == 100 and a.loc[0, fields.TGT_RIVAL] == "B"
    assert a.loc[0, fields.TGT_SEATS] == 1 and math.isnan(a.loc[0, fields.TGT_NEED])
    # a tie is not a lead: one vote breaks it
    assert a.loc[1, fields.TGT_NEED] == 1 and a.loc[1, fields.TGT_SWITCH] == 1 and a.loc[1, fields.TGT_SEATS] == 0


def test_list_targets_by_hand():
    data = frame([[400, 300, 200, 100]], seats=[[2, 1, 1, 0]])
    d = targets(data, "D")
    assert d.loc[0, fields.TGT_SYSTEM] == "largest_remainder" and d.loc[0, fields.TGT_SEATS] == 0
    # D needs a remainder above A's: (100 + x) * 4 - (1000 + x) > (400*4 - 1000 - x) - ... checked by brute force
    expected = next(x for x in range(1, 1000) if reference_allocation(
        [400, 300, 200, 100 + x], 4, 1000 + x, loser=3)[3] >= 1)
    assert d.loc[0, fields.TGT_NEED] == expected
    assert d.loc[0, fields.TGT_RIVAL] == "A"  # A loses its second seat
    a = targets(data, "A")
    assert a.loc[0, fields.TGT_SEATS] == 2
    lost = next(y for y in range(1, 401) if reference_allocation(
        [400 - y, 300, 200, 100], 4, 1000 - y, loser=0)[0] < 2)
    assert a.loc[0, fields.TGT_CUSHION] == lost - 1


def test_registered_base_and_missing_registered():
    data = frame([[400, 300, 200, 100]], seats=[[1, 1, 1, 1]], registered=[2000])
    d = targets(data, "D", quota_base="registered")
    # every list holds one seat by remainder: D keeps its seat down to a single vote
    assert d.loc[0, fields.TGT_SEATS] == 1 and d.loc[0, fields.TGT_CUSHION] == 99
    # a second seat: 700 votes = one quota (500) + a remainder that ties C's and wins on votes
    assert d.loc[0, fields.TGT_NEED] == 600
    no_reg = frame([[400, 300, 200, 100]], seats=[[1, 1, 1, 1]])
    assert targets(no_reg, "D", quota_base="registered").loc[0, fields.TGT_SYSTEM] == "plurality"


def test_zero_valid_votes_is_null():
    data = frame([[0, 0, 0, 0], [5, 3, 0, 0]])
    t = targets(data, "A")
    assert t.loc[0, [fields.TGT_NEED, fields.TGT_CUSHION, fields.TGT_SEATS]].isna().all()
    assert t.loc[0, fields.TGT_RIVAL] is None


def test_ranked_table_puts_the_cheapest_gains_first():
    data = frame([[400, 300, 0, 0], [400, 390, 0, 0], [100, 500, 0, 0], [200, 150, 0, 0]])
    table = target_table(targets(data, "B"), data, "B")
    gains = table[table[fields.TGT_KIND] == "gain"]
    assert gains["fiefs_unit"].tolist() == ["u1", "u3", "u0"] and gains[fields.TGT_ORDER].tolist() == [1, 2, 3]
    defend = table[table[fields.TGT_KIND] == "defend"]
    assert defend["fiefs_unit"].tolist() == ["u2"] and defend[fields.TGT_CUSHION].tolist() == [400]


@st.composite
def list_units(draw):
    k = draw(st.integers(2, 5))
    votes = draw(st.lists(st.integers(0, 400), min_size=k, max_size=k))
    seats = draw(st.integers(2, 6))
    threshold = draw(st.sampled_from([0.0, 0.03, 0.1]))
    base_kind = draw(st.sampled_from(["valid", "registered", "eligible"]))
    registered = draw(st.integers(sum(votes) + 1, 3 * sum(votes) + 10)) if base_kind == "registered" else None
    return votes, seats, threshold, registered, base_kind


@settings(max_examples=120, deadline=None)
@given(list_units(), st.data())
def test_need_and_cushion_match_brute_force(unit, data):
    votes, seats, threshold, registered, base_kind = unit
    if sum(votes) == 0:
        return
    party = data.draw(st.integers(0, len(votes) - 1))
    check_against_brute_force(votes, seats, threshold, registered, base_kind, party)


def test_need_is_the_first_gain_when_a_threshold_makes_seats_non_monotone():
    # P0 wins a seat at +115 votes, loses it again from +123 (the 58-vote list drops below
    # the 10 % threshold, which lifts the big list's remainder) and wins it back at +134.
    check_against_brute_force([0, 58, 400], 2, 0.1, None, "eligible", 0)
    t = targets(pd.DataFrame({"v_P0": [0], "v_P1": [58], "v_P2": [400], "valid": [458]}), "P0",
                seats=pd.Series([2]), quota_base="eligible", threshold=0.1, system="largest_remainder")
    assert t[fields.TGT_NEED].iloc[0] == 115


def check_against_brute_force(votes, seats, threshold, registered, base_kind, party):
    codes = [f"P{i}" for i in range(len(votes))]
    table = pd.DataFrame({f"v_{c}": [v] for c, v in zip(codes, votes)})
    table["valid"] = sum(votes)
    if registered is not None:
        table["registered"] = registered
    t = targets(table, codes[party], seats=pd.Series([seats]), quota_base=base_kind, threshold=threshold,
                system="largest_remainder").iloc[0]

    def alloc(delta):
        moved = list(votes)
        moved[party] += delta
        valid = sum(votes) + delta
        if base_kind == "valid":
            base = valid
        elif base_kind == "registered":
            base = registered
        else:
            base = sum(v for v in moved if v >= threshold * valid and v > 0)
        if base <= 0:
            return 0
        return reference_allocation(moved, seats, base, threshold * valid, loser=party)[party]

    now = alloc(0)
    assert t[fields.TGT_SEATS] == now
    if now < seats:
        limit = 100_000 if registered is None else registered - sum(votes)
        expected = next((x for x in range(1, limit + 1) if alloc(x) > now), None)
        if expected is None:
            assert math.isnan(t[fields.TGT_NEED])
        else:
            assert t[fields.TGT_NEED] == expected
    if now > 0:
        lost = next(y for y in range(1, votes[party] + 1) if alloc(-y) < now)
        assert t[fields.TGT_CUSHION] == lost - 1
