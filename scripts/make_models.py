#!/usr/bin/env python3
"""Write the Processing models shipped in resources/models/ (*.model3).

    /usr/bin/python3 scripts/make_models.py            # rewrite resources/models/*.model3
    /usr/bin/python3 scripts/make_models.py --check    # exit 1 when a committed model differs

The models are built here with the PyQGIS model API rather than drawn in the modeler, so
that a change is a reviewable diff of this script; the modeler opens and edits the
written files like any other model. The Fiefs provider loads every resources/models/*.model3
(processing/provider.py), so they appear in the toolbox and the modeler under "Fiefs".

A model's id is ``fiefs:<model name>``; its destination parameters are named
``<child id>:<output name>`` (QGIS 3.22), e.g. ``style:strongholds`` below.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "resources" / "models"

STRONGHOLD_HELP = {
    "ALG_DESC": (
        "From an election results table and a boundary layer to a stronghold map, in one run: "
        "fiefs:importresults reads and checks the table, fiefs:joinresults joins it to the units (by code, "
        "by name, or both), fiefs:indicators adds the party's indicators, fiefs:hotspots computes Gi* and "
        "local Moran of its share s_<PARTY> (queen contiguity, 999 permutations, seed 1, FDR 5 %), "
        "fiefs:strongholds classes every unit (stronghold, battleground, hot spot, weak, other; the Gi* "
        "evidence read from the hot-spot fields), fiefs:stylemap styles the classes and fiefs:exportlayout "
        "exports an A4 landscape PDF map.\n\n"
        "Open the model in the graphical modeler (Processing > Graphical Modeler > Open, "
        "resources/models/stronghold_map.model3 in the plugin folder) to change a default: the rules of "
        "the stronghold classes, the weights, the page, the format."
    ),
    "ALG_CREATOR": "Fiefs",
    "ALG_HELP_CREATOR": "Fiefs",
    "ALG_VERSION": "1",
    "results": "A results table: CSV/TXT, XLSX/ODS or any QGIS table, wide (one column per party) or long "
               "(one row per unit and party), read as fiefs:importresults reads it.",
    "boundaries": "The polygons of the result units (communes, constituencies...).",
    "code_field": "The field of the boundaries holding the unit codes of the results table.",
    "name_field": "The field of the boundaries holding unit names, to match by name where codes do not.",
    "results_code": "The code column of the results table (empty: detected from its headers).",
    "party": "The party code as the table spells it (the XX of the v_XX and s_XX fields), e.g. MP.",
    "style:strongholds": "The joined layer with indicators, Gi*/LISA fields and stronghold classes, styled "
                         "(the style is saved in the GeoPackage and beside it as .qml).",
    "export:map": "The A4 landscape PDF map.",
    "join:unmatched": "Result units without a boundary and boundaries without a result.",
}


def start_qgis():
    """QGIS without GUI and the Fiefs provider of this checkout (the child algorithms'
    parameter definitions give the defaults written into the models)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from fiefs_plugin.processing.provider import FiefsProvider

    provider = FiefsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def _child(algorithm_id: str, child_id: str, description: str, sources: dict, position: tuple[float, float]):
    from qgis.core import (
        QgsApplication,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
    )
    from qgis.PyQt.QtCore import QPointF

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if algorithm is None:
        raise SystemExit(f"make_models: algorithm {algorithm_id} is not registered")
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(*position))
    unknown = set(sources) - {d.name() for d in algorithm.parameterDefinitions()}
    if unknown:
        raise SystemExit(f"make_models: {algorithm_id} has no parameter {sorted(unknown)}")
    for name, values in sources.items():
        child.addParameterSources(name, values if isinstance(values, list) else [values])
    # Every other input keeps its default, written out as the modeler writes it, so that
    # the model validates and a later change of an algorithm's default shows in the diff.
    for definition in algorithm.parameterDefinitions():
        if definition.name() in sources or definition.isDestination() or definition.defaultValue() is None:
            continue
        child.addParameterSources(
            definition.name(), [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
    return child


def _output(child, name: str, child_output: str, description: str, position: tuple[float, float]):
    from qgis.core import QgsProcessingModelOutput
    from qgis.PyQt.QtCore import QPointF

    output = QgsProcessingModelOutput(name, description)
    output.setChildId(child.childId())
    output.setChildOutputName(child_output)
    output.setPosition(QPointF(*position))
    outputs = dict(child.modelOutputs())
    outputs[name] = output
    child.setModelOutputs(outputs)


def stronghold_map_model():
    """'Stronghold map from a results table': import -> join -> indicators -> hot spots ->
    strongholds -> style -> export layout."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterString,
    )
    from qgis.core import (
        QgsProcessingModelChildParameterSource as Source,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("Stronghold map from a results table", "Models", "models")
    parameters = [
        (QgsProcessingParameterFeatureSource(
            "results", "Results table (CSV, XLSX, ODS or layer)", [QgsProcessing.SourceType.TypeVector]), (120, 60)),
        (QgsProcessingParameterString("election", "Election name (default: the file name)", optional=True), (120, 120)),
        (QgsProcessingParameterFeatureSource(
            "boundaries", "Unit boundaries (communes, constituencies...)",
            [QgsProcessing.SourceType.TypeVectorPolygon]), (120, 180)),
        (QgsProcessingParameterField(
            "code_field", "Unit code field of the boundaries", parentLayerParameterName="boundaries", optional=True),
         (120, 240)),
        (QgsProcessingParameterField(
            "name_field", "Unit name field of the boundaries", parentLayerParameterName="boundaries", optional=True),
         (120, 300)),
        (QgsProcessingParameterString(
            "results_code", "Unit code column of the results (empty: detected)", optional=True), (120, 360)),
        (QgsProcessingParameterString("party", "Party code"), (120, 420)),
        (QgsProcessingParameterString("title", "Map title", defaultValue="", optional=True), (120, 480)),
        (QgsProcessingParameterString(
            "source", "Data source shown on the map", defaultValue="", optional=True), (120, 540)),
    ]
    for definition, (x, y) in parameters:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(definition, component)

    param, static, child_output = Source.fromModelParameter, Source.fromStaticValue, Source.fromChildOutput
    expression = Source.fromExpression
    children = [
        _child("fiefs:importresults", "import", "Import election results", {
            "INPUT": param("results"), "ELECTION": param("election"), "FORMAT": static(0),
            "OUTPUT": static(QgsProcessing.TEMPORARY_OUTPUT),
        }, (420, 60)),
        _child("fiefs:joinresults", "join", "Join results to the units", {
            "INPUT": param("boundaries"), "RESULTS": child_output("import", "OUTPUT"),
            "INPUT_CODE_FIELD": param("code_field"), "INPUT_NAME_FIELD": param("name_field"),
            "RESULTS_CODE_FIELD": param("results_code"), "MIN_SCORE": static(85.0), "SUM_DUPLICATES": static(False),
        }, (420, 160)),
        _child("fiefs:indicators", "indicators", "Party indicators", {
            "INPUT": child_output("join", "OUTPUT"), "PARTY": param("party"),
        }, (420, 260)),
        _child("fiefs:hotspots", "hotspots", "Hot spots of the party share (Gi*, local Moran)", {
            "INPUT": child_output("indicators", "OUTPUT"), "FIELD": expression("'s_' || @party"),
            "METHOD": static(2), "WEIGHTS": static(0), "TRANSFORM": static(0), "PERMUTATIONS": static(999),
            "SEED": static(1), "ALPHA": static(0.05), "FDR": static(1),
        }, (420, 360)),
        _child("fiefs:strongholds", "strongholds", "Stronghold classes", {
            "INPUT": [child_output("hotspots", "OUTPUT")], "PARTY": param("party"), "HOTSPOTS": static(1),
            "SAFE_MARGIN": static(10.0), "PVI_MIN": static(10.0), "LQ_MIN": static(0.0), "PVI_WINDOW": static(2),
            "BATTLEGROUND_MARGIN": static(10.0), "WEAK_LQ": static(0.5), "MIN_STRONG": static(0),
            "HOTSPOT_BIN": static(1), "NEEDS_HOTSPOT": static(False),
        }, (420, 460)),
        _child("fiefs:stylemap", "style", "Style the stronghold map", {
            "INPUT": child_output("strongholds", "OUTPUT"), "STYLE": static(2), "PARTY": param("party"),
            "CLASSES": static(5), "METHOD": static(0),
        }, (420, 560)),
        _child("fiefs:exportlayout", "export", "Export the map layout", {
            "INPUT": [child_output("style", "OUTPUT")], "TITLE": param("title"), "SOURCE_NOTE": param("source"),
            "TEMPLATE": static(0), "FORMAT": static(0), "DPI": static(300), "INSET": static(True),
        }, (420, 660)),
    ]
    by_id = {c.childId(): c for c in children}
    _output(by_id["join"], "unmatched", "UNMATCHED", "Unmatched units", (700, 160))
    _output(by_id["style"], "strongholds", "OUTPUT", "Stronghold map layer", (700, 560))
    _output(by_id["export"], "map", "OUTPUT", "Stronghold map (PDF)", (700, 660))
    for child in children:
        model.addChildAlgorithm(child)
    model.setHelpContent(STRONGHOLD_HELP)
    return model


STORE_HELP = {
    "ALG_DESC": (
        "Three elections kept in the election store (for instance the legislative elections of 2016, 2021 "
        "and 2026, oldest first) to a map of a party's strongholds and their persistence: fiefs:storeload "
        "rebuilds the joined layer of each election, fiefs:strongholds classes every unit across the three "
        "(bastion: a stronghold in every election; emerging: in the latest only; eroding: before but not in "
        "the latest; else the latest election's class), with Gi* hot spots of the party's share computed for "
        "each election (queen contiguity, 999 permutations, seed 1, FDR 5 %), fiefs:stylemap styles the "
        "classes and fiefs:exportlayout exports an A4 landscape PDF: one page, or an atlas page per feature "
        "of the coverage layer (regions, provinces).\n\n"
        "The units are matched across elections on fiefs_unit; the output has the units and boundaries of "
        "the latest election."
    ),
    "ALG_CREATOR": "Fiefs",
    "ALG_HELP_CREATOR": "Fiefs",
    "ALG_VERSION": "1",
    "store": "The election store (GeoPackage) holding the three elections (fiefs:storeimport writes it).",
    "election_1": "Id of the oldest election in the store, e.g. ma-legislative-2016.",
    "election_2": "Id of the next election, e.g. ma-legislative-2021.",
    "election_3": "Id of the latest election, e.g. ma-legislative-2026.",
    "party": "The party code (the XX of the v_XX fields), e.g. MP.",
    "atlas": "Optional: a polygon layer (regions, provinces) to get one page per feature.",
    "style:strongholds": "The stronghold classes across the three elections, styled (GeoPackage + .qml).",
    "export:map": "The A4 landscape PDF (one page, or one page per atlas feature).",
}


def store_strongholds_model():
    """'Strongholds across three elections from the election store': storeload x 3 ->
    strongholds (across elections, Gi* computed) -> style -> export layout (optional atlas)."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelParameter,
        QgsProcessingParameterFile,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.core import QgsProcessingModelChildParameterSource as Source
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("Strongholds across three elections from the election store", "Models",
                                        "models")
    parameters = [
        (QgsProcessingParameterFile("store", "Election store (GeoPackage)", QgsProcessingParameterFile.Behavior.File,
                                    "gpkg"), (120, 60)),
        (QgsProcessingParameterString("election_1", "Oldest election (id in the store)"), (120, 120)),
        (QgsProcessingParameterString("election_2", "Next election (id)"), (120, 180)),
        (QgsProcessingParameterString("election_3", "Latest election (id)"), (120, 240)),
        (QgsProcessingParameterString("party", "Party code"), (120, 300)),
        (QgsProcessingParameterString("title", "Map title", defaultValue="", optional=True), (120, 360)),
        (QgsProcessingParameterString(
            "source", "Data source shown on the map", defaultValue="", optional=True), (120, 420)),
        (QgsProcessingParameterVectorLayer(
            "atlas", "Atlas coverage (one page per feature; empty: one page)",
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True), (120, 480)),
    ]
    for definition, (x, y) in parameters:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(definition, component)

    param, static, child_output = Source.fromModelParameter, Source.fromStaticValue, Source.fromChildOutput
    children = [
        _child("fiefs:storeload", f"load_{n}", f"Load election {n} from the store", {
            "STORE": param("store"), "ELECTION": param(f"election_{n}"),
        }, (420, 60 + 80 * (n - 1)))
        for n in (1, 2, 3)
    ]
    children += [
        _child("fiefs:strongholds", "strongholds", "Strongholds across the three elections", {
            "INPUT": [child_output(f"load_{n}", "OUTPUT") for n in (1, 2, 3)],
            "LABELS": Source.fromExpression("@election_1 || ',' || @election_2 || ',' || @election_3"),
            "PARTY": param("party"), "HOTSPOTS": static(0), "SEED": static(1),
        }, (420, 320)),
        _child("fiefs:stylemap", "style", "Style the stronghold map", {
            "INPUT": child_output("strongholds", "OUTPUT"), "STYLE": static(2), "PARTY": param("party"),
        }, (420, 420)),
        _child("fiefs:exportlayout", "export", "Export the map layout", {
            "INPUT": [child_output("style", "OUTPUT")], "TITLE": param("title"), "SOURCE_NOTE": param("source"),
            "ATLAS_LAYER": param("atlas"), "TEMPLATE": static(0), "FORMAT": static(0), "DPI": static(300),
        }, (420, 520)),
    ]
    by_id = {c.childId(): c for c in children}
    _output(by_id["style"], "strongholds", "OUTPUT", "Stronghold map layer", (700, 420))
    _output(by_id["export"], "map", "OUTPUT", "Stronghold map (PDF)", (700, 520))
    for child in children:
        model.addChildAlgorithm(child)
    model.setHelpContent(STORE_HELP)
    return model


MODEL_FILES = {
    "stronghold_map.model3": stronghold_map_model,
    "store_strongholds.model3": store_strongholds_model,
}


def canonical(path_or_text) -> str:
    """The model XML with attributes sorted (Qt writes them in a per-process order)."""
    text = Path(path_or_text).read_text(encoding="utf-8") if isinstance(path_or_text, Path) else path_or_text
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text).strip()
    return ElementTree.canonicalize(text, strip_text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = parser.parse_args(argv)
    app, provider = start_qgis()
    MODELS.mkdir(parents=True, exist_ok=True)
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in MODEL_FILES.items():
            fresh = Path(tmp) / name
            model = build()
            valid, issues = model.validate()
            if not valid:
                print(f"make_models: {name} does not validate: {issues}", file=sys.stderr)
                return 1
            if not model.toFile(str(fresh)):
                print(f"make_models: could not write {name}", file=sys.stderr)
                return 1
            target = MODELS / name
            if args.check:
                if not target.exists() or canonical(target) != canonical(fresh):
                    print(f"make_models: {target} is not what scripts/make_models.py writes", file=sys.stderr)
                    status = 1
            elif target.exists() and canonical(target) == canonical(fresh):
                print(f"unchanged {target}")  # Qt orders attributes differently in each process: no churn
            else:
                fresh.replace(target)
                print(f"wrote {target}")
    from qgis.core import QgsApplication

    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    return status


if __name__ == "__main__":
    sys.exit(main())
