#!/usr/bin/env bash
# Idempotent set-up on Debian/Ubuntu: the system packages Fiefs runs and is tested with,
# then .venv (from /usr/bin/python3, --system-site-packages so it sees PyQGIS) holding the
# pinned test tools. A second run installs nothing and takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-qgis qgis-providers qgis           # QGIS 3.22 LTR, PyQGIS, qgis_process
  python3-pandas python3-numpy python3-scipy # what the plugin imports (QGIS installers ship them)
  python3-venv python3-pip
  xvfb xauth                                 # the real QGIS desktop in tests
  qttools5-dev-tools pyqt5-dev-tools         # lrelease, pylupdate5
  fonts-noto-core fonts-dejavu-core          # Arabic and Latin glyphs in maps and PDFs
  poppler-utils                              # pdftotext, pdftoppm: tests look at exported PDFs
  postgresql postgresql-15-postgis-3 python3-psycopg2  # the team election store (PostGIS)
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

VENV=.venv
STAMP="$VENV/.deps-stamp"
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if [ ! -f "$STAMP" ] || [ tests/requirements.txt -nt "$STAMP" ]; then
  # The test tools must not replace the numpy/pandas/scipy that QGIS's Python uses.
  /usr/bin/python3 - > "$VENV/system-constraints.txt" <<'PY'
import numpy, pandas, scipy
for module in (numpy, pandas, scipy):
    print(f"{module.__name__}=={module.__version__}")
PY
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    -c "$VENV/system-constraints.txt" -r tests/requirements.txt
  touch "$STAMP"
fi
echo "deps: ok ($("$VENV/bin/python" -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)'))"
