"""The style travels with the layer: GeoPackage ``layer_styles`` (default style) and a
``.qml`` beside the file, so the layer opens styled in any QGIS, in batch runs and in
models; and a Processing post-processor that styles the output layer when QGIS loads it
(Processing loads outputs without their default style).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

translate = QCoreApplication.translate

STYLE_CATEGORIES = (
    QgsMapLayer.StyleCategory.Symbology
    | QgsMapLayer.StyleCategory.Labeling
    | QgsMapLayer.StyleCategory.CustomProperties
    | QgsMapLayer.StyleCategory.Rendering
)

# QGIS creates layer_styles.styleName as a text field of width 30 in a GeoPackage; GDAL warns
# ("Value of field 'styleName' has N characters, whereas maximum allowed is 30") on a longer one.
STYLE_NAME_LIMIT = 30
_DIGEST_LENGTH = 8


def style_name(text: str, limit: int = STYLE_NAME_LIMIT) -> str:
    """A style name for ``layer_styles`` of at most ``limit`` characters (GDAL counts
    characters, not bytes). A text that fits is kept as it is; a longer one becomes its
    start, ``~`` and the first 8 hex digits of the SHA-1 of the whole text: the same text
    always gives the same name, and two texts that share their start stay apart."""
    text = str(text).strip() or "style"
    if len(text) <= limit:
        return text
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:_DIGEST_LENGTH]
    return text[: max(limit - _DIGEST_LENGTH - 1, 0)].rstrip() + "~" + digest


def qml_path_for(data_path: str | Path) -> Path:
    """``x.gpkg`` -> ``x.qml`` (the file QGIS reads as the default style of ``x.gpkg``)."""
    return Path(str(data_path).split("|", 1)[0]).with_suffix(".qml")


def save_style(layer: QgsVectorLayer, name: str, description: str = "", qml_path: str | Path | None = None) -> dict:
    """Save the layer's style as a .qml (``qml_path``, default beside the data file) and,
    when the provider can (GeoPackage, PostGIS), as the default style in ``layer_styles``
    under ``style_name(name)``.

    Returns ``{"qml": path, "database": bool, "name": the name in layer_styles or ""}``;
    raises OSError when the .qml cannot be written and RuntimeError when the database
    refuses the style.
    """
    qml = Path(qml_path) if qml_path else qml_path_for(layer.source())
    message, ok = layer.saveNamedStyle(str(qml), STYLE_CATEGORIES)
    if not ok:
        raise OSError(translate("FiefsStyles", "Could not write the style file {path}: {message}").format(
            path=qml, message=message))
    stored = False
    stored_name = ""
    if layer.dataProvider() is not None and layer.dataProvider().isSaveAndLoadStyleToDatabaseSupported():
        stored_name = style_name(name)
        error = layer.saveStyleToDatabase(stored_name, description, True, "")
        if error:
            raise RuntimeError(translate("FiefsStyles", "Could not store the style in {source}: {message}").format(
                source=layer.source(), message=error))
        stored = True
    return {"qml": str(qml), "database": stored, "name": stored_name if stored else ""}


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Loads the saved .qml into the output layer and names it after the map's title."""

    # QGIS holds the post-processor by a plain pointer: keep the Python objects alive.
    _alive: list = []

    def __init__(self, qml_path: str, layer_name: str = ""):
        super().__init__()
        self.qml_path = qml_path
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if not isinstance(layer, QgsVectorLayer):
            return
        message, ok = layer.loadNamedStyle(self.qml_path)
        if not ok and feedback is not None:
            feedback.reportError(message)
        if self.layer_name:
            layer.setName(self.layer_name)
        layer.triggerRepaint()

    @classmethod
    def create(cls, qml_path: str, layer_name: str = "") -> StylePostProcessor:
        processor = cls(qml_path, layer_name)
        cls._alive.append(processor)
        del cls._alive[:-64]
        return processor
