"""fiefs:importresults — read and validate a results table into the canonical long table."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from fiefs_plugin.core import results as res
from fiefs_plugin.gis import tables
from fiefs_plugin.gis.frames import fields_for_frame
from fiefs_plugin.processing.base import FiefsAlgorithm

DELIMITER_CHOICES = ("", ",", ";", "\t", "|")
FORMATS = ("auto", res.WIDE, res.LONG)

# role -> parameter name of its column override
FIELD_PARAMETERS = {
    "code": "CODE_FIELD",
    "name": "NAME_FIELD",
    "parent_code": "PARENT_CODE_FIELD",
    "parent_name": "PARENT_NAME_FIELD",
    "registered": "REGISTERED_FIELD",
    "voters": "VOTERS_FIELD",
    "valid": "VALID_FIELD",
    "blank": "BLANK_FIELD",
    "invalid": "INVALID_FIELD",
    "party": "PARTY_FIELD",
    "party_name": "PARTY_NAME_FIELD",
    "votes": "VOTES_FIELD",
    "seats": "SEATS_FIELD",
}


def add_reading_parameters(algorithm, basic: tuple[str, ...] = (), skip: tuple[str, ...] = ()) -> None:
    """The parameters that say how to read a results table (shared with joinresults);
    all advanced except those named in ``basic``; those in ``skip`` are not added."""
    tr = algorithm.tr
    params = [
        QgsProcessingParameterEnum(
            "FORMAT", tr("Table shape"),
            options=[tr("Detect"), tr("Wide: one column per party or list"), tr("Long: one row per unit and party")],
            defaultValue=0,
        ),
        QgsProcessingParameterString("ELECTION", tr("Election name (default: the file name)"), optional=True),
        QgsProcessingParameterString("ENCODING", tr("Text encoding of a CSV/TXT file (empty: detect)"), optional=True),
        QgsProcessingParameterEnum(
            "DELIMITER", tr("Delimiter of a CSV/TXT file"),
            options=[tr("Detect"), tr("Comma"), tr("Semicolon"), tr("Tab"), tr("Pipe")], defaultValue=0,
        ),
    ]
    labels = {
        "CODE_FIELD": tr("Unit code column (default: detected from the headers)"),
        "NAME_FIELD": tr("Unit name column"),
        "PARENT_CODE_FIELD": tr("Parent unit code column (province, department, constituency)"),
        "PARENT_NAME_FIELD": tr("Parent unit name column"),
        "REGISTERED_FIELD": tr("Registered voters column"),
        "VOTERS_FIELD": tr("Voters (ballots cast) column"),
        "VALID_FIELD": tr("Valid votes column"),
        "BLANK_FIELD": tr("Blank ballots column"),
        "INVALID_FIELD": tr("Invalid ballots column"),
        "PARTY_FIELD": tr("Party or list column (long table)"),
        "PARTY_NAME_FIELD": tr("Party full name column (long table)"),
        "VOTES_FIELD": tr("Votes column (long table)"),
        "SEATS_FIELD": tr("Seats column (long table)"),
        "PARTY_FIELDS": tr("Party vote columns, comma-separated (wide table; default: the remaining numeric columns)"),
    }
    for name, label in labels.items():
        if name not in skip:
            params.append(QgsProcessingParameterString(name, label, optional=True))
    for param in params:
        if param.name() not in basic:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        algorithm.addParameter(param)


def check_with_files(algorithm, parameters, context, file_parameters: tuple[str, ...]) -> tuple[bool, str]:
    """``checkParameterValues`` for algorithms whose table parameters also take a CSV, TXT
    or spreadsheet path: such a path is read by Fiefs, not loaded as a layer by QGIS (which
    fails on UTF-16 or Windows-1256 text), so it is only checked to exist."""
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if name in file_parameters and tables.is_table_file(value):
            continue
        if not definition.checkValueIsAcceptable(value, context):
            return False, algorithm.tr("Incorrect parameter value for {name}").format(name=definition.description())
    return True, ""


def read_result_set(algorithm, parameters, context, feedback, input_name: str,
                    overrides_extra: dict | None = None) -> res.ResultSet:
    """Read the table of ``input_name`` into a ResultSet with the reading parameters.

    A canonical long table (the OUTPUT of fiefs:importresults) is read back as it is;
    anything else goes through detection and validation. Errors become a
    QgsProcessingException naming file, row and column.
    """
    encoding = algorithm.parameterAsString(parameters, "ENCODING", context).strip() or None
    delimiter = DELIMITER_CHOICES[algorithm.parameterAsEnum(parameters, "DELIMITER", context)] or None
    raw = tables.read_parameter(algorithm, parameters, input_name, context, feedback, encoding, delimiter)
    feedback.pushInfo(algorithm.tr("Read {rows} rows from {source}").format(rows=len(raw.frame), source=raw.source))
    if raw.encoding:
        feedback.pushInfo(algorithm.tr("Encoding {encoding}, delimiter {delimiter}").format(
            encoding=raw.encoding, delimiter=repr(raw.delimiter)))
    election = algorithm.parameterAsString(parameters, "ELECTION", context).strip()
    try:
        if res.is_long_table(raw.frame.columns):
            result_set = res.ResultSet.from_long_table(raw.frame, raw.source)
            if election:
                result_set.election = election
            return result_set
        overrides = {role: algorithm.parameterAsString(parameters, name, context).strip() or None
                     for role, name in FIELD_PARAMETERS.items() if algorithm.parameterDefinition(name)}
        overrides.update({k: v for k, v in (overrides_extra or {}).items() if v})
        party_text = algorithm.parameterAsString(parameters, "PARTY_FIELDS", context).strip()
        party_columns = [c.strip() for c in party_text.split(",") if c.strip()] or None
        shape = FORMATS[algorithm.parameterAsEnum(parameters, "FORMAT", context)]
        return res.read_results(
            raw.frame, election=election or Path(raw.source.split("|")[0]).stem, source=raw.source,
            lines=raw.lines, overrides=overrides, shape=shape, party_columns=party_columns, numbers=raw.numbers,
        )
    except res.ResultsError as exc:
        raise QgsProcessingException(str(exc)) from exc


class ImportResultsAlgorithm(FiefsAlgorithm):
    NAME = "importresults"
    GROUP = "results"

    INPUT = "INPUT"
    FORMAT = "FORMAT"
    ELECTION = "ELECTION"
    ENCODING = "ENCODING"
    DELIMITER = "DELIMITER"
    PARTY_FIELDS = "PARTY_FIELDS"
    KEEP_ZEROS = "KEEP_ZEROS"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    UNITS = "UNITS"
    PARTIES = "PARTIES"
    WARNINGS = "WARNINGS"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Import election results")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Reads a results table (CSV/TXT, XLSX/ODS or any QGIS table) and writes the canonical "
            "long table: one row per unit and party with election, unit code and name, parent code "
            "and name, party code and original name, votes, seats and the unit's registered, voters, "
            "blank, invalid and valid counts.\n\n"
            "Detection: encoding (UTF-8 with or without BOM, UTF-16, Windows-1256, Windows-1252), "
            "delimiter (comma, semicolon, tab, pipe), shape (wide: one column per party; long: party "
            "and votes columns) and the column of each role from French, Arabic or English headers "
            "(code, commune, province/département, inscrits/registered/المسجلون, votants/voters, "
            "exprimés/valid, blancs, nuls, sièges/seats, parti/liste). Every role can be set in the "
            "advanced parameters. Numbers are read as official files write them: thousands "
            "separators (space, no-break space, dot, comma), decimal commas, Arabic-Indic digits.\n\n"
            "Errors stop the algorithm with the file, row and column (missing column, text or "
            "negative number in a count column, empty table, a unit or unit x party twice). "
            "Inconsistencies become warnings in REPORT: party votes different from valid votes, "
            "voters above registered, valid above voters, valid + blank + invalid different from "
            "voters. Without a valid-votes column, valid = the sum of the party votes.\n\n"
            "Party codes are field-safe ASCII (Arabic names are transliterated); the original names "
            "are kept in the party_name column. Rows of a party with 0 votes and no seat in a unit "
            "are left out unless asked for (a national table has a million of them); a party "
            "without a row in a unit has 0 votes there."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Results table (CSV, TXT, XLSX, ODS or layer)"),
            [QgsProcessing.SourceType.TypeVector],
        ))
        add_reading_parameters(self, basic=(self.FORMAT, self.ELECTION))
        keep = QgsProcessingParameterBoolean(
            self.KEEP_ZEROS, self.tr("Keep rows of parties with 0 votes and no seat in a unit"), defaultValue=False)
        keep.setFlags(keep.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(keep)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Results (canonical long table)"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REPORT, self.tr("Import report"), QgsProcessing.SourceType.TypeVector, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.UNITS, self.tr("Units")))
        self.addOutput(QgsProcessingOutputNumber(self.PARTIES, self.tr("Parties")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Warnings")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        return check_with_files(self, parameters, context, (self.INPUT,))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        result_set = read_result_set(self, parameters, context, feedback, self.INPUT)
        feedback.setProgress(50)
        warnings = [i for i in result_set.issues if i.severity == res.WARNING]
        for issue in result_set.issues[:50]:
            if issue.severity == res.WARNING:
                feedback.reportError(issue.as_text(), False)
            else:
                feedback.pushInfo(issue.as_text())
        if len(warnings) > 50:
            feedback.pushInfo(self.tr("{n} warnings in all: see the report table").format(n=len(warnings)))

        table = result_set.long_table()
        if not self.parameterAsBool(parameters, self.KEEP_ZEROS, context):
            table = res.without_zero_rows(table)
        fields = fields_for_frame(table)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        tables.write_rows(sink, table, fields, feedback)
        outputs = {self.OUTPUT: dest_id}
        report = result_set.issues_frame()
        report_fields = fields_for_frame(report)
        report_sink, report_id = self.parameterAsSink(parameters, self.REPORT, context, report_fields,
                                                      QgsWkbTypes.Type.NoGeometry)
        if report_sink is not None:
            tables.write_rows(report_sink, report, report_fields, feedback)
            outputs[self.REPORT] = report_id
        feedback.pushInfo(self.tr("{units} units, {parties} parties, {rows} rows, {warnings} warnings").format(
            units=len(result_set.totals), parties=len(result_set.parties), rows=len(table), warnings=len(warnings)))
        outputs.update({self.UNITS: len(result_set.totals), self.PARTIES: len(result_set.parties),
                        self.WARNINGS: len(warnings)})
        return outputs

