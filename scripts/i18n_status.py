#!/usr/bin/env python3
"""Translation status of i18n/*.ts, and a way to fill translations without Qt Linguist.

    python3 scripts/i18n_status.py                 unfinished messages per language (exit 1 if any)
    python3 scripts/i18n_status.py --fill fr F.json   set translations from
        {"Context": {"English source": "traduction", ...}, ...}

Run `make i18n` first so the .ts files hold every string of the sources.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "i18n"


def _messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    out = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                or not (translation.text or "").strip():
            out.append((context, message.findtext("source")))
    return out


def fill(ts: Path, translations: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts)
    count = 0
    for context, message in _messages(tree):
        text = translations.get(context, {}).get(message.findtext("source"))
        if text is None:
            continue
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return count


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "JSON"))
    args = parser.parse_args(argv)
    if args.fill:
        lang, source = args.fill
        translations = json.loads(Path(source).read_text(encoding="utf-8"))
        n = fill(I18N / f"fiefs_{lang}.ts", translations)
        print(f"fiefs_{lang}.ts: {n} translations set")
        return 0
    missing_total = 0
    for ts in sorted(I18N.glob("fiefs_*.ts")):
        missing = unfinished(ts)
        missing_total += len(missing)
        print(f"{ts.name}: {len(missing)} unfinished")
        for context, source in missing:
            print(f"  [{context}] {source}")
    return 1 if missing_total else 0


if __name__ == "__main__":
    sys.exit(main())
