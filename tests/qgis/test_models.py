"""The Processing models shipped in resources/models: loaded by the Fiefs provider from the
staged plugin, valid, and run through processing.run on the Moroccan sample with the same
results as the algorithms run one by one."""

from __future__ import annotations

import atexit
import csv
import re
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from tests.conftest import REPO

SAMPLE = REPO / "resources" / "sample"
RESULTS_2021 = SAMPLE / "legislative_2021_constituencies.csv"
# QGIS may rewrite header bytes of a GeoPackage it opens: the committed sample is read from a copy
GPKG = Path(tempfile.mkdtemp(prefix="fiefs-models-")) / "morocco.gpkg"
shutil.copyfile(SAMPLE / "morocco.gpkg", GPKG)
atexit.register(shutil.rmtree, GPKG.parent, True)
CONSTITUENCIES = f"{GPKG}|layername=constituencies"
MODEL_ID = "fiefs:Stronghold map from a results table"
STORE_MODEL_ID = "fiefs:Strongholds across three elections from the election store"
YEARS = ("2016", "2021", "2026")
CHAIN = ["fiefs:importresults", "fiefs:joinresults", "fiefs:indicators", "fiefs:hotspots", "fiefs:strongholds",
         "fiefs:stylemap", "fiefs:exportlayout"]


def _rows(path: str, key: str = "fiefs_unit") -> dict:
    layer = QgsVectorLayer(path, "rows", "ogr")
    assert layer.isValid(), path
    rows = {str(f[key]): {n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()}
    del layer
    return rows


def _share(csv_path: Path, unit: str, party: str) -> float:
    with csv_path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["constituency_id"] == unit]
    return sum(int(r["votes"]) for r in rows if r["party"] == party) / sum(int(r["votes"]) for r in rows)


def test_the_provider_loads_the_shipped_models(fiefs_provider, staged_plugin):
    models = sorted(p.name for p in (staged_plugin / "resources" / "models").glob("*.model3"))
    assert models == ["store_strongholds.model3", "stronghold_map.model3"]
    registry = QgsApplication.processingRegistry()
    model = registry.algorithmById(MODEL_ID)
    assert model is not None, [a.id() for a in fiefs_provider.algorithms()]
    assert model.provider().id() == "fiefs"
    assert model.group() == "Models"
    assert Path(model.sourceFilePath()).parent == staged_plugin / "resources" / "models"
    ok, message = model.canExecute()
    assert ok, message
    # the registered instance itself is complete (qgis_process help, the toolbox use it)
    ok, issues = model.validate()
    assert ok, issues
    assert sorted(d.name() for d in model.destinationParameterDefinitions()) == [
        "export:map", "join:unmatched", "style:strongholds"]
    ok, issues = model.create().validate()
    assert ok, issues
    # every model in the folder is an algorithm of the provider
    assert sum(1 for a in fiefs_provider.algorithms() if a.group() == "Models") == len(models)


def test_stronghold_model_is_the_documented_chain(fiefs_provider):
    model = QgsApplication.processingRegistry().algorithmById(MODEL_ID).create()
    children = model.childAlgorithms()
    assert sorted(c.algorithmId() for c in children.values()) == sorted(CHAIN)
    # import -> join -> indicators -> hotspots -> strongholds -> style -> export, each fed by the one before
    order = {c.algorithmId(): c for c in children.values()}
    for before, after in zip(CHAIN, CHAIN[1:]):
        sources = [s for values in order[after].parameterSources().values() for s in values]
        assert any(s.outputChildId() == order[before].childId() for s in sources), (before, after)
    names = {d.name() for d in model.parameterDefinitions()}
    assert {"results", "boundaries", "code_field", "party", "style:strongholds", "export:map"} <= names


@pytest.fixture(scope="module")
def model_run(fiefs_provider, qgis_processing, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("model")
    result = processing.run(MODEL_ID, {
        "results": str(RESULTS_2021), "election": "2021", "boundaries": CONSTITUENCIES,
        "code_field": "constituency_id", "results_code": "constituency_id", "party": "MP",
        "title": "Mouvement Populaire 2021", "source": "elections.ma",
        "style:strongholds": str(folder / "strongholds.gpkg"), "export:map": str(folder / "map.pdf"),
        "join:unmatched": str(folder / "unmatched.csv"),
    })
    return folder, result


def test_model_output_values(model_run):
    folder, result = model_run
    assert result["style:strongholds"] == str(folder / "strongholds.gpkg")
    rows = _rows(str(folder / "strongholds.gpkg"))
    assert len(rows) == 92
    from fiefs_plugin.core import fields

    classes = {r[fields.FIEF_CLASS] for r in rows.values()}
    assert classes <= set(fields.SINGLE_ELECTION_CLASSES) and len(classes) >= 3
    # the share is the table's: MP in Ifrane (constituency 40), by hand from the CSV
    assert rows["40"]["s_MP"] == pytest.approx(_share(RESULTS_2021, "40", "MP"))
    # the hot-spot evidence comes from the model's own fiefs:hotspots step
    assert all(r[fields.GI_BIN] in (-3, -2, -1, 0, 1, 2, 3) for r in rows.values())
    with (folder / "unmatched.csv").open(encoding="utf-8") as handle:
        assert list(csv.DictReader(handle)) == []  # every constituency matched


def test_model_equals_the_algorithms_run_one_by_one(model_run, fiefs_provider, qgis_processing):
    import processing

    folder, _result = model_run
    imported = processing.run("fiefs:importresults", {"INPUT": str(RESULTS_2021), "ELECTION": "2021",
                                                       "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    joined = processing.run("fiefs:joinresults", {
        "INPUT": CONSTITUENCIES, "RESULTS": imported, "INPUT_CODE_FIELD": "constituency_id",
        "RESULTS_CODE_FIELD": "constituency_id", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    indicators = processing.run("fiefs:indicators", {"INPUT": joined, "PARTY": "MP", "OUTPUT": "TEMPORARY_OUTPUT"})
    spots = processing.run("fiefs:hotspots", {"INPUT": indicators["OUTPUT"], "FIELD": "s_MP", "METHOD": 2,
                                              "PERMUTATIONS": 999, "SEED": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    strong = processing.run("fiefs:strongholds", {"INPUT": [spots["OUTPUT"]], "PARTY": "MP", "HOTSPOTS": 1,
                                                  "OUTPUT": str(folder / "by_hand.gpkg")})
    by_hand = _rows(strong["OUTPUT"])
    by_model = _rows(str(folder / "strongholds.gpkg"))
    for key in ("fief_class", "fief_rule", "gi_bin", "gi_sig", "lisa_cluster", "s_MP", "lq_MP"):
        assert {u: r[key] for u, r in by_model.items()} == {u: r[key] for u, r in by_hand.items()}, key


def test_model_writes_a_styled_layer_and_a_pdf(model_run):
    folder, result = model_run
    with sqlite3.connect(folder / "strongholds.gpkg") as db:
        styles = db.execute("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles").fetchall()
    assert [s[:2] for s in styles] == [("strongholds", 1)]
    assert 'attr="fief_class"' in styles[0][2]
    assert (folder / "strongholds.qml").is_file()
    pdf = Path(result["export:map"])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
    assert re.search(r"^Page size:\s+842(\.\d+)? x 595", info, re.M)  # A4 landscape
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Mouvement Populaire 2021" in text and "elections.ma" in text


def test_model_with_an_unknown_party_fails_clearly(fiefs_provider, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Collect(QgsProcessingFeedback):
        messages: list[str] = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
            self.messages.append(error)

    feedback = Collect()
    with pytest.raises(QgsProcessingException, match="Party indicators"):
        processing.run(MODEL_ID, {
            "results": str(RESULTS_2021), "boundaries": CONSTITUENCIES, "code_field": "constituency_id",
            "results_code": "constituency_id", "party": "XYZ",
            "style:strongholds": str(tmp_path / "s.gpkg"), "export:map": str(tmp_path / "m.pdf"),
        }, feedback=feedback)
    # the child's message names the party and the codes the layer has
    assert any("XYZ" in m and "MP" in m for m in feedback.messages), feedback.messages
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "s.gpkg").exists()


def test_committed_models_are_what_make_models_writes(staged_plugin):
    """resources/models/*.model3 are generated by scripts/make_models.py: no hand edit drifts."""
    proc = subprocess.run(["/usr/bin/python3", str(REPO / "scripts" / "make_models.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]


@pytest.fixture(scope="module")
def store(fiefs_provider, qgis_processing, tmp_path_factory):
    """A GeoPackage store with the three legislative elections and the constituencies."""
    import processing

    path = tmp_path_factory.mktemp("store") / "store.gpkg"
    for year in YEARS:
        processing.run("fiefs:storeimport", {
            "RESULTS": str(SAMPLE / f"legislative_{year}_constituencies.csv"), "FORMAT": 2,
            "CODE_FIELD": "constituency_id", "PARTY_FIELD": "party", "VOTES_FIELD": "votes", "SEATS_FIELD": "seats",
            "ELECTION": f"ma-legislative-{year}", "KIND": 3, "LEVEL": "constituency", "STORE": str(path),
            "INPUT": CONSTITUENCIES, "INPUT_CODE_FIELD": "constituency_id", "INPUT_NAME_FIELD": "fhemni_slug",
            "INPUT_NAME_AR_FIELD": "name_ar"})
    return path


def test_store_model_equals_the_algorithms_run_one_by_one(store, fiefs_provider, qgis_processing, tmp_path):
    import processing

    result = processing.run(STORE_MODEL_ID, {
        "store": str(store), "election_1": "ma-legislative-2016", "election_2": "ma-legislative-2021",
        "election_3": "ma-legislative-2026", "party": "MP", "title": "MP 2016-2026",
        "atlas": f"{GPKG}|layername=regions",
        "style:strongholds": str(tmp_path / "strongholds.gpkg"), "export:map": str(tmp_path / "atlas.pdf"),
    })
    loaded = [processing.run("fiefs:storeload", {"STORE": str(store), "ELECTION": f"ma-legislative-{y}",
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"] for y in YEARS]
    by_hand = processing.run("fiefs:strongholds", {
        "INPUT": loaded, "LABELS": ",".join(f"ma-legislative-{y}" for y in YEARS), "PARTY": "MP", "SEED": 1,
        "OUTPUT": str(tmp_path / "by_hand.gpkg")})["OUTPUT"]
    model_rows, hand_rows = _rows(result["style:strongholds"]), _rows(by_hand)
    assert len(model_rows) == 92
    for key in ("fief_class", "fief_hist", "fief_n", "s_MP"):
        assert {u: r[key] for u, r in model_rows.items()} == {u: r[key] for u, r in hand_rows.items()}, key
    from fiefs_plugin.core import fields

    assert {r["fief_class"] for r in model_rows.values()} <= set(fields.MULTI_ELECTION_CLASSES)
    assert "bastion" in {r["fief_class"] for r in model_rows.values()}
    info = subprocess.run(["pdfinfo", result["export:map"]], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+12$", info, re.M)  # one atlas page per region
    text = subprocess.run(["pdftotext", result["export:map"], "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("MP 2016-2026") == 12 and "Bastion" in text
