"""The packaging checks catch what QGIS or the plugin repository would refuse."""

from __future__ import annotations

import importlib.util
import zipfile

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("fiefs_packager", REPO / "scripts" / "package.py")
packager = importlib.util.module_from_spec(spec)
spec.loader.exec_module(packager)

GOOD_METADATA = (REPO / "metadata.txt").read_text(encoding="utf-8")
VERSION = packager.version()


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _good_members():
    return {
        "fiefs_plugin/__init__.py": "def classFactory(iface): ...\n",
        "fiefs_plugin/metadata.txt": GOOD_METADATA,
        "fiefs_plugin/LICENSE": "GPL",
        "fiefs_plugin/resources/icons/fiefs.svg": "<svg/>",
    }


def test_good_zip_passes(tmp_path):
    assert packager.check_zip(_zip(tmp_path / f"fiefs_plugin-{VERSION}.zip", _good_members())) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda m: m.update({"fiefs_plugin/__pycache__/plugin.cpython-311.pyc": "x"}), "__pycache__"),
        (lambda m: m.update({"fiefs_plugin/core/fast.so": "x"}), "compiled or binary"),
        (lambda m: m.update({"__MACOSX/fiefs_plugin/._x": "x"}), "one top folder"),
        (lambda m: m.update({"fiefs_plugin/tests/test_x.py": "x"}), "tests"),
        (lambda m: m.pop("fiefs_plugin/LICENSE"), "missing fiefs_plugin/LICENSE"),
        (lambda m: m.pop("fiefs_plugin/metadata.txt"), "missing fiefs_plugin/metadata.txt"),
        (lambda m: m.update({"fiefs_plugin/metadata.txt": GOOD_METADATA.replace("email=", "mail=")}), "lacks email"),
        (lambda m: m.update({"fiefs_plugin/.DS_Store": "x"}), "OS litter"),
    ],
)
def test_bad_zip_is_refused(tmp_path, change, expected):
    members = _good_members()
    change(members)
    problems = packager.check_zip(_zip(tmp_path / f"fiefs_plugin-{VERSION}.zip", members))
    assert any(expected in p for p in problems), problems


def test_zip_name_must_carry_version(tmp_path):
    problems = packager.check_zip(_zip(tmp_path / "fiefs_plugin.zip", _good_members()))
    assert any("expected fiefs_plugin-" in p for p in problems)


def test_stage_holds_what_the_zip_needs(tmp_path):
    staged = packager.stage(tmp_path / "build")
    assert (staged / "metadata.txt").read_text(encoding="utf-8") == GOOD_METADATA
    assert (staged / "LICENSE").exists() and (staged / "__init__.py").exists()
    assert (staged / "resources" / "icons" / "fiefs.svg").exists()
    assert sorted(p.name for p in (staged / "i18n").glob("*.qm")) == ["fiefs_ar.qm", "fiefs_fr.qm"]
    assert not list(staged.rglob("__pycache__"))
    archive = packager.make_zip(staged, tmp_path / "dist")
    assert archive.name == f"fiefs_plugin-{VERSION}.zip"
    assert packager.check_zip(archive) == []
