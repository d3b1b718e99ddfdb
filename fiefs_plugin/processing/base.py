"""The base class every Fiefs Processing algorithm derives from.

It carries what every algorithm repeats: ``tr()``, ``createInstance()``, the group, the
icon and the help link. Each subclass declares its id in ``NAME``, its group in
``GROUP`` (a key of ``GROUPS``), its parameter names as class constants, and writes its
own ``displayName()`` and ``shortHelpString()`` with literal strings so that pylupdate5
finds them for translation.
"""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from fiefs_plugin.paths import resource_path


def _group_names() -> dict[str, str]:
    # Literal strings, so that pylupdate5 extracts them under the "FiefsAlgorithm" context.
    translate = QCoreApplication.translate
    return {
        "results": translate("FiefsAlgorithm", "1. Results tables and matching"),
        "analysis": translate("FiefsAlgorithm", "2. Indicators and strongholds"),
        "spatial": translate("FiefsAlgorithm", "3. Spatial statistics"),
        "maps": translate("FiefsAlgorithm", "4. Maps and layouts"),
        "store": translate("FiefsAlgorithm", "Election store"),
    }


GROUP_IDS = ("results", "analysis", "spatial", "maps", "store")
HELP_URL = "https://github.com/fiefs-gis/fiefs#{anchor}"


class FiefsAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour of the Fiefs algorithms (not registered on its own)."""

    NAME = ""
    GROUP = "results"

    def tr(self, text: str) -> str:
        # The context is the concrete class, as pylupdate5 records it for self.tr("...").
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return _group_names()[self.GROUP]

    def groupId(self) -> str:  # noqa: N802 (QGIS API)
        return self.GROUP

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "fiefs.svg")))

    def helpUrl(self) -> str:  # noqa: N802 (QGIS API)
        return HELP_URL.format(anchor=f"fiefs{self.NAME}")
