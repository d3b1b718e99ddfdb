"""The Fiefs dock panel: a guided path through the Processing algorithms.

Four steps, in the order the work is done: Data, Match, Analyse, Map & export. The
panel holds no analysis logic of its own; each step runs Fiefs algorithms. ``iface`` is
injected so tests can pass pytest-qgis's stub.
"""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLabel, QToolBox, QVBoxLayout, QWidget

from fiefs_plugin.i18n import is_right_to_left

OBJECT_NAME = "FiefsDock"
STEP_KEYS = ("data", "match", "analyse", "export")


translate = QCoreApplication.translate


def step_titles() -> dict[str, str]:
    """The step titles, translated into the current language."""
    return {
        "data": translate("FiefsDockWidget", "1. Data"),
        "match": translate("FiefsDockWidget", "2. Match"),
        "analyse": translate("FiefsDockWidget", "3. Analyse"),
        "export": translate("FiefsDockWidget", "4. Map and export"),
    }


def step_summaries() -> dict[str, str]:
    return {
        "data": translate("FiefsDockWidget", "Choose the commune layer and the results table, and check the column roles."),
        "match": translate("FiefsDockWidget", "Match result rows to communes by code, name or crosswalk, and review doubtful matches."),
        "analyse": translate("FiefsDockWidget", "Choose the party and elections, then compute indicators, hot spots and strongholds."),
        "export": translate("FiefsDockWidget", "Style the maps and export a print layout or an atlas."),
    }


class FiefsDockWidget(QgsDockWidget):
    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(translate("FiefsDockWidget", "Fiefs: electoral strongholds"))
        if is_right_to_left():
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.steps = QToolBox(body)
        self.steps.setObjectName("fiefsSteps")
        self.step_pages: dict[str, QWidget] = {}
        titles, summaries = step_titles(), step_summaries()
        for key in STEP_KEYS:
            page = QWidget(self.steps)
            page.setObjectName(f"fiefsStep_{key}")
            page_layout = QVBoxLayout(page)
            summary = QLabel(summaries[key], page)
            summary.setWordWrap(True)
            page_layout.addWidget(summary)
            page_layout.addStretch(1)
            self.steps.addItem(page, titles[key])
            self.step_pages[key] = page
        layout.addWidget(self.steps)
        self.setWidget(body)

    def step_title(self, key: str) -> str:
        return self.steps.itemText(STEP_KEYS.index(key))

    def close_panel(self) -> None:
        """Release what the panel holds before the plugin unloads."""
        self.iface = None
