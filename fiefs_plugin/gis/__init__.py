"""QGIS adapters: layers and tables <-> pandas frames, joins, weights from geometry,
election stores. Everything QGIS-specific that the algorithms share lives here."""
