"""fiefs:storeload — the joined layer of one election, rebuilt from the election store."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from fiefs_plugin.gis.store.model import StoreError
from fiefs_plugin.processing.base import FiefsAlgorithm


def _save_style_in(path: str, qml: str) -> None:
    """Save ``qml`` as the default style inside the output GeoPackage, so it opens styled anywhere."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={Path(path).stem}", "joined", "ogr")
    document = QDomDocument()
    if layer.isValid() and document.setContent(qml)[0] and layer.importNamedStyle(document)[0]:
        layer.saveStyleToDatabase("fiefs-joined", "", True, "")


class _ApplyStoredStyle(QgsProcessingLayerPostProcessorInterface):
    """Gives the output layer the style saved in the store for this election's joined layers."""

    instances: dict = {}  # keeps post-processors alive until QGIS has called them

    def __init__(self, qml: str, parties: dict[str, str]):
        super().__init__()
        self.qml = qml
        self.parties = parties

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if layer is None:
            return
        if self.qml:
            document = QDomDocument()
            document.setContent(self.qml)
            layer.importNamedStyle(document)
            layer.triggerRepaint()
        for code, name in self.parties.items():
            layer.setCustomProperty(f"fiefs/party/{code}", name)

    @classmethod
    def create(cls, key: str, qml: str, parties: dict[str, str]):
        instance = cls(qml, parties)
        cls.instances[key] = instance
        return instance


class StoreLoadAlgorithm(FiefsAlgorithm):
    NAME = "storeload"
    GROUP = "store"

    STORE = "STORE"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    ELECTION = "ELECTION"
    PARTY = "PARTY"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Load an election from the election store")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Rebuilds the joined layer of one stored election: one feature per unit of the election's level "
            "whose boundary is valid on the election date, with the unit's code, names, parent and region, then "
            "fiefs_unit, fiefs_match, fiefs_score and the same result fields as 'Join results to communes': "
            "registered, voters, valid, blank, invalid, turnout = voters / registered, v_‹P› votes, "
            "s_‹P› = v_‹P› / valid (0-1), seats_‹P›, winner, winner_share, runner_up, margin = (winner share - "
            "runner-up share) x 100 (percentage points), enp = 1 / sum(s_P^2) (Laakso-Taagepera).\n\n"
            "A result unit is found through the store's crosswalk (rows of this election, then rows valid for "
            "every election) or by its code; units without results get NULL results. With PARTY, only that "
            "party's v_, s_ and seats_ fields are kept (winner, margin and ENP still count every party).\n\n"
            "Store: a GeoPackage file or a saved PostgreSQL connection and schema. A style saved in the store for "
            "joined layers (of this election, or of every election) is applied to the output; the parties' "
            "original names are kept in the layer's custom properties (fiefs/party/‹code›)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("Election store (GeoPackage; empty = default store)"),
            QgsProcessingParameterFile.Behavior.File, "gpkg", optional=True))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("or PostGIS: saved PostgreSQL connection"), "postgres", optional=True))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, self.tr("PostGIS schema"), self.CONNECTION, defaultValue="fiefs", optional=True))
        self.addParameter(QgsProcessingParameterString(self.ELECTION, self.tr("Election id")))
        self.addParameter(QgsProcessingParameterString(self.PARTY, self.tr("Only this party (code)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Joined election layer"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED, self.tr("Result units without a boundary")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        store = self.parameterAsFile(parameters, self.STORE, context)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if store and connection:
            return False, self.tr("Choose either a GeoPackage store or a PostgreSQL connection, not both.")
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from fiefs_plugin.gis.output import open_output
        from fiefs_plugin.gis.store.connect import open_store
        from fiefs_plugin.gis.store.layers import STORE_CRS, joined_election, joined_style

        election_id = self.parameterAsString(parameters, self.ELECTION, context)
        party = self.parameterAsString(parameters, self.PARTY, context).strip() or None
        try:
            store = open_store(
                self.parameterAsFile(parameters, self.STORE, context) or None,
                self.parameterAsConnectionName(parameters, self.CONNECTION, context) or None,
                self.parameterAsSchema(parameters, self.SCHEMA, context) or None,
                create=False,
            )
        except StoreError as error:
            raise QgsProcessingException(str(error)) from error
        try:
            feedback.pushInfo(self.tr("Reading election '{election}' from {store}…").format(
                election=election_id, store=store.location))
            joined = joined_election(store, election_id, party)
            qml = joined_style(store, election_id)
        except StoreError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            store.close()
        for note in joined.notes:
            feedback.pushWarning(note)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(50)

        output = open_output(self, parameters, self.OUTPUT, context, joined.fields(), QgsWkbTypes.Type.MultiPolygon,
                             STORE_CRS, feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.write_frame(joined.frame, blobs=joined.blobs, progress=(50.0, 100.0))
        dest_id = output.finish()
        if dest_id is None:
            return {}
        if qml and output.fast:
            _save_style_in(dest_id, qml)
        feedback.setProgress(100)

        if context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(_ApplyStoredStyle.create(dest_id, qml or "", joined.result_set.parties))
        return {self.OUTPUT: dest_id, self.UNMATCHED: len(joined.unmatched)}

