"""The release: the zip passes each check the QGIS plugin repository applies to uploads
(qgis/QGIS-Django qgis-app/plugins/validator.py, read at commit f2b9bd9), and plugins.xml
makes dist/ a custom plugin repository QGIS's plugin manager can install from."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse
from xml.etree import ElementTree

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("fiefs_packager_release", REPO / "scripts" / "package.py")
packager = importlib.util.module_from_spec(spec)
spec.loader.exec_module(packager)

METADATA = (REPO / "metadata.txt").read_text(encoding="utf-8")
VERSION = packager.version()
ZIP_NAME = f"fiefs_plugin-{VERSION}.zip"


def _set(text: str, key: str, value: str | None) -> str:
    """metadata.txt with ``key`` set to ``value`` (None: the line removed)."""
    lines = []
    for line in text.splitlines():
        if line.split("=", 1)[0].strip() == key:
            if value is not None:
                lines.append(f"{key}={value}")
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def _members(metadata: str = METADATA) -> dict[str, bytes | str]:
    return {
        "fiefs_plugin/__init__.py": "def classFactory(iface): ...\n",
        "fiefs_plugin/metadata.txt": metadata,
        "fiefs_plugin/LICENSE": "GPL-2.0-or-later",
        "fiefs_plugin/resources/icons/fiefs.svg": "<svg/>",
        "fiefs_plugin/resources/models/stronghold_map.model3": "<!DOCTYPE model>",
    }


def _zip(path: Path, members: dict) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _problems(tmp_path: Path, members: dict, name: str = ZIP_NAME) -> list[str]:
    return packager.check_zip(_zip(tmp_path / name, members))


def test_a_good_zip_passes(tmp_path):
    assert _problems(tmp_path, _members()) == []


# --- validator.py, rule by rule ---------------------------------------------------------------

LAYOUT_RULES = [
    ("path information ..", lambda m: m.update({"fiefs_plugin/../evil.py": "x"}), "path information"),
    ("absolute path", lambda m: m.update({"/fiefs_plugin/evil.py": "x"}), "path information"),
    (".pyc anywhere", lambda m: m.update({"fiefs_plugin/core/fields.cpython-311.pyc": "x"}), ".pyc"),
    ("__MACOSX at the root", lambda m: m.update({"__MACOSX/fiefs_plugin/._x": "x"}), "not allowed"),
    (".git inside", lambda m: m.update({"fiefs_plugin/.git/config": "x"}), "not allowed"),
    ("__pycache__ inside", lambda m: m.update({"fiefs_plugin/gis/__pycache__/x.txt": "x"}), "not allowed"),
    ("two top folders", lambda m: m.update({"other/x.py": "x"}), "one top folder"),
    ("missing __init__.py", lambda m: m.pop("fiefs_plugin/__init__.py"), "missing fiefs_plugin/__init__.py"),
    ("missing metadata.txt", lambda m: m.pop("fiefs_plugin/metadata.txt"), "missing fiefs_plugin/metadata.txt"),
    ("missing LICENSE", lambda m: m.pop("fiefs_plugin/LICENSE"), "missing fiefs_plugin/LICENSE"),
    # Fiefs' own rules
    ("native library", lambda m: m.update({"fiefs_plugin/core/fast.so": "x"}), "compiled or binary"),
    ("executable without suffix", lambda m: m.update({"fiefs_plugin/tools/helper": b"\x7fELF\x02\x01\x01"}),
     "executable code"),
    ("Windows executable", lambda m: m.update({"fiefs_plugin/tools/helper.dat": b"MZ\x90\x00\x03"}),
     "executable code"),
    ("tests shipped", lambda m: m.update({"fiefs_plugin/tests/test_x.py": "x"}), "not allowed"),
    ("OS litter", lambda m: m.update({"fiefs_plugin/.DS_Store": "x"}), "OS litter"),
    ("icon missing", lambda m: m.pop("fiefs_plugin/resources/icons/fiefs.svg"), "icon"),
]


@pytest.mark.parametrize(("change", "expected"), [r[1:] for r in LAYOUT_RULES], ids=[r[0] for r in LAYOUT_RULES])
def test_layout_rules(tmp_path, change, expected):
    members = _members()
    change(members)
    problems = _problems(tmp_path, members)
    assert any(expected in p for p in problems), problems


def test_top_folder_must_be_a_pep8_package_name(tmp_path):
    members = {name.replace("fiefs_plugin/", "Fiefs-Plugin/", 1): data for name, data in _members().items()}
    problems = _problems(tmp_path, members)
    assert any("PEP 8" in p for p in problems), problems
    members = {"README.txt": "x", **_members()}
    assert any("first entry" in p for p in _problems(tmp_path, members))


def test_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(packager, "MAX_UPLOAD_SIZE", 100)
    problems = _problems(tmp_path, _members())
    assert any("at most" in p and "MB" in p for p in problems), problems


def test_not_a_zip(tmp_path):
    path = tmp_path / ZIP_NAME
    path.write_bytes(b"this is not a zip")
    assert any("not a zip archive" in p for p in packager.check_zip(path))


def test_crc_error_is_found(tmp_path):
    path = _zip(tmp_path / ZIP_NAME, {**_members(), "fiefs_plugin/data.txt": "A" * 4000})
    data = bytearray(path.read_bytes())
    stored = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("fiefs_plugin/data.txt")
    start = stored.header_offset + 30 + len(stored.filename) + len(stored.extra)
    data[start + 2] ^= 0xFF  # flip bits in the compressed data
    path.write_bytes(bytes(data))
    problems = packager.check_zip(path)
    assert any("corrupt" in p or "not a zip" in p for p in problems), problems


@pytest.mark.parametrize("key", packager.REQUIRED_METADATA)
def test_required_metadata(tmp_path, key):
    problems = _problems(tmp_path, _members(_set(METADATA, key, None)))
    assert f"metadata.txt lacks {key}" in problems, problems


METADATA_RULES = [
    ("no [general]", lambda t: t.replace("[general]", "[plugin]"), "no [general] section"),
    ("lone % (interpolation)", lambda t: _set(t, "about", "100% electoral"), "cannot be parsed"),
    ("version with a v", lambda t: _set(t, "version", "v0.1.0"), "dotted numbers"),
    ("version with words", lambda t: _set(t, "version", "0.1.0 beta"), "dotted numbers"),
    ("version of one number", lambda t: _set(t, "version", "1"), "dotted numbers"),
    ("version too long", lambda t: _set(t, "version", ".".join(["1234567"] * 5)), "dotted numbers"),
    ("qgisMinimumVersion not a version", lambda t: _set(t, "qgisMinimumVersion", "3"), "not a QGIS version"),
    ("qgisMinimumVersion below 1.8", lambda t: _set(t, "qgisMinimumVersion", "1.6"), "below 1.8"),
    ("qgisMaximumVersion not a version", lambda t: _set(t, "qgisMaximumVersion", "four"), "not a QGIS version"),
    ("author with a slash", lambda t: _set(t, "author", "A / B"), "slashes"),
    ("email", lambda t: _set(t, "email", "fiefs at example"), "not an e-mail"),
    ("boolean flag", lambda t: _set(t, "experimental", "maybe"), "True or False"),
    ("tracker placeholder", lambda t: _set(t, "tracker", "http://bugs"), "full URL"),
    ("repository without scheme", lambda t: _set(t, "repository", "github.com/fiefs-gis/fiefs"), "full URL"),
    ("homepage placeholder", lambda t: _set(t, "homepage", "http://homepage"), "full URL"),
]


@pytest.mark.parametrize(("change", "expected"), [r[1:] for r in METADATA_RULES], ids=[r[0] for r in METADATA_RULES])
def test_metadata_rules(tmp_path, change, expected):
    problems = _problems(tmp_path, _members(change(METADATA)))
    assert any(expected in p for p in problems), problems


def test_zip_name_carries_the_version(tmp_path):
    problems = _problems(tmp_path, _members(), name="fiefs_plugin.zip")
    assert any(f"expected {ZIP_NAME}" in p for p in problems)


def test_metadata_of_the_repository_passes():
    assert packager.check_metadata(METADATA) == []


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The real zip, built as `make package` builds it (into a temporary dist/)."""
    base = tmp_path_factory.mktemp("release")
    staged = packager.stage(base / "build")
    archive = packager.make_zip(staged, base / "dist")
    return archive


def test_the_built_zip_passes_every_check(built):
    assert packager.check_zip(built) == []
    assert built.stat().st_size <= packager.MAX_UPLOAD_SIZE
    with zipfile.ZipFile(built) as archive:
        names = archive.namelist()
    # what a user gets: the models and the sample the demo and the docs use
    assert "fiefs_plugin/resources/models/stronghold_map.model3" in names
    assert "fiefs_plugin/resources/sample/morocco.gpkg" in names
    assert "fiefs_plugin/resources/sample/SOURCE.md" in names
    assert "fiefs_plugin/demo.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".so"))]


# --- plugins.xml ------------------------------------------------------------------------------

def _plugin_element(xml_path: Path) -> ElementTree.Element:
    root = ElementTree.parse(xml_path).getroot()
    assert root.tag == "plugins"
    plugins = root.findall("pyqgis_plugin")
    assert len(plugins) == 1
    return plugins[0]


def test_plugins_xml_describes_the_zip(built):
    xml_path = packager.write_repository(built)
    meta = packager.metadata()
    plugin = _plugin_element(xml_path)
    assert plugin.get("name") == meta["name"] == "Fiefs"
    assert plugin.get("version") == plugin.findtext("version") == VERSION
    assert plugin.get("plugin_id") is None  # an official-repository id would send votes there
    # QGIS's installer: id = file_name up to the first dot, and that folder must be in the zip
    file_name = plugin.findtext("file_name")
    assert file_name.partition(".")[0] == "fiefs_plugin"
    assert file_name == f"fiefs_plugin.{VERSION}.zip"
    download = urlparse(plugin.findtext("download_url"))
    assert download.scheme == "file"
    assert Path(unquote(download.path)) == built.resolve()
    assert plugin.findtext("qgis_minimum_version") == meta["qgisMinimumVersion"]
    assert plugin.findtext("qgis_maximum_version") == meta["qgisMaximumVersion"]
    assert plugin.findtext("description") == meta["description"]
    assert plugin.findtext("about") == meta["about"]
    assert plugin.findtext("experimental") == ("True" if meta["experimental"].lower() == "true" else "False")
    assert plugin.findtext("deprecated") == "False"
    for key in ("tracker", "repository", "homepage"):
        assert plugin.findtext(key) == meta[key]
    icon = urlparse(plugin.findtext("icon"))
    assert Path(unquote(icon.path)).read_bytes() == (REPO / meta["icon"]).read_bytes()


def test_plugins_xml_for_a_web_server(built, monkeypatch):
    monkeypatch.setenv("FIEFS_REPOSITORY_URL", "https://gis.example.org/qgis/fiefs")
    plugin = _plugin_element(packager.write_repository(built))
    assert plugin.findtext("download_url") == f"https://gis.example.org/qgis/fiefs/{built.name}"
    assert plugin.findtext("icon") == "https://gis.example.org/qgis/fiefs/fiefs_plugin.svg"
    plugin = _plugin_element(packager.write_repository(built, "https://other.example.org/x/"))
    assert plugin.findtext("download_url") == f"https://other.example.org/x/{built.name}"


def test_repository_command(built, capsys):
    assert packager.main(["repository", str(built), "--base-url", "https://example.org/p"]) == 0
    assert "plugins.xml" in capsys.readouterr().out
    assert _plugin_element(built.parent / "plugins.xml").findtext("download_url").startswith("https://example.org/p/")


def test_text_with_markup_stays_text(tmp_path):
    metadata = _set(METADATA, "about", "Joins <b>results</b> & boundaries ]]> end")
    archive = _zip(tmp_path / ZIP_NAME, _members(metadata))
    plugin = _plugin_element(packager.write_repository(archive, "https://example.org"))
    assert plugin.findtext("about") == "Joins <b>results</b> & boundaries ]]> end"
