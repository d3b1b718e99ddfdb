"""Class breaks for graduated maps: Jenks natural breaks, quantiles, equal intervals,
pretty breaks and standard deviations, plus the labels a legend shows for them.

Pure Python + numpy (no QGIS), deterministic: the same values give the same breaks on
every run and machine. (QGIS's own Jenks samples large layers at random.)

Breaks are returned as edges ``[e0, e1, ..., ek]`` (k classes); class i holds values
``e[i] < v <= e[i+1]`` (the first class also holds ``e0``), as QGIS graduated ranges do.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

METHODS = ("jenks", "quantile", "equal", "pretty", "stddev")

# Jenks is O(k n^2): above this many values it runs on evenly spaced order statistics
# (every (n/JENKS_SAMPLE)-th sorted value, min and max included), which is deterministic.
JENKS_SAMPLE = 3000


def clean_values(values) -> np.ndarray:
    """The finite values as a float array (NULL, NaN and +/-inf dropped)."""
    array = np.asarray([np.nan if v is None else v for v in values], dtype=float)
    return array[np.isfinite(array)]


def jenks_breaks(values, count: int) -> list[float]:
    """Fisher-Jenks optimal breaks: the partition into ``count`` classes of consecutive
    sorted values with the least total within-class sum of squared deviations."""
    x = np.sort(clean_values(values))
    if x.size == 0:
        return []
    if x.size > JENKS_SAMPLE:
        positions = np.linspace(0, x.size - 1, JENKS_SAMPLE).round().astype(int)
        x = x[positions]
    count = max(1, min(count, int(np.unique(x).size)))
    n = x.size
    if count == 1:
        return [float(x[0]), float(x[-1])]
    s1 = np.concatenate(([0.0], np.cumsum(x)))
    s2 = np.concatenate(([0.0], np.cumsum(x * x)))

    def ssd(start: np.ndarray, end: int) -> np.ndarray:
        """Sum of squared deviations of x[start..end] (inclusive), vectorised over start."""
        length = end - start + 1
        total = s1[end + 1] - s1[start]
        return s2[end + 1] - s2[start] - total * total / length

    # cost[m][j]: best cost of splitting x[0..j] into m+1 classes; first[m][j]: where the
    # last of those classes starts.
    cost = np.full((count, n), np.inf)
    first = np.zeros((count, n), dtype=int)
    ends = np.arange(n)
    cost[0] = s2[ends + 1] - (s1[ends + 1] ** 2) / (ends + 1)
    for m in range(1, count):
        for j in range(m, n):
            starts = np.arange(m, j + 1)
            candidates = cost[m - 1][starts - 1] + ssd(starts, j)
            best = int(np.argmin(candidates))
            cost[m][j] = candidates[best]
            first[m][j] = starts[best]
    # walk back from the last value
    uppers = [float(x[-1])]
    j = n - 1
    for m in range(count - 1, 0, -1):
        start = first[m][j]
        uppers.append(float(x[start - 1]))
        j = start - 1
    return [float(x[0])] + sorted(uppers)


def quantile_breaks(values, count: int) -> list[float]:
    x = clean_values(values)
    if x.size == 0:
        return []
    edges = np.quantile(x, np.linspace(0.0, 1.0, max(1, count) + 1))
    return _unique_edges(edges)


def equal_interval_breaks(values, count: int) -> list[float]:
    x = clean_values(values)
    if x.size == 0:
        return []
    lo, hi = float(x.min()), float(x.max())
    if lo == hi:
        return [lo, hi]
    return [float(v) for v in np.linspace(lo, hi, max(1, count) + 1)]


def pretty_numbers(lo: float, hi: float, count: int) -> list[float]:
    """Round numbers (1, 2 or 5 times a power of ten apart) covering ``[lo, hi]`` in about
    ``count`` steps (the algorithm of R's ``pretty()``, which QGIS also follows)."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return []
    if hi < lo:
        lo, hi = hi, lo
    count = max(1, count)
    span = hi - lo
    if span == 0:
        cell = abs(lo) or 1.0
        count = 1
    else:
        cell = span / count
    high_bias, bias5 = 1.5, 0.5 + 1.5 * 1.5
    base = 10 ** math.floor(math.log10(cell))
    unit = base
    if 2 * base - cell < high_bias * (cell - unit):
        unit = 2 * base
        if 5 * base - cell < bias5 * (cell - unit):
            unit = 5 * base
            if 10 * base - cell < high_bias * (cell - unit):
                unit = 10 * base
    start = math.floor(lo / unit + 1e-7)
    stop = math.ceil(hi / unit - 1e-7)
    if start == stop:
        stop += 1
    return [round(i * unit, 12) for i in range(start, stop + 1)]


def pretty_breaks(values, count: int) -> list[float]:
    x = clean_values(values)
    if x.size == 0:
        return []
    return pretty_numbers(float(x.min()), float(x.max()), count)


def stddev_breaks(values, count: int) -> list[float]:
    """Edges one standard deviation apart (half a deviation above 6 classes), centred on
    the mean: an odd class count puts the mean in the middle of the central class, an even
    one makes the mean an edge. The outer classes run to the minimum and the maximum."""
    x = clean_values(values)
    if x.size == 0:
        return []
    mean, sd = float(x.mean()), float(x.std())
    lo, hi = float(x.min()), float(x.max())
    if sd == 0:
        return [lo, hi]
    count = max(1, count)
    step = sd if count <= 6 else sd / 2
    if count % 2:
        inner = [mean + step * (i + 0.5) for i in range(-(count // 2), count // 2)]
    else:
        inner = [mean + step * i for i in range(-(count // 2) + 1, count // 2)]
    inner = [v for v in inner if lo < v < hi]
    return [lo] + inner + [hi]


def breaks(values, method: str, count: int) -> list[float]:
    """Edges for ``method`` (one of METHODS) and about ``count`` classes."""
    functions = {
        "jenks": jenks_breaks,
        "quantile": quantile_breaks,
        "equal": equal_interval_breaks,
        "pretty": pretty_breaks,
        "stddev": stddev_breaks,
    }
    if method not in functions:
        raise ValueError(f"unknown classification method {method!r}; use one of {', '.join(METHODS)}")
    if count < 1:
        raise ValueError("the number of classes must be at least 1")
    return functions[method](values, count)


def symmetric_breaks(values, method: str, count: int) -> list[float]:
    """Edges symmetric about 0 with 0 itself an edge (for swings and other changes).

    ``count`` classes in all (rounded up to an even number, at least 2): the positive
    side is classified with ``method`` on the absolute values and mirrored.
    """
    x = clean_values(values)
    if x.size == 0:
        return []
    side = max(1, (count + 1) // 2)
    magnitude = np.abs(x)
    top = float(magnitude.max())
    if top == 0:
        return [-1.0, 0.0, 1.0]
    if method == "pretty":
        positive = [v for v in pretty_numbers(0.0, top, side) if v > 0]
    elif method in ("equal", "stddev"):
        positive = [float(v) for v in np.linspace(0.0, top, side + 1)[1:]]
    else:
        positive = [v for v in breaks(np.concatenate(([0.0], magnitude)), method, side)[1:] if v > 0]
    positive = sorted(set(positive))
    if positive[-1] < top:
        positive[-1] = top
    return [-v for v in reversed(positive)] + [0.0] + positive


def class_counts(values, edges: Sequence[float]) -> list[int]:
    """How many values fall in each class (``e[i] < v <= e[i+1]``, first class closed)."""
    x = clean_values(values)
    if len(edges) < 2:
        return []
    index = np.searchsorted(np.asarray(edges[1:-1], dtype=float), x, side="left")
    return [int(c) for c in np.bincount(index, minlength=len(edges) - 1)]


def _unique_edges(edges) -> list[float]:
    out: list[float] = []
    for value in edges:
        value = float(value)
        if not out or value > out[-1]:
            out.append(value)
    if len(out) == 1:
        out.append(out[0])
    return out


def decimals_needed(edges: Sequence[float], scale: float = 1.0, maximum: int = 4) -> int:
    """Fewest decimals (after multiplying by ``scale``) that keep every edge distinct and
    within a tenth of the narrowest class of its true value."""
    scaled = [e * scale for e in edges]
    widths = [b - a for a, b in zip(scaled, scaled[1:]) if b > a]
    tolerance = 0.1 * min(widths) if widths else 0.0
    for decimals in range(0, maximum + 1):
        rounded = [round(v, decimals) for v in scaled]
        if len(set(rounded)) == len(rounded) and all(abs(r - v) <= tolerance for r, v in zip(rounded, scaled)):
            return decimals
    return maximum


def format_number(value: float, decimals: int, decimal_point: str = ".") -> str:
    text = f"{value:.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    text = text.replace("-", "\u2212")  # a real minus sign
    return text.replace(".", decimal_point)


def range_labels(
    edges: Sequence[float],
    scale: float = 1.0,
    suffix: str = "",
    decimal_point: str = ".",
    signed: bool = False,
    minimum_decimals: int = 0,
) -> list[str]:
    """Legend labels ``"12.3 – 18.4 %"`` for consecutive edges.

    ``scale`` multiplies the values (100 shows 0-1 shares as percentages), ``suffix`` is
    appended after a space when not empty, ``signed`` writes a plus sign on positive
    values (swings).
    """
    decimals = max(minimum_decimals, decimals_needed(edges, scale))
    texts = []
    for value in edges:
        text = format_number(value * scale, decimals, decimal_point)
        if signed and value > 0:
            text = "+" + text
        texts.append(text)
    tail = f" {suffix}" if suffix else ""
    return [f"{lo} \u2013 {hi}{tail}" for lo, hi in zip(texts, texts[1:])]
