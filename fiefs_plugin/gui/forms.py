"""Small building blocks shared by the panel's pages: sections, hints, run buttons.

Every page is narrow (a dock is often 300-400 px wide): labels sit above their fields,
long explanations wrap, tables scroll sideways rather than squeeze their columns.
"""

from __future__ import annotations

import html

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPalette, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fiefs_plugin.paths import resource_path


class Translated:
    """``self.tr`` with the concrete class as context, as pylupdate5 records it.
    (The page classes are never subclassed, so the two always agree.)"""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)


def section(title: str, parent: QWidget, collapsed: bool = False, name: str = "") -> tuple[QgsCollapsibleGroupBox, QVBoxLayout]:
    box = QgsCollapsibleGroupBox(title, parent)
    if name:
        box.setObjectName(name)
    box.setSaveCollapsedState(False)
    box.setCollapsed(collapsed)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.setSpacing(4)
    return box, layout


def form(parent: QWidget) -> QFormLayout:
    """A form whose labels go above their fields when the dock is narrow."""
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    return layout


def add_row(rows: QFormLayout, text: str, widget: QWidget) -> QLabel:
    """A form row whose label wraps instead of widening the panel."""
    label = QLabel(text, widget.parentWidget())
    label.setWordWrap(True)
    label.setBuddy(widget)
    rows.addRow(label, widget)
    return label


def compact(combo: QComboBox, characters: int = 10) -> QComboBox:
    """A drop-down that does not widen the panel to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class _ClickableLabel(QLabel):
    clicked = pyqtSignal()

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        self.clicked.emit()
        super().mousePressEvent(event)


class WrappedCheckBox(QWidget):
    """A check box whose text wraps (a QCheckBox keeps its text on one line)."""

    toggled = pyqtSignal(bool)

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = _ClickableLabel(text, self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.label.clicked.connect(self.box.toggle)

    def isChecked(self) -> bool:  # noqa: N802 (Qt naming, as QCheckBox)
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:  # noqa: N802
        self.box.setChecked(checked)

    def text(self) -> str:
        return self.label.text()


def wrapped_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget) -> QLabel:
    """A short explanation in a smaller, muted font under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorGroup.Disabled,
                                                                 QPalette.ColorRole.WindowText))
    label.setPalette(palette)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LinkButton(QLabel):
    """A wrapping text link that behaves as a button (``clicked``); it never widens the panel."""

    clicked = pyqtSignal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(f'<a href="#">{html.escape(text)}</a>')
        self.setToolTip(text)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.linkActivated.connect(lambda _link: self.clicked.emit())

    def click(self) -> None:
        self.clicked.emit()


def command_button(parent: QWidget, text: str, name: str) -> LinkButton:
    button = LinkButton(text, parent)
    button.setObjectName(name)
    return button


def run_row(parent: QWidget, run: QPushButton, command: QWidget) -> QVBoxLayout:
    """The main button of a page across the width, the command link under it."""
    layout = QVBoxLayout()
    layout.setSpacing(2)
    run.setIcon(QIcon(str(resource_path("icons", "fiefs.svg"))))
    run.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    run.setMinimumHeight(28)
    layout.addWidget(run)
    layout.addWidget(command)
    return layout


def table(parent: QWidget, headers: list[str], name: str, stretch: int = 0, rows_visible: int = 6) -> QTableWidget:
    """A compact read-only table; column ``stretch`` takes the free width."""
    widget = QTableWidget(0, len(headers), parent)
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.setWordWrap(False)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if 0 <= stretch < len(headers):
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    row_height = widget.verticalHeader().defaultSectionSize()
    widget.setMinimumHeight(header.sizeHint().height() + row_height * 2 + 4)
    widget.setMaximumHeight(header.sizeHint().height() + row_height * rows_visible + 6)
    return widget


def colour_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def muted(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorGroup.Disabled,
                                                                 QPalette.ColorRole.WindowText))
    widget.setPalette(palette)
