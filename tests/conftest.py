"""Shared test helpers. This file imports neither QGIS nor fiefs_plugin: the unit tests
import the package from the source tree, the QGIS tests from the staged plugin folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
SAMPLE = REPO / "resources" / "sample"
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


@pytest.fixture(scope="session")
def data_copy(tmp_path_factory):
    """``data_copy(path)``: a copy of a committed file (resources/sample/, tests/data/), made
    once per session in a temporary folder, with the same file name.

    Open GeoPackages through it: QGIS writes into a GeoPackage it opens (journal mode,
    SQLite's change counter in the header), and the committed files must stay byte for
    byte as they are. Plain CSV reads need no copy."""
    folder = tmp_path_factory.mktemp("committed_copies")
    copies: dict[Path, Path] = {}

    def copy(path) -> Path:
        path = Path(path).resolve()
        if path not in copies:
            target = folder / str(len(copies)) / path.name
            target.parent.mkdir()
            shutil.copyfile(path, target)
            copies[path] = target
        return copies[path]

    return copy


@pytest.fixture(scope="session")
def sample_gpkg(data_copy) -> Path:
    """A session copy of resources/sample/morocco.gpkg (never open the committed file)."""
    return data_copy(SAMPLE / "morocco.gpkg")
