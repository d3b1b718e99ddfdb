"""Run fiefs:stylemap then fiefs:exportlayout in a plain Python QGIS application (the
Python API way), with the staged plugin, to compare with what qgis_process writes.

    python3 maps_inprocess.py STAGED_PLUGIN_DIR PARAMS.json

PARAMS.json: [["fiefs:stylemap", {...}], ["fiefs:exportlayout", {...}]]; prints the
results as JSON on the last line of stdout.
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication  # noqa: E402

staged = Path(sys.argv[1])
steps = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
sys.path.insert(0, str(staged.parent))
sys.path.append("/usr/share/qgis/python/plugins")

app = QgsApplication([], False)
app.initQgis()
try:
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from fiefs_plugin.processing.provider import FiefsProvider

    # keep a reference: without it Python frees the provider's methods and its id() turns
    # empty, so "fiefs:..." ids are no longer found
    provider = FiefsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    results = []
    for algorithm, parameters in steps:
        result = processing.run(algorithm, parameters)
        results.append({k: v if isinstance(v, (str, int, float)) else str(v) for k, v in result.items()})
    print(json.dumps(results))
finally:
    app.exitQgis()
