"""Fiefs: electoral geography for QGIS.

QGIS imports this module for every enabled plugin at start-up, so it imports nothing
heavy: the plugin class (and pandas, numpy, the algorithms) load only in classFactory.
"""

from __future__ import annotations


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance QGIS asks for."""
    from fiefs_plugin.plugin import FiefsPlugin

    return FiefsPlugin(iface)
