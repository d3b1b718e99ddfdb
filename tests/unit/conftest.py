"""Unit tests: pure Python, no QGIS (run with ``-p no:qgis``), package from the source tree."""

import sys

from tests.conftest import REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
