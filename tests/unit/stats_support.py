"""Shared helpers of the spatial-statistics tests (pure Python: no QGIS import).

Lattices of unit squares as WKB, conversions between Fiefs weights and libpysal ``W``,
and the committed extracts read with geopandas (test-only references).
"""

from __future__ import annotations

import struct
import warnings
from pathlib import Path

import numpy as np

from tests.conftest import DATA

STATS = DATA / "stats"
BRETAGNE = STATS / "fr_bretagne_rn2024.gpkg"
MOROCCO = STATS / "ma_sud_communes.gpkg"


def square_wkb(x: float, y: float, size: float = 1.0, order: str = "<") -> bytes:
    """A closed, counter-clockwise square polygon as ISO WKB."""
    ring = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
    flag = 1 if order == "<" else 0
    out = struct.pack(order + "bII", flag, 3, 1) + struct.pack(order + "I", len(ring))
    for px, py in ring:
        out += struct.pack(order + "dd", px, py)
    return out


def lattice_wkbs(rows: int, cols: int) -> list[bytes]:
    """Unit squares, row-major from the bottom-left: feature r * cols + c at (c, r)."""
    return [square_wkb(c, r) for r in range(rows) for c in range(cols)]


def to_libpysal(weights):
    """A libpysal ``W`` with the same links and weights (ids 0..n-1, in order)."""
    from libpysal.weights import W

    neighbours = {i: weights.neighbours(i).tolist() for i in range(weights.n)}
    values = {i: weights.link_weights(i).tolist() for i in range(weights.n)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return W(neighbours, values, silence_warnings=True)


def neighbour_sets(weights) -> list[set]:
    return [set(weights.neighbours(i).tolist()) for i in range(weights.n)]


def libpysal_sets(w) -> list[set]:
    return [set(w.neighbors[i]) for i in w.id_order]


def read_extract(path: Path):
    import geopandas as gpd

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return gpd.read_file(path, layer="communes")


def wkbs_of(frame) -> list[bytes]:
    import shapely

    return list(shapely.to_wkb(frame.geometry.values, flavor="iso"))


def brute_force_p(y: np.ndarray, neighbours: list[int], i: int) -> float:
    """Exact conditional-randomisation pseudo p-value (binary weights): every subset of
    the other features of the right size, folded as ``min(#>=, #<=) / total``."""
    from itertools import combinations

    others = [j for j in range(len(y)) if j != i]
    observed = y[neighbours].sum()
    sums = np.array([y[list(c)].sum() for c in combinations(others, len(neighbours))])
    tol = 1e-9
    return min((sums >= observed - tol).mean(), (sums <= observed + tol).mean())
