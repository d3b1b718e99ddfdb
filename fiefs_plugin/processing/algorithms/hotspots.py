"""fiefs:hotspots — Getis-Ord Gi* and local Moran's I with permutation inference."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from fiefs_plugin.core import fields
from fiefs_plugin.core import localstats as ls
from fiefs_plugin.core import weights as cw
from fiefs_plugin.gis import weights as gw
from fiefs_plugin.gis.fieldtypes import FieldType
from fiefs_plugin.gis.frames import source_frame
from fiefs_plugin.gis.geopackage import table_of_parameter
from fiefs_plugin.gis.output import open_output
from fiefs_plugin.processing.base import FiefsAlgorithm

SKIP_VALIDITY = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
METHOD_KEYS = ("gi", "moran", "both")
WEIGHT_KEYS = ("queen", "rook", "knn", "distance", "file")
TRANSFORM_KEYS = ("b", "r")
FDR_KEYS = ("none", "fdr", "bonferroni")
POINT_KEYS = ("centroid", "point_on_surface")

GI_FIELDS = (
    (fields.GI, FieldType.Double), (fields.GI_Z, FieldType.Double), (fields.GI_P, FieldType.Double),
    (fields.GI_P_SIM, FieldType.Double), (fields.GI_SIG, FieldType.Int), (fields.GI_BIN, FieldType.Int),
)
LISA_FIELDS = (
    (fields.LISA_I, FieldType.Double), (fields.LISA_Z, FieldType.Double), (fields.LISA_P, FieldType.Double),
    (fields.LISA_P_SIM, FieldType.Double), (fields.LISA_SIG, FieldType.Int), (fields.LISA_Q, FieldType.Int),
    (fields.LISA_CLUSTER, FieldType.String),
)
COMMON_FIELDS = ((fields.NEIGHBOURS, FieldType.Int), (fields.ISLAND, FieldType.Int))
ALL_FIELD_NAMES = {name for name, _ in COMMON_FIELDS + GI_FIELDS + LISA_FIELDS}


class HotspotsAlgorithm(FiefsAlgorithm):
    NAME = "hotspots"
    GROUP = "spatial"

    INPUT = "INPUT"
    FIELD = "FIELD"
    BASE_FIELD = "BASE_FIELD"
    EB_RATES = "EB_RATES"
    METHOD = "METHOD"
    WEIGHTS = "WEIGHTS"
    TRANSFORM = "TRANSFORM"
    K = "K"
    DISTANCE = "DISTANCE"
    CENTROID = "CENTROID"
    ELLIPSOIDAL = "ELLIPSOIDAL"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    CONNECT_ISLANDS = "CONNECT_ISLANDS"
    ID_FIELD = "ID_FIELD"
    WEIGHTS_FILE = "WEIGHTS_FILE"
    WEIGHTS_OUTPUT = "WEIGHTS_OUTPUT"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    ALPHA = "ALPHA"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    MORAN_I = "MORAN_I"
    MORAN_Z = "MORAN_Z"
    MORAN_P = "MORAN_P"
    ISLANDS = "ISLANDS"
    COMPONENTS = "COMPONENTS"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Hot spots and clusters (Gi*, local Moran)")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Finds where the values of a field are spatially clustered: local Getis-Ord Gi* "
            "(hot and cold spots) and local Moran's I (LISA clusters HH, LL and outliers HL, LH), "
            "plus global Moran's I. The statistics follow PySAL esda (G_Local with star=True, "
            "Moran_Local, Moran, Moran_Local_Rate, fdr): with the same weights they give the same "
            "values and analytic z-scores.</p>"
            "<h3>Weights</h3>"
            "<p><b>Queen</b>: neighbours share a boundary point; <b>rook</b>: they share a boundary "
            "segment. With a snapping tolerance of 0 the shared vertices or edges must have exactly "
            "the same coordinates (as PySAL and GeoDa); with a tolerance &gt; 0 (layer units) "
            "polygons closer than the tolerance are neighbours, which bridges slivers, gaps and "
            "overlaps; invalid geometries are then repaired. <b>K nearest</b> and <b>distance "
            "band</b> use centroids or points on surface; they refuse a geographic CRS unless "
            "distances are ellipsoidal (then in metres). <b>File</b> reads a GAL or GWT file "
            "(GeoDa, PySAL) whose identifiers are the values of the identifier field. Weights are "
            "binary (default) or row-standardised. Row-standardising changes neither the pseudo "
            "p-values nor the local Moran z-scores and clusters, but esda's analytic Gi* z-score "
            "then becomes very conservative; binary weights give the Getis-Ord (ArcGIS) z-score. "
            "Row-standardised weights give GeoDa's default Moran's I values. Features without neighbours (islands) "
            "are listed in the log, flagged in hs_island and get NULL statistics; they can be "
            "linked to their k nearest features instead. Weights can be saved as GAL (binary) or "
            "GWT.</p>"
            "<h3>Statistics</h3>"
            "<p>Gi*: G*<sub>i</sub> = &Sigma;<sub>j</sub> w*<sub>ij</sub> y<sub>j</sub> / "
            "&Sigma;<sub>j</sub> y<sub>j</sub>, where w* includes the feature itself (self-weight 1 "
            "when binary, the row's largest weight before row-standardising). "
            "z = (G* &minus; E) / &radic;V with E = c<sub>i</sub>/n, V = c<sub>i</sub>(n&minus;c<sub>i</sub>)"
            "/(n&minus;1)/n&sup2; &middot; s&sup2;/&#563;&sup2; (Getis and Ord 1992, Ord and Getis 1995). "
            "Use Gi* on non-negative values such as shares.<br>"
            "Local Moran: I<sub>i</sub> = (n&minus;1) z<sub>i</sub> &Sigma;<sub>j</sub> w<sub>ij</sub> "
            "z<sub>j</sub> / &Sigma;<sub>j</sub> z<sub>j</sub>&sup2; (Anselin 1995); its z-score uses the "
            "moments under conditional randomisation (Sokal et al. 1998).<br>"
            "Analytic p-values are one-sided, P(Z &gt; |z|) (esda p_norm). With permutations "
            "(99&ndash;99,999; 0 = analytic only), the neighbours' values of each feature are "
            "redrawn from the other features and the pseudo p-value is (M+1)/(R+1), M the number of "
            "draws at least as extreme as observed, in its direction (conditional randomisation); a "
            "seed makes it reproducible.</p>"
            "<p><b>Rates</b>: with a base field the value is field / base (e.g. votes / valid "
            "votes). The empirical-Bayes option shrinks the rates of small units: local and global "
            "Moran use Assun&ccedil;&atilde;o&ndash;Reis standardised rates (esda Moran_Local_Rate), "
            "Gi* the empirical-Bayes smoothed rates (Marshall 1991).</p>"
            "<p><b>Significance</b> uses the pseudo p-value when there are permutations, else the "
            "analytic one, at level ALPHA after no correction, Benjamini&ndash;Hochberg FDR (as "
            "esda.fdr, default) or Bonferroni, over the features that have neighbours. gi_bin is "
            "&plusmn;3, &plusmn;2, &plusmn;1 for hot (+) or cold (&minus;) spots passing the 0.01, 0.05, "
            "0.10 levels after the same correction, 0 otherwise (ArcGIS convention). lisa_cluster is "
            "HH, LL, HL or LH when significant, ns otherwise (GeoDa convention); lisa_q is esda's "
            "quadrant (1 HH, 2 LH, 3 LL, 4 HL).</p>"
            "<p>Fields: hs_nbrs, hs_island, gi_star, gi_z, gi_p, gi_p_sim, gi_sig, gi_bin, lisa_i, "
            "lisa_z, lisa_p, lisa_p_sim, lisa_sig, lisa_q, lisa_cluster. Features with a NULL value "
            "are left out and get NULL.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
        ))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Value field (numerator of a rate when a base field is given)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric,
        ))
        self.addParameter(QgsProcessingParameterField(
            self.BASE_FIELD, self.tr("Base field (denominator of a rate, e.g. valid votes)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        ))
        self.addParameter(QgsProcessingParameterBoolean(
            self.EB_RATES, self.tr("Empirical-Bayes rates (needs a base field)"), defaultValue=False,
        ))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Statistics"),
            options=[self.tr("Gi* (hot and cold spots)"), self.tr("Local Moran's I (clusters and outliers)"),
                     self.tr("Both")],
            defaultValue=2,
        ))
        self.addParameter(QgsProcessingParameterEnum(
            self.WEIGHTS, self.tr("Spatial weights"),
            options=[self.tr("Queen contiguity"), self.tr("Rook contiguity"), self.tr("K nearest neighbours"),
                     self.tr("Distance band"), self.tr("From a GAL/GWT file")],
            defaultValue=0,
        ))
        self.addParameter(QgsProcessingParameterEnum(
            self.TRANSFORM, self.tr("Weights transform"),
            options=[self.tr("Binary"), self.tr("Row-standardised")], defaultValue=0,
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("Number of neighbours (k nearest)"),
            type=QgsProcessingParameterNumber.Type.Integer, defaultValue=6, minValue=1,
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Distance band (layer units, metres when ellipsoidal)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0,
        ))
        self.addParameter(QgsProcessingParameterEnum(
            self.CENTROID, self.tr("Point of a polygon for distances"),
            options=[self.tr("Centroid"), self.tr("Point on surface")], defaultValue=0,
        ))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ELLIPSOIDAL, self.tr("Ellipsoidal distances (metres; needed for a geographic CRS)"),
            defaultValue=False,
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snapping tolerance for contiguity (layer units; 0 = shared vertices)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0,
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONNECT_ISLANDS, self.tr("Link each island to its k nearest features (0 = leave islands)"),
            type=QgsProcessingParameterNumber.Type.Integer, defaultValue=0, minValue=0,
        ))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Identifier field for weights files (default fiefs_unit, else feature id)"),
            parentLayerParameterName=self.INPUT, optional=True,
        ))
        self.addParameter(QgsProcessingParameterFile(
            self.WEIGHTS_FILE, self.tr("Weights file to read (.gal, .gwt)"),
            behavior=QgsProcessingParameterFile.Behavior.File, optional=True,
            fileFilter=self.tr("Spatial weights (*.gal *.gwt *.GAL *.GWT)"),
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Permutations (0 = analytic p-values only, else 99-99,999)"),
            type=QgsProcessingParameterNumber.Type.Integer, defaultValue=999, minValue=0,
            maxValue=ls.MAX_PERMUTATIONS,
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed (empty = a new one, written to the log)"),
            type=QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=0,
        ))
        self.addParameter(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Significance level"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.05, minValue=0.0001, maxValue=0.5,
        ))
        self.addParameter(QgsProcessingParameterEnum(
            self.FDR, self.tr("Multiple-testing correction"),
            options=[self.tr("None"), self.tr("False discovery rate (Benjamini-Hochberg)"), self.tr("Bonferroni")],
            defaultValue=1,
        ))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hot spots")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.WEIGHTS_OUTPUT, self.tr("Save the weights (.gal binary, .gwt)"),
            fileFilter=self.tr("GAL (*.gal);;GWT (*.gwt)"), optional=True, createByDefault=False,
        ))
        self.addOutput(QgsProcessingOutputNumber(self.MORAN_I, self.tr("Global Moran's I")))
        self.addOutput(QgsProcessingOutputNumber(self.MORAN_Z, self.tr("Global Moran's I z-score (randomisation)")))
        self.addOutput(QgsProcessingOutputNumber(self.MORAN_P, self.tr("Global Moran's I p-value (two-sided)")))
        self.addOutput(QgsProcessingOutputNumber(self.ISLANDS, self.tr("Number of islands")))
        self.addOutput(QgsProcessingOutputNumber(self.COMPONENTS, self.tr("Number of connected components")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        if 0 < permutations < ls.MIN_PERMUTATIONS:
            return False, self.tr("Permutations must be 0 (analytic p-values only) or at least 99.")
        weights = WEIGHT_KEYS[self.parameterAsEnum(parameters, self.WEIGHTS, context)]
        if weights == "distance" and not self.parameterAsDouble(parameters, self.DISTANCE, context) > 0:
            return False, self.tr("A distance band needs a distance greater than 0.")
        if weights == "file" and not self.parameterAsFile(parameters, self.WEIGHTS_FILE, context):
            return False, self.tr("Choose the GAL or GWT file to read the weights from.")
        if self.parameterAsBool(parameters, self.EB_RATES, context) and not self.parameterAsString(
            parameters, self.BASE_FIELD, context
        ):
            return False, self.tr("Empirical-Bayes rates need a base field (the denominator of the rate).")
        return True, ""

    # --- run ----------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        started = time.perf_counter()
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        value_field = self.parameterAsString(parameters, self.FIELD, context)
        base_field = self.parameterAsString(parameters, self.BASE_FIELD, context) or None
        eb = self.parameterAsBool(parameters, self.EB_RATES, context)
        method = METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)]
        weights_kind = WEIGHT_KEYS[self.parameterAsEnum(parameters, self.WEIGHTS, context)]
        transform = TRANSFORM_KEYS[self.parameterAsEnum(parameters, self.TRANSFORM, context)]
        k = self.parameterAsInt(parameters, self.K, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        point_method = POINT_KEYS[self.parameterAsEnum(parameters, self.CENTROID, context)]
        ellipsoidal = self.parameterAsBool(parameters, self.ELLIPSOIDAL, context)
        tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        connect = self.parameterAsInt(parameters, self.CONNECT_ISLANDS, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed_given = parameters.get(self.SEED) not in (None, "")
        seed = self.parameterAsInt(parameters, self.SEED, context) if seed_given else None
        alpha = self.parameterAsDouble(parameters, self.ALPHA, context)
        correction = FDR_KEYS[self.parameterAsEnum(parameters, self.FDR, context)]
        crs = source.sourceCrs()
        if 0 < permutations < ls.MIN_PERMUTATIONS:
            raise QgsProcessingException(self.tr("Permutations must be 0 (analytic p-values only) or at least 99."))
        if seed is None and permutations:
            seed = int(np.random.SeedSequence().entropy % (2**31))
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        if weights_kind in ("queen", "rook") and geometry_type != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                self.tr("Contiguity weights need a polygon layer; use k nearest neighbours or a "
                        "distance band for points.")
            )
        needs_points = weights_kind in ("knn", "distance") or connect > 0
        if weights_kind in ("knn", "distance"):
            try:
                gw.require_planar_or_ellipsoidal(crs, ellipsoidal)
            except gw.GeographicCrsError as err:
                raise QgsProcessingException(str(err)) from None
        metric = gw.Metric(crs, ellipsoidal, context.transformContext())

        # 1. features, in order, kept for the output (one read of the layer)
        feedback.setProgressText(self.tr("Reading the layer"))
        features = []
        total = source.featureCount() or 0
        # invalid geometries are the weights' business (reported or repaired), not a stop
        for count, feature in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_VALIDITY)):
            if count % 2000 == 0:
                if feedback.isCanceled():
                    return {}
                if total:
                    feedback.setProgress(10.0 * count / total)
            features.append(feature)
        fids = [f.id() for f in features]
        geometries = [f.geometry() for f in features]
        timings = {"read": time.perf_counter() - started}
        n = len(fids)
        if n < 3:
            raise QgsProcessingException(self.tr("The layer has {n} feature(s): at least 3 are needed.").format(n=n))

        # 2. values (and identifiers)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or None
        if id_field is None and source.fields().lookupField(fields.UNIT) >= 0:
            id_field = fields.UNIT
        names = [value_field] + ([base_field] if base_field else []) + ([id_field] if id_field else [])
        frame = source_frame(_StoredFeatures(source.fields(), features), list(dict.fromkeys(names)))
        if feedback.isCanceled():
            return {}
        ids = tuple(frame[id_field].tolist()) if id_field else tuple(fids)
        labels = [str(v) for v in ids]
        values, gi_values = self._values(frame, value_field, base_field, eb, feedback)

        # 3. weights
        timings["values"] = time.perf_counter() - started - timings["read"]
        mark = time.perf_counter()
        feedback.setProgressText(self.tr("Building the spatial weights"))
        feedback.setProgress(10)
        built, pts = self._weights(
            weights_kind, geometries, ids, tolerance, k, distance, point_method, metric,
            needs_points, parameters, context, feedback, labels,
        )
        if feedback.isCanceled():
            return {}
        weights = built.weights
        self._report_geometries(built.report, labels, feedback)
        if connect > 0:
            weights, linked = gw.link_islands(weights, pts, connect, metric)
            if linked:
                feedback.pushInfo(self.tr("{count} island(s) linked to their {k} nearest feature(s).").format(
                    count=linked, k=connect))
        weights = cw.SpatialWeights(weights.indptr, weights.indices, weights.data, ids)
        self._save_weights(parameters, context, weights, source, id_field, feedback)
        feedback.pushInfo(self.tr(
            "Weights: {kind}, {n} features, {links} links, {mean:.2f} neighbours on average (min {lo}, max {hi})."
        ).format(kind=weights_kind, n=n, links=weights.nnz, mean=weights.nnz / n,
                 lo=int(weights.cardinalities.min()), hi=int(weights.cardinalities.max())))

        # 4. statistics
        timings["weights"] = time.perf_counter() - mark
        mark = time.perf_counter()
        feedback.setProgressText(self.tr("Computing the statistics"))
        feedback.setProgress(35)
        options = ls.HotspotOptions(method, transform, permutations, seed, alpha, correction)

        def progress(fraction):
            feedback.setProgress(35 + 45 * fraction)

        try:
            result = ls.hotspot_table(values, weights, options, gi_values=gi_values,
                                      progress=progress, is_canceled=feedback.isCanceled)
        except cw.WeightsError as err:
            raise QgsProcessingException(str(err)) from None
        if feedback.isCanceled():
            return {}
        self._report_results(result, options, labels, feedback)

        # 5. output layer: input fields (minus earlier hot spot fields) + results
        timings["statistics"] = time.perf_counter() - mark
        mark = time.perf_counter()
        feedback.setProgressText(self.tr("Writing the output layer"))
        dest_id = self._write(parameters, context, source, features, result.table, method, feedback)
        if dest_id is None:
            return {}
        timings["write"] = time.perf_counter() - mark
        feedback.pushInfo(self.tr(
            "Done in {seconds:.1f} s (read {read:.1f}, values {values:.1f}, weights {weights:.1f}, "
            "statistics {statistics:.1f}, write {write:.1f})."
        ).format(seconds=time.perf_counter() - started, **timings))
        gm = result.global_moran
        outputs = {
            self.OUTPUT: dest_id,
            self.ISLANDS: len(result.islands),
            self.COMPONENTS: result.components,
            self.MORAN_I: gm.i if gm is not None else None,
            self.MORAN_Z: gm.z_rand if gm is not None else None,
            self.MORAN_P: gm.p_rand if gm is not None else None,
        }
        weights_out = self.parameterAsFileOutput(parameters, self.WEIGHTS_OUTPUT, context)
        if weights_out:
            outputs[self.WEIGHTS_OUTPUT] = weights_out
        return outputs

    # --- steps --------------------------------------------------------------------------
    def _values(self, frame, value_field, base_field, eb, feedback):
        """The analysed values (NaN = left out) and, for EB rates, Gi*'s own values."""
        values = frame[value_field].to_numpy(dtype=np.float64, na_value=np.nan)
        if base_field is None:
            missing = int((~np.isfinite(values)).sum())
            if missing:
                feedback.pushWarning(self.tr(
                    "{count} feature(s) have no value in {field}: they are left out (NULL results)."
                ).format(count=missing, field=value_field))
            return values, None
        base = frame[base_field].to_numpy(dtype=np.float64, na_value=np.nan)
        usable = np.isfinite(values) & np.isfinite(base) & (base > 0)
        if (~usable).sum():
            feedback.pushWarning(self.tr(
                "{count} feature(s) have no value in {field} or no positive value in {base}: "
                "they are left out (NULL results)."
            ).format(count=int((~usable).sum()), field=value_field, base=base_field))
        if usable.sum() < 3:
            raise QgsProcessingException(self.tr("Fewer than 3 features have a rate to analyse."))
        rates = np.full(len(values), np.nan)
        if not eb:
            rates[usable] = values[usable] / base[usable]
            return rates, None
        gi_rates = np.full(len(values), np.nan)
        rates[usable] = ls.eb_standardised_rate(values[usable], base[usable])
        gi_rates[usable] = ls.eb_smoothed_rate(values[usable], base[usable])
        feedback.pushInfo(self.tr(
            "Empirical-Bayes rates: local Moran on Assuncao-Reis standardised rates, Gi* on smoothed rates."))
        return rates, gi_rates

    def _weights(self, kind, geometries, ids, tolerance, k, distance, point_method, metric,
                 needs_points, parameters, context, feedback, labels):
        pts = None
        if needs_points:
            pts, no_point = gw.representative_points(geometries, point_method)
            if no_point:
                feedback.pushWarning(self.tr(
                    "{count} feature(s) have no geometry to place a point on: {ids}"
                ).format(count=len(no_point), ids=_first(labels, no_point)))
        try:
            if kind in ("queen", "rook"):
                return gw.contiguity_weights(geometries, kind, tolerance, ids, feedback), pts
            if kind in ("knn", "distance"):
                usable = np.flatnonzero(np.isfinite(pts).all(axis=1))
                report = gw.GeometryReport()
                report.unusable = {int(p): "no point" for p in np.flatnonzero(~np.isfinite(pts).all(axis=1))}
                if kind == "knn":
                    if k >= len(usable):
                        raise QgsProcessingException(self.tr(
                            "k = {k} but only {n} features have a point: choose k below {n}."
                        ).format(k=k, n=len(usable)))
                    sub = gw.knn_weights(pts[usable], k, metric)
                else:
                    sub = gw.distance_band_weights(pts[usable], distance, metric)
                rows = usable[sub.row_of_link]
                cols = usable[sub.indices]
                w = cw.SpatialWeights.from_pairs(len(geometries), rows, cols, sub.data, ids=ids)
                return gw.BuiltWeights(w, report), pts
            path = self.parameterAsFile(parameters, self.WEIGHTS_FILE, context)
            parsed = cw.read_weights_file(path)
            w, unknown = parsed.for_ids(ids)
            if unknown:
                feedback.pushWarning(self.tr(
                    "{count} identifier(s) of {path} are not in the layer (links dropped): {ids}"
                ).format(count=len(unknown), path=Path(path).name, ids=", ".join(unknown[:10])))
            if w.nnz == 0:
                raise QgsProcessingException(self.tr(
                    "No link of {path} joins two features of the layer: are its identifiers those of "
                    "the identifier field?"
                ).format(path=path))
            return gw.BuiltWeights(w, gw.GeometryReport()), pts
        except cw.WeightsError as err:
            raise QgsProcessingException(str(err)) from None

    def _report_geometries(self, report, labels, feedback):
        if report.unusable:
            positions = sorted(report.unusable)
            reasons = sorted(set(report.unusable.values()))
            feedback.pushWarning(self.tr(
                "{count} feature(s) have no usable geometry ({reasons}), they have no neighbour: {ids}"
            ).format(count=len(positions), reasons=", ".join(reasons), ids=_first(labels, positions)))
        if report.defects:
            positions = sorted(report.defects)
            feedback.pushWarning(self.tr(
                "{count} invalid geometry(ies) ({reasons}; their vertices are used as they are): {ids}"
            ).format(count=len(positions), reasons=", ".join(sorted(set(report.defects.values()))),
                     ids=_first(labels, positions)))
        if report.invalid:
            if report.repaired:
                feedback.pushWarning(self.tr(
                    "{count} invalid geometry(ies) repaired before the contiguity test: {ids}"
                ).format(count=len(report.repaired), ids=_first(labels, report.repaired)))
            else:
                feedback.pushWarning(self.tr(
                    "{count} invalid geometry(ies) (their vertices are used as they are): {ids}"
                ).format(count=len(report.invalid), ids=_first(labels, report.invalid)))

    def _save_weights(self, parameters, context, weights, source, id_field, feedback):
        path = self.parameterAsFileOutput(parameters, self.WEIGHTS_OUTPUT, context)
        if not path:
            return
        if not path.lower().endswith((".gal", ".gwt")):
            path = path + ".gal"
        try:
            cw.write_weights_file(path, weights, source.sourceName() or "layer", id_field or "fid")
        except (cw.WeightsError, OSError) as err:
            raise QgsProcessingException(self.tr("Could not save the weights: {error}").format(error=err)) from None
        feedback.pushInfo(self.tr("Weights saved to {path}").format(path=path))

    def _report_results(self, result, options, labels, feedback):
        if len(result.islands):
            feedback.pushWarning(self.tr(
                "{count} island(s) (no neighbour with a value; NULL statistics): {ids}"
            ).format(count=len(result.islands), ids=_first(labels, result.islands, 50)))
        if result.components > 1:
            feedback.pushInfo(self.tr(
                "The weights split the features into {count} connected components (islands included)."
            ).format(count=result.components))
        gm = result.global_moran
        if gm is not None:
            feedback.pushInfo(self.tr(
                "Global Moran's I = {i:.4f} (E = {e:.5f}), z = {z:.2f} under randomisation, two-sided p = {p:.3g}."
            ).format(i=gm.i, e=gm.expected, z=gm.z_rand, p=gm.p_rand))
        if options.permutations:
            feedback.pushInfo(self.tr("Permutations: {r}, seed {seed}.").format(
                r=options.permutations, seed=options.seed))
        c = result.counts
        if result.gi_cutoff is not None:
            feedback.pushInfo(self.tr(
                "Gi*: {hot} hot and {cold} cold spot(s) significant at {alpha} ({correction}, p < {cut:.3g})."
            ).format(hot=c.get("gi_hot", 0), cold=c.get("gi_cold", 0),
                     alpha=options.alpha, correction=options.correction, cut=result.gi_cutoff))
        if result.lisa_cutoff is not None:
            feedback.pushInfo(self.tr(
                "Local Moran: HH {hh}, LL {ll}, HL {hl}, LH {lh}, not significant {ns} ({correction}, p < {cut:.3g})."
            ).format(hh=c.get("lisa_HH", 0), ll=c.get("lisa_LL", 0), hl=c.get("lisa_HL", 0),
                     lh=c.get("lisa_LH", 0), ns=c.get("lisa_ns", 0), correction=options.correction,
                     cut=result.lisa_cutoff))

    def _write(self, parameters, context, source, features, table, method, feedback):
        ours = list(COMMON_FIELDS)
        if method in ("gi", "both"):
            ours += GI_FIELDS
        if method in ("moran", "both"):
            ours += LISA_FIELDS
        in_fields = source.fields()
        keep = [i for i in range(in_fields.count()) if in_fields.at(i).name() not in ALL_FIELD_NAMES]
        out_fields = QgsFields()
        for i in keep:
            out_fields.append(in_fields.at(i))
        for name, ftype in ours:
            out_fields.append(QgsField(name, ftype))
        output = open_output(self, parameters, self.OUTPUT, context, out_fields, source.wkbType(), source.sourceCrs(),
                             feedback)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        frame = pd.DataFrame({name: table[name].to_numpy() for name, _ftype in ours},
                             index=pd.Index([f.id() for f in features], dtype="int64"))
        output.copy_source(_StoredFeatures(in_fields, features, lazy=False), frame,
                           table_of_parameter(self, parameters, self.INPUT, context), progress=(80.0, 100.0))
        return output.finish()


class _StoredFeatures:
    """The features already read, as a source for ``frames.source_frame`` (no second read
    of the layer, no validity check: the weights report invalid geometries themselves)."""

    def __init__(self, fields, features, lazy: bool = True):
        self._fields = fields
        self._features = features
        self._lazy = lazy

    def fields(self):
        return self._fields

    def featureCount(self):  # noqa: N802 (QGIS API)
        return len(self._features)

    def getFeatures(self, request=None):  # noqa: N802 (QGIS API)
        # source_frame reads attributes()[i] for its few fields: convert only those
        if not self._lazy:
            return iter(self._features)
        return (_LazyAttributes(feature) for feature in self._features)


class _LazyAttributes:
    """A feature whose ``attributes()`` converts a value only when it is indexed."""

    __slots__ = ("_feature",)

    def __init__(self, feature):
        self._feature = feature

    def id(self):
        return self._feature.id()

    def attributes(self):
        return self

    def __getitem__(self, index):
        return self._feature.attribute(index)


def _first(labels, positions, limit: int = 20) -> str:
    positions = list(positions)
    shown = ", ".join(labels[int(p)] for p in positions[:limit])
    return shown + (" ..." if len(positions) > limit else "")
