#!/usr/bin/env python3
"""Qt 6 / QGIS 4 readiness check for the plugin sources.

Fails on:
- a direct import of PyQt5 or PyQt6 (import Qt through ``qgis.PyQt`` only);
- an unscoped enum member, e.g. ``Qt.AlignLeft`` or ``QgsWkbTypes.Polygon`` instead of
  ``Qt.AlignmentFlag.AlignLeft`` or ``QgsWkbTypes.Type.Polygon``: PyQt6 and QGIS 4 only
  accept the scoped form. Members are resolved against the installed PyQGIS, so the
  check knows which attributes are enum members and which are classes or constants.
- QtWebKit, which Qt 6 no longer has.

Usage: python3 scripts/check_qt6.py [paths...]   (default: fiefs_plugin)
"""

from __future__ import annotations

import ast
import enum
import importlib
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _is_unscoped_member(owner, attr: str) -> bool:
    try:
        value = getattr(owner, attr)
    except AttributeError:
        return False
    kind = type(value)
    if isinstance(value, type) or kind in (int, bool, float, str):
        return False
    if isinstance(value, enum.Enum):
        # Python enums (PyQt6, newer sip) are scoped by construction unless reached
        # directly on the owner class, which is what this attribute access is.
        return getattr(owner, kind.__name__, None) is kind and attr != kind.__name__
    # sip enums are int subclasses whose type is the enum (Qt.AlignmentFlag, ...).
    return isinstance(value, int) and kind.__name__ != attr


def _qt_names(tree: ast.AST) -> dict[str, object]:
    """Names imported from qgis.* in a module, resolved to their objects."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "qgis":
            try:
                module = importlib.import_module(node.module)
            except Exception:
                continue
            for alias in node.names:
                obj = getattr(module, alias.name, None)
                if obj is not None:
                    names[alias.asname or alias.name] = obj
    return names


def check_file(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                    problems.append(f"{path}:{node.lineno}: import {alias.name}: use qgis.PyQt")
        elif isinstance(node, ast.ImportFrom) and node.module:
            root = node.module.split(".")[0]
            if root in ("PyQt5", "PyQt6"):
                problems.append(f"{path}:{node.lineno}: from {node.module}: use qgis.PyQt")
            if "QtWebKit" in node.module:
                problems.append(f"{path}:{node.lineno}: QtWebKit is gone in Qt 6")
    names = _qt_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = names.get(node.value.id)
            if owner is not None and isinstance(owner, type) and _is_unscoped_member(owner, node.attr):
                scope = type(getattr(owner, node.attr)).__name__
                problems.append(
                    f"{path}:{node.lineno}: unscoped enum {node.value.id}.{node.attr}: "
                    f"write {node.value.id}.{scope}.{node.attr}"
                )
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in (argv or ["fiefs_plugin"])]
    files = [f for p in paths for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p])]
    problems = [problem for f in files for problem in check_file(f)]
    for problem in problems:
        print(problem)
    print(f"Qt6 readiness: {len(files)} files, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
