"""fiefs:storeimport — write an election's results (and boundaries) into the election store."""

from __future__ import annotations

import numpy as np
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

from fiefs_plugin.core import results as res
from fiefs_plugin.core.results import ResultSet
from fiefs_plugin.gis.frames import source_frame
from fiefs_plugin.gis.store.model import ELECTION_KINDS, Election, StoreCanceledError, StoreError
from fiefs_plugin.processing.base import FiefsAlgorithm

translate = QCoreApplication.translate

PARTY_NAME = "party_name"  # optional column of a long table: the party's original name


def result_set_from_table(frame: pd.DataFrame, election: str, source: str = "") -> ResultSet:
    """A ResultSet from the canonical long table (``ResultSet.long_table()``, the OUTPUT of
    fiefs:importresults): unit_code, party, votes [, unit_name, parent_code, parent_name,
    seats, registered, voters, blank, invalid, valid, party_name, election]."""
    missing = [n for n in (res.UNIT_CODE, res.PARTY, res.VOTES) if n not in frame.columns]
    if missing:
        raise StoreError(translate(
            "StoreImport", "The results table lacks the column(s) {names}: give the OUTPUT table of "
            "fiefs:importresults (one row per unit and party).").format(names=", ".join(missing)))
    if res.ELECTION in frame.columns:
        held = sorted({str(v) for v in frame[res.ELECTION].dropna().unique()})
        if len(held) > 1:  # a table of several elections: keep the rows of this one
            frame = frame[frame[res.ELECTION].astype(str) == election]
            if not len(frame):
                raise StoreError(translate(
                    "StoreImport", "The results table has no row of election '{election}' (it holds: {others}).").format(
                        election=election, others=", ".join(held)))
    votes = frame[[c for c in res.VOTES_COLUMNS if c in frame.columns]]
    bad = pd.to_numeric(votes[res.VOTES], errors="coerce").isna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise StoreError(translate("StoreImport", "Results row {row} (unit {unit}): votes '{value}' is not a number.").format(
            row=row + 1, unit=votes[res.UNIT_CODE].iat[row], value=votes[res.VOTES].iat[row]))
    totals = None
    total_columns = [c for c in res.TOTAL_COLUMNS if c in frame.columns]
    if total_columns:
        totals = frame.drop_duplicates(res.UNIT_CODE)[[c for c in (*res.UNIT_COLUMNS, *res.TOTAL_COLUMNS) if c in frame.columns]]
    parties = None
    if PARTY_NAME in frame.columns:
        pairs = frame[[res.PARTY, PARTY_NAME]].drop_duplicates(res.PARTY)
        parties = {str(code): (str(name) if name is not None and name == name else str(code))
                   for code, name in zip(pairs[res.PARTY], pairs[PARTY_NAME])}
    return ResultSet.build(election, votes.reset_index(drop=True), totals, parties, source=source)


class StoreImport(FiefsAlgorithm):
    NAME = "storeimport"
    GROUP = "store"

    RESULTS = "RESULTS"
    ELECTION = "ELECTION"
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
    RESULT_ROWS = "RESULT_ROWS"
    UNITS_ADDED = "UNITS_ADDED"
    UNITS_UPDATED = "UNITS_UPDATED"
    PARTIES_ADDED = "PARTIES_ADDED"
    UNCHANGED = "UNCHANGED"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Import into the election store")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes one election into the election store: its results (the OUTPUT table of "
            "'Import results table': one row per unit and party with votes, seats and the unit totals), "
            "optionally the unit boundaries (a polygon layer with a unit code field) and crosswalk rows "
            "(source_key -> unit_code, method, score, reviewed_by, reviewed_at).\n\n"
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
            "already stored with the same content."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESULTS, self.tr("Results table (OUTPUT of 'Import results table')"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            self.ELECTION, self.tr("Election id (e.g. ma-legislative-2021)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.ELECTION_NAME, self.tr("Election name"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, self.tr("Kind of election"), options=list(ELECTION_KINDS), defaultValue=len(ELECTION_KINDS) - 1))
        self.addParameter(QgsProcessingParameterString(self.DATE, self.tr("Election date (YYYY-MM-DD)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LEVEL, self.tr("Level of the result units"), defaultValue="commune"))
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
        self.addOutput(QgsProcessingOutputString(self.ELECTION, self.tr("Election id")))
        self.addOutput(QgsProcessingOutputNumber(self.RESULT_ROWS, self.tr("Result rows written")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_ADDED, self.tr("Units added")))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS_UPDATED, self.tr("Units updated")))
        self.addOutput(QgsProcessingOutputNumber(self.PARTIES_ADDED, self.tr("Parties added")))
        self.addOutput(QgsProcessingOutputBoolean(self.UNCHANGED, self.tr("Already stored unchanged")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        store = self.parameterAsFile(parameters, self.STORE, context)
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if store and connection:
            return False, self.tr("Choose either a GeoPackage store or a PostgreSQL connection, not both.")
        if parameters.get(self.INPUT) and not parameters.get(self.INPUT_CODE_FIELD):
            return False, self.tr("Choose the unit code field of the boundaries layer.")
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from fiefs_plugin.gis.store.connect import open_store
        from fiefs_plugin.gis.store.layers import ensure_units_style, units_frame

        results = self.parameterAsSource(parameters, self.RESULTS, context)
        if results is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESULTS))
        feedback.pushInfo(self.tr("Reading the results table…"))
        table = source_frame(results, feedback=feedback)
        election_id = self.parameterAsString(parameters, self.ELECTION, context).strip()
        if not election_id and res.ELECTION in table.columns:
            ids = sorted({str(v) for v in table[res.ELECTION].dropna().unique()})
            if len(ids) == 1:
                election_id = ids[0]
        if not election_id:
            raise QgsProcessingException(self.tr(
                "Give the election id (the results table has no single 'election' value)."))
        kind = ELECTION_KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        election = Election(
            id=election_id,
            name=self.parameterAsString(parameters, self.ELECTION_NAME, context),
            kind=kind,
            date=self.parameterAsString(parameters, self.DATE, context) or None,
            level=self.parameterAsString(parameters, self.LEVEL, context) or "commune",
            source=results.sourceName() if hasattr(results, "sourceName") else "",
        )
        try:
            result_set = result_set_from_table(table, election_id, source=election.source)
        except (StoreError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
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
                    level=election.level,
                    valid_from=self.parameterAsString(parameters, self.VALID_FROM, context) or None,
                    valid_to=self.parameterAsString(parameters, self.VALID_TO, context) or None,
                    source_label=units_source.sourceName(),
                    transform_context=context.transformContext(),
                    feedback=feedback,
                )
            except StoreError as error:
                raise QgsProcessingException(str(error)) from error
        crosswalk = None
        crosswalk_source = self.parameterAsSource(parameters, self.CROSSWALK, context)
        if crosswalk_source is not None:
            crosswalk = source_frame(crosswalk_source)
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
            feedback.pushInfo(self.tr("Writing election '{election}' into {store}…").format(
                election=election_id, store=store.location))
            summary = store.write_election(election, result_set, units=units, crosswalk=crosswalk, progress=progress)
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
        feedback.pushInfo(self.tr(
            "{results} result rows, {turnout} unit totals written; units: {added} added, {updated} updated, "
            "{same} unchanged; {parties} new parties.").format(
                results=summary.results_written, turnout=summary.turnout_written, added=summary.units_added,
                updated=summary.units_updated, same=summary.units_unchanged, parties=summary.parties_added))
        return {
            self.STORE_LOCATION: location,
            self.ELECTION: election_id,
            self.RESULT_ROWS: summary.results_written,
            self.UNITS_ADDED: summary.units_added,
            self.UNITS_UPDATED: summary.units_updated,
            self.PARTIES_ADDED: summary.parties_added,
            self.UNCHANGED: summary.unchanged,
        }
