"""Where the plugin's files are, in the source tree and in the packaged plugin folder.

In the packaged plugin (the zip, or ``build/fiefs_plugin``) ``metadata.txt``,
``resources/`` and ``i18n/`` sit inside the package folder; in a source checkout they sit
beside it, at the repository root. Both layouts are supported so tests can run either.
"""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    for base in (PACKAGE_DIR, PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    return PACKAGE_DIR / name


def resources_dir() -> Path:
    """The ``resources/`` folder (icons, palettes, templates, models, sample data)."""
    return _first_existing("resources")


def resource_path(*parts: str) -> Path:
    """Path of a file inside ``resources/``, e.g. ``resource_path("icons", "fiefs.svg")``."""
    return resources_dir().joinpath(*parts)


def i18n_dir() -> Path:
    """The folder holding compiled translations (``fiefs_<lang>.qm``)."""
    return _first_existing("i18n")


def metadata_path() -> Path:
    return _first_existing("metadata.txt")


@lru_cache(maxsize=1)
def plugin_metadata() -> dict[str, str]:
    """The ``[general]`` section of metadata.txt, the single source of the version."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def plugin_version() -> str:
    return plugin_metadata().get("version", "0")
