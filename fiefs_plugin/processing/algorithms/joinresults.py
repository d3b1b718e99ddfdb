"""fiefs:joinresults — match result units to commune features and join the results."""

from __future__ import annotations

import csv

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from fiefs_plugin.core import matching
from fiefs_plugin.core import results as res
from fiefs_plugin.gis import join, tables
from fiefs_plugin.gis.frames import fields_for_frame
from fiefs_plugin.processing.algorithms.importresults import (
    add_reading_parameters,
    check_with_files,
    read_result_set,
)
from fiefs_plugin.processing.base import FiefsAlgorithm

UNMATCHED_COLUMNS = (
    "kind", "unit_code", "unit_name", "unit_parent", "fid", "feature_code", "feature_name", "feature_parent",
    "status", "candidates", "note",
)


class JoinResultsAlgorithm(FiefsAlgorithm):
    NAME = "joinresults"
    GROUP = "results"

    INPUT = "INPUT"
    RESULTS = "RESULTS"
    INPUT_CODE_FIELD = "INPUT_CODE_FIELD"
    RESULTS_CODE_FIELD = "RESULTS_CODE_FIELD"
    INPUT_NAME_FIELD = "INPUT_NAME_FIELD"
    RESULTS_NAME_FIELD = "RESULTS_NAME_FIELD"
    INPUT_PARENT_FIELD = "INPUT_PARENT_FIELD"
    RESULTS_PARENT_FIELD = "RESULTS_PARENT_FIELD"
    CROSSWALK = "CROSSWALK"
    MIN_SCORE = "MIN_SCORE"
    MARGIN = "MARGIN"
    FUZZY = "FUZZY"
    SUM_DUPLICATES = "SUM_DUPLICATES"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"
    MATCH_REPORT = "MATCH_REPORT"
    CROSSWALK_OUTPUT = "CROSSWALK_OUTPUT"
    MATCHED_COUNT = "MATCHED_COUNT"
    UNMATCHED_RESULTS = "UNMATCHED_RESULTS"
    UNMATCHED_FEATURES = "UNMATCHED_FEATURES"

    def __init__(self):
        super().__init__()
        self._output_layer = None
        self._parties: dict[str, str] = {}
        self._election = ""

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Join results to communes")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Matches each unit of a results table (a file, a QGIS table or the output of Import "
            "election results) to a feature of the commune layer, then writes the layer with the "
            "joined fields: fiefs_unit (unit code), fiefs_match (crosswalk/code/name/fuzzy), "
            "fiefs_score (0-100), registered, voters, valid, blank, invalid, turnout = voters / "
            "registered, v_<PARTY> votes, s_<PARTY> = votes / valid (0-1), seats_<PARTY>, winner, "
            "winner_share, runner_up, margin = winner share - runner-up share (percentage points) "
            "and enp = 1 / sum(share^2). Original party names are kept in the layer metadata and "
            "field aliases. The source layer is never modified.\n\n"
            "Matching, each step only for units the previous ones left unmatched: 1. the CROSSWALK "
            "table (result code -> feature code or id; '-' = no feature), 2. codes, normalised "
            "(leading zeros, dots and separators: 01.511.01.01 = 015110101), 3. names within the "
            "parent unit when parent fields are given, normalised for French (case, accents, "
            "articles, Oulad/Ouled, Ait/Aït, Bni/Beni, (Centre), Commune de...) and Arabic (alef "
            "and hamza forms, ة/ه, ى/ي, tatweel, harakat), 4. fuzzy names within the parent: "
            "accepted only when the score is at least MIN_SCORE (default 85), beats the second "
            "candidate by MARGIN points (default 5) and no other unit fits the same feature as well. "
            "Arabic names are compared with Latin ones through a transliteration-aware consonant "
            "skeleton (أولاد/Oulad, آيت/Ait, ش/ch, خ/kh, غ/gh, ق/k).\n\n"
            "Several result units on one feature (wards of a commune) are a conflict and are not "
            "joined unless SUM_DUPLICATES is set, which adds them up. UNMATCHED lists result units "
            "without a feature and features without a result; MATCH_REPORT has one row per result "
            "unit with its method, score, feature and next candidates. CROSSWALK_OUTPUT writes the "
            "report as a CSV to review, edit (feature_code) and give back as CROSSWALK."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        tr = self.tr
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Commune layer"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESULTS, tr("Results table (CSV, XLSX, ODS, layer or imported results)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_CODE_FIELD, tr("Commune code field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_CODE_FIELD, tr("Results code column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_NAME_FIELD, tr("Commune name field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_NAME_FIELD, tr("Results name column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_PARENT_FIELD, tr("Commune parent field (province, department...)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_PARENT_FIELD, tr("Results parent column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CROSSWALK, tr("Crosswalk (reviewed result code -> feature code)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SCORE, tr("Minimum fuzzy score (0-100)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=matching.MatchOptions.min_score, minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SUM_DUPLICATES, tr("Add up several result units that match one feature (wards)"),
            defaultValue=False))
        advanced = [
            QgsProcessingParameterNumber(
                self.MARGIN, tr("Fuzzy: lead over the second candidate (points)"),
                QgsProcessingParameterNumber.Type.Double, defaultValue=matching.MatchOptions.margin,
                minValue=0, maxValue=100),
            QgsProcessingParameterBoolean(self.FUZZY, tr("Fuzzy matching of names"), defaultValue=True),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        add_reading_parameters(self, skip=("CODE_FIELD", "NAME_FIELD", "PARENT_CODE_FIELD", "PARENT_NAME_FIELD"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Joined communes"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNMATCHED, tr("Unmatched results and communes"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MATCH_REPORT, tr("Match report"), QgsProcessing.SourceType.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CROSSWALK_OUTPUT, tr("Crosswalk to review (CSV)"), tr("CSV files (*.csv)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED_COUNT, tr("Matched result units")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_RESULTS, tr("Result units without a commune")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_FEATURES, tr("Communes without a result")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = check_with_files(self, parameters, context, (self.RESULTS, self.CROSSWALK))
        if not ok:
            return ok, message
        code = self.parameterAsString(parameters, self.INPUT_CODE_FIELD, context)
        name = self.parameterAsString(parameters, self.INPUT_NAME_FIELD, context)
        if not code and not name and not parameters.get(self.CROSSWALK):
            return False, self.tr("Choose the commune code field, the commune name field, or both.")
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        code_field = self.parameterAsString(parameters, self.INPUT_CODE_FIELD, context) or None
        name_field = self.parameterAsString(parameters, self.INPUT_NAME_FIELD, context) or None
        parent_field = self.parameterAsString(parameters, self.INPUT_PARENT_FIELD, context) or None
        results_parent = self.parameterAsString(parameters, self.RESULTS_PARENT_FIELD, context).strip() or None

        overrides = {
            "code": self.parameterAsString(parameters, self.RESULTS_CODE_FIELD, context).strip() or None,
            "name": self.parameterAsString(parameters, self.RESULTS_NAME_FIELD, context).strip() or None,
            "parent_code": results_parent,
        }
        result_set = read_result_set(self, parameters, context, feedback, self.RESULTS, overrides)
        feedback.pushInfo(self.tr("{units} result units, {parties} parties").format(
            units=len(result_set.totals), parties=len(result_set.parties)))
        feedback.setProgress(10)

        features = join.feature_keys(source, code_field, name_field, parent_field, feedback)
        parent_side = None
        if parent_field:
            if results_parent == res.PARENT_NAME or result_set.totals[res.PARENT_CODE].isna().all():
                parent_side = "name"
            else:
                parent_side = "code"
        use_code = bool(code_field) and result_set.has_codes
        if code_field and not result_set.has_codes:
            feedback.reportError(self.tr("The results have no code column: matching by name only."), False)
        units = join.result_units(result_set, use_code, parent_side)
        if not name_field:
            units = units.drop(columns=[matching.NAME])

        crosswalk = None
        if parameters.get(self.CROSSWALK):
            raw = tables.read_parameter(self, parameters, self.CROSSWALK, context, feedback)
            crosswalk, notes = matching.crosswalk_mapping(raw.frame, features)
            feedback.pushInfo(self.tr("Crosswalk: {n} decisions").format(n=len(crosswalk)))
            for note in notes[:20]:
                feedback.reportError(note, False)

        options = matching.MatchOptions(
            use_code=use_code,
            use_name=bool(name_field),
            use_fuzzy=bool(name_field) and self.parameterAsBool(parameters, self.FUZZY, context),
            min_score=self.parameterAsDouble(parameters, self.MIN_SCORE, context),
            margin=self.parameterAsDouble(parameters, self.MARGIN, context),
            sum_duplicates=self.parameterAsBool(parameters, self.SUM_DUPLICATES, context),
        )

        def progress(fraction: float) -> bool:
            feedback.setProgress(10 + 40 * fraction)
            return feedback.isCanceled()

        report = matching.match_units(units, features, options, crosswalk, progress)
        if feedback.isCanceled():
            return {}
        for note in report.notes[:20]:
            feedback.reportError(note, False)
        counts = report.counts()
        feedback.pushInfo(self.tr("Matching: {counts}").format(
            counts=", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
        feedback.setProgress(55)

        table = matching.joined_table(result_set, report)
        fields, replaced = join.joined_fields(source.fields(), table, result_set.parties)
        if replaced:
            feedback.reportError(self.tr("Fields of the layer replaced by the joined values: {names}").format(
                names=", ".join(replaced)), False)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        join.write_joined(sink, source, fields, table, feedback, progress=(60, 95))
        outputs = {self.OUTPUT: dest_id}

        unmatched = self._unmatched_frame(report)
        u_fields = fields_for_frame(unmatched)
        u_sink, u_id = self.parameterAsSink(parameters, self.UNMATCHED, context, u_fields,
                                            QgsWkbTypes.Type.NoGeometry)
        if u_sink is not None:
            tables.write_rows(u_sink, unmatched, u_fields, feedback)
            outputs[self.UNMATCHED] = u_id
        report_frame = report.units
        r_fields = fields_for_frame(report_frame.astype({"fid": "float64"}))
        r_sink, r_id = self.parameterAsSink(parameters, self.MATCH_REPORT, context, r_fields,
                                            QgsWkbTypes.Type.NoGeometry)
        if r_sink is not None:
            tables.write_rows(r_sink, report_frame, r_fields, feedback)
            outputs[self.MATCH_REPORT] = r_id
        crosswalk_path = self.parameterAsFileOutput(parameters, self.CROSSWALK_OUTPUT, context)
        if crosswalk_path:
            # UTF-8 with BOM: spreadsheet programs then show Arabic and accents correctly
            matching.crosswalk_table(report).to_csv(crosswalk_path, index=False, encoding="utf-8-sig",
                                                     quoting=csv.QUOTE_MINIMAL)
            outputs[self.CROSSWALK_OUTPUT] = crosswalk_path

        self._output_layer = dest_id
        self._parties = dict(result_set.parties)
        self._election = result_set.election
        outputs.update({
            self.MATCHED_COUNT: int(counts.get(matching.MATCHED, 0)),
            self.UNMATCHED_RESULTS: int(len(report.units) - counts.get(matching.MATCHED, 0)),
            self.UNMATCHED_FEATURES: int(counts.get("features_unmatched", 0)),
        })
        return outputs

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        if self._output_layer:
            layer = QgsProcessingUtils.mapLayerFromString(self._output_layer, context)
            if layer is not None:
                join.set_party_metadata(layer, self._parties, self._election)
                if layer.providerType() == "ogr" and not join.save_metadata(layer):
                    feedback.reportError(self.tr("The party names could not be saved in the output file's metadata."),
                                         False)
        return {}

    @staticmethod
    def _unmatched_frame(report: matching.MatchReport):
        import pandas as pd

        units = report.units[report.units["status"] != matching.MATCHED]
        rows = pd.DataFrame({
            "kind": "result",
            "unit_code": units["unit_code"], "unit_name": units["unit_name"], "unit_parent": units["unit_parent"],
            "fid": units["fid"].astype("float64"), "feature_code": units["feature_code"],
            "feature_name": units["feature_name"], "feature_parent": units["feature_parent"],
            "status": units["status"], "candidates": units["candidates"], "note": units["note"],
        })
        free = report.unmatched_features
        features = pd.DataFrame({
            "kind": "feature", "unit_code": None, "unit_name": None, "unit_parent": None,
            "fid": free[matching.KEY].astype("float64"),
            "feature_code": free[matching.CODE], "feature_name": free[matching.NAME],
            "feature_parent": free[matching.PARENT], "status": matching.UNMATCHED,
            "candidates": "", "note": "no result unit for this feature",
        })
        out = pd.concat([rows, features], ignore_index=True)
        for column in ("unit_code", "unit_name", "unit_parent", "feature_code", "feature_name", "feature_parent"):
            out[column] = out[column].astype(object)
        return out[list(UNMATCHED_COLUMNS)]
