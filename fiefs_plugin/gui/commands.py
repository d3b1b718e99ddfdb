"""A run of the panel as Processing commands: ``processing.run(...)`` calls for the Python
console or a script, and ``qgis_process`` command lines for batch work.

Project layers are written as their data source (with the layer's filter, which the OGR
provider reads back from ``|subset=``), so the commands work outside this project.
"""

from __future__ import annotations

import shlex

from qgis.core import (
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QFontDatabase
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.gui.runner import RunPlan

QGIS_PROCESS = "qgis_process"

translate = QCoreApplication.translate


def layer_source(layer: QgsMapLayer) -> str:
    """What a script passes for a project layer: its source, with its filter."""
    source = layer.source()
    subset = layer.subsetString() if hasattr(layer, "subsetString") else ""
    if subset and layer.providerType() == "ogr" and "|subset=" not in source:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
        parts["subset"] = subset
        source = QgsProviderRegistry.instance().encodeUri("ogr", parts)
    return source


def portable_value(value, project: QgsProject):
    """A parameter value with project layer ids (and layer objects) replaced by sources."""
    if isinstance(value, QgsMapLayer):
        return layer_source(value)
    if isinstance(value, (list, tuple)):
        return [portable_value(v, project) for v in value]
    if isinstance(value, str) and value:
        layer = project.mapLayer(value)
        if layer is not None:
            return layer_source(layer)
    return value


def portable_parameters(parameters: dict, project: QgsProject) -> dict:
    return {name: portable_value(value, project) for name, value in parameters.items()}


def python_command(algorithm_id: str, parameters: dict, project: QgsProject | None = None) -> str:
    """``processing.run("fiefs:…", {...})`` with plain Python values. (The algorithm's own
    asPythonCommand drops layers whose file an earlier step has not written yet.)"""
    project = project or QgsProject.instance()
    values = portable_parameters(parameters, project)
    items = ", ".join(f"{name!r}: {value!r}" for name, value in values.items() if value is not None)
    return f'processing.run("{algorithm_id}", {{{items}}})'


def _process_value(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _process_value(item)]
    return [str(value)]


def qgis_process_command(algorithm_id: str, parameters: dict, project: QgsProject | None = None) -> str:
    """The same call as a ``qgis_process run`` command line (POSIX shell quoting); a list
    value repeats its parameter, as qgis_process expects for multiple layers."""
    project = project or QgsProject.instance()
    values = portable_parameters(parameters, project)
    words = [QGIS_PROCESS, "run", algorithm_id, "--"]
    for name, value in values.items():
        for text in _process_value(value):
            words.append(f"{name}={text}")
    return " ".join(shlex.quote(w) if w != "--" else w for w in words)


def plan_python(plan: RunPlan, project: QgsProject | None = None) -> str:
    lines = ["from qgis import processing", ""]
    for step in plan.steps:
        if step.label:
            lines.append(f"# {step.label}")
        lines.append(python_command(step.algorithm, step.parameters, project))
    return "\n".join(lines) + "\n"


def plan_shell(plan: RunPlan, project: QgsProject | None = None) -> str:
    lines = []
    for step in plan.steps:
        if step.label:
            lines.append(f"# {step.label}")
        lines.append(qgis_process_command(step.algorithm, step.parameters, project))
    return "\n".join(lines) + "\n"


class CommandDialog(QDialog):
    """Shows a plan as Python and as qgis_process commands, each with a copy button."""

    def __init__(self, plan: RunPlan, project: QgsProject | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fiefsCommandDialog")
        self.setWindowTitle(self.tr("Processing commands: {title}").format(title=plan.title))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The panel runs these Fiefs algorithms. Paste them into the Python console, a script, a "
            "batch file or a model to repeat the work without the panel."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.python_text = self._page(plan_python(plan, project), self.tr("Python"))
        self.shell_text = self._page(plan_shell(plan, project), self.tr("qgis_process"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy"), self)
        copy.setObjectName("fiefsCopyCommand")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def tr(self, text: str) -> str:
        return translate("CommandDialog", text)

    def _page(self, text: str, title: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setReadOnly(True)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        edit.setPlainText(text)
        # commands stay left-to-right in an Arabic interface
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.tabs.addTab(edit, title)
        return edit

    def copy_current(self) -> None:
        edit = self.python_text if self.tabs.currentIndex() == 0 else self.shell_text
        QApplication.clipboard().setText(edit.toPlainText())
