"""fiefs:storeimport — write an election's results, unit boundaries, or both into the election store."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.gis import tables
from fiefs_plugin.gis.store.model import ELECTION_KINDS, Election, StoreCanceledError, StoreError
from fiefs_plugin.processing.algorithms.importresults import (
    add_reading_parameters,
    check_with_files,
    read_result_set,
)
from fiefs_plugin.processing.base import FiefsAlgorithm

translate = QCoreApplication.translate

CROSSWALK_RENAMES = {"result_code": "source_key", "feature_code": "unit_code"}  # joinresults' CROSSWALK_OUTPUT
EXCLUDED = {"", "-", "none", "null", "aucun", "aucune", "x"}


def crosswalk_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Crosswalk rows for the store from a table with source_key/unit_code (+ method, score,
    reviewed_by, reviewed_at), or from the crosswalk fiefs:joinresults writes (result_code,
    feature_code, method, score); rows without a unit ('-' = none on purpose) are left out."""
    frame = frame.rename(columns={k: v for k, v in CROSSWALK_RENAMES.items() if v not in frame.columns})
    if "source_key" not in frame.columns or "unit_code" not in frame.columns:
        raise StoreError(translate(
            "StoreImportAlgorithm", "A crosswalk needs the columns source_key and unit_code (or result_code and feature_code, "
            "as fiefs:joinresults writes them); it has: {columns}").format(columns=", ".join(map(str, frame.columns))))
    units = frame["unit_code"].map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v).strip())
    keep = units.map(lambda v: v is not None and v.lower() not in EXCLUDED)
    frame = frame[keep.to_numpy()].copy()
    frame["unit_code"] = units[keep.to_numpy()].to_numpy()
    frame["source_key"] = frame["source_key"].map(lambda v: str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
    return frame


def _given(parameters: dict, name: str) -> bool:
    """A parameter value was given (a layer object counts, whatever its feature count)."""
    value = parameters.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())


class StoreImportAlgorithm(FiefsAlgorithm):
    NAME = "storeimport"
    GROUP = "store"

    RESULTS = "RESULTS"
    ELECTION = "ELECTION"  # the election id (a reading parameter of fiefs:importresults)
    ELECTION_NAME = "ELECTION_NAME"
    KIND = "KIND"
    DATE = "DATE"
    LEVEL = "LEVEL"
    INPUT = "INPUT"
    INPUT_CODE_FIELD = "INPUT_CODE_FIELD"
    INPUT_NAME_FIELD = "INPUT_NAME_FIELD"
    INPUT_NAME_AR_FIELD = "INPUT_NAME_AR_FIELD"
    INPUT_PARENT_FIELD = "INPUT_PARENT_FIELD"
    INPUT_REGION_FIELD = "INPUT_REGION_FIELD"
    VALID_FROM = "VALID_FROM"
    VALID_TO = "VALID_TO"
    CROSSWALK = "CROSSWALK"
    STORE = "STORE"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    # outputs
    STORE_LOCATION = "STORE_LOCATION"
    ELECTION_ID = "ELECTION_ID"
    RESULT_ROWS = "RESULT_ROWS"
    UNITS_ADDED = "UNITS_ADDED"
    UNITS_UPDATED = "UNITS_UPDATED"
    PARTIES_ADDED = "PARTIES_ADDED"
    UNCHANGED = "UNCHANGED"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Import into the election store")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes into the election store one election (its results, optionally the unit boundaries and "
            "crosswalk rows), or unit boundaries alone. Give the results table, the boundaries layer, or "
            "both.\n\n"
            "Results: a CSV/TXT, XLSX or ODS file, any QGIS table, or the OUTPUT of 'Import election "
            "results'; read and validated exactly as that algorithm does (same advanced reading parameters). "
            "ELECTION is the election's id in the store (default: the imported table's election, else the file "
            "name). Crosswalk (only with results): a table with source_key and unit_code (+ method, score, "
            "reviewed_by, reviewed_at), or the crosswalk 'Join results to communes' writes (result_code, "
            "feature_code, method, score); 'Load an election' then reports the same fiefs_match and "
            "fiefs_score.\n\n"
            "Boundaries: a polygon layer with a unit code field (+ name, Arabic name, parent and region code "
            "fields), stored with LEVEL (e.g. commune, constituency, province, region; the level of the "
            "results when both are given) and the validity dates VALID_FROM and VALID_TO. Without results "
            "only the boundaries are written: run it once per level to keep the communes, provinces and "
            "regions in the store beside the units the results refer to.\n\n"
            "Store: a GeoPackage file (created when missing; empty = the default store in the QGIS profile) "
            "or, for a team, a saved PostgreSQL connection and a schema (default 'fiefs'). The password comes "
            "from the connection's authentication configuration and is never written anywhere.\n\n"
            "The import is one transaction: if anything fails, or it is canceled, the store is left exactly as "
            "it was. Importing the same content again changes nothing; importing a corrected table replaces "
            "that election's rows only. Boundaries are kept per (level, code, valid_from): an unchanged unit is "
            "left alone, a changed one updated, a new boundary version (another valid_from date) added. If "
            "another user is writing the same election at the same moment, this import stops with a conflict "
            "message and writes nothing.\n\n"
            "Outputs: rows written, units added/updated, parties added, and UNCHANGED when the election was "
            "already stored with the same content (boundaries alone: ELECTION_ID empty, 0 rows, UNCHANGED "
            "when no unit was added or updated)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESULTS, self.tr("Results table (CSV, XLSX, ODS, layer or imported results)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        add_reading_parameters(self, basic=(self.ELECTION,))
        self.addParameter(QgsProcessingParameterString(self.ELECTION_NAME, self.tr("Election name"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, self.tr("Kind of election"), options=list(ELECTION_KINDS), defaultValue=len(ELECTION_KINDS) - 1))
        self.addParameter(QgsProcessingParameterString(self.DATE, self.tr("Election date (YYYY-MM-DD)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LEVEL, self.tr("Level of the units (results and boundaries)"), defaultValue="commune"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Unit boundaries (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_CODE_FIELD, self.tr("Unit code field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_NAME_FIELD, self.tr("Unit name field (French/Latin)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_NAME_AR_FIELD, self.tr("Unit name field (Arabic)"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_PARENT_FIELD, self.tr("Parent unit code field (province, department...)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_REGION_FIELD, self.tr("Region code field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.VALID_FROM, self.tr("Boundaries valid from (YYYY-MM-DD, empty = always)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.VALID_TO, self.tr("Boundaries valid until (YYYY-MM-DD, empty = still valid)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CROSSWALK, self.tr("Crosswalk (source_key -> unit_code)"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("Election store (GeoPackage; empty = default store)"),
            QgsProcessingParameterFile.Behavior.File, "gpkg", optional=True))
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("or PostGIS: saved PostgreSQL connection"), "postgres", optional=True))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, self.tr("PostGIS schema"), self.CONNECTION, defaultValue="fiefs", optional=True))
        self.addOutput(QgsProcessingOutputString(self.STORE_LOCATION, self.tr("Store")))
        self.addOutput(QgsProcessingOutputString(self.ELECTION_ID, self.tr("Election id")))
        self.addOutput(QgsProcessingOutputNumber(self.RESULT_ROWS, self.tr("Result rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_ADDED, self.tr("Units added")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_UPDATED, self.tr("Units updated")))
        self.addOutput(QgsProcessingOutputNumber(self.PARTIES_ADDED, self.tr("Parties added")))
        self.addOutput(QgsProcessingOutputBoolean(self.UNCHANGED, self.tr("Already stored unchanged")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = check_with_files(self, parameters, context, (self.RESULTS, self.CROSSWALK))
        if not ok:
            return ok, message
        store = self.parameterAsFile(parameters, self.STORE, context)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if store and connection:
            return False, self.tr("Choose either a GeoPackage store or a PostgreSQL connection, not both.")
        has_results, has_units = _given(parameters, self.RESULTS), _given(parameters, self.INPUT)
        if not has_results and not has_units:
            return False, self.tr(
                "Nothing to import: give the results table (RESULTS), the unit boundaries layer (INPUT), or both.")
        if has_units and not parameters.get(self.INPUT_CODE_FIELD):
            return False, self.tr("Choose the unit code field of the boundaries layer.")
        if _given(parameters, self.CROSSWALK) and not has_results:
            return False, self.tr(
                "A crosswalk belongs to an election's results: give the results table (RESULTS) with it.")
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from fiefs_plugin.gis.store.connect import open_store
        from fiefs_plugin.gis.store.layers import ensure_units_style, units_frame

        level = self.parameterAsString(parameters, self.LEVEL, context).strip() or "commune"
        result_set, election, election_id = None, None, ""
        if _given(parameters, self.RESULTS):
            result_set = read_result_set(self, parameters, context, feedback, self.RESULTS)
            election_id = result_set.election.strip()
            if not election_id:
                raise QgsProcessingException(self.tr("Give the election id (ELECTION), e.g. ma-legislative-2021."))
            kind = ELECTION_KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
            election = Election(
                id=election_id,
                name=self.parameterAsString(parameters, self.ELECTION_NAME, context),
                kind=kind,
                date=self.parameterAsString(parameters, self.DATE, context) or None,
                level=level,
                source=result_set.source,
            )
            feedback.pushInfo(self.tr("Election '{election}': {units} result units, {parties} parties").format(
                election=election_id, units=len(result_set.totals), parties=len(result_set.parties)))
        else:
            ignored = [name for name in (self.ELECTION, self.ELECTION_NAME, self.DATE)
                       if self.parameterAsString(parameters, name, context).strip()]
            if ignored:
                feedback.pushWarning(self.tr(
                    "No results table: only the boundaries are written; {names} not used.").format(
                        names=", ".join(ignored)))
        if feedback.isCanceled():
            return {}

        units = None
        units_source = self.parameterAsSource(parameters, self.INPUT, context)
        if units_source is not None:
            feedback.pushInfo(self.tr("Reading the boundaries…"))
            try:
                units = units_frame(
                    units_source,
                    self.parameterAsString(parameters, self.INPUT_CODE_FIELD, context),
                    self.parameterAsString(parameters, self.INPUT_NAME_FIELD, context) or None,
                    self.parameterAsString(parameters, self.INPUT_NAME_AR_FIELD, context) or None,
                    self.parameterAsString(parameters, self.INPUT_PARENT_FIELD, context) or None,
                    self.parameterAsString(parameters, self.INPUT_REGION_FIELD, context) or None,
                    level=level,
                    valid_from=self.parameterAsString(parameters, self.VALID_FROM, context) or None,
                    valid_to=self.parameterAsString(parameters, self.VALID_TO, context) or None,
                    source_label=units_source.sourceName(),
                    transform_context=context.transformContext(),
                    feedback=feedback,
                )
            except StoreError as error:
                raise QgsProcessingException(str(error)) from error
            if result_set is None and len(units) == 0 and not feedback.isCanceled():
                raise QgsProcessingException(self.tr(
                    "The boundaries layer {layer} has no features: nothing to import.").format(
                        layer=units_source.sourceName()))
        crosswalk = None
        if _given(parameters, self.CROSSWALK):
            raw = tables.read_parameter(self, parameters, self.CROSSWALK, context, feedback)
            try:
                crosswalk = crosswalk_rows(raw.frame)
            except StoreError as error:
                raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            return {}

        def progress(done: int, total: int) -> None:
            if feedback.isCanceled():
                raise StoreCanceledError(self.tr("Import canceled; nothing was written."))
            feedback.setProgress(100.0 * done / max(total, 1))

        try:
            store = open_store(
                self.parameterAsFile(parameters, self.STORE, context) or None,
                self.parameterAsConnectionName(parameters, self.CONNECTION, context) or None,
                self.parameterAsSchema(parameters, self.SCHEMA, context) or None,
            )
        except StoreError as error:
            raise QgsProcessingException(str(error)) from error
        try:
            if result_set is None:
                feedback.pushInfo(self.tr("Writing {count} units of level '{level}' into {store}…").format(
                    count=len(units), level=level, store=store.location))
                summary = store.write_units(units, progress=progress)
            else:
                feedback.pushInfo(self.tr("Writing election '{election}' into {store}…").format(
                    election=election_id, store=store.location))
                summary = store.write_election(election, result_set, units=units, crosswalk=crosswalk,
                                               progress=progress)
            location = store.location
            if units is not None:
                try:
                    ensure_units_style(store)
                except StoreError as error:
                    feedback.reportError(str(error), fatalError=False)
        except StoreCanceledError:
            feedback.pushInfo(self.tr("Import canceled; the store was left as it was."))
            return {}
        except StoreError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            store.close()

        for note in summary.notes:
            feedback.pushInfo(note)
        if result_set is None:
            feedback.pushInfo(self.tr("Units of level '{level}': {added} added, {updated} updated, {same} unchanged.").format(
                level=level, added=summary.units_added, updated=summary.units_updated, same=summary.units_unchanged))
        else:
            feedback.pushInfo(self.tr(
                "{results} result rows, {turnout} unit totals written; units: {added} added, {updated} updated, "
                "{same} unchanged; {parties} new parties.").format(
                    results=summary.results_written, turnout=summary.turnout_written, added=summary.units_added,
                    updated=summary.units_updated, same=summary.units_unchanged, parties=summary.parties_added))
        return {
            self.STORE_LOCATION: location,
            self.ELECTION_ID: election_id,
            self.RESULT_ROWS: summary.results_written,
            self.UNITS_ADDED: summary.units_added,
            self.UNITS_UPDATED: summary.units_updated,
            self.PARTIES_ADDED: summary.parties_added,
            self.UNCHANGED: summary.unchanged,
        }
