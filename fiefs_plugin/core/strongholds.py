"""Stronghold classes of a party, for one election or across several.

One election, per unit, the first rule that holds decides (defaults in ``StrongholdRules``):

1. ``stronghold``   safe seat: the party is first with a lead of at least ``safe_margin``
                    points over the runner-up; or relative support: its PVI (deviation from
                    its overall share, averaged over the last ``pvi_window`` elections as in
                    Cook's Partisan Voting Index) is at least ``pvi_min`` points and its
                    location quotient at least ``lq_min``. Optionally (``needs_hotspot``)
                    the unit must also lie in a Gi* hot spot.
2. ``battleground`` the party is first or second and the gap between it and the other of
                    the top two is below ``battleground_margin`` points.
3. ``hotspot``      in a hot spot (Gi* significant after the multiple-testing correction,
                    ``gi_sig`` = 1 and ``gi_bin`` >= ``hotspot_bin``) without being
                    individually strong.
4. ``weak``         location quotient below ``weak_lq`` (less than half its overall share).
5. ``other``        anything else.

A unit without valid votes gets NULL. Across elections (oldest first), on the units of the
latest one: ``bastion`` = stronghold in at least ``min_strong`` of the N elections (default
all N; Bodet 2013 classes districts by the stability of successive performances, and the
French "bastion" is a territory a party holds over the long term), ``emerging`` =
stronghold in the latest but not a bastion, ``eroding`` = stronghold in an earlier
election but not in the latest; otherwise the latest election's class. ``fief_flip``
compares the winner of the last two elections: gained, lost, held, none.

Every row keeps the evidence that decided it: share, rank, margin, LQ, deviation, PVI,
hot-spot bin and flag, the rule key and a sentence (``fief_why``), and across elections
the class and share in each election.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields
from fiefs_plugin.core.indicators import (
    overall_shares,
    parties_of,
    party_indicators,
    valid_votes,
    vote_matrix,
)

STRONGHOLD, BATTLEGROUND, HOTSPOT, WEAK, OTHER = fields.SINGLE_ELECTION_CLASSES
BASTION, EMERGING, ERODING = fields.MULTI_ELECTION_CLASSES[:3]

# Rule keys written to fief_rule.
RULE_SAFE = "safe"
RULE_RELATIVE = "relative"
RULE_CLOSE = "close"
RULE_CLUSTER = "cluster"
RULE_LOW = "low"
RULE_NONE = "none"

# Sentences written to fief_why; the Processing algorithm passes translated ones.
WHY_TEMPLATES: dict[str, str] = {
    RULE_SAFE: "first, lead {margin:.1f} pts >= {limit:g}",
    RULE_RELATIVE: "PVI {pvi:+.1f} pts >= {limit:g} (LQ {lq:.2f})",
    RULE_CLOSE: "rank {rank:.0f}, gap {gap:.1f} pts < {limit:g}",
    RULE_CLUSTER: "Gi* hot spot (bin {gi_bin:.0f}), not individually strong",
    RULE_LOW: "LQ {lq:.2f} < {limit:g}",
    RULE_NONE: "share {share:.1%}, LQ {lq:.2f}, rank {rank:.0f}",
    BASTION: "stronghold in {n} of {total} elections (needs {limit})",
    EMERGING: "stronghold in the latest election only ({n} of {total})",
    ERODING: "stronghold before ({n} of {total}), not in the latest election",
}


@dataclass(frozen=True)
class StrongholdRules:
    """Thresholds of the stronghold rules; margins and PVI in percentage points."""

    safe_margin: float | None = 10.0
    pvi_min: float | None = 10.0
    lq_min: float = 0.0
    pvi_window: int = 2
    battleground_margin: float = 10.0
    weak_lq: float = 0.5
    hotspot_bin: int = 1
    needs_hotspot: bool = False
    min_strong: int | None = None

    def __post_init__(self):
        if self.pvi_window < 1:
            raise ValueError("pvi_window must be at least 1")
        if self.min_strong is not None and self.min_strong < 1:
            raise ValueError("min_strong must be at least 1")


def _why(templates: Mapping[str, str], key: str, **values) -> str | None:
    template = templates.get(key) or WHY_TEMPLATES.get(key)
    if template is None:
        return None
    safe = {k: (float("nan") if v is None else v) for k, v in values.items()}
    try:
        return template.format(**safe)
    except (KeyError, ValueError, IndexError):
        return WHY_TEMPLATES[key].format(**safe)


def _why_many(templates: Mapping[str, str], key: str, limit, columns: dict[str, np.ndarray]) -> list[str]:
    """``_why`` for many rows of one rule (one template, formatted row by row)."""
    limit = float("nan") if limit is None else limit
    names = list(columns)
    template = templates.get(key) or WHY_TEMPLATES[key]
    try:
        template.format(limit=limit, **{n: float(columns[n][0]) for n in names})
    except (KeyError, ValueError, IndexError):
        template = WHY_TEMPLATES[key]
    fmt = template.format
    return [fmt(limit=limit, **dict(zip(names, values))) for values in zip(*(columns[n].tolist() for n in names))]


def election_evidence(
    frame: pd.DataFrame,
    party: str,
    overall: float | None = None,
) -> pd.DataFrame:
    """Evidence columns of one election for ``party``: ``s_``, ``rank_``, ``margin_``,
    ``lq_``, ``dev_`` of the party, ``valid``, the party's ``winner`` flag and, when the
    frame has them, ``gi_bin`` and ``gi_sig``. ``overall`` is the reference share (0-1),
    by default the party's votes-weighted share over the frame."""
    everyone = parties_of(frame)
    parties_of(frame, [party])
    reference = None if overall is None else {party: overall}
    if reference is None:
        reference = overall_shares(frame, everyone)
    ind = party_indicators(frame, [party], reference)
    votes = vote_matrix(frame, everyone)
    out = ind.copy()
    out[fields.VALID] = valid_votes(frame, votes)
    out[fields.votes_field(party)] = pd.to_numeric(frame[fields.votes_field(party)], errors="coerce")
    for name in (fields.GI_BIN, fields.GI_SIG):
        if name in frame.columns:
            out[name] = pd.to_numeric(frame[name], errors="coerce")
    return out


def classify_election(
    evidence: pd.DataFrame,
    party: str,
    rules: StrongholdRules = StrongholdRules(),
    pvi: pd.Series | None = None,
    templates: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Single-election classes from ``election_evidence`` (same index).

    ``pvi`` (points) defaults to the election's own deviation. Returns ``fief_class``,
    ``fief_rule``, ``fief_why`` and ``fief_pvi``.
    """
    templates = templates or {}
    share = evidence[fields.share_field(party)].to_numpy(float)
    rank = evidence[fields.RANK_PREFIX + party].to_numpy(float)
    margin = evidence[fields.MARGIN_PREFIX + party].to_numpy(float)
    lq = evidence[fields.LQ_PREFIX + party].to_numpy(float)
    dev = evidence[fields.DEV_PREFIX + party].to_numpy(float)
    pvi_values = dev if pvi is None else pd.to_numeric(pvi, errors="coerce").reindex(evidence.index).to_numpy(float)
    has_gi = fields.GI_BIN in evidence.columns and fields.GI_SIG in evidence.columns
    if rules.needs_hotspot and not has_gi:
        raise ValueError("the stronghold rule needs Gi* hot spots but there is no gi_bin/gi_sig evidence")
    gi_bin = evidence[fields.GI_BIN].to_numpy(float) if has_gi else np.full(len(evidence), np.nan)
    gi_sig = evidence[fields.GI_SIG].to_numpy(float) if has_gi else np.full(len(evidence), np.nan)
    hot = (gi_sig == 1) & (gi_bin >= rules.hotspot_bin)

    no_data = np.isnan(share)
    safe = np.zeros(len(evidence), bool) if rules.safe_margin is None else margin >= rules.safe_margin
    relative = np.zeros(len(evidence), bool)
    if rules.pvi_min is not None:
        relative = (pvi_values >= rules.pvi_min) & ((lq >= rules.lq_min) if rules.lq_min else True)
    strong = safe | relative
    if rules.needs_hotspot:
        strong &= hot
    close = (rank <= 2) & (np.abs(margin) < rules.battleground_margin)
    weak = lq < rules.weak_lq

    classes = np.full(len(evidence), None, dtype=object)
    rule = np.full(len(evidence), None, dtype=object)
    choices = [
        (strong & safe, STRONGHOLD, RULE_SAFE),
        (strong & ~safe, STRONGHOLD, RULE_RELATIVE),
        (close, BATTLEGROUND, RULE_CLOSE),
        (hot, HOTSPOT, RULE_CLUSTER),
        (weak, WEAK, RULE_LOW),
        (np.ones(len(evidence), bool), OTHER, RULE_NONE),
    ]
    undecided = ~no_data
    for mask, name, key in choices:
        take = undecided & mask
        classes[take] = name
        rule[take] = key
        undecided &= ~take

    why = np.full(len(evidence), None, dtype=object)
    limits = {
        RULE_SAFE: rules.safe_margin, RULE_RELATIVE: rules.pvi_min, RULE_CLOSE: rules.battleground_margin,
        RULE_LOW: rules.weak_lq, RULE_CLUSTER: None, RULE_NONE: None,
    }
    for key, limit in limits.items():  # one template per rule, formatted over its rows
        rows = np.flatnonzero(rule == key)
        if not len(rows):
            continue
        columns = {"margin": margin[rows], "gap": np.abs(margin[rows]), "pvi": pvi_values[rows], "lq": lq[rows],
                   "rank": rank[rows], "gi_bin": gi_bin[rows], "share": share[rows]}
        why[rows] = _why_many(templates, key, limit, columns)
    return pd.DataFrame(
        {fields.FIEF_CLASS: classes, fields.FIEF_RULE: rule, fields.FIEF_WHY: why, fields.FIEF_PVI: pvi_values},
        index=evidence.index,
    )


def strongholds(
    frame: pd.DataFrame,
    party: str,
    rules: StrongholdRules = StrongholdRules(),
    overall: float | None = None,
    templates: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Classes of one election: the evidence columns followed by the class columns."""
    evidence = election_evidence(frame, party, overall)
    return pd.concat([evidence, classify_election(evidence, party, rules, templates=templates)], axis=1)


def _keyed(frame: pd.DataFrame, key: str, label: str) -> pd.DataFrame:
    if key not in frame.columns:
        raise KeyError(f"election {label}: no unit key column '{key}'")
    keys = frame[key].astype(str)
    duplicated = keys[keys.duplicated()].unique().tolist()
    if duplicated:
        raise ValueError(
            "election {label}: unit key(s) appear more than once in '{key}': {dups}".format(
                label=label, key=key, dups=", ".join(duplicated[:10]))
        )
    out = frame.copy()
    out.index = pd.Index(keys, name=key)
    return out


def election_field(prefix: str, label: str) -> str:
    """Per-election field name (``fief_c_2021``), the label made field-safe ASCII."""
    safe = re.sub(r"[^0-9A-Za-z]+", "_", fields.ascii_fold(str(label))).strip("_")
    return prefix + (safe[: fields.MAX_CODE_LENGTH] or "e")


def classify_elections(
    frames: Sequence[pd.DataFrame],
    labels: Sequence[str],
    party: str,
    rules: StrongholdRules = StrongholdRules(),
    key: str = fields.UNIT,
    templates: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Classes across elections (``frames`` oldest first), one row per unit of the latest.

    Units are matched by ``key``. Returns, indexed like the latest frame: the latest
    evidence (``s_``, ``rank_``, ``margin_``, ``lq_``, ``dev_``, ``gi_bin``, ``gi_sig``),
    ``fief_class``, ``fief_rule`` and ``fief_why``, ``fief_pvi``, ``fief_flip``,
    ``fief_n`` (elections as stronghold), ``fief_elec`` (elections with valid votes),
    ``fief_hist`` (classes oldest first) and ``fief_c_<label>`` / ``fief_s_<label>`` (class
    and share in each election). With one frame, the multi-election classes reduce to the
    single-election ones.
    """
    if len(frames) != len(labels):
        raise ValueError("one label per election is needed")
    if not frames:
        raise ValueError("no election given")
    if len(set(map(str, labels))) != len(labels):
        raise ValueError("election labels must be different")
    templates = templates or {}
    keyed = [_keyed(f, key, str(lab)) for f, lab in zip(frames, labels)]
    latest_index = keyed[-1].index
    evidence = [election_evidence(f, party) for f in keyed]
    devs = [e[fields.DEV_PREFIX + party] for e in evidence]
    per_election = []
    for i, ev in enumerate(evidence):
        window = [d.reindex(ev.index) for d in devs[max(0, i - rules.pvi_window + 1): i + 1]]
        pvi = pd.concat(window, axis=1).mean(axis=1, skipna=True)
        per_election.append(classify_election(ev, party, rules, pvi=pvi, templates=templates))

    latest = pd.concat([evidence[-1], per_election[-1]], axis=1)
    if len(frames) == 1:
        out = latest.copy()
        out[fields.FIEF_FLIP] = None
    else:
        out = _across(latest, evidence, per_election, labels, party, rules, templates)
    out.index = latest_index
    return out


def _across(latest, evidence, per_election, labels, party, rules, templates) -> pd.DataFrame:
    index = latest.index
    total = len(per_election)
    need = total if rules.min_strong is None else min(rules.min_strong, total)
    classes = pd.concat([c[fields.FIEF_CLASS].reindex(index) for c in per_election], axis=1)
    classes.columns = range(total)
    is_strong = classes.eq(STRONGHOLD).to_numpy()
    n_strong = is_strong.sum(axis=1)
    n_elections = classes.notna().sum(axis=1).to_numpy()
    now = classes[total - 1].to_numpy(object)
    strong_now = is_strong[:, -1]
    strong_before = is_strong[:, :-1].any(axis=1)

    final = now.copy()
    rule = latest[fields.FIEF_RULE].to_numpy(object).copy()
    why = latest[fields.FIEF_WHY].to_numpy(object).copy()
    has_now = pd.notna(now)
    for mask, name in (
        (has_now & (n_strong >= need), BASTION),
        (has_now & strong_now & (n_strong < need), EMERGING),
        (has_now & ~strong_now & strong_before & (n_strong < need), ERODING),
    ):
        final[mask] = name
        rule[mask] = name
        for i in np.flatnonzero(mask):
            why[i] = _why(templates, name, n=int(n_strong[i]), total=total, limit=need)

    out = latest.copy()
    out[fields.FIEF_CLASS] = final
    out[fields.FIEF_RULE] = rule
    out[fields.FIEF_WHY] = why
    out[fields.FIEF_N] = n_strong
    out[fields.FIEF_ELECTIONS] = n_elections
    out[fields.FIEF_HIST] = [
        " > ".join("-" if pd.isna(c) else str(c) for c in row) for row in classes.itertuples(index=False)
    ]
    won = [
        (ev[fields.RANK_PREFIX + party].reindex(index) == 1) & (ev[fields.MARGIN_PREFIX + party].reindex(index) > 0)
        for ev in evidence[-2:]
    ]
    known = [ev[fields.share_field(party)].reindex(index).notna() for ev in evidence[-2:]]
    flip = np.select(
        [won[0] & won[1], ~won[0] & won[1], won[0] & ~won[1]], ["held", "gained", "lost"], default="none"
    ).astype(object)
    flip[~(known[0] & known[1]).to_numpy()] = None
    out[fields.FIEF_FLIP] = flip
    for label, ev, cl in zip(labels, evidence, per_election):
        out[election_field(fields.FIEF_CLASS_PREFIX, label)] = cl[fields.FIEF_CLASS].reindex(index)
        out[election_field(fields.FIEF_SHARE_PREFIX, label)] = ev[fields.share_field(party)].reindex(index)
    return out


def class_summary(
    classes: pd.Series,
    frame: pd.DataFrame,
    party: str,
    keys: Sequence[str] = fields.MULTI_ELECTION_CLASSES,
) -> pd.DataFrame:
    """Per class: units, registered, voters, valid votes, the party's votes and its share.

    ``classes`` and ``frame`` share an index. Every key of ``keys`` gets a row (zero
    when absent), then a row ``NULL`` for units without a class when there are any, then
    ``total``. Counts missing from the frame are NULL.
    """
    table = pd.DataFrame(index=frame.index)
    table["cls"] = classes.reindex(frame.index).to_numpy(object)
    count_cols = {fields.REGISTERED: fields.REGISTERED, fields.VOTERS: fields.VOTERS, fields.VALID: fields.VALID,
                  fields.SUMMARY_VOTES: fields.votes_field(party)}
    for out_name, name in count_cols.items():
        table[out_name] = pd.to_numeric(frame[name], errors="coerce") if name in frame.columns else np.nan
    rows = []
    order = list(keys) + [k for k in pd.unique(table["cls"].dropna()) if k not in keys]
    groups = [(k, table["cls"] == k) for k in order]
    if table["cls"].isna().any():
        groups.append(("NULL", table["cls"].isna()))
    groups.append((fields.SUMMARY_TOTAL, pd.Series(True, index=table.index)))
    for name, mask in groups:
        sub = table[mask.to_numpy()]
        row = {fields.FIEF_CLASS: name, fields.SUMMARY_UNITS: int(len(sub))}
        for out_name in count_cols:
            column = sub[out_name]
            row[out_name] = float(column.sum()) if column.notna().any() else (0.0 if len(sub) == 0 else math.nan)
        votes, valid = row[fields.SUMMARY_VOTES], row[fields.VALID]
        row[fields.SUMMARY_SHARE] = votes / valid if valid and valid > 0 and not math.isnan(votes) else math.nan
        rows.append(row)
    return pd.DataFrame(rows)


# Order of the classes in the ranked table (fiefs:strongholds TOP): the party's firmest hold
# first; battleground (first or second, close) before hotspot (clustered support only).
TOP_CLASS_ORDER = (BASTION, STRONGHOLD, EMERGING, ERODING, BATTLEGROUND, HOTSPOT, OTHER, WEAK)
TOP_RANK = "top_rank"


def ranked_units(result: pd.DataFrame, keys: pd.Series, party: str, n: int = 10, key: str = fields.UNIT) -> pd.DataFrame:
    """The units of ``result`` (``classify_elections``' output) ranked for ``party``, best first.

    Order: class (``TOP_CLASS_ORDER``; a class not in it comes after them), then the
    party's share (high first), then its margin over the other of the top two (high
    first), then the unit key (so that ties always come out the same way). Units without
    a class (no valid votes) are left out. ``keys``: the unit key of each row (same
    index). ``n``: the number of rows kept, 0 for all.

    Columns: ``top_rank`` (1 = first), ``key``, ``fief_class``, ``fief_rule``, ``s_``,
    ``margin_`` and ``rank_`` of the party, ``fief_pvi``, ``fief_n`` (across elections),
    ``fief_why``; the index is ``result``'s (the feature ids of the layer).
    """
    if n < 0:
        raise ValueError("n must be 0 (all) or more")
    share = fields.share_field(party)
    margin = fields.MARGIN_PREFIX + party
    rank = fields.RANK_PREFIX + party
    table = pd.DataFrame(index=result.index)
    table[key] = keys.reindex(result.index).astype(object).to_numpy()
    for name in (fields.FIEF_CLASS, fields.FIEF_RULE, share, margin, rank, fields.FIEF_PVI, fields.FIEF_N,
                 fields.FIEF_WHY):
        if name in result.columns:
            table[name] = result[name].to_numpy()
    table = table[table[fields.FIEF_CLASS].notna()]
    order = {name: i for i, name in enumerate(TOP_CLASS_ORDER)}
    sort = pd.DataFrame({
        "cls": table[fields.FIEF_CLASS].map(lambda c: order.get(c, len(order))).to_numpy(),
        "share": -pd.to_numeric(table[share], errors="coerce").fillna(-np.inf).to_numpy()
        if share in table.columns else 0.0,
        "margin": -pd.to_numeric(table[margin], errors="coerce").fillna(-np.inf).to_numpy()
        if margin in table.columns else 0.0,
        "key": table[key].astype(str).to_numpy(),
    })
    positions = sort.sort_values(["cls", "share", "margin", "key"], kind="mergesort").index.to_numpy()
    table = table.iloc[positions]
    if n:
        table = table.head(n)
    table.insert(0, TOP_RANK, np.arange(1, len(table) + 1, dtype="int64"))
    return table
