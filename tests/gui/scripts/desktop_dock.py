"""Run inside the real QGIS desktop (qgis.bin --code): open the Fiefs dock, take a
screenshot, unload the plugin, and write what was seen to $FIEFS_RESULT as JSON."""

import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication
from qgis.utils import iface, plugins, unloadPlugin

RESULT = os.environ["FIEFS_RESULT"]
SCREENSHOT = os.environ.get("FIEFS_SCREENSHOT", RESULT.replace(".json", ".png"))


def settle(ms=300):
    for _ in range(max(1, ms // 20)):
        QApplication.processEvents()
        QApplication.instance().thread().msleep(20)


def check():
    seen = {"loaded": "fiefs_plugin" in plugins}
    try:
        window = iface.mainWindow()
        window.showMaximized()
        action = window.findChild(QAction, "fiefsToggleDock")
        seen["action_found"] = action is not None
        dock = window.findChild(QgsDockWidget, "FiefsDock")
        settle(300)
        # QGIS shows a newly added dock itself; the toolbar action must flip what is seen
        seen["visible_at_start"] = dock is not None and dock.isVisible()
        if action is not None and dock is not None:
            action.trigger()
            settle(300)
            seen["visible_after_first_click"] = dock.isVisible()
            if not dock.isVisible():
                action.trigger()
        settle(800)
        seen["dock_found"] = dock is not None
        if dock is not None:
            dock.raise_()
            settle(500)
            seen["dock_visible"] = dock.isVisible()
            seen["dock_title"] = dock.windowTitle()
            seen["step_titles"] = [dock.steps.itemText(i) for i in range(dock.steps.count())]
            seen["layout_direction_rtl"] = dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
            seen["action_checked"] = action.isChecked()
            seen["dock_area_width"] = dock.width()
        seen["provider"] = QgsApplication.processingRegistry().providerById("fiefs") is not None
        seen["screenshot_saved"] = window.grab().save(SCREENSHOT)
        seen["screenshot"] = SCREENSHOT
        unloadPlugin("fiefs_plugin")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle(300)
        seen["after_unload_provider"] = QgsApplication.processingRegistry().providerById("fiefs") is not None
        seen["after_unload_dock"] = window.findChild(QgsDockWidget, "FiefsDock") is not None
        seen["after_unload_action"] = window.findChild(QAction, "fiefsToggleDock") is not None
    except Exception:  # the test reads the traceback from the JSON
        seen["error"] = traceback.format_exc()
    with open(RESULT, "w", encoding="utf-8") as out:
        json.dump(seen, out, ensure_ascii=False, indent=1)
    QApplication.instance().exit(0)


QTimer.singleShot(1500, check)
