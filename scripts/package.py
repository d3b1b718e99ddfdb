#!/usr/bin/env python3
"""Stage, zip, check and deploy the plugin.

    python3 scripts/package.py stage   [--build DIR]     build/fiefs_plugin/ (what the zip holds)
    python3 scripts/package.py zip     [--build DIR]     dist/fiefs_plugin-<version>.zip, then check it
    python3 scripts/package.py check   ZIP               the checks the zip must pass
    python3 scripts/package.py deploy  [--profile DIR]   copy the staged plugin into a QGIS profile

The staged folder is package + metadata.txt + LICENSE + resources/ + compiled i18n/*.qm.
Tests load the plugin from it, so a packaging mistake fails the tests.
No QGIS import here: this runs with any Python 3.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "fiefs_plugin"
DEFAULT_BUILD = ROOT / "build"
DIST = ROOT / "dist"

# Never shipped: caches, compiled or native code, editor and OS litter, tests.
EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "tests", "__MACOSX", ".git"}
FORBIDDEN_SUFFIXES = {".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".o", ".a", ".bin", ".class"}
IGNORED_NAMES = {".DS_Store", "Thumbs.db"}

REQUIRED_METADATA = (
    "name", "qgisMinimumVersion", "description", "about", "version",
    "author", "email", "repository",
)


def metadata(path: Path = ROOT / "metadata.txt") -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep qgisMinimumVersion's case
    parser.read(path, encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]


def build_dir() -> Path:
    return Path(os.environ.get("FIEFS_BUILD_DIR", DEFAULT_BUILD))


def _ignore(_dir: str, names: list[str]) -> set[str]:
    return {
        n for n in names
        if n in EXCLUDED_DIRS or n in IGNORED_NAMES or Path(n).suffix in FORBIDDEN_SUFFIXES
    }


def compile_translations(target: Path) -> list[Path]:
    """Compile i18n/*.ts into target/*.qm with lrelease; return the .qm files."""
    target.mkdir(parents=True, exist_ok=True)
    produced = []
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        produced.append(qm)
    return produced


def stage(build: Path | None = None) -> Path:
    """Write <build>/fiefs_plugin atomically and return its path."""
    build = (build or build_dir()).resolve()
    build.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".stage-", dir=build))
    staged = tmp / PACKAGE
    shutil.copytree(ROOT / PACKAGE, staged, ignore=_ignore)
    shutil.copy2(ROOT / "metadata.txt", staged / "metadata.txt")
    shutil.copy2(ROOT / "LICENSE", staged / "LICENSE")
    if (ROOT / "resources").is_dir():
        shutil.copytree(ROOT / "resources", staged / "resources", ignore=_ignore)
    compile_translations(staged / "i18n")
    final = build / PACKAGE
    old = build / f".old-{os.getpid()}"
    if final.exists():
        final.rename(old)
    staged.rename(final)
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    return final


def make_zip(staged: Path, dist: Path | None = None) -> Path:
    dist = dist or DIST
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{PACKAGE}-{metadata(staged / 'metadata.txt')['version']}.zip"
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(staged.rglob("*")):
            if path.is_file():
                archive.write(path, PurePosixPath(PACKAGE, path.relative_to(staged).as_posix()))
    partial.replace(target)
    return target


def check_zip(zip_path: Path) -> list[str]:
    """Problems that would make QGIS or the plugin repository refuse the zip (empty if none)."""
    problems: list[str] = []
    with zipfile.ZipFile(zip_path) as archive:
        bad = archive.testzip()
        if bad:
            problems.append(f"corrupt member: {bad}")
        names = archive.namelist()
        tops = {n.split("/", 1)[0] for n in names}
        if tops != {PACKAGE}:
            problems.append(f"the zip must hold one top folder named {PACKAGE!r}, found {sorted(tops)}")
        for name in names:
            parts = PurePosixPath(name).parts
            if any(p in EXCLUDED_DIRS for p in parts):
                problems.append(f"not allowed in a plugin zip: {name}")
            if PurePosixPath(name).suffix in FORBIDDEN_SUFFIXES:
                problems.append(f"compiled or binary file: {name}")
            if parts and parts[-1] in IGNORED_NAMES:
                problems.append(f"OS litter: {name}")
        for required in ("metadata.txt", "LICENSE", "__init__.py"):
            if f"{PACKAGE}/{required}" not in names:
                problems.append(f"missing {PACKAGE}/{required}")
        if f"{PACKAGE}/metadata.txt" in names:
            parser = configparser.ConfigParser(interpolation=None)
            parser.optionxform = str
            parser.read_string(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
            general = dict(parser["general"]) if parser.has_section("general") else {}
            for key in REQUIRED_METADATA:
                if not general.get(key, "").strip():
                    problems.append(f"metadata.txt lacks {key}")
            expected = f"{PACKAGE}-{general.get('version', '')}.zip"
            if zip_path.name != expected:
                problems.append(f"zip named {zip_path.name}, expected {expected}")
            icon = general.get("icon")
            if icon and f"{PACKAGE}/{icon}" not in names:
                problems.append(f"icon {icon} named in metadata.txt is not in the zip")
    return problems


def default_profile() -> Path:
    return Path.home() / ".local/share/QGIS/QGIS3/profiles/default"


def deploy(staged: Path, profile: Path) -> Path:
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    target = plugins / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(staged, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("stage", "zip", "check", "deploy", "version"))
    parser.add_argument("zip", nargs="?", help="zip to check")
    parser.add_argument("--build", type=Path, default=None)
    parser.add_argument("--profile", type=Path, default=None, help="QGIS profile folder (deploy)")
    args = parser.parse_args(argv)

    if args.command == "version":
        print(version())
        return 0
    if args.command == "check":
        problems = check_zip(Path(args.zip))
        for p in problems:
            print(f"package check: {p}", file=sys.stderr)
        return 1 if problems else 0
    staged = stage(args.build)
    print(f"staged {staged}")
    if args.command == "zip":
        target = make_zip(staged)
        problems = check_zip(target)
        for p in problems:
            print(f"package check: {p}", file=sys.stderr)
        if problems:
            target.unlink()
            return 1
        print(f"wrote {target}")
    elif args.command == "deploy":
        target = deploy(staged, args.profile or default_profile())
        print(f"installed {target}")
        print("Enable 'Fiefs' in QGIS: Plugins > Manage and Install Plugins > Installed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
