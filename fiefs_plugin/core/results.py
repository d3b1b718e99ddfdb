"""The canonical election result (``ResultSet``) and the per-unit table joined to layers.

Every results table Fiefs reads (CSV, spreadsheet, QGIS table; wide or long) becomes one
``ResultSet``: a long table of votes (one row per unit x party) and a table of per-unit
totals. ``unit_table()`` turns it into one row per unit with the joined fields of
DESIGN.md; ``fiefs:joinresults`` and ``fiefs:storeload`` both build their layers through it.

Pure Python (pandas/numpy): no QGIS import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core import indicators, names

# --- Column names of the canonical frames ------------------------------------------------
UNIT_CODE = "unit_code"  # text, as the file writes it (leading zeros kept)
UNIT_NAME = "unit_name"
PARENT_CODE = "parent_code"  # province / department / constituency code (text) or None
PARENT_NAME = "parent_name"
PARTY = "party"  # field-safe code from core.fields.party_code; ResultSet.parties has the name
VOTES = "votes"  # int64
SEATS = "seats"  # float64, NaN when the file gives no seats
ELECTION = "election"  # only on exported tables (ResultSet.election holds it)
PARTY_NAME = "party_name"  # only on exported tables (ResultSet.parties holds it)

UNIT_COLUMNS = (UNIT_CODE, UNIT_NAME, PARENT_CODE, PARENT_NAME)
VOTES_COLUMNS = (*UNIT_COLUMNS, PARTY, VOTES, SEATS)
TOTAL_COLUMNS = (fld.REGISTERED, fld.VOTERS, fld.BLANK, fld.INVALID, fld.VALID)
TOTALS_COLUMNS = (*UNIT_COLUMNS, *TOTAL_COLUMNS)
LONG_TABLE_COLUMNS = (ELECTION, *UNIT_COLUMNS, PARTY, PARTY_NAME, VOTES, SEATS, *TOTAL_COLUMNS)


def is_long_table(columns) -> bool:
    """True for a canonical long table (the OUTPUT of fiefs:importresults)."""
    return {ELECTION, UNIT_CODE, PARTY, VOTES} <= {str(c) for c in columns}

# --- Issue records --------------------------------------------------------------------------
ERROR = "error"
WARNING = "warning"
INFO = "info"
ISSUE_COLUMNS = ("severity", "file", "row", "column", "message")


@dataclass
class Issue:
    """One finding about the input. ``row`` is the 1-based line/row of the source file
    (header = 1) or None for the whole file; ``column`` the header text or None."""

    severity: str
    file: str
    row: int | None
    column: str | None
    message: str

    def as_text(self) -> str:
        where = [self.file] if self.file else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class ResultsError(ValueError):
    """Input that cannot be read as election results; ``issue`` says where and why."""

    def __init__(self, issue: Issue):
        super().__init__(issue.as_text())
        self.issue = issue


@dataclass
class ResultSet:
    """One election's results, in canonical form.

    ``votes``: long frame, columns ``VOTES_COLUMNS`` (one row per unit x party; ``votes``
    int64, ``seats`` float64 with NaN when unknown). ``totals``: one row per unit, columns
    ``TOTALS_COLUMNS`` (float64, NaN when the file has no such figure; ``valid`` is the
    sum of party votes when the file has no valid-votes column, with an info issue
    saying so). ``parties``: party code -> original name, in file order. ``issues``:
    warnings and notes found while reading (errors are raised, not stored).
    """

    election: str
    votes: pd.DataFrame
    totals: pd.DataFrame
    parties: dict[str, str]
    source: str = ""
    issues: list[Issue] = field(default_factory=list)
    # False when the table had no code column and units are known by (parent/)name only
    has_codes: bool = True

    @classmethod
    def build(
        cls,
        election: str,
        votes: pd.DataFrame,
        totals: pd.DataFrame | None = None,
        parties: dict[str, str] | None = None,
        source: str = "",
        issues: list[Issue] | None = None,
    ) -> ResultSet:
        """A ResultSet from plain frames (e.g. rows read from the election store).

        ``votes`` needs ``unit_code``, ``party`` and ``votes``; other columns of
        ``VOTES_COLUMNS`` are optional. ``totals`` (optional) needs ``unit_code``; missing
        total columns become NaN, units without a totals row get one, and ``valid`` falls
        back to the sum of party votes. ``parties`` defaults to code -> code. Codes are
        converted to text; dtypes are made canonical.
        """
        issues = list(issues or [])
        v = votes.copy()
        for name in (UNIT_CODE, PARTY, VOTES):
            if name not in v.columns:
                raise ValueError(f"votes frame lacks column '{name}'")
        for name in (UNIT_NAME, PARENT_CODE, PARENT_NAME):
            if name not in v.columns:
                v[name] = None
        if SEATS not in v.columns:
            v[SEATS] = np.nan
        v[UNIT_CODE] = _text(v[UNIT_CODE])
        v[PARENT_CODE] = _text(v[PARENT_CODE])
        v[PARTY] = v[PARTY].astype(str)
        v[VOTES] = pd.to_numeric(v[VOTES]).astype("int64")
        v[SEATS] = pd.to_numeric(v[SEATS], errors="coerce").astype("float64")
        v = v[list(VOTES_COLUMNS)].reset_index(drop=True)

        units = v.drop_duplicates(UNIT_CODE)[list(UNIT_COLUMNS)]
        if totals is None:
            t = units.copy()
        else:
            t = totals.copy()
            if UNIT_CODE not in t.columns:
                raise ValueError(f"totals frame lacks column '{UNIT_CODE}'")
            t[UNIT_CODE] = _text(t[UNIT_CODE])
            for name in (UNIT_NAME, PARENT_CODE, PARENT_NAME):
                if name not in t.columns:
                    t = t.merge(units[[UNIT_CODE, name]], on=UNIT_CODE, how="left")
            extra = units[~units[UNIT_CODE].isin(t[UNIT_CODE])]
            t = pd.concat([t, extra], ignore_index=True)
            t[PARENT_CODE] = _text(t[PARENT_CODE])
        for name in TOTAL_COLUMNS:
            t[name] = pd.to_numeric(t[name], errors="coerce").astype("float64") if name in t.columns else np.nan
        party_sum = v.groupby(UNIT_CODE, sort=False)[VOTES].sum()
        missing_valid = t[fld.VALID].isna()
        if missing_valid.any():
            t.loc[missing_valid, fld.VALID] = t.loc[missing_valid, UNIT_CODE].map(party_sum).astype("float64")
        t = t[list(TOTALS_COLUMNS)].reset_index(drop=True)
        if parties is None:
            parties = {code: code for code in v[PARTY].unique()}
        return cls(election=election, votes=v, totals=t, parties=dict(parties), source=source, issues=issues)

    @property
    def unit_codes(self) -> list[str]:
        return self.totals[UNIT_CODE].tolist()

    def issues_frame(self) -> pd.DataFrame:
        """The issues as a table (the REPORT output of fiefs:importresults)."""
        return issues_frame(self.issues)

    def long_table(self, zero_rows: bool = True) -> pd.DataFrame:
        """The canonical long table written by fiefs:importresults: ``LONG_TABLE_COLUMNS``,
        one row per unit x party, with the election, the party's original name and the
        unit's totals on every row. ``from_long_table()`` reads it back.

        ``zero_rows=False`` leaves out the rows ``without_zero_rows()`` drops, before the
        totals are copied onto every row (France: 529k rows kept of 1.33 M, and the
        memory of the other 0.8 M never taken)."""
        votes = self.votes if zero_rows else without_zero_rows(self.votes)
        merged = votes.merge(
            self.totals[[UNIT_CODE, *TOTAL_COLUMNS]], on=UNIT_CODE, how="left", validate="many_to_one"
        )
        merged.insert(0, ELECTION, self.election)
        merged.insert(merged.columns.get_loc(PARTY) + 1, PARTY_NAME, merged[PARTY].map(self.parties))
        return merged[list(LONG_TABLE_COLUMNS)]

    @classmethod
    def from_long_table(cls, frame: pd.DataFrame, source: str = "") -> ResultSet:
        """A ResultSet from a canonical long table (as ``long_table()`` writes it)."""
        missing = [c for c in (UNIT_CODE, PARTY, VOTES) if c not in frame.columns]
        if missing:
            raise ResultsError(Issue(ERROR, source, None, missing[0], "not a Fiefs results table: column missing"))
        election = ""
        if ELECTION in frame.columns and frame[ELECTION].notna().any():
            elections = frame[ELECTION].dropna().astype(str).unique()
            if len(elections) > 1:
                raise ResultsError(Issue(ERROR, source, None, ELECTION,
                                         f"the table holds several elections ({', '.join(elections[:5])}); "
                                         "filter it to one first"))
            election = str(elections[0])
        parties: dict[str, str] = {}
        names_column = frame[PARTY_NAME] if PARTY_NAME in frame.columns else frame[PARTY]
        for code, name in zip(frame[PARTY].astype(str), names_column):
            if code not in parties:
                parties[code] = code if name is None or (isinstance(name, float) and np.isnan(name)) else str(name)
        totals = frame.drop_duplicates(UNIT_CODE)[[c for c in TOTALS_COLUMNS if c in frame.columns]]
        return cls.build(election, frame, totals, parties, source=source)


def without_zero_rows(long: pd.DataFrame) -> pd.DataFrame:
    """A long table without the rows of parties with 0 votes and no seat (a missing row
    means 0 votes); each unit keeps at least one row so its totals survive."""
    seats = long[SEATS].fillna(0) if SEATS in long.columns else 0
    keep = (long[VOTES] > 0) | (seats > 0)
    keep |= ~long[UNIT_CODE].isin(long.loc[keep, UNIT_CODE]) & ~long[UNIT_CODE].duplicated()
    return long[keep.to_numpy()].reset_index(drop=True)


def issues_frame(issues: list[Issue]) -> pd.DataFrame:
    rows = [(i.severity, i.file, i.row, i.column, i.message) for i in issues]
    frame = pd.DataFrame(rows, columns=list(ISSUE_COLUMNS))
    frame["row"] = frame["row"].astype("float64")
    return frame


def _text(series: pd.Series) -> pd.Series:
    """Codes as text: integers without '.0', NULL stays None."""

    def one(value):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return None
        if isinstance(value, (float, np.floating)) and float(value).is_integer():
            return str(int(value))
        return str(value).strip()

    return series.map(one).astype(object)


def empty_votes() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in UNIT_COLUMNS})
    frame[PARTY] = pd.Series(dtype="object")
    frame[VOTES] = pd.Series(dtype="int64")
    frame[SEATS] = pd.Series(dtype="float64")
    return frame


# --- The joined per-unit table -------------------------------------------------------------


def unit_table(result_set: ResultSet) -> pd.DataFrame:
    """One row per unit with the joined fields of DESIGN.md.

    Returns a frame indexed by unit code (index name ``unit_code``, units in the order of
    ``result_set.totals``) with the columns, in this order:

    - ``fiefs_unit``: the unit code (text, same as the index);
    - ``registered``, ``voters``, ``valid``, ``blank``, ``invalid`` (float64, NaN unknown);
      ``valid`` falls back to the sum of party votes where the totals lack it;
    - ``turnout`` = voters / registered (0-1), NaN when either is unknown or registered is 0;
    - ``v_‹P›`` votes (int64; 0 where the party has no row for the unit), for each party
      code P in ``result_set.parties`` order;
    - ``s_‹P›`` = v_P / valid (0-1), NaN when valid is 0 or unknown;
    - ``seats_‹P›`` (float64, NaN unknown), only when the result set has any seats;
    - ``winner``: code of the party with most votes (ties: the first in party order), None
      when no party has a vote; ``winner_share``: its s_; ``runner_up``: the second
      party (None if it has no vote); ``margin`` = (winner share - runner-up share) x 100,
      in percentage points (the runner-up share counts as 0 when there is none);
    - ``enp`` = 1 / sum(s_P^2) (Laakso-Taagepera effective number of parties on the
      shares of valid votes), NaN when valid is 0.

    The signature is stable: fiefs:joinresults and fiefs:storeload rely on it.
    """
    totals = result_set.totals.drop_duplicates(UNIT_CODE, keep="first")
    codes = pd.Index(totals[UNIT_CODE].astype(str), name=UNIT_CODE)
    parties = list(result_set.parties)
    votes = result_set.votes
    grid = _grid_units(votes, parties)  # a wide table's layout: a row per unit and party, in party order
    if grid is None:
        for code in votes[PARTY].unique() if len(votes) else []:
            if code not in result_set.parties:
                parties.append(code)

    out = pd.DataFrame(index=codes)
    out[fld.UNIT] = codes.to_numpy(dtype=object)
    for name in fld.TOTAL_FIELDS:  # registered, voters, valid, blank, invalid
        if name in totals.columns:
            out[name] = pd.to_numeric(totals[name], errors="coerce").to_numpy(dtype="float64")
        else:
            out[name] = np.nan

    # unit x party matrix by flat-index counting (a national table has a million rows)
    if grid is not None:  # the rows' units and parties from the layout: one lookup per unit, not per row
        unit_pos = np.repeat(codes.get_indexer(pd.Index(grid).astype(str)), len(parties))
        party_pos = np.tile(np.arange(len(parties)), len(grid))
    else:
        unit_pos = codes.get_indexer(votes[UNIT_CODE].astype(str))
        party_pos = pd.Index(parties).get_indexer(votes[PARTY])
    keep = unit_pos >= 0
    flat = unit_pos[keep] * len(parties) + party_pos[keep]
    size = len(codes) * len(parties)

    def accumulate(values: np.ndarray) -> np.ndarray:
        return np.bincount(flat, weights=values[keep], minlength=size).reshape(len(codes), len(parties))

    matrix = np.rint(accumulate(votes[VOTES].to_numpy(dtype="float64"))).astype("int64")

    party_sum = matrix.sum(axis=1).astype("float64")
    valid = out[fld.VALID].to_numpy()
    valid = np.where(np.isnan(valid), party_sum if len(parties) else np.nan, valid)
    out[fld.VALID] = valid
    # turnout, shares, winner, runner-up, margin, ENP: the one implementation of core.indicators
    derived = indicators.unit_fields(out, parties, matrix.astype("float64"), np.where(valid > 0, valid, np.nan))
    out[fld.TURNOUT] = derived[fld.TURNOUT]

    new_columns = {}
    for i, code in enumerate(parties):
        new_columns[fld.votes_field(code)] = matrix[:, i]
    for code in parties:
        new_columns[fld.share_field(code)] = derived[fld.share_field(code)]
    seats = votes[SEATS].to_numpy(dtype="float64") if SEATS in votes.columns else np.array([])
    if np.isfinite(seats).any():
        known = accumulate(np.isfinite(seats).astype("float64"))
        seat_matrix = np.where(known > 0, accumulate(np.nan_to_num(seats, nan=0.0)), np.nan)
        for i, code in enumerate(parties):
            new_columns[fld.seats_field(code)] = seat_matrix[:, i]
    for name in (fld.WINNER, fld.WINNER_SHARE, fld.RUNNER_UP, fld.MARGIN, fld.ENP):
        new_columns[name] = derived[name]
    columns = {name: out[name].to_numpy() for name in out.columns}  # one frame built at once, not concatenated
    columns.update(new_columns)
    return pd.DataFrame(columns, index=codes)


def _grid_units(votes: pd.DataFrame, parties: list) -> np.ndarray | None:
    """The unit of each block of rows when ``votes`` is laid out as a wide table reads
    (``len(parties)`` rows per unit, the parties in that order each time), else None."""
    count = len(parties)
    if not count or not len(votes) or len(votes) % count:
        return None
    party_column = votes[PARTY].to_numpy(dtype=object).reshape(-1, count)
    if not (party_column == np.array(parties, dtype=object)[None, :]).all():
        return None
    unit_column = votes[UNIT_CODE].to_numpy(dtype=object).reshape(-1, count)
    if not (unit_column == unit_column[:, :1]).all():
        return None
    return unit_column[:, 0]


# --- Reading a results table ---------------------------------------------------------------

WIDE = "wide"
LONG = "long"
SHAPES = ("auto", WIDE, LONG)

# Role names (the keys of FieldRoles and of the importresults field parameters)
ROLE_NAMES = (
    "code", "name", "parent_code", "parent_name", "registered", "voters", "valid", "blank",
    "invalid", "party", "party_name", "votes", "seats",
)

_SPACES = "\u00a0\u202f\u2009\u2007 '’\u066c"  # thousands separators seen in official files
_DIGIT_GROUPS = re.compile(r"^\d{1,3}([.,])\d{3}(?:\1\d{3})*$")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_NUMBER_TRANSLATION = str.maketrans({**{ch: "" for ch in _SPACES}, "\u066b": ".", "\u2212": "-"})


def parse_number(value, whole: bool = True) -> float | None:
    """A count or a percentage written as official files write it, or None if unreadable.

    Accepts thousands separators (space, no-break and narrow no-break spaces, apostrophe,
    Arabic ٬, and a dot or comma when followed by groups of three digits), decimal
    commas, Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) and a trailing ``%``. ``whole``: the value
    is a count, so ``1.234`` and ``1,234`` read as 1234; a fraction stays a fraction
    (the caller decides whether that is an error). Empty cells give NaN.
    """
    if value is None:
        return np.nan
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    text = names.ascii_digits(str(value)).strip().translate(_NUMBER_TRANSLATION)
    if text.endswith("%"):
        text = text[:-1].strip()
    if not text or text in {"-", "—", "–"}:
        return np.nan
    if whole and _DIGIT_GROUPS.match(text):
        return float(re.sub(r"[.,]", "", text))
    if _PLAIN_NUMBER.match(text):
        return float(text.replace(",", "."))
    # 1.234,5 or 1,234.5: the last separator is the decimal one
    match = re.match(r"^([+-]?\d{1,3}(?:([.,])\d{3})+)([.,])(\d+)$", text)
    if match and match.group(2) != match.group(3):
        return float(re.sub(r"[.,]", "", match.group(1)) + "." + match.group(4))
    return None


def _numbers(series: pd.Series, whole: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """``(values float64 with NaN for empty, mask of unreadable cells)`` of a column."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype="float64")
        return values, np.zeros(len(values), dtype=bool)
    text = series.astype(object).where(series.notna(), "")
    if not all(isinstance(v, str) for v in text.to_numpy()[:50]):
        text = text.map(str)
    fast = pd.to_numeric(text, errors="coerce").to_numpy(dtype="float64")
    need = np.isnan(fast) | (whole & (fast != np.round(fast)))
    if need.any():  # only those cells: the rest are plain numbers
        need &= (text != "").to_numpy()
    values = fast.copy()
    bad = np.zeros(len(values), dtype=bool)
    if need.any():
        positions = np.flatnonzero(need)
        for pos, cell in zip(positions, text.to_numpy()[positions]):
            number = parse_number(cell, whole)
            if number is None:
                bad[pos] = True
                values[pos] = np.nan
            else:
                values[pos] = number
    return values, bad


# Header words -> roles. Headers are folded (case, accents, Arabic letter forms) and
# split into words; a pattern matches when all its words are in the header, in order.
_ROLE_PATTERNS: dict[str, tuple[str, ...]] = {
    "registered": ("inscrits", "inscrit", "registered", "electeurs inscrits", "electors", "electorate",
                   "مسجلين", "المسجلين", "المسجلون", "المسجلين بالوائح", "الناخبين المسجلين"),
    "voters": ("votants", "votant", "voters", "ballots cast", "turnout count", "مصوتين", "المصوتين",
               "المصوتون", "عدد المصوتين"),
    "valid": ("exprimes", "exprimés", "suffrages exprimes", "valid", "valid votes", "bulletins valides",
              "المعبر عنها", "الاصوات المعبر عنها", "الاصوات الصحيحه", "صحيحه", "list votes sum",
              "valid votes listed"),
    "blank": ("blancs", "blanc", "blank", "bulletins blancs", "البيضاء", "الاوراق البيضاء", "بيضاء"),
    "invalid": ("nuls", "nul", "invalid", "spoilt", "rejected", "bulletins nuls", "الملغاه",
                "الاوراق الملغاه", "ملغاه", "blancs et nuls"),
    "seats": ("sieges", "siege", "seats", "elus", "mandats", "المقاعد", "مقاعد", "عدد المقاعد"),
    "votes": ("voix", "votes", "nb voix", "nombre de voix", "suffrages", "الاصوات", "عدد الاصوات", "اصوات"),
    "party_name": ("party name", "list name", "nom liste", "libelle liste", "libelle abrege liste",
                   "nom parti", "اسم الحزب", "اسم اللائحه", "party name ar", "party name fr"),
    "party": ("party", "parti", "liste", "list", "nuance", "code nuance", "sigle", "abbreviation",
              "party abbreviation", "abbrev", "الحزب", "اللائحه", "الهيئه السياسيه", "party code"),
    "parent_code": ("code departement", "code du departement", "dep", "code dep", "departement code",
                    "province code", "code province", "prov code", "code prov", "province id",
                    "prefecture code", "رمز الاقليم", "constituency code", "code circonscription"),
    "parent_name": ("departement", "libelle departement", "libelle du departement", "province",
                    "province name", "prefecture", "province fr", "prov fr", "الاقليم", "العماله",
                    "الاقليم العماله", "اقليم", "province name ar"),
    "code": ("code", "code insee", "code commune", "insee", "codgeo", "code geo", "commune code", "id commune",
             "code hcp", "hcp code", "unit code", "code unite", "الرمز", "رمز الجماعه", "constituency id",
             "id", "code du commune", "code de la commune", "code bureau", "code circ"),
    "name": ("commune", "libelle", "libelle commune", "libelle de la commune", "nom commune", "nom",
             "name", "commune name", "name fr", "name ar", "nom fr", "nom ar", "unit name", "unite",
             "الجماعه", "اسم الجماعه", "circonscription", "constituency", "constituency name",
             "constituency name ar", "الدائره", "الدائره الانتخابيه", "libelle circonscription", "bureau"),
}
# Headers that are neither a role nor a party: shares, ids of other levels, bookkeeping
_IGNORED = re.compile(
    r"(^| )(pct|percent|pourcentage|taux|share|part|turnout|participation|abstentions?|rang|rank|"
    r"region|reg|regions?|typecom|type|ncc|quality|year|annee|election|scrutin|tour|source|winner|"
    r"lists|nb listes|population|households|menages|slug|cercle|arrondissement|sexe|prenom|"
    r"lat|lon|latitude|longitude|x|y|geom|geometry|fid|objectid|code|codes|id|ids|digits|"
    r"نسبه|المشاركه)( |$)"
)
_PREFIXES = re.compile(r"^(nb|nombre|nombre de|number of|total|total des|n|no|num|عدد|مجموع)\s+")
_WIDE_PREFIX = re.compile(r"^(votes?|voix|v|seats?|si[eè]ges?|s|share|pct)[ _-]+(.+)$", re.IGNORECASE)


def header_key(header: str) -> str:
    """A header folded for role detection: ``"Nb. Inscrits"`` -> ``"inscrits"``."""
    return _header_key(str(header))


@lru_cache(maxsize=4096)
def _header_key(header: str) -> str:
    text = names.fold(header.replace("%", " pct "))
    for _ in range(2):
        text = _PREFIXES.sub("", text)
    return text


def role_of(header: str) -> str | None:
    """The role a column header names (a key of ``_ROLE_PATTERNS``), or None."""
    key = header_key(header)
    if not key:
        return None
    for role, patterns in _ROLE_PATTERNS.items():
        for pattern in patterns:
            if key == header_key(pattern):
                return role
    return None


@dataclass
class FieldRoles:
    """Which column plays which role. ``party_columns``: the vote column of each party in
    a wide table (column -> party label); ``seat_columns``: party label -> its seats column."""

    shape: str = WIDE
    code: str | None = None
    name: str | None = None
    parent_code: str | None = None
    parent_name: str | None = None
    registered: str | None = None
    voters: str | None = None
    valid: str | None = None
    blank: str | None = None
    invalid: str | None = None
    party: str | None = None
    party_name: str | None = None
    votes: str | None = None
    seats: str | None = None
    party_columns: dict[str, str] = field(default_factory=dict)
    seat_columns: dict[str, str] = field(default_factory=dict)

    def used(self) -> set[str]:
        columns = {getattr(self, r) for r in ROLE_NAMES} - {None}
        return columns | set(self.party_columns) | set(self.seat_columns.values())

    def describe(self, columns=None) -> str:
        parts = [f"shape={self.shape}"]
        parts += [f"{r}='{getattr(self, r)}'" for r in ROLE_NAMES if getattr(self, r)]
        if self.party_columns:
            parts.append(f"{len(self.party_columns)} party columns")
        if columns is not None:
            unused = [str(c) for c in columns if str(c) not in self.used()]
            if unused:
                parts.append("not used: " + ", ".join(unused))
        return ", ".join(parts)


def guess_roles(
    frame: pd.DataFrame,
    overrides: dict[str, str | None] | None = None,
    shape: str = "auto",
    party_columns: list[str] | None = None,
    source: str = "",
    seat_columns: list[str] | None = None,
) -> FieldRoles:
    """Column roles from the headers (French, Arabic, English), then ``overrides``.

    ``overrides`` maps role names (``ROLE_NAMES``) to column names; ``party_columns``
    forces the party vote columns of a wide table and ``seat_columns`` its seats columns
    (paired with the parties by ``_pair_seats``). The shape is long when a party column
    and a votes column are found (or forced), else wide; in a wide table the party
    columns are the remaining mostly-numeric columns, and seats columns are those named
    with a seats prefix and a party's label (also when the party columns are forced). Raises ResultsError when an
    override names a column that does not exist or when no party column is found.
    """
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    columns = [str(c) for c in frame.columns]
    for role, column in overrides.items():
        if role not in ROLE_NAMES:
            raise ValueError(f"unknown role '{role}'")
        if column not in columns:
            raise ResultsError(Issue(ERROR, source, None, column,
                                     f"the {role} column '{column}' is not in the table (columns: {', '.join(columns)})"))
    roles = FieldRoles()
    taken = set(overrides.values())
    for column in columns:
        if column in taken:
            continue
        role = role_of(column)
        if role and getattr(roles, role) is None and role not in overrides:
            setattr(roles, role, column)
    for role, column in overrides.items():
        setattr(roles, role, column)
    # a code column that holds names, or a name column that holds codes, is not demoted here:
    # the user overrides when the guess is wrong (the report names the columns used).

    if shape == "auto":
        shape = LONG if roles.party and roles.votes else WIDE
    roles.shape = shape
    if shape == LONG:
        if not roles.party:
            raise ResultsError(Issue(ERROR, source, 1, None,
                                     "long table: no party/list column found; name it with the party field parameter"))
        if not roles.votes:
            raise ResultsError(Issue(ERROR, source, 1, None,
                                     "long table: no votes column found; name it with the votes field parameter"))
        return roles

    # wide: party columns
    roles.party = roles.party_name = roles.votes = None if shape == WIDE and "party" not in overrides else roles.party
    seat_columns = list(seat_columns or [])
    for listed, what in ((party_columns or [], "party"), (seat_columns, "seats")):
        missing = [c for c in listed if c not in columns]
        if missing:
            raise ResultsError(Issue(ERROR, source, None, missing[0],
                                     f"{what} column '{missing[0]}' is not in the table"))
    both = [c for c in seat_columns if c in (party_columns or [])]
    if both:
        raise ResultsError(Issue(ERROR, source, None, both[0],
                                 f"column '{both[0]}' is given both as a party vote column and as a seats column"))
    if party_columns:
        candidates = list(party_columns)
    else:
        used = roles.used() | set(seat_columns)
        candidates = []
        for column in columns:
            if column in used or _IGNORED.search(header_key(column) or "§"):
                continue
            if _mostly_numeric(frame[column]):
                candidates.append(column)
    seat_by_label: dict[str, str] = {}
    vote_columns: dict[str, str] = {}
    for column in candidates:
        kind, label = _wide_prefix(column)
        if kind == "seats":
            seat_by_label[label] = column
        elif kind == "share" and not party_columns:
            continue
        elif kind == "votes":
            vote_columns[column] = label
        else:
            vote_columns[column] = column
    if party_columns:
        # a listed seats column whose party is listed too holds that party's seats, not the votes
        # of a party called "Seats ..."; any other listed column is a vote column as given
        labels = {_label_key(label) for label in vote_columns.values()}
        for label, column in list(seat_by_label.items()):
            if _label_key(label) not in labels:
                vote_columns[column] = column
                del seat_by_label[label]
        vote_columns = {c: vote_columns[c] for c in candidates if c in vote_columns}
    if not vote_columns:
        raise ResultsError(Issue(
            ERROR, source, 1, None,
            "no party vote column found: a wide table needs one numeric column per party or list "
            "(or give the party and votes columns of a long table)",
        ))
    roles.party_columns = vote_columns
    if seat_columns:
        roles.seat_columns = _pair_seats(seat_columns, vote_columns, source)
        return roles
    if not seat_by_label:  # seats columns not among the candidates: look in the columns left
        taken = roles.used() | set(vote_columns)
        for column in columns:
            kind, label = _wide_prefix(column)
            if kind == "seats" and column not in taken:
                seat_by_label[label] = column
    roles.seat_columns = _pair_seats_by_label(seat_by_label, vote_columns)
    return roles


_SEAT_WORDS = {"seats", "seat", "sieges", "siege", "s"}
_SHARE_WORDS = {"share", "pct"}
_VOTE_WORDS = {"votes", "vote", "voix", "v"}


def _wide_prefix(column: str) -> tuple[str | None, str]:
    """``("seats"|"votes"|"share", label)`` for a wide-table header with such a prefix
    (``"Sièges PAM"`` -> ``("seats", "PAM")``), else ``(None, column)``."""
    match = _WIDE_PREFIX.match(column)
    if not match:
        return None, column
    word = names.fold(match.group(1))
    if word in _SEAT_WORDS:
        return "seats", match.group(2)
    if word in _SHARE_WORDS:
        return "share", match.group(2)
    return ("votes", match.group(2)) if word in _VOTE_WORDS else (None, column)


def _label_key(label: str) -> str:
    return names.fold(str(label)).strip()


def _pair_seats_by_label(seat_by_label: dict[str, str], vote_columns: dict[str, str]) -> dict[str, str]:
    """party label -> seats column, for the seats columns whose label is a party's."""
    by_key = {_label_key(label): label for label in vote_columns.values()}
    out = {}
    for label, column in seat_by_label.items():
        party = by_key.get(_label_key(label))
        if party is not None and party not in out:
            out[party] = column
    return out


def _pair_seats(seat_columns: list[str], vote_columns: dict[str, str], source: str) -> dict[str, str]:
    """The wide-table pairing rule for seats columns given by name (SEATS_FIELDS): each goes
    to the party whose label it carries after a seats prefix (``seats_PAM``, ``Sièges PAM``,
    ``s_PAM`` -> PAM); when they do not all pair that way and there are as many seats columns
    as party columns, the i-th seats column goes with the i-th party column."""
    by_label = {}
    for column in seat_columns:
        kind, label = _wide_prefix(column)
        by_label[label if kind == "seats" else column] = column
    paired = _pair_seats_by_label(by_label, vote_columns)
    if len(paired) == len(seat_columns):
        return paired
    if len(seat_columns) == len(vote_columns):
        return {label: seats for label, seats in zip(vote_columns.values(), seat_columns)}
    unpaired = [c for c in seat_columns if c not in paired.values()]
    raise ResultsError(Issue(
        ERROR, source, None, unpaired[0],
        f"seats column '{unpaired[0]}' goes with no party column: name it after its party (seats_‹party›) "
        f"or give as many seats columns as party columns, in the same order"))


def _mostly_numeric(series: pd.Series) -> bool:
    values, bad = _numbers(series.head(2000))
    filled = (~np.isnan(values)) | bad
    # half the cells are numbers: a count column with a typo, which read_results reports
    return bool(filled.any()) and bad.sum() <= 0.5 * filled.sum()


def read_results(
    frame: pd.DataFrame,
    election: str = "",
    source: str = "",
    lines: list[int] | None = None,
    overrides: dict[str, str | None] | None = None,
    shape: str = "auto",
    party_columns: list[str] | None = None,
    roles: FieldRoles | None = None,
    numbers: dict | None = None,
) -> ResultSet:
    """Read and validate a results table (cells as text or numbers) into a ResultSet.

    ``lines``: the source line of each row, for messages (default: row number + 1, the
    header being line 1). ``numbers``: columns already read as numbers (column -> float
    array, as ``DelimitedTable.numbers``), used for count columns where they are whole. Errors raise :class:`ResultsError` naming file, row and column:
    empty table, no unit column, non-numeric / negative / fractional counts, duplicate
    unit x party rows. Inconsistencies become warnings in ``ResultSet.issues``: party
    votes != valid, voters > registered, valid > voters, valid + blank + invalid !=
    voters, totals that differ between the rows of one unit (long tables).
    """
    if frame is None or len(frame.columns) == 0 or len(frame) == 0:
        raise ResultsError(Issue(ERROR, source, None, None, "the table has no data rows"))
    frame = _default_index(frame).copy(deep=False)  # the caller's frame keeps its column labels
    frame.columns = [str(c) for c in frame.columns]
    lines = list(lines) if lines is not None else list(range(2, len(frame) + 2))
    roles = roles or guess_roles(frame, overrides, shape, party_columns, source)
    issues: list[Issue] = [Issue(INFO, source, None, None, f"columns used: {roles.describe(frame.columns)}")]
    frame, lines = _without_total_rows(frame, lines, roles, source, issues)
    if not roles.code and not roles.name:
        raise ResultsError(Issue(ERROR, source, 1, None,
                                 "no unit code or name column found (e.g. 'code', 'commune', 'الجماعة'); "
                                 "name one with the code or name field parameter"))
    line_array = np.asarray(lines)

    def text_column(column: str | None) -> pd.Series:
        if column is None:
            return pd.Series([None] * len(frame), dtype=object)
        return _texts(frame[column])

    known_numbers = numbers or {}

    def count_column(column: str, required: bool) -> np.ndarray:
        values = known_numbers.get(column)
        if values is not None and len(values) == len(frame) and np.array_equal(
                values[np.isfinite(values)], np.round(values[np.isfinite(values)])):
            bad = np.zeros(len(values), dtype=bool)
        else:
            values, bad = _numbers(frame[column], whole=True)
        if bad.any():
            pos = int(np.flatnonzero(bad)[0])
            raise ResultsError(Issue(ERROR, source, int(line_array[pos]), column,
                                     f"'{frame[column].iloc[pos]}' is not a number ({int(bad.sum())} such cells in this column)"))
        finite = ~np.isnan(values)
        negative = finite & (values < 0)
        if negative.any():
            pos = int(np.flatnonzero(negative)[0])
            raise ResultsError(Issue(ERROR, source, int(line_array[pos]), column,
                                     f"negative count {frame[column].iloc[pos]}"))
        fraction = finite & (values != np.round(values))
        if fraction.any():
            pos = int(np.flatnonzero(fraction)[0])
            raise ResultsError(Issue(ERROR, source, int(line_array[pos]), column,
                                     f"'{frame[column].iloc[pos]}' is not a whole number of votes"))
        if required and not finite.all():
            pos = int(np.flatnonzero(~finite)[0])
            raise ResultsError(Issue(ERROR, source, int(line_array[pos]), column, "empty vote count"))
        return values

    codes = text_column(roles.code)
    unit_names = text_column(roles.name)
    parent_codes = text_column(roles.parent_code)
    parent_names = text_column(roles.parent_name)
    if roles.code:
        empty = codes.isna().to_numpy()
        if empty.all():
            raise ResultsError(Issue(ERROR, source, None, roles.code, "the code column is empty"))
        if empty.any():
            pos = int(np.flatnonzero(empty)[0])
            if roles.name and unit_names.iloc[pos] is not None:
                issues.append(Issue(WARNING, source, int(line_array[pos]), roles.code,
                                    f"{int(empty.sum())} rows have no code; they are identified by name"))
            else:
                raise ResultsError(Issue(ERROR, source, int(line_array[pos]), roles.code,
                                         "row without a unit code or name"))
    unit_keys = _unit_keys(codes, unit_names, parent_codes, parent_names)
    if not roles.code:
        issues.append(Issue(INFO, source, None, roles.name,
                            "no code column: units are identified by their name"
                            + (" within their parent" if roles.parent_code or roles.parent_name else "")))
    missing_unit = unit_keys.isna().to_numpy()
    if missing_unit.any():
        pos = int(np.flatnonzero(missing_unit)[0])
        raise ResultsError(Issue(ERROR, source, int(line_array[pos]), roles.name or roles.code,
                                 "row without a unit code or name"))

    totals_values = {}
    for role in TOTAL_COLUMNS:
        column = getattr(roles, role)
        if column:
            totals_values[role] = count_column(column, required=False)

    parties: dict[str, str] = {}
    taken: set[str] = set()
    if roles.shape == WIDE:
        labels = list(roles.party_columns.items())
        matrix = np.empty((len(frame), len(labels)), dtype="float64")
        empty_cells = 0
        for j, (column, label) in enumerate(labels):
            values = count_column(column, required=False)
            empty_cells += int(np.isnan(values).sum())
            matrix[:, j] = np.nan_to_num(values, nan=0.0)
            parties[fld.party_code(label, taken)] = label
        if empty_cells:
            issues.append(Issue(INFO, source, None, None, f"{empty_cells} empty party cells read as 0 votes"))
        codes_list = list(parties)
        seat_matrix = np.full_like(matrix, np.nan)
        for j, (_column, label) in enumerate(labels):
            if label in roles.seat_columns:
                seat_matrix[:, j] = count_column(roles.seat_columns[label], required=False)
        unit_frame = pd.DataFrame({
            UNIT_CODE: unit_keys.to_numpy(), UNIT_NAME: unit_names.to_numpy(),
            PARENT_CODE: parent_codes.to_numpy(), PARENT_NAME: parent_names.to_numpy(),
        })
        duplicated = unit_frame[UNIT_CODE].duplicated(keep=False).to_numpy()
        if duplicated.any():
            positions = np.flatnonzero(duplicated)
            first, second = int(positions[0]), int(
                next(p for p in positions[1:] if unit_keys.iloc[p] == unit_keys.iloc[positions[0]]))
            raise ResultsError(Issue(ERROR, source, int(line_array[second]), roles.code or roles.name,
                                     f"unit '{unit_keys.iloc[first]}' appears twice (rows {line_array[first]} and "
                                     f"{line_array[second]}); one row per unit in a wide table"))
        n_units, n_parties = matrix.shape
        votes = pd.DataFrame({
            UNIT_CODE: np.repeat(unit_frame[UNIT_CODE].to_numpy(), n_parties),
            UNIT_NAME: np.repeat(unit_frame[UNIT_NAME].to_numpy(), n_parties),
            PARENT_CODE: np.repeat(unit_frame[PARENT_CODE].to_numpy(), n_parties),
            PARENT_NAME: np.repeat(unit_frame[PARENT_NAME].to_numpy(), n_parties),
            PARTY: np.tile(np.array(codes_list, dtype=object), n_units),
            VOTES: matrix.reshape(-1).astype("int64"),
            SEATS: seat_matrix.reshape(-1),
        })
        totals = unit_frame.copy()
        for role in TOTAL_COLUMNS:
            totals[role] = totals_values.get(role, np.full(len(frame), np.nan))
        unit_lines = line_array
        party_sum = matrix.sum(axis=1)
    else:
        labels = text_column(roles.party)
        if roles.party_name:  # a row without abbreviation is known by its party's full name
            labels = labels.where(labels.notna(), text_column(roles.party_name))
        empty = labels.isna().to_numpy()
        if empty.any():
            pos = int(np.flatnonzero(empty)[0])
            raise ResultsError(Issue(ERROR, source, int(line_array[pos]), roles.party, "row without a party/list"))
        full_names = text_column(roles.party_name) if roles.party_name else labels
        full_names = full_names.where(full_names.notna(), labels)
        code_of: dict[str, str] = {}
        for label, full in zip(labels.to_numpy(), full_names.to_numpy()):
            if label not in code_of:
                code_of[label] = fld.party_code(label, taken)
                parties[code_of[label]] = full
        party_values = labels.map(code_of)
        vote_values = count_column(roles.votes, required=True)
        seat_values = count_column(roles.seats, required=False) if roles.seats else np.full(len(frame), np.nan)
        votes = pd.DataFrame({
            UNIT_CODE: unit_keys.to_numpy(), UNIT_NAME: unit_names.to_numpy(),
            PARENT_CODE: parent_codes.to_numpy(), PARENT_NAME: parent_names.to_numpy(),
            PARTY: party_values.to_numpy(), VOTES: vote_values.astype("int64"), SEATS: seat_values,
        })
        dup = votes.duplicated([UNIT_CODE, PARTY], keep=False).to_numpy()
        if dup.any():
            positions = np.flatnonzero(dup)
            key = (votes[UNIT_CODE].iloc[positions[0]], votes[PARTY].iloc[positions[0]])
            same = [p for p in positions if (votes[UNIT_CODE].iloc[p], votes[PARTY].iloc[p]) == key]
            raise ResultsError(Issue(ERROR, source, int(line_array[same[1]]), roles.party,
                                     f"unit '{key[0]}' has two rows for party '{labels.iloc[same[0]]}' (rows "
                                     f"{line_array[same[0]]} and {line_array[same[1]]})"))
        first = ~votes[UNIT_CODE].duplicated().to_numpy()
        totals = votes.loc[first, list(UNIT_COLUMNS)].reset_index(drop=True)
        unit_lines = line_array[first]
        order = pd.Index(totals[UNIT_CODE])
        for role in TOTAL_COLUMNS:
            if role not in totals_values:
                totals[role] = np.nan
                continue
            per_row = pd.DataFrame({UNIT_CODE: votes[UNIT_CODE], "v": totals_values[role]})
            spread = per_row.groupby(UNIT_CODE, sort=False)["v"].agg(["min", "max", "first"])
            differing = spread[spread["min"] != spread["max"]]
            for unit in differing.index[:20]:
                pos = int(np.flatnonzero((votes[UNIT_CODE] == unit).to_numpy())[0])
                issues.append(Issue(WARNING, source, int(line_array[pos]), getattr(roles, role),
                                    f"unit '{unit}': {role} differs between its rows "
                                    f"({differing.loc[unit, 'min']:.0f} to {differing.loc[unit, 'max']:.0f}); the first is used"))
            totals[role] = spread["first"].reindex(order).to_numpy(dtype="float64")
        party_sum = votes.groupby(UNIT_CODE, sort=False)[VOTES].sum().reindex(order).to_numpy(dtype="float64")

    if not roles.valid:
        issues.append(Issue(INFO, source, None, None,
                            "no valid-votes column: valid votes are the sum of the party votes"))
        totals[fld.VALID] = party_sum
    issues.extend(_consistency(totals, party_sum, unit_lines, roles, source))
    totals = _default_index(totals[list(TOTALS_COLUMNS)])
    votes = _default_index(votes if list(votes.columns) == list(VOTES_COLUMNS) else votes[list(VOTES_COLUMNS)])
    return ResultSet(election=election, votes=votes, totals=totals, parties=parties, source=source, issues=issues,
                     has_codes=bool(roles.code))


_TOTAL_WORDS = {"total", "totaux", "total general", "ensemble", "grand total", "overall", "all",
                "المجموع", "المجموع العام", "الاجمالي", "المجموع الكلي"}


def _without_total_rows(frame: pd.DataFrame, lines: list[int], roles: FieldRoles, source: str,
                        issues: list[Issue]) -> tuple[pd.DataFrame, list[int]]:
    """Drop the "Total" / "المجموع" rows official tables end with: they are not units.

    A row with a real code is a unit whatever its name; a code of digits and separators
    cannot fold to a total word (they all have letters), so only rows without a code or
    with letters in it have their labels folded (a national table folds none)."""
    labels = [c for c in (roles.code, roles.name, roles.parent_name) if c]
    candidates = np.ones(len(frame), dtype=bool)
    if roles.code:
        codes = _texts(frame[roles.code])
        empty = codes.isna().to_numpy()
        lettered = codes.str.contains(r"[^\W\d_]", regex=True, na=False).to_numpy(dtype=bool) & ~empty
        candidates = empty.copy()
        if lettered.any():
            candidates[lettered] = codes[lettered].map(lambda c: names.fold(c) in _TOTAL_WORDS).to_numpy(dtype=bool)
    mask = np.zeros(len(frame), dtype=bool)
    if candidates.any():
        rows = frame.loc[candidates]
        hits = np.zeros(len(rows), dtype=bool)
        for column in labels:
            folded = rows[column].map(lambda v: names.fold(v) if isinstance(v, str) else "")
            hits |= folded.isin(_TOTAL_WORDS).to_numpy()
        mask[candidates] = hits
    if not mask.any():
        return frame, lines
    for pos in np.flatnonzero(mask)[:10]:
        issues.append(Issue(INFO, source, int(lines[pos]), None, "a total row, not a unit: left out"))
    keep = ~mask
    return frame[keep].reset_index(drop=True), [line for line, k in zip(lines, keep) if k]


def _default_index(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the index 0..n-1: itself when it has it already (``reset_index``
    copies every column, a million cells for a national table)."""
    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1:
        return frame
    return frame.reset_index(drop=True)


def _texts(series: pd.Series) -> pd.Series:
    """``_cell_text`` of every cell (an object series, same index); text cells, the usual
    case of a delimited file, without a Python call per cell."""
    values = series.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":
        out = [v.strip() or None for v in values.tolist()]
    else:
        out = [_cell_text(v) for v in values.tolist()]
    return pd.Series(out, index=series.index, dtype=object)


def _cell_text(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def _unit_keys(codes: pd.Series, unit_names: pd.Series, parent_codes: pd.Series, parent_names: pd.Series) -> pd.Series:
    """The unit code of each row: the code, else the name (prefixed by the parent when
    there is one, as ``"<parent>/<name>"``)."""
    parent = parent_codes.where(parent_codes.notna(), parent_names)
    by_name = unit_names.where(parent.isna(), parent.astype(str) + "/" + unit_names.astype(str))
    by_name = by_name.where(unit_names.notna(), None)
    return codes.where(codes.notna(), by_name)


def _consistency(totals: pd.DataFrame, party_sum: np.ndarray, unit_lines, roles: FieldRoles, source: str) -> list[Issue]:
    """Warnings for totals that disagree (official files do contain such rows)."""
    out: list[Issue] = []
    registered = totals[fld.REGISTERED].to_numpy(dtype="float64")
    voters = totals[fld.VOTERS].to_numpy(dtype="float64")
    valid = totals[fld.VALID].to_numpy(dtype="float64")
    blank = totals[fld.BLANK].to_numpy(dtype="float64")
    invalid = totals[fld.INVALID].to_numpy(dtype="float64")
    units = totals[UNIT_CODE].to_numpy()
    checks = []
    if roles.valid:
        checks.append((~np.isnan(valid) & (party_sum != valid), roles.valid,
                       lambda i: f"unit '{units[i]}': party votes add up to {party_sum[i]:.0f}, valid votes are {valid[i]:.0f}"))
    checks.append((voters > registered, roles.voters,
                   lambda i: f"unit '{units[i]}': voters ({voters[i]:.0f}) exceed registered ({registered[i]:.0f})"))
    checks.append((valid > voters, roles.valid,
                   lambda i: f"unit '{units[i]}': valid votes ({valid[i]:.0f}) exceed voters ({voters[i]:.0f})"))
    if roles.valid and roles.blank and roles.invalid and roles.voters:
        parts = valid + blank + invalid
        checks.append((~np.isnan(parts) & ~np.isnan(voters) & (parts != voters), roles.voters,
                       lambda i: f"unit '{units[i]}': valid + blank + invalid = {parts[i]:.0f}, voters = {voters[i]:.0f}"))
    with np.errstate(invalid="ignore"):
        for mask, column, message in checks:
            for i in np.flatnonzero(np.nan_to_num(mask, nan=0).astype(bool)):
                out.append(Issue(WARNING, source, int(unit_lines[i]), column, message(i)))
    return out
