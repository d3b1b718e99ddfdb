#!/usr/bin/env python3
"""`make demo`: the whole Fiefs pipeline, headless, on the Moroccan sample in resources/sample.

    .venv/bin/python scripts/demo.py [--party MP] [--out out]

Starts QGIS without a display (QT_QPA_PLATFORM=offscreen), initialises Processing,
registers the Fiefs provider from this checkout and runs fiefs_plugin.demo.run_demo:
election store, joined layers, indicators, hot spots, strongholds across 2016/2021/2026,
swing, styled maps, a multi-page A4 PDF report, PNGs and a QGIS project in out/.
Prints each step, a short summary and the paths written. Exit status 1 with a message
when something is wrong (unknown party, missing sample file, a failed step).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"  # Processing's Python side (Debian)


def start_qgis():
    """A QgsApplication without GUI, with Processing initialised."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if Path(QGIS_PYTHON_PLUGINS).is_dir() and QGIS_PYTHON_PLUGINS not in sys.path:
        sys.path.append(QGIS_PYTHON_PLUGINS)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--party", default=os.environ.get("PARTY") or "MP",
                        help="party code of the results tables (default MP, Mouvement Populaire)")
    parser.add_argument("--out", type=Path, default=ROOT / "out", help="output folder (default out/)")
    parser.add_argument("--dpi", type=int, default=150, help="resolution of the PDF report")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    app = start_qgis()
    from qgis.core import QgsApplication

    from fiefs_plugin.demo import DemoError, run_demo
    from fiefs_plugin.processing.provider import FiefsProvider

    # Keep the reference: a temporary provider is freed by Python (QGIS 3.22).
    provider = FiefsProvider()
    if not QgsApplication.processingRegistry().addProvider(provider):
        print("demo: could not register the Fiefs Processing provider", file=sys.stderr)
        return 1
    set_up = time.perf_counter() - started
    status = 0
    try:
        result = run_demo(args.out, party=args.party, dpi=args.dpi)
    except DemoError as error:
        print(f"demo: {error}", file=sys.stderr)
        status = 1
    else:
        print()
        print("\n".join(result.summary_lines()))
        print(f"Pipeline {result.seconds:.1f} s (QGIS start-up {set_up:.1f} s).")
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    return status


if __name__ == "__main__":
    sys.exit(main())
