"""Swing between two elections, per unit, for a party (and optionally a second one).

- ``swing`` = (s_after - s_before) x 100, percentage points of valid votes;
- ``swing_rank`` = rank_before - rank_after (positive: the party moved up);
- ``swing_winner`` = "<winner before> -> <winner after>" when the winner changed, else NULL;
- ``swing_butler`` (when a second party B is named) = ((a1 - a0) - (b1 - b0)) / 2 x 100:
  Butler's swing (David Butler, Nuffield studies of British general elections; the
  "conventional" swing),
  the average of A's gain and B's loss in points, positive towards A.

Units are matched on a key (``fiefs_unit``). Units present in only one election are kept
and flagged in ``swing_status`` (``before_only`` / ``after_only``) with NULL changes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields
from fiefs_plugin.core.indicators import parties_of, party_indicators, unit_indicators

BOTH, BEFORE_ONLY, AFTER_ONLY = fields.SWING_STATUSES


def _keyed(frame: pd.DataFrame, key: str, which: str) -> pd.DataFrame:
    if key not in frame.columns:
        raise KeyError(f"{which}: no unit key column '{key}'")
    keys = frame[key].astype(str)
    dups = keys[keys.duplicated()].unique().tolist()
    if dups:
        raise ValueError("{which}: unit key(s) appear more than once in '{key}': {dups}".format(
            which=which, key=key, dups=", ".join(dups[:10])))
    out = frame.copy()
    out.index = pd.Index(keys, name=key)
    return out


def _party_view(frame: pd.DataFrame, party: str) -> pd.DataFrame:
    """Share (0-1; 0 where the party did not stand), rank and winner of one election."""
    everyone = parties_of(frame)
    if party in everyone:
        ind = party_indicators(frame, [party], overall={party: np.nan})
        share = ind[fields.share_field(party)]
        rank = ind[fields.RANK_PREFIX + party]
    else:  # did not stand anywhere in this election: share 0, no rank
        units = unit_indicators(frame)
        share = pd.Series(np.where(units[fields.WINNER].notna(), 0.0, np.nan), index=frame.index)
        rank = pd.Series(np.nan, index=frame.index)
    winner = unit_indicators(frame)[fields.WINNER]
    return pd.DataFrame({"share": share, "rank": rank, "winner": winner})


def swing(
    before: pd.DataFrame,
    after: pd.DataFrame,
    party: str,
    other: str | None = None,
    key: str = fields.UNIT,
) -> pd.DataFrame:
    """Swing fields per unit, indexed by the unit key: units of ``after`` in their order,
    then the units found only in ``before``.

    The party must stand in at least one of the two elections; a party absent from one
    election counts as 0 % there.
    """
    b = _keyed(before, key, "before")
    a = _keyed(after, key, "after")
    for name in [party] + ([other] if other else []):
        if name not in parties_of(b) and name not in parties_of(a):
            raise KeyError(f"party '{name}' has no v_{name} column in either election")
    index = a.index.append(b.index[~b.index.isin(a.index)])
    vb = _party_view(b, party).reindex(index)
    va = _party_view(a, party).reindex(index)
    in_b = index.isin(b.index)
    in_a = index.isin(a.index)
    status = np.where(in_a & in_b, BOTH, np.where(in_a, AFTER_ONLY, BEFORE_ONLY)).astype(object)

    out = pd.DataFrame(index=index)
    out[fields.SWING_STATUS] = status
    out[fields.SWING_SHARE_BEFORE] = vb["share"]
    out[fields.SWING_SHARE_AFTER] = va["share"]
    out[fields.SWING] = (va["share"] - vb["share"]) * 100.0
    out[fields.SWING_RANK_BEFORE] = vb["rank"]
    out[fields.SWING_RANK_AFTER] = va["rank"]
    out[fields.SWING_RANK] = vb["rank"] - va["rank"]
    out[fields.SWING_WINNER_BEFORE] = vb["winner"]
    out[fields.SWING_WINNER_AFTER] = va["winner"]
    changed = vb["winner"].notna() & va["winner"].notna() & (vb["winner"] != va["winner"])
    out[fields.SWING_WINNER] = np.where(
        changed, vb["winner"].astype(str) + " -> " + va["winner"].astype(str), None).astype(object)
    if other:
        ob = _party_view(b, other).reindex(index)
        oa = _party_view(a, other).reindex(index)
        out[fields.SWING_BUTLER] = ((va["share"] - vb["share"]) - (oa["share"] - ob["share"])) / 2 * 100.0
    else:
        out[fields.SWING_BUTLER] = np.nan
    return out


def swing_counts(table: pd.DataFrame) -> dict[str, int]:
    """Units per ``swing_status`` (all three keys present)."""
    counts = table[fields.SWING_STATUS].value_counts()
    return {status: int(counts.get(status, 0)) for status in fields.SWING_STATUSES}
