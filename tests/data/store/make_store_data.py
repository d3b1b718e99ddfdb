#!/usr/bin/env python3
"""Regenerate the election-store test extracts in tests/data/store/ from ../shared/data/real.

    python3 tests/data/store/make_store_data.py [REAL_DATA_DIR]

Standard library only. Writes:
- fr90_europeennes2024.csv.gz: the 101 communes of the Territoire de Belfort (département 90)
  from france-europeennes-2024/fr_europeennes_2024_communes.csv, all columns, unchanged;
- fr90_communes2018.geojson: the 102 commune polygons of département 90 from
  france-communes-2018/fr_communes_2018_simplified50.geojson (fields code, nom), coordinates
  unchanged (already 1e-5 degree precision);
- fr_lists2024.csv: france-europeennes-2024/lists.csv unchanged (list column -> list name).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "real"
DEPARTMENT = "90"


def main() -> None:
    results = REAL / "france-europeennes-2024" / "fr_europeennes_2024_communes.csv"
    with results.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        dep = header.index("dep")
        rows = [row for row in reader if row[dep] == DEPARTMENT]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    # mtime=0: the same input gives the same bytes
    with gzip.GzipFile(HERE / "fr90_europeennes2024.csv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode("utf-8"))

    communes = json.loads((REAL / "france-communes-2018" / "fr_communes_2018_simplified50.geojson").read_text("utf-8"))
    features = [f for f in communes["features"] if str(f["properties"]["code"]).startswith(DEPARTMENT)]
    collection = {"type": "FeatureCollection", "name": "fr90_communes2018", "features": features}
    (HERE / "fr90_communes2018.geojson").write_text(json.dumps(collection, ensure_ascii=False), "utf-8")

    shutil.copyfile(REAL / "france-europeennes-2024" / "lists.csv", HERE / "fr_lists2024.csv")
    print(f"{len(rows)} result rows, {len(features)} communes")


if __name__ == "__main__":
    main()
