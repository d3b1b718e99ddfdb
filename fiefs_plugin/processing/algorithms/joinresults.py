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
from fiefs_plugin.gis.geopackage import table_of_parameter
from fiefs_plugin.gis.output import open_output
from fiefs_plugin.processing.algorithms.importresults import (
    add_reading_parameters,
    check_with_files,
    read_result_set,
)
from fiefs_plugin.processing.base import FiefsAlgorithm

FEATURE_ID = "feature_id"  # the commune's feature id in UNMATCHED and MATCH_REPORT (never "fid": GeoPackage's own)
UNMATCHED_COLUMNS = (
    "kind", "unit_code", "unit_name", "unit_parent", FEATURE_ID, "feature_code", "feature_name", "feature_parent",
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
    RESULTS_PARENT_NAME_FIELD = "RESULTS_PARENT_NAME_FIELD"
    CROSSWALK = "CROSSWALK"
    MIN_SCORE = "MIN_SCORE"
    MARGIN = "MARGIN"
    FUZZY = "FUZZY"
    SUM_DUPLICATES = "SUM_DUPLICATES"
    CANDIDATES = "CANDIDATES"
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
            "registered, v_‹PARTY› votes, s_‹PARTY› = votes / valid (0-1), seats_‹PARTY›, winner, "
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
            "unit with its method, score, feature and next candidates: as text (candidates) and, for every "
            "unit, matched or not, as columns cand_1_fid, cand_1_code, cand_1_name, cand_1_score ... "
            "cand_N_... for the CANDIDATES best features (default 3, at most 10; the chosen feature first; "
            "scores 0-100: 100 code, 100/99/98 name keys strict/compact/loose, else the fuzzy score; empty "
            "past the last candidate). CROSSWALK_OUTPUT writes the report as a CSV to review, edit "
            "(feature_code) and give back as CROSSWALK.\n\n"
            "Parents: the layer's parent field (INPUT_PARENT_FIELD) is aligned with the parent code column of "
            "the results (RESULTS_PARENT_FIELD) or their parent name column (RESULTS_PARENT_NAME_FIELD): the "
            "one given, else, when the results have both, the one whose values are found among the layer's "
            "parents for more units (codes by normalised code, names by normalised then fuzzy name). For the "
            "output of Import election results give parent_name as RESULTS_PARENT_NAME_FIELD to use the "
            "names."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Commune layer"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESULTS, self.tr("Results table (CSV, XLSX, ODS, layer or imported results)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_CODE_FIELD, self.tr("Commune code field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_CODE_FIELD, self.tr("Results code column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_NAME_FIELD, self.tr("Commune name field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_NAME_FIELD, self.tr("Results name column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.INPUT_PARENT_FIELD, self.tr("Commune parent field (province, department...)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_PARENT_FIELD, self.tr("Results parent code column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS_PARENT_NAME_FIELD, self.tr("Results parent name column (default: detected)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CROSSWALK, self.tr("Crosswalk (reviewed result code -> feature code)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SCORE, self.tr("Minimum fuzzy score (0-100)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=matching.MatchOptions.min_score, minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SUM_DUPLICATES, self.tr("Add up several result units that match one feature (wards)"),
            defaultValue=False))
        advanced = [
            QgsProcessingParameterNumber(
                self.MARGIN, self.tr("Fuzzy: lead over the second candidate (points)"),
                QgsProcessingParameterNumber.Type.Double, defaultValue=matching.MatchOptions.margin,
                minValue=0, maxValue=100),
            QgsProcessingParameterBoolean(self.FUZZY, self.tr("Fuzzy matching of names"), defaultValue=True),
            QgsProcessingParameterNumber(
                self.CANDIDATES, self.tr("Match report: candidate features per unit (cand_1_... columns)"),
                QgsProcessingParameterNumber.Type.Integer, defaultValue=matching.MatchOptions.candidates,
                minValue=0, maxValue=matching.MAX_CANDIDATE_COLUMNS),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        add_reading_parameters(self, skip=("CODE_FIELD", "NAME_FIELD", "PARENT_CODE_FIELD", "PARENT_NAME_FIELD"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Joined communes"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.UNMATCHED, self.tr("Unmatched results and communes"), QgsProcessing.SourceType.TypeVector,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.MATCH_REPORT, self.tr("Match report"), QgsProcessing.SourceType.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CROSSWALK_OUTPUT, self.tr("Crosswalk to review (CSV)"), self.tr("CSV files (*.csv)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED_COUNT, self.tr("Matched result units")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_RESULTS, self.tr("Result units without a commune")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_FEATURES, self.tr("Communes without a result")))

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
        results_parent_name = self.parameterAsString(
            parameters, self.RESULTS_PARENT_NAME_FIELD, context).strip() or None
        if results_parent == res.PARENT_NAME and not results_parent_name:
            # "parent_name" as the parent column: the names (as before RESULTS_PARENT_NAME_FIELD existed)
            results_parent, results_parent_name = None, res.PARENT_NAME

        overrides = {
            "code": self.parameterAsString(parameters, self.RESULTS_CODE_FIELD, context).strip() or None,
            "name": self.parameterAsString(parameters, self.RESULTS_NAME_FIELD, context).strip() or None,
            "parent_code": results_parent,
            "parent_name": results_parent_name,
        }
        result_set = read_result_set(self, parameters, context, feedback, self.RESULTS, overrides)
        feedback.pushInfo(self.tr("{units} result units, {parties} parties").format(
            units=len(result_set.totals), parties=len(result_set.parties)))
        feedback.setProgress(10)

        whole = table_of_parameter(self, parameters, self.INPUT, context)  # a GeoPackage read and copied by SQL
        features = join.feature_keys(source, code_field, name_field, parent_field, feedback, table=whole)
        parent_side = None
        if parent_field:
            parent_side = self._parent_side(result_set, features, results_parent, results_parent_name,
                                            self.parameterAsBool(parameters, self.FUZZY, context))
            if parent_side is None:
                feedback.reportError(self.tr("The results have no parent column: the parent field is not used."),
                                     False)
            else:
                feedback.pushInfo(self.tr("Parents: the results' parent {side} column is matched to the field {field}"
                                          ).format(side=self.tr("code") if parent_side == "code" else self.tr("name"),
                                                   field=parent_field))
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
            candidates=self.parameterAsInt(parameters, self.CANDIDATES, context),
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
        output = open_output(self, parameters, self.OUTPUT, context, fields,
                             QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs(), feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.copy_source(source, table, whole, progress=(60, 95))
        dest_id = output.finish()
        if dest_id is None:
            return {}
        outputs = {self.OUTPUT: dest_id}

        # a GeoPackage keeps "fid" for its own feature ids: the layer's feature id is feature_id here
        def report_frame():
            fid_columns = ["fid", *(c for c in report.units.columns if c.startswith("cand_") and c.endswith("_fid"))]
            return report.units.astype({c: "float64" for c in fid_columns}).rename(columns={"fid": FEATURE_ID})

        for name, make in ((self.UNMATCHED, lambda: self._unmatched_frame(report)), (self.MATCH_REPORT, report_frame)):
            if not parameters.get(name):  # an optional table nobody asked for: not even built
                continue
            frame = make()
            table_fields = fields_for_frame(frame)
            table_output = open_output(self, parameters, name, context, table_fields, QgsWkbTypes.Type.NoGeometry,
                                       feedback=feedback)
            if table_output is not None:
                table_output.write_frame(frame)
                table_id = table_output.finish()
                if table_id is None:
                    return {}
                outputs[name] = table_id
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
    def _parent_side(result_set, features, code_column, name_column, fuzzy: bool) -> str | None:
        """``"code"`` or ``"name"``: the results' parent column to align with the layer's parents."""
        codes = result_set.totals[res.PARENT_CODE]
        names = result_set.totals[res.PARENT_NAME]
        has_codes, has_names = codes.notna().any(), names.notna().any()
        if code_column and not name_column and has_codes:
            return "code"
        if name_column and not code_column and has_names:
            return "name"
        options = matching.MatchOptions(use_fuzzy=fuzzy)
        return matching.choose_parent_side(codes.tolist(), names.tolist(), features[matching.PARENT].tolist(),
                                           options)

    @staticmethod
    def _unmatched_frame(report: matching.MatchReport):
        import pandas as pd

        units = report.units[report.units["status"] != matching.MATCHED]
        rows = pd.DataFrame({
            "kind": "result",
            "unit_code": units["unit_code"], "unit_name": units["unit_name"], "unit_parent": units["unit_parent"],
            FEATURE_ID: units["fid"].astype("float64"), "feature_code": units["feature_code"],
            "feature_name": units["feature_name"], "feature_parent": units["feature_parent"],
            "status": units["status"], "candidates": units["candidates"], "note": units["note"],
        })
        free = report.unmatched_features
        features = pd.DataFrame({
            "kind": "feature", "unit_code": None, "unit_name": None, "unit_parent": None,
            FEATURE_ID: free[matching.KEY].astype("float64"),
            "feature_code": free[matching.CODE], "feature_name": free[matching.NAME],
            "feature_parent": free[matching.PARENT], "status": matching.UNMATCHED,
            "candidates": "", "note": "no result unit for this feature",
        })
        out = pd.concat([rows, features], ignore_index=True)
        for column in ("unit_code", "unit_name", "unit_parent", "feature_code", "feature_name", "feature_parent"):
            out[column] = out[column].astype(object)
        return out[list(UNMATCHED_COLUMNS)]
