"""The staged plugin loads as QGIS loads it: metadata, classFactory, initProcessing,
initGui, unload; translations follow the QGIS locale."""

from __future__ import annotations

import configparser

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QAction

REQUIRED = ("name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version",
            "author", "email", "repository", "homepage", "tracker", "changelog", "tags")


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def _provider_restored(qgis_app):
    """Each test starts with no "fiefs" provider (the plugin registers its own) and
    leaves one registered for the tests of other modules."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("fiefs")
    if existing is not None:
        registry.removeProvider(existing)
    yield
    from tests.qgis.conftest import ensure_fiefs_provider

    ensure_fiefs_provider()


@pytest.fixture
def locale_setting():
    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)

    def set_locale(code):
        settings.setValue("locale/userLocale", code)

    yield set_locale
    if before is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", before)


def test_plugin_is_imported_from_staged_folder(staged_plugin):
    import fiefs_plugin

    assert fiefs_plugin.__file__.startswith(str(staged_plugin))
    assert (staged_plugin / "metadata.txt").exists() and (staged_plugin / "LICENSE").exists()


def test_metadata_complete_and_single_version(staged_plugin):
    from fiefs_plugin.paths import plugin_version

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(staged_plugin / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in REQUIRED:
        assert general.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert general["name"] == "Fiefs"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert plugin_version() == general["version"]
    assert (staged_plugin / general["icon"]).exists()


def test_load_init_and_unload_like_qgis(qgis_iface, monkeypatch, request):
    import fiefs_plugin

    added, removed, menus = [], [], []
    monkeypatch.setattr(qgis_iface, "addToolBarIcon", added.append, raising=False)
    monkeypatch.setattr(qgis_iface, "removeToolBarIcon", removed.append, raising=False)
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", lambda m, a: menus.append(("add", m, a)), raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", lambda m, a: menus.append(("remove", m, a)), raising=False)

    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("fiefs")
    if had_provider is not None:
        registry.removeProvider(had_provider)

    plugin = fiefs_plugin.classFactory(qgis_iface)
    request.addfinalizer(plugin.unload)  # a failed assertion must not leave it registered
    assert plugin.iface is qgis_iface and plugin.dock is None  # nothing built in the constructor
    plugin.initProcessing()
    provider = registry.providerById("fiefs")
    assert provider is not None and provider.name() == "Fiefs"
    assert not provider.icon().isNull()

    plugin.initGui()
    # initGui called initProcessing again: still one provider
    assert [p.id() for p in registry.providers()].count("fiefs") == 1
    window = qgis_iface.mainWindow()
    dock = window.findChild(QgsDockWidget, "FiefsDock")
    assert dock is plugin.dock and dock.steps.count() == 4
    assert len(added) == 1 and isinstance(added[0], QAction) and added[0].isCheckable()
    assert menus == [("add", "&Fiefs", added[0])]

    # the action toggles the dock
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    dock.hide()
    QCoreApplication.processEvents()
    added[0].trigger()
    QCoreApplication.processEvents()
    assert dock.isVisible() and added[0].isChecked()
    added[0].trigger()
    QCoreApplication.processEvents()
    assert not dock.isVisible() and not added[0].isChecked()
    # a check mark left stale by a hide without signal: one click still shows the dock
    added[0].setChecked(True)
    added[0].trigger()
    QCoreApplication.processEvents()
    assert dock.isVisible() and added[0].isChecked()

    plugin.unload()
    _flush_deletes()
    assert registry.providerById("fiefs") is None
    assert window.findChild(QgsDockWidget, "FiefsDock") is None
    assert removed == added
    assert menus[-1] == ("remove", "&Fiefs", added[0])
    assert plugin.dock is None and plugin.toggle_action is None and plugin.provider is None


@pytest.mark.parametrize(
    ("locale", "expected", "rtl"),
    [
        ("en", ["1. Data", "2. Match", "3. Analyse", "4. Map and export"], False),
        ("fr", ["1. Données", "2. Appariement", "3. Analyse", "4. Carte et export"], False),
        ("ar", ["1. البيانات", "2. المطابقة", "3. التحليل", "4. الخريطة والتصدير"], True),
    ],
)
def test_dock_follows_qgis_locale(qgis_iface, locale_setting, locale, expected, rtl):
    import fiefs_plugin

    locale_setting(locale)
    plugin = fiefs_plugin.classFactory(qgis_iface)
    try:
        assert (plugin.translator is not None) is (locale != "en")
        plugin.initGui()
        titles = [plugin.dock.steps.itemText(i) for i in range(plugin.dock.steps.count())]
        assert titles == expected
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert plugin.dock.layoutDirection() == direction
    finally:
        plugin.unload()
        _flush_deletes()


def test_provider_standalone_from_script(qgis_app):
    """A script can register the provider without the plugin."""
    from fiefs_plugin.processing.provider import FiefsProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("fiefs")
    if existing is not None:
        registry.removeProvider(existing)
    provider = FiefsProvider()
    assert registry.addProvider(provider)
    try:
        assert registry.providerById("fiefs") is provider
        assert provider.versionInfo()
        for algorithm in provider.algorithms():
            assert algorithm.provider() is provider
            assert algorithm.id() == f"fiefs:{algorithm.name()}"
            assert algorithm.shortHelpString(), f"{algorithm.id()} has no help"
            assert algorithm.group() and algorithm.groupId()
            assert type(algorithm.createInstance()) is type(algorithm)
    finally:
        registry.removeProvider(provider)


def test_second_copy_does_not_crash(qgis_iface):
    """Two plugin instances (two installed copies): the second logs and stays usable."""
    import fiefs_plugin

    first, second = fiefs_plugin.classFactory(qgis_iface), fiefs_plugin.classFactory(qgis_iface)
    try:
        first.initProcessing()
        second.initProcessing()
        assert first.provider is not None and second.provider is None
        assert QgsApplication.processingRegistry().providerById("fiefs") is first.provider
    finally:
        second.unload()
        first.unload()
    assert QgsApplication.processingRegistry().providerById("fiefs") is None
