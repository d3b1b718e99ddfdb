"""fiefs:importresults — read and validate a results table into the canonical long table."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import results as res
from fiefs_plugin.gis import tables
from fiefs_plugin.gis.output import write_table
from fiefs_plugin.processing.base import FiefsAlgorithm

# The reading parameters are shared by importresults, joinresults and storeimport: one
# translation context for them, whatever algorithm adds them.
translate = QCoreApplication.translate

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
    params = [
        QgsProcessingParameterEnum(
            "FORMAT", translate("ResultsReading", "Table shape"),
            options=[translate("ResultsReading", "Detect"), translate("ResultsReading", "Wide: one column per party or list"), translate("ResultsReading", "Long: one row per unit and party")],
            defaultValue=0,
        ),
        QgsProcessingParameterString("ELECTION", translate("ResultsReading", "Election name (default: the file name)"), optional=True),
        QgsProcessingParameterString("ENCODING", translate("ResultsReading", "Text encoding of a CSV/TXT file (empty: detect)"), optional=True),
        QgsProcessingParameterEnum(
            "DELIMITER", translate("ResultsReading", "Delimiter of a CSV/TXT file"),
            options=[translate("ResultsReading", "Detect"), translate("ResultsReading", "Comma"), translate("ResultsReading", "Semicolon"), translate("ResultsReading", "Tab"), translate("ResultsReading", "Pipe")], defaultValue=0,
        ),
    ]
    labels = {
        "CODE_FIELD": translate("ResultsReading", "Unit code column (default: detected from the headers)"),
        "NAME_FIELD": translate("ResultsReading", "Unit name column"),
        "PARENT_CODE_FIELD": translate("ResultsReading", "Parent unit code column (province, department, constituency)"),
        "PARENT_NAME_FIELD": translate("ResultsReading", "Parent unit name column"),
        "REGISTERED_FIELD": translate("ResultsReading", "Registered voters column"),
        "VOTERS_FIELD": translate("ResultsReading", "Voters (ballots cast) column"),
        "VALID_FIELD": translate("ResultsReading", "Valid votes column"),
        "BLANK_FIELD": translate("ResultsReading", "Blank ballots column"),
        "INVALID_FIELD": translate("ResultsReading", "Invalid ballots column"),
        "PARTY_FIELD": translate("ResultsReading", "Party or list column (long table)"),
        "PARTY_NAME_FIELD": translate("ResultsReading", "Party full name column (long table)"),
        "VOTES_FIELD": translate("ResultsReading", "Votes column (long table)"),
        "SEATS_FIELD": translate("ResultsReading", "Seats column (long table)"),
        "PARTY_FIELDS": translate("ResultsReading", "Party vote columns, comma-separated (wide table; default: the remaining numeric columns)"),
        "SEATS_FIELDS": translate("ResultsReading", "Party seats columns, comma-separated (wide table; default: seats_‹party› columns)"),
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
            return False, translate("ResultsReading", "Incorrect parameter value for {name}").format(name=definition.description())
    return True, ""


def _listed(text) -> list[str] | None:
    return [c.strip() for c in str(text or "").split(",") if c.strip()] or None


def canonical_roles() -> res.FieldRoles:
    """The roles of the canonical long table (the OUTPUT of fiefs:importresults), read as it is."""
    from fiefs_plugin.core import fields as fld

    return res.FieldRoles(
        shape=res.LONG, code=res.UNIT_CODE, name=res.UNIT_NAME, parent_code=res.PARENT_CODE,
        parent_name=res.PARENT_NAME, registered=fld.REGISTERED, voters=fld.VOTERS, valid=fld.VALID,
        blank=fld.BLANK, invalid=fld.INVALID, party=res.PARTY, party_name=res.PARTY_NAME, votes=res.VOTES,
        seats=res.SEATS)


def applied_roles(frame, values: dict, source: str = "", overrides_extra: dict | None = None) -> res.FieldRoles:
    """The column roles the algorithm applies to ``frame`` for the reading parameters in
    ``values`` (parameter name -> value as given to processing.run: the role columns,
    PARTY_FIELDS and SEATS_FIELDS as comma-separated text, FORMAT as its index). The
    dock calls it on its preview to show what the import will do. Raises ResultsError."""
    if res.is_long_table(frame.columns):
        return canonical_roles()
    overrides = {role: str(values.get(name) or "").strip() or None for role, name in FIELD_PARAMETERS.items()}
    overrides.update({k: v for k, v in (overrides_extra or {}).items() if v})
    frame = frame.rename(columns=str)
    return res.guess_roles(frame, overrides, FORMATS[int(values.get("FORMAT") or 0)],
                           _listed(values.get("PARTY_FIELDS")), source, seat_columns=_listed(values.get("SEATS_FIELDS")))


def roles_json(roles: res.FieldRoles) -> str:
    """The roles as JSON (the ROLES output): shape, every role (column or null), party_columns
    (vote column -> party label) and seat_columns (party label -> seats column)."""
    data = {"shape": roles.shape}
    data.update({role: getattr(roles, role) for role in res.ROLE_NAMES})
    data["party_columns"] = dict(roles.party_columns)
    data["seat_columns"] = dict(roles.seat_columns)
    return json.dumps(data, ensure_ascii=False)


def roles_from_json(text: str) -> res.FieldRoles:
    """The FieldRoles of a ROLES output."""
    data = json.loads(text) if text else {}
    roles = res.FieldRoles(shape=data.get("shape") or res.WIDE)
    for role in res.ROLE_NAMES:
        setattr(roles, role, data.get(role))
    roles.party_columns = dict(data.get("party_columns") or {})
    roles.seat_columns = dict(data.get("seat_columns") or {})
    return roles


def _reading_values(algorithm, parameters, context) -> dict:
    values: dict = {"FORMAT": algorithm.parameterAsEnum(parameters, "FORMAT", context)}
    for name in [*FIELD_PARAMETERS.values(), "PARTY_FIELDS", "SEATS_FIELDS"]:
        if algorithm.parameterDefinition(name):
            values[name] = algorithm.parameterAsString(parameters, name, context)
    return values


def read_result_set(algorithm, parameters, context, feedback, input_name: str,
                    overrides_extra: dict | None = None) -> res.ResultSet:
    """``read_result_set_and_roles`` without the roles."""
    return read_result_set_and_roles(algorithm, parameters, context, feedback, input_name, overrides_extra)[0]


def read_result_set_and_roles(algorithm, parameters, context, feedback, input_name: str,
                              overrides_extra: dict | None = None) -> tuple[res.ResultSet, res.FieldRoles]:
    """Read the table of ``input_name`` into a ResultSet with the reading parameters.

    A canonical long table (the OUTPUT of fiefs:importresults) is read back as it is;
    anything else goes through detection and validation. Errors become a
    QgsProcessingException naming file, row and column.
    """
    encoding = algorithm.parameterAsString(parameters, "ENCODING", context).strip() or None
    delimiter = DELIMITER_CHOICES[algorithm.parameterAsEnum(parameters, "DELIMITER", context)] or None
    raw = tables.read_parameter(algorithm, parameters, input_name, context, feedback, encoding, delimiter)
    feedback.pushInfo(translate("ResultsReading", "Read {rows} rows from {source}").format(rows=len(raw.frame), source=raw.source))
    if raw.encoding:
        feedback.pushInfo(translate("ResultsReading", "Encoding {encoding}, delimiter {delimiter}").format(
            encoding=raw.encoding, delimiter=repr(raw.delimiter)))
    election = algorithm.parameterAsString(parameters, "ELECTION", context).strip()
    try:
        if res.is_long_table(raw.frame.columns):
            result_set = res.ResultSet.from_long_table(raw.frame, raw.source)
            if election:
                result_set.election = election
            return result_set, canonical_roles()
        if raw.frame is None or len(raw.frame.columns) == 0 or len(raw.frame) == 0:
            res.read_results(raw.frame, source=raw.source)  # raises "the table has no data rows"
        roles = applied_roles(raw.frame, _reading_values(algorithm, parameters, context), raw.source,
                              overrides_extra)
        result_set = res.read_results(
            raw.frame, election=election or Path(raw.source.split("|")[0]).stem, source=raw.source,
            lines=raw.lines, roles=roles, numbers=raw.numbers,
        )
        return result_set, roles
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
    ROLES = "ROLES"

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
            "Wide tables: the party vote columns are PARTY_FIELDS, or else the numeric columns no role "
            "took; the seats columns are SEATS_FIELDS, or else the columns named with a seats prefix and a "
            "party (seats_PAM, Sièges PAM, s_PAM), found also when PARTY_FIELDS is given. Pairing rule: a "
            "seats column goes to the party it names after its prefix; when the seats columns given do not "
            "all pair that way and there are as many as party columns, the i-th seats column goes with the "
            "i-th party column; a column in PARTY_FIELDS named like the seats of another listed party is "
            "taken as its seats. ROLES (and the log) give the roles applied, as JSON: shape, each role's "
            "column, party_columns (vote column -> party) and seat_columns (party -> seats column).\n\n"
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
        self.addOutput(QgsProcessingOutputString(self.ROLES, self.tr("Column roles applied (JSON)")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        return check_with_files(self, parameters, context, (self.INPUT,))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        result_set, roles = read_result_set_and_roles(self, parameters, context, feedback, self.INPUT)
        roles_text = roles_json(roles)
        feedback.pushInfo(self.tr("Column roles: {roles}").format(roles=roles_text))
        feedback.setProgress(50)
        warnings = [i for i in result_set.issues if i.severity == res.WARNING]
        for issue in result_set.issues[:50]:
            if issue.severity == res.WARNING:
                feedback.reportError(issue.as_text(), False)
            else:
                feedback.pushInfo(issue.as_text())
        if len(warnings) > 50:
            feedback.pushInfo(self.tr("{n} warnings in all: see the report table").format(n=len(warnings)))

        table = result_set.long_table(zero_rows=self.parameterAsBool(parameters, self.KEEP_ZEROS, context))
        dest_id = write_table(self, parameters, self.OUTPUT, context, table, feedback)
        if dest_id is None:
            if feedback.isCanceled():
                return {}
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        outputs = {self.OUTPUT: dest_id}
        report_id = write_table(self, parameters, self.REPORT, context, result_set.issues_frame(), feedback)
        if report_id:
            outputs[self.REPORT] = report_id
        if feedback.isCanceled():
            return {}
        feedback.pushInfo(self.tr("{units} units, {parties} parties, {rows} rows, {warnings} warnings").format(
            units=len(result_set.totals), parties=len(result_set.parties), rows=len(table), warnings=len(warnings)))
        outputs.update({self.UNITS: len(result_set.totals), self.PARTIES: len(result_set.parties),
                        self.WARNINGS: len(warnings), self.ROLES: roles_text})
        return outputs

