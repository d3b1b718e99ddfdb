"""Read delimited text files (CSV/TXT/TSV) as official results are published.

Detects the encoding (UTF-8 with or without BOM, UTF-16 with or without BOM,
Windows-1256 for Arabic, Windows-1252 / Latin-1) and the delimiter (comma, semicolon,
tab, pipe), keeps every cell as text (codes keep their leading zeros; numbers are parsed
later, by column role) and reports a ragged or truncated file with its line number.

Pure Python; no QGIS import.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

DELIMITERS = (",", ";", "\t", "|")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN_ACCENTED = re.compile("[À-ÿŒœŠšŽžŸ]")
_MOJIBAKE = re.compile("[ÃÂØÙ][\u0080-\u00bf]")


class DelimitedError(ValueError):
    """A file that cannot be read as a table; ``line`` is 1-based (None: whole file)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


@dataclass
class DelimitedTable:
    """Cells as text (``frame``, header = column names, empty cells = ""), the line of
    the source file each row starts on (``lines``), and what was detected."""

    frame: pd.DataFrame
    lines: list[int]
    encoding: str
    delimiter: str
    # columns that pandas' C parser reads as plain numbers: their values (float64, NaN for
    # empty cells), so that big tables are not parsed twice
    numbers: dict = field(default_factory=dict)
    skipped: int = 0  # title lines above the header


def detect_encoding(data: bytes) -> str:
    """The encoding of a text file's bytes.

    BOMs decide first (UTF-8, UTF-16 LE/BE). Without one: UTF-16 when every other byte
    of the start is NUL, else UTF-8 when the bytes decode as UTF-8, else Windows-1256
    when the non-ASCII characters read as Arabic letters in it, else Windows-1252.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 4:
        # UTF-16 without BOM: one byte of each pair is mostly the same small "page" byte
        # (0x00 for Latin text, 0x06 for Arabic)
        for page in (0x00, 0x06):
            even, odd = head[0::2].count(page), head[1::2].count(page)
            if odd > 0.4 * len(head) / 2 and even < odd / 4:
                return "utf-16-le"
            if even > 0.4 * len(head) / 2 and odd < even / 4:
                return "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(data) - 4 and len(data) > 4:
            # a multi-byte character cut at the very end: a truncated UTF-8 file
            return "utf-8"
    if len(data) % 2 == 0:
        # UTF-16 without BOM and without NUL bytes (Arabic text: every character is 0x06xx)
        for candidate in ("utf-16-le", "utf-16-be"):
            try:
                text = data[:4000].decode(candidate)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return candidate
    arabic = data.decode("cp1256", errors="replace")
    non_ascii = [ch for ch in arabic if ord(ch) > 127]
    if non_ascii and sum(1 for ch in non_ascii if _ARABIC.match(ch)) > 0.5 * len(non_ascii):
        return "cp1256"
    return "cp1252"


def _looks_like_text(text: str) -> bool:
    """Mostly Latin or Arabic letters, digits, punctuation, spaces and line breaks."""
    if "\n" not in text and len(text) > 200:
        return False
    good = sum(1 for ch in text if ch.isascii() or _ARABIC.match(ch) or ch in "\u00a0\u202f" or ch.isalpha())
    return good >= 0.97 * len(text)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``; ``encoding`` None means detect."""
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if encoding.startswith("utf-8") and exc.start > len(data) - 4:
            raise DelimitedError(
                "the file ends in the middle of a character: it looks truncated", line
            ) from exc
        raise DelimitedError(f"the file is not valid {encoding} text (byte {exc.start})", line) from exc
    except LookupError as exc:
        raise DelimitedError(f"unknown encoding '{encoding}'") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return ","
    best, best_key = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(r) for r in rows]
        if not widths:
            continue
        modal = Counter(widths).most_common(1)[0][0]  # title lines above the header do not count
        if modal < 2:
            continue
        consistent = sum(1 for w in widths if w == modal)
        key = (consistent, modal)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_delimited(
    source: str | Path | bytes,
    encoding: str | None = None,
    delimiter: str | None = None,
    name: str = "",
) -> DelimitedTable:
    """Read a delimited file into a frame of text cells (header row = column names).

    Errors (:class:`DelimitedError`, with the line): empty file, no header, a row with
    more or fewer fields than the header (a wrong delimiter or a truncated file), an
    unterminated quote, duplicate or empty column names.
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if data[:2] == b"\x1f\x8b":  # a gzipped file (results.csv.gz)
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise DelimitedError(f"the gzipped file cannot be read: {exc}") from exc
    if not data.strip():
        raise DelimitedError("the file is empty")
    text, encoding = decode(data, encoding)
    if not text.strip():
        raise DelimitedError("the file is empty")
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[str]] = []
    lines: list[int] = []
    start_line = 1
    try:
        for row in reader:
            line = start_line
            start_line = reader.line_num + 1
            if not row or (not row[0].strip() and all(not cell.strip() for cell in row)):
                continue
            rows.append(row)
            lines.append(line)
    except csv.Error as exc:
        raise DelimitedError(f"unreadable row: {exc}", reader.line_num) from exc
    if not rows:
        raise DelimitedError("the file is empty")
    # the header is the first row as wide as the table with most cells filled: title
    # lines that official exports put above it are skipped
    modal = Counter(len(r) for r in rows[:200]).most_common(1)[0][0]
    start = 0
    for k, row in enumerate(rows[:20]):
        filled = sum(1 for cell in row if cell.strip())
        if len(row) >= modal >= 2 and filled >= max(2, modal // 2):
            start = k
            break
        if not _title_like(row):
            break  # not a title: a header with another delimiter, reported below
    skipped = start
    header = [cell.strip() for cell in rows[start]]
    header_line = lines[start]
    rows, lines = rows[start + 1:], lines[start + 1:]
    while len(header) > modal and not header[-1]:
        header.pop()  # trailing empty header cells (a trailing delimiter)
    if len(header) < 2:
        raise DelimitedError(
            f"the header has a single column ('{header[0][:60]}'): the delimiter is not one of "
            "comma, semicolon, tab or pipe, or the file is not a table",
            header_line,
        )
    _check_header(header, header_line)
    width = len(header)
    for row, line in zip(rows, lines):
        if len(row) != width:
            if len(row) > width and all(not c.strip() for c in row[width:]):
                del row[width:]  # trailing empty cells (a trailing delimiter)
                continue
            last = line == lines[-1]
            hint = (
                "the file looks truncated (its last row is incomplete)"
                if last and len(row) < width
                else "check the delimiter and quotes"
            )
            if row and '"' in row[-1] and last:
                hint = "the file looks truncated (a quote is never closed)"
            raise DelimitedError(f"row has {len(row)} fields, the header has {width}: {hint}", line)
    frame = pd.DataFrame(rows, columns=header, dtype=object) if rows else pd.DataFrame(columns=header, dtype=object)
    # (not with title lines above the header: pandas would take them for the header)
    numbers = _plain_numbers(text, delimiter, header, len(rows)) if len(rows) >= 1000 and not skipped else {}
    return DelimitedTable(frame=frame, lines=lines, encoding=encoding, delimiter=delimiter, numbers=numbers,
                          skipped=skipped)


def _title_like(row: list[str]) -> bool:
    """A title line above a header: one filled cell without delimiter-like characters."""
    cells = [cell for cell in row if cell.strip()]
    return len(cells) <= 1 and all(" ".join(cells).count(ch) <= 1 for ch in ",;\t|:")


def _plain_numbers(text: str, delimiter: str, header: list[str], n_rows: int) -> dict:
    """Numeric columns read by pandas' C parser (much faster than converting text cells),
    or {} when its reading does not line up with the csv module's."""
    try:
        parsed = pd.read_csv(io.StringIO(text), sep=delimiter, header=0, dtype=None, keep_default_na=False,
                             na_values=[""], low_memory=False, skip_blank_lines=True, engine="c")
    except (ValueError, csv.Error, pd.errors.ParserError):
        return {}
    if len(parsed) != n_rows or len(parsed.columns) != len(header):
        return {}
    out = {}
    for name, column in zip(header, parsed.columns):
        series = parsed[column]
        if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
            out[name] = series.to_numpy(dtype="float64")
    return out


def _check_header(header: list[str], line: int) -> None:
    seen: dict[str, int] = {}
    for position, name in enumerate(header, 1):
        if not name:  # e.g. the index column of a frame written by pandas
            header[position - 1] = name = f"column_{position}"
        if name in seen:
            raise DelimitedError(f"column name '{name}' appears twice (columns {seen[name]} and {position})", line)
        seen[name] = position
