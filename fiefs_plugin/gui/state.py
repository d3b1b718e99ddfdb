"""The panel's state, kept in the project file so reopening a project restores the panel.

One JSON entry (scope ``fiefs``, key ``panel``) holds layer ids, field names, the
results file, the column roles, the election, the party and the analysis choices. File
paths go through the project's path resolver: relative to the project file when the
project stores relative paths, so a project folder can move.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from qgis.core import QgsProject

SCOPE = "fiefs"
KEY = "panel"
PATH_FIELDS = ("results_file", "store_path", "output_dir", "imported", "crosswalk", "layout_file", "top_table")


@dataclass
class PanelState:
    # 1. Data
    commune_layer: str = ""  # layer id
    code_field: str = ""
    name_field: str = ""
    parent_field: str = ""
    results_mode: str = "file"  # file / layer / store
    results_file: str = ""
    results_layer: str = ""  # layer id
    shape: str = "auto"  # auto / wide / long
    roles: dict[str, str] = field(default_factory=dict)  # column -> role key, as the user left them
    election: str = ""
    save_to_store: bool = False
    store_kind: str = "gpkg"  # gpkg / postgis
    store_path: str = ""
    store_connection: str = ""
    store_schema: str = "fiefs"
    store_election: str = ""
    output_dir: str = ""
    imported: str = ""  # the canonical results table written by fiefs:importresults
    # 2. Match
    crosswalk: str = ""
    min_score: float = 85.0
    sum_duplicates: bool = False
    joined_layer: str = ""  # layer id of the latest joined layer
    # 3. Analyse
    party: str = ""
    elections: list[str] = field(default_factory=list)  # joined layer ids, oldest first
    rules: dict[str, float] = field(default_factory=dict)
    hotspots: dict[str, float] = field(default_factory=dict)
    analysis_layer: str = ""
    summary_layer: str = ""
    top_table: str = ""  # the ranked table (TOP) written by fiefs:strongholds
    # 4. Map and export
    map_layer: str = ""
    map_style: str = ""
    classes: int = 5
    method: int = 0
    title: str = ""
    template: int = 0
    layout_format: int = 0
    layout_file: str = ""
    atlas_layer: str = ""  # layer id
    step: int = 0  # the page that was open

    def to_json(self, project: QgsProject | None = None) -> str:
        data = asdict(self)
        if project is not None:
            resolver = project.pathResolver()
            for name in PATH_FIELDS:
                if data[name]:
                    data[name] = resolver.writePath(data[name])
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, project: QgsProject | None = None) -> PanelState:
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        known = {f.name: f for f in fields(cls)}
        state = cls()
        for name, value in data.items():
            if name not in known:
                continue
            default = getattr(state, name)
            if isinstance(default, bool):
                value = bool(value)
            elif isinstance(default, int):
                value = int(value) if isinstance(value, (int, float)) else default
            elif isinstance(default, float):
                value = float(value) if isinstance(value, (int, float)) else default
            elif isinstance(default, str):
                value = str(value) if value is not None else ""
            elif isinstance(default, (dict, list)) and not isinstance(value, type(default)):
                value = default
            setattr(state, name, value)
        if project is not None:
            resolver = project.pathResolver()
            for name in PATH_FIELDS:
                if getattr(state, name):
                    setattr(state, name, resolver.readPath(getattr(state, name)))
        return state


def write_state(project: QgsProject, state: PanelState) -> None:
    project.writeEntry(SCOPE, KEY, state.to_json(project))


def read_state(project: QgsProject) -> PanelState | None:
    text, found = project.readEntry(SCOPE, KEY, "")
    if not found or not text:
        return None
    return PanelState.from_json(text, project)
