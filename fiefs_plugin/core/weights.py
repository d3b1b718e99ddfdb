"""Spatial weights as plain arrays (CSR), and how to build them.

A ``SpatialWeights`` holds, for ``n`` features in a fixed order, the neighbours of each
feature and the weight of each link, in compressed sparse row form: the neighbours of
feature ``i`` are ``indices[indptr[i]:indptr[i + 1]]``. There is never a self-link; the
Gi* self-weight is added by ``core.localstats``. Positions are 0..n-1; ``ids`` (optional)
gives the external identifier of each position, used when weights are written to or read
from GAL/GWT files.

Builders, all pure numpy (scipy only where present, with a numpy fallback):

- ``polygon_vertices(wkbs)`` decodes polygon WKB (as QGIS ``asWkb()`` gives it) into
  vertex arrays;
- ``contiguity(vertices, "queen" | "rook")``: queen = a shared vertex, rook = a shared
  edge (the same two consecutive vertices), exactly as PySAL's ``Queen`` / ``Rook`` and
  GeoDa build them from coordinates;
- ``knn(points, k)`` and ``distance_band(points, threshold)`` from points (centroids or
  points on surface), as PySAL's ``KNN`` and ``DistanceBand`` (binary);
- ``nearest_links`` connects chosen features (islands) to their k nearest others.

Files: ``write_gal`` / ``read_gal`` (binary neighbour lists) and ``write_gwt`` /
``read_gwt`` (one ``i j w`` link a line), the formats GeoDa and PySAL read and write.
"""

from __future__ import annotations

import functools
import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

try:  # optional accelerators; every function has a numpy path
    from scipy.sparse import csr_matrix as _csr_matrix
    from scipy.sparse.csgraph import connected_components as _connected_components
    from scipy.spatial import cKDTree as _KDTree

    HAVE_SCIPY = True
except ImportError:  # pragma: no cover - exercised by forcing HAVE_SCIPY = False in tests
    HAVE_SCIPY = False

TRANSFORMS = ("b", "r")  # binary, row-standardised


class WeightsError(ValueError):
    """Weights that cannot be built or read; the message says what and where."""


@dataclass(frozen=True, eq=False)
class SpatialWeights:
    """Neighbours and link weights of ``n`` features, CSR arrays (see module doc)."""

    indptr: np.ndarray  # int64, n + 1
    indices: np.ndarray  # int64, neighbour positions, ascending within a row, no self
    data: np.ndarray  # float64 link weights
    ids: tuple | None = None

    # --- construction -------------------------------------------------------------------
    @classmethod
    def from_pairs(cls, n: int, rows, cols, values=None, ids=None, symmetrize: bool = False) -> SpatialWeights:
        """Weights from links ``rows[k] -> cols[k]`` (weight ``values[k]``, default 1).

        Self-links are dropped; a link given twice keeps its first weight. With
        ``symmetrize`` every link is also added in the other direction (when missing).
        """
        rows = np.asarray(rows, dtype=np.int64).ravel()
        cols = np.asarray(cols, dtype=np.int64).ravel()
        if values is None:
            vals = np.ones(len(rows), dtype=np.float64)
        else:
            vals = np.asarray(values, dtype=np.float64).ravel()
        if not (len(rows) == len(cols) == len(vals)):
            raise WeightsError("rows, cols and values must have the same length")
        if len(rows) and (rows.min() < 0 or cols.min() < 0 or rows.max() >= n or cols.max() >= n):
            raise WeightsError("a link refers to a position outside 0..n-1")
        if symmetrize:
            rows, cols, vals = np.concatenate([rows, cols]), np.concatenate([cols, rows]), np.concatenate([vals, vals])
        keep = rows != cols
        rows, cols, vals = rows[keep], cols[keep], vals[keep]
        key = rows * n + cols
        key, first = np.unique(key, return_index=True)  # sorted by row, then column
        rows, cols, vals = key // n, key % n, vals[first]
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
        if ids is not None:
            ids = tuple(ids)
            if len(ids) != n:
                raise WeightsError(f"{len(ids)} ids for {n} features")
        return cls(indptr, cols.astype(np.int64), vals, ids)

    @classmethod
    def from_neighbours(cls, neighbours: Sequence[Sequence[int]], weights=None, ids=None) -> SpatialWeights:
        """Weights from a list (one entry per feature) of neighbour positions."""
        n = len(neighbours)
        rows = np.repeat(np.arange(n), [len(nb) for nb in neighbours])
        cols = np.fromiter((j for nb in neighbours for j in nb), dtype=np.int64, count=len(rows))
        values = None
        if weights is not None:
            values = np.fromiter((v for ws in weights for v in ws), dtype=np.float64, count=len(rows))
        return cls.from_pairs(n, rows, cols, values, ids=ids)

    # --- description --------------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @property
    def nnz(self) -> int:
        return len(self.indices)

    @property
    def cardinalities(self) -> np.ndarray:
        return np.diff(self.indptr)

    @property
    def islands(self) -> np.ndarray:
        """Positions of features without any neighbour."""
        return np.flatnonzero(self.cardinalities == 0)

    @property
    def row_of_link(self) -> np.ndarray:
        return np.repeat(np.arange(self.n, dtype=np.int64), self.cardinalities)

    def neighbours(self, i: int) -> np.ndarray:
        return self.indices[self.indptr[i]:self.indptr[i + 1]]

    def link_weights(self, i: int) -> np.ndarray:
        return self.data[self.indptr[i]:self.indptr[i + 1]]

    def neighbour_dict(self) -> dict:
        """``{id: [neighbour ids]}`` (positions when there are no ids); for tests and files."""
        names = self.ids if self.ids is not None else range(self.n)
        return {names[i]: [names[j] for j in self.neighbours(i)] for i in range(self.n)}

    def is_symmetric(self) -> bool:
        rows = self.row_of_link
        forward = rows * self.n + self.indices
        backward = self.indices * self.n + rows
        order_f, order_b = np.argsort(forward), np.argsort(backward)
        return bool(
            np.array_equal(forward[order_f], backward[order_b])
            and np.array_equal(self.data[order_f], self.data[order_b])
        )

    def is_binary(self) -> bool:
        return bool(np.all(self.data == 1.0))

    # --- algebra ------------------------------------------------------------------------
    def transformed(self, transform: str) -> SpatialWeights:
        """``"b"``: every link weight 1; ``"r"``: each row divided by its sum (as PySAL)."""
        transform = transform.lower()
        if transform == "b":
            data = np.ones_like(self.data)
        elif transform == "r":
            sums = self.row_sums()
            sums = np.where(self.cardinalities > 0, sums, 1.0)
            data = self.data / np.repeat(sums, self.cardinalities)
        else:
            raise WeightsError(f"unknown transform {transform!r} (expected one of {TRANSFORMS})")
        return SpatialWeights(self.indptr, self.indices, data, self.ids)

    def row_sums(self) -> np.ndarray:
        return np.bincount(self.row_of_link, weights=self.data, minlength=self.n)

    def lag(self, y: np.ndarray) -> np.ndarray:
        """Spatial lag ``W y`` (0 for islands)."""
        y = np.asarray(y, dtype=np.float64)
        return np.bincount(self.row_of_link, weights=self.data * y[self.indices], minlength=self.n)

    def subset(self, keep: np.ndarray) -> SpatialWeights:
        """Weights among the features where ``keep`` is True, renumbered 0..m-1 in order."""
        keep = np.asarray(keep, dtype=bool)
        new_pos = np.full(self.n, -1, dtype=np.int64)
        new_pos[keep] = np.arange(int(keep.sum()))
        rows = new_pos[self.row_of_link]
        cols = new_pos[self.indices]
        ok = (rows >= 0) & (cols >= 0)
        ids = tuple(i for i, k in zip(self.ids, keep) if k) if self.ids is not None else None
        return SpatialWeights.from_pairs(int(keep.sum()), rows[ok], cols[ok], self.data[ok], ids=ids)

    def with_links(self, rows, cols, values=None) -> SpatialWeights:
        """These weights plus the given links, added in both directions (weight 1 unless given)."""
        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(cols, dtype=np.int64)
        values = np.ones(len(rows)) if values is None else np.asarray(values, dtype=np.float64)
        all_rows = np.concatenate([self.row_of_link, rows, cols])
        all_cols = np.concatenate([self.indices, cols, rows])
        all_vals = np.concatenate([self.data, values, values])
        return SpatialWeights.from_pairs(self.n, all_rows, all_cols, all_vals, ids=self.ids)

    def to_dense(self) -> np.ndarray:
        dense = np.zeros((self.n, self.n))
        dense[self.row_of_link, self.indices] = self.data
        return dense

    def to_scipy(self):
        """A ``scipy.sparse.csr_matrix`` (only when scipy is installed)."""
        if not HAVE_SCIPY:
            raise WeightsError("scipy is not installed")
        return _csr_matrix((self.data, self.indices, self.indptr), shape=(self.n, self.n))

    # --- connectivity -------------------------------------------------------------------
    def components(self) -> tuple[int, np.ndarray]:
        """Connected components, links taken in either direction: (count, label per feature).

        Labels are numbered in order of their first feature.
        """
        n = self.n
        if n == 0:
            return 0, np.zeros(0, dtype=np.int64)
        if HAVE_SCIPY:
            count, labels = _connected_components(self.to_scipy(), directed=True, connection="weak")
            labels = labels.astype(np.int64)
        else:
            sym = self if self.is_symmetric() else self.with_links(self.row_of_link, self.indices)
            labels = np.full(n, -1, dtype=np.int64)
            count = 0
            for start in range(n):
                if labels[start] >= 0:
                    continue
                labels[start] = count
                frontier = np.array([start], dtype=np.int64)
                while len(frontier):
                    lo, hi = sym.indptr[frontier], sym.indptr[frontier + 1]
                    if (hi - lo).sum() == 0:
                        break
                    nbrs = sym.indices[_ranges(lo, hi)]
                    nbrs = np.unique(nbrs[labels[nbrs] < 0])
                    labels[nbrs] = count
                    frontier = nbrs
                count += 1
        # renumber by first appearance so that both paths agree
        _, first = np.unique(labels, return_index=True)
        order = np.argsort(first)
        relabel = np.empty(len(order), dtype=np.int64)
        relabel[order] = np.arange(len(order))
        return int(count), relabel[labels]


def _ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Concatenation of ``arange(lo[k], hi[k])`` for every k (vectorised)."""
    lengths = hi - lo
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(lo - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    return starts + np.arange(total)


# --- polygons from WKB --------------------------------------------------------------------
@dataclass
class PolygonVertices:
    """Every ring vertex of ``n`` features: ``xy[k]`` belongs to feature ``owner[k]``; ring
    ``r`` is ``xy[ring_offsets[r]:ring_offsets[r + 1]]`` (closed: first == last)."""

    n: int
    xy: np.ndarray
    owner: np.ndarray
    ring_offsets: np.ndarray
    problems: dict = field(default_factory=dict)  # position -> why it has no vertices
    defects: dict = field(default_factory=dict)  # position -> ring defect (vertices still used)


_WKB_POLYGON, _WKB_MULTIPOLYGON, _WKB_COLLECTION = 3, 6, 7


@functools.cache
def _wkb_type(code: int) -> tuple[int, int]:
    """(base type, coordinate dimension) of an ISO or EWKB geometry type code."""
    dims = 2
    if code & 0x80000000:  # EWKB Z flag
        dims += 1
    if code & 0x40000000:  # EWKB M flag
        dims += 1
    code &= 0x0FFFFFFF
    thousands, base = divmod(code, 1000)
    dims += {0: 0, 1: 1, 2: 1, 3: 2}.get(thousands, 0)
    return base, dims


def _wkb_rings(buf: memoryview, offset: int, rings: list) -> int:
    """Append the rings of the (multi)polygon at ``offset`` to ``rings``; return the end offset."""
    order = "<" if buf[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, offset + 1)
    base, dims = _wkb_type(code)
    offset += 5
    if code & 0x20000000:  # EWKB SRID
        offset += 4
    if base == _WKB_POLYGON:
        (nrings,) = struct.unpack_from(order + "I", buf, offset)
        offset += 4
        dtype = np.dtype(order + "f8")
        for _ in range(nrings):
            (npts,) = struct.unpack_from(order + "I", buf, offset)
            offset += 4
            coords = np.frombuffer(buf, dtype=dtype, count=npts * dims, offset=offset)
            rings.append(coords.reshape(npts, dims)[:, :2])
            offset += 8 * npts * dims
        return offset
    if base in (_WKB_MULTIPOLYGON, _WKB_COLLECTION):
        (nparts,) = struct.unpack_from(order + "I", buf, offset)
        offset += 4
        for _ in range(nparts):
            offset = _wkb_rings(buf, offset, rings)
        return offset
    raise WeightsError(f"not a polygon (WKB type {code})")


_LE_POLYGON = b"\x01\x03\x00\x00\x00"
_LE_MULTIPOLYGON = b"\x01\x06\x00\x00\x00"


def _fast_rings(wkb: bytes, pos: int, chunks: list, sizes: list, owners: list) -> bool:
    """Little-endian 2-D Polygon / MultiPolygon (what QGIS writes for plain polygons),
    read without numpy calls per ring; False for anything else."""
    head = wkb[:5]
    if head == _LE_POLYGON:
        parts, offset = 1, 0
    elif head == _LE_MULTIPOLYGON:
        parts, offset = int.from_bytes(wkb[5:9], "little"), 9
    else:
        return False
    end = len(wkb)
    for _ in range(parts):
        if wkb[offset:offset + 5] != _LE_POLYGON:
            raise WeightsError("unexpected part in a multipolygon")
        nrings = int.from_bytes(wkb[offset + 5:offset + 9], "little")
        offset += 9
        for _ in range(nrings):
            npts = int.from_bytes(wkb[offset:offset + 4], "little")
            offset += 4
            stop = offset + 16 * npts
            if stop > end:
                raise WeightsError("truncated geometry")
            chunks.append(wkb[offset:stop])
            sizes.append(npts)
            owners.append(pos)
            offset = stop
    return True


def _uint32_at(arr: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Little-endian uint32 values at (unaligned) byte offsets of a uint8 array."""
    out = np.zeros(len(offsets), dtype=np.int64)
    for k in range(4):
        out |= arr[offsets + k].astype(np.int64) << (8 * k)
    return out


def polygon_vertices(wkbs: Sequence) -> PolygonVertices:
    """Decode polygon / multipolygon WKB (one bytes object per feature; None = no geometry).

    Features whose geometry is missing, empty, not polygonal, truncated or holds
    non-finite coordinates get no vertices and are listed in ``problems`` (position ->
    reason), so that they end up as islands rather than stopping the build. Rings that
    are not closed or have fewer than 4 points are kept but listed in ``defects``.
    """
    n = len(wkbs)
    problems: dict[int, str] = {}
    lengths = np.fromiter((0 if w is None else len(w) for w in wkbs), dtype=np.int64, count=n)
    buffer = b"".join(w for w in wkbs if w is not None)
    arr = np.frombuffer(buffer, dtype=np.uint8)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    # the common cases, read without a Python call per feature: little-endian 2-D Polygon
    # with one ring, or MultiPolygon of one such polygon, exactly as long as it says
    simple_pos_parts, simple_npts_parts, simple_start_parts = [], [], []
    taken = np.zeros(n, dtype=bool)
    for prefix in (_LE_POLYGON + b"\x01\x00\x00\x00",
                   _LE_MULTIPOLYGON + b"\x01\x00\x00\x00" + _LE_POLYGON + b"\x01\x00\x00\x00"):
        size = len(prefix)
        cand = np.flatnonzero((lengths >= size + 4) & ~taken)
        head = starts[cand]
        ok = np.ones(len(cand), dtype=bool)
        for k, byte in enumerate(prefix):
            ok &= arr[head + k] == byte
        count = np.zeros(len(cand), dtype=np.int64)
        count[ok] = _uint32_at(arr, head[ok] + size)
        ok &= size + 4 + 16 * count == lengths[cand]
        taken[cand[ok]] = True
        simple_pos_parts.append(cand[ok])
        simple_npts_parts.append(count[ok])
        simple_start_parts.append(head[ok] + size + 4)
    simple_pos = np.concatenate(simple_pos_parts)
    simple_npts = np.concatenate(simple_npts_parts)
    simple_start = np.concatenate(simple_start_parts)
    chunks = [buffer[a:a + 16 * m] for a, m in zip(simple_start.tolist(), simple_npts.tolist())]
    sizes: list[int] = simple_npts.tolist()
    owners: list[int] = simple_pos.tolist()
    for pos in np.flatnonzero(~taken).tolist():
        wkb = wkbs[pos]
        if wkb is None or len(wkb) == 0:
            problems[pos] = "no geometry"
            continue
        before = len(sizes)
        try:
            if not _fast_rings(wkb, pos, chunks, sizes, owners):
                rings: list[np.ndarray] = []
                _wkb_rings(memoryview(wkb), 0, rings)
                for ring in rings:
                    chunks.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
                    sizes.append(len(ring))
                    owners.append(pos)
        except (WeightsError, struct.error, ValueError, IndexError) as err:
            del chunks[before:], sizes[before:], owners[before:]
            problems[pos] = str(err) if isinstance(err, WeightsError) else "unreadable geometry"
            continue
        if sum(sizes[before:]) == 0:
            del chunks[before:], sizes[before:], owners[before:]
            problems[pos] = "empty geometry"
    defects: dict[int, str] = {}
    if sizes:
        sizes_arr = np.asarray(sizes, dtype=np.int64)
        xy = np.frombuffer(b"".join(chunks), dtype="<f8").reshape(-1, 2).astype(np.float64)
        ring_owner = np.asarray(owners, dtype=np.int64)
        owner = np.repeat(ring_owner, sizes_arr)
        bad = ~np.isfinite(xy).all(axis=1)
        if bad.any():  # drop every ring of a feature with a non-finite coordinate
            bad_owners = np.unique(owner[bad])
            for pos in bad_owners.tolist():
                problems[pos] = "non-finite coordinates"
            keep = ~np.isin(owner, bad_owners)
            xy, owner = xy[keep], owner[keep]
            keep_ring = ~np.isin(ring_owner, bad_owners)
            sizes_arr, ring_owner = sizes_arr[keep_ring], ring_owner[keep_ring]
        ring_offsets = np.concatenate([[0], np.cumsum(sizes_arr)])
        used = sizes_arr > 0
        first, last = ring_offsets[:-1][used], ring_offsets[1:][used] - 1
        short = sizes_arr[used] < 4
        unclosed = (xy[first] != xy[last]).any(axis=1)
        for pos in np.unique(ring_owner[used][unclosed]).tolist():
            defects[pos] = "ring not closed"
        for pos in np.unique(ring_owner[used][short]).tolist():
            defects.setdefault(pos, "ring with fewer than 4 points")
    else:
        xy = np.zeros((0, 2))
        owner = np.zeros(0, dtype=np.int64)
        ring_offsets = np.zeros(1, dtype=np.int64)
    return PolygonVertices(n, xy, owner, ring_offsets, problems, defects)


# --- contiguity ---------------------------------------------------------------------------
def _pairs_within_groups(groups: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All ordered pairs of different owners sharing a group.

    ``groups`` is sorted and (group, owner) pairs are unique.
    """
    if len(groups) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate([[True], groups[1:] != groups[:-1]]))
    sizes = np.diff(np.concatenate([starts, [len(groups)]]))
    keep = sizes >= 2
    starts, sizes = starts[keep], sizes[keep]
    members = _ranges(starts, starts + sizes)  # entry positions, group by group
    member_start = np.repeat(starts, sizes)
    member_size = np.repeat(sizes, sizes)
    a = np.repeat(members, member_size)  # each member once per member of its group
    b = _ranges(member_start, member_start + member_size)  # ... paired with each of them
    mask = a != b
    return owners[a[mask]], owners[b[mask]]


_MIX = np.uint64(0x9E3779B97F4A7C15)


def _hash_columns(keys: list[np.ndarray]) -> np.ndarray:
    """A 64-bit hash of rows of float64 columns (equal rows, equal hashes)."""
    h = np.zeros(len(keys[0]), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in keys:
            bits = np.ascontiguousarray(k, dtype=np.float64).view(np.uint64)
            h = (h ^ bits) * _MIX
            h ^= h >> np.uint64(29)
    return h


def _shared_key_pairs(keys: list[np.ndarray], owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of different owners whose key tuples (float64, compared exactly) coincide.

    Rows are grouped by a 64-bit hash of their keys in a hash table (no sort); every
    row is then compared exactly with the first row of its group, and a hash collision
    falls back to a lexicographic sort.
    """
    empty = np.zeros(0, dtype=np.int64)
    m = len(owner)
    if m == 0:
        return empty, empty
    codes, uniques = pd.factorize(_hash_columns(keys))
    codes = codes.astype(np.int64)
    ngroups = len(uniques)
    everyone = np.arange(m, dtype=np.int64)
    first = np.empty(ngroups, dtype=np.int64)
    first[codes[::-1]] = everyone[::-1]  # the earliest row of each group wins
    last = np.empty(ngroups, dtype=np.int64)
    last[codes] = everyone  # the latest row wins
    lead = first[codes]
    exact = np.ones(m, dtype=bool)
    for k in keys:
        exact &= k == k[lead]
    if not exact.all():  # a collision: group by sorting instead
        order = np.lexsort(tuple(reversed(keys)))
        change = np.zeros(m, dtype=bool)
        change[0] = True
        for k in keys:
            sk = k[order]
            change[1:] |= sk[1:] != sk[:-1]
        codes = np.empty(m, dtype=np.int64)
        codes[order] = np.cumsum(change) - 1
        ngroups = int(codes.max()) + 1
        first = np.empty(ngroups, dtype=np.int64)
        first[codes[::-1]] = everyone[::-1]
        last = np.empty(ngroups, dtype=np.int64)
        last[codes] = everyone
    size = np.bincount(codes, minlength=ngroups)
    # groups of two (most shared vertices and edges): their first and last rows
    two = np.flatnonzero(size == 2)
    a, b = owner[first[two]], owner[last[two]]
    keep = a != b
    rows, cols = [a[keep]], [b[keep]]
    # larger groups (junctions of three or more rings, repeated vertices)
    in_big = size[codes] > 2
    if np.any(in_big):
        n_owner = int(owner.max()) + 1
        pair_key = np.unique(codes[in_big] * n_owner + owner[in_big])  # unique (group, owner)
        ga, gb = _pairs_within_groups(pair_key // n_owner, pair_key % n_owner)
        rows.append(ga)
        cols.append(gb)
    return np.concatenate(rows), np.concatenate(cols)


def contiguity(vertices: PolygonVertices, kind: str = "queen", ids=None) -> SpatialWeights:
    """Binary contiguity from exact coordinates.

    ``"queen"``: two features are neighbours when a vertex of one has exactly the
    coordinates of a vertex of the other; ``"rook"``: when they have an edge (the same two
    consecutive vertices, in either direction) in common. This is how PySAL
    (``Queen/Rook.from_dataframe``) and GeoDa build contiguity, so boundaries digitised
    with shared vertices (topological data) give the same neighbours.
    """
    xy, owner = vertices.xy, vertices.owner
    if kind == "queen":
        # 0.0 + x turns -0.0 into 0.0 so that both compare and sort as one value
        rows, cols = _shared_key_pairs([xy[:, 0] + 0.0, xy[:, 1] + 0.0], owner)
    elif kind == "rook":
        starts = np.ones(len(xy), dtype=bool)
        starts[vertices.ring_offsets[1:] - 1] = False  # the last vertex of a ring starts no edge
        a = np.flatnonzero(starts)
        b = a + 1
        ax, ay, bx, by = xy[a, 0] + 0.0, xy[a, 1] + 0.0, xy[b, 0] + 0.0, xy[b, 1] + 0.0
        swap = (bx < ax) | ((bx == ax) & (by < ay))
        ax, bx = np.where(swap, bx, ax), np.where(swap, ax, bx)
        ay, by = np.where(swap, by, ay), np.where(swap, ay, by)
        proper = (ax != bx) | (ay != by)  # a repeated vertex is not an edge
        rows, cols = _shared_key_pairs(
            [ax[proper], ay[proper], bx[proper], by[proper]], owner[a][proper]
        )
    else:
        raise WeightsError(f"unknown contiguity {kind!r} (expected 'queen' or 'rook')")
    # each pair is found once per shared vertex or edge: keep one copy of each
    lo, hi = np.minimum(rows, cols), np.maximum(rows, cols)
    key = np.unique(lo * vertices.n + hi)
    return SpatialWeights.from_pairs(vertices.n, key // vertices.n, key % vertices.n, ids=ids, symmetrize=True)


# --- points: k nearest neighbours, distance band -----------------------------------------
def _check_points(points) -> np.ndarray:
    pts = np.asarray(points, dtype=np.float64)
    if pts.ndim != 2 or pts.shape[1] not in (2, 3):
        raise WeightsError("points must be an (n, 2) or (n, 3) array")
    bad = np.flatnonzero(~np.isfinite(pts).all(axis=1))
    if len(bad):
        raise WeightsError(f"{len(bad)} point(s) without finite coordinates (first at position {bad[0]})")
    return pts


def knn_candidates(points, k: int, targets=None, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """For each target position (default: all), the ``k`` nearest other points.

    Returns ``(neighbours, distances)``, arrays of shape (len(targets), k), nearest
    first; equal distances are ordered by position. Needs ``k < n``.
    """
    pts = _check_points(points)
    n = len(pts)
    targets = np.arange(n) if targets is None else np.asarray(targets, dtype=np.int64)
    if not 0 < k < n:
        raise WeightsError(f"k must be between 1 and n - 1 = {n - 1} (got {k})")
    if HAVE_SCIPY:
        tree = _KDTree(pts)
        # ask for extra candidates so that ties at the k-th distance can be broken by position
        extra = min(n, k + 1 + 4)
        dist, idx = tree.query(pts[targets], k=extra)
        dist, idx = np.atleast_2d(dist), np.atleast_2d(idx)
        idx = np.where(idx >= n, n, idx)
        self_hit = idx == targets[:, None]
        dist = np.where(self_hit | (idx == n), np.inf, dist)
        order = np.lexsort((idx, dist), axis=1)
        idx = np.take_along_axis(idx, order, axis=1)[:, :k]
        dist = np.take_along_axis(dist, order, axis=1)[:, :k]
        return idx.astype(np.int64), dist
    out_idx = np.empty((len(targets), k), dtype=np.int64)
    out_dist = np.empty((len(targets), k))
    block = max(1, min(chunk, 4_000_000 // n))  # bounded memory: block x n distances
    for lo in range(0, len(targets), block):
        t = targets[lo:lo + block]
        d2 = np.zeros((len(t), n))
        for dim in range(pts.shape[1]):
            diff = pts[t, dim][:, None] - pts[None, :, dim]
            d2 += diff * diff
        d2[np.arange(len(t)), t] = np.inf
        part = np.argpartition(d2, k - 1, axis=1)[:, :k]
        cand = np.take_along_axis(d2, part, axis=1)
        kth = cand.max(axis=1)
        # more than k points within the k-th distance: ties, broken by position
        for row in np.flatnonzero((d2 <= kth[:, None]).sum(axis=1) > k):
            within = np.flatnonzero(d2[row] <= kth[row])
            within = within[np.lexsort((within, d2[row, within]))][:k]
            part[row], cand[row] = within, d2[row, within]
        order = np.lexsort((part, cand), axis=1)
        out_idx[lo:lo + block] = np.take_along_axis(part, order, axis=1)
        out_dist[lo:lo + block] = np.sqrt(np.take_along_axis(cand, order, axis=1))
    return out_idx, out_dist


def knn(points, k: int, ids=None) -> SpatialWeights:
    """Binary k-nearest-neighbour weights (not symmetric in general), as PySAL ``KNN``."""
    idx, _ = knn_candidates(points, k)
    n = len(idx)
    return SpatialWeights.from_pairs(n, np.repeat(np.arange(n), k), idx.ravel(), ids=ids)


def distance_pairs(points, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs (i < j) of points at most ``threshold`` apart, with their distances."""
    pts = _check_points(points)
    if not threshold > 0:
        raise WeightsError(f"the distance threshold must be positive (got {threshold})")
    n = len(pts)
    if HAVE_SCIPY:
        pairs = _KDTree(pts).query_pairs(threshold, output_type="ndarray").astype(np.int64)
        i, j = pairs[:, 0], pairs[:, 1]
    else:
        # grid of cells of side `threshold`: a pair can only join points of adjacent cells
        cell = np.floor((pts - pts.min(axis=0)) / threshold).astype(np.int64)
        dims = cell.shape[1]
        span = cell.max(axis=0) + 3
        mult = np.cumprod(np.concatenate([[1], span[:-1]]))
        key = ((cell + 1) * mult).sum(axis=1)
        order = np.argsort(key, kind="stable")
        skey = key[order]
        offsets = np.array(np.meshgrid(*[[-1, 0, 1]] * dims, indexing="ij")).reshape(dims, -1).T
        i_parts, j_parts = [], []
        for off in offsets:
            target = key + (off * mult).sum()
            lo = np.searchsorted(skey, target, side="left")
            hi = np.searchsorted(skey, target, side="right")
            src = np.repeat(np.arange(n), hi - lo)
            dst = order[_ranges(lo, hi)]
            keep = src < dst
            i_parts.append(src[keep])
            j_parts.append(dst[keep])
        i, j = np.concatenate(i_parts), np.concatenate(j_parts)
        d = np.sqrt(((pts[i] - pts[j]) ** 2).sum(axis=1))
        keep = d <= threshold
        i, j = i[keep], j[keep]
    d = np.sqrt(((pts[i] - pts[j]) ** 2).sum(axis=1))
    return i, j, d


def distance_band(points, threshold: float, ids=None) -> SpatialWeights:
    """Binary distance-band weights: neighbours at most ``threshold`` apart (as PySAL
    ``DistanceBand(binary=True)``)."""
    pts = _check_points(points)
    i, j, _ = distance_pairs(pts, threshold)
    return SpatialWeights.from_pairs(len(pts), i, j, ids=ids, symmetrize=True)


def nearest_links(points, sources, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Links from each source position to its ``k`` nearest other points (ties by position)."""
    sources = np.asarray(sources, dtype=np.int64)
    if len(sources) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    idx, _ = knn_candidates(points, k, targets=sources)
    return np.repeat(sources, idx.shape[1]), idx.ravel()


def unit_sphere(lon_deg, lat_deg) -> np.ndarray:
    """Longitude/latitude (degrees) as 3-D points on the unit sphere: their Euclidean
    (chord) distances rank pairs as great-circle distances do."""
    lon, lat = np.radians(lon_deg), np.radians(lat_deg)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


# --- GAL / GWT files ----------------------------------------------------------------------
def _id_text(value) -> str:
    text = str(value)
    if not text or any(ch.isspace() for ch in text):
        raise WeightsError(f"identifier {text!r} is empty or contains spaces: GAL/GWT files cannot hold it")
    return text


def _header_word(text: str) -> str:
    return "_".join(str(text).split()) or "unknown"


def _ids_for_file(weights: SpatialWeights) -> list[str]:
    names = weights.ids if weights.ids is not None else range(weights.n)
    texts = [_id_text(v) for v in names]
    if len(set(texts)) != len(texts):
        seen, dup = set(), None
        for t in texts:
            if t in seen:
                dup = t
                break
            seen.add(t)
        raise WeightsError(f"identifier {dup!r} is used by more than one feature")
    return texts


def write_gal(path, weights: SpatialWeights, layer_name: str = "layer", id_field: str = "id") -> None:
    """GeoDa's GAL: header ``0 n layer idfield``, then per feature ``id k`` and its neighbours."""
    texts = _ids_for_file(weights)
    lines = [f"0 {weights.n} {_header_word(layer_name)} {_header_word(id_field)}"]
    for i in range(weights.n):
        nbrs = weights.neighbours(i)
        lines.append(f"{texts[i]} {len(nbrs)}")
        lines.append(" ".join(texts[j] for j in nbrs))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


def write_gwt(path, weights: SpatialWeights, layer_name: str = "layer", id_field: str = "id") -> None:
    """GeoDa's GWT: header ``0 n layer idfield``, then one ``id neighbour weight`` line per link."""
    texts = _ids_for_file(weights)
    lines = [f"0 {weights.n} {_header_word(layer_name)} {_header_word(id_field)}"]
    rows = weights.row_of_link
    for i, j, w in zip(rows, weights.indices, weights.data):
        lines.append(f"{texts[i]} {texts[j]} {float(w)!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


@dataclass
class WeightsFile:
    """What a GAL/GWT file says: links between identifiers (as text) and their weights."""

    ids: list[str]  # every identifier the file mentions, in order of first appearance
    rows: list[str]
    cols: list[str]
    values: list[float]
    declared_n: int | None
    id_field: str | None

    def for_ids(self, layer_ids: Sequence) -> tuple[SpatialWeights, list[str]]:
        """Weights aligned on ``layer_ids`` (compared as text) and the file identifiers
        that are not in the layer (their links are dropped)."""
        texts = [str(v) for v in layer_ids]
        pos = {}
        for p, t in enumerate(texts):
            if t in pos:
                raise WeightsError(f"identifier {t!r} is used by more than one feature of the layer")
            pos[t] = p
        unknown = [t for t in self.ids if t not in pos]
        rows, cols, vals = [], [], []
        for a, b, v in zip(self.rows, self.cols, self.values):
            if a in pos and b in pos:
                rows.append(pos[a])
                cols.append(pos[b])
                vals.append(v)
        w = SpatialWeights.from_pairs(len(texts), rows, cols, vals, ids=tuple(layer_ids))
        return w, unknown


def _read_lines(path) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig") as src:
            return [line.strip() for line in src]
    except UnicodeDecodeError:
        with open(path, encoding="latin-1") as src:
            return [line.strip() for line in src]


def _parse_header(tokens: list[str], path, kind: str) -> tuple[int | None, str | None]:
    # "n" (old PySAL GAL) or "0 n layer idfield" (GeoDa)
    try:
        if len(tokens) == 1:
            return int(tokens[0]), None
        if len(tokens) >= 2:
            return int(tokens[1]), (tokens[3] if len(tokens) >= 4 else None)
    except ValueError:
        pass
    raise WeightsError(f"{path}: line 1 is not a {kind} header (expected 'n' or '0 n layer idfield')")


def read_gal(path) -> WeightsFile:
    """Read a GAL file (PySAL's ``n`` header or GeoDa's ``0 n layer idfield``)."""
    lines = [line for line in _read_lines(path)]
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        raise WeightsError(f"{path}: empty file")
    declared, id_field = _parse_header(lines[0].split(), path, "GAL")
    ids: list[str] = []
    rows: list[str] = []
    cols: list[str] = []
    k = 1
    while k < len(lines):
        head = lines[k].split()
        if not head:
            k += 1
            continue
        if len(head) != 2:
            raise WeightsError(f"{path}: line {k + 1} should be 'id count', found {lines[k]!r}")
        try:
            count = int(head[1])
        except ValueError:
            raise WeightsError(f"{path}: line {k + 1}: neighbour count {head[1]!r} is not a number") from None
        nbrs = lines[k + 1].split() if k + 1 < len(lines) else []
        if len(nbrs) != count:
            raise WeightsError(
                f"{path}: line {k + 2}: {len(nbrs)} neighbour(s) listed for {head[0]!r}, {count} announced"
            )
        ids.append(head[0])
        rows.extend([head[0]] * count)
        cols.extend(nbrs)
        k += 2
    known = set(ids)
    ids.extend(dict.fromkeys(c for c in cols if c not in known))
    return WeightsFile(ids, rows, cols, [1.0] * len(rows), declared, id_field)


def read_gwt(path) -> WeightsFile:
    """Read a GWT file (``0 n layer idfield`` header, then ``id neighbour weight`` lines)."""
    lines = _read_lines(path)
    if not lines or not lines[0]:
        raise WeightsError(f"{path}: empty file")
    declared, id_field = _parse_header(lines[0].split(), path, "GWT")
    rows: list[str] = []
    cols: list[str] = []
    values: list[float] = []
    for k, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        parts = line.split()
        if len(parts) != 3:
            raise WeightsError(f"{path}: line {k} should be 'id neighbour weight', found {line!r}")
        try:
            value = float(parts[2])
        except ValueError:
            raise WeightsError(f"{path}: line {k}: weight {parts[2]!r} is not a number") from None
        if not math.isfinite(value):
            raise WeightsError(f"{path}: line {k}: weight {parts[2]!r} is not finite")
        rows.append(parts[0])
        cols.append(parts[1])
        values.append(value)
    ids = list(dict.fromkeys([*rows, *cols]))
    return WeightsFile(ids, rows, cols, values, declared, id_field)


def read_weights_file(path) -> WeightsFile:
    """GAL or GWT, chosen by the file extension (``.gal`` / ``.gwt``)."""
    suffix = str(path).lower().rsplit(".", 1)[-1]
    if suffix == "gal":
        return read_gal(path)
    if suffix == "gwt":
        return read_gwt(path)
    raise WeightsError(f"{path}: weights files must end in .gal or .gwt")


def write_weights_file(path, weights: SpatialWeights, layer_name: str = "layer", id_field: str = "id") -> None:
    suffix = str(path).lower().rsplit(".", 1)[-1]
    if suffix == "gal":
        if not weights.is_binary():
            raise WeightsError(f"{path}: GAL files hold binary weights only; save as .gwt to keep the values")
        write_gal(path, weights, layer_name, id_field)
    elif suffix == "gwt":
        write_gwt(path, weights, layer_name, id_field)
    else:
        raise WeightsError(f"{path}: weights files must end in .gal or .gwt")
