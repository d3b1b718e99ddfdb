"""Renderers for the Fiefs map styles, built from the analysis fields of core/fields.py.

``build_style(layer, StyleOptions(...))`` returns a ``MapStyle``: the renderer, optional
labels, the legend title, a note on the method and the legend classes with their counts.
``apply_style(layer, style)`` puts it on a layer (and records title and note as custom
properties, which travel with the saved style so a layout finds them again).

Styles: winner (party palette), share (graduated on s_‹PARTY›), stronghold (fief_class),
hotspot (Gi* bins -3..3), lisa (GeoDa cluster colours), turnout, swing (diverging around
0) and value_by_alpha (share colour, opacity by number of valid votes).
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsClassificationStandardDeviation,
    QgsFeatureRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from fiefs_plugin.core import fields as fld
from fiefs_plugin.gis.frames import source_frame
from fiefs_plugin.paths import resources_dir
from fiefs_plugin.styling import classes as cls_breaks
from fiefs_plugin.styling.colours import (
    contrasting,
    delta_e,
    diverging_ramp,
    lightness,
    sequential_ramp,
)
from fiefs_plugin.styling.palettes import Palette

translate = QCoreApplication.translate

STYLES = ("winner", "share", "stronghold", "hotspot", "lisa", "turnout", "swing", "value_by_alpha")
METHODS = cls_breaks.METHODS

# GeoDa's LISA cluster map colours (High-High red, Low-Low blue, Low-High light blue,
# High-Low pink, not significant light grey; neighbourless grey).
LISA_COLOURS = {"HH": "#ff0000", "LL": "#0000ff", "LH": "#a7adf9", "HL": "#f4ada8", "ns": "#eeeeee"}
NO_DATA_COLOUR = "#ffffff"
NEIGHBOURLESS_COLOUR = "#999999"
# Gi* bins: cold (blue) to hot (red), ArcGIS's hot spot analysis convention
GI_COLOURS = {3: "#b2182b", 2: "#ef8a62", 1: "#fddbc7", 0: "#eeeeee", -1: "#d1e5f0", -2: "#67a9cf", -3: "#2166ac"}
TURNOUT_BASE = "#225ea8"
DEFAULT_PARTY_COLOUR = "#6a3d9a"
# above this many features, outlines take the fill colour (no white mesh over the map)
DENSE_FEATURES = 3000


def style_names() -> dict[str, str]:
    return {
        "winner": translate("FiefsStyles", "Winner"),
        "share": translate("FiefsStyles", "Party share"),
        "stronghold": translate("FiefsStyles", "Strongholds"),
        "hotspot": translate("FiefsStyles", "Hot and cold spots (Gi*)"),
        "lisa": translate("FiefsStyles", "Clusters and outliers (local Moran)"),
        "turnout": translate("FiefsStyles", "Turnout"),
        "swing": translate("FiefsStyles", "Swing"),
        "value_by_alpha": translate("FiefsStyles", "Party share, opacity by votes cast"),
    }


def method_names() -> dict[str, str]:
    return {
        "jenks": translate("FiefsStyles", "natural breaks (Jenks)"),
        "quantile": translate("FiefsStyles", "quantiles (equal counts)"),
        "equal": translate("FiefsStyles", "equal intervals"),
        "pretty": translate("FiefsStyles", "pretty breaks (round numbers)"),
        "stddev": translate("FiefsStyles", "standard deviations from the mean"),
    }


def stronghold_labels() -> dict[str, str]:
    """Legend labels of the stronghold class keys (core/fields.py keeps only the keys)."""
    return {
        "stronghold": translate("FiefsStyles", "Stronghold"),
        "bastion": translate("FiefsStyles", "Bastion (strong in every election)"),
        "emerging": translate("FiefsStyles", "Emerging stronghold"),
        "eroding": translate("FiefsStyles", "Eroding stronghold"),
        "battleground": translate("FiefsStyles", "Battleground"),
        "hotspot": translate("FiefsStyles", "Hot spot of support"),
        "weak": translate("FiefsStyles", "Weak"),
        "other": translate("FiefsStyles", "Other"),
    }


def lisa_labels() -> dict[str, str]:
    return {
        "HH": translate("FiefsStyles", "High-High (strong among strong)"),
        "LL": translate("FiefsStyles", "Low-Low (weak among weak)"),
        "LH": translate("FiefsStyles", "Low-High (weak among strong)"),
        "HL": translate("FiefsStyles", "High-Low (strong among weak)"),
        "ns": translate("FiefsStyles", "Not significant"),
    }


def gi_labels() -> dict[int, str]:
    hot = translate("FiefsStyles", "Hot spot, {level} % confidence")
    cold = translate("FiefsStyles", "Cold spot, {level} % confidence")
    return {
        3: hot.format(level=99), 2: hot.format(level=95), 1: hot.format(level=90),
        0: translate("FiefsStyles", "Not significant"),
        -1: cold.format(level=90), -2: cold.format(level=95), -3: cold.format(level=99),
    }


def no_data_label() -> str:
    return translate("FiefsStyles", "No data")


@dataclass
class StyleOptions:
    style: str
    party: str | None = None
    classes: int = 5
    method: str = "jenks"
    margin_lightness: bool = False
    labels: bool = False
    label_field: str | None = None
    top_n: int = 10
    palette: Palette | None = None


@dataclass
class LegendClass:
    key: str  # category value (as text) or range index
    label: str
    colour: str
    count: int


@dataclass
class MapStyle:
    style: str
    renderer: QgsFeatureRenderer
    title: str
    method_note: str
    classes: list[LegendClass] = field(default_factory=list)
    party: str | None = None
    field: str = ""
    labeling: object | None = None  # QgsAbstractVectorLayerLabeling
    legend_method: str = ""  # second line of the legend title: how the classes were made

    @property
    def layer_name(self) -> str:
        """Name for the styled layer in the layers panel: title and method."""
        return f"{self.title} \u2014 {self.legend_method}" if self.legend_method else self.title


# --- palettes --------------------------------------------------------------------------

def builtin_palette_files() -> list:
    return sorted((resources_dir() / "palettes").glob("*.csv"))


def user_palette_folder():
    from pathlib import Path

    return Path(QgsApplication.qgisSettingsDirPath()) / "fiefs" / "palettes"


def default_palette(extra_files=()) -> Palette:
    """Built-in palettes, then the user's folder, then ``extra_files`` (last one wins)."""
    files = builtin_palette_files()
    folder = user_palette_folder()
    if folder.is_dir():
        files += sorted(folder.glob("*.csv"))
    files += [f for f in extra_files if f]
    return Palette.from_files(files)


# --- helpers ---------------------------------------------------------------------------

def _require_field(layer: QgsVectorLayer, name: str, produced_by: str) -> None:
    if layer.fields().lookupField(name) < 0:
        raise QgsProcessingException(
            translate("FiefsStyles", "Layer '{layer}' has no field '{field}' (it comes from {algorithm}).").format(
                layer=layer.name(), field=name, algorithm=produced_by
            )
        )


def party_codes(layer_or_names) -> list[str]:
    """Party codes with a share field (s_‹code›), in field order, of a layer or field names."""
    names = layer_or_names.fields().names() if hasattr(layer_or_names, "fields") else list(layer_or_names)
    codes = fld.party_codes_in(names)
    shares = [n[len(fld.SHARE_PREFIX):] for n in names if n.startswith(fld.SHARE_PREFIX) and len(n) > 2]
    return [c for c in dict.fromkeys(codes + shares) if fld.share_field(c) in names]


def resolve_party(layer_or_names, party: str | None, palette: Palette | None = None, layer_name: str = "") -> str:
    """The layer's party code for what a person typed (exact, any case, or the palette's
    aliases: "RN" finds "L01_LRN"); a QgsProcessingException lists the codes otherwise."""
    codes = party_codes(layer_or_names)
    if hasattr(layer_or_names, "name"):
        layer_name = layer_or_names.name()
    if not party:
        raise QgsProcessingException(
            translate("FiefsStyles", "Choose a party for this style; the layer has shares for: {codes}.").format(
                codes=", ".join(codes) or "-"
            )
        )
    if party in codes:
        return party
    folded = [c for c in codes if c.lower() == party.lower()]
    if len(folded) == 1:
        return folded[0]
    if palette is not None and palette.lookup(party) is not None:
        target = palette.lookup(party).code
        same = [c for c in codes if palette.lookup(c) is not None and palette.lookup(c).code == target]
        if len(same) == 1:
            return same[0]
    raise QgsProcessingException(
        translate("FiefsStyles", "Party '{party}' has no share field (s_{party}) on layer '{layer}'. "
                  "Parties found: {codes}.").format(party=party, layer=layer_name, codes=", ".join(codes) or "-")
    )


def _values(layer: QgsVectorLayer, name: str) -> np.ndarray:
    frame = source_frame(layer, [name])
    return frame[name].to_numpy(dtype=float) if len(frame) else np.array([], dtype=float)


def _texts(layer: QgsVectorLayer, name: str) -> list:
    frame = source_frame(layer, [name])
    out = []
    for value in frame[name].tolist():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            out.append(None)
        elif isinstance(value, float) and value.is_integer():
            out.append(str(int(value)))
        else:
            out.append(str(value))
    return out


def fill_symbol(colour: str, outline: str | None, outline_width: float = 0.1) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({
        "color": QColor(colour).name(),
        "outline_style": "solid" if outline else "no",
        "outline_color": outline or colour,
        "outline_width": str(outline_width),
        "outline_width_unit": "MM",
        "joinstyle": "round",
    })
    symbol.setOutputUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    return symbol


def _outline_for(layer: QgsVectorLayer, fill: str) -> tuple[str, float]:
    """Thin grey outlines on maps of a few thousand units; above that the outline takes
    the fill colour so that borders do not grey the whole map."""
    if layer.featureCount() > DENSE_FEATURES:
        return fill, 0.05
    return "#8c8c8c" if lightness(fill) > 45 else "#f0f0f0", 0.08


def _symbol(layer: QgsVectorLayer, colour: str) -> QgsFillSymbol:
    outline, width = _outline_for(layer, colour)
    return fill_symbol(colour, outline, width)


def _no_data_symbol() -> QgsFillSymbol:
    return fill_symbol(NO_DATA_COLOUR, "#9e9e9e", 0.08)


def _percent_scale(values: np.ndarray) -> float:
    """100 when values are fractions (0-1), 1 when they already are percentages."""
    finite = values[np.isfinite(values)]
    return 100.0 if finite.size == 0 or float(np.nanmax(np.abs(finite))) <= 1.0 + 1e-9 else 1.0


def _classification_method(method: str):
    return {
        "jenks": QgsClassificationJenks,
        "quantile": QgsClassificationQuantile,
        "equal": QgsClassificationEqualInterval,
        "pretty": QgsClassificationPrettyBreaks,
        "stddev": QgsClassificationStandardDeviation,
    }[method]()


def _categorized(layer, field_name, entries, null_entry=None, extra_other=True) -> tuple:
    """A categorised renderer from ``entries`` = [(value, label, colour)] with counts."""
    values = _texts(layer, field_name)
    counts: dict = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    categories, legend = [], []
    known = set()
    for value, label, colour in entries:
        known.add(str(value))
        categories.append(QgsRendererCategory(value, _symbol(layer, colour), label, True))
        legend.append(LegendClass(str(value), label, colour, counts.get(str(value), 0)))
    if extra_other:
        others = sorted(k for k in counts if k is not None and k not in known)
        for value in others:
            categories.append(QgsRendererCategory(value, _symbol(layer, "#cccccc"), value, True))
            legend.append(LegendClass(value, value, "#cccccc", counts[value]))
    if counts.get(None):
        label, colour = null_entry or (no_data_label(), NO_DATA_COLOUR)
        symbol = _no_data_symbol() if colour == NO_DATA_COLOUR else _symbol(layer, colour)
        categories.append(QgsRendererCategory(None, symbol, label, True))
        legend.append(LegendClass("", label, colour, counts[None]))
    renderer = QgsCategorizedSymbolRenderer(field_name, categories)
    return renderer, legend


def _graduated(layer, field_name, edges, colours, labels, method) -> tuple:
    values = _values(layer, field_name)
    counts = cls_breaks.class_counts(values, edges)
    ranges, legend = [], []
    for i, (lo, hi, colour, label) in enumerate(zip(edges, edges[1:], colours, labels)):
        ranges.append(QgsRendererRange(lo, hi, _symbol(layer, colour), label, True))
        legend.append(LegendClass(str(i), label, colour, counts[i] if i < len(counts) else 0))
    renderer = QgsGraduatedSymbolRenderer(field_name, ranges)
    if method in METHODS:
        renderer.setClassificationMethod(_classification_method(method))
    missing = int(np.sum(~np.isfinite(values)))
    if missing:
        legend.append(LegendClass("", no_data_label(), NO_DATA_COLOUR, missing))
    return renderer, legend


def _method_line(method: str, count: int) -> str:
    name = method_names()[method]
    return translate("FiefsStyles", "{method}, {count} classes").format(method=name[:1].upper() + name[1:], count=count)


def _method_note(method: str, count: int, values: np.ndarray, scale: float, unit: str) -> str:
    text = translate("FiefsStyles", "Classes: {method}, {count} classes.").format(
        method=method_names()[method], count=count
    )
    if method == "stddev":
        finite = values[np.isfinite(values)]
        if finite.size:
            text += " " + translate("FiefsStyles", "Mean {mean} {unit}, standard deviation {sd} {unit}.").format(
                mean=f"{finite.mean() * scale:.1f}", sd=f"{finite.std() * scale:.1f}", unit=unit
            )
    return text


# --- the styles ------------------------------------------------------------------------

def build_style(layer: QgsVectorLayer, options: StyleOptions) -> MapStyle:
    """The renderer (and labels) for ``options.style`` on ``layer``; the layer is not changed."""
    if options.style not in STYLES:
        raise QgsProcessingException(
            translate("FiefsStyles", "Unknown style '{style}'; use one of {styles}.").format(
                style=options.style, styles=", ".join(STYLES)
            )
        )
    if options.method not in METHODS:
        raise QgsProcessingException(
            translate("FiefsStyles", "Unknown classification method '{method}'; use one of {methods}.").format(
                method=options.method, methods=", ".join(METHODS)
            )
        )
    palette = options.palette or default_palette()
    builder = {
        "winner": _winner, "share": _share, "stronghold": _stronghold, "hotspot": _hotspot,
        "lisa": _lisa, "turnout": _turnout, "swing": _swing, "value_by_alpha": _value_by_alpha,
    }[options.style]
    style = builder(layer, options, palette)
    if options.labels:
        from fiefs_plugin.styling.labels import top_units_labeling

        style.labeling = top_units_labeling(layer, style, options)
    return style


def _party_colour(palette: Palette, party: str | None) -> str:
    if not party:
        return DEFAULT_PARTY_COLOUR
    return palette.colour(party) or palette.colours_for([party])[party].colour


def _winner(layer, options, palette) -> MapStyle:
    _require_field(layer, fld.WINNER, "fiefs:indicators")
    values = _texts(layer, fld.WINNER)
    counts: dict = {}
    for v in values:
        if v is not None and v != "":
            counts[v] = counts.get(v, 0) + 1
    # most units won first; ties by code so the order is stable
    codes = sorted(counts, key=lambda c: (-counts[c], c))
    colours = palette.colours_for(codes)
    entries = [(code, colours[code].label, colours[code].colour) for code in codes]
    renderer, legend = _categorized(layer, fld.WINNER, entries, extra_other=False)
    note = translate("FiefsStyles", "Party placed first in each unit; colours from the party palette.")
    if options.margin_lightness:
        _require_field(layer, fld.MARGIN, "fiefs:indicators")
        margins = _values(layer, fld.MARGIN)
        finite = np.abs(margins[np.isfinite(margins)])
        top = float(np.quantile(finite, 0.9)) if finite.size else 1.0
        top = top if top > 0 else 1.0
        for index, category in enumerate(renderer.categories()):
            symbol = category.symbol().clone()
            colour = QColor(symbol.color())
            base = f"{colour.red()},{colour.green()},{colour.blue()},255"
            # narrow margin -> pale (70 % towards white), wide margin -> full colour
            expression = (
                f"color_mix_rgb('{base}', '255,255,255,255', "
                f"0.7 * (1 - min(1, max(0, coalesce(abs(\"{fld.MARGIN}\"), 0) / {top!r}))))"
            )
            symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor,
                                                         QgsProperty.fromExpression(expression))
            renderer.updateCategorySymbol(index, symbol)  # categories() hands out copies
        # margin is in percentage points (core/indicators.py)
        note += " " + translate(
            "FiefsStyles", "Paler = narrower lead over the runner-up (full colour from {top} points)."
        ).format(top=f"{top:.0f}")
    return MapStyle("winner", renderer, translate("FiefsStyles", "Party placed first"), note, legend,
                    None, fld.WINNER)


def _share_classes(layer, options, palette, field_name, base_colour):
    values = _values(layer, field_name)
    edges = cls_breaks.breaks(values, options.method, options.classes)
    if len(edges) < 2:
        raise QgsProcessingException(
            translate("FiefsStyles", "Field '{field}' of layer '{layer}' has no values to classify.").format(
                field=field_name, layer=layer.name()
            )
        )
    scale = _percent_scale(values)
    colours = sequential_ramp(base_colour, len(edges) - 1)
    labels = cls_breaks.range_labels(edges, scale=scale, suffix="%")
    return values, edges, colours, labels, scale


def _share(layer, options, palette) -> MapStyle:
    party = resolve_party(layer, options.party, palette)
    field_name = fld.share_field(party)
    colour = _party_colour(palette, party)
    values, edges, colours, labels, scale = _share_classes(layer, options, palette, field_name, colour)
    renderer, legend = _graduated(layer, field_name, edges, colours, labels, options.method)
    title = translate("FiefsStyles", "{party} share of valid votes (%)").format(party=_display(palette, party))
    note = _method_note(options.method, len(edges) - 1, values, scale, "%")
    return MapStyle("share", renderer, title, note, legend, party, field_name,
                    legend_method=_method_line(options.method, len(edges) - 1))


def _display(palette: Palette, party: str) -> str:
    """How titles name a party: the palette code when the layer's code embeds it
    (``L01_LRN`` -> ``LRN``), the layer's code otherwise."""
    entry = palette.lookup(party)
    if entry is not None and entry.code.upper() in party.upper():
        return entry.code
    return party


def _stronghold(layer, options, palette) -> MapStyle:
    _require_field(layer, fld.FIEF_CLASS, "fiefs:strongholds")
    values = {v for v in _texts(layer, fld.FIEF_CLASS) if v}
    multi_only = set(fld.MULTI_ELECTION_CLASSES) - set(fld.SINGLE_ELECTION_CLASSES)
    keys = fld.MULTI_ELECTION_CLASSES if values & multi_only else fld.SINGLE_ELECTION_CLASSES
    # the party only gives the colour here: a code without a share field on the layer is fine
    party = options.party or None
    if party and party_codes(layer):
        with contextlib.suppress(QgsProcessingException):
            party = resolve_party(layer, party, palette)
    base = _party_colour(palette, party)
    ramp = sequential_ramp(base, 5)
    battle = _pick_far(["#f2b701", "#e7298a", "#66a61e", "#7570b3"], [base])
    eroding = _pick_far(["#e6550d", "#8c510a", "#c51b7d", "#1b9e77"], [base, battle])
    colours = {
        "stronghold": ramp[3], "bastion": ramp[4], "emerging": ramp[2], "hotspot": ramp[1],
        "eroding": eroding, "battleground": battle, "weak": "#d4d4d4", "other": "#f2f2f2",
    }
    if keys is fld.SINGLE_ELECTION_CLASSES:
        colours["stronghold"] = ramp[4] if lightness(ramp[4]) < lightness(base) - 5 else ramp[3]
        colours["hotspot"] = ramp[2]
    names = stronghold_labels()
    entries = [(key, names[key], colours[key]) for key in keys]
    renderer, legend = _categorized(layer, fld.FIEF_CLASS, entries)
    who = _display(palette, party) if party else translate("FiefsStyles", "the party")
    title = translate("FiefsStyles", "Strongholds of {party}").format(party=who)
    note = translate("FiefsStyles", "Stronghold classes from fiefs:strongholds.")
    return MapStyle("stronghold", renderer, title, note, legend, party, fld.FIEF_CLASS)


def _pick_far(candidates, avoid, minimum: float = 35.0) -> str:
    for colour in candidates:
        if all(delta_e(colour, other) >= minimum for other in avoid):
            return colour
    return max(candidates, key=lambda c: min(delta_e(c, o) for o in avoid))


def _hotspot(layer, options, palette) -> MapStyle:
    _require_field(layer, fld.GI_BIN, "fiefs:hotspots")
    names = gi_labels()
    entries = [(str(b), names[b], GI_COLOURS[b]) for b in (3, 2, 1, 0, -1, -2, -3)]
    renderer, legend = _categorized(
        layer, fld.GI_BIN, entries, null_entry=(translate("FiefsStyles", "No neighbours or no data"),
                                              NEIGHBOURLESS_COLOUR))
    # categories must compare with the field's numbers, not with text
    numeric = layer.fields().field(fld.GI_BIN).isNumeric()
    if numeric:
        for index, category in enumerate(renderer.categories()):
            if category.value() not in (None, ""):
                renderer.updateCategoryValue(index, int(category.value()))
    field_name = _analysed_field(layer)
    title = translate("FiefsStyles", "Hot and cold spots (Getis-Ord Gi*)")
    if field_name:
        title += f" \u2014 {field_name}"
    note = translate(
        "FiefsStyles",
        "Getis-Ord Gi* z-scores binned at 90, 95 and 99 % confidence (positive: hot spot).",
    )
    return MapStyle("hotspot", renderer, title, note + _analysis_note(layer), legend, options.party, fld.GI_BIN)


def _lisa(layer, options, palette) -> MapStyle:
    _require_field(layer, fld.LISA_CLUSTER, "fiefs:hotspots")
    names = lisa_labels()
    entries = [(key, names[key], LISA_COLOURS[key]) for key in ("HH", "LL", "LH", "HL", "ns")]
    renderer, legend = _categorized(
        layer, fld.LISA_CLUSTER, entries,
        null_entry=(translate("FiefsStyles", "No neighbours or no data"), NEIGHBOURLESS_COLOUR))
    title = translate("FiefsStyles", "Clusters and outliers (local Moran's I)")
    note = translate("FiefsStyles", "Local Moran's I clusters; colours as in GeoDa.")
    return MapStyle("lisa", renderer, title, note + _analysis_note(layer), legend, options.party, fld.LISA_CLUSTER)


def _analysed_field(layer) -> str:
    return str(layer.customProperty("fiefs/analysis_field", "") or "")


def _analysis_note(layer) -> str:
    """Weights, permutations and FDR, when the layer carries them (custom property
    ``fiefs/analysis_note`` or its metadata abstract)."""
    note = str(layer.customProperty("fiefs/analysis_note", "") or "")
    if not note:
        note = layer.metadata().abstract() or ""
    return f" {note}" if note else ""


def _turnout(layer, options, palette) -> MapStyle:
    _require_field(layer, fld.TURNOUT, "fiefs:joinresults")
    values, edges, colours, labels, scale = _share_classes(layer, options, palette, fld.TURNOUT, TURNOUT_BASE)
    renderer, legend = _graduated(layer, fld.TURNOUT, edges, colours, labels, options.method)
    title = translate("FiefsStyles", "Turnout (% of registered voters)")
    note = _method_note(options.method, len(edges) - 1, values, scale, "%")
    return MapStyle("turnout", renderer, title, note, legend, None, fld.TURNOUT,
                    legend_method=_method_line(options.method, len(edges) - 1))


def _swing(layer, options, palette) -> MapStyle:
    _require_field(layer, fld.SWING, "fiefs:swing")
    party = options.party
    if party and party_codes(layer):
        with contextlib.suppress(QgsProcessingException):
            party = resolve_party(layer, party, palette)
    gain = _party_colour(palette, party) if party else "#1b7837"
    loss = contrasting(gain, ["#b35806", "#b2182b", "#4d4d4d", "#2166ac"])
    values = _values(layer, fld.SWING)
    edges = cls_breaks.symmetric_breaks(values, options.method, options.classes)
    if len(edges) < 2:
        raise QgsProcessingException(
            translate("FiefsStyles", "Field '{field}' of layer '{layer}' has no values to classify.").format(
                field=fld.SWING, layer=layer.name()
            )
        )
    colours = diverging_ramp(loss, gain, len(edges) - 1)
    labels = cls_breaks.range_labels(edges, suffix=translate("FiefsStyles", "pts"), signed=True)
    renderer, legend = _graduated(layer, fld.SWING, edges, colours, labels, options.method)
    renderer.setClassificationMethod(_classification_method(options.method))
    who = _display(palette, party) if party else ""
    title = translate("FiefsStyles", "Swing {party} (change in share, percentage points)").format(party=who).replace(
        "  ", " ")
    note = _method_note(options.method, len(edges) - 1, values, 1.0, translate("FiefsStyles", "pts"))
    note += " " + translate("FiefsStyles", "Classes symmetric around no change (0).")
    return MapStyle("swing", renderer, title, note, legend, party, fld.SWING,
                    legend_method=_method_line(options.method, len(edges) - 1))


def _value_by_alpha(layer, options, palette) -> MapStyle:
    party = resolve_party(layer, options.party, palette)
    _require_field(layer, fld.VALID, "fiefs:joinresults")
    field_name = fld.share_field(party)
    colour = _party_colour(palette, party)
    values, edges, colours, labels, scale = _share_classes(layer, options, palette, field_name, colour)
    renderer, legend = _graduated(layer, field_name, edges, colours, labels, options.method)
    valid = _values(layer, fld.VALID)
    finite = np.log10(valid[np.isfinite(valid) & (valid > 0)] + 1)
    lo, hi = (float(np.quantile(finite, 0.05)), float(np.quantile(finite, 0.95))) if finite.size else (0.0, 1.0)
    if hi <= lo:
        hi = lo + 1.0
    alpha = f"round(255 * (0.15 + 0.85 * min(1, max(0, (log10(coalesce(\"{fld.VALID}\", 0) + 1) - {lo!r}) / {hi - lo!r}))))"
    for index, symbol_range in enumerate(renderer.ranges()):
        symbol = symbol_range.symbol().clone()
        c = QColor(symbol.color())
        expression = f"set_color_part('{c.red()},{c.green()},{c.blue()},255', 'alpha', {alpha})"
        symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.Property.PropertyFillColor,
                                                     QgsProperty.fromExpression(expression))
        renderer.updateRangeSymbol(index, symbol)  # ranges() hands out copies
    title = translate("FiefsStyles", "{party} share of valid votes (%), opacity by votes cast").format(
        party=_display(palette, party))
    note = _method_note(options.method, len(edges) - 1, values, scale, "%")
    note += " " + translate(
        "FiefsStyles", "Opacity grows with the number of valid votes (log scale): faint units weigh little."
    )
    return MapStyle("value_by_alpha", renderer, title, note, legend, party, field_name,
                    legend_method=_method_line(options.method, len(edges) - 1))


def apply_style(layer: QgsVectorLayer, style: MapStyle) -> None:
    """Put ``style`` on ``layer`` (renderer, labels, and custom properties with the legend
    title and method note, which the saved style carries along)."""
    layer.setRenderer(style.renderer.clone())
    if style.labeling is not None:
        layer.setLabeling(style.labeling.clone())
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    layer.setCustomProperty("fiefs/style", style.style)
    layer.setCustomProperty("fiefs/legend_title", style.title)
    layer.setCustomProperty("fiefs/method_note", style.method_note)
    layer.setCustomProperty("fiefs/legend_method", style.legend_method)
    layer.setCustomProperty("fiefs/party", style.party or "")
    layer.setCustomProperty("fiefs/field", style.field)
    layer.triggerRepaint()
