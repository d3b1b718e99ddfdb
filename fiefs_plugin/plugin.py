"""The plugin object QGIS creates through ``classFactory``.

``initProcessing`` registers the Processing provider (QGIS calls it on its own under
``qgis_process``, where there is no GUI); ``initGui`` calls it, then adds the dock and
its toggle action to the toolbar and the Plugins menu; ``unload`` removes all of them.
The constructor only stores ``iface``: under ``qgis_process`` and in tests it may be None.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from fiefs_plugin import log
from fiefs_plugin.i18n import install_translator, remove_translator
from fiefs_plugin.paths import resource_path

MENU = "&Fiefs"


class FiefsPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.toggle_action = None
        self.translator = install_translator()

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("FiefsPlugin", text)

    # -- Processing ---------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 (name fixed by QGIS)
        from fiefs_plugin.processing.provider import FiefsProvider

        if self.provider is None:
            provider = FiefsProvider()
            # On failure (another provider with id "fiefs": a second copy of the plugin)
            # the registry deletes the object, so keep it only when it was added.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
            else:
                log.critical(self.tr("Could not register the Fiefs Processing provider: "
                                     "another provider already uses the id 'fiefs'."))

    # -- GUI ----------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 (name fixed by QGIS)
        self.initProcessing()
        from fiefs_plugin.gui.dock import FiefsDockWidget

        self.dock = FiefsDockWidget(self.iface, parent=self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        self.toggle_action = QAction(
            QIcon(str(resource_path("icons", "fiefs.svg"))),
            self.tr("Fiefs electoral strongholds"),
            self.iface.mainWindow(),
        )
        self.toggle_action.setObjectName("fiefsToggleDock")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(self.tr("Show or hide the Fiefs panel"))
        self.toggle_action.triggered.connect(self._toggle_dock)
        self.dock.visibilityChanged.connect(self.toggle_action.setChecked)
        self.iface.addToolBarIcon(self.toggle_action)
        self.iface.addPluginToMenu(MENU, self.toggle_action)

    def _toggle_dock(self, _checked: bool = False) -> None:
        # Flip what is on screen, not the action's check mark: QGIS restores the window
        # layout after initGui and can hide the dock without a visibilityChanged signal,
        # which leaves the mark (and QgsDockWidget.setUserVisible's own flag) stale.
        if self.dock is None:
            return
        show = not self.dock.isVisible()
        if show:
            self.dock.show()
            self.dock.raise_()
        else:
            self.dock.hide()
        self.toggle_action.setChecked(show)

    def unload(self) -> None:
        if self.toggle_action is not None:
            self.iface.removePluginMenu(MENU, self.toggle_action)
            self.iface.removeToolBarIcon(self.toggle_action)
            self.toggle_action.deleteLater()
            self.toggle_action = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close_panel()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
