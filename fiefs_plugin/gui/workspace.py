"""Where the panel's runs write their files.

Each run writes new files with a time stamp in their names (a layer already in the
project is never overwritten under QGIS's feet); the folder is the one chosen in the
panel, else ``<project folder>/<project name>_fiefs``, else a folder in the QGIS profile
for a project not saved yet.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from qgis.core import QgsApplication, QgsProject

from fiefs_plugin.core.fields import ascii_fold

_handed_out: set[str] = set()  # names given to plans not run yet


def slug(text: str, limit: int = 40) -> str:
    """File-name-safe ASCII for an election or party label ("2021 législatives" ->
    "2021_legislatives")."""
    cleaned = re.sub(r"[^0-9A-Za-z]+", "_", ascii_fold(str(text or ""))).strip("_")
    return cleaned[:limit].rstrip("_") or "x"


def default_folder(project: QgsProject | None = None) -> Path:
    project = project or QgsProject.instance()
    name = project.fileName()
    if name:
        path = Path(name)
        return path.parent / f"{path.stem}_fiefs"
    return Path(QgsApplication.qgisSettingsDirPath()) / "fiefs" / "runs"


def output_folder(chosen: str, project: QgsProject | None = None) -> Path:
    folder = Path(chosen) if chosen.strip() else default_folder(project)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def output_path(folder: Path, kind: str, *labels: str, suffix: str = ".gpkg") -> Path:
    """``<folder>/<kind>_<labels>_<n><suffix>`` with the first number ``n`` no file has
    (short names: a GeoPackage style name, the layer name, must stay under 30 characters)."""
    stem = "_".join([kind, *[slug(label, 20) for label in labels if label]])
    for number in itertools.count(1):
        path = folder / f"{stem}_{number}{suffix}"
        if not path.exists() and str(path) not in _handed_out:
            _handed_out.add(str(path))
            return path
    raise AssertionError("unreachable")
