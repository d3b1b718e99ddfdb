"""Step 3 of the panel: party, elections, stronghold rules and hot-spot options.

The step's button runs fiefs:indicators, fiefs:hotspots (Gi* and local Moran on the
party's share), fiefs:strongholds (one election, or several for bastions, emerging and
eroding strongholds) and, with two elections or more, fiefs:swing between the last two.
The defaults are the algorithms' own; the short explanations say what each rule does.
"""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.core import fields as fld
from fiefs_plugin.gui.forms import (
    Translated,
    WrappedCheckBox,
    add_row,
    colour_icon,
    command_button,
    compact,
    form,
    hint,
    run_row,
    section,
)
from fiefs_plugin.gui.runner import (
    ELECTION_PROPERTY,
    ELECTIONS_PROPERTY,
    PARTY_PROPERTY,
    ROLE_PROPERTY,
    LayerOutput,
    RunPlan,
    Step,
)
from fiefs_plugin.gui.state import PanelState
from fiefs_plugin.gui.workspace import output_path, slug

USER_ROLE = Qt.ItemDataRole.UserRole
WEIGHTS = ("queen", "rook", "knn")
FDR_CHOICES = ("none", "fdr", "bonferroni")
TOP_N = 10  # rows of the ranked table (TOP of fiefs:strongholds) the summary shows


def election_label(layer) -> str:
    """The election a joined layer holds: set by the panel or by fiefs:joinresults (layer
    property or metadata title), else the layer name."""
    for value in (layer.customProperty(ELECTION_PROPERTY), layer.metadata().title()):
        if value:
            return str(value)
    return layer.name()


def is_joined_layer(layer) -> bool:
    """A layer with joined results (fiefs_unit and v_ fields) that is not an analysis output."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    role = layer.customProperty(ROLE_PROPERTY)
    if role and role != "joined":
        return False
    names = layer.fields().names()
    return fld.UNIT in names and bool(fld.party_codes_in(names)) and fld.FIEF_CLASS not in names


def group_name(labels: list[str], party: str) -> str:
    """The layer tree group of an analysis: "2021 — RNI", "2016–2021 — RNI"."""
    elections = labels[-1] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}"
    return f"{elections} — {party}" if party else elections


class AnalysePage(Translated, QWidget):
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fiefsAnalysePage")
        self._restoring = False
        self._wanted_party = ""
        self._totals: dict = {}  # layer id -> votes per party
        from fiefs_plugin.settings import FiefsSettings

        settings = FiefsSettings.load()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        box, box_layout = section(self.tr("Elections"), self, name="fiefsElectionsSection")
        self.elections = QListWidget(box)
        self.elections.setObjectName("fiefsElections")
        box_layout.addWidget(self.elections)
        box_layout.addWidget(hint(self.tr(
            "The joined layers of the project, oldest first. Tick one election, or several to find bastions "
            "(strong every time), emerging and eroding strongholds and the swing since the previous one."), box))
        layout.addWidget(box)

        box, box_layout = section(self.tr("Party"), self, name="fiefsPartySection")
        self.party = compact(QComboBox(box))
        self.party.setObjectName("fiefsParty")
        box_layout.addWidget(self.party)
        box_layout.addWidget(hint(self.tr("Colours come from the party palettes; parties by votes cast."), box))
        layout.addWidget(box)

        box, box_layout = section(self.tr("Stronghold rules"), self, name="fiefsRulesSection")
        rows = form(box)
        self.safe_margin = self._number(box, "fiefsSafeMargin", 10.0, 0.0, 100.0)
        add_row(rows, self.tr("Safe seat: lead of at least (points)"), self.safe_margin)
        rows.addRow(hint(self.tr("First, ahead of the runner-up by this many points of valid votes."), box))
        self.pvi_min = self._number(box, "fiefsPviMin", 10.0, -100.0, 100.0)
        add_row(rows, self.tr("Relative support: above its overall share by (points)"), self.pvi_min)
        rows.addRow(hint(self.tr(
            "Strong for the party even when not first (Cook's PVI, averaged over the last two elections)."), box))
        self.battleground = self._number(box, "fiefsBattleground", 10.0, 0.0, 100.0)
        add_row(rows, self.tr("Battleground: top two within (points)"), self.battleground)
        self.weak_lq = self._number(box, "fiefsWeakLq", 0.5, 0.0, 10.0, decimals=2, step=0.1)
        add_row(rows, self.tr("Weak: below this fraction of its overall share"), self.weak_lq)
        self.min_strong = QSpinBox(box)
        self.min_strong.setObjectName("fiefsMinStrong")
        self.min_strong.setRange(0, 20)
        self.min_strong.setSpecialValueText(self.tr("every election"))
        add_row(rows, self.tr("Bastion: stronghold in at least"), self.min_strong)
        box_layout.addLayout(rows)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Hot spots"), self, collapsed=True, name="fiefsHotspotSection")
        rows = form(box)
        self.weights = compact(QComboBox(box))
        self.weights.setObjectName("fiefsWeights")
        self.weights.addItem(self.tr("Queen: communes sharing a border or a corner"), "queen")
        self.weights.addItem(self.tr("Rook: communes sharing a border"), "rook")
        self.weights.addItem(self.tr("6 nearest communes"), "knn")
        add_row(rows, self.tr("Neighbours"), self.weights)
        self.permutations = QSpinBox(box)
        self.permutations.setObjectName("fiefsPermutations")
        self.permutations.setRange(0, 99999)
        self.permutations.setValue(int(settings.permutations))
        add_row(rows, self.tr("Permutations"), self.permutations)
        self.alpha = self._number(box, "fiefsAlpha", float(settings.alpha), 0.0001, 0.5, decimals=4, step=0.01)
        add_row(rows, self.tr("Significance level"), self.alpha)
        self.fdr = compact(QComboBox(box))
        self.fdr.setObjectName("fiefsFdr")
        self.fdr.addItem(self.tr("False discovery rate (Benjamini-Hochberg)"), "fdr")
        self.fdr.addItem(self.tr("Bonferroni"), "bonferroni")
        self.fdr.addItem(self.tr("None"), "none")
        add_row(rows, self.tr("Correction for many tests"), self.fdr)
        self.seed = QSpinBox(box)
        self.seed.setObjectName("fiefsSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(int(settings.seed))
        add_row(rows, self.tr("Random seed"), self.seed)
        box_layout.addLayout(rows)
        self.needs_hotspot = WrappedCheckBox(self.tr("A stronghold must also lie in a hot spot"), box)
        self.needs_hotspot.setObjectName("fiefsNeedsHotspot")
        box_layout.addWidget(self.needs_hotspot)
        box_layout.addWidget(hint(self.tr(
            "Gi* finds clusters of high shares (hot spots); local Moran also finds outliers. 999 permutations "
            "and the false discovery rate are the usual choice; the seed makes a run repeatable."), box))
        layout.addWidget(box)

        self.run_button = QPushButton(self.tr("Run the analysis"), self)
        self.run_button.setObjectName("fiefsRunAnalyse")
        self.command_button = command_button(self, self.tr("Show as Processing command"), "fiefsCommandAnalyse")
        layout.addLayout(run_row(self, self.run_button, self.command_button))
        self.outcome = QLabel(self)
        self.outcome.setObjectName("fiefsAnalyseOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

        self.elections.itemChanged.connect(self._elections_changed)
        self.party.currentIndexChanged.connect(self._emit_changed)
        for widget in (self.safe_margin, self.pvi_min, self.battleground, self.weak_lq, self.alpha):
            widget.valueChanged.connect(self._emit_changed)
        for widget in (self.min_strong, self.permutations, self.seed):
            widget.valueChanged.connect(self._emit_changed)
        self.weights.currentIndexChanged.connect(self._emit_changed)
        self.fdr.currentIndexChanged.connect(self._emit_changed)
        self.needs_hotspot.toggled.connect(self._emit_changed)

    @staticmethod
    def _number(parent, name, value, low, high, decimals=1, step=1.0) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        spin.setValue(value)
        return spin

    def _emit_changed(self, *_args) -> None:
        if not self._restoring:
            self.changed.emit()

    # -- elections and parties ------------------------------------------------------------------
    def refresh_elections(self, project: QgsProject, checked: list[str] | None = None) -> None:
        """List the joined layers of the project; keep (or set) which ones are ticked."""
        if checked is None:
            checked = self.chosen_ids()
        layers = [layer for layer in project.mapLayers().values() if is_joined_layer(layer)]
        layers.sort(key=lambda layer: (election_label(layer), layer.name()))
        self.elections.blockSignals(True)
        self.elections.clear()
        for layer in layers:
            item = QListWidgetItem(f"{election_label(layer)} — {layer.name()}")
            item.setData(USER_ROLE, layer.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.id() in checked else Qt.CheckState.Unchecked)
            self.elections.addItem(item)
        self.elections.blockSignals(False)
        rows = min(max(self.elections.count(), 2), 5)
        self.elections.setFixedHeight(rows * max(self.elections.sizeHintForRow(0), 18) + 2 * self.elections.frameWidth() + 4)
        self.refresh_parties(project)

    def check_election(self, layer_id: str, checked: bool = True) -> None:
        for i in range(self.elections.count()):
            item = self.elections.item(i)
            if item.data(USER_ROLE) == layer_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[str]:
        return [self.elections.item(i).data(USER_ROLE) for i in range(self.elections.count())
                if self.elections.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_layers(self, project: QgsProject) -> list:
        return [layer for layer in (project.mapLayer(i) for i in self.chosen_ids()) if layer is not None]

    def _elections_changed(self, *_args) -> None:
        self.refresh_parties(QgsProject.instance())
        self._emit_changed()

    def refresh_parties(self, project: QgsProject) -> None:
        """Parties of the latest ticked election, most votes first, with palette colours."""
        from fiefs_plugin.gis.frames import source_frame
        from fiefs_plugin.gis.join import party_names
        from fiefs_plugin.i18n import qgis_language
        from fiefs_plugin.styling.renderers import default_palette

        current = self.party_code() or self._wanted_party
        layers = self.chosen_layers(project)
        self.party.blockSignals(True)
        self.party.clear()
        if layers:
            layer = layers[-1]
            names = party_names(layer)
            codes = fld.party_codes_in(layer.fields().names())
            totals = self._totals.get(layer.id())
            if totals is None:  # read once per layer: a national layer has tens of thousands of units
                totals = self._totals[layer.id()] = source_frame(layer, [fld.votes_field(c) for c in codes]).sum()
            try:
                palette = default_palette()
            except Exception:  # noqa: BLE001 (a broken user palette must not break the panel)
                palette = None
            language = qgis_language()
            for code in sorted(codes, key=lambda c: -float(totals.get(fld.votes_field(c), 0))):
                party = palette.lookup(code) if palette is not None else None
                name = ""
                if party is not None:
                    name = {"fr": party.name_fr, "ar": party.name_ar}.get(language, party.name_en) or party.name_fr
                name = name or (names.get(code) if names.get(code) != code else "")
                label = f"{code} — {name}" if name else code
                votes = int(totals.get(fld.votes_field(code), 0))
                colour = party.colour if party is not None else "#bdbdbd"
                self.party.addItem(colour_icon(colour), label, code)
                index = self.party.count() - 1
                self.party.setItemData(index, self.tr("{votes} votes").format(votes=f"{votes:,}".replace(",", "\u202f")),
                                       Qt.ItemDataRole.ToolTipRole)
        found = self.party.findData(current) if current else -1
        self.party.setCurrentIndex(found if found >= 0 else (0 if self.party.count() else -1))
        self.party.blockSignals(False)

    def party_code(self) -> str:
        return self.party.currentData() or ""

    def set_party(self, code: str) -> None:
        index = self.party.findData(code)
        if index < 0:
            raise KeyError(code)
        self.party.setCurrentIndex(index)

    # -- plan ---------------------------------------------------------------------------------
    def problems(self, project: QgsProject) -> list[str]:
        out = []
        if not self.chosen_layers(project):
            out.append(self.tr("Tick at least one election (a joined layer made in step 2)."))
        if not self.party_code():
            out.append(self.tr("Choose the party."))
        return out

    def plan(self, folder: Path, project: QgsProject) -> RunPlan:
        layers = self.chosen_layers(project)
        labels = [election_label(layer).replace(",", " ") for layer in layers]
        party = self.party_code()
        latest, tag = layers[-1], slug(labels[-1])
        share = fld.share_field(party)
        indicators = output_path(folder, "indicators", tag, party)
        hotspots = output_path(folder, "hotspots", tag, party)
        strongholds = output_path(folder, "strongholds", tag, party)
        summary = output_path(folder, "summary", tag, party)
        top = output_path(folder, "top", tag, party, suffix=".csv")
        weights = WEIGHTS.index(self.weights.currentData())
        fdr = FDR_CHOICES.index(self.fdr.currentData())
        common = {"PERMUTATIONS": self.permutations.value(), "SEED": self.seed.value(), "ALPHA": self.alpha.value(),
                  "FDR": fdr}
        steps = [
            Step("fiefs:indicators", {"INPUT": latest.id(), "PARTY": party, "OUTPUT": str(indicators)},
                 self.tr("Party indicators")),
            Step("fiefs:hotspots", {"INPUT": str(indicators), "FIELD": share, "METHOD": 2, "WEIGHTS": weights,
                                    "K": 6, **common, "OUTPUT": str(hotspots)},
                 self.tr("Hot spots and clusters")),
            Step("fiefs:strongholds", {
                "INPUT": [layer.id() for layer in layers[:-1]] + [str(hotspots)],
                "LABELS": ",".join(labels), "PARTY": party,
                "SAFE_MARGIN": self.safe_margin.value(), "PVI_MIN": self.pvi_min.value(),
                "BATTLEGROUND_MARGIN": self.battleground.value(), "WEAK_LQ": self.weak_lq.value(),
                "MIN_STRONG": self.min_strong.value(),
                # one election: Gi* is on the hot-spot layer already; several: computed per election
                "HOTSPOTS": 1 if len(layers) == 1 else 0, "NEEDS_HOTSPOT": self.needs_hotspot.isChecked(),
                "WEIGHTS": weights, **common, "OUTPUT": str(strongholds), "SUMMARY": str(summary),
                "TOP": str(top), "TOP_N": TOP_N},
                self.tr("Strongholds")),
        ]
        final, files = 2, [str(indicators), str(hotspots), str(strongholds), str(summary), str(top)]
        if len(layers) > 1:
            swing = output_path(folder, "swing", tag, party)
            steps.append(Step("fiefs:swing", {"BEFORE": layers[-2].id(), "AFTER": str(strongholds), "PARTY": party,
                                              "OUTPUT": str(swing)}, self.tr("Swing since the previous election")))
            final = 3
            files.append(str(swing))
        group = group_name(labels, party)
        properties = {ELECTION_PROPERTY: labels[-1], PARTY_PROPERTY: party,
                      ELECTIONS_PROPERTY: json.dumps(labels, ensure_ascii=False)}
        outputs = [
            LayerOutput(final, "OUTPUT", self.tr("Analysis {party} {election}").format(party=party, election=labels[-1]),
                        "analysis", slot=f"analysis:{group}", properties=properties),
            LayerOutput(2, "SUMMARY", self.tr("Summary per class {party} {election}").format(
                party=party, election=labels[-1]), "summary", slot=f"summary:{group}", properties=properties),
        ]
        return RunPlan(self.tr("Analysis"), steps, outputs, files, group=group)

    # -- state --------------------------------------------------------------------------------
    def rules(self) -> dict[str, float]:
        return {"safe_margin": self.safe_margin.value(), "pvi_min": self.pvi_min.value(),
                "battleground": self.battleground.value(), "weak_lq": self.weak_lq.value(),
                "min_strong": float(self.min_strong.value())}

    def hotspot_options(self) -> dict[str, float]:
        return {"weights": float(self.weights.currentIndex()), "permutations": float(self.permutations.value()),
                "alpha": self.alpha.value(), "fdr": float(self.fdr.currentIndex()), "seed": float(self.seed.value()),
                "needs_hotspot": float(self.needs_hotspot.isChecked())}

    def save_state(self, state: PanelState) -> None:
        state.party = self.party_code() or self._wanted_party
        state.elections = self.chosen_ids()
        state.rules = self.rules()
        state.hotspots = self.hotspot_options()

    def restore_state(self, state: PanelState, project: QgsProject) -> None:
        self._restoring = True
        try:
            rules, spots = state.rules, state.hotspots
            self.safe_margin.setValue(rules.get("safe_margin", 10.0))
            self.pvi_min.setValue(rules.get("pvi_min", 10.0))
            self.battleground.setValue(rules.get("battleground", 10.0))
            self.weak_lq.setValue(rules.get("weak_lq", 0.5))
            self.min_strong.setValue(int(rules.get("min_strong", 0)))
            if spots:
                self.weights.setCurrentIndex(int(spots.get("weights", 0)))
                self.permutations.setValue(int(spots.get("permutations", 999)))
                self.alpha.setValue(spots.get("alpha", 0.05))
                self.fdr.setCurrentIndex(int(spots.get("fdr", 0)))
                self.seed.setValue(int(spots.get("seed", self.seed.value())))
                self.needs_hotspot.setChecked(bool(spots.get("needs_hotspot", 0)))
            self._wanted_party = state.party
            self.refresh_elections(project, checked=list(state.elections))
        finally:
            self._restoring = False
