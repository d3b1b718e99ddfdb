"""Run Fiefs Processing algorithms for the dock: in the background, one after another.

A ``RunPlan`` lists the algorithm calls of one action of the panel (each writes its
outputs to files the plan names in advance) and which outputs become project layers.
``ProcessingRunner`` runs the steps in order: thread-safe algorithms in a
``QgsProcessingAlgRunnerTask`` (QGIS stays responsive; progress and cancel go through
the task's feedback), algorithms flagged NoThreading (layout export) in the main thread,
as the Processing toolbox does. Layers are added to the project only when every step
succeeded; a failed or canceled run deletes the files it wrote and adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpressionContextUtils,
    QgsLayerTreeGroup,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal

translate = QCoreApplication.translate

ROLE_PROPERTY = "fiefs/role"  # custom layer property: joined / analysis / summary / map / report
SLOT_PROPERTY = "fiefs/slot"  # a newer layer of the same slot replaces the older one in the project
ELECTION_PROPERTY = "fiefs/election"  # same key as gis.join.ELECTION_PROPERTY
PARTY_PROPERTY = "fiefs/party"
ELECTIONS_PROPERTY = "fiefs/elections"  # analysis layers: the elections analysed, oldest first (JSON)


@dataclass
class Step:
    """One algorithm call: its id, its parameters (layer ids, file paths, plain values)."""

    algorithm: str
    parameters: dict[str, object]
    label: str = ""


@dataclass
class LayerOutput:
    """An output of a step that becomes a project layer."""

    step: int
    output: str
    name: str
    role: str
    slot: str = ""
    properties: dict[str, str] = field(default_factory=dict)


@dataclass
class RunPlan:
    """What one button of the panel runs. ``files``: every file the steps write (removed
    again when the run fails or is canceled). ``group``: the layer tree group the layers
    go into (created at the top when missing)."""

    title: str
    steps: list[Step]
    outputs: list[LayerOutput] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    group: str = ""


@dataclass
class RunResult:
    plan: RunPlan
    ok: bool = False
    canceled: bool = False
    error: str = ""
    failed_step: str = ""
    results: list[dict] = field(default_factory=list)
    layers: list = field(default_factory=list)  # QgsVectorLayer per plan.outputs entry
    log: list[str] = field(default_factory=list)

    def layer(self, role: str):
        for spec, layer in zip(self.plan.outputs, self.layers):
            if spec.role == role:
                return layer
        return None


class RunFeedback(QgsProcessingFeedback):
    """Keeps every message of a run (the panel's log) and the last error."""

    logged = pyqtSignal(str)

    def __init__(self):
        super().__init__()
        self.lines: list[str] = []
        self.errors: list[str] = []

    def _keep(self, text: str) -> None:
        self.lines.append(text)
        self.logged.emit(text)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.errors.append(error)
        self._keep(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self._keep(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self._keep(info)
        super().pushInfo(info)

    def pushCommandInfo(self, info):  # noqa: N802 (QGIS API)
        self._keep(info)
        super().pushCommandInfo(info)


def is_main_thread_only(algorithm: QgsProcessingAlgorithm) -> bool:
    return bool(algorithm.flags() & QgsProcessingAlgorithm.Flag.FlagNoThreading)


class ProcessingRunner(QObject):
    """Runs one plan at a time. Signals: ``progressChanged(float 0-100)`` for the whole
    plan, ``stepStarted(str)`` with the step's label, ``logged(str)``, and
    ``finished(RunResult)`` once (success, failure or cancel)."""

    progressChanged = pyqtSignal(float)
    stepStarted = pyqtSignal(str)
    logged = pyqtSignal(str)
    finished = pyqtSignal(object)

    def __init__(self, project: QgsProject | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self._plan: RunPlan | None = None
        self._result: RunResult | None = None
        self._index = 0
        self._task = None
        self._context = None
        self._feedback = None
        self._cancel_requested = False

    def is_running(self) -> bool:
        return self._plan is not None

    def start(self, plan: RunPlan) -> None:
        if self._plan is not None:
            raise RuntimeError("a run is already under way")
        self._plan = plan
        self._result = RunResult(plan)
        self._index = 0
        self._cancel_requested = False
        self.progressChanged.emit(0.0)
        self._start_step()

    def cancel(self) -> None:
        """Ask the running step to stop; ``finished`` follows with ``canceled`` set."""
        if self._plan is None:
            return
        self._cancel_requested = True
        if self._feedback is not None:
            self._feedback.cancel()
        if self._task is not None:
            self._task.cancel()

    # -- steps ----------------------------------------------------------------------------
    def _project(self) -> QgsProject:
        return self.project or QgsProject.instance()

    def _start_step(self) -> None:
        plan, index = self._plan, self._index
        if self._cancel_requested:
            self._finish(canceled=True)
            return
        if index >= len(plan.steps):
            self._finish()
            return
        step = plan.steps[index]
        label = step.label or step.algorithm
        self.stepStarted.emit(label)
        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById(step.algorithm)
        if algorithm is None:
            self._fail(label, translate(
                "ProcessingRunner", "The algorithm {id} is not available: is the Fiefs plugin enabled?").format(
                    id=step.algorithm))
            return
        context = QgsProcessingContext()
        context.setProject(self._project())
        feedback = RunFeedback()
        feedback.logged.connect(self.logged)
        feedback.progressChanged.connect(self._step_progress)
        self._context, self._feedback = context, feedback
        ok, message = algorithm.checkParameterValues(step.parameters, context)
        if not ok:
            self._fail(label, message)
            return
        if is_main_thread_only(algorithm):
            # as the Processing toolbox does for NoThreading algorithms (layouts, printing)
            QTimer.singleShot(0, lambda: self._run_here(algorithm, step, label))
            return
        # QGIS 3.22 builds the project's expression scope lazily and without a lock, and a
        # layer added or removed drops it: build it here, in the main thread, so the task
        # (reading project layers) and the map canvas only ever copy it, never build it at
        # the same moment (a crash seen in QgsProject::createExpressionContextScope).
        QgsExpressionContextUtils.projectScope(self._project())
        task = QgsProcessingAlgRunnerTask(algorithm, step.parameters, context, feedback)
        task.executed.connect(lambda ok, results, label=label: self._step_done(label, ok, results))
        self._task = task
        QgsApplication.taskManager().addTask(task)

    def _run_here(self, algorithm, step: Step, label: str) -> None:
        results, ok = algorithm.run(step.parameters, self._context, self._feedback)
        self._step_done(label, ok, results)

    def _step_progress(self, percent: float) -> None:
        if self._plan is None:
            return
        total = max(len(self._plan.steps), 1)
        self.progressChanged.emit(100.0 * (self._index + max(0.0, min(percent, 100.0)) / 100.0) / total)

    def _step_done(self, label: str, ok: bool, results) -> None:
        if self._plan is None:
            return
        self._task = None
        feedback = self._feedback
        self._result.log.extend(feedback.lines if feedback is not None else [])
        if self._cancel_requested or (feedback is not None and feedback.isCanceled()):
            self._finish(canceled=True)
            return
        if not ok:
            errors = feedback.errors if feedback is not None else []
            self._fail(label, errors[-1] if errors else translate(
                "ProcessingRunner", "The algorithm stopped without saying why; see the log."))
            return
        self._result.results.append(dict(results or {}))
        self._index += 1
        self._start_step()

    def _fail(self, label: str, message: str) -> None:
        self._result.failed_step = label
        self._result.error = message
        self._finish(failed=True)

    def _finish(self, canceled: bool = False, failed: bool = False) -> None:
        result, plan = self._result, self._plan
        result.canceled = canceled
        if not canceled and not failed:
            try:
                result.layers = add_outputs(plan, result.results, self._project())
                result.ok = True
            except OutputError as error:
                result.error = str(error)
                failed = True
        if canceled or failed:
            remove_files(plan.files)
        self._plan = self._result = None
        self._task = self._context = self._feedback = None
        if result.ok:
            self.progressChanged.emit(100.0)
        self.finished.emit(result)


class OutputError(Exception):
    """An output file that QGIS cannot open as a layer."""


def remove_files(paths) -> None:
    """Delete the files of a failed or canceled run (GeoPackage side files and styles too)."""
    for name in paths:
        path = Path(name)
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"),
                          path.with_suffix(".qml")):
            try:
                if candidate.is_file():
                    candidate.unlink()
            except OSError:
                pass


def layer_tree_group(project: QgsProject, name: str) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    if not name:
        return root
    group = root.findGroup(name)
    if group is None:
        group = root.insertGroup(0, name)
    return group


def add_outputs(plan: RunPlan, results: list[dict], project: QgsProject) -> list:
    """Open the outputs named in ``plan.outputs`` and add them to ``project`` in the
    plan's group (newest on top); a layer of the same slot added earlier is removed."""
    layers = []
    for spec in plan.outputs:
        value = results[spec.step].get(spec.output) if spec.step < len(results) else None
        if not value:
            raise OutputError(translate("ProcessingRunner", "The run gave no output '{output}'.").format(
                output=spec.output))
        layer = QgsVectorLayer(str(value), spec.name, "ogr")
        if not layer.isValid():
            raise OutputError(translate("ProcessingRunner", "QGIS could not open the output {path}.").format(
                path=value))
        layer.setCustomProperty(ROLE_PROPERTY, spec.role)
        if spec.slot:
            layer.setCustomProperty(SLOT_PROPERTY, spec.slot)
        for key, text in spec.properties.items():
            layer.setCustomProperty(key, text)
        layers.append(layer)
    group = layer_tree_group(project, plan.group) if layers else None
    for spec, layer in zip(reversed(plan.outputs), reversed(layers)):
        if spec.slot:
            old = [lyr.id() for lyr in project.mapLayers().values()
                   if lyr.customProperty(SLOT_PROPERTY) == spec.slot]
            if old:
                project.removeMapLayers(old)
        added = project.addMapLayer(layer, False)
        if added is None:
            raise OutputError(translate("ProcessingRunner", "The layer {name} could not be added to the project.").format(
                name=spec.name))
        group.insertLayer(0, added)
    return layers
