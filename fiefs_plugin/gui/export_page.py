"""Step 4 of the panel: map presets, the print layout, and the summary of the result.

A preset runs fiefs:stylemap on the analysis layer (the style is saved with the written
GeoPackage, so the map opens styled anywhere); the layout button runs
fiefs:exportlayout on the map shown. The summary reads the tables the analysis wrote:
units, votes and share per stronghold class, and the strongest strongholds, each a click
away from the map.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsAggregateCalculator,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.core import fields as fld
from fiefs_plugin.gui.forms import (
    Translated,
    WrappedCheckBox,
    add_row,
    command_button,
    compact,
    form,
    hint,
    run_row,
    section,
    table,
    wrapped_label,
)
from fiefs_plugin.gui.runner import (
    ELECTION_PROPERTY,
    PARTY_PROPERTY,
    LayerOutput,
    RunPlan,
    Step,
)
from fiefs_plugin.gui.state import PanelState
from fiefs_plugin.gui.workspace import output_path

USER_ROLE = Qt.ItemDataRole.UserRole
# preset key -> index of the STYLE option of fiefs:stylemap (styling.renderers.STYLES)
PRESETS = ("winner", "share", "stronghold", "hotspot", "lisa", "turnout", "swing")
STYLE_INDEX = {"winner": 0, "share": 1, "stronghold": 2, "hotspot": 3, "lisa": 4, "turnout": 5, "swing": 6}
STRONG_CLASSES = ("stronghold", "bastion", "emerging")
FORMATS = ("pdf", "png", "svg")
TOP_N = 10


def needed_field(style: str, party: str) -> str:
    return {
        "winner": fld.WINNER, "share": fld.share_field(party), "stronghold": fld.FIEF_CLASS,
        "hotspot": fld.GI_BIN, "lisa": fld.LISA_CLUSTER, "turnout": fld.TURNOUT, "swing": fld.SWING,
    }[style]


class ExportPage(Translated, QWidget):
    changed = pyqtSignal()
    presetClicked = pyqtSignal(str)
    zoomRequested = pyqtSignal(str, int)  # layer id, feature id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fiefsExportPage")
        self._restoring = False
        self.analysis_layer = None
        self.summary_layer = None
        self.top_path = ""
        self.map_layer = None
        self.name_field = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        box, box_layout = section(self.tr("Map"), self, name="fiefsMapSection")
        grid = QGridLayout()
        grid.setSpacing(4)
        self.preset_buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(PRESETS):
            button = QPushButton(self.preset_labels()[key], box)
            button.setObjectName(f"fiefsPreset_{key}")
            button.setToolTip(self.preset_tips()[key])
            button.clicked.connect(lambda _checked=False, k=key: self.presetClicked.emit(k))
            self.preset_buttons[key] = button
            grid.addWidget(button, i // 2, i % 2)
        box_layout.addLayout(grid)
        rows = form(box)
        self.classes = QSpinBox(box)
        self.classes.setObjectName("fiefsClasses")
        self.classes.setRange(2, 12)
        self.classes.setValue(5)
        add_row(rows, self.tr("Classes"), self.classes)
        self.method = compact(QComboBox(box))
        self.method.setObjectName("fiefsMethod")
        for label in (self.tr("Natural breaks (Jenks)"), self.tr("Quantiles"), self.tr("Equal intervals"),
                      self.tr("Pretty breaks"), self.tr("Standard deviations")):
            self.method.addItem(label)
        add_row(rows, self.tr("Method"), self.method)
        box_layout.addLayout(rows)
        self.labels = WrappedCheckBox(self.tr("Label the {n} strongest units").format(n=TOP_N), box)
        self.labels.setObjectName("fiefsLabels")
        box_layout.addWidget(self.labels)
        self.map_hint = hint(self.tr("Run the analysis (step 3) to make maps."), box)
        self.map_hint.setObjectName("fiefsMapHint")
        box_layout.addWidget(self.map_hint)
        self.map_command = command_button(box, self.tr("Show as Processing command"), "fiefsCommandMap")
        box_layout.addWidget(self.map_command)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Print layout"), self, name="fiefsLayoutSection")
        rows = form(box)
        self.title = QLineEdit(box)
        self.title.setObjectName("fiefsTitle")
        add_row(rows, self.tr("Title"), self.title)
        self.template = compact(QComboBox(box))
        self.template.setObjectName("fiefsTemplate")
        for label in (self.tr("A4 landscape"), self.tr("A4 portrait"), self.tr("A3 landscape"), self.tr("A3 portrait")):
            self.template.addItem(label)
        add_row(rows, self.tr("Page"), self.template)
        self.format = QComboBox(box)
        self.format.setObjectName("fiefsFormat")
        self.format.addItems(["PDF", "PNG", "SVG"])
        add_row(rows, self.tr("Format"), self.format)
        self.atlas = QgsMapLayerComboBox(box)
        self.atlas.setObjectName("fiefsAtlasLayer")
        self.atlas.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.atlas.setAllowEmptyLayer(True)
        self.atlas.setLayer(None)
        add_row(rows, self.tr("Atlas: a page per feature of"), self.atlas)
        self.output = QgsFileWidget(box)
        self.output.setObjectName("fiefsLayoutFile")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(self.tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        add_row(rows, self.tr("File"), self.output)
        box_layout.addLayout(rows)
        box_layout.addWidget(hint(self.tr(
            "Leave the atlas empty for one page; with regions or provinces, one page each (PDF: one file)."), box))
        self.export_button = QPushButton(self.tr("Export the layout"), box)
        self.export_button.setObjectName("fiefsRunExport")
        self.command_button = command_button(box, self.tr("Show as Processing command"), "fiefsCommandExport")
        box_layout.addLayout(run_row(box, self.export_button, self.command_button))
        self.export_outcome = QLabel(box)
        self.export_outcome.setObjectName("fiefsExportOutcome")
        self.export_outcome.setWordWrap(True)
        self.export_outcome.setOpenExternalLinks(True)
        self.export_outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box_layout.addWidget(self.export_outcome)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Summary"), self, name="fiefsSummarySection")
        self.summary_hint = hint(self.tr("Units, votes and share of the party per class."), box)
        box_layout.addWidget(self.summary_hint)
        self.class_table = table(box, [self.tr("Class"), self.tr("Units"), self.tr("Votes"), self.tr("Share")],
                                 "fiefsClassTable", stretch=0, rows_visible=8)
        box_layout.addWidget(self.class_table)
        box_layout.addWidget(wrapped_label(self.tr("Strongest strongholds (click to zoom)"), box))
        self.top_table = table(box, [self.tr("Unit"), self.tr("Class"), self.tr("Share")], "fiefsTopTable",
                               stretch=0, rows_visible=TOP_N)
        # the unit's name takes the room; the class gets a third of it and elides
        self.top_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.top_table.setColumnWidth(1, 100)
        box_layout.addWidget(self.top_table)
        layout.addWidget(box)
        layout.addStretch(1)

        self.top_table.cellClicked.connect(self._top_clicked)
        for widget in (self.classes,):
            widget.valueChanged.connect(self._emit_changed)
        for combo in (self.method, self.template, self.format):
            combo.currentIndexChanged.connect(self._emit_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.title.editingFinished.connect(self._emit_changed)
        self.output.fileChanged.connect(self._emit_changed)
        self.atlas.layerChanged.connect(self._emit_changed)
        self.set_analysis(None, None)

    def _emit_changed(self, *_args) -> None:
        if not self._restoring:
            self.changed.emit()

    def preset_labels(self) -> dict[str, str]:
        return {
            "winner": self.tr("Winner"), "share": self.tr("Party share"), "stronghold": self.tr("Strongholds"),
            "hotspot": self.tr("Hot spots"), "lisa": self.tr("Clusters (LISA)"), "turnout": self.tr("Turnout"),
            "swing": self.tr("Swing"),
        }

    def preset_tips(self) -> dict[str, str]:
        return {
            "winner": self.tr("The party placed first in each unit, in its palette colour."),
            "share": self.tr("The party's share of valid votes, in classes."),
            "stronghold": self.tr("Stronghold classes: stronghold, battleground, hot spot, weak."),
            "hotspot": self.tr("Gi* hot and cold spots of the party's share, at 90, 95 and 99 % confidence."),
            "lisa": self.tr("Local Moran clusters (high-high, low-low) and outliers."),
            "turnout": self.tr("Voters as a share of registered voters."),
            "swing": self.tr("Change of the party's share since the previous election, in points."),
        }

    def _format_changed(self, *_args) -> None:
        path = self.output.filePath().strip()
        if path:
            self.output.setFilePath(str(Path(path).with_suffix("." + FORMATS[self.format.currentIndex()])))

    # -- analysis layer -----------------------------------------------------------------------
    def party(self) -> str:
        layer = self.analysis_layer
        return str(layer.customProperty(PARTY_PROPERTY) or "") if layer is not None else ""

    def election(self) -> str:
        layer = self.analysis_layer
        return str(layer.customProperty(ELECTION_PROPERTY) or "") if layer is not None else ""

    def set_analysis(self, layer, summary, name_field: str = "", party_label: str = "", top: str = "") -> None:
        """The layer and summary table the maps and the summary come from; ``top``: the
        ranked table (TOP, a CSV) fiefs:strongholds wrote."""
        self.analysis_layer, self.summary_layer = layer, summary
        self.top_path = top
        self.name_field = name_field
        party = self.party()
        for key, button in self.preset_buttons.items():
            ok, why = self.preset_available(key)
            button.setEnabled(ok)
            button.setToolTip(self.preset_tips()[key] if ok else why)
        if layer is None:
            self.map_hint.setText(self.tr("Run the analysis (step 3) to make maps."))
        else:
            self.map_hint.setText(self.tr("Maps of {party}, {election}. Each preset adds a styled layer.").format(
                party=party_label or party, election=self.election()))
            if not self.title.text().strip():
                self.title.setPlaceholderText(self.tr("{party} strongholds, {election}").format(
                    party=party_label or party, election=self.election()))
        self.export_button.setEnabled(self.map_layer is not None)
        self.fill_summary()

    def preset_available(self, key: str) -> tuple[bool, str]:
        layer = self.analysis_layer
        if layer is None:
            return False, self.tr("Run the analysis (step 3) first.")
        name = needed_field(key, self.party())
        index = layer.fields().lookupField(name)
        if index < 0:
            if key == "swing":
                return False, self.tr("Swing needs two elections: tick the previous one in step 3.")
            return False, self.tr("The analysis layer has no field {field}.").format(field=name)
        count, _ok = layer.aggregate(QgsAggregateCalculator.Aggregate.Count, name)
        if not count:
            if key == "turnout":
                return False, self.tr("These results have no registered voters and voters: no turnout.")
            return False, self.tr("The field {field} is empty.").format(field=name)
        return True, ""

    def map_plan(self, style: str, folder: Path, group: str, party_label: str = "") -> RunPlan:
        layer = self.analysis_layer
        party, election = self.party(), self.election()
        path = output_path(folder, f"map_{style}", election, party)
        parameters: dict[str, object] = {
            "INPUT": layer.id(), "STYLE": STYLE_INDEX[style], "PARTY": party,
            "CLASSES": self.classes.value(), "METHOD": self.method.currentIndex(),
            "OUTPUT": str(path),
        }
        if self.labels.isChecked() and self.name_field:
            parameters.update({"LABELS": True, "LABEL_FIELD": self.name_field, "TOP_N": TOP_N})
        name = self.tr("{style} — {party} {election}").format(style=self.preset_labels()[style],
                                                              party=party_label or party, election=election)
        output = LayerOutput(0, "OUTPUT", name, "map", slot=f"map:{group}:{style}",
                             properties={ELECTION_PROPERTY: election, PARTY_PROPERTY: party, "fiefs/style": style})
        return RunPlan(self.tr("Map: {style}").format(style=self.preset_labels()[style]),
                       [Step("fiefs:stylemap", parameters, self.tr("Style the map"))], [output], [str(path)],
                       group=group)

    def layout_path(self, folder: Path) -> Path:
        chosen = self.output.filePath().strip()
        suffix = "." + FORMATS[self.format.currentIndex()]
        if chosen:
            return Path(chosen).with_suffix(suffix)
        return output_path(folder, "layout", self.election(), self.party(), suffix=suffix)

    def layout_plan(self, folder: Path, source_note: str = "") -> RunPlan:
        path = self.layout_path(folder)
        title = self.title.text().strip() or self.title.placeholderText()
        parameters: dict[str, object] = {
            "INPUT": [self.map_layer.id()] if self.map_layer is not None else [],
            "TITLE": title, "TEMPLATE": self.template.currentIndex(),
            "FORMAT": self.format.currentIndex(), "OUTPUT": str(path),
        }
        if source_note:
            parameters["SOURCE_NOTE"] = source_note
        atlas = self.atlas.currentLayer()
        if atlas is not None:
            parameters["ATLAS_LAYER"] = atlas.id()
        files = [] if path.exists() else [str(path)]
        return RunPlan(self.tr("Print layout"), [Step("fiefs:exportlayout", parameters, self.tr("Export the layout"))],
                       [], files)

    def set_map(self, layer) -> None:
        self.map_layer = layer
        self.export_button.setEnabled(layer is not None)

    def show_export(self, result) -> None:
        values = result.results[-1] if result.results else {}
        files = [f for f in str(values.get("FILES", values.get("OUTPUT", ""))).splitlines() if f]
        links = ", ".join(f'<a href="{Path(f).as_uri()}">{Path(f).name}</a>' for f in files[:5])
        self.export_outcome.setText(self.tr("Written: {files}").format(files=links))

    # -- summary ------------------------------------------------------------------------------
    def class_labels(self) -> dict[str, str]:
        from fiefs_plugin.styling.renderers import stronghold_labels

        labels = stronghold_labels()
        labels["total"] = self.tr("Total")
        labels["NULL"] = self.tr("No votes")
        return labels

    def fill_summary(self) -> None:
        self.class_table.setRowCount(0)
        self.top_table.setRowCount(0)
        labels = self.class_labels()
        summary = self.summary_layer
        if summary is not None and summary.isValid():
            rows = list(summary.getFeatures())
            self.class_table.setRowCount(len(rows))
            for r, feature in enumerate(rows):
                key = str(feature[fld.FIEF_CLASS])
                units = _number(feature[fld.SUMMARY_UNITS])
                votes = _number(feature[fld.SUMMARY_VOTES])
                share = _number(feature[fld.SUMMARY_SHARE])
                cells = [labels.get(key, key), _count(units), _count(votes),
                         f"{share * 100:.1f} %" if share is not None else "–"]
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                    item.setData(USER_ROLE, key if c == 0 else (units, votes, share)[c - 1])
                    if key == "total":
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    self.class_table.setItem(r, c, item)
        self._fill_top(labels)

    def top_rows(self) -> list[tuple[float | None, int, str, str]]:
        """(share, feature id, name, class) of the strongest strongholds, in the order of
        fiefs:strongholds' ranked table (TOP: class, then share, margin, unit key)."""
        layer = self.analysis_layer
        path = self.top_path
        if layer is None or not path or not Path(path).is_file() or layer.fields().lookupField(fld.UNIT) < 0:
            return []
        import pandas as pd

        ranked = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        if fld.UNIT not in ranked.columns or fld.FIEF_CLASS not in ranked.columns:
            return []
        ranked = ranked[ranked[fld.FIEF_CLASS].isin(STRONG_CLASSES)].head(TOP_N)
        share_field = fld.share_field(self.party())
        name_field = self.name_field if self.name_field and layer.fields().lookupField(self.name_field) >= 0 \
            else fld.UNIT
        wanted = ranked[fld.UNIT].tolist()
        found: dict[str, tuple[int, str]] = {}
        if wanted:
            request = QgsFeatureRequest()
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setFilterExpression("{field} IN ({values})".format(
                field=QgsExpression.quotedColumnRef(fld.UNIT),
                values=", ".join(QgsExpression.quotedValue(k) for k in wanted)))
            for feature in layer.getFeatures(request):
                key = str(feature[fld.UNIT])
                found[key] = (feature.id(), str(feature[name_field] or key))
        out = []
        for _, row in ranked.iterrows():
            key = row[fld.UNIT]
            if key not in found:
                continue
            fid, name = found[key]
            share = _number(row[share_field]) if share_field in ranked.columns and row[share_field] != "" else None
            out.append((share, fid, name, row[fld.FIEF_CLASS]))
        return out

    def _fill_top(self, labels: dict[str, str]) -> None:
        top = self.top_rows()
        self.top_table.setRowCount(len(top))
        for r, (share, fid, name, key) in enumerate(top):
            item = QTableWidgetItem(name)
            item.setData(USER_ROLE, fid)
            item.setToolTip(name)
            self.top_table.setItem(r, 0, item)
            self.top_table.setItem(r, 1, QTableWidgetItem(labels.get(key, key)))
            share_item = QTableWidgetItem(f"{share * 100:.1f} %" if share is not None else "–")
            share_item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.top_table.setItem(r, 2, share_item)

    def _top_clicked(self, row: int, _column: int) -> None:
        item = self.top_table.item(row, 0)
        if item is not None and self.analysis_layer is not None:
            self.zoomRequested.emit(self.analysis_layer.id(), int(item.data(USER_ROLE)))

    # -- state --------------------------------------------------------------------------------
    def save_state(self, state: PanelState) -> None:
        state.classes = self.classes.value()
        state.method = self.method.currentIndex()
        state.title = self.title.text().strip()
        state.template = self.template.currentIndex()
        state.layout_format = self.format.currentIndex()
        state.layout_file = self.output.filePath()
        atlas = self.atlas.currentLayer()
        state.atlas_layer = atlas.id() if atlas is not None else ""
        state.map_layer = self.map_layer.id() if self.map_layer is not None else ""

    def restore_state(self, state: PanelState, project: QgsProject) -> None:
        self._restoring = True
        try:
            self.classes.setValue(state.classes)
            self.method.setCurrentIndex(state.method)
            self.title.setText(state.title)
            self.template.setCurrentIndex(state.template)
            self.format.setCurrentIndex(state.layout_format)
            self.output.setFilePath(state.layout_file)
            self.atlas.setLayer(project.mapLayer(state.atlas_layer) if state.atlas_layer else None)
            self.set_map(project.mapLayer(state.map_layer) if state.map_layer else None)
        finally:
            self._restoring = False


def zoom_to_feature(canvas, layer, fid: int) -> QgsRectangle | None:
    """Zoom the map canvas on one feature (with a margin) and flash it."""
    feature = layer.getFeature(fid)
    if not feature.hasGeometry():
        return None
    box = feature.geometry().boundingBox()
    transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    box = transform.transformBoundingBox(box)
    box.scale(1.6)
    canvas.setExtent(box)
    canvas.refresh()
    canvas.flashFeatureIds(layer, [fid])
    return box


def _number(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _count(value) -> str:
    return "–" if value is None else f"{value:,.0f}".replace(",", "\u202f")
