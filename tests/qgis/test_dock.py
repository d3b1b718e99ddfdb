"""The Fiefs dock in headless QGIS (pytest-qgis): the four steps filled programmatically on
real fixtures (resources/sample: Moroccan legislative results per constituency;
tests/data/analysis: Corsica, European elections 2024), every run going through the Fiefs
algorithms in a QgsTask; assertions on the output layers, the panel's tables, the
crosswalk file, cancel and errors, and the panel state kept in the project file."""

from __future__ import annotations

import shlex
import shutil
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTimer

from tests.conftest import DATA, REPO

SAMPLE = REPO / "resources" / "sample"
CORSE_RESULTS = DATA / "analysis" / "fr2024_corse.csv.gz"
CORSE_COMMUNES = DATA / "analysis" / "fr2024_corse_communes.geojson.gz"
USER_ROLE = Qt.ItemDataRole.UserRole


@pytest.fixture
def project(qgis_new_project) -> QgsProject:
    return qgis_new_project


@pytest.fixture
def dock(qgis_iface, fiefs_provider, qgis_processing, project, tmp_path):
    from fiefs_plugin.gui.dock import FiefsDockWidget

    # parented as the plugin parents it: Qt owns the panel, and it is destroyed here, at a
    # known point, not by Python's garbage collector in the middle of a later test
    panel = FiefsDockWidget(qgis_iface, parent=qgis_iface.mainWindow(), project=project)
    panel.data_page.output_dir.setFilePath(str(tmp_path / "out"))
    panel.resize(350, 900)
    yield panel
    destroy(panel)


def destroy(panel) -> None:
    panel.close_panel()  # cancels and waits for a run still going
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def finish(dock, timeout: float = 300.0):
    from fiefs_plugin.gui.dock import wait_for

    return wait_for(dock, timeout)


def run(dock, action):
    """Start a panel action, wait for its run, and return the successful RunResult."""
    before = dock.last_result
    assert action(), dock.message_text()
    result = finish(dock)
    assert result is not before, "the run did not finish"
    assert result.ok, f"{result.failed_step}: {result.error} | {dock.message_text()}"
    return result


@pytest.fixture
def gpkg(tmp_path) -> Path:
    """A copy of the sample GeoPackage: QGIS 3.22 writes into a GeoPackage it opens with a
    filter (SQLite's change counter), and the committed file must stay as it is."""
    copy = tmp_path / "morocco.gpkg"
    shutil.copyfile(SAMPLE / "morocco.gpkg", copy)
    return copy


def constituencies(project: QgsProject, gpkg: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername=constituencies", "constituencies", "ogr")
    assert layer.isValid()
    assert project.addMapLayer(layer) is not None
    return layer


def corse_communes(project: QgsProject) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"/vsigzip/{CORSE_COMMUNES}", "communes corse", "ogr")
    assert layer.isValid() and layer.featureCount() == 360
    assert project.addMapLayer(layer) is not None
    return layer


def import_and_join(dock, layer, year: str):
    data = dock.data_page
    data.layer_combo.setLayer(layer)
    data.file_widget.setFilePath(str(SAMPLE / f"legislative_{year}_constituencies.csv"))
    data.election_edit.setText(year)
    imported = run(dock, dock.run_data)
    joined = run(dock, dock.run_match)
    return imported, joined


def counts(table) -> dict[str, int]:
    return {table.item(r, 0).text(): table.item(r, 1).data(USER_ROLE) for r in range(table.rowCount())}


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


# -- step 1 ---------------------------------------------------------------------------------------


def test_roles_guessed_shown_and_corrected(dock, project, tmp_path):
    layer = corse_communes(project)
    data = dock.data_page
    data.layer_combo.setLayer(layer)
    assert (data.code_field.currentField(), data.name_field.currentField()) == ("code", "nom")
    data.file_widget.setFilePath(str(CORSE_RESULTS))
    roles = data.roles()
    # the reader's own guess, from French headers, on the real file
    assert roles["code_insee"] == "code" and roles["libelle"] == "name" and roles["dep"] == "parent_code"
    assert (roles["inscrits"], roles["votants"], roles["exprimes"], roles["blancs"], roles["nuls"]) == (
        "registered", "voters", "valid", "blank", "invalid")
    assert sum(r == "party_votes" for r in roles.values()) == 38 and roles["L01_LRN"] == "party_votes"
    assert roles["ncc"] == "" and roles["abstentions"] == ""
    # preview: the first rows, each column headed by its role
    assert data.preview.rowCount() == 5 and data.preview.columnCount() == len(roles)
    assert data.preview.item(0, 0).text() == "2A001" and data.preview.item(1, 1).text() == "Ajaccio"
    assert data.preview.horizontalHeaderItem(1).text() == "libelle\nUnit name"
    assert data.roles_table.item(0, 0).data(USER_ROLE).startswith("2A001, 2A004")

    # correct a role: the upper-case name column becomes the name; libelle is freed
    data.set_role("ncc", "name")
    assert data.roles()["ncc"] == "name" and data.roles()["libelle"] == ""
    assert data.preview.horizontalHeaderItem(2).text() == "ncc\nUnit name"
    parameters = data.import_parameters()
    assert parameters["NAME_FIELD"] == "ncc" and parameters["CODE_FIELD"] == "code_insee"
    assert parameters["FORMAT"] == 1 and "PARTY_FIELDS" not in parameters  # the guessed lists: no override

    # the algorithm reads the table with exactly these roles
    data.election_edit.setText("EU 2024")
    result = run(dock, dock.run_data)
    values = result.results[0]
    assert (values["UNITS"], values["PARTIES"]) == (360, 38)
    report = pd.read_csv(values["REPORT"], dtype=str, keep_default_na=False)
    used = report[report["message"].str.startswith("columns used")]["message"].iloc[0]
    assert "name='ncc'" in used and "code='code_insee'" in used and "38 party columns" in used
    table = QgsVectorLayer(values["OUTPUT"], "imported", "ogr")
    names = {f["unit_name"] for f in table.getFeatures()}
    assert "AJACCIO" in names and "Ajaccio" not in names
    assert dock.data_page.outcome.text().startswith("360 units, 38 parties")
    assert dock.steps.currentIndex() == 1  # on to step 2
    assert not dock.project.mapLayers().keys() - {layer.id()}  # the import adds no layer
    del table

    # a party column left out by hand is named to the algorithm
    data.set_role("L38_LDIV", "")
    assert data.import_parameters()["PARTY_FIELDS"].split(",")[-1] == "L37_LDIV"


def test_step_refuses_to_run_without_its_inputs(dock, project):
    assert not dock.run_data()
    assert "Choose the commune layer." in dock.message_text()
    assert not dock.run_match()
    assert "Import the results first (step 1)." in dock.message_text()
    assert not dock.run_analysis()
    assert "Tick at least one election" in dock.message_text()
    assert not dock.export_page.preset_buttons["stronghold"].isEnabled()
    assert not dock.is_running()


# -- the whole path --------------------------------------------------------------------------------


def test_two_elections_from_data_to_exported_map(dock, project, gpkg, tmp_path, qgis_iface):
    from fiefs_plugin.core import fields as fld
    from fiefs_plugin.gui.commands import plan_python

    layer = constituencies(project, gpkg)
    out = tmp_path / "out"
    for year in ("2016", "2021"):
        imported, joined = import_and_join(dock, layer, year)
        assert imported.results[0]["UNITS"] == 92
        assert counts(dock.match_page.counts) == {
            "Code": 92, "Name": 0, "Close spelling": 0, "Result units without a commune": 0,
            "Communes without a result": 0}
        assert dock.match_page.review.rowCount() == 0
        joined_layer = joined.layer("joined")
        assert joined_layer.featureCount() == 92 and joined_layer.name() == f"Results {year}"
        assert project.layerTreeRoot().findGroup(year).findLayer(joined_layer.id()) is not None

    # 3. both elections, RNI
    analyse = dock.analyse_page
    analyse.refresh_elections(project)
    assert [analyse.elections.item(i).text() for i in range(analyse.elections.count())] == [
        "2016 — Results 2016", "2021 — Results 2021"]
    for i in range(analyse.elections.count()):
        analyse.check_election(analyse.elections.item(i).data(USER_ROLE))
    parties = [analyse.party.itemData(i) for i in range(analyse.party.count())]
    assert parties[:3] == ["RNI", "PAM", "PI"]  # most votes first (2021)
    assert analyse.party.itemIcon(0).pixmap(8, 8).toImage().pixelColor(4, 4).name() != "#bdbdbd"  # palette
    analyse.set_party("RNI")
    result = run(dock, dock.run_analysis)
    assert [s.algorithm for s in result.plan.steps] == [
        "fiefs:indicators", "fiefs:hotspots", "fiefs:strongholds", "fiefs:swing"]
    analysis, summary = result.layer("analysis"), result.layer("summary")
    group = project.layerTreeRoot().findGroup("2016–2021 — RNI")
    assert group is not None and {n.layerId() for n in group.findLayers()} == {analysis.id(), summary.id()}
    names = analysis.fields().names()
    for name in (fld.FIEF_CLASS, fld.SWING, fld.GI_BIN, fld.LISA_CLUSTER, "s_RNI", fld.WINNER):
        assert name in names
    classes = Counter(str(f[fld.FIEF_CLASS]) for f in analysis.getFeatures())
    assert sum(classes.values()) == 92 and set(classes) <= set(fld.MULTI_ELECTION_CLASSES)

    # 4. the summary: counts per class as the layer has them, strongest first
    export = dock.export_page
    assert dock.steps.currentIndex() == 3
    table = export.class_table
    shown = {table.item(r, 0).data(USER_ROLE): table.item(r, 1).data(USER_ROLE) for r in range(table.rowCount())}
    assert shown.pop("total") == 92
    assert {k: v for k, v in shown.items() if v} == dict(classes)
    top = export.top_table
    assert 0 < top.rowCount() <= 10
    # the rows of fiefs:strongholds' ranked table (TOP), in its order: class, then share
    ranked = pd.read_csv(dock.state.top_table, dtype=str, keep_default_na=False)
    assert ranked["top_rank"].tolist()[:3] == ["1", "2", "3"]
    strong = ranked[ranked[fld.FIEF_CLASS].isin(["stronghold", "bastion", "emerging"])].head(10)
    shown = [str(analysis.getFeature(top.item(r, 0).data(USER_ROLE))[fld.UNIT]) for r in range(top.rowCount())]
    assert shown == strong[fld.UNIT].tolist()
    shares = [float(top.item(r, 2).text().rstrip(" %")) for r in range(top.rowCount())]
    assert shares == pytest.approx([float(v) * 100 for v in strong["s_RNI"]], abs=0.05)
    by_class: dict[str, list[float]] = {}
    for r, share in enumerate(shares):
        by_class.setdefault(top.item(r, 1).text(), []).append(share)
    assert all(values == sorted(values, reverse=True) for values in by_class.values())

    # zoom to a stronghold from the table
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(analysis.crs())
    canvas.setExtent(analysis.extent())
    fid = top.item(0, 0).data(USER_ROLE)
    top.cellClicked.emit(0, 0)
    box = analysis.getFeature(fid).geometry().boundingBox()
    assert canvas.extent().contains(box) and canvas.extent().width() < analysis.extent().width() / 2
    assert analysis.selectedFeatureIds() == [fid]

    # presets: each one a styled layer in the analysis group
    enabled = {k: b.isEnabled() for k, b in export.preset_buttons.items()}
    assert enabled == {"winner": True, "share": True, "stronghold": True, "hotspot": True, "lisa": True,
                       "turnout": False, "swing": True}  # the legislative source has no turnout figures
    for style in ("stronghold", "swing"):
        export.preset_buttons[style].click()
        styled = finish(dock)
        assert styled.ok, styled.error
        map_layer = styled.layer("map")
        assert group.findLayer(map_layer.id()) is not None
        assert group.findLayer(map_layer.id()).isVisible()
    assert map_layer.renderer().type() == "graduatedSymbol"  # swing
    export.preset_buttons["stronghold"].click()
    styled = finish(dock)
    map_layer = styled.layer("map")
    assert map_layer.renderer().type() == "categorizedSymbol"
    categories = {str(c.value()) for c in map_layer.renderer().categories()}
    assert set(classes) <= categories
    # re-running a preset replaces its layer rather than piling up copies
    maps = [n for n in group.findLayers() if n.layer().customProperty("fiefs/role") == "map"]
    assert len(maps) == 2
    assert not group.findLayer(analysis.id()).isVisible()

    # layout export (a NoThreading algorithm: run in the main thread)
    export.title.setText("RNI 2016-2021")
    export.output.setFilePath(str(tmp_path / "layout.pdf"))
    exported = run(dock, dock.run_export)
    pdf = tmp_path / "layout.pdf"
    assert exported.results[0]["PAGES"] == 1 and pdf.stat().st_size > 20_000
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert "layout.pdf" in export.export_outcome.text()
    # an atlas: one page per region
    regions = QgsVectorLayer(f"{gpkg}|layername=regions", "regions", "ogr")
    assert project.addMapLayer(regions) is not None
    export.atlas.setLayer(regions)
    export.output.setFilePath(str(tmp_path / "atlas.pdf"))
    atlas = run(dock, dock.run_export)
    assert atlas.plan.steps[0].parameters["ATLAS_LAYER"] == regions.id()
    assert atlas.results[0]["PAGES"] == 12 and (tmp_path / "atlas.pdf").stat().st_size > 50_000

    # the panel's analysis is the one its Processing commands give
    text = plan_python(dock._analysis_plan(), project)
    assert text.count("processing.run(") == 4
    namespace: dict = {}
    exec(compile(text, "<commands>", "exec"), namespace)  # noqa: S102 (the commands the panel shows)
    again = sorted(out.glob("swing_2021_RNI_*.gpkg"))[-1]
    replay = QgsVectorLayer(str(again), "replay", "ogr")
    ours = {f[fld.UNIT]: (f[fld.FIEF_CLASS], round(f[fld.SWING], 9)) for f in analysis.getFeatures()}
    theirs = {f[fld.UNIT]: (f[fld.FIEF_CLASS], round(f[fld.SWING], 9)) for f in replay.getFeatures()}
    assert ours == theirs
    del replay


def test_algorithm_error_is_shown_in_the_panel(dock, project, gpkg, tmp_path):
    from fiefs_plugin.core import fields as fld

    layer = constituencies(project, gpkg)
    joined = {}
    for year in ("2016", "2021"):
        _imported, result = import_and_join(dock, layer, year)
        joined[year] = result.layer("joined")
    older = set(fld.party_codes_in(joined["2016"].fields().names()))
    newcomer = next(c for c in fld.party_codes_in(joined["2021"].fields().names()) if c not in older)
    analyse = dock.analyse_page
    analyse.refresh_elections(project)
    for layer_id in (joined["2016"].id(), joined["2021"].id()):
        analyse.check_election(layer_id)
    analyse.set_party(newcomer)
    layers_before = set(project.mapLayers())
    files_before = files_in(tmp_path / "out")
    assert dock.run_analysis()
    result = finish(dock)
    assert not result.ok and not result.canceled
    assert result.failed_step == "Strongholds"
    assert f"has no field v_{newcomer}" in result.error
    message = dock.message_text()
    assert message.startswith("Strongholds failed:") and f"v_{newcomer}" in message
    assert dock.message.property("level") == "error"
    assert set(project.mapLayers()) == layers_before
    assert files_in(tmp_path / "out") == files_before  # indicators and hot spots written, then removed
    assert dock.analyse_page.run_button.isEnabled()


def test_cancel_mid_run_leaves_no_partial_layer(dock, project, tmp_path):
    layer = corse_communes(project)
    data = dock.data_page
    data.layer_combo.setLayer(layer)
    data.file_widget.setFilePath(str(CORSE_RESULTS))
    data.election_edit.setText("EU2024")
    run(dock, dock.run_data)
    joined = run(dock, dock.run_match).layer("joined")
    assert counts(dock.match_page.counts)["Code"] == 360

    analyse = dock.analyse_page
    analyse.refresh_elections(project)
    analyse.check_election(joined.id())
    analyse.set_party("L01_LRN")
    analyse.permutations.setValue(99999)
    layers_before = set(project.mapLayers())
    files_before = files_in(tmp_path / "out")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(5)
    seen = {}

    def progress(value):
        # steps: indicators, hot spots, strongholds; cancel inside the hot-spot permutations
        if value > 40 and "cancel" not in seen:
            seen["cancel"] = value
            seen["ticks"] = len(ticks)
            dock.cancel_button.click()

    dock.runner.progressChanged.connect(progress)
    assert dock.run_analysis()
    assert not dock.run_bar.isHidden() and dock.cancel_button.isEnabled()
    result = finish(dock)
    timer.stop()
    dock.runner.progressChanged.disconnect(progress)
    assert 40 < seen["cancel"] < 66.7, seen
    # the event loop kept running while the algorithms worked: a run in the main thread would
    # reach the cancel point before the timer could tick once (how many ticks depends on load)
    assert seen["ticks"] >= 1, seen
    assert result.canceled and not result.ok
    assert len(result.results) == 1  # indicators done, hot spots stopped midway
    assert set(project.mapLayers()) == layers_before
    assert files_in(tmp_path / "out") == files_before
    assert dock.message_text() == "Canceled: nothing was added to the project."
    assert dock.run_bar.isHidden()

    # the panel closed in the middle of a run (plugin unload) stops it and waits for it
    assert dock.run_analysis()
    dock.close_panel()
    assert not dock.is_running() and dock.last_result.canceled
    assert set(project.mapLayers()) == layers_before
    assert files_in(tmp_path / "out") == files_before


# -- review and crosswalk ------------------------------------------------------------------------


def test_review_choice_saved_as_crosswalk_and_reused(dock, project, gpkg, tmp_path, qgis_iface):
    """2026 constituency names (the year's spelling) matched to the layer's names only, with a
    strict score: one name is left for review, chosen from its candidates, saved, reused."""
    from fiefs_plugin.gui.dock import FiefsDockWidget

    layer = constituencies(project, gpkg)
    data, match = dock.data_page, dock.match_page
    data.layer_combo.setLayer(layer)
    data.code_field.setField("")  # names only
    data.file_widget.setFilePath(str(SAMPLE / "legislative_2026_constituencies.csv"))
    data.set_role("constituency_id", "")
    data.election_edit.setText("2026")
    run(dock, dock.run_data)
    crosswalk = Path(match.crosswalk.filePath())
    assert crosswalk.parent == tmp_path / "out" and crosswalk.name == "crosswalk_legislative_2026_constituencies.csv"
    match.min_score.setValue(99)
    run(dock, dock.run_match)
    assert counts(match.counts) == {"Code": 0, "Name": 91, "Close spelling": 0,
                                    "Result units without a commune": 1, "Communes without a result": 1}
    assert match.review.rowCount() == 1
    unit = match.review.item(0, 0).data(USER_ROLE)
    assert match.review.item(0, 1).text() == "no commune found"
    combo = match.review.cellWidget(0, 2)
    options = [combo.itemText(i) for i in range(combo.count())]
    assert options[0] == "(undecided)" and "No commune: leave it out" in options
    # the candidates offered are the report's cand_<k>_ columns, in their order, with their feature ids
    from fiefs_plugin.gui.match_page import fid_text

    row = match.report[match.report["unit_code"] == unit].iloc[0]
    expected = [fid_text(row[f"cand_{k}_fid"]) for k in range(1, 6) if row[f"cand_{k}_fid"]]
    assert expected, row.to_dict()
    assert [combo.itemData(i)[1] for i in range(1, len(expected) + 1)] == expected
    assert combo.itemText(1).startswith(row["cand_1_name"])
    free_fid, _code, free_name = match.free_features[0]
    assert any(free_name in text for text in options[1:])
    match.choose(unit, free_fid)
    assert not crosswalk.exists()

    assert dock.apply_review()
    result = finish(dock)
    assert result.ok, result.error
    saved = pd.read_csv(crosswalk, dtype=str, keep_default_na=False)
    assert saved[["result_code", "feature_fid", "method"]].values.tolist() == [[unit, free_fid, "manual"]]
    assert counts(match.counts) == {"Code": 0, "Name": 91, "Close spelling": 0, "Crosswalk": 1,
                                    "Result units without a commune": 0, "Communes without a result": 0}
    joined = result.layer("joined")
    chosen = joined.getFeature(int(free_fid))
    assert chosen["fiefs_match"] == "crosswalk" and str(chosen["fiefs_unit"]) == unit
    assert len(project.mapLayersByName("Results 2026")) == 1  # the new join replaced the old one

    # next time (a new panel on the same project): the crosswalk is used again
    dock.save_state()
    other = FiefsDockWidget(qgis_iface, parent=qgis_iface.mainWindow(), project=project)
    try:
        other._project_read()
        assert other.match_page.crosswalk.filePath() == str(crosswalk)
        assert other.match_page.min_score.value() == 99
        other.state.imported = dock.state.imported
        again = run(other, other.run_match)
        assert again.plan.steps[0].parameters["CROSSWALK"] == str(crosswalk)
        assert counts(other.match_page.counts)["Crosswalk"] == 1
        assert other.match_page.review.rowCount() == 0
    finally:
        destroy(other)


# -- project state ---------------------------------------------------------------------------------


def test_panel_state_kept_in_the_project_file(dock, project, gpkg, tmp_path):
    layer = constituencies(project, gpkg)
    import_and_join(dock, layer, "2021")
    data, analyse = dock.data_page, dock.analyse_page
    data.set_role("seats", "")  # a correction the person made
    data.parent_field.setField("")
    analyse.refresh_elections(project)
    analyse.set_party("MP")
    analyse.safe_margin.setValue(12.5)
    analyse.permutations.setValue(499)
    dock.export_page.title.setText("Le MP en 2021")
    joined_id = analyse.chosen_ids()
    assert len(joined_id) == 1
    path = tmp_path / "fiefs.qgz"
    assert project.write(str(path))

    project.clear()
    assert data.commune_layer() is None and analyse.elections.count() == 0
    assert project.read(str(path))
    assert data.commune_layer() is not None and data.commune_layer().name() == "constituencies"
    assert (data.code_field.currentField(), data.name_field.currentField(), data.parent_field.currentField()) == (
        "constituency_id", "name_ar", "")
    assert data.file_widget.filePath() == str(SAMPLE / "legislative_2021_constituencies.csv")
    assert data.election_edit.text() == "2021"
    assert data.roles()["seats"] == "" and data.roles()["votes"] == "votes"
    assert analyse.chosen_ids() == joined_id and analyse.party_code() == "MP"
    assert analyse.safe_margin.value() == 12.5 and analyse.permutations.value() == 499
    assert dock.export_page.title.text() == "Le MP en 2021"
    assert Path(dock.state.imported).is_file()
    # the restored panel runs: the match step finds the imported table again
    assert run(dock, dock.run_match).layer("joined").featureCount() == 92


# -- commands ---------------------------------------------------------------------------------------


def test_processing_commands_name_layers_by_their_source(dock, project, gpkg, tmp_path):
    from fiefs_plugin.gui.commands import python_command, qgis_process_command

    layer = QgsVectorLayer(f"{gpkg}|layername=communes", "communes", "ogr")
    layer.setSubsetString("\"part\" = 'commune'")
    assert project.addMapLayer(layer) is not None
    parameters = {"INPUT": layer.id(), "RESULTS": "/data/r 2021.csv", "SUM_DUPLICATES": False,
                  "MIN_SCORE": 85.0, "CROSSWALK": None, "LAYERS": [layer.id(), "/tmp/b.gpkg"]}
    shell = qgis_process_command("fiefs:joinresults", parameters, project)
    words = shlex.split(shell)
    source = f"{gpkg}|layername=communes|subset=\"part\" = 'commune'"
    assert words == ["qgis_process", "run", "fiefs:joinresults", "--", f"INPUT={source}", "RESULTS=/data/r 2021.csv",
                     "SUM_DUPLICATES=false", "MIN_SCORE=85.0", f"LAYERS={source}", "LAYERS=/tmp/b.gpkg"]
    python = python_command("fiefs:joinresults", parameters, project)
    assert python.startswith('processing.run("fiefs:joinresults", {')
    values = eval(python[len('processing.run("fiefs:joinresults", '):-1])  # noqa: S307 (our own text)
    assert values["INPUT"] == source and values["LAYERS"] == [source, "/tmp/b.gpkg"]
    assert values["SUM_DUPLICATES"] is False and "CROSSWALK" not in values
    reopened = QgsVectorLayer(values["INPUT"], "again", "ogr")
    assert reopened.featureCount() == 1540  # the filter travels with the command
    del reopened


# -- size and translations --------------------------------------------------------------------------


def test_pages_fit_a_350_px_dock(dock):
    from qgis.PyQt.QtWidgets import QWidget

    dock.show()
    QCoreApplication.processEvents()
    for page in (dock.data_page, dock.match_page, dock.analyse_page, dock.export_page):
        too_wide = [(type(w).__name__, w.objectName(), w.minimumSizeHint().width())
                    for w in page.findChildren(QWidget) if w.isVisibleTo(page) and w.minimumSizeHint().width() > 300]
        assert page.minimumSizeHint().width() <= 300 and not too_wide, too_wide


# -- election store ---------------------------------------------------------------------------------


def test_election_kept_in_the_store_and_loaded_back(dock, project, gpkg, tmp_path):
    layer = constituencies(project, gpkg)
    data = dock.data_page
    store = tmp_path / "elections.gpkg"
    data.layer_combo.setLayer(layer)
    data.file_widget.setFilePath(str(SAMPLE / "legislative_2021_constituencies.csv"))
    data.election_edit.setText("ma-2021")
    data.store_file.setFilePath(str(store))
    data.save_store.setChecked(True)
    run(dock, dock.run_data)
    result = run(dock, dock.run_match)  # joined, then kept in the store with the join's decisions
    assert [s.algorithm for s in result.plan.steps] == ["fiefs:joinresults", "fiefs:storeimport"]
    decisions = result.plan.steps[0].parameters["CROSSWALK_OUTPUT"]
    assert result.plan.steps[1].parameters["CROSSWALK"] == decisions and Path(decisions).is_file()
    assert result.results[1]["RESULT_ROWS"] > 0 and result.results[1]["STORE_LOCATION"]
    assert "kept in the store" in dock.message_text()

    # the results now come from the store: no import, no matching
    data.mode_combo.setCurrentIndex(data.mode_combo.findData("store"))
    assert data.roles_box.isHidden() and data.run_button.text() == "Load the election from the store"
    dock.list_store_elections()
    assert [data.store_election_combo.itemText(i) for i in range(data.store_election_combo.count())] == ["ma-2021"]
    data.election_edit.clear()
    loaded = run(dock, dock.run_data)
    assert loaded.plan.steps[0].algorithm == "fiefs:storeload"
    joined = loaded.layer("joined")
    assert joined.featureCount() == 92 and "v_RNI" in joined.fields().names()
    assert dock.steps.currentIndex() == 2
    assert joined.id() in dock.analyse_page.chosen_ids()
    assert project.layerTreeRoot().findGroup("ma-2021").findLayer(joined.id()) is not None
