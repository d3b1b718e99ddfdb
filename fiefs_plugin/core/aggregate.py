"""Roll units up into groups: communes -> constituencies, wards -> communes, 2014 -> 2024 codes.

A group comes from a field of the units, or from a crosswalk table (unit -> group, with an
optional weight when a unit is split between groups). A crosswalk entry names units in one
of these ways:

- an exact code (``03.531.01.05``);
- a prefix ending in ``*`` (``01.051*``: every code starting with ``01.051``);
- a list in the HCP-components form ``kind:code;kind:code`` as in the ``hcp_components``
  column of the Moroccan constituency table: ``communes:`` / ``arrondissements:`` /
  ``units:`` take the exact code; ``provinces:`` / ``prefectures:`` / ``regions:`` /
  ``cercles:`` take every unit coded inside (``01.051`` -> ``01.051.*``); an HCP
  prefecture of arrondissements ``NN.NNN.NN.D0`` (Casablanca) takes the arrondissements
  ``NN.NNN.NN.Dx``; ``legal:`` entries (parts of an arrondissement fixed by decree) cannot
  be resolved from unit codes and are reported.

When several entries match a unit, the most specific one (exact code, then the longest
prefix) wins; two groups at the same level without weights are an error. Counts
(registered, voters, valid, blank, invalid, v_‹P›, seats_‹P›) are summed; a split unit
contributes weight x count to each of its groups (fractional counts: rounding each count on
its own would break valid = sum of party votes inside a part), and shares, winner, margin, turnout
and ENP are recomputed from the sums with ``core.indicators.unit_indicators`` (the same
function as everywhere else). ``check_totals`` proves that every count's total is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from fiefs_plugin.core import fields
from fiefs_plugin.core.indicators import PER_PARTY_PREFIXES, UNIT_FIELDS, unit_indicators

EXACT_KINDS = frozenset({"commune", "communes", "arrondissement", "arrondissements", "unit", "units", "ward", "wards"})
PREFIX_KINDS = frozenset({
    "province", "provinces", "prefecture", "prefectures", "region", "regions", "cercle", "cercles",
})
UNRESOLVABLE_KINDS = frozenset({"legal"})
UNASSIGNED_POLICIES = ("error", "drop", "keep")
_PREFECTURE_OF_ARRONDISSEMENTS = re.compile(r"^(\d\d\.\d\d\d\.\d\d\.)(\d)0$")


class AggregationError(ValueError):
    """Input that cannot be aggregated as asked; the message says what and where."""


@dataclass
class Assignment:
    """Which group each unit row goes to: ``rows`` (row label, group, weight)."""

    rows: pd.DataFrame
    unassigned: list = field(default_factory=list)  # row labels without a group
    unresolved: list[str] = field(default_factory=list)  # crosswalk entries matching nothing
    notes: list[str] = field(default_factory=list)


def count_columns(frame: pd.DataFrame) -> list[str]:
    """Columns that are counts and add up: totals, ``v_‹P›``, ``seats_‹P›``."""
    names = [c for c in fields.TOTAL_FIELDS if c in frame.columns]
    names += [c for c in frame.columns if c.startswith(fields.VOTES_PREFIX) and len(c) > len(fields.VOTES_PREFIX)]
    names += [c for c in frame.columns if c.startswith(fields.SEATS_PREFIX) and len(c) > len(fields.SEATS_PREFIX)]
    return names


def _patterns(entry: str) -> list[tuple[str, str]]:
    """(mode, value) pairs for one crosswalk entry; mode is exact / prefix / regex / unresolved."""
    text = str(entry).strip()
    if not text:
        return []
    if ":" not in text:
        if text.endswith("*"):
            return [("prefix", text[:-1])]
        return [("exact", text)]
    out = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        kind, _, code = part.partition(":")
        kind, code = kind.strip().lower(), code.strip()
        if kind in EXACT_KINDS:
            out.append(("exact", code))
        elif kind in PREFIX_KINDS:
            match = _PREFECTURE_OF_ARRONDISSEMENTS.match(code)
            if match:
                out.append(("regex", "^" + re.escape(match.group(1) + match.group(2)) + r"\d$"))
            else:
                out.append(("prefix", code.rstrip(".") + "."))
                out.append(("exact", code))
        elif kind in UNRESOLVABLE_KINDS:
            out.append(("unresolved", part))
        else:
            raise AggregationError(
                f"crosswalk entry '{text}': unknown kind '{kind}' (use communes, arrondissements, provinces, "
                "regions, cercles or a plain code)")
    return out


def assign_groups(
    codes: pd.Series,
    crosswalk: pd.DataFrame,
    unit_column: str,
    group_column: str,
    weight_column: str | None = None,
) -> Assignment:
    """Resolve a crosswalk against the unit codes (``codes``: row label -> unit code).

    Returns the assignment rows; units matched by no entry are listed in ``unassigned``.
    Raises ``AggregationError`` for a unit sent to several groups without weights, for
    weights that are negative or do not sum to 1 per unit, and for missing columns.
    """
    for name in [unit_column, group_column] + ([weight_column] if weight_column else []):
        if name not in crosswalk.columns:
            raise AggregationError(f"crosswalk: no column '{name}' (columns: {', '.join(map(str, crosswalk.columns))})")
    code_text = codes.astype(object).where(codes.notna(), None)
    code_text = code_text.map(lambda c: None if c is None else str(c).strip())
    by_code: dict[str, list] = {}
    for label, code in code_text.items():
        if code is not None:
            by_code.setdefault(code, []).append(label)
    sorted_codes = sorted(by_code)

    candidates: list[tuple[object, object, float, int, int]] = []  # label, group, weight, specificity, row
    unresolved: list[str] = []
    for row_number, (entry, group, weight) in enumerate(zip(
        crosswalk[unit_column],
        crosswalk[group_column],
        crosswalk[weight_column] if weight_column else [None] * len(crosswalk),
    ), start=1):
        group = group_text(group)
        if pd.isna(entry) or group is None:
            continue
        w = 1.0 if weight is None or pd.isna(weight) else float(weight)
        if w < 0:
            raise AggregationError(f"crosswalk row {row_number}: negative weight {w} for '{entry}'")
        for mode, value in _patterns(entry):
            if mode == "unresolved":
                unresolved.append(value)
                continue
            if mode == "exact":
                matched = [value] if value in by_code else []
                specificity = 10_000
            elif mode == "prefix":
                lo = np.searchsorted(sorted_codes, value)
                matched = []
                for code in sorted_codes[lo:]:
                    if not code.startswith(value):
                        break
                    matched.append(code)
                specificity = len(value)
            else:
                pattern = re.compile(value)
                matched = [c for c in sorted_codes if pattern.match(c)]
                specificity = 1_000
            if not matched:
                unresolved.append(f"{value}" if mode != "regex" else str(entry))
            for code in matched:
                for label in by_code[code]:
                    candidates.append((label, group, w, specificity, row_number))

    if candidates:
        table = pd.DataFrame(candidates, columns=["label", "group", "weight", "specificity", "row"])
        best = table.groupby("label", sort=False)["specificity"].transform("max")
        table = table[table["specificity"] == best]
        table = table.drop_duplicates(["label", "group"], keep="first")
        counts = table.groupby("label", sort=False)["group"].transform("size")
        split = table[counts > 1]
        if len(split) and not weight_column:
            first = split.iloc[0]
            groups = split[split["label"] == first["label"]]["group"].astype(str).tolist()
            raise AggregationError(
                "unit '{code}' is in {n} groups ({groups}) and the crosswalk has no weight column; "
                "keep one group per unit or give weights".format(
                    code=code_text[first["label"]], n=len(groups), groups=", ".join(groups)))
        if weight_column:
            total = table.groupby("label", sort=False)["weight"].transform("sum")
            bad = table[(total - 1.0).abs() > 1e-9]
            if len(bad):
                label = bad.iloc[0]["label"]
                raise AggregationError(
                    f"unit '{code_text[label]}': its crosswalk weights sum to {float(total[bad.index[0]]):g}, not 1")
        else:
            table["weight"] = 1.0
        rows = table[["label", "group", "weight"]].reset_index(drop=True)
    else:
        rows = pd.DataFrame({"label": [], "group": [], "weight": []})
    assigned = set(rows["label"])
    unassigned = [label for label in codes.index if label not in assigned]
    return Assignment(rows=rows, unassigned=unassigned, unresolved=sorted(set(unresolved)))


def group_text(value) -> str | None:
    """A group code as text: whole numbers without '.0' (15.0 -> '15'), NULL -> None."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def assign_by_field(groups: pd.Series) -> Assignment:
    """Assignment from a group value per row (NULL or empty = unassigned)."""
    text = groups.map(group_text)
    keep = text.notna()
    rows = pd.DataFrame({"label": groups.index[keep], "group": text[keep].to_numpy(object), "weight": 1.0})
    return Assignment(rows=rows, unassigned=list(groups.index[~keep]))


def aggregate(
    frame: pd.DataFrame,
    assignment: Assignment,
    unassigned: str = "error",
    codes: pd.Series | None = None,
) -> tuple[pd.DataFrame, dict]:
    """Aggregate ``frame`` (one row per unit) into one row per group.

    ``unassigned``: ``error`` (any unit without a group that holds counts), ``drop`` (left
    out and reported) or ``keep`` (a unit without a group keeps its own code from
    ``codes``, as for a crosswalk that only lists renamed units). Units without any count
    are never an error: they are dropped and reported. Returns the group table (index =
    group code; ``fiefs_unit`` = group code, ``agg_units``, every count, the recomputed
    unit indicators and the other columns whose value is the same for every unit of a
    group) and a report dict: ``dropped`` (labels), ``dropped_counts`` (their totals),
    ``unresolved`` crosswalk entries, ``kept`` (label -> own code, policy ``keep``), ``groups``.
    """
    if unassigned not in UNASSIGNED_POLICIES:
        raise AggregationError(f"unassigned must be one of {UNASSIGNED_POLICIES}")
    counts = count_columns(frame)
    numeric = frame[counts].apply(pd.to_numeric, errors="coerce") if counts else pd.DataFrame(index=frame.index)
    rows = assignment.rows.copy()
    dropped: list = []
    if assignment.unassigned:
        loose = list(assignment.unassigned)
        empty = numeric.loc[loose].fillna(0).eq(0).all(axis=1) if counts else pd.Series(True, index=loose)
        holding = [label for label in loose if not bool(empty.loc[label])]
        if unassigned == "keep":
            if codes is None:
                raise AggregationError("unassigned='keep' needs the unit codes")
            own = pd.DataFrame({"label": loose, "group": [group_text(codes.loc[label]) for label in loose],
                                "weight": 1.0})
            own = own[own["group"].notna()]
            dropped = [label for label in loose if label not in set(own["label"])]
            rows = pd.concat([rows, own], ignore_index=True)
        elif unassigned == "error" and holding:
            names = [str(codes.loc[label]) if codes is not None else str(label) for label in holding[:10]]
            raise AggregationError(
                "{n} unit(s) with results have no group: {names}{more}. Add them to the crosswalk, "
                "or choose to drop them.".format(n=len(holding), names=", ".join(names),
                                                 more=" ..." if len(holding) > 10 else ""))
        else:
            dropped = loose
    dropped_counts = numeric.loc[dropped].sum(min_count=1).to_dict() if counts and dropped else {}

    rows["group"] = rows["group"].map(group_text)
    labels = rows["label"].to_numpy(object)
    position = frame.index.get_indexer(labels)
    if (position < 0).any():
        raise AggregationError("assignment refers to rows not in the frame")
    weights = rows["weight"].to_numpy(float)
    split = (weights != 1.0).any()
    parts = {}
    for name in counts:
        values = numeric[name].to_numpy(float)[position]
        parts[name] = values * weights if split else values
    part_frame = pd.DataFrame(parts)
    part_frame["__group"] = rows["group"].to_numpy(object)
    grouped = part_frame.groupby("__group", sort=True)
    sums = grouped[counts].sum(min_count=1) if counts else pd.DataFrame(index=sorted(set(part_frame["__group"])))
    out = pd.DataFrame(index=sums.index)
    out.index.name = fields.UNIT
    out[fields.UNIT] = out.index.astype(str)
    out[fields.AGG_UNITS] = part_frame.groupby("__group", sort=True).size().reindex(out.index).astype("int64")
    for name in counts:
        column = sums[name]
        out[name] = column.astype("int64") if column.notna().all() and (column % 1 == 0).all() else column

    # other columns: kept where every unit of a group has the same value
    skip = set(counts) | {fields.UNIT, fields.AGG_UNITS} | set(UNIT_FIELDS)
    skip |= {c for c in frame.columns if c.startswith(fields.SHARE_PREFIX)}
    skip |= {c for c in frame.columns if any(c.startswith(p) for p in PER_PARTY_PREFIXES)}
    others = [c for c in frame.columns if c not in skip]
    if others:
        member = frame[others].iloc[position].copy()
        member["__group"] = rows["group"].to_numpy(object)
        g = member.groupby("__group", sort=True, dropna=False)
        nunique = g.nunique(dropna=False)
        first = g.first()
        for name in others:
            constant = nunique[name].reindex(out.index) <= 1
            if constant.all():
                out[name] = first[name].reindex(out.index)

    if counts:
        derived = unit_indicators(out)
        for name in derived.columns:
            out[name] = derived[name]
    kept = rows.loc[rows["label"].isin(assignment.unassigned), ["label", "group"]] if unassigned == "keep" else None
    report = {
        "kept": dict(zip(kept["label"], kept["group"])) if kept is not None else {},
        "dropped": dropped,
        "dropped_counts": dropped_counts,
        "unresolved": list(assignment.unresolved),
        "groups": len(out),
    }
    return out, report


def check_totals(before: pd.DataFrame, after: pd.DataFrame, columns: Sequence[str] | None = None,
                 excluded: dict | None = None) -> None:
    """Raise ``AggregationError`` unless every count column sums to the same total before and
    after (exactly for whole counts, to 1e-9 relative for fractional ones). ``excluded`` holds totals of units left out on purpose."""
    columns = count_columns(before) if columns is None else list(columns)
    excluded = excluded or {}
    problems = []
    for name in columns:
        total_in = pd.to_numeric(before[name], errors="coerce").sum()
        total_out = pd.to_numeric(after[name], errors="coerce").sum() if name in after.columns else 0.0
        left_out = excluded.get(name, 0.0)
        left_out = 0.0 if left_out is None or pd.isna(left_out) else float(left_out)
        expected = total_in - left_out
        whole = float(expected).is_integer() and float(total_out).is_integer()
        tolerance = 0.0 if whole else 1e-9 * max(1.0, abs(expected))
        if abs(total_out - expected) > tolerance:
            problems.append(f"{name}: {expected:,.10g} in, {total_out:,.10g} out")
    if problems:
        raise AggregationError("totals not preserved by the aggregation: " + "; ".join(problems))
