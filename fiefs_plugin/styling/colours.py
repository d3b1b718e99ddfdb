"""Colour arithmetic for map styles: CIELAB distances, ramps built from a party colour,
distinct colours for parties the palette does not know.

Pure Python (no QGIS, no Qt) so it is tested without QGIS. Colours are ``#rrggbb``
strings; work happens in CIELAB (D65) so that "lighter", "darker" and "different" mean
what a reader sees, not what the RGB numbers say.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$")

# Qualitative candidates for parties without a palette entry (Kelly's colours of maximum
# contrast, then Tableau 20): the first far enough from every colour already used wins.
_DISTINCT_POOL = (
    "#f3c300", "#875692", "#f38400", "#a1caf1", "#be0032", "#c2b280", "#848482", "#008856",
    "#e68fac", "#0067a5", "#f99379", "#604e97", "#f6a600", "#b3446c", "#dcd300", "#882d17",
    "#8db600", "#654522", "#e25822", "#2b3d26",
    "#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b6992d", "#f1ce63",
    "#499894", "#86bcb6", "#e15759", "#ff9d9a", "#79706e", "#bab0ac", "#d37295", "#fabfd2",
    "#b07aa1", "#d4a6c8", "#9d7660", "#d7b5a6",
)


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``"#1f5aa6"`` -> ``(31, 90, 166)``; raises ValueError on anything else."""
    match = _HEX.match(str(colour).strip())
    if not match:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = match.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(rgb: Sequence[float]) -> str:
    r, g, b = (max(0, min(255, int(round(c)))) for c in rgb[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def _linear(c: float) -> float:
    c /= 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
    return 255.0 * c


_WHITE = (0.95047, 1.0, 1.08883)


def _f(t: float) -> float:
    return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116


def _f_inv(t: float) -> float:
    return t ** 3 if t ** 3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)


def to_lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of a ``#rrggbb`` colour."""
    r, g, b = (_linear(c) for c in parse_hex(colour))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / _WHITE[0]
    y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / _WHITE[1]
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / _WHITE[2]
    fx, fy, fz = _f(x), _f(y), _f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _lab_to_rgb(lab: Sequence[float]) -> tuple[float, float, float]:
    lightness, a, b = lab
    fy = (lightness + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200
    x, y, z = _f_inv(fx) * _WHITE[0], _f_inv(fy) * _WHITE[1], _f_inv(fz) * _WHITE[2]
    r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z
    g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z
    bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z
    return tuple(_gamma(max(0.0, min(1.0, c))) for c in (r, g, bl))


def from_lab(lab: Sequence[float]) -> str:
    """``#rrggbb`` of a CIELAB colour; out-of-gamut colours lose chroma until they fit."""
    lightness, a, b = lab
    for _ in range(40):
        fy = (lightness + 16) / 116
        fx, fz = fy + a / 500, fy - b / 200
        x, y, z = _f_inv(fx) * _WHITE[0], _f_inv(fy) * _WHITE[1], _f_inv(fz) * _WHITE[2]
        rgb = (
            3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
            -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
            0.0556434 * x - 0.2040259 * y + 1.0572252 * z,
        )
        if all(-0.001 <= c <= 1.001 for c in rgb):
            break
        a, b = a * 0.93, b * 0.93
    return to_hex(_lab_to_rgb((lightness, a, b)))


def delta_e(first: str, second: str) -> float:
    """CIE76 colour difference (about 2.3 is just noticeable; > 25 reads as another colour)."""
    return math.dist(to_lab(first), to_lab(second))


def lightness(colour: str) -> float:
    """CIELAB L* of a colour, 0 (black) to 100 (white)."""
    return to_lab(colour)[0]


def mix(first: str, second: str, t: float) -> str:
    """The colour ``t`` of the way from ``first`` to ``second`` (in CIELAB)."""
    a, b = to_lab(first), to_lab(second)
    return from_lab(tuple(x + (y - x) * t for x, y in zip(a, b)))


def lighten(colour: str, amount: float) -> str:
    """``colour`` blended towards white by ``amount`` (0 = unchanged, 1 = white)."""
    return mix(colour, "#ffffff", max(0.0, min(1.0, amount)))


def _lch(colour: str) -> tuple[float, float, float]:
    lightness_, a, b = to_lab(colour)
    return lightness_, math.hypot(a, b), math.atan2(b, a)


def _from_lch(lightness_: float, chroma: float, hue: float) -> str:
    return from_lab((lightness_, chroma * math.cos(hue), chroma * math.sin(hue)))


def sequential_ramp(base: str, count: int) -> list[str]:
    """``count`` colours from a pale tint of ``base`` to a shade at least as dark as it.

    Lightness falls strictly from the first to the last colour, so the order of classes
    reads at a glance, whatever the party colour. A light base (yellow) ends in a darker
    shade of its own hue rather than in itself, so the classes stay apart.
    """
    if count < 1:
        return []
    light_l, chroma, hue = _lch(base)
    if chroma < 1e-6:  # grey: hue is meaningless
        hue = 0.0
    light_end = (93.0, min(chroma, 60.0) * 0.2, hue)
    dark_l = min(light_l - 12.0, 32.0 + 0.2 * light_l) if light_l > 40 else max(light_l - 12.0, 12.0)
    dark_end = (max(dark_l, 12.0), chroma * 0.9, hue)
    middle = (min(light_l, 80.0), chroma, hue)
    # piecewise linear in LCh through light -> base -> dark; base sits at 70 % of the way
    anchors = ((0.0, light_end), (0.7, middle), (1.0, dark_end))
    if count == 1:
        return [_from_lch(*middle)]
    colours = []
    for i in range(count):
        t = i / (count - 1)
        for (t0, c0), (t1, c1) in zip(anchors, anchors[1:]):
            if t <= t1:
                u = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
                colours.append(_from_lch(*(x + (y - x) * u for x, y in zip(c0, c1))))
                break
    return colours


def diverging_ramp(negative: str, positive: str, count: int, neutral: str = "#f7f7f7") -> list[str]:
    """``count`` colours from ``negative`` through ``neutral`` to ``positive``.

    With an even count the neutral colour is not used itself (classes sit either side of
    the centre); with an odd count the middle class is ``neutral``.
    """
    if count < 2:
        return [neutral] * count
    half = count // 2
    low = [mix(neutral, negative, (half - i) / half) for i in range(half)]
    high = [mix(neutral, positive, (i + 1) / half) for i in range(half)]
    if count % 2:
        return low + [neutral] + high
    # even: pull the two central classes slightly away from the neutral colour
    low = [mix(neutral, negative, 0.2 + 0.8 * (half - i) / half) for i in range(half)]
    high = [mix(neutral, positive, 0.2 + 0.8 * (i + 1) / half) for i in range(half)]
    return low + high


def _generated_candidates(count: int) -> list[str]:
    golden = 2.399963229728653  # golden angle, radians: hues spread evenly whatever the count
    return [_from_lch(50 + 30 * ((i * 0.618034) % 1), 45 + 15 * (i % 2), i * golden) for i in range(count)]


def distinct_colours(count: int, avoid: Iterable[str] = (), min_difference: float = 20.0) -> list[str]:
    """``count`` colours far (CIE76) from each other and from every colour in ``avoid``.

    Deterministic: the same inputs give the same colours. Candidates come from a fixed
    qualitative pool, then from evenly spread hues; each pick is the first candidate at
    least ``min_difference`` from every colour used so far, else the farthest one.
    """
    used = list(avoid)
    chosen: list[str] = []
    pool = list(_DISTINCT_POOL) + _generated_candidates(120)
    while len(chosen) < count:
        if not pool:  # more parties than candidates: start again, colours repeat
            pool = list(_DISTINCT_POOL) + _generated_candidates(120)
            used = list(avoid)
        best, best_distance = pool[0], -1.0
        for candidate in pool:
            distance = min((delta_e(candidate, c) for c in used), default=100.0)
            if distance >= min_difference:
                best = candidate
                break
            if distance > best_distance:
                best, best_distance = candidate, distance
        chosen.append(best)
        used.append(best)
        pool.remove(best)
    return chosen


def contrasting(base: str, candidates: Sequence[str]) -> str:
    """The candidate most different from ``base``."""
    return max(candidates, key=lambda c: delta_e(base, c))
