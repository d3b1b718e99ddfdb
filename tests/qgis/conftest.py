"""Headless QGIS tests (pytest-qgis, QT_QPA_PLATFORM=offscreen).

The plugin is staged first (scripts/package.py: package + metadata + resources + .qm,
exactly what the zip holds) and imported from the staged folder, so a packaging mistake
fails here. FIEFS_BUILD_DIR chooses the staging folder (default build/).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def _load_packager():
    spec = importlib.util.spec_from_file_location("fiefs_packager", REPO / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _import_staged(staged: Path):
    """Import fiefs_plugin from the staged folder whatever sys.path holds (pytest puts the
    repository root first when it imports test packages); submodules follow __path__."""
    assert "fiefs_plugin" not in sys.modules, "fiefs_plugin was imported before the staged copy"
    spec = importlib.util.spec_from_file_location(
        "fiefs_plugin", staged / "__init__.py", submodule_search_locations=[str(staged)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["fiefs_plugin"] = module
    spec.loader.exec_module(module)
    return module


packager = _load_packager()
STAGED = packager.stage()
_import_staged(STAGED)


@pytest.fixture(scope="session")
def staged_plugin() -> Path:
    """The staged plugin folder (build/fiefs_plugin)."""
    return STAGED


_PROVIDERS: list = []  # keeps the Python wrappers alive (QGIS 3.22 frees temporaries)


def ensure_fiefs_provider():
    """The registered Fiefs provider, registering a new one if none is (tests of the
    plugin's own load/unload remove it from the registry)."""
    from qgis.core import QgsApplication

    from fiefs_plugin.processing.provider import FiefsProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("fiefs")
    if provider is None:
        provider = FiefsProvider()
        assert registry.addProvider(provider)
        _PROVIDERS.append(provider)
    return provider


@pytest.fixture(scope="module")
def fiefs_provider(qgis_app):
    """The Fiefs provider, registered for the module; algorithms run as ``fiefs:<name>``.
    Module scope: module fixtures use it, and only test_plugin_load removes providers
    (each of its tests puts one back)."""
    return ensure_fiefs_provider()


@pytest.fixture(scope="session", autouse=True)
def _canvas_without_render_jobs(qgis_canvas):
    """pytest-qgis's interface puts every layer added to the project on its map canvas, and
    its teardown adds each layer fixture to the project and removes (deletes) it at once: a
    canvas render job started in between would draw a deleted layer (a segfault that came
    and went with test order). No test here looks at the canvas's pixels (the desktop tests
    do, in a real QGIS), so the canvas keeps its extent and layers but never renders."""
    qgis_canvas.stopRendering()
    qgis_canvas.setRenderFlag(False)
    yield
    qgis_canvas.setRenderFlag(True)
