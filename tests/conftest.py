"""Shared test helpers. This file imports neither QGIS nor fiefs_plugin: the unit tests
import the package from the source tree, the QGIS tests from the staged plugin folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
REAL_DATA = Path(os.environ.get("FIEFS_REAL_DATA", REPO.parent / "shared" / "data" / "real"))
ARTIFACTS = Path(os.environ.get("FIEFS_ARTIFACTS", REPO / "tests" / "artifacts"))


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave files for people to look at (screenshots, PDFs)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def real_data() -> Path:
    """../shared/data/real, when this machine has it (tests that need it skip otherwise)."""
    if not REAL_DATA.is_dir():
        pytest.skip(f"real data folder not found: {REAL_DATA}")
    return REAL_DATA
