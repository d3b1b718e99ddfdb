"""Normalised codes and place names (French/Latin and Arabic) for matching units.

Official tables and boundary layers spell the same commune differently: leading zeros
and dots in codes (``01.511.01.01`` / ``015110101``), accents, articles (``La Wantzenau``
/ ``Wantzenau``), Moroccan transliteration variants (``Oulad``/``Ouled``/``Awlad``,
``Ait``/``Aït``/``Ayt``, ``Bni``/``Beni``), the urban centre marker ``(Centre)``, Arabic
alef and hamza forms (أ إ آ ٱ → ا), ة/ه, ى/ي, tatweel and harakat. This module turns each
spelling into keys that compare equal when the names are the same place:

- ``code_key``: a code without separators and leading zeros;
- ``name_keys``: three keys per name, from strict to loose (``strict``: folded and
  tokenised; ``compact``: the same without spaces; ``loose``: also without articles,
  particles and the centre marker, doubled letters collapsed);
- ``skeleton``: a script-independent consonant skeleton (Arabic and Latin spellings of a
  Moroccan name give close skeletons: آيت باها / Ait Baha -> ``tbh``), compared with
  ``similarity`` for fuzzy and cross-script matching.

Pure Python; no QGIS import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- digits and codes ----------------------------------------------------------------------

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_CODE_SEPARATORS = re.compile(r"[\s.\-_/\\:,;|'’]+")
_FLOAT_INTEGER = re.compile(r"^(\d+)\.0+$")


def ascii_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII digits."""
    return text.translate(_DIGITS)


def code_key(value) -> str | None:
    """A code as a comparable key: separators and leading zeros removed, upper case.

    ``"01.511.01.01"``, ``"015110101"`` and ``15110101`` give ``"15110101"``; ``"01001"``
    and ``1001`` give ``"1001"``; ``"2A004"`` stays ``"2A004"``; a float that holds an
    integer (``1001.0``, from a spreadsheet) gives ``"1001"``. Empty values give None.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            value = int(value)
    text = ascii_digits(str(value)).strip()
    if not text:
        return None
    match = _FLOAT_INTEGER.match(text)
    if match:
        text = match.group(1)
    text = _CODE_SEPARATORS.sub("", text).upper()
    stripped = text.lstrip("0")
    return stripped or ("0" if text else None)


_PLAIN_CODE = re.compile(r"^[0-9A-Za-z]+$")


def code_keys(values) -> list[str | None]:
    """``code_key`` of many values; plain alphanumeric text (the usual case) takes a fast path."""
    out: list[str | None] = []
    append = out.append
    for value in values:
        # ASCII letters and digits only (what _PLAIN_CODE matches; str methods are quicker than the regex)
        if value.__class__ is str and value.isascii() and (value.isalnum() or _PLAIN_CODE.match(value)):
            stripped = value.lstrip("0")
            append(stripped.upper() if stripped else "0")
        else:
            append(code_key(value))
    return out


# --- Latin names -----------------------------------------------------------------------------

_APOSTROPHES = "'’‘`´ʼʹ′"
_PUNCT = re.compile(r"[^0-9a-z\u0600-\u06ff]+")

# Spelling variants of the same word -> one form (applied to every key)
_LATIN_VARIANTS = {
    "ouled": "oulad", "awlad": "oulad", "aoulad": "oulad", "oulade": "oulad", "ouleds": "oulad",
    "aouled": "oulad", "olad": "oulad",
    "ayt": "ait", "aitt": "ait",
    "beni": "bni", "bani": "bni", "banni": "bni",
    "bin": "ben", "ibn": "ben",
    "sidy": "sidi", "sid": "sidi", "sd": "sidi",
    "mly": "moulay", "my": "moulay", "moulai": "moulay", "mulay": "moulay", "moulaye": "moulay",
    "lala": "lalla",
    "st": "saint", "ste": "sainte",
    "center": "centre", "centr": "centre", "markaz": "centre",
    "ain": "ain", "aine": "ain", "ayn": "ain",
    "oued": "oued", "wad": "oued", "ouad": "oued", "wadi": "oued",
    "lez": "les",
}
# Words that name the kind of unit, not the unit: dropped from every key
_LATIN_UNIT_WORDS = {"commune", "cr", "cu", "municipalite", "municipality"}
_LATIN_UNIT_PHRASES = re.compile(
    r"^(?:commune (?:urbaine|rurale) (?:de |d |du |des )?|commune (?:de |d |du |des )|"
    r"municipalite (?:de |d |du |des )?|c ?[ru] (?:de |d )?)"
)
# Articles and particles: dropped from the loose key only
_LATIN_ARTICLES = {"le", "la", "les", "l", "el", "al", "de", "d", "du", "des", "au", "aux", "lo", "los", "las",
                   "il"}
# Sun-letter articles of Moroccan names (Ech Chaouia, Er Rachidia, Es Smara, Ad Dakhla)
_SUN_ARTICLES = {"ech": "ch", "er": "r", "es": "s", "ez": "z", "ed": "d", "en": "n", "et": "t",
                 "ej": "j", "ad": "d", "ar": "r", "as": "s", "az": "z", "at": "t", "an": "n",
                 "ach": "ch", "adh": "dh", "ash": "sh", "eth": "th", "edh": "dh"}
_CENTRE_WORDS = {"centre"}
# words that are never a place name on their own
PARTICLES = frozenset(_LATIN_ARTICLES | set(_SUN_ARTICLES) | _CENTRE_WORDS | {
    "saint", "sainte", "sur", "sous", "en", "et", "aux", "au", "les", "oulad", "ait", "bni", "ben",
    "sidi", "moulay", "lalla", "ain", "oued", "dar", "souk", "had", "sebt", "tnine", "khemis", "arbaa",
    "jemaa", "zaouia", "zaouiat", "ksar", "ahl", "ouled", "ida", "ou", "le", "la"})


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    for ch in _APOSTROPHES:
        text = text.replace(ch, " ")
    return text


# --- Arabic names ------------------------------------------------------------------------------

_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # + tatweel
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "ء": "",
    "ک": "ك", "ڭ": "ك", "گ": "ك", "ڨ": "ق", "ڤ": "ف", "پ": "ب", "چ": "ش",
    "٬": "", "،": " ", "؛": " ", "؟": " ",
})
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ARABIC_UNIT_WORDS = {"جماعه", "بلديه", "الجماعه", "البلديه", "القرويه", "الحضريه", "قرويه", "حضريه"}
_ARABIC_CENTRE_WORDS = {"المركز", "مركز"}


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text or ""))


def fold_arabic(text: str) -> str:
    """Arabic letters in one form: harakat and tatweel removed, alef/hamza/ta marbuta/
    alef maqsura unified, Persian/Maghrebi letter forms mapped to the Arabic ones."""
    return _HARAKAT.sub("", text).translate(_ARABIC_FOLD)


def fold(text) -> str:
    """Text folded for comparison, word by word and nothing dropped: case, accents,
    Arabic letter forms and punctuation (``"Nb. d'Inscrits"`` -> ``"nb d inscrits"``)."""
    text = _PUNCT.sub(" ", fold_arabic(_fold_latin(ascii_digits(str(text)))))
    return " ".join(text.split())


def _tokens(text: str, keep_accents: bool = False) -> list[str]:
    """Folded words of a name (Latin folded, Arabic folded; punctuation splits words)."""
    text = ascii_digits(str(text))
    if keep_accents:
        text = fold_arabic(unicodedata.normalize("NFC", text)).casefold()
        for ch in _APOSTROPHES:
            text = text.replace(ch, " ")
        text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    else:
        text = _PUNCT.sub(" ", fold_arabic(_fold_latin(text)))  # NFKD also splits hamza and madda off
    text = _LATIN_UNIT_PHRASES.sub("", text.strip() + " ").strip()
    words = []
    for word in text.split():
        word = _LATIN_VARIANTS.get(word, word)
        if word in _LATIN_UNIT_WORDS or word in _ARABIC_UNIT_WORDS:
            continue
        if word in _ARABIC_CENTRE_WORDS:
            word = "centre"
        words.append(word)
    return words


def _loose_word(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:  # Arabic article
        word = word[2:]
    return re.sub(r"(.)\1+", r"\1", word)  # Laalam/Lalam, Bouskkoura/Bouskoura


def _drop_articles(words: list[str]) -> list[str]:
    out = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in _LATIN_ARTICLES and nxt:
            continue
        if word in _SUN_ARTICLES and nxt.startswith(_SUN_ARTICLES[word]):
            continue
        if word in _CENTRE_WORDS:
            continue
        out.append(word)
    return out or words


@lru_cache(maxsize=200_000)
def name_keys(name, keep_accents: bool = False) -> tuple[str, str, str] | None:
    """``(strict, compact, loose)`` keys of a place name, or None for an empty name.

    strict: folded words joined by one space (``"L'Abergement-Clémenciat"`` ->
    ``"l abergement clemenciat"``); compact: strict without spaces; loose: articles,
    particles and the centre marker dropped, doubled letters collapsed, no spaces
    (``"La Wantzenau"`` and ``"Wantzenau"`` -> ``"wantzenau"``). ``keep_accents`` keeps
    Latin accents (to tell ``"Vergné"`` from ``"Vergne"`` when both exist).
    """
    if name is None or (isinstance(name, float) and name != name):
        return None
    words = _tokens(str(name), keep_accents)
    if not words:
        return None
    strict = " ".join(words)
    compact = "".join(words)
    loose = "".join(_loose_word(w) for w in _drop_articles(words))
    return strict, compact, loose


def is_centre(name) -> bool:
    """True for the urban centre of a commune: ``"Bzou (Centre)"``, ``"بزو المركز"``."""
    keys = _tokens(str(name or ""))
    return "centre" in keys


# --- Script-independent skeleton ------------------------------------------------------------

# Arabic letters -> consonant classes (vowel letters and ع dropped, as Latin spellings do).
# Skeleton letters: "k" stands for ك ڭ ق and Latin g k q c, "g" for غ / gh, "x" for خ / kh,
# "c" for ش / ch, "j" for ج / j / dj; words are separated by a space.
_ARABIC_SKELETON = {
    "ا": "", "و": "", "ي": "", "ع": "", "ه": "h", "ح": "h",
    "ب": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "j", "خ": "x", "د": "d", "ذ": "d", "ض": "d",
    "ر": "r", "ز": "z", "ظ": "z", "س": "s", "ص": "s", "ش": "c", "غ": "g", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
}
_LATIN_DIGRAPHS = (
    ("tch", "C"), ("sch", "C"), ("ch", "C"), ("sh", "C"), ("kh", "X"), ("gh", "G"), ("dj", "J"),
    ("th", "T"), ("dh", "D"), ("ph", "F"), ("qu", "K"), ("ck", "K"), ("gu", "K"),
)
_LATIN_SKELETON = {
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "h": "h",
    "b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "g": "k", "k": "k", "q": "k", "c": "k",
    "r": "r", "z": "z", "s": "s", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n", "x": "x",
}
_SOFT_C = re.compile(r"c(?=[eiy])")


def _skeleton_word(word: str) -> str:
    if has_arabic(word):
        out = "".join(_ARABIC_SKELETON.get(ch, "") for ch in word)
        # final ه is the ta marbuta / -a ending (folded from ة), which Latin writes as a vowel
        if word.endswith("ه") and out.endswith("h"):
            out = out[:-1]
        return out
    word = re.sub(r"([a-z])\1+", r"\1", word)  # Latin doubled letters: Ouallal, Hajjama
    word = _SOFT_C.sub("s", word)
    for digraph, repl in _LATIN_DIGRAPHS:
        word = word.replace(digraph, repl)
    out = "".join(ch.lower() if ch.isupper() else _LATIN_SKELETON.get(ch, "") for ch in word)
    return out


def _glue_initials(words: list[str]) -> list[str]:
    """Latin one-letter words before a word are a schwa, not a word: M'tioua, H'Ssyia."""
    out: list[str] = []
    carry = ""
    for i, word in enumerate(words):
        if len(word) == 1 and word.isascii() and word.isalpha() and word not in "ld" and i + 1 < len(words):
            carry += word
            continue
        out.append(carry + word)
        carry = ""
    return out


@lru_cache(maxsize=200_000)
def skeleton(name, articles: bool = False) -> str:
    """Consonant skeleton of a name in Arabic or Latin script, words separated by a
    space, centre marker dropped: ``"Oulad Ftata"`` and ``"أولاد فتاتة"`` -> ``"ld ftt"``.
    Articles (El, Al, ال...) are dropped unless ``articles`` is true, where they count as
    ``l`` (Latin spellings sometimes fuse them: الوكوم / Allougoum)."""
    keys = name_keys(name)
    if keys is None:
        return ""
    words = _glue_initials(keys[0].split())
    out = []
    if not articles:
        for word in _drop_articles(words):
            if word.startswith("ال") and len(word) > 3:
                word = word[2:]
            out.append(_skeleton_word(word))
    else:
        for word in words:
            if word in _CENTRE_WORDS:
                continue
            if word.startswith("ال") and len(word) > 3:
                out.append("l" + _skeleton_word(word[2:]))
            else:
                out.append(_skeleton_word(word))
    return " ".join(w for w in out if w)


# --- similarity ------------------------------------------------------------------------------


def _cost_table(groups: dict[float, list[str]]) -> dict[tuple[str, str], float]:
    table: dict[tuple[str, str], float] = {}
    for cost, sets in groups.items():
        for letters in sets:
            for a in letters:
                for b in letters:
                    if a != b:
                        table[(a, b)] = min(cost, table.get((a, b), 1.0))
    return table


# Substitutions that cost less than 1: letters that spell the same sound across sources
_SUB_LATIN = _cost_table({0.3: ["aeiouy", "kqc", "ck"], 0.5: ["sz", "iy", "ouw", "dt"]})
_SUB_ARABIC = _cost_table({
    0.4: ["اعء", "ضطدتثظذ", "صسزث", "قكجغ", "هح", "اهي"],
    0.5: ["لا"],  # Moroccan article: لمسيد / امسيد
    0.6: ["اوي"],
})
_SUB_SKELETON = _cost_table({0.4: ["jkg", "dt", "szc", "xkh"], 0.5: ["zd", "gr"]})
# Insertions/deletions that cost less than 1
_INDEL_LATIN = {"a": 0.5, "e": 0.5, "i": 0.5, "o": 0.5, "u": 0.5, "y": 0.5, "h": 0.5, " ": 0.3}
_INDEL_ARABIC = {"ا": 0.5, "و": 0.5, "ي": 0.5, "ع": 0.5, "ه": 0.6, " ": 0.3}
# h is written or not at will (Assilah / أصيلة, Mettouh / متوح), t ends the construct
# state (Zaouiat / زاوية), l is the Moroccan article (لمسيد / Msied)
_INDEL_SKELETON = {" ": 0.3, "h": 0.25, "t": 0.6, "l": 0.5}


def weighted_distance(a: str, b: str, sub: dict | None = None, indel: dict | None = None) -> float:
    """Edit distance where some substitutions (``sub[(x, y)]``) and insertions or
    deletions (``indel[x]``) cost less than 1."""
    if a == b:
        return 0.0
    sub = sub or {}
    indel = indel or {}
    insert_b = [indel.get(cb, 1.0) for cb in b]
    previous = [0.0]
    total = 0.0
    for cost in insert_b:
        total += cost
        previous.append(total)
    for ca in a:
        delete = indel.get(ca, 1.0)
        left = previous[0] + delete
        current = [left]
        for j, cb in enumerate(b):
            best = previous[j] + (0.0 if ca == cb else sub.get((ca, cb), 1.0))
            up = previous[j + 1] + delete
            if up < best:
                best = up
            side = left + insert_b[j]
            if side < best:
                best = side
            current.append(best)
            left = best
        previous = current
    return previous[-1]


def levenshtein(a: str, b: str) -> int:
    """Plain edit distance (insertions, deletions, substitutions)."""
    return int(weighted_distance(a, b))


def ratio(a: str, b: str, sub: dict | None = None, indel: dict | None = None) -> float:
    """1 - (weighted) edit distance / longer length, in 0..1 (0 for two empty strings)."""
    if not a and not b:
        return 0.0
    return max(0.0, 1.0 - weighted_distance(a, b, sub, indel) / max(len(a), len(b)))


def _same_script_ratio(a: str, b: str, arabic: bool) -> float:
    if arabic:
        return ratio(a, b, _SUB_ARABIC, _INDEL_ARABIC)
    return ratio(a, b, _SUB_LATIN, _INDEL_LATIN)


def _loose_words(strict: str) -> list[str]:
    return [_loose_word(w) for w in _drop_articles(strict.split())]


def loose_words(name) -> list[str]:
    """The words of a name's loose key, in order (articles and centre marker dropped)."""
    keys = name_keys(name)
    return _loose_words(keys[0]) if keys else []


def _word_cover(words_a: list[str], words_b: list[str], arabic: bool) -> float:
    """How well each word of one name finds a similar word in the other (0-1, worst word)."""
    if not words_a or not words_b:
        return 0.0
    worst = 1.0
    for mine, theirs in ((words_a, words_b), (words_b, words_a)):
        if len(mine) > len(theirs):
            continue  # the longer name may carry extra words; the edit ratio counts them
        # a word may be two words on the other side: Belkassem / Bel Quassem
        others = theirs + [a + b for a, b in zip(theirs, theirs[1:])]
        present = set(others)
        for word in mine:
            if word not in present:
                worst = min(worst, max(_same_script_ratio(word, other, arabic) for other in others))
    return worst


def grams(name, cross_script: bool = False, size: int = 2) -> frozenset:
    """Character n-grams (bigrams by default) of a name's loose key (or of its skeleton
    when comparing across scripts), for a quick first ranking of candidates."""
    return _grams(name, cross_script, size)


@lru_cache(maxsize=400_000)
def _grams(name, cross_script: bool, size: int) -> frozenset:
    if cross_script:
        text = skeleton(name).replace(" ", "")
    else:
        keys = name_keys(name)
        text = keys[2] if keys else ""
    text = f"^{text}$"
    return frozenset(text[i:i + size] for i in range(max(1, len(text) - size + 1)))


def dice(a: frozenset, b: frozenset) -> float:
    """Dice coefficient of two gram sets (0-1)."""
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


@lru_cache(maxsize=500_000)
def similarity(a, b) -> float:
    """Similarity of two place names, 0-100 (100: equal loose keys).

    Same script: the best of the weighted edit ratio of the loose keys and of the
    sorted-word keys (word order differs between sources); spelling variants cost less
    than other edits (Latin vowels, k/q/c; Arabic ا/ع, ض/ط/د, ص/س, ق/ك/ج...). Arabic
    against Latin: the weighted edit ratio of the consonant skeletons (``skeleton``),
    with and without articles, best of the four.
    """
    ka, kb = name_keys(a), name_keys(b)
    if ka is None or kb is None:
        return 0.0
    if ka[2] == kb[2]:
        return 100.0
    arabic_a, arabic_b = has_arabic(ka[0]), has_arabic(kb[0])
    if arabic_a != arabic_b:
        best = 0.0
        for x in (False, True):
            for y in (False, True):
                sa, sb = skeleton(a, x), skeleton(b, y)
                if sa and sb:
                    best = max(best, ratio(sa, sb, _SUB_SKELETON, _INDEL_SKELETON))
        return 100.0 * best
    loose = _same_script_ratio(ka[2], kb[2], arabic_a)
    words = _same_script_ratio(" ".join(sorted(ka[0].split())), " ".join(sorted(kb[0].split())), arabic_a)
    best = max(loose, words)
    if best < 0.55:
        # far apart: the refinements below could not lift it near a usable score (the
        # blend is at most 0.5 * best + 0.5), and skipping them keeps large joins fast
        return 100.0 * best
    # every word must have a counterpart: Saint-Léger-de-Linières is not Saint-Jean-de-Linières
    best = min(best, 0.3 + 0.7 * _word_cover(_loose_words(ka[0]), _loose_words(kb[0]), arabic_a))
    # half-weight support from the skeletons: vowel letters moved or dropped (تغازوت /
    # تاغزوت) cost little there, while the spelling itself still counts for half
    sa, sb = skeleton(a), skeleton(b)
    if sa and sb:
        best = max(best, 0.5 * best + 0.5 * ratio(sa, sb, _SUB_SKELETON, _INDEL_SKELETON))
    return 100.0 * best
