"""Step 1 of the panel: the commune layer, the results table and its column roles.

The roles shown are guessed by the same function fiefs:importresults uses
(``core.results.guess_roles``) on the same cells (``gis.tables``); what the person
corrects goes to the algorithm as its field parameters. The step's button runs
fiefs:importresults, or fiefs:storeload when the results come from the store; the store
settings chosen here also serve step 2, which keeps the joined election in the store.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsMapLayerProxyModel,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.core import results as res
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
    LayerOutput,
    RunPlan,
    Step,
)
from fiefs_plugin.gui.state import PanelState
from fiefs_plugin.gui.workspace import output_path, slug
from fiefs_plugin.processing.algorithms.importresults import FIELD_PARAMETERS as ROLE_PARAMETERS
from fiefs_plugin.processing.algorithms.importresults import applied_roles, roles_from_json

PREVIEW_ROWS = 5
USER_ROLE = Qt.ItemDataRole.UserRole
# single-column roles in the order the role menu lists them; "party_votes" may take many
SINGLE_ROLES = res.ROLE_NAMES
PARTY_VOTES = "party_votes"
PARTY_SEATS = "party_seats"  # wide table: a party's seats column (SEATS_FIELDS)
MANY = (PARTY_VOTES, PARTY_SEATS)  # roles several columns may have
NOT_USED = ""
LONG_ONLY = ("party", "party_name", "votes", "seats")
SHAPES = ("auto", res.WIDE, res.LONG)
RESULT_MODES = ("file", "layer", "store")
RESULTS_FILTER = "*.csv *.txt *.tsv *.gz *.xlsx *.xls *.ods"


def roles_of(guess: res.FieldRoles, columns: list[str]) -> dict[str, str]:
    """column -> role key for every column of the table (NOT_USED when none)."""
    out = dict.fromkeys(columns, NOT_USED)
    for role in SINGLE_ROLES:
        column = getattr(guess, role)
        if column in out:
            out[column] = role
    for column in guess.party_columns:
        if column in out:
            out[column] = PARTY_VOTES
    for column in guess.seat_columns.values():
        if column in out:
            out[column] = PARTY_SEATS
    return out


def header_roles(names: list[str]) -> res.FieldRoles:
    """Roles that column names alone give (no cells needed): ``guess_roles`` on an empty
    long table, two placeholder columns standing for the party and votes roles."""
    import pandas as pd

    party, votes = "\u0000party", "\u0000votes"
    frame = pd.DataFrame(columns=[*names, party, votes])
    return res.guess_roles(frame, overrides={"party": party, "votes": votes}, shape=res.LONG)


def sample_text(values, limit: int = 3) -> str:
    shown = []
    for value in values[:limit]:
        text = "" if value is None else str(value)
        shown.append(text if len(text) <= 24 else text[:23] + "…")
    return ", ".join(shown)


class DataPage(Translated, QWidget):
    """Step 1. ``changed`` is emitted whenever a choice that is kept in the project changes."""

    changed = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fiefsDataPage")
        self.frame = None  # the results cells read for the preview (pandas)
        self.guessed: dict[str, str] = {}  # roles as guessed, column -> role
        self.applied: dict[str, str] = {}  # roles the import applies (preview headers), column -> role
        self.applied_error = ""
        self._restoring = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # -- commune layer --------------------------------------------------------------
        box, box_layout = section(self.tr("Commune layer"), self, name="fiefsCommuneSection")
        rows = form(box)
        self.layer_combo = QgsMapLayerComboBox(box)
        self.layer_combo.setObjectName("fiefsCommuneLayer")
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        add_row(rows, self.tr("Layer"), self.layer_combo)
        self.code_field = self._field_combo(box, "fiefsCodeField")
        add_row(rows, self.tr("Code field"), self.code_field)
        self.name_field = self._field_combo(box, "fiefsNameField")
        add_row(rows, self.tr("Name field"), self.name_field)
        self.parent_field = self._field_combo(box, "fiefsParentField")
        add_row(rows, self.tr("Parent field"), self.parent_field)
        box_layout.addLayout(rows)
        box_layout.addWidget(hint(self.tr(
            "Results are matched on the code, then on the name within the parent unit (province, "
            "department). A layer filter is kept, e.g. \"part\" = 'commune'."), box))
        layout.addWidget(box)

        # -- results --------------------------------------------------------------------
        box, box_layout = section(self.tr("Results"), self, name="fiefsResultsSection")
        rows = form(box)
        self.mode_combo = compact(QComboBox(box))
        self.mode_combo.setObjectName("fiefsResultsMode")
        self.mode_combo.addItem(self.tr("A file (CSV, TXT, XLSX, ODS)"), "file")
        self.mode_combo.addItem(self.tr("A table of the project"), "layer")
        self.mode_combo.addItem(self.tr("The election store"), "store")
        add_row(rows, self.tr("Read from"), self.mode_combo)
        self.source_stack = QStackedWidget(box)
        self.file_widget = QgsFileWidget(self.source_stack)
        self.file_widget.setObjectName("fiefsResultsFile")
        self.file_widget.setFilter(self.tr("Results tables ({patterns})").format(patterns=RESULTS_FILTER))
        self.source_stack.addWidget(self.file_widget)
        self.table_combo = QgsMapLayerComboBox(self.source_stack)
        self.table_combo.setObjectName("fiefsResultsLayer")
        self.table_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.table_combo.setAllowEmptyLayer(True)
        self.table_combo.setLayer(None)
        self.source_stack.addWidget(self.table_combo)
        self.store_election_combo = compact(QComboBox(self.source_stack))
        self.store_election_combo.setObjectName("fiefsStoreElection")
        self.store_election_combo.setEditable(True)
        self.source_stack.addWidget(self.store_election_combo)
        self.source_stack.setSizePolicy(self.file_widget.sizePolicy())
        add_row(rows, self.tr("Source"), self.source_stack)
        self.election_edit = QLineEdit(box)
        self.election_edit.setObjectName("fiefsElection")
        self.election_edit.setPlaceholderText(self.tr("e.g. 2021 (default: the file name)"))
        add_row(rows, self.tr("Election"), self.election_edit)
        box_layout.addLayout(rows)
        layout.addWidget(box)

        # -- column roles ---------------------------------------------------------------
        self.roles_box, box_layout = section(self.tr("Column roles"), self, name="fiefsRolesSection")
        rows = form(self.roles_box)
        self.shape_combo = compact(QComboBox(self.roles_box))
        self.shape_combo.setObjectName("fiefsShape")
        self.shape_combo.addItem(self.tr("Detect"), "auto")
        self.shape_combo.addItem(self.tr("Wide: one column per party"), res.WIDE)
        self.shape_combo.addItem(self.tr("Long: one row per unit and party"), res.LONG)
        add_row(rows, self.tr("Table shape"), self.shape_combo)
        box_layout.addLayout(rows)
        self.roles_hint = hint(self.tr("Choose a results table to see its columns."), self.roles_box)
        self.roles_hint.setObjectName("fiefsRolesHint")
        box_layout.addWidget(self.roles_hint)
        self.roles_table = table(self.roles_box, [self.tr("Column"), self.tr("Role")], "fiefsRoles", stretch=1,
                                 rows_visible=8)
        self.roles_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        box_layout.addWidget(self.roles_table)
        box_layout.addWidget(wrapped_label(self.tr("First rows"), self.roles_box))
        self.preview = table(self.roles_box, [], "fiefsPreview", stretch=0, rows_visible=PREVIEW_ROWS)
        self.preview.horizontalHeader().setStretchLastSection(False)
        box_layout.addWidget(self.preview)
        layout.addWidget(self.roles_box)

        # -- election store -------------------------------------------------------------
        self.store_box, box_layout = section(self.tr("Election store"), self, collapsed=True,
                                             name="fiefsStoreSection")
        rows = form(self.store_box)
        self.store_kind = compact(QComboBox(self.store_box))
        self.store_kind.setObjectName("fiefsStoreKind")
        self.store_kind.addItem(self.tr("GeoPackage file"), "gpkg")
        self.store_kind.addItem(self.tr("PostGIS database"), "postgis")
        add_row(rows, self.tr("Store"), self.store_kind)
        self.store_file = QgsFileWidget(self.store_box)
        self.store_file.setObjectName("fiefsStoreFile")
        self.store_file.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.store_file.setFilter(self.tr("GeoPackage (*.gpkg)"))
        add_row(rows, self.tr("File"), self.store_file)
        self.store_connection = compact(QComboBox(self.store_box))
        self.store_connection.setObjectName("fiefsStoreConnection")
        add_row(rows, self.tr("Connection"), self.store_connection)
        self.store_schema = QLineEdit("fiefs", self.store_box)
        self.store_schema.setObjectName("fiefsStoreSchema")
        add_row(rows, self.tr("Schema"), self.store_schema)
        box_layout.addLayout(rows)
        self.save_store = WrappedCheckBox(self.tr("Also keep this election in the store"), self.store_box)
        self.save_store.setObjectName("fiefsSaveToStore")
        box_layout.addWidget(self.save_store)
        self.refresh_store = QPushButton(self.tr("List the stored elections"), self.store_box)
        self.refresh_store.setObjectName("fiefsRefreshStore")
        box_layout.addWidget(self.refresh_store)
        self.store_hint = hint(self.tr(
            "One GeoPackage file by default; PostGIS for a team, through a saved PostgreSQL connection "
            "whose password stays in the QGIS authentication manager."), self.store_box)
        box_layout.addWidget(self.store_hint)
        layout.addWidget(self.store_box)

        # -- outputs and run ------------------------------------------------------------
        box, box_layout = section(self.tr("Output folder"), self, collapsed=True, name="fiefsOutputSection")
        self.output_dir = QgsFileWidget(box)
        self.output_dir.setObjectName("fiefsOutputDir")
        self.output_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        box_layout.addWidget(self.output_dir)
        box_layout.addWidget(hint(self.tr(
            "Every run writes GeoPackage files here; empty: a folder beside the project file."), box))
        layout.addWidget(box)

        self.run_button = QPushButton(self.tr("Check and import"), self)
        self.run_button.setObjectName("fiefsRunData")
        self.command_button = command_button(self, self.tr("Show as Processing command"), "fiefsCommandData")
        layout.addLayout(run_row(self, self.run_button, self.command_button))
        self.outcome = QLabel(self)
        self.outcome.setObjectName("fiefsDataOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.issues = QListWidget(self)
        self.issues.setObjectName("fiefsImportIssues")
        self.issues.setVisible(False)
        self.issues.setMaximumHeight(110)
        self.issues.setWordWrap(True)
        layout.addWidget(self.issues)
        layout.addStretch(1)

        self.layer_combo.layerChanged.connect(self._commune_layer_changed)
        for combo in (self.code_field, self.name_field, self.parent_field):
            combo.fieldChanged.connect(self._emit_changed)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.file_widget.fileChanged.connect(self._source_changed)
        self.table_combo.layerChanged.connect(self._source_changed)
        self.shape_combo.currentIndexChanged.connect(self._source_changed)
        self.election_edit.editingFinished.connect(self._emit_changed)
        self.store_kind.currentIndexChanged.connect(self._store_kind_changed)
        self.store_file.fileChanged.connect(self._emit_changed)
        self.store_connection.currentIndexChanged.connect(self._emit_changed)
        self.save_store.toggled.connect(self._emit_changed)
        self.output_dir.fileChanged.connect(self._emit_changed)
        self._store_kind_changed()
        self._mode_changed()

    # -- widgets --------------------------------------------------------------------------
    def _field_combo(self, parent: QWidget, name: str) -> QgsFieldComboBox:
        combo = QgsFieldComboBox(parent)
        combo.setObjectName(name)
        combo.setAllowEmptyFieldName(True)
        return combo

    def role_labels(self) -> dict[str, str]:
        return {
            NOT_USED: self.tr("(not used)"),
            "code": self.tr("Unit code"),
            "name": self.tr("Unit name"),
            "parent_code": self.tr("Parent code"),
            "parent_name": self.tr("Parent name"),
            "registered": self.tr("Registered voters"),
            "voters": self.tr("Voters (ballots cast)"),
            "valid": self.tr("Valid votes"),
            "blank": self.tr("Blank ballots"),
            "invalid": self.tr("Invalid ballots"),
            "party": self.tr("Party (long table)"),
            "party_name": self.tr("Party name (long table)"),
            "votes": self.tr("Votes (long table)"),
            "seats": self.tr("Seats (long table)"),
            PARTY_VOTES: self.tr("Votes of a party (wide table)"),
            PARTY_SEATS: self.tr("Seats of a party (wide table)"),
        }

    def _emit_changed(self, *_args) -> None:
        if not self._restoring:
            self.changed.emit()

    def _store_kind_changed(self, *_args) -> None:
        postgis = self.store_kind.currentData() == "postgis"
        self.store_file.setEnabled(not postgis)
        self.store_connection.setEnabled(postgis)
        self.store_schema.setEnabled(postgis)
        if postgis and self.store_connection.count() == 0:
            self._fill_connections()
        self._emit_changed()

    def _fill_connections(self) -> None:
        try:
            from fiefs_plugin.gis.store.connect import postgres_connection_names

            names = postgres_connection_names()
        except Exception:  # noqa: BLE001 (the store is optional: no psycopg2, no provider)
            names = []
        self.store_connection.clear()
        self.store_connection.addItems(names)

    def _mode_changed(self, *_args) -> None:
        self._show_mode()
        if self.results_mode() == "store":
            self.store_box.setCollapsed(False)
        self._source_changed()

    def _show_mode(self) -> None:
        """The widgets of the chosen results source: roles for a table, the store's elections."""
        from_store = self.results_mode() == "store"
        self.source_stack.setCurrentIndex(RESULT_MODES.index(self.results_mode()))
        self.roles_box.setVisible(not from_store)
        self.save_store.setVisible(not from_store)
        self.refresh_store.setVisible(from_store)
        self.run_button.setText(self.tr("Load the election from the store") if from_store
                                else self.tr("Check and import"))

    def _commune_layer_changed(self, layer) -> None:
        for combo in (self.code_field, self.name_field, self.parent_field):
            combo.setLayer(layer)
        if layer is not None and not self._restoring:
            self._guess_layer_fields(layer)
        self._emit_changed()

    def _guess_layer_fields(self, layer: QgsVectorLayer) -> None:
        """Code, name and parent fields of the commune layer, guessed from the field names
        by the results reader's header rules (the same words in French, Arabic, English)."""
        guess = header_roles(layer.fields().names())
        self.code_field.setField(guess.code or "")
        self.name_field.setField(guess.name or "")
        self.parent_field.setField(guess.parent_code or guess.parent_name or "")

    # -- results preview ------------------------------------------------------------------
    def results_mode(self) -> str:
        return self.mode_combo.currentData()

    def results_source(self):
        """What fiefs:importresults gets as INPUT: a file path or a project layer id."""
        mode = self.results_mode()
        if mode == "file":
            return self.file_widget.filePath().strip()
        if mode == "layer":
            layer = self.table_combo.currentLayer()
            return layer.id() if layer is not None else ""
        return ""

    def shape(self) -> str:
        return self.shape_combo.currentData()

    def _source_changed(self, *_args) -> None:
        if self._restoring:
            return
        self.load_preview()
        self._emit_changed()

    def load_preview(self, roles: dict[str, str] | None = None) -> bool:
        """Read the results cells, guess the roles and show them; ``roles`` (column ->
        role) replaces the guess where the columns exist (a restored project)."""
        from fiefs_plugin.gis import tables

        self.frame = None
        self.guessed = {}
        self.roles_table.setRowCount(0)
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        if self.results_mode() == "store":
            return False
        source = self.results_source()
        if not source:
            self.roles_hint.setText(self.tr("Choose a results table to see its columns."))
            return False
        try:
            if self.results_mode() == "file":
                raw = tables.read_file(source)
            else:
                layer = QgsProject.instance().mapLayer(source)
                path = tables.file_of(layer.source()) if layer is not None else None
                raw = tables.read_file(path) if path is not None else tables.read_source(layer, layer.name())
        except (QgsProcessingException, OSError, AttributeError) as error:
            self.roles_hint.setText(self.tr("The table could not be read: {error}").format(error=error))
            return False
        frame = raw.frame
        columns = [str(c) for c in frame.columns]
        try:
            guess = res.guess_roles(frame, shape=self.shape(), source=raw.source)
            self.guessed = roles_of(guess, columns)
            message = ""
        except res.ResultsError as error:
            self.guessed = dict.fromkeys(columns, NOT_USED)
            message = str(error)
        self.frame = frame
        if self.election_edit.text().strip() == "" and self.results_mode() == "file":
            self.election_edit.setPlaceholderText(Path(source.split("|")[0]).name.split(".")[0])
        chosen = dict(self.guessed)
        if roles:
            for column, role in roles.items():
                if column in chosen:
                    chosen[column] = role
        self._fill_roles(chosen)
        if message:
            self.roles_hint.setText(self.tr("Roles could not all be guessed ({error}); set them below.").format(
                error=message))
        else:
            self.roles_hint.setText(self.tr(
                "{rows} rows, {columns} columns. Roles were guessed from the headers; correct any role below."
            ).format(rows=len(frame), columns=len(columns)))
        return True

    def _fill_roles(self, roles: dict[str, str]) -> None:
        frame = self.frame
        labels = self.role_labels()
        self.roles_table.setRowCount(len(roles))
        for row, (column, role) in enumerate(roles.items()):
            values = frame[column].head(PREVIEW_ROWS).tolist() if frame is not None else []
            sample = sample_text(values)
            item = QTableWidgetItem(column)
            item.setToolTip(f"{column}: {sample}" if sample else column)
            item.setData(USER_ROLE, sample)
            self.roles_table.setItem(row, 0, item)
            combo = compact(QComboBox(self.roles_table), 8)
            combo.setObjectName(f"fiefsRole_{row}")
            for key, label in labels.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(role), 0))
            combo.setToolTip(item.toolTip())
            combo.currentIndexChanged.connect(lambda _i, r=row: self._role_changed(r))
            self.roles_table.setCellWidget(row, 1, combo)
        # the column names take what they need up to 45 % of the width; the roles the rest
        self.roles_table.resizeColumnToContents(0)
        limit = max(int(self.roles_table.viewport().width() * 0.45), 90)
        if self.roles_table.columnWidth(0) > limit:
            self.roles_table.setColumnWidth(0, limit)
        self._fill_preview()

    def update_applied(self) -> None:
        """The roles fiefs:importresults will apply with the parameters of the roles shown
        (``importresults.applied_roles``, the function the algorithm itself uses)."""
        self.applied, self.applied_error = {}, ""
        if self.frame is None:
            return
        columns = [str(c) for c in self.frame.columns]
        try:
            self.applied = roles_of(applied_roles(self.frame, self.import_parameters()), columns)
        except res.ResultsError as error:
            self.applied_error = str(error)

    def _fill_preview(self, applied: dict[str, str] | None = None) -> None:
        """The first rows, each column headed by the role the import applies to it (``applied``:
        the roles an import reported in its ROLES output; default: ``update_applied``)."""
        frame = self.frame
        if frame is None:
            return
        labels = self.role_labels()
        if applied is None:
            self.update_applied()
            applied = self.applied
        roles = applied or self.roles()
        columns = [str(c) for c in frame.columns]
        self.preview.setColumnCount(len(columns))
        headers = []
        for column in columns:
            role = roles.get(column, NOT_USED)
            headers.append(f"{column}\n{labels[role]}" if role else column)
        self.preview.setHorizontalHeaderLabels(headers)
        head = frame.head(PREVIEW_ROWS)
        self.preview.setRowCount(len(head))
        for r, (_index, values) in enumerate(head.iterrows()):
            for c, column in enumerate(columns):
                value = values[column]
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))

    def _role_changed(self, row: int) -> None:
        combo = self.roles_table.cellWidget(row, 1)
        role = combo.currentData()
        if role and role not in MANY:  # one column per single role: free the other one
            for other in range(self.roles_table.rowCount()):
                widget = self.roles_table.cellWidget(other, 1)
                if other != row and widget.currentData() == role:
                    widget.blockSignals(True)
                    widget.setCurrentIndex(widget.findData(NOT_USED))
                    widget.blockSignals(False)
        self._fill_preview()
        if self.applied_error:
            self.roles_hint.setText(self.tr("With these roles the import stops: {error}").format(
                error=self.applied_error))
        self._emit_changed()

    def roles(self) -> dict[str, str]:
        """column -> role key, as shown."""
        out = {}
        for row in range(self.roles_table.rowCount()):
            out[self.roles_table.item(row, 0).text()] = self.roles_table.cellWidget(row, 1).currentData()
        return out

    def set_role(self, column: str, role: str) -> None:
        for row in range(self.roles_table.rowCount()):
            if self.roles_table.item(row, 0).text() == column:
                combo = self.roles_table.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(role))
                return
        raise KeyError(column)

    # -- what the step runs -----------------------------------------------------------------
    def commune_layer(self):
        return self.layer_combo.currentLayer()

    def election(self) -> str:
        text = self.election_edit.text().strip()
        if text:
            return text
        if self.results_mode() == "store":
            return self.store_election_combo.currentText().strip()
        return self.election_edit.placeholderText() if self.results_source() and self.frame is not None else ""

    def store_parameters(self) -> dict[str, object]:
        if self.store_kind.currentData() == "postgis":
            return {"CONNECTION": self.store_connection.currentText(), "SCHEMA": self.store_schema.text().strip()
                    or "fiefs"}
        return {"STORE": self.store_file.filePath().strip()}

    def import_parameters(self) -> dict[str, object]:
        """Parameters of fiefs:importresults for the roles shown (except outputs)."""
        roles = self.roles()
        shape = self.shape()
        if shape == "auto":
            long_roles = {r for r in roles.values() if r in ("party", "votes")}
            shape = res.LONG if long_roles == {"party", "votes"} else res.WIDE
        parameters: dict[str, object] = {
            "INPUT": self.results_source(),
            "FORMAT": SHAPES.index(shape),
            "ELECTION": self.election(),
        }
        for column, role in roles.items():
            if role in ROLE_PARAMETERS and (shape == res.LONG or role not in LONG_ONLY):
                parameters[ROLE_PARAMETERS[role]] = column
        if shape == res.WIDE:
            # the reader's own detection finds the same columns: name them only when the person
            # changed them
            for role, name in ((PARTY_VOTES, "PARTY_FIELDS"), (PARTY_SEATS, "SEATS_FIELDS")):
                chosen = [c for c, r in roles.items() if r == role]
                if chosen != [c for c, r in self.guessed.items() if r == role]:
                    parameters[name] = ",".join(chosen)
        return parameters

    def problems(self) -> list[str]:
        """What must be chosen before the step can run."""
        out = []
        if self.results_mode() == "store":
            if not self.election():
                out.append(self.tr("Choose the stored election to load."))
            return out
        if self.commune_layer() is None:
            out.append(self.tr("Choose the commune layer."))
        if not self.results_source():
            out.append(self.tr("Choose the results table."))
        elif self.frame is not None:
            roles = set(self.roles().values())
            if not roles & {"code", "name"}:
                out.append(self.tr("Give the role 'Unit code' or 'Unit name' to a column."))
        if self.save_store.isChecked() and not self.code_field.currentField():
            out.append(self.tr("Keeping the election in the store needs the code field of the commune layer."))
        return out

    def plan(self, folder: Path) -> RunPlan:
        election = self.election()
        tag = slug(election)
        if self.results_mode() == "store":
            joined = output_path(folder, "joined", tag)
            step = Step("fiefs:storeload", {**self.store_parameters(), "ELECTION": election, "OUTPUT": str(joined)},
                        self.tr("Load the election from the store"))
            output = LayerOutput(0, "OUTPUT", self.tr("Results {election}").format(election=election), "joined",
                                 slot=f"joined:{election}", properties={ELECTION_PROPERTY: election})
            return RunPlan(self.tr("Load from the store"), [step], [output], [str(joined)], group=election)
        imported = output_path(folder, "results", tag)
        report = output_path(folder, "import_report", tag, suffix=".csv")
        parameters = self.import_parameters()
        parameters.update({"OUTPUT": str(imported), "REPORT": str(report)})
        steps = [Step("fiefs:importresults", parameters, self.tr("Check and import"))]
        return RunPlan(self.tr("Import results"), steps, [], [str(imported), str(report)], group=election)

    def store_step(self, imported: str, crosswalk: str, election: str) -> Step | None:
        """fiefs:storeimport after a join, when the election is to be kept in the store: the
        imported table, the boundaries, and the join's decisions as the store's crosswalk (so
        units matched by name or by hand are found again when the election is loaded)."""
        if not self.save_store.isChecked() or self.results_mode() == "store":
            return None
        layer = self.commune_layer()
        parameters = {**self.store_parameters(), "RESULTS": imported, "ELECTION": election,
                      "INPUT": layer.id() if layer is not None else "",
                      "INPUT_CODE_FIELD": self.code_field.currentField(), "CROSSWALK": crosswalk}
        if self.name_field.currentField():
            parameters["INPUT_NAME_FIELD"] = self.name_field.currentField()
        if self.parent_field.currentField():
            parameters["INPUT_PARENT_FIELD"] = self.parent_field.currentField()
        return Step("fiefs:storeimport", parameters, self.tr("Keep the election in the store"))

    def list_store_elections(self) -> list[str]:
        """Ids of the elections in the chosen store (for the source drop-down)."""
        from fiefs_plugin.gis.store.connect import open_store

        parameters = self.store_parameters()
        store = open_store(parameters.get("STORE") or None, parameters.get("CONNECTION") or None,
                           parameters.get("SCHEMA") or None, create=False)
        try:
            ids = [e.id for e in store.elections()]
        finally:
            store.close()
        current = self.store_election_combo.currentText()
        self.store_election_combo.clear()
        self.store_election_combo.addItems(ids)
        if current in ids:
            self.store_election_combo.setCurrentText(current)
        return ids

    def show_import(self, result) -> None:
        """Counts and warnings of a finished import."""
        values = result.results[0] if result.results else {}
        self.outcome.setText(self.tr("{units} units, {parties} parties, {warnings} warnings.").format(
            units=int(values.get("UNITS", 0)), parties=int(values.get("PARTIES", 0)),
            warnings=int(values.get("WARNINGS", 0))))
        self.issues.clear()
        lines = []
        report = str(values.get("REPORT") or "")
        if report.lower().endswith(".csv") and Path(report).is_file():
            import pandas as pd

            table = pd.read_csv(report, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            warnings = table[table["severity"] == res.WARNING] if "severity" in table.columns else table.iloc[0:0]
            for _, row in warnings.iterrows():
                where = self.tr("row {row}").format(row=row["row"].split(".")[0]) if row["row"] else ""
                lines.append(f"{where}: {row['message']}" if where else row["message"])
        self.issues.addItems(lines[:200])
        self.issues.setVisible(bool(lines))
        if values.get("ROLES") and self.frame is not None:  # the preview shows the roles the import applied
            columns = [str(c) for c in self.frame.columns]
            self._fill_preview(roles_of(roles_from_json(str(values["ROLES"])), columns))

    # -- state --------------------------------------------------------------------------------
    def save_state(self, state: PanelState) -> None:
        layer = self.commune_layer()
        state.commune_layer = layer.id() if layer is not None else ""
        state.code_field = self.code_field.currentField()
        state.name_field = self.name_field.currentField()
        state.parent_field = self.parent_field.currentField()
        state.results_mode = self.results_mode()
        state.results_file = self.file_widget.filePath()
        table_layer = self.table_combo.currentLayer()
        state.results_layer = table_layer.id() if table_layer is not None else ""
        state.shape = self.shape()
        state.roles = self.roles() if self.frame is not None else dict(state.roles)
        state.election = self.election_edit.text().strip()
        state.save_to_store = self.save_store.isChecked()
        state.store_kind = self.store_kind.currentData()
        state.store_path = self.store_file.filePath()
        state.store_connection = self.store_connection.currentText()
        state.store_schema = self.store_schema.text().strip()
        state.store_election = self.store_election_combo.currentText()
        state.output_dir = self.output_dir.filePath()

    def restore_state(self, state: PanelState, project: QgsProject) -> None:
        self._restoring = True
        try:
            self.layer_combo.setLayer(project.mapLayer(state.commune_layer) if state.commune_layer else None)
            for combo, name in ((self.code_field, state.code_field), (self.name_field, state.name_field),
                                (self.parent_field, state.parent_field)):
                combo.setLayer(self.layer_combo.currentLayer())
                combo.setField(name)
            self.mode_combo.setCurrentIndex(max(RESULT_MODES.index(state.results_mode)
                                                if state.results_mode in RESULT_MODES else 0, 0))
            self.file_widget.setFilePath(state.results_file)
            self.table_combo.setLayer(project.mapLayer(state.results_layer) if state.results_layer else None)
            self.shape_combo.setCurrentIndex(max(self.shape_combo.findData(state.shape), 0))
            self.election_edit.setText(state.election)
            self.store_kind.setCurrentIndex(max(self.store_kind.findData(state.store_kind), 0))
            self.store_file.setFilePath(state.store_path)
            if state.store_connection:
                if self.store_connection.findText(state.store_connection) < 0:
                    self.store_connection.addItem(state.store_connection)
                self.store_connection.setCurrentText(state.store_connection)
            self.store_schema.setText(state.store_schema or "fiefs")
            self.store_election_combo.setCurrentText(state.store_election)
            self.save_store.setChecked(state.save_to_store)
            self.output_dir.setFilePath(state.output_dir)
            self._show_mode()
            self.load_preview(state.roles)
        finally:
            self._restoring = False
