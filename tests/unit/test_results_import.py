"""Reading results tables: encodings, delimiters, shapes, column roles, numbers, and the
bad-input corpus (tests/data/results, made by make_corpus.py)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core.delimited import DelimitedError, detect_encoding, read_delimited
from fiefs_plugin.core.results import (
    LONG,
    PARTY,
    SEATS,
    UNIT_CODE,
    VOTES,
    WARNING,
    WIDE,
    ResultsError,
    guess_roles,
    header_key,
    parse_number,
    read_results,
    role_of,
    unit_table,
)
from tests.conftest import DATA

RESULTS = DATA / "results"
BAD = RESULTS / "bad"
ARABIC_NAMES = ["أصيلة", "اكزناية", "حجر النحل", "سبت الزينات"]


def _read(path, **kwargs):
    table = read_delimited(path)
    return table, read_results(table.frame, "test", path.name, table.lines, **kwargs)


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("arabic_wide_utf8.csv", "utf-8", ","),
        ("arabic_wide_utf8_bom.csv", "utf-8-sig", ";"),
        ("arabic_wide_cp1256.csv", "cp1256", ";"),
        ("arabic_wide_utf16.txt", "utf-16", "\t"),
    ],
)
def test_arabic_files_in_every_encoding(name, encoding, delimiter):
    table, result_set = _read(RESULTS / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert result_set.totals["unit_name"].tolist() == ARABIC_NAMES
    assert result_set.totals[UNIT_CODE].tolist()[0] == "01.511.01.01"
    assert result_set.totals["parent_name"].unique().tolist() == ["طنجة-أصيلة"]
    # the Arabic party names survive as the parties' original names; codes are ASCII
    assert list(result_set.parties.values()) == ["حزب التجمع الوطني للأحرار", "حزب الأصالة والمعاصرة", "حزب الاستقلال"]
    assert all(code.isascii() for code in result_set.parties)
    totals = result_set.totals.set_index(UNIT_CODE)
    assert totals.loc["01.511.01.01", fld.VALID] == 10630
    assert totals.loc["01.511.01.01", fld.REGISTERED] == 31890
    assert totals.loc["01.511.01.01", fld.VOTERS] == 10750
    assert not [i for i in result_set.issues if i.severity == WARNING]


def test_cp1256_and_utf16_detection_on_bytes():
    text = "الجماعة;المسجلون\nأولاد تايمة;1200\n"
    assert detect_encoding(text.encode("cp1256")) == "cp1256"
    assert detect_encoding(text.encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(text.encode("utf-16-be")) == "utf-16-be"
    assert detect_encoding("Exprimés;Côte\n".encode("cp1252")) == "cp1252"
    assert detect_encoding("Exprimés;Côte\n".encode()) == "utf-8"


@pytest.mark.parametrize("name", ["french_semicolon_cp1252.csv", "french_semicolon_utf8.csv"])
def test_french_official_style(name):
    table, result_set = _read(RESULTS / name)
    assert table.delimiter == ";"
    roles = guess_roles(table.frame)
    assert (roles.code, roles.name, roles.registered, roles.valid) == (
        "Code de la commune", "Libellé de la commune", "Inscrits", "Exprimés")
    assert list(roles.party_columns) == ["RNI", "PAM", "PI"]  # "% Vot/Ins" is not a party
    totals = result_set.totals.set_index(UNIT_CODE)
    assert totals.loc["015110101", fld.REGISTERED] == 31890  # "31 890" with a (narrow) no-break space
    assert totals.loc["015110101", fld.BLANK] == 70
    assert result_set.totals["unit_name"].iloc[2] == "Hjar Ennhal"
    votes = result_set.votes.set_index([UNIT_CODE, PARTY])[VOTES]
    assert votes.loc[("015110101", "RNI")] == 5120
    # valid 10 630 = votants 10 750 - blancs 70 - nuls 50: consistent, no warning
    assert not [i for i in result_set.issues if i.severity == WARNING]


def test_long_table_with_seats():
    _, result_set = _read(RESULTS / "long_fr.csv")
    assert list(result_set.parties) == ["RNI", "PAM", "PI"]
    table = unit_table(result_set)
    assert table.loc["01.511.01.09", "seats_PAM"] == 1 and table.loc["01.511.01.09", "seats_RNI"] == 0
    assert table.loc["01.511.01.09", fld.WINNER] == "PAM"
    assert any("valid votes are the sum" in i.message for i in result_set.issues)
    assert table.loc["01.511.01.01", fld.VALID] == 10630


def test_inconsistent_totals_are_warnings_with_row_and_column():
    _, result_set = _read(RESULTS / "inconsistent_totals.csv")
    warnings = [i for i in result_set.issues if i.severity == WARNING]
    texts = [w.as_text() for w in warnings]
    assert any("row 2, column 'votants'" in t and "exceed registered" in t for t in texts)
    assert any("row 3, column 'exprimes'" in t and "exceed voters" in t for t in texts)
    assert any("row 4, column 'exprimes'" in t and "add up to 50" in t for t in texts)
    assert result_set.issues_frame()["severity"].tolist().count("warning") == len(warnings)


def test_arabic_indic_digits_and_arabic_thousands_separator():
    _, result_set = _read(RESULTS / "arabic_indic_digits.csv")
    totals = result_set.totals.set_index(UNIT_CODE)
    assert totals.loc["01", fld.REGISTERED] == 12345
    votes = result_set.votes.set_index([UNIT_CODE, PARTY])[VOTES]
    assert votes.loc[("01", "RNI")] == 5000 and votes.loc[("02", "PAM")] == 123


@pytest.mark.parametrize(
    ("text", "whole", "expected"),
    [
        ("1 234", True, 1234), ("1\u00a0234\u00a0567", True, 1234567), ("1\u202f234", True, 1234),
        ("1.234", True, 1234), ("1,234", True, 1234), ("12", True, 12), ("", True, math.nan),
        ("45,3", False, 45.3), ("45,3 %", False, 45.3), ("1.234,5", False, 1234.5), ("1,234.5", False, 1234.5),
        ("٣٤٥", True, 345), ("١٬٢٣٤", True, 1234), ("٤٥٫٣", False, 45.3), ("1'234", True, 1234),
        ("douze", True, None), ("12abc", True, None),
    ],
)
def test_parse_number(text, whole, expected):
    value = parse_number(text, whole)
    if expected is None:
        assert value is None
    elif isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(value)
    else:
        assert value == pytest.approx(expected)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Inscrits", "registered"), ("Nb. Inscrits", "registered"), ("المسجلون", "registered"),
        ("عدد المسجلين", "registered"), ("Votants", "voters"), ("المصوتون", "voters"),
        ("Exprimés", "valid"), ("Suffrages exprimés", "valid"), ("الأصوات المعبر عنها", "valid"),
        ("Blancs", "blank"), ("Nuls", "invalid"), ("Sièges", "seats"), ("المقاعد", "seats"),
        ("Parti", "party"), ("الحزب", "party"), ("Liste", "party"), ("Voix", "votes"),
        ("Code INSEE", "code"), ("code_insee", "code"), ("Commune", "name"), ("الجماعة", "name"),
        ("Province", "parent_name"), ("الإقليم", "parent_name"), ("Code du département", "parent_code"),
        ("Département", "parent_name"),
    ],
)
def test_column_roles_in_three_languages(header, role):
    assert role_of(header) == role, header_key(header)


def test_overrides_and_wide_prefixes():
    frame = pd.DataFrame({
        "id": ["1", "2"], "label": ["Alpha", "Beta"], "votes_RNI": ["10", "20"], "votes_PAM": ["5", "7"],
        "seats_RNI": ["1", "1"], "seats_PAM": ["0", "0"], "share_RNI": ["0.66", "0.74"], "n": ["15", "27"],
    })
    result_set = read_results(frame, "x", "t", overrides={"name": "label", "valid": "n"})
    assert list(result_set.parties) == ["RNI", "PAM"]
    table = unit_table(result_set)
    assert table.loc["2", "v_RNI"] == 20 and table.loc["2", "seats_RNI"] == 1
    assert table.loc["1", fld.VALID] == 15
    with pytest.raises(ResultsError, match="'nope' is not in the table"):
        read_results(frame, overrides={"code": "nope"})
    forced = read_results(frame, party_columns=["votes_RNI"], overrides={"name": "label"})
    assert list(forced.parties.values()) == ["RNI"]


def test_long_table_without_abbreviation_uses_full_name():
    frame = pd.DataFrame({
        "constituency_id": ["15", "15", "16"], "abbreviation": ["PAM", "", "PAM"],
        "party_name_ar": ["حزب الأصالة والمعاصرة", "حزب البيئة والتنمية المستدامة", "حزب الأصالة والمعاصرة"],
        "votes": ["100", "20", "30"], "seats": ["1", "0", "1"],
    })
    result_set = read_results(frame)
    assert result_set.votes[SEATS].tolist() == [1, 0, 1]
    assert "حزب البيئة والتنمية المستدامة" in result_set.parties.values()
    assert len(result_set.parties) == 2


def test_units_without_code_are_known_by_parent_and_name():
    frame = pd.DataFrame({"الإقليم": ["طنجة", "طنجة", "تطوان"], "الجماعة": ["أصيلة", "اكزناية", "أصيلة"],
                          "RNI": ["1", "2", "3"]})
    result_set = read_results(frame)
    assert not result_set.has_codes
    assert result_set.totals[UNIT_CODE].tolist() == ["طنجة/أصيلة", "طنجة/اكزناية", "تطوان/أصيلة"]


# --- the bad-input corpus --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.csv", r"line 13: row has 4 fields, the header has 5: the file looks truncated"),
        ("wrong_delimiter.csv", r"line 1: the header has a single column"),
        ("empty.csv", r"the file is empty"),
    ],
)
def test_unreadable_files(name, message):
    with pytest.raises(DelimitedError) as info:
        read_delimited(BAD / name)
    text = f"line {info.value.line}: {info.value}" if info.value.line else str(info.value)
    assert pd.Series([text]).str.contains(message).all(), text


@pytest.mark.parametrize(
    ("name", "row", "column", "message"),
    [
        ("header_only.csv", None, None, "no data rows"),
        ("duplicate_rows.csv", 14, "parti", "two rows for party 'PAM'"),
        ("duplicate_units.csv", 4, "code", "appears twice"),
        ("negative_votes.csv", 3, "RNI", "negative count -3"),
        ("text_in_count.csv", 3, "PAM", "'douze' is not a number"),
        ("missing_code.csv", 1, None, "no unit code or name column"),
        ("fractional_votes.csv", 2, "RNI", "not a whole number"),
    ],
)
def test_invalid_tables_name_row_and_column(name, row, column, message):
    table = read_delimited(BAD / name)
    with pytest.raises(ResultsError) as info:
        read_results(table.frame, "t", name, table.lines)
    issue = info.value.issue
    assert (issue.file, issue.row, issue.column) == (name, row, column)
    assert message in issue.message
    assert name in str(info.value)


def test_wrong_delimiter_forced_on_a_good_file():
    with pytest.raises(DelimitedError, match="single column"):
        read_delimited(RESULTS / "french_semicolon_utf8.csv", delimiter=",")


def test_shapes_detected():
    wide = guess_roles(read_delimited(RESULTS / "arabic_wide_utf8.csv").frame)
    long = guess_roles(read_delimited(RESULTS / "long_fr.csv").frame)
    assert (wide.shape, long.shape) == (WIDE, LONG)
    assert (long.party, long.votes, long.seats) == ("parti", "voix", "sieges")


def test_numbers_from_spreadsheets_are_taken_as_they_are():
    frame = pd.DataFrame({"code": [1001, 1002], "commune": ["A", "B"], "RNI": [10, np.nan], "PAM": [3.0, 4.0]})
    result_set = read_results(frame)
    assert result_set.totals[UNIT_CODE].tolist() == ["1001", "1002"]
    assert result_set.votes[VOTES].tolist() == [10, 3, 0, 4]


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_real_arabic_names_survive_every_encoding(encoding):
    """The 1,503 HCP commune names (Arabic, real), written as official tables come."""
    hcp = pd.read_csv(DATA / "join" / "ma_hcp_communes.csv.gz", dtype=str)
    table = pd.DataFrame({"الرمز": hcp["code"], "الجماعة": hcp["name_ar"], "الإقليم": hcp["province_code"],
                          "حزب الاستقلال": range(len(hcp))})
    data = table.to_csv(index=False, sep=";").encode(encoding)
    read = read_delimited(data)
    assert read.encoding == encoding and read.delimiter == ";"
    result_set = read_results(read.frame, "t", "hcp", read.lines)
    assert result_set.totals["unit_name"].tolist() == hcp["name_ar"].tolist()
    assert result_set.totals[UNIT_CODE].tolist() == hcp["code"].tolist()


def test_title_lines_above_the_header_and_total_rows():
    text = ("Élections communales 2021 - résultats provisoires\n"
            "Province : Tanger-Assilah;;;;\n"
            "\n"
            "Code;Commune;Inscrits;RNI;PAM\n"
            "01.511.01.01;Assilah;300;50;30\n"
            "01.511.01.09;Gueznaia;200;20;50\n"
            ";Total;500;70;80\n")
    table = read_delimited(text.encode("utf-8"))
    assert table.skipped == 2 and table.delimiter == ";" and table.lines[0] == 5
    result_set = read_results(table.frame, "t", "t.csv", table.lines)
    assert result_set.totals[UNIT_CODE].tolist() == ["01.511.01.01", "01.511.01.09"]
    assert any(i.row == 7 and "total row" in i.message for i in result_set.issues)
    arabic = pd.DataFrame({"الجماعة": ["أصيلة", "المجموع"], "RNI": ["5", "5"]})
    assert read_results(arabic).totals["unit_name"].tolist() == ["أصيلة"]
