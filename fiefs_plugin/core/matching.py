"""Match result units to layer features: crosswalk, code, name within parent, fuzzy.

The cascade, each step only for the units the previous steps left unmatched:

1. ``crosswalk``: a reviewed table (result key -> feature key) overrides everything;
2. ``code``: normalised codes equal (``names.code_key``);
3. ``name``: normalised names equal within the parent unit (province, department...),
   trying the strict, compact and loose keys of ``names.name_keys`` in turn; a key that
   is shared by several features (or several units) is ambiguous at that level;
4. ``fuzzy``: ranked candidates within the parent (``names.similarity``, Arabic and Latin
   spellings compared through their skeletons). A candidate is accepted only when its
   score is at least ``min_score``, it beats the second candidate by at least
   ``margin`` points, it is still free, and no other unmatched unit scores as high on
   it (mutual best). Everything else stays unmatched with its ranked candidates.

Parents are aligned first: each result parent is mapped to one layer parent by code,
then name, then fuzzy name with the same clear-winner rule.

Nothing is silently many-to-one: several units landing on one feature are a
``conflict`` (no join) unless ``sum_duplicates`` is set, in which case they are kept
and summed by the join. One unit matching several features (a code shared by a commune
and its urban centre) is decided by the names when a name is available, else left
``ambiguous``.

Pure Python (pandas); no QGIS import.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from fiefs_plugin.core import names

# Columns of the unit and feature frames given to match_units()
KEY = "key"  # results: unit code (ResultSet unit_code); features: feature id
CODE = "code"
NAME = "name"
PARENT = "parent"

# Statuses of a unit in the report
MATCHED = "matched"
UNMATCHED = "unmatched"
AMBIGUOUS = "ambiguous"  # several features fit equally well
CONFLICT = "conflict"  # several units fit one feature (sum_duplicates not set)
EXCLUDED = "excluded"  # the crosswalk says: no feature for this unit

REPORT_COLUMNS = (
    "unit_code", "unit_name", "unit_parent", "status", "method", "score",
    "fid", "feature_code", "feature_name", "feature_parent", "candidates", "note",
)

NAME_SCORES = (100.0, 99.0, 98.0)  # strict, compact, loose key equality
CODE_SCORE = 100.0
MAX_CANDIDATES = 5  # in the text column "candidates"
MAX_CANDIDATE_COLUMNS = 10  # at most this many cand_<k>_ groups (PROXY_KEEP fuzzy candidates are scored)
CANDIDATE_PARTS = ("fid", "code", "name", "score")


def candidate_columns(n: int) -> list[str]:
    """``cand_1_fid, cand_1_code, cand_1_name, cand_1_score, cand_2_fid, ...`` for ``n`` candidates."""
    return [f"cand_{k}_{part}" for k in range(1, n + 1) for part in CANDIDATE_PARTS]
CENTRE_PENALTY = 10.0  # points off when one name has the urban-centre marker and the other not
_BLOCK_SIZE = 400  # above this many features in a group, fuzzy candidates come from an n-gram index
PROXY_KEEP = 10  # candidates scored in full after the quick bigram ranking


@dataclass
class MatchOptions:
    """Matching rules. ``min_score`` and ``margin`` are similarity points (0-100)."""

    use_code: bool = True
    use_name: bool = True
    use_fuzzy: bool = True  # only with use_name
    min_score: float = 85.0
    margin: float = 5.0
    sum_duplicates: bool = False
    candidates: int = 3  # candidate column groups (cand_1_... cand_N_...) in the report


@dataclass
class MatchReport:
    """Outcome of matching: one row per result unit (``units``, columns ``REPORT_COLUMNS``
    then ``candidate_columns(options.candidates)``: the ranked candidate features of every
    unit, matched or not, the chosen feature first when there is one; None, and NaN for
    the score, past the last candidate),
    the features no unit was joined to (``unmatched_features``: fid, code, name, parent),
    and notes about the whole run (parent alignment, duplicates)."""

    units: pd.DataFrame
    unmatched_features: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def assignments(self) -> dict[str, object]:
        """unit code -> feature id, for the units that are joined."""
        joined = self.units[self.units["status"] == MATCHED]
        return dict(zip(joined["unit_code"], joined["fid"]))

    def counts(self) -> dict[str, int]:
        """Units per status and per method (``"matched:code"``...), features without a unit."""
        out = self.units["status"].value_counts().to_dict()
        joined = self.units[self.units["status"] == MATCHED]
        for method, n in joined["method"].value_counts().items():
            out[f"matched:{method}"] = int(n)
        out["features_unmatched"] = len(self.unmatched_features)
        return {k: int(v) for k, v in out.items()}


# --- helpers -------------------------------------------------------------------------------


def _column(frame: pd.DataFrame, name: str) -> list:
    if name in frame.columns:
        return [(None if not v.strip() else v) if v.__class__ is str else (None if _missing(v) else v)
                for v in frame[name].tolist()]
    return [None] * len(frame)


def _objects(values: list) -> np.ndarray:
    """``values`` and a trailing None as an object array (index -1 gives None)."""
    out = np.empty(len(values) + 1, dtype=object)
    out[:-1] = values
    return out


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())


def _parent_token(value) -> str | None:
    """A parent value as an alignment token: its code key when it looks like a code,
    else its loose name key."""
    if _missing(value):
        return None
    text = str(value)
    if any(ch.isdigit() for ch in names.ascii_digits(text)):
        return "c:" + (names.code_key(value) or "")
    keys = names.name_keys(text)
    return "n:" + keys[2] if keys else None


def align_parents(unit_parents: list, feature_parents: list, options: MatchOptions) -> tuple[dict, list[str]]:
    """Map each distinct unit parent value to one feature parent value.

    Returns ``(mapping, notes)``; unit parents that cannot be aligned are absent from
    the mapping and named in the notes.
    """
    unit_values = sorted({p for p in unit_parents if not _missing(p)}, key=str)
    feature_values = sorted({p for p in feature_parents if not _missing(p)}, key=str)
    by_code: dict[str, list] = defaultdict(list)
    by_name: dict[str, list] = defaultdict(list)
    for value in feature_values:
        key = names.code_key(value)
        if key:
            by_code[key].append(value)
        keys = names.name_keys(value)
        if keys:
            for k in set(keys):
                by_name[k].append(value)
    mapping: dict = {}
    notes: list[str] = []
    for value in unit_values:
        found = by_code.get(names.code_key(value) or "", [])
        if len(found) != 1:
            keys = names.name_keys(value) or ()
            found = next((by_name[k] for k in keys if len(by_name.get(k, [])) == 1), [])
        if len(found) != 1 and options.use_fuzzy and not any(ch.isdigit() for ch in str(value)):
            scored = sorted(((names.similarity(value, f), str(f), f) for f in feature_values
                             if not any(ch.isdigit() for ch in str(f))), reverse=True)
            if scored and scored[0][0] >= options.min_score and (
                len(scored) == 1 or scored[0][0] - scored[1][0] >= options.margin
            ):
                found = [scored[0][2]]
        if len(found) == 1:
            mapping[value] = found[0]
        else:
            notes.append(f"parent '{value}' was not found among the layer's parents: its units are matched against the whole layer")
    return mapping, notes


def choose_parent_side(parent_codes: list, parent_names: list, feature_parents: list,
                       options: MatchOptions | None = None) -> str | None:
    """Which parent column of the results to align with the layer's parent field: ``"code"``
    or ``"name"``, the one whose values ``align_parents`` finds for more result units (a
    tie goes to the code); None when both are empty. A layer whose parent field holds
    province names is matched on the results' province names even when the results also
    have province codes, and the other way round."""
    options = options or MatchOptions()
    aligned = {}
    for side, values in (("code", parent_codes), ("name", parent_names)):
        present = [v for v in values if not _missing(v)]
        if not present:
            continue
        mapping, _notes = align_parents(present, feature_parents, options)
        aligned[side] = sum(1 for v in present if v in mapping)
    if not aligned:
        return None
    if len(aligned) == 1:
        return next(iter(aligned))
    return "name" if aligned["name"] > aligned["code"] else "code"


class _Index:
    """Features by parent and normalised keys, with the state of the matching."""

    def __init__(self, features: pd.DataFrame):
        self.fids = features[KEY].tolist()
        self.codes = _column(features, CODE)
        self.names = _column(features, NAME)
        self.parents = _column(features, PARENT)
        self.pos = {fid: i for i, fid in enumerate(self.fids)}
        self.taken: dict[int, list[int]] = defaultdict(list)  # feature position -> unit positions
        self.by_code: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(names.code_keys(self.codes)):
            if key:
                self.by_code[key].append(i)
        count = len(self.fids)
        if any(n is not None for n in self.names):
            self.name_keys = [names.name_keys(n) if n is not None else None for n in self.names]
            self.centre = [bool(k) and "centre" in k[0].split() for k in self.name_keys]
        else:  # matching by code only
            self.name_keys = [None] * count
            self.centre = [False] * count
        self.groups: dict[object, list[int]] = defaultdict(list)
        if any(p is not None for p in self.parents):
            for i, parent in enumerate(self.parents):
                self.groups[parent].append(i)
        elif count:
            self.groups[None] = list(range(count))
        self.all_positions = list(range(count))
        self._key_index: dict[tuple, dict[str, list[int]]] = {}
        self._ngram_index: dict[tuple, tuple] = {}

    def key_index(self, parent, level: int) -> dict[str, list[int]]:
        """normalised key (level 0 strict, 1 compact, 2 loose) -> feature positions."""
        cache_key = (parent, level)
        if cache_key not in self._key_index:
            positions = self.all_positions if parent is _GLOBAL else self.groups.get(parent, [])
            index: dict[str, list[int]] = defaultdict(list)
            for i in positions:
                keys = self.name_keys[i]
                if keys:
                    index[keys[level]].append(i)
            self._key_index[cache_key] = index
        return self._key_index[cache_key]

    def positions(self, parent) -> list[int]:
        return self.all_positions if parent is _GLOBAL else self.groups.get(parent, [])

    def fuzzy_candidates(self, parent, name: str, cross_script: bool) -> list[int]:
        """Features of the group ranked by a quick bigram Dice score, best ``PROXY_KEEP``."""
        positions = self.positions(parent)
        if len(positions) > _BLOCK_SIZE:
            cache_key = (parent, cross_script)
            if cache_key not in self._ngram_index:
                index: dict[str, list[int]] = defaultdict(list)
                for i in positions:
                    if self.names[i] is not None:
                        for gram in names.grams(self.names[i], cross_script, 3):
                            index[gram].append(i)
                # grams shared by a twentieth of the names tell little and cost much
                common = max(50, len(positions) // 20)
                self._ngram_index[cache_key] = {g: p for g, p in index.items() if len(p) <= common}
            index = self._ngram_index[cache_key]
            hits: dict[int, int] = defaultdict(int)
            for gram in names.grams(name, cross_script, 3):
                for i in index.get(gram, ()):
                    hits[i] += 1
            positions = sorted(hits, key=lambda i: -hits[i])[:200]
        if len(positions) <= PROXY_KEEP:
            return [i for i in positions if self.names[i] is not None]
        mine = names.grams(name, cross_script)
        scored = [(names.dice(mine, names.grams(self.names[i], cross_script)), i)
                  for i in positions if self.names[i] is not None]
        scored.sort(key=lambda t: -t[0])
        kept = scored[:PROXY_KEEP]
        if not cross_script and kept:
            # same script: bigrams already tell the far-off names; keep the top 3 and
            # those within reach of the best
            floor = 0.6 * kept[0][0]
            kept = kept[:3] + [t for t in kept[3:] if t[0] >= floor]
        return [i for _, i in kept]


_GLOBAL = object()


def _describe(index: _Index, i: int, score: float | None = None) -> str:
    parts = [str(index.names[i]) if index.names[i] is not None else f"#{index.fids[i]}"]
    if index.codes[i] is not None:
        parts.append(f"[{index.codes[i]}]")
    if score is not None:
        parts.append(f"({score:.0f})")
    return " ".join(parts)


class _Candidates:
    """The candidate features offered for each unit: as text for people (``candidates``)
    and as (feature position, score) pairs for the report's cand_<k>_ columns."""

    def __init__(self, n: int):
        self.count = n
        self.text: list[str] = [""] * n
        self.ranked: dict[int, list[tuple[int, float | None]]] = {}  # only the units offered some

    def offer(self, u: int, index: _Index, pairs) -> None:
        pairs = [(i, None if s is None else float(s)) for i, s in pairs]
        self.text[u] = "; ".join(_describe(index, i, s) for i, s in pairs[:MAX_CANDIDATES])
        self.ranked[u] = pairs[:MAX_CANDIDATE_COLUMNS]

    def columns(self, chosen: list, chosen_scores: list, index: _Index, n: int) -> dict[str, np.ndarray]:
        """cand_<k>_fid/code/name/score for ``n`` candidates; a matched unit's feature first."""
        count = self.count
        # most units have no ranked candidates: their first candidate is the chosen feature, if any
        position = np.full((n, count), -1, dtype="int64")
        points = np.full((n, count), np.nan)
        if n and count:
            picked = np.array([-1 if i is None else i for i in chosen], dtype="int64")
            position[0] = picked
            points[0] = [np.nan if s is None or i is None else float(s) for i, s in zip(chosen, chosen_scores)]
        for u, pairs in self.ranked.items():
            if not pairs or not n:
                continue
            i = chosen[u]
            if i is not None:
                pairs = [(i, chosen_scores[u])] + [(j, s) for j, s in pairs if j != i]
            for k, (j, score) in enumerate(pairs[:n]):
                position[k, u] = -1 if j is None else j
                points[k, u] = np.nan if score is None else float(score)
        values = {part: _objects(getattr(index, attr)) for part, attr in (("fid", "fids"), ("code", "codes"),
                                                                          ("name", "names"))}
        out: dict[str, np.ndarray] = {}
        for k in range(n):
            for part in ("fid", "code", "name"):
                out[f"cand_{k + 1}_{part}"] = values[part][position[k]]  # -1: the trailing None
            out[f"cand_{k + 1}_score"] = points[k]
        return {name: out[name] for name in candidate_columns(n)}


# --- the cascade -------------------------------------------------------------------------------


def match_units(
    units: pd.DataFrame,
    features: pd.DataFrame,
    options: MatchOptions | None = None,
    crosswalk: dict | None = None,
    progress=None,
) -> MatchReport:
    """Match result units to features.

    ``units``: columns ``key`` (unit code, unique) and optionally ``code``, ``name``,
    ``parent``. ``features``: columns ``key`` (feature id, unique) and optionally
    ``code``, ``name``, ``parent``. ``crosswalk``: unit key -> feature id, or -> None to
    exclude a unit on purpose. ``progress(fraction)`` is called now and then and may
    return True to stop.
    """
    options = options or MatchOptions()
    index = _Index(features)
    n = len(units)
    unit_keys = units[KEY].tolist()
    unit_codes = _column(units, CODE)
    unit_names = _column(units, NAME)
    unit_parents = _column(units, PARENT)

    status = [UNMATCHED] * n
    method: list = [None] * n
    score: list = [None] * n
    chosen: list = [None] * n  # feature position
    offered = _Candidates(n)
    note: list = [""] * n
    notes: list[str] = []

    def assign(u: int, i: int, how: str, points: float) -> None:
        status[u], method[u], score[u], chosen[u] = MATCHED, how, points, i
        index.taken[i].append(u)

    have_parents = any(p is not None for p in unit_parents) and any(p is not None for p in index.parents)
    if have_parents:
        mapping, parent_notes = align_parents(unit_parents, index.parents, options)
        notes.extend(parent_notes)
        unit_group = [mapping.get(p, _GLOBAL) if p is not None else _GLOBAL for p in unit_parents]
    else:
        unit_group = [_GLOBAL] * n

    # 1. crosswalk
    if crosswalk:
        for u, key in enumerate(unit_keys):
            if key in crosswalk:
                target = crosswalk[key]
                if target is None:
                    status[u], method[u], note[u] = EXCLUDED, "crosswalk", "excluded by the crosswalk"
                elif target in index.pos:
                    assign(u, index.pos[target], "crosswalk", 100.0)
                else:
                    note[u] = f"crosswalk feature '{target}' is not in the layer"

    # 2. code
    if options.use_code:
        pending_code: dict[int, list[int]] = defaultdict(list)  # feature -> units
        unit_code_keys = names.code_keys(unit_codes)
        for u in range(n):
            if status[u] != UNMATCHED or unit_codes[u] is None:
                continue
            found = index.by_code.get(unit_code_keys[u] or "", [])
            if len(found) > 1 and unit_names[u] is not None:
                found = _narrow_by_name(index, found, unit_names[u])
            if len(found) == 1:
                pending_code[found[0]].append(u)
            elif len(found) > 1:
                status[u] = AMBIGUOUS
                offered.offer(u, index, [(i, CODE_SCORE) for i in found])
                note[u] = "the code matches several features"
        _settle(pending_code, index, assign, status, offered, note, unit_names, options, "code", CODE_SCORE)

    # 3. name within parent, strict -> compact -> loose
    if options.use_name:
        for level, points in enumerate(NAME_SCORES):
            unit_index: dict[tuple, list[int]] = defaultdict(list)
            for u in range(n):
                if status[u] == UNMATCHED and unit_names[u] is not None:
                    keys = names.name_keys(unit_names[u])
                    if keys:
                        unit_index[(unit_group[u], keys[level])].append(u)
            pending: dict[int, list[int]] = defaultdict(list)
            for (group, key), members in unit_index.items():
                found = [i for i in index.key_index(group, level).get(key, []) if i not in index.taken]
                if len(found) > 1:  # Vergné and Vergne both exist: accents decide
                    accented = names.name_keys(unit_names[members[0]], True)
                    narrowed = [i for i in found if accented
                                and (names.name_keys(index.names[i], True) or ("",) * 3)[level] == accented[level]]
                    if len(narrowed) == 1:
                        found = narrowed
                if len(found) > 1 and level == len(NAME_SCORES) - 1:
                    # Bzou and Bzou (Centre) share the loose key: the centre marker decides
                    centre = names.is_centre(unit_names[members[0]])
                    narrowed = [i for i in found if index.centre[i] == centre]
                    if len(narrowed) == 1:
                        found = narrowed
                    else:  # the same name twice in the parent: a person decides
                        for u in members:
                            status[u] = AMBIGUOUS
                            offered.offer(u, index, [(i, points) for i in found])
                            note[u] = f"{len(found)} features carry this name"
                        continue
                if len(found) == 1 and level > 0 and _glued(key, unit_names[members[0]], index.names[found[0]]):
                    rival = _merger_rival(index, group, unit_names[members[0]], found[0])
                    if rival is not None:
                        for u in members:
                            status[u] = AMBIGUOUS
                            offered.offer(u, index, [(found[0], points), (rival, points)])
                            note[u] = "the name also contains the name of another feature (a merged unit?)"
                        continue
                if len(found) == 1:
                    pending[found[0]].extend(members)
                elif len(found) > 1:
                    for u in members:  # left for the next level; candidates kept for review
                        offered.offer(u, index, [(i, points) for i in found])
            _settle(pending, index, assign, status, offered, note, unit_names, options, "name", points,
                    final=False)
            if progress is not None and progress(0.2 + 0.1 * level):
                break

    # 4. fuzzy, within parent, clear winner and mutual best
    if options.use_name and options.use_fuzzy:
        _fuzzy(index, unit_group, unit_names, status, offered, note, assign, options, progress)

    # conflicts left by the name steps (several units with one key on one free feature)
    for u in range(n):
        if status[u] == UNMATCHED and unit_names[u] is None and unit_codes[u] is None and not note[u]:
            note[u] = "no code and no name to match on"

    picked = np.array([-1 if i is None else i for i in chosen], dtype="int64")

    def of_chosen(values: list) -> np.ndarray:
        return _objects(values)[picked]  # -1: the trailing None

    data = {
        "unit_code": unit_keys, "unit_name": unit_names, "unit_parent": unit_parents, "status": status,
        "method": method, "score": score, "fid": of_chosen(index.fids), "feature_code": of_chosen(index.codes),
        "feature_name": of_chosen(index.names), "feature_parent": of_chosen(index.parents),
        "candidates": [text if state != MATCHED or how == "fuzzy" else ""
                       for text, state, how in zip(offered.text, status, method)],
        "note": note,
    }
    n_columns = max(0, min(int(options.candidates), MAX_CANDIDATE_COLUMNS))
    data.update(offered.columns(chosen, score, index, n_columns))
    # report columns: types inferred from the values (an all-integer fid stays int64, with a NULL float64);
    # candidate columns: object, scores float64
    report = pd.DataFrame({name: pd.Series(values.tolist() if isinstance(values, np.ndarray) else values)
                           if name in REPORT_COLUMNS else values for name, values in data.items()})
    report["score"] = report["score"].astype("float64")
    joined = {chosen[u] for u in range(n) if status[u] == MATCHED}
    free = [i for i in range(len(index.fids)) if i not in joined]
    unmatched_features = pd.DataFrame(
        {
            KEY: [index.fids[i] for i in free],
            CODE: [index.codes[i] for i in free],
            NAME: [index.names[i] for i in free],
            PARENT: [index.parents[i] for i in free],
        }
    )
    return MatchReport(units=report, unmatched_features=unmatched_features, notes=notes)


def _narrow_by_name(index: _Index, found: list[int], name) -> list[int]:
    """Among features sharing a code, those whose name fits best (strict, then looser keys)."""
    keys = names.name_keys(name)
    if not keys:
        return found
    for level in range(3):
        same = [i for i in found if index.name_keys[i] and index.name_keys[i][level] == keys[level]]
        if len(same) == 1:
            return same
    return found


def _glued(key, name_a, name_b) -> bool:
    """True when two names share a compact/loose key only once words are glued together
    (``"Cherré-Au"`` / ``"Cherreau"``), not word for word (``"La Neuville"`` / ``"Neuville"``)."""
    words_a = names.loose_words(name_a)
    words_b = names.loose_words(name_b)
    return words_a != words_b


def _merger_rival(index: _Index, group, name, chosen: int) -> int | None:
    """Another feature of the group named exactly like a part of ``name``.

    ``"Cherré-Au"`` (the merger of Cherré and Cherreau) has the compact key of
    ``"Cherreau"``, but ``"Cherré"`` is also a feature: the name is a merger's, and
    matching it to either is a guess.
    """
    keys = names.name_keys(name)
    if not keys:
        return None
    words = keys[0].split()
    if len(words) < 2:
        return None
    strict = index.key_index(group, 0)
    chosen_keys = index.name_keys[chosen]
    chosen_text = f" {chosen_keys[0]} " if chosen_keys else ""
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start:start + size]
            if all(w in names.PARTICLES for w in run):
                continue
            if f" {' '.join(run)} " in chosen_text:
                continue  # the chosen feature's name has these words too: they decide nothing
            for i in strict.get(" ".join(run), ()):
                if i != chosen:
                    return i
    return None


def _settle(pending, index, assign, status, offered, note, unit_names, options, how, points, final=True):
    """Assign features found by one step; several units on one feature are a conflict
    unless sum_duplicates."""
    for i, members in pending.items():
        if len(members) > 1:
            members = sorted(set(members))
        if len(members) == 1 or options.sum_duplicates:
            for u in members:
                assign(u, i, how, points)
            continue
        for u in members:
            status[u] = CONFLICT
            offered.offer(u, index, [(i, points)])
            note[u] = (
                f"{len(members)} result units match this feature by {how}; "
                "set SUM_DUPLICATES to add them up, or decide in a crosswalk"
            )


def _fuzzy(index, unit_group, unit_names, status, offered, note, assign, options, progress):
    todo = [u for u in range(len(status)) if status[u] == UNMATCHED and unit_names[u] is not None]
    if not todo:
        return
    ranked: dict[int, list[tuple[float, int]]] = {}
    for k, u in enumerate(todo):
        name = unit_names[u]
        group = unit_group[u]
        arabic = names.has_arabic(str(name))
        unit_centre = names.is_centre(name)
        cross = any(
            index.names[i] is not None and names.has_arabic(str(index.names[i])) != arabic
            for i in index.positions(group)[:20]
        )
        scored = []
        for i in index.fuzzy_candidates(group, name, cross):
            if index.names[i] is None:
                continue
            points = names.similarity(str(name), str(index.names[i]))
            if index.centre[i] != unit_centre:  # "X" fits commune X better than "X (Centre)"
                points = max(0.0, points - CENTRE_PENALTY)
            scored.append((points, i))
        scored.sort(key=lambda t: (-t[0], str(index.names[t[1]])))
        ranked[u] = scored
        offered.offer(u, index, [(i, s) for s, i in scored])
        if progress is not None and k % 200 == 0 and progress(0.5 + 0.5 * k / len(todo)):
            return
    # best unit score on each feature, to require mutual best
    best_on_feature: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for u, scored in ranked.items():
        for s, i in scored[:MAX_CANDIDATES]:
            best_on_feature[i].append((s, u))
    for u, scored in ranked.items():
        if not scored:
            note[u] = "no candidate feature"
            continue
        best, i = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        if best < options.min_score:
            note[u] = f"best candidate scores {best:.0f} < MIN_SCORE {options.min_score:.0f}"
            continue
        if best - second < options.margin:
            status[u] = AMBIGUOUS
            note[u] = f"no clear winner: {best:.0f} vs {second:.0f}"
            continue
        if i in index.taken and not options.sum_duplicates:
            note[u] = "best candidate is already matched to another unit"
            continue
        rivals = [s for s, v in best_on_feature[i] if v != u]
        if rivals and max(rivals) > best - options.margin:
            status[u] = AMBIGUOUS
            note[u] = "another unmatched unit fits the same feature as well"
            continue
        rival = _merger_rival(index, unit_group[u], unit_names[u], i)
        if rival is not None:
            status[u] = AMBIGUOUS
            note[u] = "the name also contains the name of another feature (a merged unit?)"
            continue
        assign(u, i, "fuzzy", round(best, 1))


# --- crosswalk files -------------------------------------------------------------------------

CROSSWALK_COLUMNS = (
    "result_code", "result_name", "result_parent", "feature_code", "feature_name", "feature_fid",
    "method", "score", "status", "candidates",
)
EXCLUDE_MARKERS = {"-", "none", "null", "aucun", "aucune", "x"}


def crosswalk_table(report: MatchReport) -> pd.DataFrame:
    """A crosswalk a person reviews: one row per result unit, the chosen feature (empty
    when none), how it was found and the candidates. Editing ``feature_code`` (or
    ``feature_fid`` when the layer has no code field) and feeding the file back as
    CROSSWALK fixes a match; ``-`` there means "no feature, on purpose"."""
    units = report.units
    table = pd.DataFrame({
        "result_code": units["unit_code"],
        "result_name": units["unit_name"],
        "result_parent": units["unit_parent"],
        "feature_code": units["feature_code"],
        "feature_name": units["feature_name"],
        "feature_fid": units["fid"],
        "method": units["method"],
        "score": units["score"],
        "status": units["status"],
        "candidates": units["candidates"],
    })
    return table[list(CROSSWALK_COLUMNS)]


def crosswalk_mapping(table: pd.DataFrame, features: pd.DataFrame) -> tuple[dict, list[str]]:
    """Read a crosswalk: result key -> feature id (or None = excluded on purpose).

    ``table`` needs a result column (``result_code``, else the first column) and a
    feature column (``feature_code`` matched on the layer's codes, and/or ``feature_fid``;
    else the second column, as a code). Rows whose feature is empty are undecided and
    ignored. Returns the mapping and notes about rows that could not be used.
    """
    columns = [str(c) for c in table.columns]
    if not columns:
        return {}, ["the crosswalk has no columns"]
    result_column = "result_code" if "result_code" in columns else columns[0]
    code_column = "feature_code" if "feature_code" in columns else None
    fid_column = "feature_fid" if "feature_fid" in columns else None
    if code_column is None and fid_column is None:
        if len(columns) < 2:
            return {}, ["the crosswalk needs a result column and a feature column"]
        code_column = columns[1]
    by_code: dict[str, list] = defaultdict(list)
    for fid, code in zip(features[KEY], _column(features, CODE)):
        key = names.code_key(code)
        if key:
            by_code[key].append(fid)
    fids = {str(f): f for f in features[KEY]}
    mapping: dict = {}
    notes: list[str] = []
    for row in table.itertuples(index=False):
        values = dict(zip(columns, row))
        unit = values.get(result_column)
        if _missing(unit):
            continue
        unit = _code_text(unit)
        target = None
        decided = False
        code = values.get(code_column) if code_column else None
        fid = values.get(fid_column) if fid_column else None
        for value in (code, fid):
            if not _missing(value) and str(value).strip().lower() in EXCLUDE_MARKERS:
                mapping[unit] = None
                decided = True
                break
        if decided:
            continue
        if not _missing(code) and code_column:
            found = by_code.get(names.code_key(code) or "", [])
            if len(found) == 1:
                target = found[0]
            elif len(found) > 1:
                notes.append(f"crosswalk: feature code '{code}' of '{unit}' is shared by {len(found)} features")
            else:
                notes.append(f"crosswalk: feature code '{code}' of '{unit}' is not in the layer")
        if target is None and not _missing(fid):
            target = fids.get(_code_text(fid))
            if target is None:
                notes.append(f"crosswalk: feature id '{fid}' of '{unit}' is not in the layer")
        if target is not None:
            mapping[unit] = target
    return mapping, notes


def _code_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- joined table ----------------------------------------------------------------------------


def joined_groups(report: MatchReport) -> dict[object, list[str]]:
    """feature id -> the unit codes joined to it (several only with sum_duplicates)."""
    groups: dict[object, list[str]] = defaultdict(list)
    joined = report.units[report.units["status"] == MATCHED]
    for unit, fid in zip(joined["unit_code"].tolist(), joined["fid"].tolist()):
        groups[fid].append(unit)
    return groups


def joined_table(result_set, report: MatchReport) -> pd.DataFrame:
    """The joined fields for each matched feature, indexed by feature id.

    Columns: ``fiefs_unit``, ``fiefs_match``, ``fiefs_score``, then the columns of
    ``results.unit_table``. A feature with several units (only with sum_duplicates) gets
    their sums: votes, seats and totals added up (NULL only when unknown for all),
    ``fiefs_unit`` = the codes joined by ``+``, ``fiefs_match`` = the weakest method.
    """
    from fiefs_plugin.core import fields as fld
    from fiefs_plugin.core import results as res

    groups = joined_groups(report)
    label_of: dict[str, str] = {}
    fid_of_label: dict[str, object] = {}
    for fid, units in groups.items():
        label = "+".join(units)
        for unit in units:
            label_of[unit] = label
        fid_of_label[label] = fid
    relabel = any(len(units) > 1 for units in groups.values())
    totals = result_set.totals[result_set.totals[res.UNIT_CODE].isin(label_of)].copy()
    if relabel:
        votes = result_set.votes[result_set.votes[res.UNIT_CODE].isin(label_of)].copy()
        votes[res.UNIT_CODE] = votes[res.UNIT_CODE].map(label_of)
        totals[res.UNIT_CODE] = totals[res.UNIT_CODE].map(label_of)
    else:  # one unit per feature: unit_table ignores the votes of units not in the totals
        votes = result_set.votes
    if totals[res.UNIT_CODE].duplicated().any():
        sums = totals.groupby(res.UNIT_CODE, sort=False)[list(res.TOTAL_COLUMNS)].sum(min_count=1)
        firsts = totals.drop_duplicates(res.UNIT_CODE)[list(res.UNIT_COLUMNS)].set_index(res.UNIT_CODE)
        totals = firsts.join(sums).reset_index()
    merged = res.ResultSet(result_set.election, votes, totals, result_set.parties, result_set.source)
    table = res.unit_table(merged)

    joined = report.units[report.units["status"] == MATCHED]
    method_rank = {m: i for i, m in enumerate(("crosswalk", "manual", "code", "name", "fuzzy"))}
    match_of: dict[str, tuple] = {}
    for unit, method, score in zip(joined["unit_code"].tolist(), joined["method"].tolist(), joined["score"].tolist()):
        label = label_of[unit]
        previous = match_of.get(label)
        if previous is None or method_rank.get(method, 9) > method_rank.get(previous[0], 9):
            match_of[label] = (method, score)
        elif previous is not None and method == previous[0]:
            match_of[label] = (method, min(score, previous[1]))
    labels = table.index.tolist()
    table.insert(1, fld.MATCH, [match_of[label][0] for label in labels])
    table.insert(2, fld.SCORE, [float(match_of[label][1]) for label in labels])
    table.index = pd.Index([fid_of_label[label] for label in labels], name="fid")
    return table
