"""Party indicators per unit (commune, constituency, ...), computed from vote counts.

Input is a frame with the joined-layer fields of DESIGN.md: the totals ``registered``,
``voters``, ``valid`` (``blank``, ``invalid``) and one ``v_‹P›`` column of votes per party
(``seats_‹P›`` optional). Everything else is derived here, so that the join step, the
indicators step and aggregation compute shares, winners and margins the one same way:

- ``turnout`` = voters / registered (0-1);
- ``s_‹P›`` = v_P / valid (0-1);
- ``winner``, ``winner_share`` (0-1), ``runner_up``, ``margin`` = (s_1 - s_2) x 100 (points);
- ``enp`` = 1 / sum(s_P^2), the effective number of parties (Laakso & Taagepera 1979);
- per party: ``rank_‹P›`` (1 = first, ties share the better rank), ``margin_‹P›`` =
  (s_P - max over the other parties of s_Q) x 100 points (the lead over the runner-up when
  the party is first, minus its distance to the winner otherwise), ``lq_‹P›`` = s_P / S_P
  (location quotient, S_P = sum v_P / sum valid over the analysed area, i.e. the
  votes-weighted overall share), ``dev_‹P›`` = (s_P - S_P) x 100 points, and ``conc_‹P›``
  = v_P / sum v_P (share of the party's total vote held by the unit, 0-1).

A unit with no valid vote gets NULL for every share-based value, never a division error
(a NULL ``valid`` falls back to the sum of party votes, as in ``core.results.unit_table``,
which computes its derived fields with ``unit_fields`` here: one implementation). A NULL ``v_‹P›`` means the party did not stand there: it counts as zero
votes in sums and shares, and its rank is NULL.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields

PER_PARTY_PREFIXES = (fields.SHARE_PREFIX, fields.RANK_PREFIX, fields.MARGIN_PREFIX, fields.LQ_PREFIX, fields.DEV_PREFIX, fields.CONC_PREFIX)
UNIT_FIELDS = (fields.TURNOUT, fields.WINNER, fields.WINNER_SHARE, fields.RUNNER_UP, fields.MARGIN, fields.ENP)


def parties_of(frame: pd.DataFrame, parties: Sequence[str] | None = None) -> list[str]:
    """Party codes to use: ``parties`` (checked against the frame) or all ``v_`` columns."""
    present = fields.party_codes_in(frame.columns)
    if parties is None:
        return present
    missing = [p for p in parties if fields.votes_field(p) not in frame.columns]
    if missing:
        raise KeyError(
            "party code(s) not found (no v_‹code› column): {missing}; available: {present}".format(
                missing=", ".join(missing), present=", ".join(present) or "none")
        )
    return list(parties)


def vote_matrix(frame: pd.DataFrame, parties: Sequence[str]) -> np.ndarray:
    """Votes as an n x k float array, NaN where the party did not stand."""
    if not len(parties):
        return np.zeros((len(frame), 0))
    return np.column_stack([pd.to_numeric(frame[fields.votes_field(p)], errors="coerce").to_numpy(float)
                            for p in parties])


def valid_votes(frame: pd.DataFrame, votes: np.ndarray) -> np.ndarray:
    """Valid votes per unit: the ``valid`` column, and the sum of party votes where it is
    NULL or missing (as ``core.results.unit_table`` does).

    0 becomes NaN, so that everything divided by it is NULL.
    """
    if votes.shape[1]:
        party_sum = np.where(np.isnan(votes).all(axis=1), np.nan, np.nansum(votes, axis=1))
    else:
        party_sum = np.full(len(frame), np.nan)
    if fields.VALID in frame.columns:
        valid = pd.to_numeric(frame[fields.VALID], errors="coerce").to_numpy(float)
        valid = np.where(np.isnan(valid), party_sum, valid)
    else:
        valid = party_sum
    valid = valid.astype(float, copy=True)
    valid[~(valid > 0)] = np.nan
    return valid


def _divide(num: np.ndarray, den) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.true_divide(num, den)
    out = np.asarray(out, dtype=float)
    out[~np.isfinite(out)] = np.nan
    return out


def overall_shares(frame: pd.DataFrame, parties: Sequence[str] | None = None) -> pd.Series:
    """Votes-weighted overall share of each party over the units: sum v_P / sum valid (0-1).

    Units without valid votes are left out of both sums.
    """
    parties = parties_of(frame, parties)
    votes = vote_matrix(frame, parties)
    return pd.Series(_overall(votes, valid_votes(frame, votes)), index=list(parties), dtype=float)


def _overall(votes: np.ndarray, valid: np.ndarray) -> np.ndarray:
    keep = ~np.isnan(valid)
    total_valid = valid[keep].sum()
    sums = np.nansum(votes[keep], axis=0) if votes.shape[1] else np.zeros(0)
    return sums / total_valid if total_valid > 0 else np.full(votes.shape[1], np.nan)


def _top_two(votes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Index and votes of the first and second party per row (NaN treated as absent).

    Ties go to the party listed first, so the result does not depend on row order.
    """
    n, k = votes.shape
    filled = np.where(np.isnan(votes), -np.inf, votes)
    if k == 0:
        empty = np.full(n, -1)
        return empty, np.full(n, np.nan), empty, np.full(n, np.nan)
    first = np.argmax(filled, axis=1)
    rows = np.arange(n)
    v1 = filled[rows, first]
    if k == 1:
        return first, np.where(np.isinf(v1), np.nan, v1), np.full(n, -1), np.full(n, np.nan)
    rest = filled.copy()
    rest[rows, first] = -np.inf
    second = np.argmax(rest, axis=1)
    v2 = rest[rows, second]
    v1 = np.where(np.isinf(v1), np.nan, v1)
    second = np.where(np.isinf(v2), -1, second)
    v2 = np.where(np.isinf(v2), np.nan, v2)
    return first, v1, second, v2


def unit_indicators(frame: pd.DataFrame, parties: Sequence[str] | None = None) -> pd.DataFrame:
    """Turnout, shares, winner, runner-up, margin and ENP per unit (same index as ``frame``).

    Columns: ``turnout``, ``s_‹P›`` for each party, ``winner``, ``winner_share``,
    ``runner_up``, ``margin`` (points) and ``enp``. Winner and runner-up are party codes
    (NULL when no party has a vote); on a tie the party listed first is named and the margin is 0.
    """
    parties = parties_of(frame, parties)
    votes = vote_matrix(frame, parties)
    return pd.DataFrame(unit_fields(frame, parties, votes, valid_votes(frame, votes)), index=frame.index)


def unit_fields(frame: pd.DataFrame, parties: Sequence[str], votes: np.ndarray, valid: np.ndarray) -> dict:
    """The arrays of ``unit_indicators`` from the n x k ``votes`` (NaN: the party did not
    stand) and ``valid`` (NaN where there is no valid vote); ``frame`` gives ``registered``
    and ``voters``. ``core.results.unit_table`` calls it on its pivot, so the joined fields
    and the indicators are one computation."""
    out: dict[str, object] = {}
    if fields.REGISTERED in frame.columns and fields.VOTERS in frame.columns:
        registered = pd.to_numeric(frame[fields.REGISTERED], errors="coerce").to_numpy(float)
        voters = pd.to_numeric(frame[fields.VOTERS], errors="coerce").to_numpy(float)
        out[fields.TURNOUT] = _divide(voters, np.where(registered > 0, registered, np.nan))
    else:
        out[fields.TURNOUT] = np.full(len(frame), np.nan)
    shares = _divide(np.nan_to_num(votes, nan=0.0), valid[:, None]) if votes.shape[1] else votes
    for j, party in enumerate(parties):
        out[fields.share_field(party)] = shares[:, j]
    first, v1, second, v2 = _top_two(votes)
    # winner and runner-up from the votes alone; share-based values need valid votes
    has = np.nan_to_num(v1) > 0
    codes = np.array(list(parties) + [None], dtype=object)
    out[fields.WINNER] = np.where(has, codes[first], None)
    out[fields.WINNER_SHARE] = np.where(has, _divide(v1, valid), np.nan)
    has2 = has & (second >= 0) & (np.nan_to_num(v2) > 0)
    out[fields.RUNNER_UP] = np.where(has2, codes[second], None)
    margin = _divide(v1 - np.nan_to_num(v2, nan=0.0), valid) * 100.0
    out[fields.MARGIN] = np.where(has, margin, np.nan)
    sum_sq = np.nansum(shares**2, axis=1) if votes.shape[1] else np.zeros(len(frame))
    out[fields.ENP] = np.where(~np.isnan(valid) & (sum_sq > 0), _divide(np.ones(len(frame)), sum_sq), np.nan)
    return out


def party_indicators(
    frame: pd.DataFrame,
    parties: Sequence[str] | None = None,
    overall: pd.Series | dict | None = None,
) -> pd.DataFrame:
    """``s_``, ``rank_``, ``margin_``, ``lq_``, ``dev_`` and ``conc_`` columns per party.

    ``overall`` gives the reference share S_P (0-1) of each party for the location quotient
    and the deviation; by default the votes-weighted share over ``frame`` itself. Ranks and
    margins are computed against every party of the frame, whichever ``parties`` are asked.
    """
    everyone = parties_of(frame)
    wanted = parties_of(frame, parties)
    votes = vote_matrix(frame, everyone)
    valid = valid_votes(frame, votes)
    return pd.DataFrame(_party_arrays(frame, everyone, wanted, votes, valid, overall), index=frame.index)


def _party_arrays(frame, everyone, wanted, votes, valid, overall) -> dict:
    filled = np.where(np.isnan(votes), -np.inf, votes)
    shares = _divide(np.nan_to_num(votes, nan=0.0), valid[:, None])
    if overall is None:
        overall = pd.Series(_overall(votes, valid), index=list(everyone), dtype=float)
    overall = pd.Series(overall, dtype=float)
    ordered = np.sort(filled, axis=1) if votes.shape[1] else filled
    top1 = ordered[:, -1] if votes.shape[1] else np.full(len(frame), -np.inf)
    top2 = ordered[:, -2] if votes.shape[1] > 1 else np.full(len(frame), -np.inf)
    no_valid = np.isnan(valid)
    out: dict[str, np.ndarray] = {}
    position = {p: j for j, p in enumerate(everyone)}
    for party in wanted:
        j = position[party]
        v = filled[:, j]
        stood = ~np.isnan(votes[:, j])
        rank = 1.0 + (filled > v[:, None]).sum(axis=1)
        rank[no_valid | ~stood] = np.nan
        best_other = np.where(v >= top1, top2, top1)
        best_other = np.where(np.isinf(best_other), 0.0, best_other)
        margin = _divide(np.nan_to_num(votes[:, j], nan=0.0) - best_other, valid) * 100.0
        share = shares[:, j]
        ref = float(overall.get(party, np.nan))
        lq = _divide(share, ref) if ref > 0 else np.full(len(frame), np.nan)
        dev = (share - ref) * 100.0 if np.isfinite(ref) else np.full(len(frame), np.nan)
        party_votes = np.nan_to_num(votes[:, j], nan=0.0)
        total = party_votes.sum()
        conc = party_votes / total if total > 0 else np.full(len(frame), np.nan)
        conc = np.where(no_valid & (party_votes == 0), np.nan, conc)
        out[fields.share_field(party)] = share
        out[fields.RANK_PREFIX + party] = rank
        out[fields.MARGIN_PREFIX + party] = margin
        out[fields.LQ_PREFIX + party] = lq
        out[fields.DEV_PREFIX + party] = dev
        out[fields.CONC_PREFIX + party] = conc
    return out


def indicator_table(
    frame: pd.DataFrame,
    parties: Sequence[str] | None = None,
    overall: pd.Series | dict | None = None,
) -> pd.DataFrame:
    """What ``fiefs:indicators`` writes onto the joined layer, columns in ``indicator_fields`` order.

    The unit indicators and the share of every party, then ``rank_``, ``margin_``, ``lq_``,
    ``dev_`` and ``conc_`` for ``parties`` (default all).
    """
    everyone = parties_of(frame)
    wanted = parties_of(frame, parties)
    votes = vote_matrix(frame, everyone)
    valid = valid_votes(frame, votes)
    columns = unit_fields(frame, everyone, votes, valid)
    columns.update(_party_arrays(frame, everyone, wanted, votes, valid, overall))
    return pd.DataFrame({name: columns[name] for name in indicator_fields(everyone, wanted)}, index=frame.index)


def indicator_fields(everyone: Sequence[str], parties: Sequence[str] | None = None) -> list[str]:
    """Column names of ``indicator_table``: unit fields, ``s_`` of ``everyone``, then the
    per-party indicators of ``parties`` (default ``everyone``)."""
    names = [fields.TURNOUT, fields.WINNER, fields.WINNER_SHARE, fields.RUNNER_UP, fields.MARGIN, fields.ENP]
    names += [fields.share_field(p) for p in everyone]
    for party in everyone if parties is None else parties:
        names += [prefix + party for prefix in PER_PARTY_PREFIXES if prefix != fields.SHARE_PREFIX]
    return names
