"""Map styles: party palettes, class breaks, renderers, labels, and the style saved with
a layer (GeoPackage ``layer_styles`` and a ``.qml`` beside the file).

``colours``, ``classes`` and ``palettes`` are pure Python; ``renderers``, ``labels`` and
``store`` build QGIS objects.
"""
