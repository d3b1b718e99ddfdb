#!/usr/bin/env python3
"""Regenerate the analysis test extracts from ../shared/data/real (developer tool, not shipped).

    .venv/bin/python tests/data/analysis/make_fixtures.py [--real DIR]

Writes, next to this file:
- fr2024_corse.csv.gz: European elections 2024 results of the 360 communes of Corsica (2A, 2B),
  every column of ../france-europeennes-2024/fr_europeennes_2024_communes.csv unchanged;
- fr2024_corse_communes.geojson.gz: their polygons (code, nom) from ../france-communes-2018, unchanged
  coordinates;
- fr2024_national.csv: per list, the national total of votes over all 34,945 result rows, and the
  national valid votes (row "exprimes"), so that a test on the extract can use national shares;
- ma_legislative_totals.csv: per year and party abbreviation, the local-list votes and seats summed
  over ../morocco-legislative/ma_legislative_votes_long.csv (the reference totals of the Moroccan
  acceptance test);
- ma_crosswalk_2014_2024.csv: ../morocco-hcp-attributes/crosswalk_2014_2024.csv, columns code_2014,
  code_2024, name_2014, name_2024 (the 207 communes renumbered between the censuses).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DEFAULT_REAL = HERE.parents[2].parent / "shared" / "data" / "real"


def gzip_text(path: Path):
    """A text stream into a gzip file with a fixed header (mtime 0), so reruns give the same bytes."""
    raw = open(path, "wb")  # noqa: SIM115 (closed with the wrapper)
    return io.TextIOWrapper(gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9),
                            encoding="utf-8", newline="")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL)
    args = parser.parse_args()
    real = args.real

    results = pd.read_csv(real / "france-europeennes-2024" / "fr_europeennes_2024_communes.csv",
                          dtype={"code_insee": str, "dep": str, "reg": str})
    lists = [c for c in results.columns if c.startswith("L")]
    corse = results[results["dep"].isin(["2A", "2B"])]
    with gzip_text(HERE / "fr2024_corse.csv.gz") as out:
        corse.to_csv(out, index=False)
    national = pd.DataFrame({"column": lists + ["exprimes"],
                             "votes": [int(results[c].sum()) for c in lists] + [int(results["exprimes"].sum())]})
    national.to_csv(HERE / "fr2024_national.csv", index=False)

    communes = json.loads((real / "france-communes-2018" / "fr_communes_2018_simplified50.geojson").read_text())
    keep = [f for f in communes["features"] if f["properties"]["code"][:2] in ("2A", "2B")]
    collection = {"type": "FeatureCollection", "name": "fr_communes_corse", "features": keep}
    with gzip_text(HERE / "fr2024_corse_communes.geojson.gz") as out:
        json.dump(collection, out, separators=(",", ":"))

    votes = pd.read_csv(real / "morocco-legislative" / "ma_legislative_votes_long.csv")
    local = votes[votes["constituency_type"] == "local"].copy()
    local["party"] = local["party_abbreviation"].fillna(local["party_code_helper"])
    totals = local.groupby(["year", "party"], sort=True)[["votes", "seats"]].sum().reset_index()
    totals.to_csv(HERE / "ma_legislative_totals.csv", index=False)
    crosswalk = pd.read_csv(real / "morocco-hcp-attributes" / "crosswalk_2014_2024.csv", dtype=str)
    crosswalk[["code_2014", "code_2024", "name_2014", "name_2024"]].to_csv(
        HERE / "ma_crosswalk_2014_2024.csv", index=False)
    print(f"{len(corse)} Corsican result rows, {len(keep)} polygons, {len(lists)} lists, "
          f"{len(totals)} Moroccan year x party totals")


if __name__ == "__main__":
    main()
