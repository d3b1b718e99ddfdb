"""Run inside the real QGIS desktop (qgis.bin --code): drive the Fiefs dock through its
four steps on the Moroccan sample (legislative results 2016 and 2021 per constituency),
take a screenshot of each step, and write what was seen to $FIEFS_RESULT as JSON.

Environment: FIEFS_RESULT (JSON to write), FIEFS_SHOTS (folder for screenshots),
FIEFS_TAG (suffix of the screenshot names, e.g. "en", "ar"), FIEFS_WORK (a folder for
the run's outputs), FIEFS_PARTY (party code, default RNI).
"""

import json
import os
import shutil
import time
import traceback
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

RESULT = Path(os.environ["FIEFS_RESULT"])
SHOTS = Path(os.environ.get("FIEFS_SHOTS", str(RESULT.parent)))
TAG = os.environ.get("FIEFS_TAG", "en")
WORK = Path(os.environ.get("FIEFS_WORK", str(RESULT.parent / "work")))
PARTY = os.environ.get("FIEFS_PARTY", "RNI")
DOCK_WIDTH = 350


def settle(ms=300):
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_run(dock, seen, name, timeout=240):
    start = time.monotonic()
    while dock.is_running() and time.monotonic() - start < timeout:
        QApplication.processEvents()
        time.sleep(0.02)
    result = dock.last_result
    seen.setdefault("runs", {})[name] = {
        "ok": bool(result and result.ok), "error": result.error if result else "timeout",
        "seconds": round(time.monotonic() - start, 2),
    }
    if not (result and result.ok):
        raise RuntimeError(f"{name} failed: {result.error if result else 'timeout'}; {dock.message_text()}")
    return result


def shot(window, dock, name, seen):
    settle(400)
    path = SHOTS / f"dock_{name}_{TAG}.png"
    window.grab().save(str(path))
    dock_path = SHOTS / f"dock_{name}_{TAG}_panel.png"
    dock.grab().save(str(dock_path))
    seen.setdefault("screenshots", []).extend([str(path), str(dock_path)])


def class_colours(layer):
    renderer = layer.renderer()
    colours = {}
    for category in getattr(renderer, "categories", lambda: [])():
        if category.symbol() is not None:
            colours[str(category.value())] = category.symbol().color().name()
    return colours


def canvas_colour_pixels(canvas, colours):
    """Pixels of the canvas image per class colour (within a small tolerance)."""
    image = canvas.grab().toImage()
    targets = {key: QColor(value) for key, value in colours.items()}
    counts = dict.fromkeys(targets, 0)
    step = 3
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = QColor(image.pixel(x, y))
            for key, colour in targets.items():
                if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) \
                        + abs(pixel.blue() - colour.blue()) <= 12:
                    counts[key] += 1
                    break
    return counts, image.width() * image.height() // (step * step)


def table_rows(widget):
    return [[widget.item(r, c).text() if widget.item(r, c) else "" for c in range(widget.columnCount())]
            for r in range(widget.rowCount())]


def run():
    seen = {"tag": TAG}
    try:
        window = iface.mainWindow()
        window.showMaximized()
        settle(500)
        dock = window.findChild(QgsDockWidget, "FiefsDock")
        seen["dock_found"] = dock is not None
        dock.show()
        dock.raise_()
        window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        settle(500)
        seen["dock_width"] = dock.width()
        seen["layout_direction_rtl"] = dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
        seen["step_titles"] = [dock.steps.itemText(i) for i in range(dock.steps.count())]

        import fiefs_plugin
        from fiefs_plugin.gui.data_page import DataPage  # noqa: F401 (the plugin's modules load)

        sample = Path(fiefs_plugin.__file__).parent / "resources" / "sample"
        project = QgsProject.instance()
        WORK.mkdir(parents=True, exist_ok=True)
        gpkg = WORK / "morocco.gpkg"  # a copy: the plugin's own sample stays untouched
        shutil.copyfile(sample / "morocco.gpkg", gpkg)
        layer = QgsVectorLayer(f"{gpkg}|layername=constituencies", "constituencies", "ogr")
        seen["layer_valid"] = layer.isValid()
        project.addMapLayer(layer)
        iface.mapCanvas().setExtent(layer.extent())
        WORK.mkdir(parents=True, exist_ok=True)

        # 1. Data and 2. Match, for two elections
        data, match = dock.data_page, dock.match_page
        dock.show_step("data")
        data.output_dir.setFilePath(str(WORK))
        data.layer_combo.setLayer(layer)
        seen["fields"] = [data.code_field.currentField(), data.name_field.currentField(),
                          data.parent_field.currentField()]
        for year in ("2016", "2021"):
            dock.show_step("data")
            data.file_widget.setFilePath(str(sample / f"legislative_{year}_constituencies.csv"))
            data.election_edit.setText(year)
            seen.setdefault("roles", {})[year] = data.roles()
            if year == "2021":
                dock.step_pages["data"].ensureWidgetVisible(data.roles_table, 0, 0)
                shot(window, dock, "step1_data", seen)
            dock.run_data()
            wait_run(dock, seen, f"import_{year}")
            seen.setdefault("import_outcome", {})[year] = data.outcome.text()
            dock.run_match()
            wait_run(dock, seen, f"match_{year}")
            seen.setdefault("match_counts", {})[year] = table_rows(match.counts)
        dock.show_step("match")
        dock.step_pages["match"].ensureWidgetVisible(match.counts, 0, 0)
        shot(window, dock, "step2_match", seen)

        # 3. Analyse: both elections, one party
        analyse = dock.analyse_page
        dock.show_step("analyse")
        analyse.refresh_elections(project)
        for i in range(analyse.elections.count()):
            analyse.check_election(analyse.elections.item(i).data(Qt.ItemDataRole.UserRole))
        analyse.set_party(PARTY)
        seen["elections"] = [analyse.elections.item(i).text() for i in range(analyse.elections.count())]
        seen["party_label"] = analyse.party.currentText()
        shot(window, dock, "step3_analyse", seen)
        dock.run_analysis()
        wait_run(dock, seen, "analysis")
        seen["analysis_outcome"] = analyse.outcome.text()

        # 4. Map and export: the stronghold preset, the layout, the summary
        export = dock.export_page
        dock.show_step("export")
        seen["presets_enabled"] = {k: b.isEnabled() for k, b in export.preset_buttons.items()}
        export.preset_buttons["stronghold"].click()
        result = wait_run(dock, seen, "map_stronghold")
        map_layer = result.layer("map")
        seen["map_layer"] = map_layer.name()
        settle(1500)
        canvas = iface.mapCanvas()
        while canvas.isDrawing():
            settle(200)
        colours = class_colours(map_layer)
        seen["class_colours"] = colours
        counts, sampled = canvas_colour_pixels(canvas, colours)
        seen["canvas_class_pixels"] = counts
        seen["canvas_sampled_pixels"] = sampled
        seen["class_table"] = table_rows(export.class_table)
        seen["top_table"] = table_rows(export.top_table)
        export.title.setText(f"{PARTY} 2016-2021")
        export.output.setFilePath(str(WORK / f"layout_{TAG}.pdf"))
        shot(window, dock, "step4_map", seen)
        dock.run_export()
        wait_run(dock, seen, "layout")
        layout_file = WORK / f"layout_{TAG}.pdf"
        seen["layout_file"] = str(layout_file)
        seen["layout_bytes"] = layout_file.stat().st_size if layout_file.exists() else 0

        # zoom to the strongest stronghold from the summary table
        before = canvas.extent()
        rect = export.top_table.visualItemRect(export.top_table.item(0, 0))
        from qgis.PyQt.QtTest import QTest

        QTest.mouseClick(export.top_table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         rect.center() if rect.isValid() else QPoint(5, 5))
        settle(800)
        fid = export.top_table.item(0, 0).data(Qt.ItemDataRole.UserRole)
        analysis = export.analysis_layer
        feature_box = analysis.getFeature(int(fid)).geometry().boundingBox()
        after = canvas.extent()
        seen["zoom"] = {"before_width": before.width(), "after_width": after.width(),
                        "contains_feature": after.contains(feature_box), "fid": int(fid)}
        bar = dock.step_pages["export"].verticalScrollBar()
        bar.setValue(bar.maximum())  # the summary tables
        shot(window, dock, "step4_zoom", seen)

        # the run as Processing commands
        dialog = dock.show_commands(dock._analysis_plan)
        settle(400)
        seen["python_command"] = dialog.python_text.toPlainText()
        seen["shell_command"] = dialog.shell_text.toPlainText()
        dialog.grab().save(str(SHOTS / f"dock_commands_{TAG}.png"))
        seen.setdefault("screenshots", []).append(str(SHOTS / f"dock_commands_{TAG}.png"))
        dialog.close()
        data_dialog = dock.show_commands(dock._data_plan)
        seen["import_shell_command"] = data_dialog.shell_text.toPlainText()
        data_dialog.close()
        seen["message"] = dock.message_text()
        seen["groups"] = [g.name() for g in project.layerTreeRoot().findGroups()]
    except Exception:  # the test reads the traceback from the JSON
        seen["error"] = traceback.format_exc()
    RESULT.write_text(json.dumps(seen, ensure_ascii=False, indent=1), encoding="utf-8")
    QApplication.instance().exit(0)


QTimer.singleShot(1500, run)
