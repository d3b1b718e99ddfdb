"""Class breaks: Jenks is optimal (brute force), the other methods give what they promise."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from fiefs_plugin.styling.classes import (
    breaks,
    class_counts,
    decimals_needed,
    jenks_breaks,
    pretty_numbers,
    range_labels,
    stddev_breaks,
    symmetric_breaks,
)


def _ssd(groups):
    return sum(float(((np.asarray(g) - np.mean(g)) ** 2).sum()) for g in groups)


def _brute_force_jenks(values, k):
    x = sorted(values)
    best = None
    for cuts in itertools.combinations(range(1, len(x)), k - 1):
        bounds = (0, *cuts, len(x))
        groups = [x[a:b] for a, b in zip(bounds, bounds[1:])]
        cost = _ssd(groups)
        if best is None or cost < best[0] - 1e-12:
            best = (cost, [x[0]] + [g[-1] for g in groups])
    return best


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("k", [2, 3, 4])
def test_jenks_is_the_optimal_partition(seed, k):
    rng = np.random.default_rng(seed)
    values = np.round(rng.gamma(2.0, 10.0, size=11), 2)
    edges = jenks_breaks(values, k)
    groups = [values[(values > lo) & (values <= hi)] if i else values[values <= hi]
              for i, (lo, hi) in enumerate(zip(edges, edges[1:]))]
    best_cost, _ = _brute_force_jenks(values.tolist(), k)
    assert len(edges) == k + 1
    assert math.isclose(_ssd(groups), best_cost, rel_tol=1e-9, abs_tol=1e-9)


def test_jenks_finds_obvious_groups_and_is_deterministic_when_sampled():
    values = [1, 1.2, 0.9, 10, 10.5, 9.8, 30, 31, 29.5]
    assert jenks_breaks(values, 3) == [0.9, 1.2, 10.5, 31.0]
    rng = np.random.default_rng(1)
    big = rng.normal(size=20000)
    assert jenks_breaks(big, 5) == jenks_breaks(big.copy(), 5)
    assert jenks_breaks(big, 5)[0] == big.min() and jenks_breaks(big, 5)[-1] == big.max()


def test_quantile_equal_pretty():
    values = np.arange(1, 101, dtype=float)
    assert breaks(values, "quantile", 4) == [1.0, 25.75, 50.5, 75.25, 100.0]
    assert class_counts(values, breaks(values, "quantile", 4)) == [25, 25, 25, 25]
    assert breaks(values, "equal", 3) == [1.0, 34.0, 67.0, 100.0]
    assert pretty_numbers(0.031, 0.482, 5) == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
    assert pretty_numbers(12, 87, 4) == [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    shares = [0.12, 0.18, 0.33, 0.41]
    edges = breaks(shares, "pretty", 4)
    assert edges[0] <= 0.12 and edges[-1] >= 0.41 and all(round(e * 10) == e * 10 for e in edges)


def test_stddev_centred_on_mean():
    rng = np.random.default_rng(3)
    values = rng.normal(50, 10, size=5000)
    mean, sd = values.mean(), values.std()
    odd = stddev_breaks(values, 5)
    assert len(odd) == 6
    assert math.isclose(odd[2], mean - 0.5 * sd) and math.isclose(odd[3], mean + 0.5 * sd)
    even = stddev_breaks(values, 4)
    assert any(math.isclose(e, mean) for e in even)


def test_symmetric_breaks_have_zero_and_mirror():
    values = [-12.5, -3, -1, 0.5, 2, 4, 8, 20]
    for method in ("jenks", "quantile", "equal", "pretty", "stddev"):
        edges = symmetric_breaks(values, method, 6)
        assert 0.0 in edges, method
        assert edges == sorted(edges)
        assert [-e for e in reversed(edges)] == edges
        assert edges[0] <= -20 and edges[-1] >= 20


def test_counts_and_labels():
    values = [0.1, 0.2, 0.2, 0.35, None, float("nan")]
    edges = [0.1, 0.2, 0.3, 0.4]
    assert class_counts(values, edges) == [3, 0, 1]
    assert decimals_needed(edges, 100) == 0
    assert range_labels(edges, scale=100, suffix="%") == ["10 \u2013 20 %", "20 \u2013 30 %", "30 \u2013 40 %"]
    assert range_labels([-2.5, 0, 2.5], signed=True) == ["\u22122.5 \u2013 0.0", "0.0 \u2013 +2.5"]
    with pytest.raises(ValueError, match="unknown classification"):
        breaks([1, 2], "kmeans", 3)
