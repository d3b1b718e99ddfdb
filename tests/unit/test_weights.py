"""core.weights: contiguity from coordinates, k nearest, distance band, components, files.

Hand-checked lattices and a line; PySAL (libpysal) as the reference on the committed
real extracts (Bretagne communes, southern Moroccan communes).
"""

from __future__ import annotations

import struct

import numpy as np
import pytest

from fiefs_plugin.core import weights as cw
from tests.unit.stats_support import (
    BRETAGNE,
    MOROCCO,
    lattice_wkbs,
    libpysal_sets,
    neighbour_sets,
    read_extract,
    square_wkb,
    to_libpysal,
    wkbs_of,
)


@pytest.fixture(params=[True, False], ids=["scipy", "numpy"])
def scipy_or_not(request, monkeypatch):
    """Run a test with scipy's accelerators and with the numpy fallbacks."""
    if request.param and not cw.HAVE_SCIPY:
        pytest.skip("scipy not installed")
    monkeypatch.setattr(cw, "HAVE_SCIPY", request.param)
    return request.param


# --- hand-checked lattices ----------------------------------------------------------------
def test_queen_and_rook_on_a_3x3_lattice():
    vertices = cw.polygon_vertices(lattice_wkbs(3, 3))
    queen = cw.contiguity(vertices, "queen")
    rook = cw.contiguity(vertices, "rook")
    # 6 7 8
    # 3 4 5
    # 0 1 2
    assert neighbour_sets(queen) == [
        {1, 3, 4}, {0, 2, 3, 4, 5}, {1, 4, 5},
        {0, 1, 4, 6, 7}, {0, 1, 2, 3, 5, 6, 7, 8}, {1, 2, 4, 7, 8},
        {3, 4, 7}, {3, 4, 5, 6, 8}, {4, 5, 7},
    ]
    assert neighbour_sets(rook) == [
        {1, 3}, {0, 2, 4}, {1, 5},
        {0, 4, 6}, {1, 3, 5, 7}, {2, 4, 8},
        {3, 7}, {4, 6, 8}, {5, 7},
    ]
    assert queen.is_symmetric() and rook.is_symmetric()
    assert queen.is_binary() and queen.nnz == 40 and rook.nnz == 24
    assert list(queen.cardinalities) == [3, 5, 3, 5, 8, 5, 3, 5, 3]


def test_line_island_and_components():
    # five squares in a line, a gap, then two touching squares, then one alone
    wkbs = [square_wkb(x, 0) for x in range(5)] + [square_wkb(7, 0), square_wkb(8, 0), square_wkb(20, 0)]
    w = cw.contiguity(cw.polygon_vertices(wkbs), "rook")
    assert neighbour_sets(w) == [{1}, {0, 2}, {1, 3}, {2, 4}, {3}, {6}, {5}, set()]
    assert w.islands.tolist() == [7]
    count, labels = w.components()
    assert count == 3
    assert labels.tolist() == [0, 0, 0, 0, 0, 1, 1, 2]


def test_components_without_scipy_match(monkeypatch):
    wkbs = [square_wkb(x, 0) for x in range(5)] + [square_wkb(7, 0), square_wkb(30, 0)]
    w = cw.contiguity(cw.polygon_vertices(wkbs), "queen")
    expected = w.components()
    monkeypatch.setattr(cw, "HAVE_SCIPY", False)
    count, labels = w.components()
    assert count == expected[0] == 3
    assert labels.tolist() == expected[1].tolist() == [0, 0, 0, 0, 0, 1, 2]


def test_corner_touch_is_queen_not_rook():
    wkbs = [square_wkb(0, 0), square_wkb(1, 1)]
    vertices = cw.polygon_vertices(wkbs)
    assert cw.contiguity(vertices, "queen").nnz == 2
    assert cw.contiguity(vertices, "rook").nnz == 0


def test_exact_coordinates_only_without_tolerance():
    # a neighbour 1e-9 away shares no vertex: exact contiguity (as PySAL) does not link it
    wkbs = [square_wkb(0, 0), square_wkb(1 + 1e-9, 0)]
    assert cw.contiguity(cw.polygon_vertices(wkbs), "queen").nnz == 0
    # -0.0 and 0.0 are the same coordinate
    a = square_wkb(-1, 0)
    b = struct.pack("<bIII", 1, 3, 1, 5) + struct.pack(
        "<10d", -0.0, 0.0, 1.0, 0.0, 1.0, 1.0, -0.0, 1.0, -0.0, 0.0
    )
    assert cw.contiguity(cw.polygon_vertices([a, b]), "rook").nnz == 2


# --- WKB decoding -------------------------------------------------------------------------
def _multipolygon(*polygons: bytes) -> bytes:
    return struct.pack("<bII", 1, 6, len(polygons)) + b"".join(polygons)


def _polygon_z(x: float, y: float, order: str = "<", code: int = 1003) -> bytes:
    ring = [(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1), (x, y)]
    out = struct.pack(order + "bII", 1 if order == "<" else 0, code, 1) + struct.pack(order + "I", len(ring))
    for px, py in ring:
        out += struct.pack(order + "ddd", px, py, 7.0)
    return out


def test_wkb_variants_decode_to_the_same_vertices():
    plain = cw.polygon_vertices([square_wkb(0, 0)])
    for wkb in (square_wkb(0, 0, order=">"), _polygon_z(0, 0), _polygon_z(0, 0, ">"),
                _polygon_z(0, 0, code=0x80000003), _multipolygon(square_wkb(0, 0))):
        other = cw.polygon_vertices([wkb])
        assert other.problems == {}
        np.testing.assert_array_equal(other.xy, plain.xy)


def test_multipolygon_parts_are_one_feature():
    # feature 0 has two parts, each touching another feature
    wkbs = [_multipolygon(square_wkb(0, 0), square_wkb(5, 0)), square_wkb(1, 0), square_wkb(6, 0), square_wkb(9, 9)]
    w = cw.contiguity(cw.polygon_vertices(wkbs), "rook")
    assert neighbour_sets(w) == [{1, 2}, {0}, {0}, set()]


def test_unusable_geometries_are_reported_not_fatal():
    truncated = square_wkb(0, 0)[:30]
    point = struct.pack("<bIdd", 1, 1, 0.0, 0.0)
    nan_square = struct.pack("<bIII", 1, 3, 1, 5) + struct.pack("<10d", *([np.nan] * 10))
    empty = struct.pack("<bII", 1, 3, 0)
    wkbs = [square_wkb(0, 0), truncated, None, point, nan_square, empty, square_wkb(1, 0)]
    vertices = cw.polygon_vertices(wkbs)
    assert sorted(vertices.problems) == [1, 2, 3, 4, 5]
    assert vertices.problems[2] == "no geometry"
    assert vertices.problems[4] == "non-finite coordinates"
    assert vertices.problems[5] == "empty geometry"
    w = cw.contiguity(vertices, "queen")
    assert neighbour_sets(w) == [{6}, set(), set(), set(), set(), set(), {0}]


def test_ring_defects_are_listed_but_vertices_kept():
    unclosed = struct.pack("<bIII", 1, 3, 1, 4) + struct.pack("<8d", 1, 0, 2, 0, 2, 1, 1, 1)
    short = struct.pack("<bIII", 1, 3, 1, 3) + struct.pack("<6d", 0, 1, 1, 1, 0, 1)
    vertices = cw.polygon_vertices([square_wkb(0, 0), unclosed, short])
    assert vertices.problems == {}
    assert vertices.defects == {1: "ring not closed", 2: "ring with fewer than 4 points"}
    assert neighbour_sets(cw.contiguity(vertices, "queen")) == [{1, 2}, {0, 2}, {0, 1}]


# --- PySAL on real extracts ---------------------------------------------------------------
@pytest.mark.parametrize("path", [BRETAGNE, MOROCCO], ids=["bretagne", "morocco"])
@pytest.mark.parametrize("kind", ["queen", "rook"])
def test_contiguity_equals_libpysal_on_real_extracts(path, kind):
    from libpysal.weights import Queen, Rook

    frame = read_extract(path)
    ours = cw.contiguity(cw.polygon_vertices(wkbs_of(frame)), kind)
    theirs = (Queen if kind == "queen" else Rook).from_dataframe(frame, use_index=False, silence_warnings=True)
    assert neighbour_sets(ours) == libpysal_sets(theirs)
    assert ours.islands.tolist() == sorted(theirs.islands)
    assert ours.components()[0] == theirs.n_components


def test_bretagne_islands_are_the_island_communes():
    frame = read_extract(BRETAGNE)
    w = cw.contiguity(cw.polygon_vertices(wkbs_of(frame)), "queen")
    assert sorted(frame["nom"].iloc[w.islands]) == sorted([
        "Île-de-Bréhat", "Île-de-Batz", "Île-de-Sein", "Île-Molène", "Ouessant", "Groix", "Hœdic",
        "Île-d'Houat", "Île-aux-Moines", "Île-d'Arz",
    ])
    count, labels = w.components()
    # Belle-Ile's four communes form a component of their own
    belle_ile = frame.index[frame["nom"].isin(["Le Palais", "Bangor", "Sauzon", "Locmaria"])]
    assert len(set(labels[belle_ile])) == 1
    assert (labels == labels[belle_ile[0]]).sum() == 4


# --- points -------------------------------------------------------------------------------
@pytest.fixture
def random_points():
    return np.random.default_rng(5).uniform(0, 1000, size=(300, 2))


def test_knn_equals_libpysal(random_points, scipy_or_not):
    from libpysal.weights import KNN

    ours = cw.knn(random_points, 5)
    theirs = KNN(random_points, k=5)
    assert neighbour_sets(ours) == libpysal_sets(theirs)
    assert (ours.cardinalities == 5).all() and not ours.is_symmetric()


def test_knn_ties_are_broken_by_position(scipy_or_not):
    # a 4 x 4 grid: the four rook neighbours of an interior point tie at distance 1
    pts = np.array([(x, y) for y in range(4) for x in range(4)], dtype=float)
    w = cw.knn(pts, 2)
    assert w.neighbours(5).tolist() == [1, 4]  # of 1, 4, 6, 9 at distance 1
    with pytest.raises(cw.WeightsError, match="k must be"):
        cw.knn(pts, 16)


@pytest.mark.parametrize("threshold", [40.0, 95.5])
def test_distance_band_equals_libpysal(random_points, threshold, scipy_or_not):
    from libpysal.weights import DistanceBand

    ours = cw.distance_band(random_points, threshold)
    theirs = DistanceBand(random_points, threshold=threshold, binary=True, silence_warnings=True)
    assert neighbour_sets(ours) == libpysal_sets(theirs)
    assert ours.is_symmetric()


def test_nearest_links_connect_islands():
    pts = np.array([[0, 0], [1, 0], [2, 0], [10, 0]], dtype=float)
    w = cw.SpatialWeights.from_pairs(4, [0, 1], [1, 2], symmetrize=True)
    rows, cols = cw.nearest_links(pts, w.islands, 2)
    linked = w.with_links(rows, cols)
    assert neighbour_sets(linked) == [{1}, {0, 2, 3}, {1, 3}, {1, 2}]
    assert linked.is_symmetric() and len(linked.islands) == 0


def test_unit_sphere_ranks_by_great_circle():
    # from Paris: Brussels (264 km) is nearer than London (344 km)
    pts = cw.unit_sphere(np.array([2.35, 4.35, -0.13]), np.array([48.86, 50.85, 51.51]))
    d = np.linalg.norm(pts[1:] - pts[0], axis=1) * 6371.0
    assert d[0] < d[1]
    assert d[0] == pytest.approx(264, rel=0.01) and d[1] == pytest.approx(344, rel=0.01)


# --- algebra ------------------------------------------------------------------------------
def test_transforms_match_libpysal():
    w = cw.contiguity(cw.polygon_vertices(lattice_wkbs(3, 4)), "queen")
    for transform in ("r", "b"):
        lw = to_libpysal(w)
        lw.transform = transform
        np.testing.assert_allclose(w.transformed(transform).to_dense(), lw.full()[0], atol=1e-15)
    y = np.arange(12, dtype=float)
    np.testing.assert_allclose(w.transformed("r").lag(y), w.transformed("r").to_dense() @ y)


def test_subset_drops_links_and_renumbers():
    w = cw.contiguity(cw.polygon_vertices(lattice_wkbs(1, 5)), "rook")  # a line 0-1-2-3-4
    sub = w.subset(np.array([True, True, False, True, True]))
    assert neighbour_sets(sub) == [{1}, {0}, {3}, {2}]
    assert sub.islands.tolist() == []


def test_from_pairs_deduplicates_and_checks():
    w = cw.SpatialWeights.from_pairs(3, [0, 0, 0, 1], [1, 1, 0, 2], [2.0, 5.0, 9.0, 1.0])
    assert w.nnz == 2 and w.link_weights(0).tolist() == [2.0]  # self-link dropped, first kept
    with pytest.raises(cw.WeightsError):
        cw.SpatialWeights.from_pairs(2, [0], [2])


# --- GAL / GWT ----------------------------------------------------------------------------
def test_gal_round_trip_and_libpysal_reads_it(tmp_path):
    import libpysal

    w = cw.contiguity(cw.polygon_vertices(lattice_wkbs(3, 3)), "queen")
    w = cw.SpatialWeights(w.indptr, w.indices, w.data, tuple(f"c{i:02d}" for i in range(9)))
    path = tmp_path / "lattice.gal"
    cw.write_weights_file(path, w, "my layer", "code")
    assert path.read_text().splitlines()[0] == "0 9 my_layer code"
    back, unknown = cw.read_weights_file(path).for_ids(w.ids)
    assert unknown == [] and neighbour_sets(back) == neighbour_sets(w)
    theirs = libpysal.io.open(str(path)).read()
    assert {k: set(v) for k, v in theirs.neighbors.items()} == {
        w.ids[i]: {w.ids[j] for j in w.neighbours(i)} for i in range(9)
    }


def test_gwt_round_trip_keeps_weights_and_reads_libpysal_files(tmp_path):
    import libpysal
    from libpysal.weights import KNN

    pts = np.random.default_rng(1).uniform(0, 10, size=(12, 2))
    w = cw.knn(pts, 3)
    w = cw.SpatialWeights(w.indptr, w.indices, w.data * 0.5, tuple(range(100, 112)))
    path = tmp_path / "knn.gwt"
    cw.write_weights_file(path, w)
    back, _ = cw.read_weights_file(path).for_ids(w.ids)
    np.testing.assert_array_equal(back.to_dense(), w.to_dense())
    # a file written by libpysal
    theirs = KNN(pts, k=3)
    lib_path = tmp_path / "lib.gal"
    out = libpysal.io.open(str(lib_path), "w")
    out.write(theirs)
    out.close()
    read, _ = cw.read_weights_file(lib_path).for_ids(list(range(12)))
    assert neighbour_sets(read) == libpysal_sets(theirs)


def test_weights_file_errors_name_the_problem(tmp_path):
    bad = tmp_path / "bad.gal"
    bad.write_text("3\na 2\nb\n")
    with pytest.raises(cw.WeightsError, match="line 3: 1 neighbour"):
        cw.read_weights_file(bad)
    with pytest.raises(cw.WeightsError, match=".gal or .gwt"):
        cw.read_weights_file(tmp_path / "w.txt")
    w = cw.SpatialWeights.from_pairs(2, [0], [1], ids=("a b", "c"), symmetrize=True)
    with pytest.raises(cw.WeightsError, match="contains spaces"):
        cw.write_weights_file(tmp_path / "x.gal", w)
    dup = cw.SpatialWeights.from_pairs(2, [0], [1], ids=("a", "a"), symmetrize=True)
    with pytest.raises(cw.WeightsError, match="more than one feature"):
        cw.write_weights_file(tmp_path / "x.gal", dup)
    gwt = cw.SpatialWeights.from_pairs(2, [0], [1], [0.5], ids=("a", "b"))
    with pytest.raises(cw.WeightsError, match="binary"):
        cw.write_weights_file(tmp_path / "x.gal", gwt)
    ok = tmp_path / "ok.gal"
    ok.write_text("0 2 layer id\na 1\nb\nb 1\nzz\n")
    parsed = cw.read_weights_file(ok)
    w2, unknown = parsed.for_ids(["a", "b"])
    assert unknown == ["zz"] and neighbour_sets(w2) == [{1}, set()]
