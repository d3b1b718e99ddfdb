"""Party palettes: the shipped files parse, codes resolve, unknown parties stay apart."""

from __future__ import annotations

import pytest

from fiefs_plugin.styling.colours import (
    delta_e,
    distinct_colours,
    lightness,
    parse_hex,
    sequential_ramp,
    to_lab,
)
from fiefs_plugin.styling.palettes import Palette, PaletteError, parse_palette, read_palette
from tests.conftest import REPO

PALETTES = REPO / "resources" / "palettes"
MOROCCO_FIRST = ["RNI", "PAM", "PI", "USFP", "MP", "UC", "PJD", "PPS", "MDS", "FFD", "PSU", "FGD", "PND",
                 "P.EQUITE", "AG"]
FRANCE = ["LRN", "LENS", "LUG", "LFI", "LLR", "LVEC", "LREC", "LCOM"]


@pytest.fixture(scope="module")
def palette():
    return Palette.from_files(sorted(PALETTES.glob("*.csv")))


def test_shipped_palettes_parse_and_order():
    morocco = [p.code for p in read_palette(PALETTES / "parties_ma.csv")]
    assert morocco[: len(MOROCCO_FIRST)] == MOROCCO_FIRST
    france = [p.code for p in read_palette(PALETTES / "parties_fr.csv")]
    assert france[: len(FRANCE)] == FRANCE
    for party in read_palette(PALETTES / "parties_ma.csv")[:12]:
        assert party.name_ar and party.name_fr


def test_main_parties_are_told_apart(palette):
    codes = MOROCCO_FIRST[:8]
    colours = [palette.colour(c) for c in codes]
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert delta_e(a, b) > 15, (a, b)
    colours = [palette.colour(c) for c in FRANCE]
    assert min(delta_e(a, b) for i, a in enumerate(colours) for b in colours[i + 1:]) > 10


def test_lookup_by_alias_list_column_name_and_suffix(palette):
    assert palette.lookup("rni").code == "RNI"
    assert palette.lookup("CNI").code == "FGD"
    assert palette.lookup("P_EQUITE").code == "P.EQUITE"
    assert palette.lookup("L01_LRN").code == "LRN"
    assert palette.lookup("L03_LUG").code == "LUG"
    assert palette.lookup("RN").code == "LRN"
    assert palette.lookup("RNI_2").code == "RNI"
    assert palette.lookup("حزب الاستقلال").code == "PI"
    assert palette.lookup("XYZ") is None


def test_colours_for_layer_codes(palette):
    codes = ["RNI", "PAM", "NEWPARTY", "OTHERNEW", "L10_LDIV", "L12_LDIV", "RNI"]
    colours = palette.colours_for(codes)
    assert list(colours) == ["RNI", "PAM", "NEWPARTY", "OTHERNEW", "L10_LDIV", "L12_LDIV"]
    assert colours["RNI"].colour == palette.colour("RNI") and colours["RNI"].label == "RNI"
    assert colours["NEWPARTY"].party is None
    on_map = [c.colour for c in colours.values()]
    assert len(set(on_map)) == len(on_map)
    for code in ("NEWPARTY", "OTHERNEW"):
        others = [c for k, c in ((k, v.colour) for k, v in colours.items()) if k != code]
        assert min(delta_e(colours[code].colour, o) for o in others) > 15
    # two lists of one nuance: shades of the nuance colour, named by their column
    assert colours["L10_LDIV"].label == "L10_LDIV" and colours["L12_LDIV"].label == "L12_LDIV"
    assert delta_e(colours["L10_LDIV"].colour, colours["L12_LDIV"].colour) > 5
    assert palette.colours_for(codes) == colours  # deterministic


def test_user_palette_wins_and_errors_name_the_line(tmp_path, palette):
    user = tmp_path / "mine.csv"
    user.write_text("code,colour\nRNI,#00ff00\nNEW,#123456\n", encoding="utf-8")
    mine = Palette.from_files([*sorted(PALETTES.glob("*.csv")), user])
    assert mine.colour("RNI") == "#00ff00" and mine.colour("NEW") == "#123456"
    assert mine.colour("PAM") == palette.colour("PAM")
    with pytest.raises(PaletteError, match=r"line 3: colour 'blue' of PJD"):
        parse_palette("code,colour\nRNI,#000000\nPJD,blue\n", "x.csv")
    with pytest.raises(PaletteError, match="missing: colour"):
        parse_palette("code,color\nRNI,#000000\n", "x.csv")


def test_sequential_ramp_gets_darker_for_every_party(palette):
    for party in palette.parties:
        ramp = sequential_ramp(party.colour, 6)
        levels = [lightness(c) for c in ramp]
        assert all(a > b + 3 for a, b in zip(levels, levels[1:])), (party.code, ramp)
        assert levels[0] > 85
    assert len(sequential_ramp("#f5c400", 9)) == 9


def test_distinct_colours_and_lab_round_trip():
    colours = distinct_colours(12, avoid=["#1f5aa6", "#d7263d"])
    assert len(set(colours)) == 12
    assert min(delta_e(a, b) for i, a in enumerate(colours) for b in colours[i + 1:]) > 12
    assert parse_hex("#1F5AA6") == (31, 90, 166)
    assert to_lab("#ffffff")[0] == pytest.approx(100, abs=0.01)
