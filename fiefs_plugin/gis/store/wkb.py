"""WKB helpers the GeoPackage store needs without GDAL: envelopes and geometry blobs.

GeoPackage stores a geometry as a small header (magic ``GP``, version, flags, SRS id,
envelope) followed by standard WKB (GeoPackage 1.2, section 2.1.3).
"""

from __future__ import annotations

import struct

import numpy as np

_GPKG_MAGIC = b"GP"
_EWKB_SRID_FLAG = 0x20000000
_EWKB_Z_FLAG = 0x80000000
_EWKB_M_FLAG = 0x40000000


def _dims(type_code: int) -> tuple[int, int]:
    """(base type, coordinate count) of an ISO or EWKB type code."""
    z = bool(type_code & _EWKB_Z_FLAG)
    m = bool(type_code & _EWKB_M_FLAG)
    code = type_code & 0x0FFFFFFF
    base, iso = code % 1000, code // 1000
    z = z or iso in (1, 3)
    m = m or iso in (2, 3)
    return base, 2 + int(z) + int(m)


def wkb_envelope(wkb: bytes) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a WKB geometry; None when it is empty."""
    data = bytes(wkb)
    mins = [np.inf, np.inf]
    maxs = [-np.inf, -np.inf]

    def points(offset: int, count: int, dims: int, endian: str) -> int:
        if count:
            coords = np.frombuffer(data, dtype=f"{endian}f8", count=count * dims, offset=offset).reshape(count, dims)
            xy = coords[:, :2]
            finite = xy[np.isfinite(xy).all(axis=1)]
            if len(finite):
                lo, hi = finite.min(axis=0), finite.max(axis=0)
                mins[0], mins[1] = min(mins[0], lo[0]), min(mins[1], lo[1])
                maxs[0], maxs[1] = max(maxs[0], hi[0]), max(maxs[1], hi[1])
        return offset + count * dims * 8

    def geometry(offset: int) -> int:
        endian = "<" if data[offset] == 1 else ">"
        (type_code,) = struct.unpack_from(f"{endian}I", data, offset + 1)
        offset += 5
        if type_code & _EWKB_SRID_FLAG:
            offset += 4
        base, dims = _dims(type_code)
        if base == 1:
            return points(offset, 1, dims, endian)
        (count,) = struct.unpack_from(f"{endian}I", data, offset)
        offset += 4
        if base == 2:
            return points(offset, count, dims, endian)
        if base == 3:
            for _ in range(count):
                (n,) = struct.unpack_from(f"{endian}I", data, offset)
                offset = points(offset + 4, n, dims, endian)
            return offset
        if base in (4, 5, 6, 7):
            for _ in range(count):
                offset = geometry(offset)
            return offset
        raise ValueError(f"unsupported WKB geometry type {type_code}")

    geometry(0)
    if not np.isfinite(mins[0]):
        return None
    return float(mins[0]), float(maxs[0]), float(mins[1]), float(maxs[1])


def gpkg_blob(wkb: bytes | None, srs_id: int, envelope=None) -> bytes | None:
    """A GeoPackage geometry blob (little-endian header with an XY envelope) for ``wkb``;
    ``envelope`` (minx, maxx, miny, maxy), when known, saves parsing the WKB."""
    if wkb is None:
        return None
    wkb = bytes(wkb)
    if envelope is None:
        envelope = wkb_envelope(wkb)
    if envelope is None:
        flags = 0x01 | 0x10  # little endian, empty geometry, no envelope
        return _GPKG_MAGIC + struct.pack("<BBi", 0, flags, srs_id) + wkb
    flags = 0x01 | (1 << 1)  # little endian, envelope [minx, maxx, miny, maxy]
    return _GPKG_MAGIC + struct.pack("<BBi4d", 0, flags, srs_id, *envelope) + wkb


def _gpkg_header(blob: bytes) -> tuple[int, int, str]:
    """(flags, header length, endian) of a GeoPackage blob."""
    if blob[:2] != _GPKG_MAGIC:
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope_doubles = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}.get((flags >> 1) & 0x07)
    if envelope_doubles is None:
        raise ValueError("invalid GeoPackage envelope indicator")
    return flags, 8 + 8 * envelope_doubles, "<" if flags & 0x01 else ">"


def wkb_from_gpkg(blob: bytes | None) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob."""
    if blob is None:
        return None
    blob = bytes(blob)
    _, length, _ = _gpkg_header(blob)
    return blob[length:]


def gpkg_envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage blob (from its header when it has one)."""
    if blob is None:
        return None
    blob = bytes(blob)
    flags, length, endian = _gpkg_header(blob)
    if flags & 0x10:
        return None
    if length >= 40:
        return struct.unpack_from(f"{endian}4d", blob, 8)
    return wkb_envelope(blob[length:])


def gpkg_is_empty(blob: bytes | None) -> int:
    if blob is None:
        return 1
    return int(gpkg_envelope(blob) is None)

