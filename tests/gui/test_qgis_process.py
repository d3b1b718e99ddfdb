"""qgis_process sees the plugin's provider, from the staged folder and from the zip."""

from __future__ import annotations

import json
import zipfile

from tests.gui.conftest import make_profile, packager, run_qgis_process


def _providers(root):
    proc = run_qgis_process(["list", "--json"], root)
    assert proc.returncode == 0, proc.stderr
    listing = json.loads(proc.stdout[proc.stdout.index("{"):])
    return listing["providers"]


def test_qgis_process_lists_fiefs_provider(staged_plugin, tmp_path):
    root = make_profile(tmp_path / "qgis", staged_plugin)
    proc = run_qgis_process(["plugins"], root)
    assert proc.returncode == 0, proc.stderr
    assert "fiefs_plugin" in proc.stdout
    providers = _providers(root)
    assert "fiefs" in providers, sorted(providers)
    assert providers["fiefs"]["name"] == "Fiefs"


def test_zip_installs_into_fresh_profile_and_loads(tmp_path):
    staged = packager.stage(tmp_path / "build")
    archive = packager.make_zip(staged, tmp_path / "dist")
    assert packager.check_zip(archive) == []
    root = tmp_path / "fresh"
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
    make_profile(root, plugins / "fiefs_plugin")  # enables it in QGIS3.ini
    assert "fiefs" in _providers(root)
