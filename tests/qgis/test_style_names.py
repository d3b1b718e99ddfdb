"""Style names in a GeoPackage's layer_styles: QGIS creates styleName as a 30-character
field and GDAL warns on a longer value, so fiefs:stylemap (and the store) save short,
stable and distinct names (styling.store.style_name)."""

from __future__ import annotations

import sqlite3

from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

from tests.qgis.maps_support import MA_PROVINCES

LONG = "strongholds_mp_legislatives_2021_maroc"  # 38 characters


def test_short_names_are_kept_long_ones_truncated_with_a_hash():
    from fiefs_plugin.styling.store import STYLE_NAME_LIMIT, style_name

    assert STYLE_NAME_LIMIT == 30
    assert style_name("ma_winner") == "ma_winner"
    assert style_name("x" * 30) == "x" * 30
    short = style_name(LONG)
    assert len(short) == 30 and short == "strongholds_mp_legisl~" + short[-8:]
    assert style_name(LONG) == short  # stable: the same text, the same name
    other = style_name(LONG[:-5] + "_2026")
    assert other != short and other[:20] == short[:20]  # distinct texts that share a start stay apart
    arabic = "معقل_الحزب_الشعبي_في_الانتخابات"  # 31 characters (58 bytes): GDAL counts characters
    assert len(style_name(arabic)) <= 30 and style_name(arabic) != style_name(arabic[:-1] + "ة")
    assert style_name("  ") == "style"


def _styles(path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute("SELECT f_table_name, styleName FROM layer_styles").fetchall()


def test_stylemap_long_output_name_gives_a_short_style_name_and_no_gdal_warning(
        qgis_processing, fiefs_provider, tmp_path, capfd):
    import processing

    from fiefs_plugin.styling.store import style_name

    outputs = [tmp_path / f"{LONG}.gpkg", tmp_path / f"{LONG[:-5]}_2026.gpkg"]
    capfd.readouterr()
    for out in outputs:
        processing.run("fiefs:stylemap", {"INPUT": str(MA_PROVINCES), "STYLE": 0, "OUTPUT": str(out)})
    captured = capfd.readouterr()
    assert "styleName" not in captured.err + captured.out, captured.err[-2000:]
    names = []
    for out in outputs:
        rows = _styles(out)
        assert rows == [(out.stem, style_name(out.stem))]
        assert len(rows[0][1]) <= 30
        names.append(rows[0][1])
        # the default style is still found by name: the reopened layer comes up styled
        layer = QgsVectorLayer(f"{out}|layername={out.stem}", "reopened", "ogr")
        assert layer.isValid() and isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
        del layer
    assert names[0] != names[1]


def test_the_old_behaviour_warned(qgis_app, tmp_path, capfd):
    """The check above can fail: a 38-character name saved as it is makes GDAL warn."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFields,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )

    path = tmp_path / "plain.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "plain"
    writer = QgsVectorFileWriter.create(str(path), QgsFields(), QgsWkbTypes.Type.Polygon,
                                        QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsCoordinateTransformContext(), options)
    del writer
    layer = QgsVectorLayer(f"{path}|layername=plain", "plain", "ogr")
    capfd.readouterr()
    assert layer.saveStyleToDatabase(LONG, "", True, "") == ""
    assert "styleName" in capfd.readouterr().err
    del layer
