"""Benchmark of fiefs:hotspots against PySAL on the same data: the 34,924 French communes
of 2018 with the RN share of the 2024 European elections (built from ../shared/data/real
into the bench cache on first use).

Each side runs in its own process (peak memory measured apart):
- reference: libpysal ``Queen.from_dataframe`` on the GeoDataFrame read from the
  GeoPackage; esda ``G_Local(star=True)`` and ``Moran_Local`` at 999 permutations,
  ``n_jobs=1``, other options at their defaults, warm (timed after one untimed call, which
  compiles numba's code when numba is installed);
- Fiefs: queen weights from the QGIS geometries of the same GeoPackage (reading the
  geometries from the layer included); Gi* and local Moran, each with its analytic values
  and 999 conditional permutations;
- the whole ``fiefs:hotspots`` run (weights + Gi* + local Moran at 999 permutations +
  writing a GeoPackage, then the same into a memory layer), in a process of its own; its
  log's step times (read, values, weights, statistics, write) are printed too.

Medians of REPEAT runs; set FIEFS_BENCH_REPEAT to change it.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pytest

from tests.bench.harness import REPO, measure, report, run_child, start_qgis

REPEAT = int(os.environ.get("FIEFS_BENCH_REPEAT", "3"))
PERMUTATIONS = 999
FIELD = "s_L01_LRN"


@pytest.fixture(scope="module")
def france_gpkg(real_data, bench_cache) -> Path:
    path = bench_cache / "france_rn2024_communes.gpkg"
    if not path.exists():
        spec = importlib.util.spec_from_file_location("make_extracts", REPO / "tests/data/stats/make_extracts.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        warnings.simplefilter("ignore")
        tmp = path.with_suffix(".tmp.gpkg")
        module.write(module.france_rn(real=real_data), tmp)
        tmp.rename(path)
    return path


# --- children -----------------------------------------------------------------------------
def reference_side(path: str, repeat: int, permutations: int) -> dict:
    warnings.simplefilter("ignore")
    import esda
    import geopandas as gpd
    from libpysal.weights import Queen

    try:
        import numba

        numba_version = numba.__version__
    except ImportError:
        numba_version = None
    frame = gpd.read_file(path, layer="communes")
    y = frame[FIELD].to_numpy(float)
    queen_t, w = measure(lambda: Queen.from_dataframe(frame, use_index=False, silence_warnings=True), repeat)
    links = int(sum(w.cardinalities.values()))

    def gi():
        return esda.G_Local(y, w, star=True, permutations=permutations, n_jobs=1, seed=1)

    gi_t, g = measure(gi, repeat, warmup=1)
    moran_t, m = measure(lambda: esda.Moran_Local(y, w, permutations=permutations, n_jobs=1, seed=1), repeat,
                         warmup=1)
    return {
        "n": int(w.n), "links": links, "numba": numba_version,
        "queen": queen_t.as_dict(), "gi": gi_t.as_dict(), "moran": moran_t.as_dict(),
        "gi_z_sum": float(np.nansum(g.Zs)), "moran_i_sum": float(np.nansum(m.Is)),
    }


def fiefs_side(path: str, repeat: int, permutations: int) -> dict:
    app = start_qgis()  # noqa: F841 (kept alive while timing)
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from fiefs_plugin.core import localstats as ls
    from fiefs_plugin.gis import weights as gw
    from fiefs_plugin.gis.frames import source_frame

    layer = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    y = source_frame(layer, [FIELD])[FIELD].to_numpy(float)

    def queen():
        request = QgsFeatureRequest()
        request.setNoAttributes()
        geometries = [f.geometry() for f in layer.getFeatures(request)]
        return gw.contiguity_weights(geometries, "queen").weights

    queen_t, w = measure(queen, repeat)

    def gi():
        stats = ls.local_g_star(y, w, "r")
        return stats, ls.conditional_permutations(y, w, permutations, seed=1)

    def moran():
        stats = ls.local_moran(y, w, "r")
        return stats, ls.conditional_permutations(y, w, permutations, seed=1)

    gi_t, (g, _) = measure(gi, repeat)
    moran_t, (m, _) = measure(moran, repeat)
    return {
        "n": int(w.n), "links": int(w.nnz), "queen": queen_t.as_dict(), "gi": gi_t.as_dict(),
        "moran": moran_t.as_dict(), "gi_z_sum": float(np.nansum(g.z)), "moran_i_sum": float(np.nansum(m.statistic)),
    }


def hotspots_run(path: str, repeat: int, permutations: int) -> dict:
    app = start_qgis()  # noqa: F841
    import processing
    from qgis.core import QgsProcessingFeedback

    outputs, steps = [], []

    class Steps(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            if info.startswith("Done in"):
                steps.append(info)

    def run():
        out = Path(tempfile.mkdtemp(prefix="fiefs-bench-")) / "hotspots.gpkg"
        outputs.append(out)
        return processing.run("fiefs:hotspots", {
            "INPUT": f"{path}|layername=communes", "FIELD": FIELD, "METHOD": 2, "WEIGHTS": 0,
            "PERMUTATIONS": permutations, "SEED": 1, "OUTPUT": str(out),
        }, feedback=Steps())

    timing, result = measure(run, repeat)
    memory_timing, _ = measure(lambda: processing.run("fiefs:hotspots", {
        "INPUT": f"{path}|layername=communes", "FIELD": FIELD, "METHOD": 2, "WEIGHTS": 0,
        "PERMUTATIONS": permutations, "SEED": 1, "OUTPUT": "memory:"}, feedback=Steps()), repeat)
    size = outputs[-1].stat().st_size
    for out in outputs:
        out.unlink()
        out.parent.rmdir()
    return {"run": timing.as_dict(), "memory_run": memory_timing.as_dict(), "islands": result["ISLANDS"],
            "moran_i": result["MORAN_I"], "output_mb": size / 1e6, "steps": steps}


# --- the benchmark ------------------------------------------------------------------------
def test_bench_hotspots_france(france_gpkg):
    kwargs = {"path": str(france_gpkg), "repeat": REPEAT, "permutations": PERMUTATIONS}
    ours = run_child("tests.bench.test_bench_hotspots:fiefs_side", **kwargs)
    whole = run_child("tests.bench.test_bench_hotspots:hotspots_run", **kwargs)
    ref = run_child("tests.bench.test_bench_hotspots:reference_side", **kwargs)
    rows = [
        ("queen weights (libpysal vs from QGIS geometries)", ref["queen"]["median"], ours["queen"]["median"]),
        (f"Gi* + {PERMUTATIONS} permutations (esda warm)", ref["gi"]["median"], ours["gi"]["median"]),
        (f"local Moran + {PERMUTATIONS} permutations (esda warm)", ref["moran"]["median"], ours["moran"]["median"]),
        ("whole fiefs:hotspots run (Gi* + Moran, GeoPackage out)", None, whole["run"]["median"]),
        ("whole fiefs:hotspots run (memory layer out)", None, whole["memory_run"]["median"]),
    ]
    report(
        f"fiefs:hotspots on {ours['n']} French communes (medians of {REPEAT}, seconds)", rows,
        [
            f"esda with numba {ref['numba']}" if ref["numba"] else "esda WITHOUT numba (pure-Python crand)",
            f"peak memory: reference {ref['peak_rss_mb']:.0f} MB, Fiefs statistics {ours['peak_rss_mb']:.0f} MB, "
            f"whole hotspots run {whole['peak_rss_mb']:.0f} MB (QGIS included)",
            "runs: " + "; ".join(f"{k} {[round(t, 2) for t in d[k]['times']]}" for d, k in (
                (ref, "queen"), (ours, "queen"), (ref, "gi"), (ours, "gi"), (ref, "moran"), (ours, "moran")))
            + f"; hotspots {[round(t, 2) for t in whole['run']['times']]}"
            + f"; hotspots to memory {[round(t, 2) for t in whole['memory_run']['times']]}",
            f"whole run CPU seconds (median): GeoPackage out {whole['run']['cpu_median']:.2f}, "
            f"memory out {whole['memory_run']['cpu_median']:.2f}; load average {os.getloadavg()[0]:.1f}",
            *("hotspots log: " + step for step in whole["steps"]),
        ],
    )
    # same data, same weights, same statistics on both sides
    assert ours["n"] == ref["n"] == 34924 and ours["links"] == ref["links"]
    assert ours["moran_i_sum"] == pytest.approx(ref["moran_i_sum"], rel=1e-9)
    assert whole["islands"] == 17
