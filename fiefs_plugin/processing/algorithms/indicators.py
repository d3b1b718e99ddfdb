"""fiefs:indicators — party indicators on a joined layer (logic in core/indicators.py)."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from fiefs_plugin.processing.base import FiefsAlgorithm


def party_list(text: str) -> list[str]:
    """Party codes from a parameter: comma, semicolon or space separated."""
    return [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p.strip()]


class IndicatorsAlgorithm(FiefsAlgorithm):
    NAME = "indicators"
    GROUP = "analysis"

    INPUT = "INPUT"
    PARTY = "PARTY"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Party indicators")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Adds party indicators to a joined layer (fields v_‹P› = votes of party P, valid, registered, voters). "
            "One row per unit; units with no valid votes get NULL, never an error.\n\n"
            "Per unit: turnout = voters / registered (0-1); s_‹P› = v_P / valid (0-1); winner, winner_share, "
            "runner_up; margin = (s_first - s_second) x 100 (percentage points); enp = 1 / sum(s_P^2), the "
            "effective number of parties (Laakso & Taagepera 1979).\n\n"
            "Per party P (PARTY: one or more codes separated by commas; empty = every party): "
            "rank_‹P› (1 = first; ties share the better rank; NULL where the party did not stand); "
            "margin_‹P› = (s_P - largest share of another party) x 100: the lead over the runner-up when P is "
            "first, minus its distance to the winner otherwise (points); lq_‹P› = s_P / S_P, the location "
            "quotient, where S_P = sum v_P / sum valid over the whole input layer (the votes-weighted overall "
            "share; LQ > 1: over-represented); dev_‹P› = (s_P - S_P) x 100, deviation from the overall share in "
            "points (the per-election term of Cook's Partisan Voting Index); conc_‹P› = v_P / sum v_P, the share "
            "of the party's total vote held by the unit (0-1). seats_‹P› fields are kept as they are.\n\n"
            "Shares and winners are recomputed from the votes with the same function as the join and "
            "aggregation steps. The input layer is not modified; its geometry is copied unchecked (invalid "
            "polygons do not stop the algorithm)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Joined layer"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            self.PARTY, self.tr("Parties (codes, comma separated; empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Layer with indicators"), QgsProcessing.SourceType.TypeVectorAnyGeometry))

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
        from fiefs_plugin.core.indicators import indicator_table
        from fiefs_plugin.gis.frames import fields_for_frame, source_frame
        from fiefs_plugin.gis.geopackage import table_of_parameter
        from fiefs_plugin.gis.output import open_output

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        everyone = fields.party_codes_in(names)
        if not everyone:
            raise QgsProcessingException(self.tr(
                "The layer has no v_‹PARTY› vote field: run 'Join results to communes' first, or name the vote "
                "fields v_‹code›."))
        wanted = party_list(self.parameterAsString(parameters, self.PARTY, context))
        unknown = [p for p in wanted if p not in everyone]
        if unknown:
            raise QgsProcessingException(self.tr("Unknown party code(s): {codes}. The layer has: {known}.").format(
                codes=", ".join(unknown), known=", ".join(everyone)))
        read = [n for n in names if n in fields.TOTAL_FIELDS or n.startswith(fields.VOTES_PREFIX)]
        feedback.pushInfo(self.tr("Reading {n} units…").format(n=source.featureCount()))
        whole = table_of_parameter(self, parameters, self.INPUT, context)  # a GeoPackage read by SQL
        frame = source_frame(source, read, table=whole)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        table = indicator_table(frame, wanted or None)
        zero = int(frame[fields.VALID].fillna(0).le(0).sum()) if fields.VALID in frame.columns else 0
        if zero:
            feedback.pushWarning(self.tr("{n} unit(s) have no valid votes: their indicators are NULL.").format(n=zero))
        out_fields = fields_for_frame(table, base=source.fields())
        output = open_output(self, parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                             source.sourceCrs(), feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.copy_source(source, table, whole, progress=(40.0, 100.0))
        dest_id = output.finish()
        return {self.OUTPUT: dest_id} if dest_id else {}
