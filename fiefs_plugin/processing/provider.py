"""The Fiefs Processing provider (id ``fiefs``).

Usable on its own, without the plugin::

    from qgis.core import QgsApplication
    from fiefs_plugin.processing.provider import FiefsProvider
    QgsApplication.processingRegistry().addProvider(FiefsProvider())

In a standalone script keep a reference to the provider (``provider = FiefsProvider()``,
then ``addProvider(provider)``): a temporary is freed by Python on QGIS 3.22.

Algorithm instances are created only in ``loadAlgorithms()``: instances made elsewhere
end as "wrapped C/C++ object has been deleted" once the registry reloads the provider.
The models in ``resources/models/*.model3`` are loaded there too, as algorithms of this
provider (``fiefs:<model name>``, group "Models"), so the toolbox, the modeler and
``qgis_process`` list them with the others.
"""

from __future__ import annotations

from importlib import import_module

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from fiefs_plugin import log
from fiefs_plugin.paths import plugin_version, resource_path

# (module under fiefs_plugin.processing.algorithms, class name); order is toolbox order.
ALGORITHMS: tuple[tuple[str, str], ...] = (
    ("importresults", "ImportResultsAlgorithm"),
    ("joinresults", "JoinResultsAlgorithm"),
    ("indicators", "IndicatorsAlgorithm"),
    ("aggregate", "AggregateAlgorithm"),
    ("strongholds", "StrongholdsAlgorithm"),
    ("targets", "TargetsAlgorithm"),
    ("swing", "SwingAlgorithm"),
    ("hotspots", "HotspotsAlgorithm"),
    ("stylemap", "StyleMapAlgorithm"),
    ("exportlayout", "ExportLayoutAlgorithm"),
    ("storeimport", "StoreImportAlgorithm"),
    ("storeload", "StoreLoadAlgorithm"),
)


class FiefsProvider(QgsProcessingProvider):
    def __init__(self):
        super().__init__()
        self._models: list[QgsProcessingModelAlgorithm] = []

    def id(self) -> str:
        return "fiefs"

    def name(self) -> str:
        return "Fiefs"

    def longName(self) -> str:  # noqa: N802 (QGIS API)
        return QCoreApplication.translate("FiefsProvider", "Fiefs electoral geography")

    def versionInfo(self) -> str:  # noqa: N802 (QGIS API)
        return plugin_version()

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "fiefs.svg")))

    def svgIconPath(self) -> str:  # noqa: N802 (QGIS API)
        return str(resource_path("icons", "fiefs.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS API)
        for module_name, class_name in ALGORITHMS:
            module = import_module(f"fiefs_plugin.processing.algorithms.{module_name}")
            self.addAlgorithm(getattr(module, class_name)())
        self._models = load_models()
        for model in self._models:
            self.addAlgorithm(model)
        registry = QgsApplication.processingRegistry()
        if self._models and registry.providerById(self.id()) is not self:
            # A model finds its child algorithms (fiefs:...) through the registry, which
            # knows this provider only after addProvider() has loaded it: reload the models
            # then, so that their outputs, help and validation are complete.
            registry.providerAdded.connect(self._reload_models)

    def _reload_models(self, provider_id: str) -> None:
        if provider_id != self.id():
            return
        registry = QgsApplication.processingRegistry()
        registry.providerAdded.disconnect(self._reload_models)
        if registry.providerById(provider_id) is not self:
            return
        for model in self._models:
            group = model.group()
            if model.fromFile(model.sourceFilePath()):
                model.setGroup(group)


def load_models() -> list[QgsProcessingModelAlgorithm]:
    """The shipped models (resources/models/*.model3), in file-name order; a file that
    does not load is reported in the log and left out."""
    translate = QCoreApplication.translate
    models = []
    for path in sorted(resource_path("models").glob("*.model3")):
        model = QgsProcessingModelAlgorithm()
        if not model.fromFile(str(path)):
            log.warning(translate("FiefsProvider", "Could not load the model {path}").format(path=path))
            continue
        model.setSourceFilePath(str(path))
        model.setGroup(translate("FiefsProvider", "Models"))
        models.append(model)
    return models
