"""Tests against the real QGIS executables: ``qgis_process.bin`` and the desktop
``qgis.bin`` under Xvfb, each with a throw-away profile holding the staged plugin.

These tests start processes; they never import QGIS themselves (run with -p no:qgis).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
QGIS_DESKTOP = "/usr/bin/qgis.bin"


def load_packager():
    spec = importlib.util.spec_from_file_location("fiefs_packager", REPO / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


packager = load_packager()


@pytest.fixture(scope="session")
def staged_plugin() -> Path:
    return packager.stage()


def make_profile(root: Path, plugin_dir: Path, locale: str | None = None, extra_ini: str = "") -> Path:
    """A QGIS profiles root with profile ``default`` holding and enabling the plugin.

    Returns ``root``: pass it as ``--profiles-path`` to qgis.bin, or as
    QGIS_CUSTOM_CONFIG_PATH to qgis_process.bin.
    """
    profile = root / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    target = plugins / "fiefs_plugin"
    if target.resolve() != plugin_dir.resolve():
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(plugin_dir, target)
    ini = ["[PythonPlugins]", "fiefs_plugin=true", ""]
    if locale:
        ini += ["[locale]", f"userLocale={locale}", "overrideFlag=true", ""]
    # no welcome page news fetch, no crash-report prompts in a test run
    ini += ["[core]", "NewsFeed\\httpsfeedqgisorg\\disabled=true", ""]
    ini += [extra_ini]
    config = profile / "QGIS"
    config.mkdir(parents=True, exist_ok=True)
    (config / "QGIS3.ini").write_text("\n".join(ini), encoding="utf-8")
    return root


def qgis_env(root: Path | None = None, **extra) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    if root is not None:
        env["QGIS_CUSTOM_CONFIG_PATH"] = str(root)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run_qgis_process(args: list[str], root: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [QGIS_PROCESS, *args], env=qgis_env(root), capture_output=True, text=True, timeout=timeout
    )


class Xvfb:
    """An Xvfb server on a free display number, stopped at the end of the session."""

    def __init__(self, width: int = 1600, height: int = 1000):
        self.proc = None
        for display in range(90, 140):
            if Path(f"/tmp/.X11-unix/X{display}").exists() or Path(f"/tmp/.X{display}-lock").exists():
                continue
            proc = subprocess.Popen(
                ["Xvfb", f":{display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(50):
                if Path(f"/tmp/.X11-unix/X{display}").exists():
                    break
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
            if proc.poll() is None:
                self.proc, self.display = proc, f":{display}"
                return
        raise RuntimeError("could not start Xvfb")

    def stop(self):
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture(scope="session")
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (make deps installs xvfb)")
    server = Xvfb()
    yield server
    server.stop()


def run_desktop(root: Path, script: Path, display: str, result: Path, timeout: int = 240) -> dict:
    """Start the QGIS desktop on ``display`` with the profile ``root``, run ``script``
    once QGIS has started, and return the JSON the script wrote to ``result``."""
    env = qgis_env(None, DISPLAY=display, FIEFS_RESULT=result)
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual screen
    log = result.with_suffix(".log")
    with log.open("w") as out:
        proc = subprocess.run(
            [QGIS_DESKTOP, "--noversioncheck", "--nologo", "--profiles-path", str(root), "--code", str(script)],
            env=env, stdout=out, stderr=subprocess.STDOUT, timeout=timeout,
        )
    if not result.exists():
        pytest.fail(f"QGIS desktop exited with {proc.returncode} without a result; log:\n{log.read_text()[-4000:]}")
    return json.loads(result.read_text(encoding="utf-8"))
