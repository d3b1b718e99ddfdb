"""Field names of joined layers, shared by every step (see DESIGN.md).

A person's own expressions and every later algorithm find the data under these names,
so they are defined once, here.
"""

from __future__ import annotations

import re
import unicodedata

UNIT = "fiefs_unit"  # unit code from the results table
MATCH = "fiefs_match"  # code / name / fuzzy / crosswalk / manual
SCORE = "fiefs_score"  # match score 0-100
REGISTERED = "registered"
VOTERS = "voters"
VALID = "valid"
BLANK = "blank"
INVALID = "invalid"
TURNOUT = "turnout"
WINNER = "winner"
WINNER_SHARE = "winner_share"
RUNNER_UP = "runner_up"
MARGIN = "margin"
ENP = "enp"

TOTAL_FIELDS = (REGISTERED, VOTERS, VALID, BLANK, INVALID)

VOTES_PREFIX = "v_"
SHARE_PREFIX = "s_"
SEATS_PREFIX = "seats_"

MATCH_METHODS = ("crosswalk", "code", "name", "fuzzy", "manual")

# Field names stay short enough for every OGR format but Shapefile's 10 characters.
MAX_CODE_LENGTH = 24

# A light Arabic -> Latin transliteration, used only to build ASCII party codes when a
# party is known only by its Arabic name (names.py has the matching-grade version).
_ARABIC_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "o", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "و": "ou", "ي": "i", "ى": "a", "ـ": "",
}


def ascii_fold(text: str) -> str:
    """Text without accents, Arabic letters transliterated, other non-ASCII dropped."""
    text = "".join(_ARABIC_TO_LATIN.get(ch, ch) for ch in str(text))
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def party_code(name: str, taken: set[str] | None = None) -> str:
    """A field-safe ASCII code for a party or list name, unique within ``taken``.

    ``"RNI"`` -> ``"RNI"``, ``"L01_LRN"`` -> ``"L01_LRN"``, ``"Parti de l'Istiqlal"`` ->
    ``"Parti_de_l_Istiqlal"``; an Arabic-only name is transliterated. A clash with a
    code already in ``taken`` gets a numeric suffix (``_2``, ``_3``, ...). ``taken`` is
    updated in place when given.
    """
    code = re.sub(r"[^0-9A-Za-z]+", "_", ascii_fold(name)).strip("_")
    code = code[:MAX_CODE_LENGTH].rstrip("_") or "party"
    if code[0].isdigit():
        code = f"p{code}"[:MAX_CODE_LENGTH]
    if taken is not None:
        base, n = code, 2
        while code.lower() in {t.lower() for t in taken}:
            suffix = f"_{n}"
            code = base[: MAX_CODE_LENGTH - len(suffix)] + suffix
            n += 1
        taken.add(code)
    return code


def votes_field(code: str) -> str:
    return f"{VOTES_PREFIX}{code}"


def share_field(code: str) -> str:
    return f"{SHARE_PREFIX}{code}"


def seats_field(code: str) -> str:
    return f"{SEATS_PREFIX}{code}"


def party_codes_in(field_names) -> list[str]:
    """Party codes present on a joined layer, in field order (from its ``v_`` fields)."""
    return [
        name[len(VOTES_PREFIX):]
        for name in field_names
        if name.startswith(VOTES_PREFIX) and len(name) > len(VOTES_PREFIX)
    ]


# --- Party indicators (fiefs:indicators), one set per party code ------------------------
# rank_‹P› (1 = first), margin_‹P› (percentage points: lead over the runner-up when first,
# negative distance to the winner otherwise), lq_‹P› (location quotient), dev_‹P›
# (share minus overall share, points), conc_‹P› (unit's share of the party's total vote, 0-1).
RANK_PREFIX = "rank_"
MARGIN_PREFIX = "margin_"
LQ_PREFIX = "lq_"
DEV_PREFIX = "dev_"
CONC_PREFIX = "conc_"

# --- Local statistics (fiefs:hotspots) ---------------------------------------------------
NEIGHBOURS = "hs_nbrs"  # number of neighbours in the weights
ISLAND = "hs_island"  # 1 when the feature has no neighbour (its statistics are NULL)
GI = "gi_star"  # Getis-Ord Gi* statistic
GI_Z = "gi_z"  # analytic z-score
GI_P = "gi_p"  # analytic p-value (as esda p_norm)
GI_P_SIM = "gi_p_sim"  # permutation pseudo p-value
GI_SIG = "gi_sig"  # 1 when significant after the multiple-testing correction
GI_BIN = "gi_bin"  # -3..3: cold/hot spot at 99/95/90 % (ArcGIS convention), 0 = not significant
LISA_I = "lisa_i"  # local Moran's I
LISA_Z = "lisa_z"
LISA_P = "lisa_p"
LISA_P_SIM = "lisa_p_sim"
LISA_SIG = "lisa_sig"
LISA_Q = "lisa_q"  # Moran scatterplot quadrant 1..4 (esda: 1 HH, 2 LH, 3 LL, 4 HL)
LISA_CLUSTER = "lisa_cluster"  # HH / LL / HL / LH / ns (GeoDa convention)
LISA_CLUSTERS = ("HH", "LL", "HL", "LH", "ns")

# --- Strongholds (fiefs:strongholds) -----------------------------------------------------
FIEF_CLASS = "fief_class"  # class key, one of the tuples below (labels are translated in styling)
FIEF_FLIP = "fief_flip"  # across elections: gained / lost / held / none
SINGLE_ELECTION_CLASSES = ("stronghold", "battleground", "hotspot", "weak", "other")
MULTI_ELECTION_CLASSES = ("bastion", "emerging", "eroding", "battleground", "hotspot", "weak", "other")

# --- Swing (fiefs:swing) -----------------------------------------------------------------
SWING = "swing"  # share change of the party, percentage points (after - before)
SWING_RANK = "swing_rank"  # rank change (positive = moved up)
SWING_WINNER = "swing_winner"  # "<before> -> <after>" when the winner changed, else NULL
SWING_BUTLER = "swing_butler"  # Butler two-party swing, points, when two parties are named
SWING_STATUS = "swing_status"  # both / before_only / after_only (units present in one election only)
SWING_SHARE_BEFORE = "swing_s0"  # share of the party before / after (0-1)
SWING_SHARE_AFTER = "swing_s1"
SWING_RANK_BEFORE = "swing_r0"  # rank of the party before / after
SWING_RANK_AFTER = "swing_r1"
SWING_WINNER_BEFORE = "swing_w0"  # winner before / after
SWING_WINNER_AFTER = "swing_w1"
SWING_STATUSES = ("both", "before_only", "after_only")

# --- Evidence of stronghold classes (fiefs:strongholds) ----------------------------------
FIEF_RULE = "fief_rule"  # rule that decided: safe / relative / close / cluster / low / none, or a multi-election class
FIEF_WHY = "fief_why"  # the decision as a sentence (numbers and thresholds)
FIEF_PVI = "fief_pvi"  # deviation from the overall share averaged over the last elections (Cook PVI), points
FIEF_N = "fief_n"  # number of elections in which the unit was a stronghold
FIEF_ELECTIONS = "fief_elec"  # number of elections with valid votes for the unit
FIEF_HIST = "fief_hist"  # single-election classes, oldest first, joined by " > "
FIEF_CLASS_PREFIX = "fief_c_"  # fief_c_‹election›: single-election class in that election
FIEF_SHARE_PREFIX = "fief_s_"  # fief_s_‹election›: party share in that election (0-1)
# Summary table (one row per class, then "total")
SUMMARY_UNITS = "units"
SUMMARY_VOTES = "votes"  # the party's votes
SUMMARY_SHARE = "share"  # votes / valid (0-1)
SUMMARY_TOTAL = "total"

# --- Campaign targets (fiefs:targets) ----------------------------------------------------
TGT_SYSTEM = "tgt_system"  # plurality / largest_remainder
TGT_SEATS = "tgt_seats"  # seats of the party under the rule (plurality: 1 when it leads)
TGT_NEED = "tgt_need"  # votes the party must gain to win the unit / one more seat (others unchanged)
TGT_NEED_PCT = "tgt_need_pct"  # the same in points of valid votes
TGT_SWITCH = "tgt_switch"  # plurality: voters to win over from the leader
TGT_CUSHION = "tgt_cushion"  # votes it can lose and keep what it holds (plurality: lead over runner-up)
TGT_CUSHION_PCT = "tgt_cushion_pct"
TGT_RIVAL = "tgt_rival"  # party to overtake (gain) or closest challenger (defend)
TGT_KIND = "tgt_kind"  # ranked table: gain / defend
TGT_ORDER = "tgt_order"  # ranked table: 1 = fewest votes per gain (or thinnest cushion)
TGT_KINDS = ("gain", "defend")
TGT_SYSTEMS = ("plurality", "largest_remainder")

# --- Aggregation (fiefs:aggregate) -------------------------------------------------------
AGG_UNITS = "agg_units"  # number of input units rolled into the group
