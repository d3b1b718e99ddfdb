"""fiefs:aggregate — roll units up into groups, dissolving geometry (logic in core/aggregate.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.processing.base import FiefsAlgorithm

UNASSIGNED_CHOICES = ("error", "drop", "keep")


def dissolve_polygons(geometries: list[QgsGeometry]) -> tuple[QgsGeometry, bool]:
    """Union of polygons: edge cancellation when they form a clean coverage (checked by
    validity and area), else GEOS unary union. Returns (geometry, used the fast path)."""
    from fiefs_plugin.core.dissolve import NotACoverageError, dissolve_coverage

    geometries = [g for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    if not geometries:
        return QgsGeometry(), True
    plain = all(
        not QgsWkbTypes.hasZ(g.wkbType()) and not QgsWkbTypes.hasM(g.wkbType())
        and not QgsWkbTypes.isCurvedType(g.wkbType()) for g in geometries
    )
    if plain:
        try:
            wkb, area_in, area_out = dissolve_coverage([bytes(g.asWkb()) for g in geometries])
            if abs(area_out - area_in) <= 1e-9 * max(abs(area_in), 1e-300):
                merged = QgsGeometry()
                merged.fromWkb(wkb)
                if merged.isGeosValid():
                    return merged, True
        except NotACoverageError:
            pass
    union = QgsGeometry.unaryUnion(geometries)
    if union.isNull() or union.isEmpty():  # GEOS refused invalid input: repair and retry
        union = QgsGeometry.unaryUnion([g.makeValid() for g in geometries])
    if not union.isNull() and not union.isMultipart() and not union.convertToMultiType():
        raise QgsProcessingException(QCoreApplication.translate(
            "AggregateAlgorithm", "Could not make a multipolygon of a dissolved group."))
    return union, False


class AggregateAlgorithm(FiefsAlgorithm):
    NAME = "aggregate"
    GROUP = "analysis"

    INPUT = "INPUT"
    GROUP_FIELD = "GROUP_FIELD"
    CROSSWALK = "CROSSWALK"
    UNIT_FIELD = "UNIT_FIELD"
    CROSSWALK_UNIT_FIELD = "CROSSWALK_UNIT_FIELD"
    CROSSWALK_GROUP_FIELD = "CROSSWALK_GROUP_FIELD"
    CROSSWALK_WEIGHT_FIELD = "CROSSWALK_WEIGHT_FIELD"
    UNASSIGNED = "UNASSIGNED"
    DISSOLVE = "DISSOLVE"
    OUTPUT = "OUTPUT"
    GROUPS = "GROUPS"
    DROPPED = "DROPPED"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Aggregate units (communes → constituencies, provinces, regions)")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Rolls units up into groups: communes into legislative constituencies, provinces or regions, wards "
            "(polling districts) into their commune, or units renumbered between two censuses into their new "
            "codes.\n\n"
            "Groups come from GROUP_FIELD (a field of the input, e.g. the province code) or from a CROSSWALK table "
            "(a unit field -> a group field, optionally a weight field for units split between groups; weights "
            "of a unit must sum to 1). A crosswalk entry may be an exact code, a prefix ending in * (01.051* = "
            "every code starting with 01.051), or a list as in the hcp_components column of the Moroccan "
            "constituency table: 'provinces:01.051;communes:03.531.01.05;arrondissements:03.231.01.13' "
            "(provinces / prefectures / regions / cercles take every unit coded inside them; communes / "
            "arrondissements the exact code; an HCP prefecture of arrondissements NN.NNN.NN.D0 takes the "
            "arrondissements NN.NNN.NN.Dx; 'legal:' parts fixed by decree cannot be resolved and are reported). "
            "The most specific entry wins. UNIT_FIELD is the input field matched against the crosswalk "
            "(default fiefs_unit). The HCP 2014 -> 2024 commune crosswalk works as is, with 'keep' for units it "
            "does not list.\n\n"
            "Counts (registered, voters, valid, blank, invalid, v_‹P›, seats_‹P›) are summed (a split unit "
            "contributes weight x count, so its counts become fractional); turnout, s_‹P›, winner, runner-up, "
            "margin and ENP are recomputed from the sums with the same function as everywhere in Fiefs; other "
            "fields are kept when every unit of a group has the same value. agg_units counts the units of each "
            "group and fiefs_unit is the group code, so the output is a joined layer again.\n\n"
            "Totals are checked: the sum of every count over the output must equal the sum over the input "
            "(exactly for whole counts), minus units dropped on purpose, else the algorithm fails. Units "
            "without a group: 'error' (default) stops when they hold results, 'drop' leaves them out (listed in "
            "the log), 'keep' keeps them under their own code. Units with no results at all are dropped and "
            "listed.\n\n"
            "Geometry is dissolved per group: polygons that share their edges exactly (a coverage) are merged by "
            "removing the shared edges (fast), anything else by a GEOS union (invalid polygons are repaired "
            "with makeValid when GEOS cannot union them); a split unit's geometry goes to its group of largest "
            "weight. Points and lines are collected. Invalid input geometries do not stop the algorithm."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Units (joined layer or table)"), [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELD, self.tr("Group field"), parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CROSSWALK, self.tr("or crosswalk table (unit → group)"), [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.UNIT_FIELD, self.tr("Unit code field matched against the crosswalk"), defaultValue="fiefs_unit",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CROSSWALK_UNIT_FIELD, self.tr("Crosswalk: unit field (codes, prefixes or components)"),
            parentLayerParameterName=self.CROSSWALK, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CROSSWALK_GROUP_FIELD, self.tr("Crosswalk: group field"),
            parentLayerParameterName=self.CROSSWALK, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CROSSWALK_WEIGHT_FIELD, self.tr("Crosswalk: weight field (split units)"),
            parentLayerParameterName=self.CROSSWALK, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.UNASSIGNED, self.tr("Units without a group"),
            options=[self.tr("Stop with an error"), self.tr("Drop them (listed in the log)"),
                     self.tr("Keep them under their own code")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.DISSOLVE, self.tr("Dissolve geometry"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Aggregated layer"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.GROUPS, self.tr("Number of groups")))
        self.addOutput(QgsProcessingOutputNumber(self.DROPPED, self.tr("Units dropped")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        has_crosswalk = parameters.get(self.CROSSWALK) not in (None, "")
        if bool(group_field) == has_crosswalk:
            return False, self.tr("Give either a group field or a crosswalk table (one of the two).")
        if has_crosswalk:
            for name in (self.CROSSWALK_UNIT_FIELD, self.CROSSWALK_GROUP_FIELD):
                if not self.parameterAsString(parameters, name, context):
                    return False, self.tr("With a crosswalk, choose its unit field and its group field.")
            if not self.parameterAsString(parameters, self.UNIT_FIELD, context):
                return False, self.tr("With a crosswalk, choose the input's unit code field.")
        return super().checkParameterValues(parameters, context)

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
        from fiefs_plugin.core.aggregate import (
            AggregationError,
            aggregate,
            assign_by_field,
            assign_groups,
            check_totals,
            count_columns,
        )
        from fiefs_plugin.core.indicators import PER_PARTY_PREFIXES, UNIT_FIELDS
        from fiefs_plugin.gis.frames import fields_for_frame, source_frame
        from fiefs_plugin.gis.geopackage import table_of_parameter
        from fiefs_plugin.gis.output import open_output

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        unit_field = self.parameterAsString(parameters, self.UNIT_FIELD, context)
        policy = UNASSIGNED_CHOICES[self.parameterAsEnum(parameters, self.UNASSIGNED, context)]
        dissolve = self.parameterAsBoolean(parameters, self.DISSOLVE, context)

        feedback.pushInfo(self.tr("Reading {n} units…").format(n=source.featureCount()))
        # derived fields (shares, winner, indicators) are recomputed, never carried: not read
        derived = set(UNIT_FIELDS)
        names = [n for n in source.fields().names()
                 if n in (group_field, unit_field)
                 or (n not in derived and not any(n.startswith(p) for p in PER_PARTY_PREFIXES))]
        frame = source_frame(source, names, feedback=feedback,
                             table=table_of_parameter(self, parameters, self.INPUT, context))
        if feedback.isCanceled():
            return {}
        codes = frame[unit_field].astype(object) if unit_field and unit_field in frame.columns else None
        try:
            if group_field:
                assignment = assign_by_field(frame[group_field].astype(object))
            else:
                crosswalk = self.parameterAsSource(parameters, self.CROSSWALK, context)
                if crosswalk is None:
                    raise QgsProcessingException(self.invalidSourceError(parameters, self.CROSSWALK))
                cw_unit = self.parameterAsString(parameters, self.CROSSWALK_UNIT_FIELD, context)
                cw_group = self.parameterAsString(parameters, self.CROSSWALK_GROUP_FIELD, context)
                cw_weight = self.parameterAsString(parameters, self.CROSSWALK_WEIGHT_FIELD, context) or None
                table = source_frame(crosswalk, [n for n in (cw_unit, cw_group, cw_weight) if n])
                if codes is None:
                    raise QgsProcessingException(self.tr("The input has no field '{field}'.").format(field=unit_field))
                assignment = assign_groups(codes, table, cw_unit, cw_group, cw_weight)
            for entry in assignment.unresolved:
                feedback.pushWarning(self.tr("Crosswalk entry matched no unit: {entry}").format(entry=entry))
            out, report = aggregate(frame, assignment, policy, codes=codes)
            check_totals(frame, out, count_columns(frame), excluded=report["dropped_counts"])
        except AggregationError as error:
            raise QgsProcessingException(str(error)) from error
        if report["dropped"]:
            names = [str(codes.loc[label]) if codes is not None else str(label) for label in report["dropped"]]
            feedback.pushWarning(self.tr("{n} unit(s) left out (no group): {codes}").format(
                n=len(names), codes=", ".join(names[:50]) + (" …" if len(names) > 50 else "")))
        feedback.pushInfo(self.tr("{n} groups; totals checked: every count over the output equals the input.").format(
            n=len(out)))
        feedback.setProgress(40)

        # output fields: computed columns, text columns keep the source's definition
        out_fields = QgsFields()
        frame_fields = fields_for_frame(out)
        src_fields = source.fields()
        for name in out.columns:
            idx = src_fields.lookupField(str(name))
            if idx >= 0 and out[name].dtype == object:
                out_fields.append(src_fields.at(idx))
            else:
                out_fields.append(frame_fields.field(str(name)))

        geometry_type = source.wkbType()
        has_geometry = QgsWkbTypes.geometryType(geometry_type) not in (
            QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)
        geometries: dict[str, QgsGeometry] = {}
        if has_geometry and dissolve:
            geometries = self._dissolve(source, assignment, report["kept"], feedback)
            if feedback.isCanceled():
                return {}
            polygon = QgsWkbTypes.geometryType(geometry_type) == QgsWkbTypes.GeometryType.PolygonGeometry
            geometry_type = QgsWkbTypes.multiType(QgsWkbTypes.flatType(geometry_type)) if polygon else \
                QgsWkbTypes.multiType(geometry_type)
        elif not dissolve:
            geometry_type = QgsWkbTypes.Type.NoGeometry
        output = open_output(self, parameters, self.OUTPUT, context, out_fields, geometry_type, source.sourceCrs(),
                             feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.write_frame(out, geometries=[geometries.get(group) for group in out.index.tolist()],
                           progress=(95.0, 100.0))
        dest_id = output.finish()
        if dest_id is None:
            return {}
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.GROUPS: len(out), self.DROPPED: len(report["dropped"])}

    def _dissolve(self, source, assignment, kept, feedback) -> dict:
        """Group code -> dissolved geometry (a split unit goes to its group of largest weight)."""
        rows = assignment.rows.sort_values("weight", ascending=False, kind="mergesort")
        rows = rows.drop_duplicates("label", keep="first")
        group_of = dict(zip(rows["label"].tolist(), rows["group"].map(str).tolist()))
        # units kept under their own code (policy 'keep') are not in the assignment rows
        group_of.update({label: code for label, code in kept.items() if label not in group_of})
        members: dict[str, list[QgsGeometry]] = {}
        request = QgsFeatureRequest().setSubsetOfAttributes([])
        total = source.featureCount() or 1
        for n, feature in enumerate(source.getFeatures(request)):
            if feedback.isCanceled():
                return {}
            group = group_of.get(feature.id())
            if group is not None and feature.hasGeometry():
                members.setdefault(group, []).append(feature.geometry())
            if n % 5000 == 0:
                feedback.setProgress(40 + 20 * n / total)
        polygon = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        result: dict[str, QgsGeometry] = {}
        if not polygon:
            for group, geoms in members.items():
                result[group] = QgsGeometry.collectGeometry(geoms)
            return result
        groups = list(members)
        fast = 0
        # GEOS releases the GIL: two threads halve the time of the fallback unions
        with ThreadPoolExecutor(max_workers=2) as pool:
            for done, (group, (geometry, was_fast)) in enumerate(
                    zip(groups, pool.map(lambda g: dissolve_polygons(members[g]), groups))):
                result[group] = geometry
                fast += was_fast
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(60 + 35 * (done + 1) / max(len(groups), 1))
        if fast < len(groups):
            feedback.pushInfo(self.tr("{n} group(s) were not clean coverages and were merged by a GEOS union.").format(
                n=len(groups) - fast))
        return result
