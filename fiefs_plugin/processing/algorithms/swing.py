"""fiefs:swing — change between two elections for a party (logic in core/swing.py)."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from fiefs_plugin.processing.base import FiefsAlgorithm


class SwingAlgorithm(FiefsAlgorithm):
    NAME = "swing"
    GROUP = "analysis"

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    PARTY = "PARTY"
    PARTY2 = "PARTY2"
    KEY_FIELD = "KEY_FIELD"
    OUTPUT = "OUTPUT"
    BEFORE_ONLY = "BEFORE_ONLY"
    AFTER_ONLY = "AFTER_ONLY"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Swing between two elections")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Change between two elections for a party, per unit (units matched on KEY_FIELD, default "
            "fiefs_unit):\n\n"
            "swing = (s_after - s_before) x 100, in percentage points of valid votes (swing_s0 and swing_s1 "
            "hold the two shares, 0-1; a party that did not stand counts 0 %); swing_rank = rank before - rank "
            "after (positive: the party moved up; swing_r0, swing_r1); swing_winner = 'A -> B' where the winner "
            "changed (swing_w0, swing_w1 the winners); swing_butler, when a second party B is named in PARTY2: "
            "((a1 - a0) - (b1 - b0)) / 2 x 100, Butler's swing (David Butler, Nuffield studies of British "
            "general elections; the conventional swing), the mean of A's gain and B's loss in points, positive towards A.\n\n"
            "The output has the units and geometry of the AFTER layer, followed by the units found only in "
            "BEFORE (with its geometry and only the key and swing fields). swing_status says both, "
            "before_only or after_only; units present in one election only get NULL changes and are counted in "
            "the log and in the BEFORE_ONLY / AFTER_ONLY outputs. Units with no valid votes get NULL. Geometry is "
            "copied unchecked."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BEFORE, self.tr("Earlier election (joined layer)"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AFTER, self.tr("Later election (joined layer)"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterString(self.PARTY, self.tr("Party code")))
        self.addParameter(QgsProcessingParameterString(
            self.PARTY2, self.tr("Second party for Butler swing (optional)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.KEY_FIELD, self.tr("Unit key field (in both layers)"), defaultValue="fiefs_unit"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Swing"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.BEFORE_ONLY, self.tr("Units only in the earlier election")))
        self.addOutput(QgsProcessingOutputNumber(self.AFTER_ONLY, self.tr("Units only in the later election")))

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
        from fiefs_plugin.core.swing import swing, swing_counts
        from fiefs_plugin.gis.frames import fields_for_frame, source_frame
        from fiefs_plugin.gis.geopackage import table_of_parameter
        from fiefs_plugin.gis.output import open_output

        before = self.parameterAsSource(parameters, self.BEFORE, context)
        after = self.parameterAsSource(parameters, self.AFTER, context)
        if before is None or after is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.BEFORE if before is None else self.AFTER))
        party = self.parameterAsString(parameters, self.PARTY, context).strip()
        other = self.parameterAsString(parameters, self.PARTY2, context).strip() or None
        key = self.parameterAsString(parameters, self.KEY_FIELD, context).strip() or fields.UNIT
        frames = []
        wholes = [table_of_parameter(self, parameters, name, context) for name in (self.BEFORE, self.AFTER)]
        for (which, src), whole in zip((("BEFORE", before), ("AFTER", after)), wholes):
            names = src.fields().names()
            if key not in names:
                raise QgsProcessingException(self.tr("The {which} layer has no unit key field '{key}'.").format(
                    which=which, key=key))
            read = [n for n in names if n == key or n in fields.TOTAL_FIELDS or n.startswith(fields.VOTES_PREFIX)]
            frames.append(source_frame(src, read, feedback, table=whole))
            if feedback.isCanceled():
                return {}
        for name in [party] + ([other] if other else []):
            if not any(fields.votes_field(name) in f.columns for f in frames):
                raise QgsProcessingException(self.tr("Neither layer has a field {field}.").format(
                    field=fields.votes_field(name)))
        try:
            table = swing(frames[0], frames[1], party, other, key=key)
        except (KeyError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
        counts = swing_counts(table)
        feedback.pushInfo(self.tr("{both} unit(s) in both elections, {b} only before, {a} only after.").format(
            both=counts["both"], b=counts["before_only"], a=counts["after_only"]))
        feedback.setProgress(40)

        after_keys = frames[1][key].astype(str)
        in_after = table.loc[after_keys.to_numpy()].copy()
        in_after.index = frames[1].index
        out_fields = fields_for_frame(table, base=after.fields())
        output = open_output(self, parameters, self.OUTPUT, context, out_fields, after.wkbType(), after.sourceCrs(),
                             feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.copy_source(after, in_after, wholes[1], progress=(40.0, 90.0))

        before_only = table[table[fields.SWING_STATUS] == "before_only"]
        if len(before_only):
            # units of the earlier election only: its geometry, the key and the swing fields
            position = {k: fid for fid, k in zip(frames[0].index.tolist(), frames[0][key].astype(str).tolist())}
            fids = [position[k] for k in before_only.index]
            request = QgsFeatureRequest().setFilterFids(fids).setSubsetOfAttributes([])
            geometry_of = {feature.id(): feature.geometry() for feature in before.getFeatures(request)}
            rows = before_only.reset_index(drop=True)
            if key not in rows.columns:
                rows[key] = before_only.index.to_numpy()
            output.write_frame(rows, geometries=[geometry_of.get(fid) for fid in fids], progress=(90.0, 100.0))
        dest_id = output.finish()
        if dest_id is None:
            return {}
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.BEFORE_ONLY: counts["before_only"], self.AFTER_ONLY: counts["after_only"]}
