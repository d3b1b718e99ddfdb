"""Opening an election store the way a person chooses it in QGIS.

- GeoPackage: a file path (the default store is ``elections.gpkg`` in the Fiefs folder of
  the QGIS profile, or the path in the plugin settings).
- PostGIS: the name of a QGIS saved PostgreSQL connection (Data Source Manager) and a
  schema. Credentials come only from that connection, expanded through the QGIS
  authentication manager when it uses an authentication configuration (``authcfg``). The
  expanded parameters live in memory for the psycopg2 connection; layer sources built
  from the store carry the ``authcfg`` id, never a user name or password, and nothing
  here logs them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin import log
from fiefs_plugin.gis.store.base import ElectionStore
from fiefs_plugin.gis.store.geopackage import GeoPackageStore
from fiefs_plugin.gis.store.model import StoreError
from fiefs_plugin.gis.store.postgis import DEFAULT_SCHEMA, PostgisStore, import_psycopg2

translate = QCoreApplication.translate

DEFAULT_FILE_NAME = "elections.gpkg"


def default_store_path() -> Path:
    """The GeoPackage store used when none is given (settings ``fiefs/store_path``)."""
    from fiefs_plugin.settings import FiefsSettings

    configured = FiefsSettings.load().store_path
    if configured:
        return Path(configured)
    return Path(QgsApplication.qgisSettingsDirPath()) / "fiefs" / DEFAULT_FILE_NAME


def postgres_connection_names() -> list[str]:
    """Names of the PostgreSQL connections saved in QGIS."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys()) if metadata is not None else []


def _saved_connection_uri(name: str) -> QgsDataSourceUri:
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise StoreError(translate("ElectionStore", "This QGIS has no PostgreSQL provider."))
    try:
        connection = metadata.findConnection(name, False)
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        known = ", ".join(postgres_connection_names()) or "-"
        raise StoreError(translate(
            "ElectionStore",
            "There is no saved PostgreSQL connection named '{name}'. Saved connections: {known}. Create one in "
            "the Data Source Manager (PostgreSQL), with an authentication configuration for the password.").format(
                name=name, known=known))
    return QgsDataSourceUri(connection.uri())


def public_uri(uri: QgsDataSourceUri) -> QgsDataSourceUri:
    """A copy of ``uri`` without user name and password (the authcfg id stays)."""
    out = QgsDataSourceUri(uri.uri(False))
    out.setPassword("")
    if out.authConfigId():
        out.setUsername("")
    return out


def postgis_params(name: str) -> tuple[dict, QgsDataSourceUri]:
    """(libpq parameters with credentials, uri without them) of a saved connection."""
    psycopg2 = import_psycopg2()
    uri = _saved_connection_uri(name)
    authcfg = uri.authConfigId()
    if authcfg:
        manager = QgsApplication.authManager()
        if manager.isDisabled():
            raise StoreError(translate(
                "ElectionStore", "The QGIS authentication system is disabled, so the connection '{name}' cannot use its "
                "authentication configuration.").format(name=name))
        if authcfg not in manager.configIds():
            raise StoreError(translate(
                "ElectionStore", "The connection '{name}' uses the authentication configuration '{authcfg}', which "
                "this QGIS profile does not have.").format(name=name, authcfg=authcfg))
    elif uri.password():
        log.warning(translate(
            "ElectionStore", "The PostgreSQL connection '{name}' keeps its password in the QGIS settings in clear "
            "text. Store it in an authentication configuration instead (Data Source Manager > PostgreSQL > Edit > "
            "Authentication > Configurations). Fiefs never writes it into layers or projects.").format(name=name))
    info = uri.connectionInfo(True)  # expands authcfg through the authentication manager
    try:
        params = psycopg2.extensions.parse_dsn(info)
    except psycopg2.ProgrammingError:
        raise StoreError(translate("ElectionStore", "The saved connection '{name}' could not be read.").format(name=name)) from None
    if authcfg and not params.get("password") and not params.get("sslcert"):
        raise StoreError(translate(
            "ElectionStore", "The authentication configuration of the connection '{name}' could not be opened (is "
            "the QGIS master password set?).").format(name=name))
    return params, public_uri(uri)


def open_store(
    path: str | Path | None = None,
    connection: str | None = None,
    schema_name: str | None = None,
    create: bool = True,
) -> ElectionStore:
    """Open (and create or upgrade) an election store.

    ``connection`` (a saved PostgreSQL connection name) chooses PostGIS in ``schema_name``
    (default ``fiefs``); otherwise the GeoPackage ``path`` (default ``default_store_path()``).
    """
    if connection:
        params, uri = postgis_params(connection)
        store = PostgisStore(params, schema_name or DEFAULT_SCHEMA, create=create, label=connection)
        store.qgis_uri = uri.uri(False)
        return store.open()
    if path is None or str(path) == "":
        path = default_store_path()
        if create:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise StoreError(translate("ElectionStore", "An election store file must be a GeoPackage (.gpkg): {path}").format(path=path))
    return GeoPackageStore(path, create=create).open()
