"""Fixtures shared by the benchmarks (helpers: tests/bench/harness.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def bench_cache() -> Path:
    """A folder kept between benchmark runs for derived inputs (FIEFS_BENCH_CACHE, default
    /tmp/fiefs-bench-cache), so that data preparation is not part of what is timed."""
    path = Path(os.environ.get("FIEFS_BENCH_CACHE", "/tmp/fiefs-bench-cache"))
    path.mkdir(parents=True, exist_ok=True)
    return path
