"""Local Getis-Ord Gi*, local and global Moran's I, with the conventions of PySAL esda.

Everything here follows esda 2.7 (``G_Local(star=True)``, ``Moran_Local``, ``Moran``,
``Moran_Local_Rate``, ``fdr``) so that a person can check Fiefs against the field's
reference implementation: with the same weights the statistics and analytic z-scores
agree to 1e-9. Notation: ``y`` the variable (n values), ``w_ij`` the weights (no
self-link), ``k_i`` the number of neighbours of feature i.

Gi* (esda ``G_Local(star=True)``)
    Weights W* = W plus a self-weight: 1 for binary weights (``transform="b"``), the
    largest weight of the row for row-standardised ones (``"r"``, then each row of W*
    is divided by its sum). ``G*_i = sum_j w*_ij y_j / sum_j y_j`` (j over all features,
    i included); ``E = c_i / n``, ``V = c_i (n - c_i) / (n - 1) / n^2 * s^2 / ybar^2``
    with ``c_i = sum_j w*_ij`` and ``s^2`` the population variance; ``z = (G - E) / sqrt(V)``,
    ``p = P(Z > |z|)`` (esda ``p_norm``, one-sided).

Local Moran (esda ``Moran_Local``)
    ``z = (y - ybar) / s`` (population s), ``I_i = (n - 1) z_i sum_j w_ij z_j / sum_j z_j^2``,
    quadrant 1 HH, 2 LH, 3 LL, 4 HL (from the signs of ``z_i`` and its lag).
    Analytic z-score: ``(I_i - E I_i) / sqrt(V I_i)`` with esda's moments under
    conditional randomisation (``EIc``, ``VIc``, Sokal et al. 1998), the null the
    permutation test samples (on France they match the simulated moments, where the
    total-randomisation ``EI``/``VI`` do not); ``p = P(Z > |z|)``.

Global Moran (esda ``Moran``)
    ``I = n / S0 * z'Wz / z'z``, ``E = -1/(n-1)``, variances under normality and
    randomisation, two-sided p-values.

Permutation inference (conditional randomisation, Anselin 1995)
    For feature i the values of its k_i neighbours are replaced by k_i values drawn
    without replacement from the n - 1 other features, ``permutations`` times. The
    pseudo p-value is ``(min(#sim >= obs, #sim <= obs) + 1) / (permutations + 1)``,
    one-sided in the direction of the observed value, as esda's ``p_sim``. For a given
    feature Gi* and local Moran's I are both increasing or both decreasing functions
    of the same weighted sum of the drawn values, so one set of draws serves both and
    their pseudo p-values coincide. Ties (a simulated value equal to the observed one)
    count on both sides; esda counts them on the high side only, which differs only for
    ties (e.g. a feature exactly at the mean, where esda gives 1/(R+1) and Fiefs 1).

Transforms: row-standardising rescales each row, which leaves every pseudo p-value, the
local Moran z-score and the quadrants unchanged. esda's analytic Gi* variance, however,
is the binary formula with c_i = 1 under row-standardised weights, which makes its
z-scores very small (on the Bretagne communes no Gi* passes FDR at 5 %); with binary
weights it is the Getis-Ord z-score (the one ArcGIS reports). ``HotspotOptions``
therefore defaults to binary weights; the functions keep esda's default ``"r"``.

Islands (no neighbour) get NaN (NULL) statistics and are left out of multiple-testing
corrections; they stay in n, the mean and the variance, as in esda.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields
from fiefs_plugin.core.weights import SpatialWeights, WeightsError

try:
    from scipy.special import ndtr as _ndtr
except ImportError:  # pragma: no cover - numpy fallback below
    _ndtr = None

METHODS = ("gi", "moran", "both")
CORRECTIONS = ("none", "fdr", "bonferroni")
GI_BIN_LEVELS = ((3, 0.01), (2, 0.05), (1, 0.10))  # ArcGIS: 99 / 95 / 90 % confidence
MIN_PERMUTATIONS, MAX_PERMUTATIONS = 99, 99_999


def normal_sf(x) -> np.ndarray:
    """Upper tail of the standard normal, P(Z > x), NaN kept."""
    x = np.asarray(x, dtype=np.float64)
    if _ndtr is not None:
        return _ndtr(-x)
    erfc = np.frompyfunc(math.erfc, 1, 1)
    out = np.full(x.shape, np.nan)
    ok = np.isfinite(x)
    out[ok] = 0.5 * erfc(x[ok] / math.sqrt(2.0)).astype(np.float64)
    out[np.isposinf(x)] = 0.0
    out[np.isneginf(x)] = 1.0
    return out


def _as_values(y, weights: SpatialWeights) -> np.ndarray:
    y = np.asarray(y, dtype=np.float64).ravel()
    if len(y) != weights.n:
        raise WeightsError(f"{len(y)} values for weights on {weights.n} features")
    if not np.isfinite(y).all():
        raise WeightsError("the values must all be finite (leave missing values out first)")
    return y


def _check_transform(transform: str) -> str:
    transform = transform.lower()
    if transform not in ("b", "r"):
        raise WeightsError(f"unknown transform {transform!r} (expected 'b' or 'r')")
    return transform


# --- Gi* ----------------------------------------------------------------------------------
@dataclass
class LocalG:
    statistic: np.ndarray
    expected: np.ndarray
    variance: np.ndarray
    z: np.ndarray
    p_norm: np.ndarray


def star_weights(weights: SpatialWeights, transform: str = "r") -> tuple[np.ndarray, np.ndarray]:
    """Gi* link weights and self-weights as esda builds them (see module doc).

    Returns ``(link_weights, self_weights)``; ``link_weights`` is aligned with
    ``weights.indices``. Islands get self-weight 1 (binary) or 0 (row-standardised).
    """
    transform = _check_transform(transform)
    card = weights.cardinalities
    if transform == "b":
        return np.ones(weights.nnz), np.ones(weights.n)
    row_max = np.zeros(weights.n)
    has = card > 0
    if weights.nnz:
        # reduceat on the starts of non-empty rows only (an empty row would repeat a value)
        row_max[has] = np.maximum.reduceat(weights.data, weights.indptr[:-1][has])
    total = weights.row_sums() + row_max
    safe = np.where(total != 0, total, 1.0)
    return weights.data / np.repeat(safe, card), np.where(total != 0, row_max / safe, 0.0)


def local_g_star(y, weights: SpatialWeights, transform: str = "r") -> LocalG:
    """Getis-Ord Gi* for every feature (NaN for islands), as esda ``G_Local(star=True)``."""
    y = _as_values(y, weights)
    links, selfw = star_weights(weights, transform)
    n = weights.n
    lag = np.bincount(weights.row_of_link, weights=links * y[weights.indices], minlength=n)
    total = y.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        statistic = (lag + selfw * y) / total
        mean = total / n
        variance_y = (y * y).sum() / n - mean * mean
        card = np.bincount(weights.row_of_link, weights=links, minlength=n) + selfw
        expected = card / n
        variance = card * (n - card) / (n - 1) / n**2 * variance_y / mean**2
        z = (statistic - expected) / np.sqrt(variance)
    island = weights.cardinalities == 0
    for arr in (statistic, expected, variance, z):
        arr[island] = np.nan
    return LocalG(statistic, expected, variance, z, normal_sf(np.abs(z)))


# --- local Moran --------------------------------------------------------------------------
@dataclass
class LocalMoran:
    statistic: np.ndarray
    expected: np.ndarray
    variance: np.ndarray
    z: np.ndarray
    p_norm: np.ndarray
    quadrant: np.ndarray  # 1 HH, 2 LH, 3 LL, 4 HL; 0 for islands
    standardised: np.ndarray  # z-values of y
    lag: np.ndarray  # spatial lag of the z-values


def local_moran(y, weights: SpatialWeights, transform: str = "r") -> LocalMoran:
    """Local Moran's I for every feature (NaN for islands), as esda ``Moran_Local``."""
    y = _as_values(y, weights)
    w = weights.transformed(_check_transform(transform))
    n = w.n
    with np.errstate(divide="ignore", invalid="ignore"):
        zv = (y - y.mean()) / y.std()
    den = (zv * zv).sum()
    lag = w.lag(zv)
    statistic = (n - 1) * zv * lag / den
    positive, lag_positive = zv > 0, lag > 0
    quadrant = np.where(
        positive, np.where(lag_positive, 1, 4), np.where(lag_positive, 2, 3)
    ).astype(np.int64)
    # esda's moments under conditional randomisation (EIc, VIc; Sokal et al. 1998,
    # eqs. A7-A8): the null distribution the permutation test samples
    m2 = den / n
    wi = w.row_sums()
    wi2 = np.bincount(w.row_of_link, weights=w.data * w.data, minlength=n)
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = -(zv**2 * wi) / ((n - 1) * m2)
        variance = (zv / m2) ** 2 * (n / (n - 2)) * (wi2 - wi**2 / (n - 1)) * (m2 - zv**2 / (n - 1))
        z = (statistic - expected) / np.sqrt(variance)
    island = w.cardinalities == 0
    for arr in (statistic, expected, variance, z):
        arr[island] = np.nan
    quadrant[island] = 0
    return LocalMoran(statistic, expected, variance, z, normal_sf(np.abs(z)), quadrant, zv, lag)


# --- global Moran -------------------------------------------------------------------------
@dataclass
class GlobalMoran:
    i: float
    expected: float
    variance_norm: float
    z_norm: float
    p_norm: float  # two-sided
    variance_rand: float
    z_rand: float
    p_rand: float  # two-sided
    n: int


def _two_sided(z: float) -> float:
    return float(2.0 * normal_sf(abs(z))) if math.isfinite(z) else math.nan


def global_moran(y, weights: SpatialWeights, transform: str = "r") -> GlobalMoran:
    """Global Moran's I with its moments, as esda ``Moran`` (two-tailed p-values)."""
    y = _as_values(y, weights)
    w = weights.transformed(_check_transform(transform))
    n = w.n
    zv = y - y.mean()
    z2ss = (zv * zv).sum()
    s0 = w.data.sum()
    rows = w.row_of_link
    # s1 = 1/2 sum_ij (w_ij + w_ji)^2 over the union of links in either direction; CSR
    # keys i * n + j are sorted, so each reverse link is found by binary search
    keys = rows * n + w.indices
    reverse = w.indices * n + rows
    at = np.minimum(np.searchsorted(keys, reverse), max(len(keys) - 1, 0))
    found = keys[at] == reverse if len(keys) else np.zeros(0, dtype=bool)
    back = np.where(found, w.data[at], 0.0)
    s1 = 0.5 * (((w.data + back) ** 2).sum() + (w.data[~found] ** 2).sum())
    col_sums = np.bincount(w.indices, weights=w.data, minlength=n)
    s2 = ((w.row_sums() + col_sums) ** 2).sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        i_value = n / s0 * (zv * w.lag(zv)).sum() / z2ss
        expected = -1.0 / (n - 1)
        n2, s02 = n * n, s0 * s0
        var_norm = (n2 * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - (1.0 / (n - 1)) ** 2
        k = ((zv**4).sum() / n) / ((zv**2).sum() / n) ** 2
        a = n * ((n2 - 3 * n + 3) * s1 - n * s2 + 3 * s02)
        b = k * ((n2 - n) * s1 - 2 * n * s2 + 6 * s02)
        var_rand = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected
        z_norm = (i_value - expected) / math.sqrt(var_norm) if var_norm > 0 else math.nan
        z_rand = (i_value - expected) / math.sqrt(var_rand) if var_rand > 0 else math.nan
    return GlobalMoran(
        float(i_value), expected, float(var_norm), float(z_norm), _two_sided(z_norm),
        float(var_rand), float(z_rand), _two_sided(z_rand), n,
    )


# --- rates --------------------------------------------------------------------------------
def _rate_inputs(events, base) -> tuple[np.ndarray, np.ndarray]:
    e = np.asarray(events, dtype=np.float64).ravel()
    b = np.asarray(base, dtype=np.float64).ravel()
    if len(e) != len(b):
        raise WeightsError("events and base must have the same length")
    if not (np.isfinite(e).all() and np.isfinite(b).all()) or np.any(b <= 0):
        raise WeightsError("rates need finite events and a positive base for every feature")
    return e, b


def eb_standardised_rate(events, base) -> np.ndarray:
    """Assuncao-Reis (1999) empirical-Bayes standardised rates, as esda ``assuncao_rate``
    (what ``Moran_Local_Rate(adjusted=True)`` analyses)."""
    e, b = _rate_inputs(events, base)
    y = e / b
    e_sum, b_sum = e.sum(), b.sum()
    rate = e_sum / b_sum
    s2 = (b * (y - rate) ** 2).sum() / b_sum
    a = s2 - rate / (b_sum / len(e))
    v = a + rate / b
    v = np.where(v < 0, rate / b, v)
    return (y - rate) / np.sqrt(v)


def eb_smoothed_rate(events, base) -> np.ndarray:
    """Global empirical-Bayes smoothed rates (Marshall 1991), as esda
    ``smoothing.Empirical_Bayes``: each rate shrunk towards the overall rate, more so
    where the base is small. A negative between-unit variance is taken as 0 (every
    rate becomes the overall rate), where esda would extrapolate."""
    e, b = _rate_inputs(events, base)
    y = e / b
    r_mean = e.sum() / b.sum()
    r_var = (b * (y - r_mean) ** 2).sum() / b.sum() - r_mean / b.mean()
    r_var = max(r_var, 0.0)
    weight = r_var / (r_var + r_mean / b)
    return weight * y + (1.0 - weight) * r_mean


# --- conditional randomisation ------------------------------------------------------------
@dataclass
class PermutationCounts:
    """Per feature: simulated lag sums at least / at most the observed one (-1 for islands)."""

    permutations: int
    greater_equal: np.ndarray
    less_equal: np.ndarray

    @property
    def p_sim(self) -> np.ndarray:
        low = np.minimum(self.greater_equal, self.less_equal).astype(np.float64)
        p = (low + 1.0) / (self.permutations + 1.0)
        p[self.greater_equal < 0] = np.nan
        return p


def _draw_distinct(rng: np.random.Generator, rows: int, k: int, m: int) -> np.ndarray:
    """``rows`` ordered samples of ``k`` distinct integers from ``0..m-1``, uniformly."""
    if k * k <= m:
        # few collisions: draw with replacement, redraw the rows that repeat a value
        out = rng.integers(0, m, size=(rows, k))
        if k > 1:
            redo = np.arange(rows)
            while len(redo):
                s = np.sort(out[redo], axis=1)
                redo = redo[(s[:, 1:] == s[:, :-1]).any(axis=1)]
                if len(redo):
                    out[redo] = rng.integers(0, m, size=(len(redo), k))
        return out
    # many collisions (k close to m): random keys, the k smallest, in key order
    out = np.empty((rows, k), dtype=np.int64)
    block = max(1, 4_000_000 // m)
    for lo in range(0, rows, block):
        keys = rng.random((min(block, rows - lo), m))
        part = np.argpartition(keys, k - 1, axis=1)[:, :k] if k < m else np.argsort(keys, axis=1)
        order = np.argsort(np.take_along_axis(keys, part, axis=1), axis=1)
        out[lo:lo + len(keys)] = np.take_along_axis(part, order, axis=1)
    return out


def conditional_permutations(
    y,
    weights: SpatialWeights,
    permutations: int,
    seed: int | None = None,
    chunk: int = 128,
    progress=None,
    is_canceled=None,
) -> PermutationCounts:
    """Conditional randomisation of each feature's weighted neighbour sum.

    ``weights`` are the untransformed link weights (transforms only rescale a row, which
    leaves the counts unchanged). Features are processed in chunks of ``chunk`` features
    of similar neighbour count, in a random order; each chunk gets fresh draws, and the
    weighted sums of a chunk are one matrix product (draws x neighbours) @ (neighbours x
    features). Draws come from ``0..n-2``; for feature i the value i stands for n - 1, a
    bijection onto the other features, so i itself is never drawn. With binary weights
    the features of a chunk with the same neighbour count share their simulated sums
    (sorted once, counted by binary search). Memory is about ``permutations x chunk``
    floats. ``progress(fraction)`` is called after each chunk;
    ``is_canceled()`` returning True stops early (the counts are then incomplete).
    """
    y = _as_values(y, weights)
    if not MIN_PERMUTATIONS <= permutations <= MAX_PERMUTATIONS:
        raise WeightsError(
            f"permutations must be between {MIN_PERMUTATIONS} and {MAX_PERMUTATIONS} (got {permutations})"
        )
    n = weights.n
    card = weights.cardinalities
    ge = np.full(n, -1, dtype=np.int64)
    le = np.full(n, -1, dtype=np.int64)
    if n < 2:
        return PermutationCounts(permutations, ge, le)
    rng = np.random.default_rng(seed)
    active = np.flatnonzero(card > 0)
    # similar neighbour counts together (little padding), in random order within a count
    active = active[np.lexsort((rng.random(len(active)), card[active]))]
    observed = weights.lag(y)
    scale = np.bincount(weights.row_of_link, weights=np.abs(weights.data), minlength=n) * np.abs(y).max()
    tolerance = 1e-10 * scale
    binary_row = np.bincount(weights.row_of_link, weights=(weights.data != 1.0), minlength=n) == 0
    last = y[n - 1]
    position = np.full(n, -1, dtype=np.int64)
    done = 0
    for lo in range(0, len(active), chunk):
        if is_canceled is not None and is_canceled():
            break
        feats = active[lo:lo + chunk]
        f = len(feats)
        fcard = card[feats]
        kmax = int(fcard.max())
        draws = _draw_distinct(rng, permutations, kmax, n - 1)
        values = y[draws]  # permutations x kmax
        obs, tol = observed[feats], tolerance[feats]
        # a draw of value i (feature i of this chunk) stands for feature n - 1
        position[feats] = np.arange(f)
        hit = position[draws]
        position[feats] = -1
        r_idx, k_idx = np.nonzero(hit >= 0)
        fcol = hit[r_idx, k_idx]
        ok = k_idx < fcard[fcol]
        r_idx, k_idx, fcol = r_idx[ok], k_idx[ok], fcol[ok]
        if binary_row[feats].all():
            # binary weights: the simulated sums of a feature with c neighbours are the
            # sums of the first c draws, shared by the chunk's features with c neighbours
            cum = np.cumsum(values, axis=1)
            # fcard is sorted: runs of equal neighbour counts
            edges = np.flatnonzero(np.diff(fcard)) + 1
            for lo_run, hi_run in zip(np.concatenate([[0], edges]), np.concatenate([edges, [f]])):
                c = int(fcard[lo_run])
                members = np.arange(lo_run, hi_run)
                sims = np.sort(cum[:, c - 1])
                ge[feats[members]] = permutations - np.searchsorted(sims, obs[members] - tol[members], "left")
                le[feats[members]] = np.searchsorted(sims, obs[members] + tol[members], "right")
            # the few draws that hit the feature itself: replace by feature n - 1
            old = cum[r_idx, fcard[fcol] - 1]
            new = old + (last - y[feats[fcol]])
            t_lo, t_hi = obs[fcol] - tol[fcol], obs[fcol] + tol[fcol]
            np.add.at(ge, feats[fcol], (new >= t_lo).astype(np.int64) - (old >= t_lo))
            np.add.at(le, feats[fcol], (new <= t_hi).astype(np.int64) - (old <= t_hi))
        else:
            # general weights: features x neighbours weight matrix (zero-padded) @ draws
            wmat = np.zeros((f, kmax))
            links = _links_of(weights, feats)
            wmat[np.repeat(np.arange(f), fcard), links - np.repeat(weights.indptr[feats], fcard)] = weights.data[links]
            sums = wmat @ values.T  # f x permutations
            sums[fcol, r_idx] += wmat[fcol, k_idx] * (last - y[feats[fcol]])
            ge[feats] = np.count_nonzero(sums >= (obs - tol)[:, None], axis=1)
            le[feats] = np.count_nonzero(sums <= (obs + tol)[:, None], axis=1)
        done += f
        if progress is not None:
            progress(done / len(active))
    return PermutationCounts(permutations, ge, le)


def _links_of(weights: SpatialWeights, feats: np.ndarray) -> np.ndarray:
    lo = weights.indptr[feats]
    hi = weights.indptr[feats + 1]
    lengths = hi - lo
    total = int(lengths.sum())
    starts = np.repeat(lo - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    return starts + np.arange(total)


# --- multiple testing ---------------------------------------------------------------------
def fdr_cutoff(p, alpha: float = 0.05) -> float:
    """Benjamini-Hochberg cut-off as esda ``fdr``: reject ``p < cutoff``. When no test
    passes, the Bonferroni bound ``alpha / m`` is returned (esda's convention)."""
    p = np.asarray(p, dtype=np.float64)
    p = p[np.isfinite(p)]
    m = len(p)
    if m == 0:
        return alpha
    p_sort = np.sort(p)[::-1]
    thresholds = np.arange(m, 0, -1) * alpha / m
    passing = np.flatnonzero(p_sort < thresholds)
    return float(alpha / m) if len(passing) == 0 else float(thresholds[passing[0]])


def significance_cutoff(p, alpha: float, correction: str) -> float:
    """The p-value below which a test is significant after ``correction``."""
    p = np.asarray(p, dtype=np.float64)
    m = int(np.isfinite(p).sum())
    if correction == "none":
        return float(alpha)
    if correction == "bonferroni":
        return float(alpha / m) if m else float(alpha)
    if correction == "fdr":
        return fdr_cutoff(p, alpha)
    raise WeightsError(f"unknown correction {correction!r} (expected one of {CORRECTIONS})")


def significant(p, alpha: float, correction: str) -> np.ndarray:
    """True where ``p < cutoff`` (NaN p-values are never significant)."""
    p = np.asarray(p, dtype=np.float64)
    cutoff = significance_cutoff(p, alpha, correction)
    with np.errstate(invalid="ignore"):
        return np.isfinite(p) & (p < cutoff)


def gi_bins(z, p, correction: str = "none") -> np.ndarray:
    """-3..3 (ArcGIS Gi_Bin): the sign of z times 3, 2 or 1 when p passes the 99, 95 or
    90 % level after ``correction`` (each level corrected on its own), else 0."""
    z = np.asarray(z, dtype=np.float64)
    level = np.zeros(len(z), dtype=np.int64)
    for value, alpha in reversed(GI_BIN_LEVELS):
        level[significant(p, alpha, correction)] = value
    return (np.sign(np.nan_to_num(z)).astype(np.int64) * level).astype(np.int64)


_QUADRANT_LABEL = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}


def lisa_clusters(quadrant, sig) -> np.ndarray:
    """GeoDa labels HH / LL / HL / LH for significant features, ``"ns"`` otherwise."""
    quadrant = np.asarray(quadrant)
    out = np.full(len(quadrant), "ns", dtype=object)
    for q, label in _QUADRANT_LABEL.items():
        out[(quadrant == q) & np.asarray(sig, dtype=bool)] = label
    return out


# --- everything fiefs:hotspots computes ---------------------------------------------------
@dataclass
class HotspotOptions:
    method: str = "both"  # gi / moran / both
    transform: str = "b"  # b / r (binary by default: see the module doc)
    permutations: int = 999  # 0 = analytic p-values only
    seed: int | None = None
    alpha: float = 0.05
    correction: str = "fdr"  # none / fdr / bonferroni

    def check(self) -> None:
        if self.method not in METHODS:
            raise WeightsError(f"unknown method {self.method!r} (expected one of {METHODS})")
        _check_transform(self.transform)
        if self.permutations and not MIN_PERMUTATIONS <= self.permutations <= MAX_PERMUTATIONS:
            raise WeightsError(
                f"permutations must be 0 or between {MIN_PERMUTATIONS} and {MAX_PERMUTATIONS}"
            )
        if not 0 < self.alpha < 1:
            raise WeightsError(f"alpha must be between 0 and 1 (got {self.alpha})")
        if self.correction not in CORRECTIONS:
            raise WeightsError(f"unknown correction {self.correction!r} (expected one of {CORRECTIONS})")


@dataclass
class HotspotResult:
    table: pd.DataFrame  # one row per input value, columns named as in core.fields
    used: int  # features with a value
    islands: np.ndarray  # positions (in the input order) of features with a value but no neighbour
    missing: np.ndarray  # positions without a value
    components: int  # connected components among the features with a value
    global_moran: GlobalMoran | None
    gi_cutoff: float | None = None
    lisa_cutoff: float | None = None
    counts: dict = field(default_factory=dict)


def hotspot_table(
    values,
    weights: SpatialWeights,
    options: HotspotOptions,
    gi_values=None,
    progress=None,
    is_canceled=None,
) -> HotspotResult:
    """Gi* and/or local Moran for ``values`` (NaN = missing: left out, NULL results).

    ``gi_values`` (same length) replaces ``values`` for Gi* only, for the empirical-Bayes
    rate option where local Moran analyses standardised rates (esda
    ``Moran_Local_Rate``) and Gi* the smoothed rates. Missing values are left out of the
    analysis: their links are dropped, and a feature whose neighbours all lack a value
    becomes an island. Columns: ``NEIGHBOURS``, ``ISLAND`` then the Gi* and/or LISA fields.
    """
    options.check()
    values = np.asarray(values, dtype=np.float64).ravel()
    if len(values) != weights.n:
        raise WeightsError(f"{len(values)} values for weights on {weights.n} features")
    gi_input = values if gi_values is None else np.asarray(gi_values, dtype=np.float64).ravel()
    have = np.isfinite(values) & np.isfinite(gi_input)
    used_pos = np.flatnonzero(have)
    if len(used_pos) < 3:
        raise WeightsError(f"only {len(used_pos)} feature(s) have a value: at least 3 are needed")
    w = weights if have.all() else weights.subset(have)
    y = values[have]
    n_all = weights.n
    card = w.cardinalities
    island_local = card == 0
    ncomp, _ = w.components()

    def full(arr, dtype=np.float64, fill=np.nan):
        out = np.full(n_all, fill, dtype=dtype)
        out[used_pos] = arr
        return out

    table = pd.DataFrame(index=pd.RangeIndex(n_all))
    table[fields.NEIGHBOURS] = pd.array(full(card, np.float64), dtype="Float64").astype("Int64")
    table[fields.ISLAND] = pd.array(full(island_local.astype(np.float64)), dtype="Float64").astype("Int64")

    counts = None
    if options.permutations:
        counts = conditional_permutations(
            y, w, options.permutations, options.seed, progress=progress, is_canceled=is_canceled
        )
    result = HotspotResult(
        table, len(used_pos), used_pos[island_local], np.flatnonzero(~have), ncomp, None
    )

    def int_column(arr, valid):
        out = pd.array(np.where(valid, arr, 0), dtype="Int64")
        out[~valid] = pd.NA
        return out

    valid_local = ~island_local
    valid_all = full(valid_local.astype(np.float64), fill=0.0).astype(bool)
    if options.method in ("gi", "both"):
        g = local_g_star(gi_input[have], w, options.transform)
        p_sim = counts.p_sim if counts is not None else np.full(len(y), np.nan)
        p_use = p_sim if counts is not None else g.p_norm
        sig = significant(p_use, options.alpha, options.correction)
        bins = gi_bins(g.z, p_use, options.correction)
        result.gi_cutoff = significance_cutoff(p_use, options.alpha, options.correction)
        table[fields.GI] = full(g.statistic)
        table[fields.GI_Z] = full(g.z)
        table[fields.GI_P] = full(g.p_norm)
        table[fields.GI_P_SIM] = full(p_sim)
        table[fields.GI_SIG] = int_column(full(sig.astype(np.float64), fill=0.0), valid_all)
        table[fields.GI_BIN] = int_column(full(bins.astype(np.float64), fill=0.0), valid_all)
        result.counts.update({f"gi_bin_{v}": int((bins == v)[valid_local].sum()) for v in range(-3, 4)})
        result.counts["gi_hot"] = int((sig & (g.z > 0))[valid_local].sum())
        result.counts["gi_cold"] = int((sig & (g.z < 0))[valid_local].sum())
    if options.method in ("moran", "both"):
        lm = local_moran(y, w, options.transform)
        if counts is not None:
            p_sim = counts.p_sim.copy()
            p_sim[(lm.standardised == 0) & valid_local] = 1.0  # I_i is 0 whatever the draw
        else:
            p_sim = np.full(len(y), np.nan)
        p_use = p_sim if counts is not None else lm.p_norm
        sig = significant(p_use, options.alpha, options.correction)
        result.lisa_cutoff = significance_cutoff(p_use, options.alpha, options.correction)
        labels = lisa_clusters(lm.quadrant, sig)
        table[fields.LISA_I] = full(lm.statistic)
        table[fields.LISA_Z] = full(lm.z)
        table[fields.LISA_P] = full(lm.p_norm)
        table[fields.LISA_P_SIM] = full(p_sim)
        table[fields.LISA_SIG] = int_column(full(sig.astype(np.float64), fill=0.0), valid_all)
        table[fields.LISA_Q] = int_column(full(lm.quadrant.astype(np.float64), fill=0.0), valid_all)
        cluster = np.full(n_all, None, dtype=object)
        cluster[used_pos[valid_local]] = labels[valid_local]
        table[fields.LISA_CLUSTER] = cluster
        result.counts.update({
            f"lisa_{label}": int((labels == label)[valid_local].sum()) for label in fields.LISA_CLUSTERS
        })
    if w.nnz:
        result.global_moran = global_moran(y, w, options.transform)
    return result
