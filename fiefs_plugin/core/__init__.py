"""Pure-Python logic (pandas, numpy; scipy when present). No QGIS and no Qt here:
everything in this package is tested with plain pytest, without a QGIS install."""
