"""Real-data acceptance, France: European elections 2024 per commune — location quotient and
stronghold classes for every list, hand-checked communes.

On the committed Corsican extract (360 communes, tests/data/analysis) always; on the 34.9k
communes of ../shared/data/real with the ``real_data`` fixture.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from tests.conftest import DATA

EXTRACT = DATA / "analysis"
NATIONAL_RN = 7730397 / 24430299  # L01_LRN over all 34,945 communes (fr2024_national.csv)


def result_frame(path) -> pd.DataFrame:
    """The joined fields (core.results.unit_table) of the French results file at ``path``."""
    from fiefs_plugin.core.results import ResultSet, unit_table

    wide = pd.read_csv(path, dtype={"code_insee": str, "dep": str, "reg": str})
    lists = [c for c in wide.columns if c.startswith("L") and c[1:3].isdigit()]
    long = wide.melt(id_vars=["code_insee"], value_vars=lists, var_name="party", value_name="votes")
    long = long.rename(columns={"code_insee": "unit_code"})
    totals = wide.rename(columns={"code_insee": "unit_code", "inscrits": "registered", "votants": "voters",
                                  "exprimes": "valid", "blancs": "blank", "nuls": "invalid"})
    totals = totals[["unit_code", "registered", "voters", "valid", "blank", "invalid"]]
    table = unit_table(ResultSet.build("fr-eu-2024", long, totals, {c: c for c in lists}))
    table.insert(1, "name", wide.set_index("code_insee").loc[table.index, "libelle"].to_numpy())
    return table


def read_polygons(path) -> dict:
    """INSEE code -> polygon of a communes GeoJSON (gzipped or not), read through OGR."""
    uri = f"/vsigzip/{path}" if str(path).endswith(".gz") else str(path)
    layer = QgsVectorLayer(uri, "communes", "ogr")
    assert layer.isValid(), path
    out = {str(f["code"]): f.geometry() for f in layer.getFeatures()}
    assert len(out) == layer.featureCount()
    return out


def joined_layer(table: pd.DataFrame, polygons: dict, name: str = "fr2024") -> QgsVectorLayer:
    """Communes with a polygon and a result, with the joined fields (as fiefs:joinresults writes them)."""
    from fiefs_plugin.gis.frames import column_values, fields_for_frame

    frame = table[table["fiefs_unit"].isin(polygons)].reset_index(drop=True)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes(fields_for_frame(frame).toList())
    layer.updateFields()
    columns = [column_values(frame[c]) for c in frame.columns]
    features = []
    for i, code in enumerate(frame["fiefs_unit"].tolist()):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry(polygons[code])
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([c[i] for c in columns])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def rows_of(layer, key="fiefs_unit") -> dict:
    return {str(f[key]): f for f in layer.getFeatures()}


@pytest.fixture(scope="module")
def corse(qgis_app):
    """Layers in a dict emptied at teardown (a layer destroyed after exitQgis crashes)."""
    table = result_frame(EXTRACT / "fr2024_corse.csv.gz")
    layers = {"table": table, "joined": joined_layer(table, read_polygons(EXTRACT / "fr2024_corse_communes.geojson.gz"))}
    yield layers
    layers.clear()


def test_corsica_indicators_hand_checked(corse, fiefs_provider, qgis_processing):
    import processing

    layer = corse["joined"]
    assert layer.featureCount() == 360
    out = processing.run("fiefs:indicators", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
    names = out.fields().names()
    lists = [n[2:] for n in names if n.startswith("v_")]
    assert len(lists) == 38 and all(f"lq_{p}" in names and f"dev_{p}" in names for p in lists)
    rows = rows_of(out)
    corsica_rn = 42939 / 105352  # sum of L01_LRN / sum of exprimés over the 360 communes
    furiani = rows["2B120"]  # 1,845 valid votes: RN 735, ENS 317
    assert furiani["s_L01_LRN"] == pytest.approx(735 / 1845)
    assert furiani["lq_L01_LRN"] == pytest.approx((735 / 1845) / corsica_rn)
    assert furiani["dev_L01_LRN"] == pytest.approx((735 / 1845 - corsica_rn) * 100)
    assert furiani["rank_L01_LRN"] == 1 and furiani["margin_L01_LRN"] == pytest.approx((735 - 317) / 1845 * 100)
    assert furiani["turnout"] == pytest.approx(1900 / 4448) and furiani["winner"] == "L01_LRN"
    bonifacio = rows["2A041"]  # ENS 721, RN 514 of 1,705
    assert bonifacio["winner"] == "L02_LENS" and bonifacio["rank_L01_LRN"] == 2
    assert bonifacio["margin_L01_LRN"] == pytest.approx((514 - 721) / 1705 * 100)
    for p in lists:  # the votes-weighted LQ averages to 1 for every list with votes
        total = sum(f[f"v_{p}"] for f in out.getFeatures())
        if total:
            assert sum(f[f"lq_{p}"] * f["valid"] for f in out.getFeatures()) / 105352 == pytest.approx(1.0)


def test_corsica_national_reference_lq(corse):
    """With the national shares as reference (core), LQ is the national location quotient."""
    from fiefs_plugin.core.indicators import party_indicators

    national = pd.read_csv(EXTRACT / "fr2024_national.csv").set_index("column")["votes"]
    overall = (national.drop("exprimes") / national["exprimes"]).to_dict()
    assert overall["L01_LRN"] == pytest.approx(NATIONAL_RN)
    ind = party_indicators(corse["table"], overall=overall)
    assert ind.loc["2B120", "lq_L01_LRN"] == pytest.approx((735 / 1845) / NATIONAL_RN)


def test_corsica_classes_for_every_list(corse, fiefs_provider, qgis_processing):
    import processing

    from fiefs_plugin.core import fields
    from fiefs_plugin.core.strongholds import class_summary, strongholds

    table = corse["table"]
    for party in fields.party_codes_in(table.columns):  # every list (core)
        out = strongholds(table, party)
        assert out[fields.FIEF_CLASS].notna().all()
        assert set(out[fields.FIEF_CLASS]) <= set(fields.SINGLE_ELECTION_CLASSES)
        summary = class_summary(out[fields.FIEF_CLASS], table, party, fields.SINGLE_ELECTION_CLASSES)
        assert summary.set_index(fields.FIEF_CLASS).loc["total", "votes"] == table[f"v_{party}"].sum()
    result = processing.run("fiefs:strongholds", {"INPUT": [corse["joined"]], "PARTY": "L01_LRN", "HOTSPOTS": 2,
                                                  "OUTPUT": "memory:", "SUMMARY": "memory:"})
    rows = rows_of(result["OUTPUT"])
    assert rows["2B120"]["fief_class"] == "stronghold" and rows["2B120"]["fief_rule"] == "safe"
    assert rows["2A041"]["fief_class"] == "other"  # second, 12.1 points behind, PVI -10.6
    summary = {f["fief_class"]: f for f in result["SUMMARY"].getFeatures()}
    assert summary["total"]["votes"] == 42939 and summary["total"]["units"] == 360


@pytest.mark.slow
def test_france_34900_communes_lq_and_classes(real_data, fiefs_provider, qgis_processing):
    import processing

    from fiefs_plugin.core import fields
    from fiefs_plugin.core.strongholds import strongholds
    from fiefs_plugin.gis.frames import source_frame

    table = result_frame(real_data / "france-europeennes-2024" / "fr_europeennes_2024_communes.csv")
    assert len(table) == 34945
    polygons = read_polygons(real_data / "france-communes-2018" / "fr_communes_2018_simplified50.geojson")
    holder = {"joined": joined_layer(table, polygons)}
    try:
        layer = holder["joined"]
        assert layer.featureCount() == 34924  # 21 result codes have no 2018 polygon
        out = processing.run("fiefs:indicators", {"INPUT": layer, "OUTPUT": "memory:"})["OUTPUT"]
        holder["out"] = out
        rows = rows_of(out)
        matched = table[table["fiefs_unit"].isin(polygons)]
        overall_rn = matched["v_L01_LRN"].sum() / matched["valid"].sum()
        abergement = rows["01001"]  # L'Abergement-Clémenciat: RN 158 of 369 valid votes
        assert abergement["s_L01_LRN"] == pytest.approx(158 / 369)
        assert abergement["lq_L01_LRN"] == pytest.approx((158 / 369) / overall_rn)
        # without Paris's 20 arrondissements (no 2018 polygon) RN's overall share is 32.4 %, not 31.6 %
        assert overall_rn == pytest.approx(0.3244, abs=1e-4) and overall_rn > NATIONAL_RN
        lille = rows["59350"]  # LFI 16,784, PS 11,341 of 64,729
        assert lille["winner"] == "L04_LFI" and lille["margin"] == pytest.approx((16784 - 11341) / 64729 * 100)
        written = source_frame(out)
        for p in fields.party_codes_in(table.columns):  # LQ and classes for every list
            assert written[f"v_{p}"].sum() == matched[f"v_{p}"].sum()
            weighted = (written[f"lq_{p}"] * written["valid"]).sum() / written["valid"].sum()
            assert weighted == pytest.approx(1.0) or matched[f"v_{p}"].sum() == 0
            classes = strongholds(matched, p)[fields.FIEF_CLASS]
            assert classes.notna().sum() == (matched["valid"] > 0).sum()
        result = processing.run("fiefs:strongholds", {"INPUT": [layer], "PARTY": "L01_LRN", "HOTSPOTS": 2,
                                                      "OUTPUT": "memory:"})
        holder["strong"] = result["OUTPUT"]
        classes = rows_of(result["OUTPUT"])
        assert classes["01001"]["fief_class"] == "stronghold"  # first by 28.5 points
        assert not math.isnan(classes["59350"]["lq_L01_LRN"])
    finally:
        holder.clear()
