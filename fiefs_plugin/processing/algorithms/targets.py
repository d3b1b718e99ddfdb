"""fiefs:targets — votes a party needs to win a unit or one more seat, and its cushions
(logic in core/targets.py)."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from fiefs_plugin.processing.base import FiefsAlgorithm

SYSTEMS = ("auto", "plurality", "largest_remainder")
BASES = ("valid", "registered", "eligible")


class TargetsAlgorithm(FiefsAlgorithm):
    NAME = "targets"
    GROUP = "analysis"

    INPUT = "INPUT"
    PARTY = "PARTY"
    SYSTEM = "SYSTEM"
    SEATS_FIELD = "SEATS_FIELD"
    QUOTA_BASE = "QUOTA_BASE"
    THRESHOLD = "THRESHOLD"
    NAME_FIELD = "NAME_FIELD"
    OUTPUT = "OUTPUT"
    TARGETS = "TARGETS"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Campaign targets: votes to gain, cushions to defend")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Where can the party win, and where must it defend? Per unit of a joined layer, for PARTY:\n\n"
            "Plurality units (one seat, or no seat count): where the party is not first, tgt_need = v_leader - "
            "v_party + 1 extra votes put it ahead (other parties unchanged) and tgt_switch = floor((v_leader - "
            "v_party) / 2) + 1 voters won over from the leader do the same; where it is first, tgt_cushion = "
            "v_party - v_runner_up, the lead a rival must make up to tie. tgt_seats is 1 where it leads.\n\n"
            "Multi-seat list units (seats > 1; SEATS_FIELD, or the sum of the seats_‹P› fields): seats by the "
            "largest-remainder method with the Hare quota = base / seats. QUOTA_BASE: valid votes (classic Hare "
            "quota); registered voters, Morocco's rule since loi organique n° 04.21 (2021), which computes the "
            "electoral quotient on the registered voters of the constituency and dropped the threshold; or the "
            "valid votes of the lists that reach the threshold, Morocco's rule until 2016 (with a 3 % threshold "
            "since loi organique n° 20.16). THRESHOLD: lists under this percentage of valid votes take no seat "
            "(default 0; 3 for Morocco 2016). On the Moroccan local constituencies these rules give the official "
            "seats of all 92 constituencies in 2016 (eligible lists, 3 %), 2021 and 2026 (registered voters). Each list gets floor(votes / quota) seats, the remaining seats go "
            "to the largest remainders; ties go to the list with more votes, then against the party studied, so "
            "targets are never optimistic. tgt_seats = the party's seats under this rule; tgt_need = the fewest "
            "extra votes (others unchanged) for one more seat, NULL when none is possible (with registered "
            "voters as base, valid votes cannot exceed them); tgt_cushion = the most votes it can lose and keep "
            "all its seats. Both are exact (bisection on the allocation).\n\n"
            "tgt_need_pct and tgt_cushion_pct give the same in points of the unit's valid votes; tgt_rival is the "
            "party to overtake or whose seat would change hands (for a gain), or the closest challenger (for a "
            "defence). Units with no valid votes get NULL.\n\n"
            "TARGETS is the ranked list: 'gain' rows, fewest votes needed first, then 'defend' rows, thinnest "
            "cushion first (tgt_order within each). Geometry is copied unchecked."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Joined layer"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterString(self.PARTY, self.tr("Party code")))
        self.addParameter(QgsProcessingParameterEnum(
            self.SYSTEM, self.tr("Electoral system"),
            options=[self.tr("Automatic: largest remainder where a unit has more than one seat"),
                     self.tr("Plurality (first past the post)"), self.tr("Largest remainder (list PR)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.SEATS_FIELD, self.tr("Seats per unit (default: sum of the seats_‹P› fields)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.QUOTA_BASE, self.tr("Quota base"),
            options=[self.tr("Valid votes (Hare quota)"), self.tr("Registered voters (Morocco since 2021)"),
                     self.tr("Valid votes of the lists above the threshold (Morocco until 2016)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Legal threshold (% of valid votes)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0, minValue=0.0, maxValue=99.0))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field for the ranked list"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Targets (map)"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TARGETS, self.tr("Ranked target list"), QgsProcessing.SourceType.TypeVector, optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # Geometry is copied (or dissolved, with its own fallback), never analysed: invalid
        # polygons must not stop a results computation. The caller's setting is restored.
        check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        try:
            return self._process(parameters, context, feedback)
        finally:
            context.setInvalidGeometryCheck(check)

    def _process(self, parameters, context, feedback):
        from fiefs_plugin.core import fields
        from fiefs_plugin.core.targets import target_table, targets
        from fiefs_plugin.gis.frames import fields_for_frame, source_frame
        from fiefs_plugin.gis.geopackage import table_of_parameter
        from fiefs_plugin.gis.output import open_output, write_table

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        party = self.parameterAsString(parameters, self.PARTY, context).strip()
        names = source.fields().names()
        if fields.votes_field(party) not in names:
            raise QgsProcessingException(self.tr("The layer has no field {field}: party codes there are {codes}.").format(
                field=fields.votes_field(party), codes=", ".join(fields.party_codes_in(names)) or "none"))
        system = SYSTEMS[self.parameterAsEnum(parameters, self.SYSTEM, context)]
        base = BASES[self.parameterAsEnum(parameters, self.QUOTA_BASE, context)]
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context) / 100.0
        seats_field = self.parameterAsString(parameters, self.SEATS_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        if base == "registered" and fields.REGISTERED not in names:
            raise QgsProcessingException(self.tr(
                "The quota on registered voters needs a 'registered' field, which the layer does not have."))
        read = [n for n in names if n in fields.TOTAL_FIELDS or n.startswith(fields.VOTES_PREFIX)
                or n.startswith(fields.SEATS_PREFIX) or n in (fields.UNIT, seats_field, name_field)]
        read += [fields.share_field(party)] if fields.share_field(party) in names else []
        whole = table_of_parameter(self, parameters, self.INPUT, context)  # a GeoPackage read and copied by SQL
        frame = source_frame(source, list(dict.fromkeys(read)), feedback, table=whole)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        seats = frame[seats_field] if seats_field else None
        try:
            table = targets(frame, party, seats=seats, quota_base=base, threshold=threshold, system=system)
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        lr = int((table[fields.TGT_SYSTEM] == "largest_remainder").sum())
        feedback.pushInfo(self.tr("{lr} unit(s) by largest remainder, {pl} by plurality.").format(
            lr=lr, pl=len(table) - lr))
        if base == "registered" and system != "plurality":
            missing = frame[fields.REGISTERED].isna() | (frame[fields.REGISTERED] <= 0)
            if missing.any():
                feedback.pushWarning(self.tr(
                    "{n} unit(s) have no registered voters: treated as plurality units.").format(n=int(missing.sum())))
        out_fields = fields_for_frame(table, base=source.fields())
        output = open_output(self, parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                             source.sourceCrs(), feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.copy_source(source, table, whole, progress=(40.0, 90.0))
        dest_id = output.finish()
        if dest_id is None:
            return {}
        outputs = {self.OUTPUT: dest_id}

        if frame.get(fields.share_field(party)) is None:
            from fiefs_plugin.core.indicators import unit_indicators

            frame[fields.share_field(party)] = unit_indicators(frame)[fields.share_field(party)]
        ranked = target_table(table, frame, party, key=fields.UNIT, extra=[name_field] if name_field else [])
        ranked_id = write_table(self, parameters, self.TARGETS, context, ranked, feedback)
        if ranked_id:
            outputs[self.TARGETS] = ranked_id
        return {} if feedback.isCanceled() else outputs
