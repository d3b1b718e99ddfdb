"""Spatial weights from QGIS geometries (the QGIS side of ``core.weights``).

- Contiguity (queen / rook). With a snapping tolerance of 0, neighbours share a vertex
  (queen) or an edge (rook) with exactly the same coordinates, as PySAL and GeoDa build
  them: fast and exact on topological boundaries. With a tolerance > 0 the geometry
  decides, which survives slivers, gaps and overlaps between independently digitised
  boundaries: queen = the two geometries come within the tolerance of each other; rook
  = besides, the boundary of one runs within the tolerance of the other over more than
  ten times the tolerance (a corner touch does not). Invalid geometries are then repaired
  first (``makeValid``) and listed. Exact contiguity only compares coordinates, so a
  self-intersection changes nothing there and GEOS validity is not checked (it costs as
  much as the whole contiguity build); rings that are not closed or too short are
  reported, geometries that cannot be read become islands and are reported.
- k nearest neighbours and distance band from centroids or points on surface. A
  geographic CRS is refused unless distances are ellipsoidal (metres, on the layer's
  ellipsoid).
- Islands can be linked to their k nearest features (in either direction, so weights
  stay symmetric); connected components are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import weights as cw

translate = QCoreApplication.translate

CONTIGUITY = ("queen", "rook")
POINT_METHODS = ("centroid", "point_on_surface")
EARTH_RADIUS = 6_371_008.8  # mean radius, metres: candidate search only
# rook with a tolerance: shared boundary longer than this many tolerances (a corner touch
# gives about 2 tolerances / sin(angle), so corners sharper than ~11 degrees would count)
ROOK_MIN_SHARED = 10.0


@dataclass
class GeometryReport:
    """What the geometry pass found, by position (feature order of the build)."""

    invalid: list[int] = field(default_factory=list)  # not valid according to GEOS (tolerance > 0)
    repaired: list[int] = field(default_factory=list)  # replaced by makeValid()
    unusable: dict[int, str] = field(default_factory=dict)  # no geometry / empty / not polygonal
    defects: dict[int, str] = field(default_factory=dict)  # ring not closed / too short (still used)


@dataclass
class BuiltWeights:
    weights: cw.SpatialWeights
    report: GeometryReport
    islands_linked: int = 0  # islands linked to their nearest features
    description: str = ""


class GeographicCrsError(ValueError):
    """Distances asked for in degrees."""


_CURVED = {10, 11, 12}  # CurvePolygon, MultiCurve, MultiSurface (any Z/M variant)


def _wkb(geometry: QgsGeometry) -> bytes | None:
    """ISO WKB of a geometry, curves segmentised; None when there is no geometry (an
    empty one gives WKB without rings, which the decoder reports)."""
    if geometry is None or geometry.isNull():
        return None
    wkb = bytes(geometry.asWkb())
    if len(wkb) >= 5 and int.from_bytes(wkb[1:5], "little" if wkb[0] == 1 else "big") % 1000 in _CURVED:
        wkb = bytes(QgsGeometry(geometry.constGet().segmentize()).asWkb())
    return wkb


def check_validity(geometries: list, feedback=None) -> list[int]:
    """Positions of non-empty geometries that GEOS finds invalid."""
    invalid = []
    for pos, geom in enumerate(geometries):
        if geom is not None and not geom.isNull() and not geom.isEmpty() and not geom.isGeosValid():
            invalid.append(pos)
        if feedback is not None and pos % 5000 == 0 and feedback.isCanceled():
            break
    return invalid


def repaired_geometries(geometries: list, invalid: list[int]) -> tuple[list, list[int]]:
    """A copy of ``geometries`` where the invalid ones are replaced by ``makeValid()``
    (kept as they were when the repair gives nothing usable)."""
    out = list(geometries)
    repaired = []
    for pos in invalid:
        fixed = geometries[pos].makeValid()
        if fixed is not None and not fixed.isNull() and not fixed.isEmpty():
            out[pos] = fixed
            repaired.append(pos)
    return out, repaired


def contiguity_weights(
    geometries: list,
    kind: str = "queen",
    tolerance: float = 0.0,
    ids=None,
    feedback=None,
) -> BuiltWeights:
    """Queen or rook contiguity between polygon geometries (see the module doc)."""
    if kind not in CONTIGUITY:
        raise ValueError(f"unknown contiguity {kind!r}")
    report = GeometryReport()
    geoms = geometries
    if tolerance > 0:  # GEOS works on the geometries: make them valid first
        report.invalid = check_validity(geometries, feedback)
        geoms, report.repaired = repaired_geometries(geometries, report.invalid)
    vertices = cw.polygon_vertices([_wkb(g) for g in geoms])
    report.unusable = dict(vertices.problems)
    report.defects = dict(vertices.defects)
    exact_queen = cw.contiguity(vertices, "queen", ids=ids)
    if tolerance <= 0:
        weights = exact_queen if kind == "queen" else cw.contiguity(vertices, "rook", ids=ids)
        return BuiltWeights(weights, report)
    usable = [pos for pos in range(len(geoms)) if pos not in report.unusable]
    rows, cols = _within_tolerance_pairs(geoms, usable, exact_queen, tolerance, feedback)
    queen = exact_queen.with_links(rows, cols)
    if kind == "queen":
        return BuiltWeights(queen, report)
    exact_rook = cw.contiguity(vertices, "rook", ids=ids)
    rook_rows, rook_cols = _rook_within_tolerance(geoms, queen, exact_rook, tolerance, feedback)
    return BuiltWeights(exact_rook.with_links(rook_rows, rook_cols), report)


def _within_tolerance_pairs(geoms, usable, exact_queen, tolerance, feedback):
    """Pairs (i < j) not sharing a vertex whose geometries are within ``tolerance``."""
    index = QgsSpatialIndex()
    boxes = {}
    for pos in usable:
        box = geoms[pos].boundingBox()
        boxes[pos] = box
        if not index.addFeature(pos, box):
            raise RuntimeError(f"could not index the bounding box of feature {pos}")
    rows, cols = [], []
    total = max(1, len(usable))
    for count, i in enumerate(usable):
        if feedback is not None and count % 500 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * count / total)
        box = QgsRectangle(boxes[i])
        box.grow(tolerance)
        known = set(exact_queen.neighbours(i).tolist())
        candidates = [j for j in index.intersects(box) if j > i and j not in known]
        if not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(geoms[i].constGet())
        engine.prepareGeometry()
        for j in candidates:
            if engine.distanceWithin(geoms[j].constGet(), tolerance):
                rows.append(i)
                cols.append(j)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def _rook_within_tolerance(geoms, queen, exact_rook, tolerance, feedback):
    """Queen pairs (i < j) not already rook neighbours whose boundaries run together."""
    buffers: dict[int, QgsGeometry] = {}
    boundaries: dict[int, QgsGeometry] = {}

    def buffered(pos):
        if pos not in buffers:
            buffers[pos] = geoms[pos].buffer(tolerance, 4)
        return buffers[pos]

    def boundary(pos):
        if pos not in boundaries:
            boundaries[pos] = QgsGeometry(geoms[pos].constGet().boundary())
        return boundaries[pos]

    rows, cols = [], []
    link_rows = queen.row_of_link
    todo = [(i, j) for i, j in zip(link_rows.tolist(), queen.indices.tolist()) if i < j]
    rook_known = set(zip(exact_rook.row_of_link.tolist(), exact_rook.indices.tolist()))
    for count, (i, j) in enumerate(todo):
        if feedback is not None and count % 500 == 0 and feedback.isCanceled():
            break
        if (i, j) in rook_known:
            continue
        shared = max(
            boundary(j).intersection(buffered(i)).length(),
            boundary(i).intersection(buffered(j)).length(),
        )
        if shared > ROOK_MIN_SHARED * tolerance:
            rows.append(i)
            cols.append(j)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


# --- points -------------------------------------------------------------------------------
def representative_points(geometries: list, method: str = "centroid") -> tuple[np.ndarray, list[int]]:
    """(n, 2) coordinates of the centroid or point on surface of each geometry, and the
    positions of those that have none (NaN rows)."""
    if method not in POINT_METHODS:
        raise ValueError(f"unknown point method {method!r}")
    pts = np.full((len(geometries), 2), np.nan)
    missing = []
    for pos, geom in enumerate(geometries):
        if geom is None or geom.isNull() or geom.isEmpty():
            missing.append(pos)
            continue
        point = geom.centroid() if method == "centroid" else geom.pointOnSurface()
        if point is None or point.isNull() or point.isEmpty():
            missing.append(pos)
            continue
        p = point.asPoint()
        pts[pos] = (p.x(), p.y())
    return pts, missing


class Metric:
    """How distances between points are measured: planar (layer units) or on the
    ellipsoid (metres)."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, ellipsoidal: bool, context=None):
        self.crs = crs
        self.ellipsoidal = ellipsoidal
        self.context = context if context is not None else QgsProject.instance().transformContext()
        if ellipsoidal:
            self.area = QgsDistanceArea()
            self.area.setSourceCrs(crs, self.context)
            ellipsoid = crs.ellipsoidAcronym() or "EPSG:7030"
            if not self.area.setEllipsoid(ellipsoid) and not self.area.setEllipsoid("EPSG:7030"):
                raise ValueError(f"no ellipsoid for {crs.authid()}")

    @property
    def unit_label(self) -> str:
        return "m" if self.ellipsoidal else QgsUnitTypes.toAbbreviatedString(self.crs.mapUnits())

    def search_points(self, pts: np.ndarray) -> np.ndarray:
        """Points whose Euclidean distances rank pairs like this metric (for ellipsoidal
        distances: 3-D points on a sphere of the Earth's mean radius)."""
        if not self.ellipsoidal and not self.crs.isGeographic():
            return pts
        return EARTH_RADIUS * cw.unit_sphere(*self.lonlat(pts).T)

    def lonlat(self, pts: np.ndarray) -> np.ndarray:
        if self.crs.isGeographic():
            return pts.copy()
        transform = QgsCoordinateTransform(self.crs, QgsCoordinateReferenceSystem("EPSG:4326"), self.context)
        out = np.empty_like(pts)
        for pos, (x, y) in enumerate(pts):
            p = transform.transform(QgsPointXY(float(x), float(y)))
            out[pos] = (p.x(), p.y())
        return out

    def distances(self, pts: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if not self.ellipsoidal:
            return np.sqrt(((pts[rows] - pts[cols]) ** 2).sum(axis=1))
        out = np.empty(len(rows))
        qpts = [QgsPointXY(float(x), float(y)) for x, y in pts]
        for k, (i, j) in enumerate(zip(rows.tolist(), cols.tolist())):
            out[k] = self.area.measureLine(qpts[i], qpts[j])
        return out


def require_planar_or_ellipsoidal(crs: QgsCoordinateReferenceSystem, ellipsoidal: bool) -> None:
    if crs.isGeographic() and not ellipsoidal:
        raise GeographicCrsError(
            translate(
                "weights",
                "The layer's CRS ({crs}) is geographic: distances in degrees are not distances. "
                "Reproject the layer to a projected CRS (e.g. EPSG:2154 for France, EPSG:26191 "
                "for northern Morocco) or choose ellipsoidal distances (metres).",
            ).format(crs=crs.authid() or crs.description())
        )


def knn_weights(pts: np.ndarray, k: int, metric: Metric, ids=None) -> cw.SpatialWeights:
    """k nearest neighbours under ``metric`` (ties broken by position)."""
    n = len(pts)
    if not metric.ellipsoidal:
        return cw.knn(pts, k, ids=ids)
    search = metric.search_points(pts)
    extra = min(n - 1, k + 4)
    cand, _ = cw.knn_candidates(search, extra)
    rows = np.repeat(np.arange(n), extra)
    dist = metric.distances(pts, rows, cand.ravel()).reshape(n, extra)
    order = np.lexsort((cand, dist), axis=1)[:, :k]
    chosen = np.take_along_axis(cand, order, axis=1)
    return cw.SpatialWeights.from_pairs(n, np.repeat(np.arange(n), k), chosen.ravel(), ids=ids)


def distance_band_weights(pts: np.ndarray, threshold: float, metric: Metric, ids=None) -> cw.SpatialWeights:
    """Binary weights between points at most ``threshold`` apart under ``metric``."""
    n = len(pts)
    if not metric.ellipsoidal:
        return cw.distance_band(pts, threshold, ids=ids)
    # a chord is shorter than the arc; 1 % covers the ellipsoid's departure from the sphere
    i, j, _ = cw.distance_pairs(metric.search_points(pts), threshold * 1.01)
    d = metric.distances(pts, i, j)
    keep = d <= threshold
    return cw.SpatialWeights.from_pairs(n, i[keep], j[keep], ids=ids, symmetrize=True)


def link_islands(weights: cw.SpatialWeights, pts: np.ndarray, k: int, metric: Metric) -> tuple[cw.SpatialWeights, int]:
    """Islands linked (both ways) to their ``k`` nearest features; returns the new weights
    and how many islands were linked. Features without a point are left alone."""
    islands = weights.islands
    has_point = np.isfinite(pts).all(axis=1)
    islands = islands[has_point[islands]]
    if len(islands) == 0 or k <= 0:
        return weights, 0
    usable = np.flatnonzero(has_point)
    if len(usable) < 2:
        return weights, 0
    k = min(k, len(usable) - 1)
    local = np.full(weights.n, -1, dtype=np.int64)
    local[usable] = np.arange(len(usable))
    search = metric.search_points(pts[usable])  # great-circle ranking for geographic CRSs
    rows, cols = cw.nearest_links(search, local[islands], k)
    return weights.with_links(usable[rows], usable[cols]), len(islands)
