"""Every user-visible string of the dock goes through Qt's translation, under the context
pylupdate5 records for it (so `make i18n` puts it in i18n/*.ts), and the dock turns right
to left with a right-to-left language."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsProject
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

OPEN, CLOSE = "\u2039", "\u203a"  # ‹ › around every translated string
GUI_CONTEXTS = {"DataPage", "MatchPage", "AnalysePage", "ExportPage", "FiefsDockWidget", "CommandDialog",
                "ProcessingRunner"}
NOT_TRANSLATED = {"PDF", "PNG", "SVG", "fiefs"}  # format names, the default schema name


class MarkingTranslator(QTranslator):
    """Marks every string it is asked for and records (context, source)."""

    def __init__(self):
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt signature)
        self.seen.add((context, source))
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self):  # noqa: N802 (Qt API)
        return False


@pytest.fixture
def marking_translator(qgis_app):
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _inside_qgis_widget(widget: QWidget) -> bool:
    """Parts of QGIS's own composite widgets (file pickers, layer and field boxes)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QgsFileWidget, QgsMapLayerComboBox, QgsFieldComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what a person reads in the panel."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _inside_qgis_widget(widget) or isinstance(widget, (QgsFileWidget, QgsMapLayerComboBox,
                                                              QgsFieldComboBox)):
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel):
            out.append((name, re.sub(r"<[^>]+>", "", widget.text())))
        elif isinstance(widget, QAbstractButton):
            out.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            out.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            out.append((name + ".placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and widget.objectName() not in (
                "fiefsParty", "fiefsStoreConnection", "fiefsStoreElection"):
            out += [(f"{name}[{i}]", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            out += [(f"{name}.header", widget.horizontalHeaderItem(i).text())
                    for i in range(widget.columnCount()) if widget.horizontalHeaderItem(i) is not None]
        if widget.toolTip():
            out.append((name + ".tooltip", widget.toolTip()))
    return [(where, text) for where, text in out if text.strip() and text.strip() not in NOT_TRANSLATED]


def test_every_visible_string_is_translated(marking_translator, qgis_iface, fiefs_provider, tmp_path):
    from fiefs_plugin.gui.commands import CommandDialog
    from fiefs_plugin.gui.dock import FiefsDockWidget
    from fiefs_plugin.gui.runner import RunPlan, Step

    project = QgsProject.instance()
    dock = FiefsDockWidget(qgis_iface, parent=qgis_iface.mainWindow(), project=project)
    try:
        assert dock.windowTitle().startswith(OPEN)
        texts = visible_texts(dock)
        for i in range(dock.steps.count()):
            texts.append((f"step {i}", dock.steps.itemText(i)))
        # the messages of a refused run and of the empty pages are translated too
        dock.run_data()
        texts.append(("message", dock.message_text()))
        plan = RunPlan("x", [Step("fiefs:indicators", {"INPUT": "a.gpkg", "PARTY": "RNI", "OUTPUT": "b.gpkg"})])
        dialog = CommandDialog(plan, project, dock)
        texts += visible_texts(dialog)
        texts.append(("dialog title", dialog.windowTitle()))
        dialog.deleteLater()
        assert len(texts) > 80
        untranslated = [(where, text) for where, text in texts if OPEN not in text]
        assert not untranslated, untranslated
    finally:
        dock.close_panel()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 (pyqt5-dev-tools) is not installed")
def test_translation_contexts_are_the_ones_pylupdate_records(marking_translator, qgis_iface, fiefs_provider,
                                                             staged_plugin, tmp_path):
    """Strings asked for at run time exist, under the same context, in the .ts pylupdate5
    makes from the sources; otherwise `make i18n` would collect them under another name
    and the translation would never show."""
    from fiefs_plugin.gui.dock import FiefsDockWidget

    project = QgsProject.instance()
    dock = FiefsDockWidget(qgis_iface, parent=qgis_iface.mainWindow(), project=project)
    dock.run_data()
    dock.close_panel()
    dock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    asked = {(c, s) for c, s in marking_translator.seen if c in GUI_CONTEXTS}
    assert len(asked) > 80

    sources = sorted(str(p) for p in (staged_plugin / "gui").glob("*.py"))
    ts = tmp_path / "gui.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(ts)], check=True, capture_output=True)
    recorded = set()
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            recorded.add((context.findtext("name"), message.findtext("source")))
    missing = sorted(asked - recorded)
    assert not missing, missing


def test_dock_is_right_to_left_in_arabic(qgis_iface, monkeypatch):
    from fiefs_plugin.gui import dock as dock_module

    monkeypatch.setattr(dock_module, "is_right_to_left", lambda: True)
    dock = dock_module.FiefsDockWidget(qgis_iface, parent=qgis_iface.mainWindow(), project=QgsProject.instance())
    try:
        assert dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # children inherit it: tables, forms and the step pages all flow right to left
        for widget in (dock.data_page.roles_table, dock.match_page.review, dock.export_page.top_table,
                       dock.analyse_page.party):
            assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        dock.close_panel()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
