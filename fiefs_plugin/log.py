"""One logger for the plugin, writing to the QGIS message log under the tag "Fiefs".

The message bar is for things a person must act on; everything else goes here.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

TAG = "Fiefs"


def info(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Info)


def warning(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Warning)


def critical(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Critical)
