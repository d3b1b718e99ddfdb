"""The canonical election result (``ResultSet``) and the per-unit table joined to layers.

Every results table Fiefs reads (CSV, spreadsheet, QGIS table; wide or long) becomes one
``ResultSet``: a long table of votes (one row per unit x party) and a table of per-unit
totals. ``unit_table()`` turns it into one row per unit with the joined fields of
DESIGN.md; ``fiefs:joinresults`` and ``fiefs:storeload`` both build their layers through it.

Pure Python (pandas/numpy): no QGIS import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields as fld

# --- Column names of the canonical frames ------------------------------------------------
UNIT_CODE = "unit_code"  # text, as the file writes it (leading zeros kept)
UNIT_NAME = "unit_name"
PARENT_CODE = "parent_code"  # province / department / constituency code (text) or None
PARENT_NAME = "parent_name"
PARTY = "party"  # field-safe code from core.fields.party_code; ResultSet.parties has the name
VOTES = "votes"  # int64
SEATS = "seats"  # float64, NaN when the file gives no seats
ELECTION = "election"  # only on exported tables (ResultSet.election holds it)

UNIT_COLUMNS = (UNIT_CODE, UNIT_NAME, PARENT_CODE, PARENT_NAME)
VOTES_COLUMNS = (*UNIT_COLUMNS, PARTY, VOTES, SEATS)
TOTAL_COLUMNS = (fld.REGISTERED, fld.VOTERS, fld.BLANK, fld.INVALID, fld.VALID)
TOTALS_COLUMNS = (*UNIT_COLUMNS, *TOTAL_COLUMNS)

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

    def long_table(self) -> pd.DataFrame:
        """The votes with the election and the unit totals on every row (an export format)."""
        merged = self.votes.merge(
            self.totals[[UNIT_CODE, *TOTAL_COLUMNS]], on=UNIT_CODE, how="left", validate="many_to_one"
        )
        merged.insert(0, ELECTION, self.election)
        return merged


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
    - ``v_<P>`` votes (int64; 0 where the party has no row for the unit), for each party
      code P in ``result_set.parties`` order;
    - ``s_<P>`` = v_P / valid (0-1), NaN when valid is 0 or unknown;
    - ``seats_<P>`` (float64, NaN unknown), only when the result set has any seats;
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

    unit_codes = votes[UNIT_CODE].astype(str)
    grouped = (
        pd.DataFrame({UNIT_CODE: unit_codes, PARTY: votes[PARTY], VOTES: votes[VOTES].astype("int64")})
        .groupby([UNIT_CODE, PARTY], sort=False)[VOTES].sum()
    )
    wide = grouped.unstack(PARTY, fill_value=0) if len(grouped) else pd.DataFrame(index=pd.Index([], name=UNIT_CODE))
    wide = wide.reindex(index=codes, columns=parties, fill_value=0).fillna(0).astype("int64")
    matrix = wide.to_numpy(dtype="int64")

    party_sum = matrix.sum(axis=1).astype("float64")
    valid = out[fld.VALID].to_numpy()
    valid = np.where(np.isnan(valid), party_sum if len(parties) else np.nan, valid)
    out[fld.VALID] = valid
    registered = out[fld.REGISTERED].to_numpy()
    voters = out[fld.VOTERS].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        out[fld.TURNOUT] = np.where(registered > 0, voters / registered, np.nan)
        shares = np.where((valid > 0)[:, None], matrix / valid[:, None], np.nan)

    new_columns = {}
    for i, code in enumerate(parties):
        new_columns[fld.votes_field(code)] = matrix[:, i]
    for i, code in enumerate(parties):
        new_columns[fld.share_field(code)] = shares[:, i]
    seats = votes[SEATS] if SEATS in votes.columns else pd.Series(dtype="float64")
    if seats.notna().any():
        seat_wide = (
            pd.DataFrame({UNIT_CODE: unit_codes, PARTY: votes[PARTY], SEATS: seats.astype("float64")})
            .groupby([UNIT_CODE, PARTY], sort=False)[SEATS].sum(min_count=1)
            .unstack(PARTY)
            .reindex(index=codes, columns=parties)
        )
        for code in parties:
            new_columns[fld.seats_field(code)] = seat_wide[code].to_numpy(dtype="float64")

    winner = np.full(len(codes), None, dtype=object)
    runner_up = np.full(len(codes), None, dtype=object)
    winner_share = np.full(len(codes), np.nan)
    margin = np.full(len(codes), np.nan)
    enp = np.full(len(codes), np.nan)
    if parties and len(codes):
        # stable sort on -votes: ties keep party order
        order = np.argsort(-matrix, axis=1, kind="stable")
        rows = np.arange(len(codes))
        first, first_votes = order[:, 0], matrix[rows, order[:, 0]]
        has_winner = first_votes > 0
        party_array = np.array(parties, dtype=object)
        winner[has_winner] = party_array[first[has_winner]]
        winner_share = np.where(has_winner, shares[rows, first], np.nan)
        if len(parties) > 1:
            second, second_votes = order[:, 1], matrix[rows, order[:, 1]]
            has_second = has_winner & (second_votes > 0)
            runner_up[has_second] = party_array[second[has_second]]
            second_share = np.where(has_second, shares[rows, second], 0.0)
        else:
            second_share = np.zeros(len(codes))
        margin = np.where(has_winner, (winner_share - second_share) * 100.0, np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            concentration = np.nansum(np.where(np.isnan(shares), 0.0, shares) ** 2, axis=1)
            enp = np.where((valid > 0) & (concentration > 0), 1.0 / concentration, np.nan)
    new_columns[fld.WINNER] = winner
    new_columns[fld.WINNER_SHARE] = winner_share
    new_columns[fld.RUNNER_UP] = runner_up
    new_columns[fld.MARGIN] = margin
    new_columns[fld.ENP] = enp
    return pd.concat([out, pd.DataFrame(new_columns, index=codes)], axis=1)
