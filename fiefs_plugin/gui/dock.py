"""The Fiefs dock panel: a guided path through the Processing algorithms.

Four steps, in the order the work is done: Data, Match, Analyse, Map & export. The
panel holds no analysis logic of its own; each step runs Fiefs algorithms through the
runner (``gui/runner.py``: background task, progress, cancel, outputs added to the
project only when a run succeeds). ``iface`` is injected so tests can pass pytest-qgis's
stub. The panel's choices are kept in the project file and restored when it is read.
"""

from __future__ import annotations

import contextlib
import html
from pathlib import Path

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.core import fields as fld
from fiefs_plugin.gui.analyse_page import AnalysePage, election_label
from fiefs_plugin.gui.commands import CommandDialog
from fiefs_plugin.gui.data_page import DataPage
from fiefs_plugin.gui.export_page import ExportPage, zoom_to_feature
from fiefs_plugin.gui.forms import hint, section
from fiefs_plugin.gui.match_page import MatchPage
from fiefs_plugin.gui.runner import ROLE_PROPERTY, ProcessingRunner, RunPlan, RunResult
from fiefs_plugin.gui.state import PanelState, read_state, write_state
from fiefs_plugin.gui.workspace import output_folder, slug
from fiefs_plugin.i18n import is_right_to_left

OBJECT_NAME = "FiefsDock"
STEP_KEYS = ("data", "match", "analyse", "export")
MIN_WIDTH = 320
CROSSWALK_PREFIX = "crosswalk_"

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
    def __init__(self, iface, parent: QWidget | None = None, project: QgsProject | None = None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.state = PanelState()
        self._restoring = False
        self._on_done = None
        self.last_result: RunResult | None = None
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(translate("FiefsDockWidget", "Fiefs: electoral strongholds"))
        self.setMinimumWidth(MIN_WIDTH)
        if is_right_to_left():
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.steps = QToolBox(body)
        self.steps.setObjectName("fiefsSteps")
        self.data_page = DataPage()
        self.match_page = MatchPage()
        self.analyse_page = AnalysePage()
        self.export_page = ExportPage()
        pages = {"data": self.data_page, "match": self.match_page, "analyse": self.analyse_page,
                 "export": self.export_page}
        self.step_pages: dict[str, QWidget] = {}
        titles, summaries = step_titles(), step_summaries()
        for key in STEP_KEYS:
            scroll = QScrollArea(self.steps)
            scroll.setObjectName(f"fiefsStep_{key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            inner = QWidget(scroll)
            inner_layout = QVBoxLayout(inner)
            inner_layout.setContentsMargins(2, 2, 2, 2)
            summary = hint(summaries[key], inner)
            summary.setObjectName(f"fiefsSummary_{key}")
            inner_layout.addWidget(summary)
            pages[key].setParent(inner)
            inner_layout.addWidget(pages[key])
            scroll.setWidget(inner)
            self.steps.addItem(scroll, titles[key])
            self.step_pages[key] = scroll
        layout.addWidget(self.steps, 1)

        # run bar: what runs, how far, and a way to stop it
        self.run_bar = QWidget(body)
        self.run_bar.setObjectName("fiefsRunBar")
        bar = QVBoxLayout(self.run_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.run_status = QLabel(self.run_bar)
        self.run_status.setObjectName("fiefsRunStatus")
        self.run_status.setWordWrap(True)
        bar.addWidget(self.run_status)
        row = QHBoxLayout()
        self.progress = QProgressBar(self.run_bar)
        self.progress.setObjectName("fiefsProgress")
        self.progress.setRange(0, 100)
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(translate("FiefsDockWidget", "Cancel"), self.run_bar)
        self.cancel_button.setObjectName("fiefsCancel")
        row.addWidget(self.cancel_button)
        bar.addLayout(row)
        self.run_bar.setVisible(False)
        layout.addWidget(self.run_bar)

        self.message = QLabel(body)
        self.message.setObjectName("fiefsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(4)
        layout.addWidget(self.message)

        self.log_box, log_layout = section(translate("FiefsDockWidget", "Log of the last run"), body, collapsed=True,
                                           name="fiefsLogSection")
        self.log = QPlainTextEdit(self.log_box)
        self.log.setObjectName("fiefsLog")
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(140)
        log_layout.addWidget(self.log)
        layout.addWidget(self.log_box)
        self.setWidget(body)

        self.runner = ProcessingRunner(self.project, self)
        self.runner.progressChanged.connect(lambda value: self.progress.setValue(int(round(value))))
        self.runner.stepStarted.connect(self._step_started)
        self.runner.logged.connect(self.log.appendPlainText)
        self.runner.finished.connect(self._run_finished)
        self.cancel_button.clicked.connect(self.cancel_run)

        self.data_page.run_button.clicked.connect(self.run_data)
        self.data_page.command_button.clicked.connect(lambda: self.show_commands(self._data_plan))
        self.data_page.refresh_store.clicked.connect(self.list_store_elections)
        self.match_page.run_button.clicked.connect(self.run_match)
        self.match_page.command_button.clicked.connect(lambda: self.show_commands(self._match_plan))
        self.match_page.apply_button.clicked.connect(self.apply_review)
        self.analyse_page.run_button.clicked.connect(self.run_analysis)
        self.analyse_page.command_button.clicked.connect(lambda: self.show_commands(self._analysis_plan))
        self.export_page.presetClicked.connect(self.run_preset)
        self.export_page.map_command.clicked.connect(
            lambda: self.show_commands(lambda: self._preset_plan(self.state.map_style or "stronghold")))
        self.export_page.export_button.clicked.connect(self.run_export)
        self.export_page.command_button.clicked.connect(lambda: self.show_commands(self._export_plan))
        self.export_page.zoomRequested.connect(self.zoom_to)
        for page in pages.values():
            page.changed.connect(self.save_state)
        self.steps.currentChanged.connect(self._step_changed)

        self.project.readProject.connect(self._project_read)
        self.project.writeProject.connect(self._project_writing)
        self.project.cleared.connect(self._project_cleared)
        self.project.layersAdded.connect(self._layers_changed)
        self.project.layersRemoved.connect(self._layers_changed)
        self.analyse_page.refresh_elections(self.project)

    # -- steps ---------------------------------------------------------------------------------
    def step_title(self, key: str) -> str:
        return self.steps.itemText(STEP_KEYS.index(key))

    def show_step(self, key: str) -> None:
        self.steps.setCurrentIndex(STEP_KEYS.index(key))

    def _step_changed(self, index: int) -> None:
        if self.message.property("level") == "info" and self.message.property("step") != index:
            self.show_message("")  # news of another step
        if STEP_KEYS[index] == "analyse":
            self.analyse_page.refresh_elections(self.project)
        self.save_state()

    def folder(self) -> Path:
        return output_folder(self.data_page.output_dir.filePath(), self.project)

    # -- messages ------------------------------------------------------------------------------
    def show_message(self, text: str, level: str = "info") -> None:
        colours = {"info": ("#e8f4e8", "#2e6b2e"), "warning": ("#fff4e0", "#8a5a00"), "error": ("#fdecea", "#a12622")}
        background, foreground = colours.get(level, colours["info"])
        self.message.setStyleSheet(
            f"QLabel#fiefsMessage {{ background: {background}; color: {foreground}; border: 1px solid {foreground};"
            " border-radius: 3px; }")
        self.message.setText(text)
        self.message.setProperty("level", level)
        self.message.setProperty("step", self.steps.currentIndex())
        self.message.setVisible(bool(text))

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    # -- running ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.runner.is_running()

    def _buttons(self) -> list:
        return [self.data_page.run_button, self.match_page.run_button, self.match_page.apply_button,
                self.analyse_page.run_button, self.export_page.export_button,
                *self.export_page.preset_buttons.values()]

    def start(self, plan: RunPlan, on_done) -> bool:
        if self.runner.is_running():
            self.show_message(translate("FiefsDockWidget", "A run is under way: wait for it or cancel it."), "warning")
            return False
        self._on_done = on_done
        self._enabled_before = {button: button.isEnabled() for button in self._buttons()}
        for button in self._buttons():
            button.setEnabled(False)
        self.show_message("")
        self.log.clear()
        self.progress.setValue(0)
        self.run_status.setText(plan.title)
        self.cancel_button.setEnabled(True)
        self.run_bar.setVisible(True)
        self.runner.start(plan)
        return True

    def cancel_run(self) -> None:
        if self.runner.is_running():
            self.cancel_button.setEnabled(False)
            self.run_status.setText(translate("FiefsDockWidget", "Canceling…"))
            self.runner.cancel()

    def _step_started(self, label: str) -> None:
        self.run_status.setText(label)

    def _run_finished(self, result: RunResult) -> None:
        self.last_result = result
        self.run_bar.setVisible(False)
        for button, enabled in getattr(self, "_enabled_before", {}).items():
            button.setEnabled(enabled)
        on_done, self._on_done = self._on_done, None
        if result.canceled:
            self.show_message(translate("FiefsDockWidget", "Canceled: nothing was added to the project."), "warning")
            return
        if not result.ok:
            self.show_message(translate("FiefsDockWidget", "{step} failed: {error}").format(
                step=result.failed_step or result.plan.title, error=result.error), "error")
            self.log_box.setCollapsed(False)
            return
        if on_done is not None:
            on_done(result)
        self.save_state()

    def _refuse(self, problems: list[str]) -> bool:
        if problems:
            self.show_message("\n".join(problems), "warning")
            return True
        return False

    def show_commands(self, make_plan) -> CommandDialog | None:
        try:
            plan = make_plan()
        except NotReadyError as reason:
            self.show_message(str(reason), "warning")
            return None
        dialog = CommandDialog(plan, self.project, self)
        if is_right_to_left():
            dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        dialog.show()
        self.command_dialog = dialog
        return dialog

    # -- step 1 ----------------------------------------------------------------------------------
    def _data_plan(self) -> RunPlan:
        problems = self.data_page.problems()
        if problems:
            raise NotReadyError("\n".join(problems))
        return self.data_page.plan(self.folder())

    def run_data(self) -> bool:
        if self._refuse(self.data_page.problems()):
            return False
        plan = self.data_page.plan(self.folder())
        if self.data_page.results_mode() == "store":
            return self.start(plan, self._joined_done)
        return self.start(plan, self._import_done)

    def _import_done(self, result: RunResult) -> None:
        self.data_page.show_import(result)
        self.state.imported = str(result.results[0].get("OUTPUT", ""))
        current = self.match_page.crosswalk.filePath().strip()
        if not current or (Path(current).parent == self.folder()
                           and Path(current).name.startswith(CROSSWALK_PREFIX)):
            # each results table has its own crosswalk beside the outputs, unless one was chosen
            source = self.data_page.results_source()
            layer = self.project.mapLayer(source)
            name = layer.name() if layer is not None else Path(source.split("|")[0]).name.split(".")[0]
            self.match_page.crosswalk.setFilePath(str(self.folder() / f"{CROSSWALK_PREFIX}{slug(name)}.csv"))
        text = translate("FiefsDockWidget", "Results imported: {outcome}").format(outcome=self.data_page.outcome.text())
        self.show_step("match")
        self.show_message(text)

    def list_store_elections(self) -> None:
        try:
            ids = self.data_page.list_store_elections()
        except Exception as error:  # noqa: BLE001 (StoreError, a missing driver: shown, not raised)
            self.show_message(translate("FiefsDockWidget", "The store could not be read: {error}").format(
                error=error), "error")
            return
        self.show_message(translate("FiefsDockWidget", "{n} elections in the store.").format(n=len(ids)))

    # -- step 2 ----------------------------------------------------------------------------------
    def _match_problems(self) -> list[str]:
        return self.match_page.problems(self.data_page, self.state.imported)

    def _match_plan(self) -> RunPlan:
        problems = self._match_problems()
        if problems:
            raise NotReadyError("\n".join(problems))
        return self.match_page.plan(self.folder(), self.data_page, self.state.imported, self._election())

    def _election(self) -> str:
        return self.data_page.election() or Path(self.state.imported).stem

    def run_match(self) -> bool:
        if self._refuse(self._match_problems()):
            return False
        return self.start(self._match_plan(), self._match_done)

    def _match_done(self, result: RunResult) -> None:
        self.match_page.show_join(result)
        self._joined_done(result, stay=True)
        values = result.results[0]
        text = translate(
            "FiefsDockWidget", "Joined: {matched} result units on communes, {left} without a commune, {free} communes "
            "without a result.").format(matched=int(values.get("MATCHED_COUNT", 0)),
                                        left=int(values.get("UNMATCHED_RESULTS", 0)),
                                        free=int(values.get("UNMATCHED_FEATURES", 0)))
        if len(result.results) > 1:
            text += " " + translate("FiefsDockWidget", "The election is kept in the store.")
        self.show_message(text)

    def _joined_done(self, result: RunResult, stay: bool = False) -> None:
        layer = result.layer("joined")
        if layer is None:
            return
        self.state.joined_layer = layer.id()
        self.analyse_page.refresh_elections(self.project)
        self.analyse_page.check_election(layer.id())
        if not stay:
            self.show_step("analyse")
            self.show_message(translate("FiefsDockWidget", "Election {election} loaded from the store.").format(
                election=election_label(layer)))

    def apply_review(self) -> bool:
        if not self.match_page.crosswalk.filePath().strip():
            self.show_message(translate("FiefsDockWidget", "Choose the crosswalk file first."), "warning")
            return False
        count = self.match_page.save_decisions()
        if not count:
            self.show_message(translate("FiefsDockWidget", "No choice was made in the review table."), "warning")
            return False
        self.save_state()
        return self.run_match()

    # -- step 3 ----------------------------------------------------------------------------------
    def _analysis_plan(self) -> RunPlan:
        problems = self.analyse_page.problems(self.project)
        if problems:
            raise NotReadyError("\n".join(problems))
        return self.analyse_page.plan(self.folder(), self.project)

    def run_analysis(self) -> bool:
        if self._refuse(self.analyse_page.problems(self.project)):
            return False
        return self.start(self._analysis_plan(), self._analysis_done)

    def _analysis_done(self, result: RunResult) -> None:
        analysis, summary = result.layer("analysis"), result.layer("summary")
        self.state.analysis_layer = analysis.id() if analysis is not None else ""
        self.state.summary_layer = summary.id() if summary is not None else ""
        strongholds = [values for step, values in zip(result.plan.steps, result.results)
                       if step.algorithm == "fiefs:strongholds"]
        self.state.top_table = str(strongholds[-1].get("TOP") or "") if strongholds else ""
        self.state.map_style = ""
        self.export_page.set_map(None)
        self.export_page.set_analysis(analysis, summary, self.data_page.name_field.currentField(),
                                      top=self.state.top_table)
        self.analyse_page.outcome.setText(self._class_counts_text())
        self.show_step("export")
        self.show_message(translate("FiefsDockWidget", "Analysis done: {counts}").format(
            counts=self.analyse_page.outcome.text()))

    def _class_counts_text(self) -> str:
        table = self.export_page.class_table
        parts = []
        for row in range(table.rowCount()):
            key = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            units = table.item(row, 1).data(Qt.ItemDataRole.UserRole)
            if key not in ("total", "NULL") and units:
                parts.append(f"{table.item(row, 0).text()} {int(units)}")
        return ", ".join(parts)

    # -- step 4 ----------------------------------------------------------------------------------
    def _analysis_group(self) -> str:
        layer = self.export_page.analysis_layer
        if layer is None:
            return ""
        node = self.project.layerTreeRoot().findLayer(layer.id())
        parent = node.parent() if node is not None else None
        return parent.name() if parent is not None and parent != self.project.layerTreeRoot() else ""

    def _preset_plan(self, style: str) -> RunPlan:
        ok, why = self.export_page.preset_available(style)
        if not ok:
            raise NotReadyError(why)
        return self.export_page.map_plan(style, self.folder(), self._analysis_group())

    def run_preset(self, style: str) -> bool:
        try:
            plan = self._preset_plan(style)
        except NotReadyError as reason:
            self.show_message(str(reason), "warning")
            return False
        self.state.map_style = style
        return self.start(plan, self._map_done)

    def _map_done(self, result: RunResult) -> None:
        layer = result.layer("map")
        if layer is None:
            return
        self.export_page.set_map(layer)
        self.state.map_layer = layer.id()
        root = self.project.layerTreeRoot()
        node = root.findLayer(layer.id())
        group = node.parent() if node is not None else None
        if group is not None:
            for child in group.findLayers():  # the new map alone in its group
                child.setItemVisibilityChecked(child.layerId() == layer.id())
        for other in self.project.mapLayers().values():  # other Fiefs maps out of sight
            if other.id() != layer.id() and other.customProperty(ROLE_PROPERTY) in ("map", "analysis", "joined"):
                other_node = root.findLayer(other.id())
                if other_node is not None:
                    other_node.setItemVisibilityChecked(False)
        if self.iface is not None:
            canvas = self.iface.mapCanvas()
            if canvas is not None:
                self.iface.setActiveLayer(layer)
                extent = canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent())
                if not canvas.extent().intersects(extent) or canvas.extent().width() > 4 * extent.width() \
                        or len(self.project.mapLayers()) <= 3:
                    canvas.setExtent(extent)
                canvas.refresh()
        self.show_message(translate("FiefsDockWidget", "Map added: {name}").format(name=html.escape(layer.name())))

    def _export_plan(self) -> RunPlan:
        if self.export_page.map_layer is None:
            raise NotReadyError(translate("FiefsDockWidget", "Make a map first: choose a preset above."))
        source = self.data_page.results_source()
        layer = self.project.mapLayer(source) if source else None
        note = layer.name() if layer is not None else (Path(source.split("|")[0]).name if source else "")
        return self.export_page.layout_plan(self.folder(), note)

    def run_export(self) -> bool:
        try:
            plan = self._export_plan()
        except NotReadyError as reason:
            self.show_message(str(reason), "warning")
            return False
        return self.start(plan, self._export_done)

    def _export_done(self, result: RunResult) -> None:
        self.export_page.show_export(result)
        self.show_message(translate("FiefsDockWidget", "Layout exported."))

    def zoom_to(self, layer_id: str, fid: int) -> None:
        layer = self.project.mapLayer(layer_id)
        if layer is None or self.iface is None or self.iface.mapCanvas() is None:
            return
        zoom_to_feature(self.iface.mapCanvas(), layer, fid)
        layer.selectByIds([fid])
        shown = self.export_page.map_layer
        if shown is not None and shown.id() != layer.id() and shown.fields().lookupField(fld.UNIT) >= 0:
            # the same unit in the map on screen (a styled copy: its feature ids may differ)
            unit = layer.getFeature(fid)[fld.UNIT]
            request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression(fld.UNIT, unit)))
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            shown.selectByIds([feature.id() for feature in shown.getFeatures(request)])

    # -- project state ---------------------------------------------------------------------------
    def save_state(self, *_args) -> None:
        if self._restoring:
            return
        state = self.state
        self.data_page.save_state(state)
        self.match_page.save_state(state)
        self.analyse_page.save_state(state)
        self.export_page.save_state(state)
        state.step = self.steps.currentIndex()
        write_state(self.project, state)

    def _project_writing(self, *_args) -> None:
        self.save_state()

    def _project_read(self, *_args) -> None:
        state = read_state(self.project)
        if state is not None:
            self.restore_state(state)

    def restore_state(self, state: PanelState) -> None:
        self._restoring = True
        try:
            self.state = state
            project = self.project
            self.data_page.restore_state(state, project)
            self.match_page.restore_state(state, project)
            self.analyse_page.restore_state(state, project)
            self.export_page.restore_state(state, project)
            analysis = project.mapLayer(state.analysis_layer) if state.analysis_layer else None
            summary = project.mapLayer(state.summary_layer) if state.summary_layer else None
            self.export_page.set_analysis(analysis if isinstance(analysis, QgsVectorLayer) else None,
                                          summary if isinstance(summary, QgsVectorLayer) else None,
                                          state.name_field, top=state.top_table)
            if 0 <= state.step < len(STEP_KEYS):
                self.steps.setCurrentIndex(state.step)
        finally:
            self._restoring = False

    def _project_cleared(self) -> None:
        # QgsProject.read() clears, loads the layers, then emits readProject: the widgets'
        # reactions to the layers coming in must not overwrite the state being read, so
        # nothing is written until the event loop runs again.
        self._restoring = True
        self.state = PanelState()
        self.match_page.report = None
        self.match_page.counts.setRowCount(0)
        self.match_page.review.setRowCount(0)
        self.export_page.set_map(None)
        self.export_page.set_analysis(None, None)
        self.data_page.outcome.clear()
        self.show_message("")
        QTimer.singleShot(0, self._end_clearing)

    def _end_clearing(self) -> None:
        self._restoring = False

    def _layers_changed(self, *_args) -> None:
        if not self._restoring:
            self.analyse_page.refresh_elections(self.project)

    def close_panel(self) -> None:
        """Release what the panel holds before the plugin unloads."""
        if self.runner.is_running():
            # the task thread still uses the run's context and feedback: let it stop first
            self.runner.cancel()
            wait_for(self, 30.0)
        for signal, slot in ((self.project.readProject, self._project_read),
                             (self.project.writeProject, self._project_writing),
                             (self.project.cleared, self._project_cleared),
                             (self.project.layersAdded, self._layers_changed),
                             (self.project.layersRemoved, self._layers_changed)):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self.iface = None


class NotReadyError(Exception):
    """A step cannot be planned yet; the message says what is missing."""


def wait_for(dock: FiefsDockWidget, timeout: float = 120.0) -> RunResult | None:
    """Process events until the dock's run ends (scripts and tests); the run's result."""
    import time

    deadline = time.monotonic() + timeout
    while dock.is_running() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return dock.last_result
