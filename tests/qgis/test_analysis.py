"""fiefs:indicators, fiefs:strongholds, fiefs:targets, fiefs:swing and fiefs:aggregate in
headless QGIS, on small layers built here (hand-checked values).

Layers are made inside each test, not by fixtures: a layer still held as a fixture value by the
session's last test is destroyed after pytest-qgis's exitQgis(), which crashes the interpreter."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from fiefs_plugin.gis.fieldtypes import FieldType


def grid_layer(frame: pd.DataFrame, columns: int = 3, name: str = "units") -> QgsVectorLayer:
    """A polygon layer with one unit square per row (row-major grid) and the frame's columns."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32629", name, "memory")
    provider = layer.dataProvider()
    qfields = []
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_integer_dtype(series.dtype):
            qfields.append(QgsField(column, FieldType.LongLong))
        elif pd.api.types.is_float_dtype(series.dtype):
            qfields.append(QgsField(column, FieldType.Double))
        else:
            qfields.append(QgsField(column, FieldType.String))
    provider.addAttributes(qfields)
    layer.updateFields()
    features = []
    for i, row in enumerate(frame.itertuples(index=False)):
        x, y = i % columns, i // columns
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 1, y + 1)))
        feature.setAttributes([None if (isinstance(v, float) and math.isnan(v)) else
                               (v.item() if hasattr(v, "item") else v) for v in row])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def values(layer: QgsVectorLayer, key: str = "fiefs_unit") -> dict:
    out = {}
    for feature in layer.getFeatures():
        out[feature[key]] = {name: feature[name] for name in layer.fields().names()}
    return out


def nullish(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def joined_units() -> QgsVectorLayer:
    frame = pd.DataFrame({
        "fiefs_unit": ["A", "B", "C", "D"],
        "name": ["Alpha", "Beta", "Gamma", "Delta"],
        "registered": [100, 200, 50, 80],
        "voters": [60, 100, 0, 40],
        "valid": [50, 90, 0, 40],
        "v_X": [30, 20, 0, 20],
        "v_Y": [15, 40, 0, 20],
        "v_Z": [5, 30, 0, 0],
    })
    return grid_layer(frame, columns=2, name="joined")


def test_indicators_algorithm_adds_fields_and_keeps_the_source(fiefs_provider, qgis_processing):
    joined = joined_units()
    import processing

    before = joined.fields().names()
    result = processing.run("fiefs:indicators", {"INPUT": joined, "PARTY": "X", "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    assert joined.fields().names() == before  # source untouched
    names = out.fields().names()
    for name in ["turnout", "s_X", "s_Y", "winner", "margin", "enp", "rank_X", "margin_X", "lq_X", "dev_X",
                 "conc_X", "name"]:
        assert name in names, name
    assert "rank_Y" not in names
    rows = values(out)
    assert rows["A"]["s_X"] == pytest.approx(0.6) and rows["A"]["rank_X"] == 1
    assert rows["A"]["lq_X"] == pytest.approx(0.6 / (70 / 180))
    assert rows["B"]["margin_X"] == pytest.approx(-20 / 90 * 100)
    assert rows["A"]["name"] == "Alpha"
    assert out.featureCount() == 4 and out.getFeature(1).geometry().area() == pytest.approx(1.0)
    for name in ["s_X", "lq_X", "rank_X", "winner", "enp"]:
        assert nullish(rows["C"][name]), name  # zero valid votes: NULL, not an error


def test_indicators_rejects_unknown_party_and_layers_without_votes(fiefs_provider, qgis_processing):
    joined = joined_units()
    import processing

    with pytest.raises(QgsProcessingException, match="NOPE"):
        processing.run("fiefs:indicators", {"INPUT": joined, "PARTY": "NOPE", "OUTPUT": "memory:"})
    bare = grid_layer(pd.DataFrame({"fiefs_unit": ["a"], "valid": [3]}))
    with pytest.raises(QgsProcessingException, match="v_‹PARTY›"):
        processing.run("fiefs:indicators", {"INPUT": bare, "OUTPUT": "memory:"})


def ward_units() -> QgsVectorLayer:
    """A 4 x 3 grid of wards in three communes (columns 0-1 = c1, 2 = c2, 3 = c3)."""
    rows = []
    for i in range(12):
        x = i % 4
        commune = "c1" if x < 2 else ("c2" if x == 2 else "c3")
        rows.append({"fiefs_unit": f"w{i:02d}", "commune": commune, "region": "R",
                     "registered": 100 + i, "voters": 50 + i, "valid": 40 + i, "blank": 1, "invalid": 2,
                     "v_X": 10 + i, "v_Y": 30 - (i % 5), "seats_X": i % 2})
    frame = pd.DataFrame(rows)
    frame["valid"] = frame["v_X"] + frame["v_Y"]
    return grid_layer(frame, columns=4, name="wards")


def test_aggregate_by_field_dissolves_and_preserves_totals(fiefs_provider, qgis_processing):
    wards = ward_units()
    import processing

    result = processing.run("fiefs:aggregate", {"INPUT": wards, "GROUP_FIELD": "commune", "OUTPUT": "memory:"})
    out = result["OUTPUT"]
    assert result["GROUPS"] == 3 and result["DROPPED"] == 0
    rows = values(out)
    assert sorted(rows) == ["c1", "c2", "c3"]
    assert rows["c1"]["agg_units"] == 6 and rows["c1"]["region"] == "R"
    for name in ["registered", "voters", "valid", "v_X", "v_Y", "seats_X"]:
        assert sum(r[name] for r in rows.values()) == sum(f[name] for f in wards.getFeatures()), name
    c1 = [f for f in wards.getFeatures() if f["commune"] == "c1"]
    assert rows["c1"]["s_X"] == pytest.approx(sum(f["v_X"] for f in c1) / sum(f["valid"] for f in c1))
    geometry = {f["fiefs_unit"]: f.geometry() for f in out.getFeatures()}
    assert geometry["c1"].area() == pytest.approx(6.0) and geometry["c1"].isGeosValid()
    assert geometry["c1"].constGet().partCount() == 1
    # one rectangle: the inner edges are gone (collinear nodes stay, as in a GEOS union)
    assert geometry["c1"].isGeosEqual(QgsGeometry.fromRect(QgsRectangle(0, 0, 2, 3)))
    assert geometry["c1"].constGet().geometryN(0).numInteriorRings() == 0
    assert not wards.fields().lookupField("agg_units") >= 0  # source untouched


def test_aggregate_with_components_crosswalk_and_unassigned_policy(fiefs_provider, qgis_processing):
    wards = ward_units()
    import processing

    crosswalk = QgsVectorLayer("None", "cw", "memory")
    crosswalk.dataProvider().addAttributes([QgsField("components", FieldType.String),
                                            QgsField("constituency", FieldType.LongLong)])
    crosswalk.updateFields()
    for components, group in [("units:w00;units:w01;units:w04;units:w05", 1), ("w0*", 2), ("legal:x-annex", 3)]:
        feature = QgsFeature(crosswalk.fields())
        feature.setAttributes([components, group])
        crosswalk.dataProvider().addFeature(feature)
    params = {"INPUT": wards, "CROSSWALK": crosswalk, "UNIT_FIELD": "fiefs_unit",
              "CROSSWALK_UNIT_FIELD": "components", "CROSSWALK_GROUP_FIELD": "constituency", "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="have no group"):
        processing.run("fiefs:aggregate", params)
    result = processing.run("fiefs:aggregate", {**params, "UNASSIGNED": 1})
    rows = values(result["OUTPUT"])
    assert sorted(rows) == ["1", "2"] and result["DROPPED"] == 2  # w10, w11 have no group
    assert rows["1"]["agg_units"] == 4 and rows["2"]["agg_units"] == 6  # exact codes beat the prefix w0*
    kept = processing.run("fiefs:aggregate", {**params, "UNASSIGNED": 2})
    assert sorted(values(kept["OUTPUT"])) == ["1", "2", "w10", "w11"]
    total = sum(f["v_X"] for f in wards.getFeatures())
    assert sum(f["v_X"] for f in kept["OUTPUT"].getFeatures()) == total


def test_aggregate_needs_one_grouping(fiefs_provider, qgis_processing):
    wards = ward_units()
    import processing

    with pytest.raises(QgsProcessingException, match="either a group field or a crosswalk"):
        processing.run("fiefs:aggregate", {"INPUT": wards, "OUTPUT": "memory:"})


def election_layer(shares: dict, gi: dict | None = None, name: str = "e") -> QgsVectorLayer:
    """Units with P/Q/R votes out of 100 valid votes (registered 200) and optional Gi* evidence."""
    rows = []
    for code, (p, q, r) in shares.items():
        row = {"fiefs_unit": code, "registered": 200, "voters": 110, "valid": p + q + r,
               "v_P": p, "v_Q": q, "v_R": r}
        if gi is not None:
            row["gi_bin"] = gi.get(code, 0)
            row["gi_sig"] = 1 if gi.get(code, 0) else 0
        rows.append(row)
    return grid_layer(pd.DataFrame(rows), columns=3, name=name)


# overall share of P is 30 % in each election (sum of P over sum of valid)
E1 = {"u1": (60, 30, 10), "u2": (60, 30, 10), "u3": (10, 50, 40), "u4": (10, 60, 30), "u5": (10, 45, 45),
      "u6": (30, 35, 35)}
E2 = {"u1": (60, 30, 10), "u2": (10, 50, 40), "u3": (60, 30, 10), "u4": (10, 60, 30), "u5": (33, 40, 27),
      "u6": (7, 50, 43)}


def test_strongholds_single_election_with_evidence_and_summary(fiefs_provider, qgis_processing):
    import processing

    layer = election_layer(E2, gi={"u6": 2})
    result = processing.run("fiefs:strongholds", {
        "INPUT": [layer], "PARTY": "P", "HOTSPOTS": 1, "OUTPUT": "memory:", "SUMMARY": "memory:"})
    rows = values(result["OUTPUT"])
    classes = {k: v["fief_class"] for k, v in rows.items()}
    assert classes == {"u1": "stronghold", "u2": "weak", "u3": "stronghold", "u4": "weak", "u5": "battleground",
                       "u6": "hotspot"}  # u6: LQ 0.23 but in a hot spot, which comes first
    assert rows["u1"]["fief_rule"] == "safe" and rows["u1"]["margin_P"] == pytest.approx(30.0)
    assert rows["u1"]["fief_why"] == "first, lead 30.0 pts >= 10"
    assert rows["u6"]["gi_bin"] == 2 and rows["u2"]["lq_P"] == pytest.approx(10 / 30)
    summary = {f["fief_class"]: f for f in result["SUMMARY"].getFeatures()}
    assert summary["stronghold"]["units"] == 2 and summary["stronghold"]["votes"] == 120
    assert summary["stronghold"]["registered"] == 400 and summary["total"]["units"] == 6
    assert summary["battleground"]["units"] == 1 and summary["other"]["units"] == 0


def test_strongholds_across_elections(fiefs_provider, qgis_processing):
    import processing

    result = processing.run("fiefs:strongholds", {
        "INPUT": [election_layer(E1, name="2016"), election_layer(E2, name="2021")], "PARTY": "P",
        "HOTSPOTS": 2, "OUTPUT": "memory:"})
    rows = values(result["OUTPUT"])
    classes = {k: v["fief_class"] for k, v in rows.items()}
    assert classes["u1"] == "bastion" and classes["u2"] == "eroding" and classes["u3"] == "emerging"
    assert classes["u5"] == "battleground"  # second, 7 points behind
    assert classes["u4"] == "weak"
    assert rows["u1"]["fief_hist"] == "stronghold > stronghold"
    assert rows["u3"]["fief_c_2016"] == "weak" and rows["u3"]["fief_s_2021"] == pytest.approx(0.6)
    assert rows["u2"]["fief_flip"] == "lost" and rows["u3"]["fief_flip"] == "gained"
    assert rows["u1"]["fief_n"] == 2 and rows["u1"]["fief_elec"] == 2


def test_strongholds_checks_its_inputs(fiefs_provider, qgis_processing):
    import processing

    with pytest.raises(QgsProcessingException, match="v_NOPE"):
        processing.run("fiefs:strongholds", {"INPUT": [election_layer(E1)], "PARTY": "NOPE", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="labels"):
        processing.run("fiefs:strongholds", {"INPUT": [election_layer(E1)], "PARTY": "P", "LABELS": "a,b",
                                             "OUTPUT": "memory:"})


def test_targets_plurality_and_list_seats(fiefs_provider, qgis_processing):
    import processing

    frame = pd.DataFrame({
        "fiefs_unit": ["p1", "p2", "lr"],
        "name": ["one", "two", "three"],
        "registered": [2000, 2000, 2000],
        "valid": [700, 700, 1000],
        "v_A": [400, 200, 400], "v_B": [300, 500, 300], "v_C": [0, 0, 200], "v_D": [0, 0, 100],
        "seats_A": [1.0, 0.0, 2.0], "seats_B": [0.0, 1.0, 1.0], "seats_C": [0.0, 0.0, 1.0], "seats_D": [0.0, 0.0, 0.0],
    })
    layer = grid_layer(frame)
    result = processing.run("fiefs:targets", {"INPUT": layer, "PARTY": "B", "NAME_FIELD": "name",
                                              "OUTPUT": "memory:", "TARGETS": "memory:"})
    rows = values(result["OUTPUT"])
    assert rows["p1"]["tgt_system"] == "plurality" and rows["p1"]["tgt_need"] == 101
    assert rows["p1"]["tgt_switch"] == 51 and rows["p1"]["tgt_rival"] == "A"
    assert rows["p2"]["tgt_cushion"] == 300 and nullish(rows["p2"]["tgt_need"])
    assert rows["lr"]["tgt_system"] == "largest_remainder" and rows["lr"]["tgt_seats"] == 1
    ranked = list(result["TARGETS"].getFeatures())
    gains = [f for f in ranked if f["tgt_kind"] == "gain"]
    # 101 votes in both; the tie goes to the smaller share of valid votes (10.1 % of lr, 14.4 % of p1)
    assert [f["fiefs_unit"] for f in gains] == ["lr", "p1"]
    assert gains[0]["tgt_need"] == gains[1]["tgt_need"] == 101
    assert gains[0]["tgt_need_pct"] == pytest.approx(10.1)
    assert gains[1]["name"] == "one" and [f["tgt_order"] for f in gains] == [1, 2]
    assert [f["fiefs_unit"] for f in ranked if f["tgt_kind"] == "defend"] == ["lr", "p2"]
    # Morocco 2021: quotient on registered voters (2000 / 4 = 500): every list with votes gets one seat
    moroccan = processing.run("fiefs:targets", {"INPUT": layer, "PARTY": "D", "QUOTA_BASE": 1,
                                                "OUTPUT": "memory:"})
    assert values(moroccan["OUTPUT"])["lr"]["tgt_seats"] == 1
    thresholded = processing.run("fiefs:targets", {"INPUT": layer, "PARTY": "D", "THRESHOLD": 15,
                                                   "OUTPUT": "memory:"})
    assert values(thresholded["OUTPUT"])["lr"]["tgt_seats"] == 0


def test_swing_algorithm_with_units_in_one_election_only(fiefs_provider, qgis_processing):
    import processing

    before = election_layer({"a": (50, 30, 20), "b": (20, 50, 30), "old": (10, 10, 80)}, name="before")
    after = election_layer({"b": (45, 40, 15), "a": (40, 40, 20), "new": (70, 20, 10)}, name="after")
    result = processing.run("fiefs:swing", {"BEFORE": before, "AFTER": after, "PARTY": "P", "PARTY2": "Q",
                                            "OUTPUT": "memory:"})
    assert result["BEFORE_ONLY"] == 1 and result["AFTER_ONLY"] == 1
    rows = values(result["OUTPUT"])
    assert sorted(rows) == ["a", "b", "new", "old"]
    assert rows["b"]["swing"] == pytest.approx(25.0) and rows["b"]["swing_rank"] == 2
    assert rows["b"]["swing_winner"] == "Q -> P" and rows["b"]["swing_butler"] == pytest.approx(17.5)
    assert rows["old"]["swing_status"] == "before_only" and nullish(rows["old"]["swing"])
    assert rows["new"]["swing_status"] == "after_only" and rows["new"]["v_P"] == 70
    old = [f for f in result["OUTPUT"].getFeatures() if f["fiefs_unit"] == "old"][0]
    assert old.geometry().area() == pytest.approx(1.0)


def test_strongholds_takes_hot_spots_from_the_hotspots_child_algorithm(fiefs_provider, qgis_processing):
    """Gi* comes from fiefs:hotspots run as a child algorithm: the classes' gi_bin / gi_sig are
    exactly what fiefs:hotspots gives on the same layer with the same parameters."""
    import processing
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().algorithmById("fiefs:hotspots") is None:
        pytest.skip("fiefs:hotspots is not registered")
    rows = []
    for i in range(49):  # 7 x 7 grid, P strong in the lower-left 3 x 3 block
        x, y = i % 7, i // 7
        p = 55 - 2 * (x + y) if x < 3 and y < 3 else 12 + (i * 7) % 9
        rows.append({"fiefs_unit": f"g{i:02d}", "valid": 100, "v_P": p, "v_Q": 100 - p})
    layer = grid_layer(pd.DataFrame(rows), columns=7, name="grid")
    result = processing.run("fiefs:strongholds", {
        "INPUT": [layer], "PARTY": "P", "HOTSPOTS": 0, "PERMUTATIONS": 199, "SEED": 7, "FDR": 0,
        "SAFE_MARGIN": 90, "PVI_MIN": 90, "OUTPUT": "memory:"})
    classes = values(result["OUTPUT"])
    share = processing.run("fiefs:indicators", {"INPUT": layer, "PARTY": "P", "OUTPUT": "memory:"})["OUTPUT"]
    spots = processing.run("fiefs:hotspots", {
        "INPUT": share, "FIELD": "s_P", "METHOD": 0, "WEIGHTS": 0, "PERMUTATIONS": 199, "SEED": 7, "ALPHA": 0.05,
        "FDR": 0, "OUTPUT": "memory:"})
    expected = values(spots["OUTPUT"])
    for code, row in classes.items():
        assert row["gi_bin"] == expected[code]["gi_bin"] and row["gi_sig"] == expected[code]["gi_sig"], code
    hot = {code for code, row in classes.items() if row["fief_class"] == "hotspot"}
    assert hot and hot <= {f"g{y * 7 + x:02d}" for x in range(4) for y in range(4)}
    assert all(classes[c]["gi_bin"] >= 1 and classes[c]["gi_sig"] == 1 for c in hot)
