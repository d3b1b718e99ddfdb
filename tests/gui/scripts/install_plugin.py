"""Run inside the real QGIS desktop (qgis.bin --code) with a fresh profile that does not
hold Fiefs: install it as a person would, then (optionally) open the demo project and
grab the window and the map canvas. Writes what was seen to $FIEFS_RESULT as JSON.

$FIEFS_INSTALL_MODE: "repository" (Plugin Manager with a custom repository: the URL of
plugins.xml in $FIEFS_INSTALL_SOURCE) or "zip" ("Install from ZIP": the zip's path).
$FIEFS_PROJECT: a .qgz to open afterwards; $FIEFS_SCREENSHOT / $FIEFS_CANVAS: PNG paths.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import active_plugins, home_plugin_path, iface, plugins

RESULT = os.environ["FIEFS_RESULT"]
MODE = os.environ["FIEFS_INSTALL_MODE"]
SOURCE = os.environ["FIEFS_INSTALL_SOURCE"]
PROJECT = os.environ.get("FIEFS_PROJECT")
SCREENSHOT = os.environ.get("FIEFS_SCREENSHOT")
CANVAS = os.environ.get("FIEFS_CANVAS")
REPOSITORY = "Fiefs team"


def settle(ms=300):
    for _ in range(max(1, ms // 20)):
        QApplication.processEvents()
        QApplication.instance().thread().msleep(20)


def install_from_repository(seen):
    import pyplugin_installer
    from pyplugin_installer.installer_data import officialRepo, reposGroup, repositories, settingsGroup
    from pyplugin_installer.installer_data import plugins as available

    settings = QgsSettings()
    # no network here: the official repository off, the team's repository on, experimental shown
    settings.setValue(f"{reposGroup}/{officialRepo[0]}/url", officialRepo[1])
    settings.setValue(f"{reposGroup}/{officialRepo[0]}/enabled", False)
    settings.setValue(f"{reposGroup}/{REPOSITORY}/url", SOURCE)
    settings.setValue(f"{reposGroup}/{REPOSITORY}/enabled", True)
    settings.setValue(f"{settingsGroup}/allowExperimental", True)
    installer = pyplugin_installer.instance()
    installer.fetchAvailablePlugins(True)
    state = repositories.all().get(REPOSITORY, {})
    seen["repository_state"] = state.get("state")
    seen["repository_error"] = state.get("error", "")
    entry = available.all().get("fiefs_plugin")
    seen["available"] = None if entry is None else {
        key: entry.get(key) for key in ("name", "version_available", "experimental", "status", "status_exp",
                                        "zip_repository", "filename")}
    if entry is not None:
        installer.installPlugin("fiefs_plugin", quiet=True, stable=not entry["experimental"])


def install_from_zip(seen):
    import pyplugin_installer

    pyplugin_installer.instance().installFromZipFile(SOURCE)


def open_project(seen):
    project = QgsProject.instance()
    seen["project_read"] = project.read(PROJECT)
    settle(500)
    layers = list(project.mapLayers().values())
    seen["project_layers"] = sorted(layer.name() for layer in layers)
    seen["project_layers_valid"] = all(layer.isValid() for layer in layers)
    root = project.layerTreeRoot()
    visible = [layer for layer in layers if root.findLayer(layer.id()).isVisible()]
    seen["visible_layers"] = [layer.name() for layer in visible]
    if visible:
        renderer = visible[0].renderer()
        seen["visible_renderer"] = renderer.type() if renderer else None
        seen["visible_categories"] = [c.value() for c in getattr(renderer, "categories", lambda: [])()]
    canvas = iface.mapCanvas()
    seen["canvas_crs"] = canvas.mapSettings().destinationCrs().authid()
    for _ in range(100):  # until the canvas has drawn the project's layers
        settle(100)
        if not canvas.isDrawing():
            break
    canvas.waitWhileRendering()
    settle(500)
    extent = canvas.extent()
    layer_extent = canvas.mapSettings().layerExtentToOutputExtent(visible[0], visible[0].extent()) if visible else None
    seen["canvas_shows_layer"] = bool(layer_extent is not None and extent.intersects(layer_extent))
    if CANVAS:
        seen["canvas_saved"] = canvas.grab().save(CANVAS)


def check():
    seen = {"mode": MODE, "plugins_before": sorted(plugins)}
    try:
        window = iface.mainWindow()
        window.showMaximized()
        settle(300)
        if MODE == "repository":
            install_from_repository(seen)
        else:
            install_from_zip(seen)
        settle(500)
        seen["installed_dir"] = (Path(home_plugin_path) / "fiefs_plugin" / "metadata.txt").is_file()
        seen["loaded"] = "fiefs_plugin" in plugins
        seen["active"] = "fiefs_plugin" in active_plugins
        seen["enabled_setting"] = QgsSettings().value("PythonPlugins/fiefs_plugin", False, type=bool)
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("fiefs")
        seen["provider"] = provider is not None
        seen["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        if PROJECT:
            open_project(seen)
        if SCREENSHOT:
            seen["screenshot_saved"] = window.grab().save(SCREENSHOT)
    except Exception:  # the test reads the traceback from the JSON
        seen["error"] = traceback.format_exc()
    with open(RESULT, "w", encoding="utf-8") as out:
        json.dump(seen, out, ensure_ascii=False, indent=1)
    QApplication.instance().exit(0)


QTimer.singleShot(1500, check)
