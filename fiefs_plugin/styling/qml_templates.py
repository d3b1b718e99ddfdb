"""Ready-made .qml styles in ``resources/styles/``, for people who load a style by hand
(Layer Properties > Symbology > Style > Load Style) on a layer with the Fiefs fields:

- ``lisa_clusters.qml``      lisa_cluster, GeoDa colours
- ``gi_bins.qml``            gi_bin -3..3, cold to hot
- ``strongholds_single.qml`` fief_class, one election
- ``strongholds_multi.qml``  fief_class across elections
- ``winner_morocco.qml``     winner, every party of the Moroccan palette
- ``winner_france.qml``      winner, every nuance of the French palette

They are made by the same code as ``fiefs:stylemap`` (labels in English; the algorithm
writes them in the QGIS language). Regenerate with ``write_style_templates()``, or run
``python -m fiefs_plugin.styling.qml_templates`` inside a QGIS Python.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeature, QgsField, QgsVectorLayer

from fiefs_plugin.core import fields as fld
from fiefs_plugin.gis.fieldtypes import FieldType
from fiefs_plugin.paths import resource_path
from fiefs_plugin.styling.palettes import read_palette
from fiefs_plugin.styling.renderers import (
    StyleOptions,
    apply_style,
    build_style,
    builtin_palette_files,
    default_palette,
)
from fiefs_plugin.styling.store import STYLE_CATEGORIES


def _palette_codes(country: str) -> list[str]:
    codes = []
    for path in builtin_palette_files():
        codes += [p.code for p in read_palette(path) if p.country == country]
    return codes


def template_specs() -> dict[str, tuple[str, str, object, list]]:
    """file name -> (style, field, field type, values: more frequent first, None = NULL)."""
    return {
        "lisa_clusters.qml": ("lisa", fld.LISA_CLUSTER, FieldType.String, [*fld.LISA_CLUSTERS, None]),
        "gi_bins.qml": ("hotspot", fld.GI_BIN, FieldType.Int, [3, 2, 1, 0, -1, -2, -3, None]),
        "strongholds_single.qml": ("stronghold", fld.FIEF_CLASS, FieldType.String,
                                   [*fld.SINGLE_ELECTION_CLASSES, None]),
        "strongholds_multi.qml": ("stronghold", fld.FIEF_CLASS, FieldType.String,
                                  [*fld.MULTI_ELECTION_CLASSES, None]),
        "winner_morocco.qml": ("winner", fld.WINNER, FieldType.String, _palette_codes("MA")),
        "winner_france.qml": ("winner", fld.WINNER, FieldType.String, _palette_codes("FR")),
    }


def _sample_layer(field_name: str, field_type, values: list) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "template", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(field_name, field_type)])
    layer.updateFields()
    features = []
    for rank, value in enumerate(values):
        # earlier values are more frequent, so the winner legend keeps the palette's order
        for _ in range(len(values) - rank):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([value])
            features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def write_style_templates(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path("styles")
    folder.mkdir(parents=True, exist_ok=True)
    palette = default_palette()
    written = []
    for name, (style_key, field_name, field_type, values) in template_specs().items():
        layer = _sample_layer(field_name, field_type, values)
        style = build_style(layer, StyleOptions(style_key, palette=palette))
        apply_style(layer, style)
        target = folder / name
        message, ok = layer.saveNamedStyle(str(target), STYLE_CATEGORIES)
        if not ok:
            raise OSError(f"{target}: {message}")
        written.append(target)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in write_style_templates():
        print(path)
    app.exitQgis()
