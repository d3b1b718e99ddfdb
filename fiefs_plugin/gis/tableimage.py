"""A table of values as an in-memory SQLite database image, built without binding one
value at a time.

Why: Python's sqlite3 binds a parameter in about 90 ns (type checks, a mutex per call),
which makes it the slowest step of an output with many columns (35 k communes x 234
indicators: 8.2 M values, 0.8 s bound, plus 0.4 s to make them Python objects first).
SQLite copies the same values from one of its own tables in 0.1 s. So the values are
laid out here, with numpy, as the pages of a one-table SQLite database (the documented
file format, https://www.sqlite.org/fileformat2.html: a table B-tree of leaf pages and
interior pages, records of serial types and big-endian values), handed to SQLite with
``Connection.deserialize`` into an attached schema, and copied by ``INSERT ... SELECT``.

The image holds what binding the same Python values would store in a column without a
declared type: None -> NULL, int -> INTEGER, float -> REAL (NaN -> NULL), str -> TEXT
(UTF-8), bytes -> BLOB. Numeric columns come as numpy arrays: float64 (NaN is written
as a REAL NaN, which SQLite reads as NULL: checked once per process by
:func:`available`), int64 with an optional missing mask. ``table_image`` returns None
when it cannot represent a frame (a value of another type, an integer out of range, a
row larger than one page), and the caller binds the values the ordinary way.
"""

from __future__ import annotations

import sqlite3
import struct
from functools import lru_cache

import numpy as np

PAGE_SIZE = 65536
_MAX_LOCAL = PAGE_SIZE - 35  # largest payload a table leaf cell keeps on its page (no overflow pages here)
_LEAF, _INTERIOR = 0x0D, 0x05
_NAN = struct.pack(">d", float("nan"))
_SQLITE_VERSION = 3040001  # "version that last wrote the file": any version reads the format


def available(connection: sqlite3.Connection | None = None) -> bool:
    """Whether images can be used here: ``Connection.deserialize`` exists (Python >= 3.11,
    SQLite >= 3.36) and SQLite reads a REAL NaN in a record as NULL."""
    return _probe()


@lru_cache(maxsize=1)
def _probe() -> bool:
    try:
        connection = sqlite3.connect(":memory:")
        try:
            if not hasattr(connection, "deserialize"):
                return False
            image = table_image("t", np.array([1, 2], dtype="int64"), [np.array([float("nan"), 1.5])], probe=True)
            connection.deserialize(image)
            rows = connection.execute("SELECT k, c0, typeof(c0) FROM t ORDER BY k").fetchall()
            return rows == [(1, None, "null"), (2, 1.5, "real")]
        finally:
            connection.close()
    except (sqlite3.Error, AttributeError, ValueError, TypeError, OverflowError):
        return False


def attach(connection: sqlite3.Connection, schema: str, image: bytes) -> None:
    """Attach ``image`` as the schema ``schema`` (outside a transaction)."""
    connection.execute("ATTACH DATABASE ':memory:' AS " + _quote(schema))
    try:
        connection.deserialize(image, name=schema)
    except BaseException:
        connection.execute("DETACH DATABASE " + _quote(schema))
        raise


def table_image(table: str, keys, columns: list, probe: bool = False) -> bytearray | None:
    """An SQLite database image holding ``CREATE TABLE table (k INTEGER PRIMARY KEY, c0, c1,
    ...)``: one row per key (unique int64), column ``c<j>`` from ``columns[j]``, which is a
    float64 array, an int64 array, a pair (int64 array, missing mask), or a list of Python
    values (None, int, float, str, bytes). None when the values cannot be laid out (see the
    module docstring); the caller then binds them."""
    if not probe and not available():
        return None
    keys = np.asarray(keys)
    if keys.dtype.kind not in "iu" or keys.ndim != 1:
        return None
    count = len(keys)
    in_order = bool(np.all(keys[1:] > keys[:-1]))
    order = np.arange(count) if in_order else np.argsort(keys, kind="stable")
    keys = keys[order].astype("int64")
    if count and np.any(keys[1:] <= keys[:-1]):
        return None  # keys must be unique
    fixed_types, fixed_bodies, short, objects = [], [], [], []
    kinds = []  # per column: 0 fixed (8 bytes), 1 short text (one-byte serial type), 2 any other value
    for column in columns:
        laid = _fixed(column, order, count)
        if laid is not None:
            fixed_types.append(laid[0])
            fixed_bodies.append(laid[1])
            kinds.append(0)
            continue
        if isinstance(column, np.ndarray) and column.dtype != object:
            return None
        values = list(column)
        if len(values) != count:
            return None
        encoded = _encode_objects(values if in_order else [values[i] for i in order.tolist()])
        if encoded is None:
            return None
        if isinstance(encoded[0], np.ndarray):
            short.append(encoded)
            kinds.append(1)
        else:
            objects.append(encoded)
            kinds.append(2)
    names = [f"c{j}" for j in range(len(columns))]
    # record column order: k (NULL: the rowid), fixed columns, short texts, other object columns
    record_order = [j for kind in (0, 1, 2) for j, k in enumerate(kinds) if k == kind]
    sql = (f"CREATE TABLE {_quote(table)} (k INTEGER PRIMARY KEY"
           + "".join(f", {names[j]}" for j in record_order) + ")")
    laid = _cells(keys, fixed_types, fixed_bodies, short, objects)
    if laid is None:
        return None
    return _database(table, sql, laid[0], laid[1], keys)


def _cells(keys: np.ndarray, fixed_types: list, fixed_bodies: list, short: list, objects: list):
    """(the length of each table cell, a function writing the cells into an image at given
    positions), or None when a row does not fit on one page. A cell: payload size, rowid, then the record (header
    size, serial types: k NULL, fixed columns, short texts, other objects; then the values).
    ``short``: (serial types as uint8, bodies, body lengths) of texts whose serial type is one byte;
    ``objects``: (serial type bytes, bodies) of other object columns."""
    count, n_fixed = len(keys), len(fixed_types)
    one_byte = fixed_types + [o[0] for o in short]
    types = np.stack(one_byte, axis=1) if one_byte else np.zeros((count, 0), dtype="uint8")
    width = 8 * n_fixed
    body_bytes = np.stack(fixed_bodies, axis=1) if n_fixed else b""  # rows of 8-byte values, read through a view
    bodies = [o[1] for o in short] + [o[1] for o in objects]
    object_types = [b"".join(parts) for parts in zip(*(o[0] for o in objects))] if objects else None
    extra_types = np.fromiter(map(len, object_types), dtype="int64", count=count) if objects else \
        np.zeros(count, dtype="int64")
    extra_bodies = sum((o[2] for o in short), np.zeros(count, dtype="int64"))
    for o in objects:
        extra_bodies = extra_bodies + np.fromiter(map(len, o[1]), dtype="int64", count=count)
    type_bytes = 1 + len(one_byte) + extra_types
    header = np.zeros(count, dtype="int64")  # the header size counts its own varint
    done = np.zeros(count, dtype=bool)
    for size in range(1, 10):
        fits = ~done & (_varint_width(type_bytes + size) == size)
        header[fits] = type_bytes[fits] + size
        done |= fits
    payload = header + width + extra_bodies
    if count and int(payload.max()) > _MAX_LOCAL:
        return None
    parts = [_varints(payload), _varints(keys), _varints(header)]
    head = np.concatenate([p[0] for p in parts] + [np.zeros((count, 1), dtype="uint8"), types], axis=1)
    keep = np.concatenate([p[2] for p in parts] + [np.ones((count, 1 + len(one_byte)), dtype=bool)], axis=1)
    heads = head[keep].tobytes()
    head_widths = sum(p[1] for p in parts) + 1 + len(one_byte)
    ends = np.cumsum(head_widths).tolist()
    starts = [0] + ends[:-1]
    lengths = head_widths + extra_types + width + extra_bodies

    def write(image: bytearray, positions: list[int]) -> None:
        """Each row's cell at its position in ``image`` (no intermediate copy of the rows)."""
        view = memoryview(image)
        body_view = memoryview(np.ascontiguousarray(body_bytes)).cast("B") if n_fixed and count else memoryview(b"")
        c = 0
        if objects or bodies:  # a row's pieces joined, then placed
            rest = zip(object_types, zip(*bodies)) if objects else ((b"", o) for o in zip(*bodies))
            join = b"".join
            for p, a, b, (t, o) in zip(positions, starts, ends, rest):
                cell = join((heads[a:b], t, body_view[c:c + width], *o))
                view[p:p + len(cell)] = cell
                c += width
        else:
            for p, a, b in zip(positions, starts, ends):
                p2 = p + b - a
                view[p:p2] = heads[a:b]
                view[p2:p2 + width] = body_view[c:c + width]
                c += width

    return lengths, write


def _varint_width(values: np.ndarray) -> np.ndarray:
    """Bytes of the varint of each non-negative value below 2**56."""
    width = np.ones(len(values), dtype="int64")
    for k in range(1, 8):
        width += values >= (1 << (7 * k))
    return width


def _varints(values: np.ndarray):
    """(bytes left-aligned in 9 columns, widths, mask of the bytes used) of the varint of
    each value (any int64: negative or huge values take the 9-byte form)."""
    values = np.asarray(values, dtype="int64")
    count = len(values)
    out = np.zeros((count, 9), dtype="uint8")
    plain = (values >= 0) & (values < (1 << 56))
    v = values.astype("uint64")
    width = _varint_width(np.where(plain, values, 0))
    for i in range(8):
        shift = (7 * (width - 1 - i)).clip(0).astype("uint64")
        byte = ((v >> shift) & np.uint64(0x7F)).astype("uint8")
        more = i < width - 1
        byte = np.where(more, byte | 0x80, byte)
        out[:, i] = np.where(i < width, byte, 0)
    for r in np.flatnonzero(~plain).tolist():
        out[r, :] = np.frombuffer(_varint(int(values[r])), dtype="uint8")
        width[r] = 9
    mask = np.arange(9)[None, :] < width[:, None]
    return out, width, mask


# --- values ----------------------------------------------------------------------------------


def _is_fixed(column) -> bool:
    if isinstance(column, tuple):
        return True
    return isinstance(column, np.ndarray) and column.dtype.kind in "fiub"


def _fixed(column, order, count):
    """(serial types, values as 8 big-endian bytes held in uint64) of a numeric column in
    key order, or None."""
    mask = None
    if isinstance(column, tuple):
        column, mask = column
        mask = np.asarray(mask, dtype=bool)
    if not isinstance(column, np.ndarray) or column.dtype.kind not in "fiub" or len(column) != count:
        return None
    if column.dtype.kind == "f":
        values = column.astype("float64")[order]
        return np.full(count, 7, dtype="uint8"), values.astype(">f8").view("uint64")
    if column.dtype.kind == "u" and count and column.max() > np.iinfo("int64").max:
        return None
    values = column.astype("int64")[order]
    types = np.full(count, 6, dtype="uint8")
    bodies = values.astype(">i8").view("uint64").copy()
    if mask is not None:
        missing = mask[order]
        types[missing] = 7  # a REAL NaN: read as NULL
        bodies[missing] = np.frombuffer(_NAN, dtype="uint64")[0]
    return types, bodies


_TEXT_TYPES = [bytes((2 * n + 13,)) for n in range(58)]  # serial type of a text of n < 58 bytes: one byte


def pd_infer(values: list) -> str:
    """pandas' inferred kind of a list of values ("string" for texts, NaN and None skipped)."""
    import pandas as pd

    return pd.api.types.infer_dtype(values, skipna=True)


def _encode_texts(values: list):
    """(the UTF-8 bytes of each text, b"" for None; the mask of the Nones), one bytes object
    per distinct text: a long table repeats its codes, names and parties on every row
    (France: 529 k rows of 35 k units and 38 parties), and a bytes object per row made the
    import's peak 120 MB higher. None when a value is neither a text nor None (a NaN) or
    cannot be encoded."""
    import pandas as pd

    array = np.array(values + [""], dtype=object)[:-1]  # a 1-d array even of tuples or lists
    codes, uniques = pd.factorize(array, use_na_sentinel=True)
    missing = np.equal(array, None)
    if int((codes < 0).sum()) != int(missing.sum()):
        return None  # a NaN among the texts: the general way
    try:
        encoded = [u.encode("utf-8") for u in uniques] + [b""]  # code -1 (None) -> the last one
    except (UnicodeEncodeError, AttributeError):
        return None
    return [encoded[c] for c in codes.tolist()], missing


def _encode_objects(values: list):
    """(serial type bytes, body bytes) per value, or None for a value SQLite cannot take."""
    if pd_infer(values) in ("string", "empty"):  # text and None (the usual object column)
        texts = _encode_texts(values)
        if texts is not None:
            bodies, missing = texts
            lengths = np.fromiter(map(len, bodies), dtype="int64", count=len(bodies))
            if not len(lengths) or lengths.max() < 58:  # one-byte serial types: a uint8 column
                return np.where(missing, 0, 2 * lengths + 13).astype("uint8"), bodies, lengths
            heads = [(b"\x00" if v is None else _TEXT_TYPES[len(d)]) if len(d) < 58 else _varint(2 * len(d) + 13)
                     for v, d in zip(values, bodies)]
            return heads, bodies
    heads, bodies = [], []
    pack_double = struct.Struct(">d").pack
    pack_int = struct.Struct(">q").pack
    for value in values:
        kind = type(value)
        if value is None:
            heads.append(b"\x00")
            bodies.append(b"")
        elif kind is str:
            try:
                data = value.encode("utf-8")
            except UnicodeEncodeError:
                return None
            heads.append(_varint(2 * len(data) + 13))
            bodies.append(data)
        elif kind is float:
            heads.append(b"\x07")
            bodies.append(pack_double(value))  # NaN: read as NULL
        elif kind is int:
            if not -(2 ** 63) <= value < 2 ** 63:
                return None
            heads.append(b"\x06")
            bodies.append(pack_int(value))
        elif kind in (bytes, bytearray, memoryview):
            data = bytes(value)
            heads.append(_varint(2 * len(data) + 12))
            bodies.append(data)
        else:
            return None
    return heads, bodies


def _record_header(types: bytes) -> bytes:
    """A record header: its own size (a varint counting itself), then the serial types."""
    for width in range(1, 10):
        size = _varint(len(types) + width)
        if len(size) == width:
            return size + types
    raise ValueError("record header too long")


def _varint(value: int) -> bytes:
    """SQLite's variable-length integer (big-endian, 7 bits a byte, the ninth byte whole)."""
    if 0 <= value < 0x80:
        return bytes((value,))
    value &= 0xFFFFFFFFFFFFFFFF
    if value >> 56:
        out = [value & 0xFF]
        value >>= 8
        for _ in range(8):
            out.append((value & 0x7F) | 0x80)
            value >>= 7
        return bytes(reversed(out))
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    return bytes(reversed(out))


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


# --- pages -----------------------------------------------------------------------------------


def _database(table: str, sql: str, lengths: np.ndarray, write, keys: np.ndarray) -> bytes:
    """Page 1 (file header and the schema table), then the table's B-tree: leaves in key
    order (pages 2...), then the interior levels. ``write(image, positions)`` puts the cells."""
    count = len(lengths)
    lengths = np.asarray(lengths, dtype="int64")
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype("int64")
    used = np.cumsum(lengths + 2)  # cells and their pointers
    leaves: list[tuple[int, int]] = []
    start = 0
    while True:  # leaves, filled in key order
        before = int(used[start - 1]) if start else 0
        stop = int(np.searchsorted(used, before + PAGE_SIZE - 8, side="right")) if count else 0
        leaves.append((start, stop))
        start = stop
        if start >= count:
            break
    children = [(2 + k, int(keys[stop - 1]) if stop > start else 0) for k, (start, stop) in enumerate(leaves)]
    interior: list[bytes] = []
    per_page = (PAGE_SIZE - 12) // 15  # an interior cell: 4-byte page, key varint (<= 9), 2-byte pointer
    while len(children) > 1:  # interior levels, children split evenly (never a page of one child)
        groups = -(-len(children) // per_page)
        level = []
        for group in np.array_split(np.arange(len(children)), groups):
            members = [children[i] for i in group.tolist()]
            entries = [struct.pack(">I", page) + _varint(key) for page, key in members[:-1]]
            interior.append(_page(_INTERIOR, entries, right=members[-1][0]))
            level.append((1 + len(leaves) + len(interior), members[-1][1]))
        children = level
    image = bytearray((1 + len(leaves) + len(interior)) * PAGE_SIZE)
    positions = np.empty(count, dtype="int64")
    for k, (start, stop) in enumerate(leaves):
        base = (1 + k) * PAGE_SIZE
        content_start = PAGE_SIZE - int(offsets[stop] - offsets[start])
        cell_starts = content_start + offsets[start:stop] - offsets[start]
        positions[start:stop] = base + cell_starts
        image[base] = _LEAF
        struct.pack_into(">HH", image, base + 3, stop - start, 0 if content_start == 65536 else content_start)
        pointers = cell_starts.astype(">u2").tobytes()
        if content_start - 8 < len(pointers):
            raise ValueError("page overflow")
        image[base + 8:base + 8 + len(pointers)] = pointers
    write(image, positions.tolist())
    for k, page in enumerate(interior):
        base = (1 + len(leaves) + k) * PAGE_SIZE
        image[base:base + PAGE_SIZE] = page
    pages = [b""]  # page 1, made below
    root = children[0][0]
    schema_row = [b"table", table.encode("utf-8"), table.encode("utf-8"), root, sql.encode("utf-8")]
    heads, bodies = [], []
    for value in schema_row:
        if isinstance(value, int):
            heads.append(b"\x06")
            bodies.append(struct.pack(">q", value))
        else:
            heads.append(_varint(2 * len(value) + 13))
            bodies.append(value)
    payload = _record_header(b"".join(heads)) + b"".join(bodies)
    schema_cell = _varint(len(payload)) + _varint(1) + payload
    if len(schema_cell) + 2 > PAGE_SIZE - 108:
        raise ValueError("table definition too long for an image")
    n_pages = len(image) // PAGE_SIZE
    header = bytearray(100)
    header[0:16] = b"SQLite format 3\x00"
    header[16:18] = struct.pack(">H", 1 if PAGE_SIZE == 65536 else PAGE_SIZE)
    header[18], header[19], header[20] = 1, 1, 0
    header[21], header[22], header[23] = 64, 32, 32
    struct.pack_into(">I", header, 24, 1)  # file change counter
    struct.pack_into(">I", header, 28, n_pages)  # size in pages (valid: change counter = version-valid-for)
    struct.pack_into(">I", header, 40, 1)  # schema cookie
    struct.pack_into(">I", header, 44, 4)  # schema format
    struct.pack_into(">I", header, 56, 1)  # UTF-8
    struct.pack_into(">I", header, 92, 1)  # version-valid-for
    struct.pack_into(">I", header, 96, _SQLITE_VERSION)
    image[0:PAGE_SIZE] = bytes(header) + _page(_LEAF, [schema_cell], size=PAGE_SIZE - 100)
    del pages
    return image


def _page(kind: int, cells: list[bytes], right: int | None = None, size: int | None = None) -> bytes:
    """One B-tree page of ``size`` bytes: header, cell pointers, free space, cells at the
    end (the first cell last, as SQLite fills a page)."""
    header_size = 12 if kind == _INTERIOR else 8
    size = PAGE_SIZE if size is None else size
    offset = PAGE_SIZE - size  # page 1 starts after the file header; pointers count from the page start
    content = b"".join(reversed(cells))
    start = size - len(content)
    pointers = []
    position = size
    for cell in cells:
        position -= len(cell)
        pointers.append(position + offset)
    head = bytearray(header_size)
    head[0] = kind
    struct.pack_into(">H", head, 3, len(cells))
    content_start = start + offset
    struct.pack_into(">H", head, 5, 0 if content_start == 65536 else content_start)
    if kind == _INTERIOR:
        struct.pack_into(">I", head, 8, right)
    pointer_bytes = struct.pack(f">{len(pointers)}H", *pointers)
    gap = start - header_size - len(pointer_bytes)
    if gap < 0:
        raise ValueError("page overflow")
    return bytes(head) + pointer_bytes + bytes(gap) + content


# --- reading numbers back -----------------------------------------------------------------

# NULL as an 8-byte BLOB holding a NaN: every cell of the copy is then 8 bytes, so the
# records have one width and are read as one float64 matrix
_NULL_MARK = "X'7FF8000000000000'"
_NULL_MARK_TYPE = 2 * 8 + 12  # serial type of an 8-byte BLOB


def number_expression(column: str) -> str:
    """SQL giving ``column`` as REAL (integers converted, text and blobs by SQLite's own
    numeric conversion, as ``sqlite3_column_double`` and so OGR read a number column) and
    NULL as an 8-byte NaN BLOB: every cell of the copy is then 8 bytes."""
    return f"coalesce({column} + 0.0, {_NULL_MARK})"


def read_numbers(connection: sqlite3.Connection, select: str, width: int, schema: str = "main") -> np.ndarray | None:
    """The rows of ``select`` (``width`` columns, each a :func:`number_expression`) as a
    float64 matrix (NaN for NULL), in the order of the query, or None when the rows do
    not have that layout (then read them the ordinary way). The rows are copied by SQL into a table of
    the empty database ``schema`` (a fresh in-memory one: its pages are read) and the
    database image is read with numpy, not one Python object per value."""
    cells = read_cells(connection, select, width, schema)
    if cells is None:
        return None
    serial, raw = cells
    if not np.all((serial == 7) | (serial == _NULL_MARK_TYPE)):
        return None  # a value that is not a number
    return np.ascontiguousarray(raw).view(">f8").reshape(len(raw), width).astype("float64")


def read_cells(connection: sqlite3.Connection, select: str, width: int, schema: str = "main"):
    """(serial types (n, width), the 8 bytes of each cell (n, width, 8)) of the rows of
    ``select`` whose every value is 8 bytes (a REAL, or an 8-byte BLOB), in query order; None
    when a row has another layout or ``serialize`` is missing (Python < 3.11)."""
    if not hasattr(connection, "serialize"):
        return None
    target = f"{_quote(schema)}.fiefs_cells"
    connection.execute(f"PRAGMA {_quote(schema)}.page_size = {PAGE_SIZE}")
    connection.execute(f"CREATE TABLE {target} ({', '.join(f'c{j}' for j in range(width))})")
    try:
        connection.execute(f"INSERT INTO {target} {select}")
        image = connection.serialize(name=schema)
    finally:
        connection.execute(f"DROP TABLE {target}")
    return _fixed_rows(image, width)


def _fixed_rows(image: bytes, width: int):
    """(serial types, cell bytes) of the records of the one table of ``image``, all of
    ``width`` 8-byte cells (REAL or 8-byte BLOB), by rowid; None for any other layout."""
    page_size = int.from_bytes(image[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or len(image) % page_size or image[20] != 0:
        return None
    types = _record_header(bytes(width))  # header size varint + one byte per column
    head = len(types)
    size = head + 8 * width
    if size > page_size - 35:
        return None
    payload_prefix = _varint(size)
    data = np.frombuffer(image, dtype="uint8")
    offsets = []
    for page in range(1, len(image) // page_size):  # page 1 (index 0) holds the schema
        base = page * page_size
        kind = image[base]
        if kind == _INTERIOR:
            continue
        if kind != _LEAF:
            return None  # an overflow or free page: not the layout read here
        cells = int.from_bytes(image[base + 3:base + 5], "big")
        offsets.append(np.frombuffer(image, dtype=">u2", count=cells, offset=base + 8).astype("int64") + base)
    cells = np.concatenate(offsets) if offsets else np.zeros(0, dtype="int64")
    count = len(cells)
    if count == 0:
        return np.zeros((0, width), dtype="uint8"), np.zeros((0, width, 8), dtype="uint8")
    for k, byte in enumerate(payload_prefix):  # every payload has the same size
        if not np.all(data[cells + k] == byte):
            return None
    start = cells + len(payload_prefix)
    rowid = np.zeros(count, dtype="int64")
    ended = np.zeros(count, dtype=bool)
    length = np.zeros(count, dtype="int64")
    for k in range(8):  # rowids below 2**56
        byte = data[start + k].astype("int64")
        active = ~ended
        rowid[active] = (rowid[active] << 7) | (byte[active] & 0x7F)
        length[active] += 1
        ended |= byte < 0x80
        if ended.all():
            break
    if not ended.all():
        return None
    order = np.argsort(rowid, kind="stable")
    first = (start + length)[order].tolist()
    rows = b"".join([image[p:p + size] for p in first])
    matrix = np.frombuffer(rows, dtype="uint8").reshape(count, size)
    header = matrix[:, :head]
    if not np.all(header[:, :head - width] == np.frombuffer(types[:head - width], dtype="uint8")):
        return None
    serial = header[:, head - width:]
    if not np.all((serial == 7) | (serial == _NULL_MARK_TYPE)):
        return None  # a cell that is not 8 bytes
    return serial, matrix[:, head:].reshape(count, width, 8)
