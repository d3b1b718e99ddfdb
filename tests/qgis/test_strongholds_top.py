"""fiefs:strongholds' ranked table (TOP) in headless QGIS: the order documented in the help
(class, then share, then margin, then key), the classes of the OUTPUT layer, TOP_N."""

from __future__ import annotations

from tests.qgis.test_analysis import E1, E2, election_layer, values


def _rows(layer) -> list[dict]:
    names = layer.fields().names()
    return [{name: feature[name] for name in names} for feature in layer.getFeatures()]


def test_ranked_table_across_elections(fiefs_provider, qgis_processing):
    import processing

    result = processing.run("fiefs:strongholds", {
        "INPUT": [election_layer(E1, name="2016"), election_layer(E2, name="2021")], "PARTY": "P",
        "HOTSPOTS": 2, "OUTPUT": "memory:", "TOP": "memory:", "TOP_N": 0})
    classes = {k: v["fief_class"] for k, v in values(result["OUTPUT"]).items()}
    shares = {k: v["s_P"] for k, v in values(result["OUTPUT"]).items()}
    top = _rows(result["TOP"])
    assert [r["top_rank"] for r in top] == list(range(1, len(top) + 1))
    assert len(top) == sum(c is not None and c == c for c in classes.values())
    assert top[0]["fiefs_unit"] == "u1" and top[0]["fief_class"] == "bastion"
    order = ("bastion", "stronghold", "emerging", "eroding", "battleground", "hotspot", "other", "weak")
    ranks = [order.index(r["fief_class"]) for r in top]
    assert ranks == sorted(ranks)
    for row in top:
        assert row["fief_class"] == classes[row["fiefs_unit"]]
        assert row["s_P"] == shares[row["fiefs_unit"]]
    assert {"margin_P", "rank_P", "fief_pvi", "fief_n", "fief_why", "fief_rule"} <= set(top[0])


def test_ranked_table_keeps_top_n(fiefs_provider, qgis_processing):
    import processing

    result = processing.run("fiefs:strongholds", {
        "INPUT": [election_layer(E2)], "PARTY": "P", "HOTSPOTS": 2, "OUTPUT": "memory:", "TOP": "memory:",
        "TOP_N": 2})
    top = _rows(result["TOP"])
    assert len(top) == 2 and {r["fiefs_unit"] for r in top} == {"u1", "u3"}
    assert all(r["fief_class"] == "stronghold" for r in top)
    assert top[0]["s_P"] >= top[1]["s_P"]
    default = processing.run("fiefs:strongholds", {
        "INPUT": [election_layer(E2)], "PARTY": "P", "HOTSPOTS": 2, "OUTPUT": "memory:"})
    assert "TOP" not in default  # optional: not written unless asked for
