"""fiefs:strongholds — stronghold classes of a party, in one election or across several
(logic in core/strongholds.py; Gi* hot spots from the child algorithm fiefs:hotspots)."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from fiefs_plugin.processing.base import FiefsAlgorithm

HOTSPOT_COMPUTE, HOTSPOT_FIELDS, HOTSPOT_NONE = range(3)


def _advanced(parameter):
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


class StrongholdsAlgorithm(FiefsAlgorithm):
    NAME = "strongholds"
    GROUP = "analysis"

    INPUT = "INPUT"
    LABELS = "LABELS"
    PARTY = "PARTY"
    KEY_FIELD = "KEY_FIELD"
    SAFE_MARGIN = "SAFE_MARGIN"
    PVI_MIN = "PVI_MIN"
    LQ_MIN = "LQ_MIN"
    PVI_WINDOW = "PVI_WINDOW"
    BATTLEGROUND_MARGIN = "BATTLEGROUND_MARGIN"
    WEAK_LQ = "WEAK_LQ"
    MIN_STRONG = "MIN_STRONG"
    HOTSPOTS = "HOTSPOTS"
    HOTSPOT_BIN = "HOTSPOT_BIN"
    NEEDS_HOTSPOT = "NEEDS_HOTSPOT"
    WEIGHTS = "WEIGHTS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    ALPHA = "ALPHA"
    FDR = "FDR"
    TOP_N = "TOP_N"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    TOP = "TOP"

    def displayName(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr("Strongholds (fiefs) of a party, across elections")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API)
        return self.tr(
            "Classes every unit for a party from one joined layer, or from several (one per election, oldest "
            "first, units matched on KEY_FIELD, default fiefs_unit; the output has the units and geometry of "
            "the latest). Units with no valid votes get a NULL class.\n\n"
            "One election: the first rule that holds decides.\n"
            "1. stronghold - safe seat: the party is first with a lead of at least SAFE_MARGIN points over the "
            "runner-up (default 10: such a lead survives a uniform Butler swing of 5 points; the Australian "
            "Electoral Commission calls a seat safe above a 10-point two-party margin, i.e. a 20-point lead, "
            "and marginal below 6; leads are smaller in multi-party systems), or relative support: its PVI is "
            "at least PVI_MIN points (default 10) and its location quotient at least LQ_MIN (default 0 = no "
            "condition). PVI = deviation of the party's share from its overall share (votes-weighted over the "
            "layer), averaged over the last PVI_WINDOW elections given (default 2), as in Cook's Partisan "
            "Voting Index (Cook Political Report, 1997), where +10 or more is commonly read as safe. With "
            "NEEDS_HOTSPOT the unit must also be in a Gi* hot spot.\n"
            "2. battleground - the party is first or second and the gap to the other of the top two is below "
            "BATTLEGROUND_MARGIN points (default 10).\n"
            "3. hotspot - in a significant cluster of high shares without being individually strong: Gi* "
            "(Getis & Ord 1992) hot spot significant after the multiple-testing correction (gi_sig = 1, "
            "gi_bin >= HOTSPOT_BIN, default 1 = 90 %), computed by 'Hot spots and clusters' (fiefs:hotspots) "
            "on s_‹PARTY› with the WEIGHTS, PERMUTATIONS, SEED, ALPHA and FDR given (defaults: queen, 999, 1, "
            "0.05, Benjamini-Hochberg 1995), or read from gi_bin / gi_sig fields already on the layers.\n"
            "4. weak - location quotient below WEAK_LQ (default 0.5: less than half its overall share).\n"
            "5. other.\n\n"
            "Several elections: bastion = stronghold in at least MIN_STRONG of the N elections (default 0 = all "
            "N); emerging = stronghold in the latest election, not a bastion; eroding = stronghold in an earlier "
            "election, not in the latest, not a bastion; otherwise the latest election's class. This follows "
            "Bodet (2013, Canadian Journal of Political Science), who classes districts as strongholds or "
            "battlegrounds from the stability of successive performances, and the French 'bastion', a "
            "territory a party holds over the long term. fief_flip compares the winner of the last two "
            "elections: gained, lost, held, none.\n\n"
            "Evidence on every row: s_, rank_, margin_, lq_, dev_ of the party, gi_bin, gi_sig, fief_pvi, "
            "fief_rule (the rule that decided) and fief_why (the numbers and thresholds in a sentence); across "
            "elections also fief_n (elections as stronghold), fief_elec (elections with votes), fief_hist "
            "(classes oldest first) and fief_c_‹election› / fief_s_‹election› (class and share per election). "
            "SUMMARY: units, registered voters, voters, valid votes, the party's votes and share per class, and "
            "the total.\n\n"
            "TOP: the TOP_N units (default 10; 0 = all) ranked for the party, one row each with top_rank (1 = "
            "first), the unit key, fief_class, fief_rule, s_, margin_ and rank_ of the party, fief_pvi, fief_n and "
            "fief_why. Order: class first (bastion, stronghold, emerging, eroding, battleground, hotspot, other, "
            "weak), then the party's share (highest first), then its margin (largest first), then the unit key. "
            "Units without valid votes are left out."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Joined layers, oldest election first"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterString(
            self.LABELS, self.tr("Election labels, comma separated (default: layer names)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.PARTY, self.tr("Party code")))
        self.addParameter(QgsProcessingParameterString(
            self.KEY_FIELD, self.tr("Unit key field (same in every layer)"), defaultValue="fiefs_unit"))
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterNumber(
            self.SAFE_MARGIN, self.tr("Safe seat: lead of at least (points; empty = rule off)"), number,
            defaultValue=10.0, minValue=0.0, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.PVI_MIN, self.tr("Relative support: PVI of at least (points; empty = rule off)"), number,
            defaultValue=10.0, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.LQ_MIN, self.tr("Relative support: location quotient of at least (0 = no condition)"), number,
            defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PVI_WINDOW, self.tr("PVI: elections averaged"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=2, minValue=1, maxValue=20))
        self.addParameter(QgsProcessingParameterNumber(
            self.BATTLEGROUND_MARGIN, self.tr("Battleground: first or second within (points)"), number,
            defaultValue=10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WEAK_LQ, self.tr("Weak: location quotient below"), number, defaultValue=0.5, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_STRONG, self.tr("Bastion: stronghold in at least n elections (0 = all)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.HOTSPOTS, self.tr("Gi* hot spots"),
            options=[self.tr("Compute them (fiefs:hotspots on s_‹PARTY›)"),
                     self.tr("Read gi_bin / gi_sig from the layers"), self.tr("No hot-spot rule")],
            defaultValue=HOTSPOT_COMPUTE))
        self.addParameter(QgsProcessingParameterNumber(
            self.HOTSPOT_BIN, self.tr("Hot spot: Gi* bin at least (1 = 90 %, 2 = 95 %, 3 = 99 %)"),
            QgsProcessingParameterNumber.Type.Integer, defaultValue=1, minValue=1, maxValue=3))
        self.addParameter(QgsProcessingParameterBoolean(
            self.NEEDS_HOTSPOT, self.tr("A stronghold must also be in a hot spot"), defaultValue=False))
        self.addParameter(_advanced(QgsProcessingParameterEnum(
            self.WEIGHTS, self.tr("Hot spots: spatial weights"),
            options=[self.tr("Queen contiguity"), self.tr("Rook contiguity"), self.tr("K nearest neighbours")],
            defaultValue=0)))
        self.addParameter(_advanced(QgsProcessingParameterNumber(
            self.PERMUTATIONS, self.tr("Hot spots: permutations"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=999, minValue=0, maxValue=99999)))
        self.addParameter(_advanced(QgsProcessingParameterNumber(
            self.SEED, self.tr("Hot spots: random seed"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=1, minValue=0)))
        self.addParameter(_advanced(QgsProcessingParameterNumber(
            self.ALPHA, self.tr("Hot spots: significance level"), number, defaultValue=0.05, minValue=0.0001,
            maxValue=0.5)))
        self.addParameter(_advanced(QgsProcessingParameterEnum(
            self.FDR, self.tr("Hot spots: multiple-testing correction"),
            options=[self.tr("None"), self.tr("False discovery rate (Benjamini-Hochberg)"), self.tr("Bonferroni")],
            defaultValue=1)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Strongholds"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Summary per class"), QgsProcessing.SourceType.TypeVector, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_N, self.tr("Ranked table: number of units (0 = all)"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=10, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TOP, self.tr("Strongest units, ranked"), QgsProcessing.SourceType.TypeVector, optional=True))

    def _templates(self) -> dict[str, str]:
        # Same placeholders as core.strongholds.WHY_TEMPLATES, translated.
        return {
            "safe": self.tr("first, lead {margin:.1f} pts >= {limit:g}"),
            "relative": self.tr("PVI {pvi:+.1f} pts >= {limit:g} (LQ {lq:.2f})"),
            "close": self.tr("rank {rank:.0f}, gap {gap:.1f} pts < {limit:g}"),
            "cluster": self.tr("Gi* hot spot (bin {gi_bin:.0f}), not individually strong"),
            "low": self.tr("LQ {lq:.2f} < {limit:g}"),
            "none": self.tr("share {share:.1%}, LQ {lq:.2f}, rank {rank:.0f}"),
            "bastion": self.tr("stronghold in {n} of {total} elections (needs {limit})"),
            "emerging": self.tr("stronghold in the latest election only ({n} of {total})"),
            "eroding": self.tr("stronghold before ({n} of {total}), not in the latest election"),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        import pandas as pd

        from fiefs_plugin.core import fields
        from fiefs_plugin.core.strongholds import (
            StrongholdRules,
            class_summary,
            classify_elections,
            ranked_units,
        )
        from fiefs_plugin.gis.frames import fields_for_frame, source_frame
        from fiefs_plugin.gis.geopackage import table_of_layer
        from fiefs_plugin.gis.output import open_output, write_table

        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        if not layers:
            raise QgsProcessingException(self.tr("Give at least one joined layer."))
        party = self.parameterAsString(parameters, self.PARTY, context).strip()
        key = self.parameterAsString(parameters, self.KEY_FIELD, context).strip() or fields.UNIT
        labels_text = self.parameterAsString(parameters, self.LABELS, context)
        labels = [s.strip() for s in labels_text.split(",") if s.strip()] if labels_text.strip() else \
            [layer.name() for layer in layers]
        if len(labels) != len(layers):
            raise QgsProcessingException(self.tr("{n} labels for {m} layers: give one label per layer.").format(
                n=len(labels), m=len(layers)))
        if len(set(labels)) != len(labels):
            labels = [f"{label}_{i + 1}" for i, label in enumerate(labels)]
        for layer, label in zip(layers, labels):
            names = layer.fields().names()
            if fields.votes_field(party) not in names:
                raise QgsProcessingException(self.tr(
                    "Layer '{layer}' ({label}) has no field {field}: party codes there are {codes}.").format(
                        layer=layer.name(), label=label, field=fields.votes_field(party),
                        codes=", ".join(fields.party_codes_in(names)) or "none"))
            if key not in names:
                raise QgsProcessingException(self.tr("Layer '{layer}' has no unit key field '{key}'.").format(
                    layer=layer.name(), key=key))

        def number(name):
            """An optional threshold: explicitly empty turns its rule off, absent means the default."""
            if name in parameters and parameters[name] in (None, ""):
                return None
            return self.parameterAsDouble(parameters, name, context)

        min_strong = self.parameterAsInt(parameters, self.MIN_STRONG, context)
        hotspots = self.parameterAsEnum(parameters, self.HOTSPOTS, context)
        rules = StrongholdRules(
            safe_margin=number(self.SAFE_MARGIN),
            pvi_min=number(self.PVI_MIN),
            lq_min=self.parameterAsDouble(parameters, self.LQ_MIN, context),
            pvi_window=self.parameterAsInt(parameters, self.PVI_WINDOW, context),
            battleground_margin=self.parameterAsDouble(parameters, self.BATTLEGROUND_MARGIN, context),
            weak_lq=self.parameterAsDouble(parameters, self.WEAK_LQ, context),
            hotspot_bin=self.parameterAsInt(parameters, self.HOTSPOT_BIN, context),
            needs_hotspot=self.parameterAsBoolean(parameters, self.NEEDS_HOTSPOT, context),
            min_strong=min_strong or None,
        )
        if hotspots == HOTSPOT_COMPUTE and QgsApplication.processingRegistry().algorithmById("fiefs:hotspots") is None:
            hotspots = HOTSPOT_FIELDS
            feedback.pushWarning(self.tr("fiefs:hotspots is not available: reading gi_bin / gi_sig from the layers."))
        if rules.needs_hotspot and hotspots == HOTSPOT_NONE:
            raise QgsProcessingException(self.tr("A stronghold cannot need a hot spot when the hot-spot rule is off."))

        steps = len(layers) * (2 if hotspots == HOTSPOT_COMPUTE else 1) + 1
        multi = QgsProcessingMultiStepFeedback(steps, feedback)
        step = 0
        frames = []
        for layer, label in zip(layers, labels):
            names = layer.fields().names()
            read = [n for n in names if n == key or n in fields.TOTAL_FIELDS or n.startswith(fields.VOTES_PREFIX)]
            if hotspots == HOTSPOT_FIELDS:
                read += [n for n in (fields.GI_BIN, fields.GI_SIG) if n in names]
            multi.setCurrentStep(step)
            step += 1
            frame = source_frame(layer, read, multi, table=table_of_layer(layer, layer.featureCount()))
            if hotspots == HOTSPOT_COMPUTE:
                multi.setCurrentStep(step)
                step += 1
                frame = self._with_hotspots(layer, frame, party, key, label, parameters, context, multi)
            elif hotspots == HOTSPOT_FIELDS and not {fields.GI_BIN, fields.GI_SIG} <= set(frame.columns):
                feedback.pushWarning(self.tr(
                    "Layer '{layer}' has no gi_bin / gi_sig fields: no hot-spot rule for {label}.").format(
                        layer=layer.name(), label=label))
                if rules.needs_hotspot:
                    raise QgsProcessingException(self.tr(
                        "A stronghold must be in a hot spot, but layer '{layer}' has no gi_bin / gi_sig fields."
                    ).format(layer=layer.name()))
            if feedback.isCanceled():
                return {}
            frames.append(frame)
        if hotspots == HOTSPOT_NONE:
            frames = [f.drop(columns=[c for c in (fields.GI_BIN, fields.GI_SIG) if c in f.columns]) for f in frames]
        multi.setCurrentStep(step)

        try:
            result = classify_elections(frames, labels, party, rules, key=key, templates=self._templates())
        except (KeyError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
        latest = frames[-1]
        earlier_only = set().union(*[set(f[key].astype(str)) for f in frames[:-1]]) - set(latest[key].astype(str)) \
            if len(frames) > 1 else set()
        if earlier_only:
            feedback.pushWarning(self.tr("{n} unit(s) appear only in earlier elections and are not in the output: "
                                         "{codes}").format(n=len(earlier_only),
                                                           codes=", ".join(sorted(earlier_only)[:30])))
        drop = {fields.VALID, fields.votes_field(party)}
        result = result.drop(columns=[c for c in result.columns if c in drop])
        result.index = latest.index  # feature ids of the latest layer, same order
        counts = pd.Series(result[fields.FIEF_CLASS]).value_counts()
        feedback.pushInfo(self.tr("Classes: {counts}").format(
            counts=", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))

        source = layers[-1]
        out_fields = fields_for_frame(result, base=source.fields())
        output = open_output(self, parameters, self.OUTPUT, context, out_fields, source.wkbType(), source.crs(), multi)
        if output is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output.copy_source(source, result, table_of_layer(source, source.featureCount()))
        dest_id = output.finish()
        if dest_id is None:
            return {}
        outputs = {self.OUTPUT: dest_id}

        keys = fields.MULTI_ELECTION_CLASSES if len(frames) > 1 else fields.SINGLE_ELECTION_CLASSES
        summary = class_summary(result[fields.FIEF_CLASS], latest, party, keys)
        summary_id = write_table(self, parameters, self.SUMMARY, context, summary, feedback)
        if summary_id:
            outputs[self.SUMMARY] = summary_id

        top = ranked_units(result, latest[key], party, self.parameterAsInt(parameters, self.TOP_N, context), key=key)
        top_id = write_table(self, parameters, self.TOP, context, top, feedback)
        if top_id:
            outputs[self.TOP] = top_id
            if len(top):
                feedback.pushInfo(self.tr("First of the ranked table: {unit} ({cls})").format(
                    unit=top[key].iloc[0], cls=top[fields.FIEF_CLASS].iloc[0]))
        if feedback.isCanceled():
            return {}
        return outputs

    def _with_hotspots(self, layer, frame, party, key, label, parameters, context, feedback):
        """The frame with gi_bin / gi_sig from the child algorithm fiefs:hotspots (Gi* only)."""
        from qgis import processing

        from fiefs_plugin.core import fields
        from fiefs_plugin.gis.frames import source_frame

        names = layer.fields().names()
        share = fields.share_field(party)
        child = {
            "INPUT": layer,
            "METHOD": 0,
            "WEIGHTS": self.parameterAsEnum(parameters, self.WEIGHTS, context),
            "PERMUTATIONS": self.parameterAsInt(parameters, self.PERMUTATIONS, context),
            "SEED": self.parameterAsInt(parameters, self.SEED, context),
            "ALPHA": self.parameterAsDouble(parameters, self.ALPHA, context),
            "FDR": self.parameterAsEnum(parameters, self.FDR, context),
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        }
        if share in names:
            child["FIELD"] = share
        else:  # the share as a rate: votes / valid votes
            child["FIELD"] = fields.votes_field(party)
            child["BASE_FIELD"] = fields.VALID
        feedback.pushInfo(self.tr("Gi* hot spots of {field} in {label}…").format(field=child["FIELD"], label=label))
        result = processing.run("fiefs:hotspots", child, context=context, feedback=feedback, is_child_algorithm=True)
        spots = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
        if spots is None:
            raise QgsProcessingException(self.tr("fiefs:hotspots gave no output layer for {label}.").format(label=label))
        evidence = source_frame(spots, [key, fields.GI_BIN, fields.GI_SIG])
        evidence = evidence.drop_duplicates(key).set_index(key)
        out = frame.drop(columns=[c for c in (fields.GI_BIN, fields.GI_SIG) if c in frame.columns])
        keys = out[key]
        out[fields.GI_BIN] = keys.map(evidence[fields.GI_BIN]).to_numpy()
        out[fields.GI_SIG] = keys.map(evidence[fields.GI_SIG]).to_numpy()
        return out
