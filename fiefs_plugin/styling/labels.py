"""Labels for the top N units of a map (names of the strongest strongholds).

Arabic names are shaped and laid out right to left by Qt's text engine as long as the
font has Arabic glyphs: the label font is chosen for the script of the names (Noto Sans
Arabic / Noto Naskh Arabic / DejaVu Sans, whichever is installed), and letter spacing is
left at 0, which would break the joining of Arabic letters.
"""

from __future__ import annotations

import math
import re

import numpy as np
from qgis.core import (
    QgsPalLayerSettings,
    QgsProperty,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from fiefs_plugin.core import fields as fld
from fiefs_plugin.gis.frames import source_frame

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
LATIN_FONTS = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial")
ARABIC_FONTS = ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Arial")
NAME_FIELDS = ("name", "name_fr", "nom", "libelle", "name_en", "name_ar", "libelle_ar", fld.UNIT)
STRONG_CLASSES = ("stronghold", "bastion")


def first_installed(families) -> str:
    """The first of ``families`` installed here. Outside the GUI thread (a Processing
    worker) the font database is not consulted: the first name is kept and Qt's font
    fallback picks an installed font with the needed glyphs when drawing."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return families[0]
    installed = set(QFontDatabase().families())
    for family in families:
        if family in installed:
            return family
    return QFont().defaultFamily()


def font_for_text(texts) -> str:
    """A font family for these texts: one with Arabic glyphs when any of them is Arabic."""
    if any(t and ARABIC.search(str(t)) for t in texts):
        return first_installed(ARABIC_FONTS)
    return first_installed(LATIN_FONTS)


def default_label_field(layer: QgsVectorLayer) -> str | None:
    names = layer.fields().names()
    lower = {n.lower(): n for n in names}
    for candidate in NAME_FIELDS:
        if candidate in lower:
            return lower[candidate]
    return None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def top_units_labeling(layer: QgsVectorLayer, style, options):
    """Labels on the ``options.top_n`` units ranked by the style's field, among strongholds
    when the layer has stronghold classes (then ranked by the party's share).

    The choice is an expression (class and a threshold on the ranking field), so the saved
    style keeps working when the layer is opened elsewhere.
    """
    label_field = options.label_field or default_label_field(layer)
    if not label_field or layer.fields().lookupField(label_field) < 0:
        return None
    rank_field = style.field
    names = layer.fields().names()
    share = fld.share_field(style.party) if style.party else None
    if share and share in names:
        rank_field = share
    if layer.fields().lookupField(rank_field) < 0 or not layer.fields().field(rank_field).isNumeric():
        rank_field = None

    wanted = [label_field] + ([rank_field] if rank_field else []) + ([fld.FIEF_CLASS] if fld.FIEF_CLASS in names else [])
    frame = source_frame(layer, list(dict.fromkeys(wanted)))
    conditions = []
    if fld.FIEF_CLASS in names:
        strong = frame[fld.FIEF_CLASS].isin(STRONG_CLASSES)
        if strong.any():
            frame = frame[strong]
            classes = ", ".join(f"'{c}'" for c in STRONG_CLASSES)
            conditions.append(f"{_quote(fld.FIEF_CLASS)} IN ({classes})")
    if rank_field:
        ranked = np.sort(frame[rank_field].to_numpy(dtype=float))[::-1]
        ranked = ranked[np.isfinite(ranked)]
        if ranked.size:
            threshold = float(ranked[min(options.top_n, ranked.size) - 1])
            conditions.append(f"{_quote(rank_field)} >= {threshold!r}")
    elif len(frame) > options.top_n:
        return None  # nothing to rank by: labelling every unit would clutter the map

    settings = QgsPalLayerSettings()
    settings.fieldName = label_field
    settings.isExpression = False
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.priority = 8
    texts = [t for t in frame[label_field].tolist() if t is not None and not (isinstance(t, float) and math.isnan(t))]
    text_format = QgsTextFormat()
    text_format.setFont(QFont(font_for_text(texts)))
    text_format.setSize(7.5)
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text_format.setColor(QColor("#1a1a1a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setSizeUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    buffer.setColor(QColor(255, 255, 255, 230))
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    if conditions:
        properties = settings.dataDefinedProperties()
        properties.setProperty(QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(" AND ".join(conditions)))
        settings.setDataDefinedProperties(properties)
    return QgsVectorLayerSimpleLabeling(settings)
