"""Step 2 of the panel: match the result units to the communes and review the doubtful ones.

fiefs:joinresults does the matching and writes its report (one row per result unit with
its method, score, commune and candidate communes in cand_<k>_fid/code/name/score columns)
and the unmatched list; this page shows them,
lets the person choose a commune for a doubtful or unmatched unit from its candidates (or
from the communes left without a result), saves the choices as a crosswalk CSV (the
CROSSWALK format of fiefs:joinresults) and runs the join again with it. The crosswalk file
stays in the output folder, so the next run of the same results reuses the choices.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.gui.forms import (
    Translated,
    WrappedCheckBox,
    add_row,
    command_button,
    form,
    hint,
    run_row,
    section,
    table,
    wrapped_label,
)
from fiefs_plugin.gui.runner import ELECTION_PROPERTY, LayerOutput, RunPlan, Step
from fiefs_plugin.gui.state import PanelState
from fiefs_plugin.gui.workspace import output_path, slug

METHODS = ("code", "name", "fuzzy", "crosswalk", "manual")
CROSSWALK_COLUMNS = ("result_code", "result_name", "feature_code", "feature_fid", "feature_name", "method", "status")
EXCLUDE = "-"
USER_ROLE = Qt.ItemDataRole.UserRole
CANDIDATES = 5  # candidate communes the join reports for each unit (CANDIDATES of fiefs:joinresults)


def report_candidates(row) -> list[tuple[str, str, str, str]]:
    """(fid, code, name, score) of the candidate communes of one MATCH_REPORT row, best
    first, from its cand_<k>_fid/code/name/score columns (text cells, as read_table gives)."""
    out = []
    k = 1
    while f"cand_{k}_fid" in row.index:
        fid = fid_text(row[f"cand_{k}_fid"])
        if fid:
            score = row.get(f"cand_{k}_score", "")
            out.append((fid, row.get(f"cand_{k}_code", ""), row.get(f"cand_{k}_name", ""),
                        f"{float(score):.0f}" if score else ""))
        k += 1
    return out


def read_table(path: str):
    """A CSV written by fiefs:joinresults, every cell as text ("" for empty)."""
    import pandas as pd

    if not path or not Path(path).is_file():
        return pd.DataFrame()
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def merge_crosswalk(path: Path, decisions: list[dict]) -> int:
    """Add reviewed decisions to the crosswalk file (a decision replaces an earlier one
    for the same result unit). Returns the number of rows in the file."""
    import pandas as pd

    old = read_table(str(path))
    new = pd.DataFrame(decisions, columns=list(CROSSWALK_COLUMNS))
    if len(old):
        for column in CROSSWALK_COLUMNS:
            if column not in old.columns:
                old[column] = ""
        old = old[~old["result_code"].isin(set(new["result_code"]))]
        new = pd.concat([old[list(CROSSWALK_COLUMNS)], new], ignore_index=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".csv.part")
    new.to_csv(partial, index=False, encoding="utf-8-sig")
    partial.replace(path)
    return len(new)


class MatchPage(Translated, QWidget):
    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fiefsMatchPage")
        self._restoring = False
        self.report = None  # the MATCH_REPORT of the last join (pandas, text cells)
        self.free_features: list[tuple[str, str, str]] = []  # (fid, code, name) without a result
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        box, box_layout = section(self.tr("Matching rules"), self, name="fiefsMatchRules")
        rows = form(box)
        self.min_score = QDoubleSpinBox(box)
        self.min_score.setObjectName("fiefsMinScore")
        self.min_score.setRange(0.0, 100.0)
        self.min_score.setDecimals(0)
        self.min_score.setValue(85.0)
        add_row(rows, self.tr("Fuzzy names: minimum score"), self.min_score)
        box_layout.addLayout(rows)
        box_layout.addWidget(hint(self.tr(
            "Codes first, then names within the parent unit, then close spellings scoring at least this "
            "much (0-100) and clearly ahead of the next candidate."), box))
        self.sum_duplicates = WrappedCheckBox(self.tr("Add up several result rows of one commune (wards)"), box)
        self.sum_duplicates.setObjectName("fiefsSumDuplicates")
        box_layout.addWidget(self.sum_duplicates)
        from qgis.gui import QgsFileWidget

        self.crosswalk = QgsFileWidget(box)
        self.crosswalk.setObjectName("fiefsCrosswalk")
        self.crosswalk.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.crosswalk.setFilter(self.tr("CSV files (*.csv)"))
        box_layout.addWidget(wrapped_label(self.tr("Crosswalk file"), box))
        box_layout.addWidget(self.crosswalk)
        box_layout.addWidget(hint(self.tr(
            "Your choices in the review table are saved in this file and used at every join of these "
            "results."), box))
        layout.addWidget(box)

        self.run_button = QPushButton(self.tr("Match and join"), self)
        self.run_button.setObjectName("fiefsRunMatch")
        self.command_button = command_button(self, self.tr("Show as Processing command"), "fiefsCommandMatch")
        layout.addLayout(run_row(self, self.run_button, self.command_button))

        box, box_layout = section(self.tr("Matches"), self, name="fiefsMatchSection")
        self.counts = table(box, [self.tr("Matched by"), self.tr("Units")], "fiefsMatchCounts", stretch=0,
                            rows_visible=7)
        box_layout.addWidget(self.counts)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Review"), self, name="fiefsReviewSection")
        self.review_hint = hint(self.tr("Doubtful and unmatched result units appear here after a join."), box)
        box_layout.addWidget(self.review_hint)
        self.review = table(box, [self.tr("Result unit"), self.tr("Why"), self.tr("Commune")], "fiefsReview",
                            stretch=2, rows_visible=8)
        box_layout.addWidget(self.review)
        self.apply_button = QPushButton(self.tr("Apply the choices"), box)
        self.apply_button.setObjectName("fiefsApplyReview")
        self.apply_button.setToolTip(self.tr("Save the choices in the crosswalk file and join again."))
        self.apply_button.setEnabled(False)
        box_layout.addWidget(self.apply_button)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Communes without a result"), self, collapsed=True,
                                  name="fiefsFreeSection")
        self.free_list = QListWidget(box)
        self.free_list.setObjectName("fiefsFreeCommunes")
        self.free_list.setMaximumHeight(140)
        box_layout.addWidget(self.free_list)
        self.free_box = box
        layout.addWidget(box)
        layout.addStretch(1)

        self.min_score.valueChanged.connect(self._emit_changed)
        self.sum_duplicates.toggled.connect(self._emit_changed)
        self.crosswalk.fileChanged.connect(self._emit_changed)

    def _emit_changed(self, *_args) -> None:
        if not self._restoring:
            self.changed.emit()

    def status_labels(self) -> dict[str, str]:
        return {
            "unmatched": self.tr("no commune found"),
            "ambiguous": self.tr("several communes fit"),
            "conflict": self.tr("another unit has this commune"),
            "excluded": self.tr("left out on purpose"),
            "fuzzy": self.tr("close spelling, score {score}"),
        }

    def method_labels(self) -> dict[str, str]:
        return {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "fuzzy": self.tr("Close spelling"),
            "crosswalk": self.tr("Crosswalk"),
            "manual": self.tr("Manual"),
        }

    # -- plan ---------------------------------------------------------------------------------
    def problems(self, data_page, imported: str) -> list[str]:
        out = []
        if data_page.commune_layer() is None:
            out.append(self.tr("Choose the commune layer in step 1."))
        if not imported or not Path(imported).is_file():
            out.append(self.tr("Import the results first (step 1)."))
        if not data_page.code_field.currentField() and not data_page.name_field.currentField():
            out.append(self.tr("Choose the code field or the name field of the commune layer in step 1."))
        return out

    def plan(self, folder: Path, data_page, imported: str, election: str) -> RunPlan:
        """fiefs:joinresults; then fiefs:storeimport with the join's decisions when step 1
        asks to keep the election in the store."""
        layer = data_page.commune_layer()
        tag = slug(election)
        joined = output_path(folder, "joined", tag)
        unmatched = output_path(folder, "unmatched", tag, suffix=".csv")
        report = output_path(folder, "match_report", tag, suffix=".csv")
        parameters: dict[str, object] = {
            "INPUT": layer.id() if layer is not None else "",
            "RESULTS": imported,
            "MIN_SCORE": self.min_score.value(),
            "SUM_DUPLICATES": self.sum_duplicates.isChecked(),
            "OUTPUT": str(joined),
            "UNMATCHED": str(unmatched),
            "MATCH_REPORT": str(report),
            "CANDIDATES": CANDIDATES,
        }
        for name, combo in (("INPUT_CODE_FIELD", data_page.code_field), ("INPUT_NAME_FIELD", data_page.name_field),
                            ("INPUT_PARENT_FIELD", data_page.parent_field)):
            if combo.currentField():
                parameters[name] = combo.currentField()
        crosswalk = self.crosswalk.filePath().strip()
        if crosswalk and Path(crosswalk).is_file():
            parameters["CROSSWALK"] = crosswalk
        files = [str(joined), str(unmatched), str(report)]
        steps = [Step("fiefs:joinresults", parameters, self.tr("Match and join"))]
        decisions = output_path(folder, "match_decisions", tag, suffix=".csv")
        store = data_page.store_step(imported, str(decisions), election)
        if store is not None:
            parameters["CROSSWALK_OUTPUT"] = str(decisions)
            files.append(str(decisions))
            steps.append(store)
        output = LayerOutput(0, "OUTPUT", self.tr("Results {election}").format(election=election), "joined",
                             slot=f"joined:{election}", properties={ELECTION_PROPERTY: election})
        return RunPlan(self.tr("Match and join"), steps, [output], files, group=election)

    # -- results ------------------------------------------------------------------------------
    def show_join(self, result) -> None:
        """Counts, review rows and free communes of a finished join."""
        values = result.results[0] if result.results else {}
        report = read_table(values.get("MATCH_REPORT", ""))
        unmatched = read_table(values.get("UNMATCHED", ""))
        self.show_report(report, unmatched, values)

    def show_report(self, report, unmatched, values: dict | None = None) -> None:
        """``report`` and ``unmatched``: the MATCH_REPORT and UNMATCHED tables of
        fiefs:joinresults (text cells); the review offers each unit's cand_<k>_ communes."""
        values = values or {}
        self.report = report
        labels = self.method_labels()
        rows = []
        if len(report):
            matched = report[report["status"] == "matched"]
            for method in METHODS:
                count = int((matched["method"] == method).sum())
                if count or method in ("code", "name", "fuzzy"):
                    rows.append((labels[method], count))
        free = unmatched[unmatched["kind"] == "feature"] if len(unmatched) else unmatched
        without_commune = int(values.get("UNMATCHED_RESULTS", 0)) if values else \
            int((report["status"] != "matched").sum()) if len(report) else 0
        rows.append((self.tr("Result units without a commune"), without_commune))
        rows.append((self.tr("Communes without a result"), int(values.get("UNMATCHED_FEATURES", len(free)))))
        self.counts.setRowCount(len(rows))
        for r, (label, count) in enumerate(rows):
            self.counts.setItem(r, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(f"{count:,}".replace(",", "\u202f"))
            item.setData(USER_ROLE, count)  # Qt.UserRole: the number, for tests and sorting
            self.counts.setItem(r, 1, item)

        self.free_features = [(feature_id(row), row["feature_code"], row["feature_name"])
                              for _, row in free.iterrows()]
        self.free_list.clear()
        for fid, code, name in self.free_features:
            self.free_list.addItem(f"{name} [{code}]" if code else (name or f"#{fid}"))
        self.free_box.setTitle(self.tr("Communes without a result ({n})").format(n=len(self.free_features)))
        self._fill_review()

    def _fill_review(self) -> None:
        report = self.report
        self.review.setRowCount(0)
        if report is None or not len(report):
            self.apply_button.setEnabled(False)
            return
        doubtful = report[(report["status"] != "matched") | (report["method"] == "fuzzy")]
        statuses = self.status_labels()
        self.review.setRowCount(len(doubtful))
        for r, (_i, row) in enumerate(doubtful.iterrows()):
            name = row["unit_name"] or row["unit_code"]
            item = QTableWidgetItem(f"{name} ({row['unit_parent']})" if row["unit_parent"] else name)
            item.setData(USER_ROLE, row["unit_code"])
            item.setToolTip(row["unit_code"])
            self.review.setItem(r, 0, item)
            why = statuses["fuzzy"].format(score=row["score"]) if row["status"] == "matched" \
                else statuses.get(row["status"], row["status"])
            why_item = QTableWidgetItem(why)
            why_item.setToolTip(row["note"] or why)
            self.review.setItem(r, 1, why_item)
            self.review.setCellWidget(r, 2, self._choice_combo(row))
        self.review_hint.setText(self.tr(
            "{n} result units to review. Choose a commune, or leave them as they are.").format(n=len(doubtful))
            if len(doubtful) else self.tr("Every result unit found its commune by code or by name."))
        self.apply_button.setEnabled(bool(len(doubtful)))

    def _choice_combo(self, row) -> QComboBox:
        combo = QComboBox(self.review)
        combo.setObjectName(f"fiefsReviewChoice_{row['unit_code']}")
        if row["status"] == "matched":
            combo.addItem(self.tr("Keep {name}").format(name=row["feature_name"] or row["feature_code"]), None)
        else:
            combo.addItem(self.tr("(undecided)"), None)
        seen = set()
        chosen = feature_id(row) if row["status"] == "matched" else ""
        for fid, code, name, score in report_candidates(row):
            if fid in seen or fid == chosen:
                continue
            seen.add(fid)
            label = f"{name} [{code}]" if code else (name or f"#{fid}")
            combo.addItem(f"{label} ({score})" if score else label, ("feature", fid, code, name))
        combo.addItem(self.tr("No commune: leave it out"), ("exclude", "", "", ""))
        for fid, code, name in self.free_features:
            if fid in seen:
                continue
            combo.addItem(f"{name} [{code}]" if code else (name or f"#{fid}"), ("feature", fid, code, name))
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def decisions(self) -> list[dict]:
        """The choices made in the review table, as crosswalk rows."""
        out = []
        for r in range(self.review.rowCount()):
            combo = self.review.cellWidget(r, 2)
            choice = combo.currentData()
            if not choice:
                continue
            unit = self.review.item(r, 0).data(USER_ROLE)
            report_row = self.report[self.report["unit_code"] == unit].iloc[0]
            kind, fid, code, name = choice
            out.append({
                "result_code": unit, "result_name": report_row["unit_name"],
                "feature_code": EXCLUDE if kind == "exclude" else code,
                "feature_fid": EXCLUDE if kind == "exclude" else fid,
                "feature_name": name, "method": "manual", "status": "reviewed",
            })
        return out

    def choose(self, unit_code: str, text_or_fid: str) -> None:
        """Pick a choice in the review table (tests, scripts): by feature id or label text."""
        for r in range(self.review.rowCount()):
            if self.review.item(r, 0).data(USER_ROLE) == unit_code:
                combo = self.review.cellWidget(r, 2)
                for i in range(combo.count()):
                    data = combo.itemData(i)
                    if (data and data[1] == text_or_fid) or combo.itemText(i) == text_or_fid:
                        combo.setCurrentIndex(i)
                        return
                raise KeyError(text_or_fid)
        raise KeyError(unit_code)

    def save_decisions(self) -> int:
        """Write the choices into the crosswalk file; returns how many were made."""
        decisions = self.decisions()
        path = self.crosswalk.filePath().strip()
        if decisions and path:
            merge_crosswalk(Path(path), decisions)
        return len(decisions)

    # -- state --------------------------------------------------------------------------------
    def save_state(self, state: PanelState) -> None:
        state.crosswalk = self.crosswalk.filePath()
        state.min_score = self.min_score.value()
        state.sum_duplicates = self.sum_duplicates.isChecked()

    def restore_state(self, state: PanelState, project: QgsProject) -> None:
        self._restoring = True
        try:
            self.crosswalk.setFilePath(state.crosswalk)
            self.min_score.setValue(state.min_score)
            self.sum_duplicates.setChecked(state.sum_duplicates)
        finally:
            self._restoring = False


def fid_text(value) -> str:
    """A feature id as the CSV reports write it ("12" or "12.0") -> "12"."""
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        return text[:-2]
    return text


def feature_id(row) -> str:
    """The commune's feature id of a MATCH_REPORT or UNMATCHED row (column feature_id, or fid
    in reports written before it was renamed), as text."""
    for column in ("feature_id", "fid"):
        if column in row.index:
            return fid_text(row[column])
    return ""
