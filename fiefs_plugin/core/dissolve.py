"""Dissolve of a polygon coverage by removing shared edges (pure numpy, on WKB).

Administrative layers are coverages: neighbours share their boundary vertex for vertex.
Then the union of a group of units is what is left of their rings once every edge used
by two units of the group (once in each direction) is removed: the remaining directed
edges chain into the group's outer rings and holes. That is the idea of GEOS's
CoverageUnion, which QGIS 3.22 does not expose; it is an order of magnitude faster than a
general union. ``coverage_union`` returns None when the input is not a clean coverage
(edges that do not pair up, rings that cannot be closed), and the caller then falls back
to a general union; the QGIS side also checks validity and area.

Polygons are read from and written to ISO WKB (2D, little or big endian).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

WKB_POLYGON = 3
WKB_MULTIPOLYGON = 6


class NotACoverageError(ValueError):
    """The rings cannot be dissolved by edge cancellation (the caller falls back)."""


def _read_polygon(data: memoryview, offset: int, rings: list[np.ndarray]) -> int:
    order = "<" if data[offset] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, offset + 1)
    if kind != WKB_POLYGON:
        raise NotACoverageError(f"WKB type {kind} is not a 2D polygon")
    (n_rings,) = struct.unpack_from(order + "I", data, offset + 5)
    offset += 9
    dtype = np.dtype(order + "f8")
    for _ in range(n_rings):
        (n_points,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        coords = np.frombuffer(data, dtype=dtype, count=2 * n_points, offset=offset).reshape(-1, 2)
        rings.append(coords.astype("<f8", copy=False))
        offset += 16 * n_points
    return offset


def polygon_rings(wkb: bytes) -> list[np.ndarray]:
    """Closed rings (n x 2 arrays) of a 2D Polygon or MultiPolygon WKB."""
    data = memoryview(wkb)
    if len(data) < 9:
        return []
    order = "<" if data[0] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, 1)
    rings: list[np.ndarray] = []
    if kind == WKB_POLYGON:
        _read_polygon(data, 0, rings)
    elif kind == WKB_MULTIPOLYGON:
        (n_parts,) = struct.unpack_from(order + "I", data, 5)
        offset = 9
        for _ in range(n_parts):
            offset = _read_polygon(data, offset, rings)
    else:
        raise NotACoverageError(f"WKB type {kind} is not a 2D polygon")
    return rings


def signed_area(ring: np.ndarray) -> float:
    """Shoelace area, positive for counter-clockwise rings."""
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1]))


def _point_in_ring(point: np.ndarray, ring: np.ndarray) -> bool:
    x, y = point
    xs, ys = ring[:-1, 0], ring[:-1, 1]
    xe, ye = ring[1:, 0], ring[1:, 1]
    crosses = (ys > y) != (ye > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_at = xs + (y - ys) * (xe - xs) / (ye - ys)
    return bool(np.count_nonzero(crosses & (x < x_at)) % 2)


def _multipolygon_wkb(polygons: Sequence[list[np.ndarray]]) -> bytes:
    parts = [struct.pack("<BII", 1, WKB_MULTIPOLYGON, len(polygons))]
    for rings in polygons:
        parts.append(struct.pack("<BII", 1, WKB_POLYGON, len(rings)))
        for ring in rings:
            parts.append(struct.pack("<I", len(ring)))
            parts.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(parts)


def coverage_union(wkbs: Sequence[bytes]) -> bytes:
    """MultiPolygon WKB of the union of coverage polygons given as WKB.

    Raises ``NotACoverageError`` when edge cancellation cannot produce closed rings.
    """
    return dissolve_coverage(wkbs)[0]


def dissolve_coverage(wkbs: Sequence[bytes]) -> tuple[bytes, float, float]:
    """``coverage_union`` plus two areas for the caller's check: the summed area of the input
    polygons and the area of the union (equal for a coverage, whose pieces do not overlap)."""
    rings, exterior = _rings(wkbs)
    if not rings:
        raise NotACoverageError("no polygon")
    # every ring's edges; exterior rings counter-clockwise, holes clockwise, so that the region
    # is on the left of every edge
    lengths = np.fromiter((len(r) for r in rings), dtype=np.int64, count=len(rings))
    coords = np.concatenate(rings)
    last = np.cumsum(lengths) - 1
    is_start = np.ones(len(coords), dtype=bool)
    is_start[last] = False
    start = coords[is_start]
    end = coords[np.flatnonzero(is_start) + 1]
    ring_of = np.repeat(np.arange(len(rings)), lengths - 1)
    area2 = np.bincount(ring_of, weights=start[:, 0] * end[:, 1] - end[:, 0] * start[:, 1], minlength=len(rings))
    flip = (area2 > 0) != exterior
    edge_flip = flip[ring_of]
    start, end = np.where(edge_flip[:, None], end, start), np.where(edge_flip[:, None], start, end)
    keep = (area2[ring_of] != 0) & ~np.all(start == end, axis=1)  # flat rings, repeated vertices
    start, end = start[keep], end[keep]
    area_in = 0.5 * float(np.abs(area2).dot(np.where(exterior, 1.0, -1.0)))

    points = np.concatenate([start, end])
    as_complex = points[:, 0] + 1j * points[:, 1]
    unique, ids = np.unique(as_complex, return_inverse=True)
    n_edges = len(start)
    u, v = ids[:n_edges].astype(np.int64), ids[n_edges:].astype(np.int64)
    n_vertices = np.int64(len(unique))
    forward = u * n_vertices + v
    backward = v * n_vertices + u
    # an edge used in both directions is internal; a duplicated directed edge means overlap
    order = np.argsort(forward, kind="stable")
    sorted_forward = forward[order]
    if (sorted_forward[1:] == sorted_forward[:-1]).any():
        raise NotACoverageError("an edge is used twice in the same direction (overlapping polygons)")
    found = np.searchsorted(sorted_forward, backward)
    found = np.minimum(found, len(sorted_forward) - 1)
    boundary = sorted_forward[found] != backward
    u, v = u[boundary], v[boundary]
    if not len(u):
        raise NotACoverageError("nothing left after removing shared edges")
    xy = np.column_stack([unique.real, unique.imag])
    successor = _successors(u, v)
    polygons = _assemble(u, successor, xy)
    area_out = sum(signed_area(ring) for rings in polygons for ring in rings)
    return _multipolygon_wkb(polygons), area_in, area_out


def _rings(wkbs: Sequence[bytes]) -> tuple[list[np.ndarray], np.ndarray]:
    """Closed rings of every polygon (at least 4 points) and whether each is an exterior ring."""
    rings: list[np.ndarray] = []
    exterior: list[bool] = []
    for wkb in wkbs:
        data = memoryview(wkb)
        order = "<" if data[0] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", data, 1)
        if kind == WKB_POLYGON:
            offsets = [0]
        elif kind == WKB_MULTIPOLYGON:
            (n_parts,) = struct.unpack_from(order + "I", data, 5)
            offsets = [9] + [None] * (n_parts - 1) if n_parts else []
        else:
            raise NotACoverageError(f"WKB type {kind} is not a 2D polygon")
        offset = offsets[0] if offsets else None
        for _ in range(len(offsets)):
            polygon: list[np.ndarray] = []
            offset = _read_polygon(data, offset, polygon)
            for i, ring in enumerate(polygon):
                if len(ring) >= 4:
                    rings.append(ring)
                    exterior.append(i == 0)
    return rings, np.array(exterior, dtype=bool)


def _successors(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Index of the edge that follows each boundary edge (edge i ends where its successor starts).

    Where several boundary edges leave one vertex (polygons touching at a point) the pairing
    is arbitrary: ``_simple_loops`` splits the rings at repeated vertices afterwards.
    """
    out_order = np.argsort(u, kind="stable")
    in_order = np.argsort(v, kind="stable")
    if not np.array_equal(u[out_order], v[in_order]):
        raise NotACoverageError("boundary edges do not close into rings")
    successor = np.empty(len(u), dtype=np.int64)
    successor[in_order] = out_order
    return successor


def _simple_loops(vertices: list[int]) -> list[list[int]]:
    """Split a closed walk (vertex ids, first not repeated at the end) into simple loops."""
    if len(set(vertices)) == len(vertices):
        return [vertices]
    loops = []
    stack: list[int] = []
    position: dict[int, int] = {}
    for vertex in vertices + [vertices[0]]:
        if vertex in position:
            at = position[vertex]
            loop = stack[at:]
            for w in loop[1:]:
                del position[w]
            del stack[at + 1:]
            if len(loop) >= 3:
                loops.append(loop)
        else:
            position[vertex] = len(stack)
            stack.append(vertex)
    return loops


def _assemble(u: np.ndarray, successor: np.ndarray, xy: np.ndarray) -> list[list[np.ndarray]]:
    """Rings from the successor permutation, grouped into polygons (shells with their holes)."""
    n = len(u)
    seen = np.zeros(n, dtype=bool)
    shells: list[np.ndarray] = []
    holes: list[np.ndarray] = []
    successor_list = successor.tolist()
    for first in range(n):
        if seen[first]:
            continue
        chain = []
        edge = first
        while not seen[edge]:
            seen[edge] = True
            chain.append(edge)
            edge = successor_list[edge]
        if edge != first:
            raise NotACoverageError("a boundary chain does not close")
        for loop in _simple_loops(u[np.array(chain)].tolist()):
            ring = xy[np.array(loop + [loop[0]])]
            area = signed_area(ring)
            if area > 0:
                shells.append(ring)
            elif area < 0:
                holes.append(ring)
    if not shells:
        raise NotACoverageError("no outer ring")
    polygons: list[list[np.ndarray]] = [[s] for s in shells]
    if holes:
        areas = np.array([signed_area(s) for s in shells])
        boxes = np.array([[s[:, 0].min(), s[:, 1].min(), s[:, 0].max(), s[:, 1].max()] for s in shells])
        for hole in holes:
            probe = (hole[0] + hole[1]) / 2.0  # on the hole's boundary, inside its shell
            inside = np.flatnonzero(
                (boxes[:, 0] <= probe[0]) & (probe[0] <= boxes[:, 2]) & (boxes[:, 1] <= probe[1])
                & (probe[1] <= boxes[:, 3])
            )
            owners = [i for i in inside.tolist() if len(inside) == 1 or _point_in_ring(probe, shells[i])]
            if not owners:
                raise NotACoverageError("a hole lies in no outer ring")
            owner = min(owners, key=lambda i: areas[i])
            polygons[owner].append(hole)
    return polygons
