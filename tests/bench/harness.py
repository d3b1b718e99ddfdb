"""Timing helpers shared by the benchmarks (``make bench`` = pytest -p no:qgis tests/bench -s).

- ``measure(fn, repeat, warmup)``: wall-clock and CPU times of repeated calls and their
  medians (``warmup`` untimed calls first, e.g. to compile numba code). The cores are
  shared: CPU seconds are what a run costs on an idle machine; print them beside wall.
- ``run_child(target, **kwargs)``: runs ``"package.module:function"`` in a fresh Python
  process (same interpreter and environment) and returns the dict it returned, plus
  ``peak_rss_mb``, the child's peak resident memory. Each side of a comparison gets its
  own process, so that peaks are not mixed and imports (QGIS, numba) are not shared.
  The function receives the keyword arguments (JSON-serialisable) and must return a
  JSON-serialisable dict.
- ``start_qgis()``: a headless QgsApplication with Processing and the Fiefs provider from
  the source tree, for children that run QGIS (the benchmarks run with ``-p no:qgis``).
- ``report(title, rows)``: prints medians and ratios as a table; ``report_wall_cpu``
  the same with wall and CPU medians side by side (end-to-end runs, one process each).

Machine note: the cores may be shared; repeat and read medians, and keep heavy runs rare.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MARKER = "FIEFS_BENCH_RESULT "


@dataclass
class Timing:
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # CPU seconds of this process for each call

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")

    def as_dict(self) -> dict:
        return {"median": self.median, "times": self.times, "cpu_median": self.cpu_median, "cpu": self.cpu}


def measure(fn, repeat: int = 3, warmup: int = 0) -> tuple[Timing, object]:
    """Call ``fn()`` ``warmup`` times untimed, then ``repeat`` times timed; returns the
    timings and the last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    timing = Timing()
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = fn()
        timing.times.append(time.perf_counter() - start)
        timing.cpu.append(time.process_time() - cpu)
    return timing, result


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux: ru_maxrss is in kB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


_CHILD = """
import json, sys
sys.path.insert(0, {repo!r})
from tests.bench.harness import MARKER, peak_rss_mb
from importlib import import_module
module_name, function_name = {target!r}.split(":")
result = getattr(import_module(module_name), function_name)(**json.loads({kwargs!r}))
result["peak_rss_mb"] = peak_rss_mb()
print(MARKER + json.dumps(result), flush=True)
"""


def run_child(target: str, timeout: int = 1800, env: dict | None = None, **kwargs) -> dict:
    """Run ``target`` ("module:function") in a fresh interpreter; see the module doc."""
    code = _CHILD.format(repo=str(REPO), target=target, kwargs=json.dumps(kwargs))
    child_env = dict(os.environ)
    child_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if env:
        child_env.update(env)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=child_env, cwd=str(REPO))
    for line in proc.stdout.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER):])
    raise RuntimeError(f"{target} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


def start_qgis():
    """Headless QGIS with Processing and the Fiefs provider (source tree); returns the app."""
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from fiefs_plugin.processing.provider import FiefsProvider

    provider = FiefsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    app._fiefs_provider = provider  # keep a reference for the lifetime of the app
    return app


def median(values) -> float:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else float("nan")


def report_wall_cpu(title: str, rows: list[tuple], notes: list[str] = ()) -> str:
    """Print (and return) a table of end-to-end runs: label, reference wall and CPU medians
    (s), Fiefs wall and CPU medians (s), and the ratios Fiefs / reference. ``rows``: (label,
    reference wall, reference CPU, wall, CPU); None where there is no value."""
    def cell(value, width=8, digits=3):
        return f"{value:{width}.{digits}f}" if value is not None and value == value else f"{'-':>{width}s}"

    lines = [f"\n== {title}",
             f"{'':44s} {'ref wall':>8s} {'ref cpu':>8s} {'wall':>8s} {'cpu':>8s} {'wall x':>7s} {'cpu x':>7s}"]
    for label, ref_wall, ref_cpu, wall, cpu in rows:
        wall_ratio = ratio(wall, ref_wall) if ref_wall and wall is not None else None
        cpu_ratio = ratio(cpu, ref_cpu) if ref_cpu and cpu is not None else None
        lines.append(f"{label:44s} {cell(ref_wall)} {cell(ref_cpu)} {cell(wall)} {cell(cpu)} "
                     f"{cell(wall_ratio, 7, 2)} {cell(cpu_ratio, 7, 2)}")
    lines.extend(f"  {note}" for note in notes)
    text = "\n".join(lines)
    print(text, flush=True)
    return text


def load_average() -> str:
    """The 1-minute load average and the core count, for the notes of a table."""
    return f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


def ratio(value: float, reference: float) -> float:
    return value / reference if reference else float("nan")


def report(title: str, rows: list[tuple[str, float | None, float | None]], notes: list[str] = ()) -> str:
    """Print (and return) a table: label, reference median (s), Fiefs median (s), ratio."""
    lines = [f"\n== {title}", f"{'':44s} {'reference':>10s} {'fiefs':>10s} {'ratio':>7s}"]
    for label, ref, ours in rows:
        ref_text = f"{ref:10.3f}" if ref is not None else f"{'-':>10s}"
        ours_text = f"{ours:10.3f}" if ours is not None else f"{'-':>10s}"
        ratio_text = f"{ratio(ours, ref):7.3f}" if ref and ours is not None else f"{'-':>7s}"
        lines.append(f"{label:44s} {ref_text} {ours_text} {ratio_text}")
    lines.extend(f"  {note}" for note in notes)
    text = "\n".join(lines)
    print(text, flush=True)
    return text
