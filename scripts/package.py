#!/usr/bin/env python3
"""Stage, zip, check and deploy the plugin.

    python3 scripts/package.py stage   [--build DIR]     build/fiefs_plugin/ (what the zip holds)
    python3 scripts/package.py zip     [--build DIR]     dist/fiefs_plugin-<version>.zip, checked, + dist/plugins.xml
    python3 scripts/package.py check   ZIP               the checks the zip must pass
    python3 scripts/package.py repository ZIP [--base-url URL]   (re)write plugins.xml beside ZIP
    python3 scripts/package.py deploy  [--profile DIR]   copy the staged plugin into a QGIS profile

The staged folder is package + metadata.txt + LICENSE + resources/ + compiled i18n/*.qm.
Tests load the plugin from it, so a packaging mistake fails the tests.

``check_zip`` applies the checks of the QGIS plugin repository's upload validator
(github.com/qgis/QGIS-Django, qgis-app/plugins/validator.py, read at commit f2b9bd9 of
2025-02-11; each rule is named in ``check_zip``) plus Fiefs' own rules (no compiled or
native files, no tests, no OS litter, the zip named after the version). The validator's
last check, that the tracker/repository/homepage URLs answer over the network, is not
repeated here (no network in CI).

``plugins.xml`` makes dist/ a custom plugin repository: put the zip and plugins.xml in a
folder or on a web server and add its plugins.xml URL in QGIS (Plugins > Manage and
Install Plugins > Settings > Add). The download URL is FIEFS_REPOSITORY_URL (or
--base-url) + the zip name; by default the dist/ folder's file:// URL.
No QGIS import here: this runs with any Python 3.
"""

from __future__ import annotations

import argparse
import configparser
import datetime as _dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import zipfile
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "fiefs_plugin"
DEFAULT_BUILD = ROOT / "build"
DIST = ROOT / "dist"

# Never shipped: caches, compiled or native code, editor and OS litter, tests.
EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "tests", "__MACOSX", ".git"}
FORBIDDEN_SUFFIXES = {".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".o", ".a", ".bin", ".class"}
IGNORED_NAMES = {".DS_Store", "Thumbs.db"}

# QGIS loads no plugin without these (qgis.utils); the plugin repository also wants
# tracker and repository (validator.py PLUGIN_REQUIRED_METADATA).
REQUIRED_METADATA = (
    "name", "qgisMinimumVersion", "description", "about", "version",
    "author", "email", "tracker", "repository",
)
BOOLEAN_METADATA = ("experimental", "deprecated", "server")  # validator.py PLUGIN_BOOLEAN_METADATA
URL_METADATA = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
MAX_UPLOAD_SIZE = 25_000_000  # validator.py PLUGIN_MAX_UPLOAD_SIZE (25 MB)
MAX_VERSION_LENGTH = 32  # models.py PluginVersion.version max_length
VERSION_RE = re.compile(r"^\d+(\.\d+){1,3}$")  # dotted numbers, e.g. 0.1.0 (what QGIS's version compare sorts)
QGIS_VERSION_RE = re.compile(r"^\d+\.\d+(\.\d+)?$")
EMAIL_RE = re.compile(r"^[^@\s/]+@[^@\s]+\.[^@\s]+$")
# Magic numbers of compiled code: ELF, PE (MZ), Mach-O (32/64, both byte orders, fat), Java class.
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


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


def _url_problem(key: str, value: str | None) -> str | None:
    """validator.py _check_url_link: a scheme and a host, not the template placeholder."""
    if not value:
        return None if key == "homepage" else f"metadata.txt lacks {key}"
    parsed = urllib.parse.urlparse(value)
    if value == URL_METADATA[key] or not (parsed.scheme and parsed.netloc):
        return f"metadata.txt: {key} must be a full URL (scheme and host), got {value!r}"
    return None


def check_metadata(text: str) -> list[str]:
    """Problems of a metadata.txt as the plugin repository and QGIS read it."""
    problems: list[str] = []
    # The validator reads it with a plain ConfigParser: interpolation on, so a lone '%' fails.
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(text)
        general = dict(parser.items("general")) if parser.has_section("general") else None
    except (configparser.Error, ValueError) as error:
        return [f"metadata.txt cannot be parsed as the plugin repository parses it: {error}"]
    if general is None:
        return ["metadata.txt has no [general] section"]
    for key in REQUIRED_METADATA:
        if not general.get(key, "").strip():
            problems.append(f"metadata.txt lacks {key}")
    version = general.get("version", "").strip()
    if version and (not VERSION_RE.match(version) or len(version) > MAX_VERSION_LENGTH):
        problems.append(f"metadata.txt: version {version!r} is not dotted numbers such as 0.1.0 (at most "
                        f"{MAX_VERSION_LENGTH} characters)")
    for key in ("qgisMinimumVersion", "qgisMaximumVersion"):
        value = general.get(key, "").strip()
        if value and not QGIS_VERSION_RE.match(value):
            problems.append(f"metadata.txt: {key} {value!r} is not a QGIS version such as 3.22")
    minimum = general.get("qgisMinimumVersion", "").strip()
    if QGIS_VERSION_RE.match(minimum) and tuple(int(p) for p in minimum.split(".")) < (1, 8):
        problems.append("metadata.txt: qgisMinimumVersion below 1.8 needs the metadata in __init__.py too")
    author = general.get("author", "")
    if "/" in author:
        problems.append("metadata.txt: the author name cannot contain slashes")
    email = general.get("email", "").strip()
    if email and not EMAIL_RE.match(email):
        problems.append(f"metadata.txt: email {email!r} is not an e-mail address")
    for key in BOOLEAN_METADATA:
        value = general.get(key)
        if value is not None and value.strip().lower() not in ("true", "false", "1", "0"):
            problems.append(f"metadata.txt: {key} must be True or False, got {value!r}")
    for key in URL_METADATA:
        problem = _url_problem(key, general.get(key, "").strip() or None)
        if problem and not problem.endswith("lacks " + key):  # already reported above
            problems.append(problem)
    return problems


def check_zip(zip_path: Path) -> list[str]:
    """Problems that would make QGIS or the plugin repository refuse the zip (empty if none).

    The plugin repository's rules (validator.py), in its order: size, an archive that
    opens, no path information (``..``, leading ``/``), no ``.pyc``, no ``__MACOSX``,
    ``.git`` or ``__pycache__`` folder anywhere, a CRC-clean archive, one top folder whose
    name is a PEP 8 package name, ``__init__.py`` and ``metadata.txt`` in it, the metadata
    (``check_metadata``), and a ``LICENSE`` file. Fiefs adds: no compiled or native files
    (by suffix and by magic number), no tests, no OS litter, the icon present, the zip
    named ``fiefs_plugin-<version>.zip``.
    """
    problems: list[str] = []
    if zip_path.stat().st_size > MAX_UPLOAD_SIZE:
        problems.append(f"the zip is {zip_path.stat().st_size / 1e6:.1f} MB: the plugin repository takes at most "
                        f"{MAX_UPLOAD_SIZE / 1e6:.0f} MB")
    try:
        archive = zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile:
        return problems + ["the file is not a zip archive (could not unzip it)"]
    with archive:
        names = archive.namelist()
        for name in names:
            parts = PurePosixPath(name).parts
            if ".." in name or name.startswith("/") or name.startswith(os.sep):
                problems.append(f"path information in the zip (not allowed): {name}")
            if ".pyc" in name:
                problems.append(f"compiled or binary file (.pyc): {name}")
            if any(p in EXCLUDED_DIRS for p in parts):
                problems.append(f"not allowed in a plugin zip: {name}")
            elif PurePosixPath(name).suffix in FORBIDDEN_SUFFIXES:
                problems.append(f"compiled or binary file: {name}")
            elif not name.endswith("/") and _head(archive, name).startswith(BINARY_MAGIC):
                problems.append(f"compiled or binary file (executable code): {name}")
            if parts and parts[-1] in IGNORED_NAMES:
                problems.append(f"OS litter: {name}")
        try:
            bad = archive.testzip()
        except Exception as error:  # noqa: BLE001 (zlib.error on damaged data: still a corrupt zip)
            bad = f"unreadable data ({error})"
        if bad:
            problems.append(f"corrupt member (CRC error): {bad}")
        tops = {n.split("/", 1)[0] for n in names}
        if tops != {PACKAGE}:
            problems.append(f"the zip must hold one top folder named {PACKAGE!r}, found {sorted(tops)}")
        if not names or "/" not in names[0]:
            problems.append("the first entry of the zip is not inside a folder")
        elif not re.match(r"^[a-z_][a-z0-9_]*$", names[0].split("/", 1)[0]) or \
                not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", names[0].split("/", 1)[0]):
            problems.append(f"top folder {names[0].split('/', 1)[0]!r} is not a PEP 8 package name "
                            "(lowercase letters, digits, underscores; starting with a letter)")
        for required in ("metadata.txt", "LICENSE", "__init__.py"):
            if f"{PACKAGE}/{required}" not in names:
                problems.append(f"missing {PACKAGE}/{required}")
        if f"{PACKAGE}/metadata.txt" in names:
            try:
                text = archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8")
            except UnicodeDecodeError as error:
                problems.append(f"metadata.txt is not UTF-8: {error}")
                text = ""
            if text:
                problems.extend(check_metadata(text))
                general = _metadata_section(text)
                expected = f"{PACKAGE}-{general.get('version', '')}.zip"
                if zip_path.name != expected:
                    problems.append(f"zip named {zip_path.name}, expected {expected}")
                icon = general.get("icon")
                if icon and f"{PACKAGE}/{icon.removeprefix('./')}" not in names:
                    problems.append(f"icon {icon} named in metadata.txt is not in the zip")
    return problems


def _head(archive: zipfile.ZipFile, name: str) -> bytes:
    """The first bytes of a member (empty when it cannot be read: testzip reports it)."""
    try:
        with archive.open(name) as member:
            return member.read(4)
    except Exception:  # noqa: BLE001 (zlib.error, BadZipFile, CRC...: a corrupt member)
        return b""


def _metadata_section(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["general"]) if parser.has_section("general") else {}


# --- a custom plugin repository ------------------------------------------------------------

def repository_file_name(version: str) -> str:
    """The <file_name> of plugins.xml. QGIS takes the plugin's id from it, up to the first
    dot (pyplugin_installer: ``fileName.partition(".")[0]``), so it must be
    ``fiefs_plugin.<version>.zip`` as the official repository writes it, never the
    ``fiefs_plugin-0.1.0.zip`` of dist/ (that would give the id ``fiefs_plugin-0``)."""
    return f"{PACKAGE}.{version}.zip"


def plugins_xml(zip_path: Path, base_url: str, updated: _dt.datetime | None = None) -> str:
    """plugins.xml for a repository holding ``zip_path`` at ``base_url`` (the elements
    of the official repository's template, qgis-app/plugins/templates/plugins/plugins.xml)."""
    with zipfile.ZipFile(zip_path) as archive:
        meta = _metadata_section(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
    base = base_url if base_url.endswith("/") else base_url + "/"
    when = (updated or _dt.datetime.now(_dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def cdata(value: str) -> str:
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"

    def flag(key: str) -> str:
        return "True" if meta.get(key, "False").strip().lower() in ("true", "1") else "False"

    version = meta["version"]
    fields = [
        ("description", cdata(meta.get("description", ""))),
        ("about", cdata(meta.get("about", ""))),
        ("version", escape(version)),
        ("trusted", "False"),
        ("qgis_minimum_version", escape(meta.get("qgisMinimumVersion", ""))),
        ("qgis_maximum_version", escape(meta.get("qgisMaximumVersion", ""))),
        ("homepage", cdata(meta.get("homepage", ""))),
        ("file_name", escape(repository_file_name(version))),
        ("icon", escape(base + ICON_NAME) if meta.get("icon") else ""),
        ("author_name", cdata(meta.get("author", ""))),
        ("download_url", escape(base + zip_path.name)),
        ("uploaded_by", cdata(meta.get("author", ""))),
        ("create_date", when),
        ("update_date", when),
        ("experimental", flag("experimental")),
        ("deprecated", flag("deprecated")),
        ("tracker", cdata(meta.get("tracker", ""))),
        ("repository", cdata(meta.get("repository", ""))),
        ("tags", cdata(meta.get("tags", ""))),
        ("downloads", "0"),
        ("average_vote", "0"),
        ("rating_votes", "0"),
        ("external_dependencies", ""),
        ("server", flag("server")),
        ("category", escape(meta.get("category", ""))),
        ("changelog", cdata(meta.get("changelog", "").strip())),
    ]
    lines = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        f"<!-- Fiefs plugin repository: {escape(zip_path.name)}. QGIS reads the plugin id from file_name up to "
        "its first dot. -->",
        "<plugins>",
        f'    <pyqgis_plugin name="{escape(meta.get("name", PACKAGE), {chr(34): "&quot;"})}" '
        f'version="{escape(version)}">',  # no plugin_id: that is the official repository's id (votes)
    ]
    lines += [f"        <{tag}>{value}</{tag}>" for tag, value in fields]
    lines += ["    </pyqgis_plugin>", "</plugins>", ""]
    return "\n".join(lines)


ICON_NAME = f"{PACKAGE}.svg"


def default_base_url(dist: Path) -> str:
    return os.environ.get("FIEFS_REPOSITORY_URL") or dist.resolve().as_uri()


def write_repository(zip_path: Path, base_url: str | None = None) -> Path:
    """Write plugins.xml (and the plugin icon it points to) beside ``zip_path``."""
    dist = zip_path.parent
    base = base_url or default_base_url(dist)
    with zipfile.ZipFile(zip_path) as archive:
        meta = _metadata_section(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
        icon = meta.get("icon")
        if icon:
            (dist / ICON_NAME).write_bytes(archive.read(f"{PACKAGE}/{icon.removeprefix('./')}"))
    target = dist / "plugins.xml"
    partial = target.with_suffix(".xml.part")
    partial.write_text(plugins_xml(zip_path, base), encoding="utf-8")
    partial.replace(target)
    return target


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
    parser.add_argument("command", choices=("stage", "zip", "check", "repository", "deploy", "version"))
    parser.add_argument("zip", nargs="?", help="zip to check (check) or to publish (repository)")
    parser.add_argument("--base-url", default=None,
                        help="URL of the folder that will hold the zip and plugins.xml "
                             "(default: FIEFS_REPOSITORY_URL, else dist/ as a file:// URL)")
    parser.add_argument("--build", type=Path, default=None)
    parser.add_argument("--profile", type=Path, default=None, help="QGIS profile folder (deploy)")
    args = parser.parse_args(argv)

    if args.command == "version":
        print(version())
        return 0
    if args.command in ("check", "repository") and not args.zip:
        parser.error(f"{args.command} needs the path of a zip")
    if args.command == "repository":
        print(f"wrote {write_repository(Path(args.zip), args.base_url)}")
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
        print(f"wrote {write_repository(target, args.base_url)}")
    elif args.command == "deploy":
        target = deploy(staged, args.profile or default_profile())
        print(f"installed {target}")
        print("Enable 'Fiefs' in QGIS: Plugins > Manage and Install Plugins > Installed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
