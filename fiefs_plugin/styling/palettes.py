"""Party colour palettes: plain CSV files a person can edit.

Built-in palettes live in ``resources/palettes/*.csv`` (Morocco first, then France);
a user's own files (``‹QGIS profile›/fiefs/palettes/*.csv`` or a file given to
``fiefs:stylemap``) are read after them, so their entries win. Columns::

    code,colour,name_fr,name_ar,name_en,aliases,country

Lines starting with ``#`` are comments. ``aliases`` holds other codes of the same party
separated by ``|``. Codes match case- and punctuation-insensitively, and a French list
column such as ``L01_LRN`` finds the nuance ``LRN``.

Pure Python (no QGIS): the QGIS side decides which files to read.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fiefs_plugin.core.fields import ascii_fold
from fiefs_plugin.styling.colours import distinct_colours, mix, parse_hex

COLUMNS = ("code", "colour", "name_fr", "name_ar", "name_en", "aliases", "country")
_LIST_COLUMN = re.compile(r"^L\d+_(.+)$")
_NUMBER_SUFFIX = re.compile(r"^(.+?)_\d+$")


class PaletteError(ValueError):
    """A palette file a person must fix (the message names the file and the line)."""


@dataclass(frozen=True)
class Party:
    code: str
    colour: str
    name_fr: str = ""
    name_ar: str = ""
    name_en: str = ""
    aliases: tuple[str, ...] = ()
    country: str = ""
    source: str = ""  # file and line the entry came from


@dataclass(frozen=True)
class PartyColour:
    """What the winner map needs for one code found in a layer."""

    code: str  # the code as the layer spells it
    colour: str
    label: str  # what the legend shows
    party: Party | None = None  # None: not in any palette (colour generated)


def normalise(code: str) -> str:
    """``"P.Equité"`` -> ``"P_EQUITE"``: folded to ASCII, upper case, punctuation as ``_``."""
    text = unicodedata.normalize("NFC", str(code)).strip()
    text = ascii_fold(text).upper()
    return re.sub(r"[^0-9A-Z]+", "_", text).strip("_")


def read_palette(path: Path | str) -> list[Party]:
    """Parties of one palette file; PaletteError names the file and line of a bad entry."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise PaletteError(f"{path}: cannot read the palette file ({error})") from error
    return parse_palette(text, str(path))


def parse_palette(text: str, origin: str = "<palette>") -> list[Party]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if not line.lstrip().startswith("#")]
    lines = [(n, line) for n, line in lines if line.strip()]
    if not lines:
        return []
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    rows = list(reader)
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in ("code", "colour") if c not in header]
    if missing:
        raise PaletteError(
            f"{origin}, line {lines[0][0]}: the header must name the columns {', '.join(COLUMNS)} "
            f"(missing: {', '.join(missing)})"
        )
    parties = []
    for (line_number, _), row in zip(lines[1:], rows[1:]):
        record = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        code, colour = record.get("code", ""), record.get("colour", "")
        where = f"{origin}, line {line_number}"
        if not code:
            raise PaletteError(f"{where}: the code is empty")
        try:
            parse_hex(colour)
        except ValueError:
            raise PaletteError(f"{where}: colour {colour!r} of {code} is not #rrggbb") from None
        aliases = tuple(a.strip() for a in record.get("aliases", "").split("|") if a.strip())
        parties.append(Party(
            code=code, colour=colour.lower() if colour.startswith("#") else f"#{colour.lower()}",
            name_fr=record.get("name_fr", ""), name_ar=record.get("name_ar", ""),
            name_en=record.get("name_en", ""), aliases=aliases,
            country=record.get("country", ""), source=where,
        ))
    return parties


@dataclass
class Palette:
    """Parties by every key they answer to; later entries replace earlier ones."""

    parties: list[Party] = field(default_factory=list)
    _keys: dict[str, Party] = field(default_factory=dict, repr=False)

    @classmethod
    def from_files(cls, paths: Iterable[Path | str]) -> Palette:
        palette = cls()
        for path in paths:
            palette.extend(read_palette(path))
        return palette

    def extend(self, parties: Iterable[Party]) -> None:
        for party in parties:
            self.parties.append(party)
            keys = [party.code, *party.aliases]
            for key in keys:
                self._keys[normalise(key)] = party
            # names as keys too (weaker: never replace a code of another party)
            for name in (party.name_fr, party.name_ar, party.name_en):
                key = normalise(name)
                if key and (key not in self._keys or self._keys[key].code == party.code):
                    self._keys[key] = party

    def lookup(self, code: str) -> Party | None:
        """The party a layer's code stands for, or None."""
        key = normalise(code)
        if not key:
            return None
        tried = [key]
        list_column = _LIST_COLUMN.match(key)
        if list_column:
            tried.append(list_column.group(1))
        numbered = _NUMBER_SUFFIX.match(key)
        if numbered:  # "RNI_2": a code made unique by fiefs_plugin.core.fields.party_code
            tried.append(numbered.group(1))
            inner = _LIST_COLUMN.match(numbered.group(1))
            if inner:
                tried.append(inner.group(1))
        for candidate in tried:
            if candidate in self._keys:
                return self._keys[candidate]
        return None

    def colour(self, code: str) -> str | None:
        party = self.lookup(code)
        return party.colour if party else None

    def colours_for(self, codes: Sequence[str]) -> dict[str, PartyColour]:
        """A colour and a legend label for every code, in the order given.

        Known parties take their palette colour. Codes sharing one palette entry (the 2024
        French lists all called LDIV) get shades of it. Unknown codes get colours far from
        every colour already on the map, the same ones on every run.
        """
        out: dict[str, PartyColour] = {}
        used: list[str] = []
        shared: dict[str, int] = {}
        unknown: list[str] = []
        for code in codes:
            if code in out:
                continue
            party = self.lookup(code)
            if party is None:
                unknown.append(code)
                continue
            n = shared.get(party.code, 0)
            shared[party.code] = n + 1
            colour = party.colour
            label = party.code
            if n:
                # the n-th other list of the same nuance: alternately lighter and darker
                colour = mix(colour, "#ffffff" if n % 2 else "#000000", min(0.6, 0.2 * ((n + 1) // 2)))
                label = code
            out[code] = PartyColour(code, colour, label, party)
            used.append(colour)
        # a list whose nuance is shared by several lists is named by its own column
        for code, entry in list(out.items()):
            if shared.get(entry.party.code, 0) > 1 and entry.label == entry.party.code:
                out[code] = PartyColour(code, entry.colour, code, entry.party)
        for code, colour in zip(unknown, distinct_colours(len(unknown), avoid=used)):
            out[code] = PartyColour(code, colour, code, None)
        return {code: out[code] for code in dict.fromkeys(codes)}
