"""Campaign targets: the votes a party needs to gain a unit or a seat, and its cushions.

Plurality units (one seat, or no seat count known): where the party is not first,
``tgt_need`` = v_leader - v_party + 1 extra votes (others unchanged) put it ahead, and
``tgt_switch`` = floor((v_leader - v_party) / 2) + 1 voters won over from the leader do the
same; where it is first, ``tgt_cushion`` = v_party - v_runner_up, the lead a rival must
make up to tie.

Multi-seat list units (seats > 1): seats by the largest-remainder method with the Hare
quota q = base / seats, where ``base`` is the valid votes (classic Hare), the valid votes of
the lists that reach the threshold (``eligible``: Morocco's rule until 2016, with a 3 %
threshold since loi organique n° 20.16; it reproduces the 92 local constituencies of 2016),
or the registered voters (Morocco since 2021, loi organique n° 04.21: the electoral quotient
is computed on the registered voters of the constituency, and the threshold was dropped);
lists below ``threshold`` x valid votes take no seat. Each eligible list gets floor(v / q)
seats, the remaining seats go to the largest remainders (if there are more remaining seats
than eligible lists, the allocation continues round after round). Ties between remainders go to the list with more votes, and
otherwise against the party studied, so that targets are never optimistic.
``tgt_need`` = the fewest extra votes (others unchanged, added to the valid votes) that
give the party one more seat (NULL when even every registered non-voter would not be
enough, with the registered base); ``tgt_cushion`` = the most votes it can lose (to abstention)
and keep all its seats. Both are found on the exact allocation: by bisection between the
vote counts at which a list crosses the threshold (the allocation is monotone there, not
across them: a seat gained can be lost again when a rival drops below the threshold).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields
from fiefs_plugin.core.indicators import parties_of, valid_votes, vote_matrix

PLURALITY, LARGEST_REMAINDER = fields.TGT_SYSTEMS
GAIN, DEFEND = fields.TGT_KINDS
QUOTA_BASES = ("valid", "registered", "eligible")


def largest_remainder(
    votes: np.ndarray,
    seats: np.ndarray,
    base: np.ndarray,
    threshold_votes: np.ndarray | None = None,
    loser: int | None = None,
) -> np.ndarray:
    """Seats per list (n x k int array) by largest remainder with the quota base / seats.

    ``votes`` n x k (NaN = no list), ``seats`` and ``base`` length n, ``threshold_votes``
    the minimum votes a list needs (length n). ``loser`` is the column that loses ties.
    Rows without seats, base or eligible list get zero seats.
    """
    votes = np.nan_to_num(np.asarray(votes, float), nan=-1.0)
    n, k = votes.shape
    seats = np.nan_to_num(np.asarray(seats, float), nan=0.0)
    base = np.asarray(base, float)
    minimum = np.zeros(n) if threshold_votes is None else np.nan_to_num(np.asarray(threshold_votes, float))
    eligible = (votes > 0) & (votes >= minimum[:, None])
    ok = (seats >= 1) & (base > 0) & eligible.any(axis=1)
    seats = np.where(ok, seats, 0.0)
    base = np.where(ok, base, 1.0)
    scaled = np.where(eligible, votes, 0.0) * seats[:, None]  # v x S = auto x base + remainder
    auto = np.floor_divide(scaled, base[:, None])
    remainder = np.where(eligible, scaled - auto * base[:, None], -1.0)
    left = seats - auto.sum(axis=1)
    if (left < 0).any():
        raise ValueError("the quota base is smaller than the votes of the lists")
    n_eligible = eligible.sum(axis=1)
    rounds = np.where(n_eligible > 0, left // np.maximum(n_eligible, 1), 0)
    extra = left - rounds * n_eligible
    allocation = auto + np.where(eligible, rounds[:, None], 0.0)
    # position of each list in the remainder order: lists that beat it
    tie_rank = np.arange(k, dtype=float)
    if loser is not None:
        tie_rank[loser] = k
    beats = (remainder[:, None, :] > remainder[:, :, None]) | (
        (remainder[:, None, :] == remainder[:, :, None])
        & (
            (votes[:, None, :] > votes[:, :, None])
            | ((votes[:, None, :] == votes[:, :, None]) & (tie_rank[None, None, :] < tie_rank[None, :, None]))
        )
    )
    position = beats.sum(axis=2)
    allocation += (eligible & (position < extra[:, None])).astype(float)
    return allocation.astype(np.int64)


def _bisect(predicate, lo: np.ndarray, hi: np.ndarray, active: np.ndarray) -> np.ndarray:
    """Smallest x in (lo, hi] with predicate(x) true, per row (predicate(hi) must hold)."""
    lo, hi = lo.astype(float).copy(), hi.astype(float).copy()
    while True:
        todo = active & (hi - lo > 1)
        if not todo.any():
            return hi
        mid = np.floor((lo + hi) / 2)
        mid = np.where(todo, mid, hi)
        ok = predicate(mid)
        hi = np.where(todo & ok, mid, hi)
        lo = np.where(todo & ~ok, mid, lo)


def _first_true(predicate, lo: np.ndarray, hi: np.ndarray, active: np.ndarray,
                change_points: np.ndarray) -> np.ndarray:
    """Smallest integer x in (lo, hi] with predicate(x) true per row (NaN where none).

    The predicate need not be monotone over the whole range, only between consecutive
    ``change_points`` (n x m, NaN padded): with a legal threshold, the lists that qualify
    change as the party's votes move, and a seat gained can be lost again further on
    (a rival dropping below the threshold raises another list's remainder). Each segment
    is tested at its end, and the first segment that holds a true point is bisected.
    """
    n = len(hi)
    hi = hi.astype(float)
    # segment ends: the point before each change point, and hi
    ends = np.column_stack([change_points - 1.0, hi])
    ends = np.where((ends > lo[:, None]) & (ends <= hi[:, None]), ends, np.nan)
    ends.sort(axis=1)  # NaN last
    result = np.full(n, np.nan)
    start = lo.astype(float).copy()
    for s in range(ends.shape[1]):
        end = ends[:, s]
        rows = active & np.isnan(result) & np.isfinite(end) & (end > start)
        if rows.any():
            hit = rows & predicate(np.where(rows, end, 0.0))
            if hit.any():
                found = _bisect(predicate, np.where(hit, start, 0.0), np.where(hit, end, 0.0), hit)
                result = np.where(hit, found, result)
        start = np.where(np.isfinite(end) & (end > start), end, start)
    return result


def _around(points: np.ndarray) -> np.ndarray:
    """Each change point and its two integer neighbours: a boundary computed in floating
    point may be one vote off the exact comparison the allocation makes."""
    points = np.floor(points)
    return np.concatenate([points - 1.0, points, points + 1.0], axis=1)


def _list_targets(votes, j, seats, valid, registered, quota_base, threshold):
    """tgt_seats, need, cushion, rival-for-gain, rival-for-defend column indices (rows of LR units)."""
    n, k = votes.shape
    own = np.nan_to_num(votes[:, j], nan=0.0)
    others = np.delete(votes, j, axis=1) if k > 1 else np.full((n, 1), np.nan)

    def allocate(delta):
        """Allocation with the party's votes changed by ``delta`` (valid votes follow)."""
        moved = votes.copy()
        moved[:, j] = own + delta
        new_valid = valid + delta
        minimum = threshold * new_valid
        if quota_base == "valid":
            base = new_valid
        elif quota_base == "registered":
            base = registered
        else:  # votes of the lists that reach the threshold
            base = np.where(moved >= minimum[:, None], np.nan_to_num(moved, nan=0.0), 0.0).sum(axis=1)
        return largest_remainder(moved, seats, base, minimum, loser=j)

    # Votes at which a list crosses the threshold as the party's votes move by x (gain)
    # or -y (loss): another list i qualifies while v_i >= t (valid + x); the party
    # while own + x >= t (valid + x). Between these points the allocation is monotone.
    with np.errstate(divide="ignore", invalid="ignore"):
        if threshold > 0:
            gain_points = np.column_stack([others / threshold - valid[:, None] + 1.0,
                                           (threshold * valid - own) / (1.0 - threshold)])
            loss_points = np.column_stack([valid[:, None] - others / threshold,
                                           (own - threshold * valid) / (1.0 - threshold) + 1.0])
        else:
            gain_points = np.full((n, 1), np.nan)
            loss_points = np.full((n, 1), np.nan)
    gain_points = _around(np.where(np.isfinite(gain_points), gain_points, np.nan))
    loss_points = _around(np.where(np.isfinite(loss_points), loss_points, np.nan))

    now = allocate(np.zeros(n))
    s0 = now[:, j].astype(float)
    # --- one more seat
    can_gain = (s0 < seats) & np.isfinite(valid)
    if quota_base == "registered":
        # no more valid votes than registered voters
        hi = np.maximum(np.nan_to_num(registered - valid), 0.0)
        can_gain &= hi >= 1
    else:
        # beyond every change point the party only gains by growing: double until it does
        last_change = np.where(np.isnan(gain_points), 0.0, gain_points).max(axis=1)
        hi = np.maximum(np.maximum(valid, 1.0), last_change)
        for _ in range(60):
            short = can_gain & (allocate(np.where(can_gain, hi, 0.0))[:, j] <= s0)
            if not short.any():
                break
            hi = np.where(short, hi * 2, hi)
    need = _first_true(lambda x: allocate(np.where(can_gain, x, 0.0))[:, j] > s0,
                       np.zeros(n), hi, can_gain, gain_points)
    can_gain &= np.isfinite(need)
    gained = allocate(np.where(can_gain, np.nan_to_num(need), 0.0))
    loses = (now - gained) > 0
    loses[:, j] = False
    rival_gain = np.where(can_gain & loses.any(axis=1), loses.argmax(axis=1), -1)
    # --- cushion of the last seat: the first loss of votes that costs a seat, minus one
    holds = s0 > 0
    lost_at = _first_true(lambda y: allocate(-np.where(holds, y, 0.0))[:, j] < s0,
                          np.zeros(n), own, holds, loss_points)
    holds &= np.isfinite(lost_at)
    cushion = np.where(holds, lost_at - 1, np.nan)
    after = allocate(-np.where(holds, np.nan_to_num(lost_at), 0.0))
    wins = (after - now) > 0
    wins[:, j] = False
    rival_defend = np.where(holds & wins.any(axis=1), wins.argmax(axis=1), -1)
    return s0, need, cushion, rival_gain, rival_defend


def targets(
    frame: pd.DataFrame,
    party: str,
    seats: pd.Series | None = None,
    quota_base: str = "valid",
    threshold: float = 0.0,
    system: str = "auto",
) -> pd.DataFrame:
    """Target fields for ``party`` per unit (same index as ``frame``).

    ``seats``: seats to fill per unit; by default the sum of the ``seats_‹P›`` columns when
    there are any. ``system``: ``auto`` (largest remainder where a unit has more than one
    seat, plurality elsewhere), ``plurality`` or ``largest_remainder``. ``threshold`` is a
    fraction of valid votes (0.03 = 3 %). Units without valid votes get NULL.
    """
    if quota_base not in QUOTA_BASES:
        raise ValueError(f"quota base must be one of {QUOTA_BASES}")
    if system not in ("auto", PLURALITY, LARGEST_REMAINDER):
        raise ValueError("system must be auto, plurality or largest_remainder")
    if not 0 <= threshold < 1:
        raise ValueError("threshold is a fraction of valid votes between 0 and 1")
    everyone = parties_of(frame)
    parties_of(frame, [party])
    j = everyone.index(party)
    votes = vote_matrix(frame, everyone)
    valid = valid_votes(frame, votes)
    n = len(frame)
    if seats is None:
        seat_cols = [fields.seats_field(p) for p in everyone if fields.seats_field(p) in frame.columns]
        if seat_cols:
            seat_values = frame[seat_cols].apply(pd.to_numeric, errors="coerce")
            seat_count = seat_values.sum(axis=1, min_count=1).to_numpy(float)
        else:
            seat_count = np.full(n, np.nan)
    else:
        seat_count = pd.to_numeric(pd.Series(seats).reindex(frame.index), errors="coerce").to_numpy(float)
    registered = (pd.to_numeric(frame[fields.REGISTERED], errors="coerce").to_numpy(float)
                  if fields.REGISTERED in frame.columns else np.full(n, np.nan))
    if system == PLURALITY:
        is_lr = np.zeros(n, bool)
    elif system == LARGEST_REMAINDER:
        is_lr = seat_count >= 1
    else:
        is_lr = seat_count > 1
    has_valid = ~np.isnan(valid)
    if quota_base == "registered":
        is_lr &= registered > 0
    codes = np.array(everyone + [None], dtype=object)

    out = pd.DataFrame(index=frame.index)
    out[fields.TGT_SYSTEM] = np.where(is_lr, LARGEST_REMAINDER, PLURALITY).astype(object)
    own = np.nan_to_num(votes[:, j], nan=0.0)
    filled = np.where(np.isnan(votes), -np.inf, votes)
    others = filled.copy()
    others[:, j] = -np.inf
    best_other = others.max(axis=1) if votes.shape[1] > 1 else np.full(n, -np.inf)
    best_other_idx = others.argmax(axis=1) if votes.shape[1] > 1 else np.full(n, -1)
    best_other = np.where(np.isinf(best_other), 0.0, best_other)
    leads = own > best_other
    seats_now = np.where(leads, 1.0, 0.0)
    need = np.where(leads, np.nan, best_other - own + 1)
    switch = np.where(leads, np.nan, np.floor((best_other - own) / 2) + 1)
    cushion = np.where(leads, own - best_other, np.nan)
    rival = np.where(best_other_idx >= 0, codes[best_other_idx], None)

    if is_lr.any():
        rows = np.flatnonzero(is_lr & has_valid)
        s0, lr_need, lr_cushion, r_gain, r_defend = _list_targets(
            votes[rows], j, seat_count[rows], valid[rows], registered[rows], quota_base, threshold)
        seats_now[rows] = s0
        need[rows] = lr_need
        switch[rows] = np.nan
        cushion[rows] = lr_cushion
        rival_rows = np.where(np.isnan(lr_need), r_defend, r_gain)
        rival[rows] = np.where(rival_rows >= 0, codes[rival_rows], None)

    for values in (seats_now, need, switch, cushion):
        values[~has_valid] = np.nan
    rival = np.where(has_valid, rival, None)
    with np.errstate(divide="ignore", invalid="ignore"):
        out[fields.TGT_SEATS] = seats_now
        out[fields.TGT_NEED] = need
        out[fields.TGT_NEED_PCT] = need / valid * 100.0
        out[fields.TGT_SWITCH] = switch
        out[fields.TGT_CUSHION] = cushion
        out[fields.TGT_CUSHION_PCT] = cushion / valid * 100.0
    out[fields.TGT_RIVAL] = rival
    return out


def target_table(
    target_fields: pd.DataFrame,
    frame: pd.DataFrame,
    party: str,
    key: str = fields.UNIT,
    extra: Sequence[str] = (),
) -> pd.DataFrame:
    """The ranked target list: ``gain`` rows (fewest votes needed first), then ``defend``
    rows (thinnest cushion first). ``extra`` names columns of ``frame`` to carry (names)."""
    carry = [c for c in [key, *extra] if c in frame.columns]
    share = fields.share_field(party)
    base = frame[carry].copy()
    if fields.VALID in frame.columns:
        base[fields.VALID] = frame[fields.VALID]
    if share in frame.columns:
        base[share] = frame[share]
    base = pd.concat([base, target_fields], axis=1)
    gain = base[base[fields.TGT_NEED].notna()].copy()
    gain.insert(0, fields.TGT_KIND, GAIN)
    gain = gain.sort_values([fields.TGT_NEED, fields.TGT_NEED_PCT], kind="mergesort")
    defend = base[base[fields.TGT_CUSHION].notna()].copy()
    defend.insert(0, fields.TGT_KIND, DEFEND)
    defend = defend.sort_values([fields.TGT_CUSHION, fields.TGT_CUSHION_PCT], kind="mergesort")
    for part in (gain, defend):
        part.insert(1, fields.TGT_ORDER, np.arange(1, len(part) + 1))
    return pd.concat([gain, defend], ignore_index=True)
