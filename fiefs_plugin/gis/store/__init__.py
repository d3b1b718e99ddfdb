"""The unified election store: one GeoPackage by default, PostGIS for a team.

Both backends hold the same versioned schema (``schema.py``) and share one interface,
``ElectionStore`` (``base.py``): ``write_election`` (one transaction, idempotent),
``write_units`` (boundaries without an election, same rules),
``read_result_set``, ``read_units``, ``elections``, ``parties``, ``crosswalk``...

- ``GeoPackageStore(path)`` (``geopackage.py``): Python's sqlite3, no extra dependency;
- ``PostgisStore(params, schema)`` (``postgis.py``): psycopg2, imported only when a
  PostGIS store is opened;
- ``connect.py``: a store from Processing parameters / QGIS saved connections (the
  credentials come from the QGIS authentication manager); ``layers.py``: QGIS layers and
  styles from a store, units from a layer.

This package imports no QGIS class at import time beyond ``qgis.PyQt`` (for
translations), so its core is tested without a running QGIS (tests/unit/test_store*.py).
"""

from fiefs_plugin.gis.store.base import ElectionStore
from fiefs_plugin.gis.store.model import (
    ELECTION_KINDS,
    Election,
    ImportSummary,
    StoreCanceledError,
    StoreConflictError,
    StoreError,
    StoreVersionError,
)
from fiefs_plugin.gis.store.schema import SCHEMA_VERSION

__all__ = [
    "ELECTION_KINDS",
    "SCHEMA_VERSION",
    "Election",
    "ElectionStore",
    "ImportSummary",
    "StoreCanceledError",
    "StoreConflictError",
    "StoreError",
    "StoreVersionError",
]
