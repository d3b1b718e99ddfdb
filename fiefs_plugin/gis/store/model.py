"""Plain records of the election store and the preparation of what an import writes.

Everything here is pandas/numpy and the standard library: the payload of an import is
validated, put in canonical order and fingerprinted (SHA-256) before any transaction
starts, so the transaction itself only writes.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QCoreApplication

from fiefs_plugin.core import fields as fld
from fiefs_plugin.core import results as res
from fiefs_plugin.core.results import ResultSet

translate = QCoreApplication.translate

ELECTION_KINDS = (
    "communal", "provincial", "regional", "legislative", "european", "presidential", "referendum", "other",
)
UNIT_COLUMNS = (
    "code", "level", "name_fr", "name_ar", "parent_code", "region_code", "valid_from", "valid_to", "source",
)
CROSSWALK_COLUMNS = ("source", "source_key", "unit_code", "method", "score", "reviewed_by", "reviewed_at")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class StoreError(Exception):
    """Something a person can act on: the message says what and where."""


class StoreVersionError(StoreError):
    """The store's schema is newer than this Fiefs knows, or cannot be upgraded."""


class StoreConflictError(StoreError):
    """Another session is writing, or has just written, the same election."""


class StoreCanceledError(StoreError):
    """The import was canceled; nothing was written."""


@dataclass
class Election:
    """An election as the store keeps it. ``id`` is the person's key (any text)."""

    id: str
    name: str = ""
    kind: str = "other"
    date: str | None = None  # ISO date
    level: str = "commune"  # level of its result units
    source: str = ""
    digest: str | None = None
    revision: int = 0
    written_at: str | None = None

    def content(self) -> dict:
        """The fields a person gives (what the digest covers)."""
        return {k: getattr(self, k) for k in ("id", "name", "kind", "date", "level", "source")}


@dataclass
class ImportSummary:
    """What an import did. ``unchanged``: the election's content was already stored
    (``write_units``: ``election`` is empty and no unit was added or updated)."""

    election: str
    unchanged: bool = False
    results_deleted: int = 0
    results_written: int = 0
    turnout_written: int = 0
    parties_added: int = 0
    units_added: int = 0
    units_updated: int = 0
    units_unchanged: int = 0
    crosswalk_written: int = 0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def check_text(value, what: str) -> str | None:
    """Text as stored: None stays None, NUL is refused (PostgreSQL cannot store it)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value)
    if "\x00" in text:
        raise StoreError(translate("ElectionStore", "{what} contains a NUL character: {value!r}").format(
            what=what, value=text.replace("\x00", "\\0")))
    return text


def iso_date(value, what: str) -> str | None:
    """An ISO date ``YYYY-MM-DD`` (from text, date or datetime), None when empty."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise StoreError(translate("ElectionStore", "{what}: '{value}' is not a date (expected YYYY-MM-DD)").format(
            what=what, value=text)) from None


def validate_election(election: Election) -> Election:
    if not election.id or not str(election.id).strip():
        raise StoreError(translate("ElectionStore", "An election needs an id (for example 'ma-legislative-2021')."))
    if election.kind not in ELECTION_KINDS:
        raise StoreError(translate("ElectionStore", "Election kind '{kind}' is not one of: {kinds}").format(
            kind=election.kind, kinds=", ".join(ELECTION_KINDS)))
    return Election(
        id=check_text(election.id, "election id"),
        name=check_text(election.name, "election name") or "",
        kind=election.kind,
        date=iso_date(election.date, translate("ElectionStore", "election date")),
        level=check_text(election.level, "election level") or "commune",
        source=check_text(election.source, "election source") or "",
    )


def is_arabic(text: str | None) -> bool:
    return bool(text) and bool(_ARABIC.search(text))


# --- Fingerprints --------------------------------------------------------------------------


def _hash_text_column(h, values) -> None:
    h.update(b"T")
    joined = "\x1f".join("\x00N" if v is None else str(v) for v in values)
    h.update(joined.encode("utf-8", "surrogatepass"))


def _hash_number_column(h, values: np.ndarray) -> None:
    h.update(b"F")
    array = np.asarray(values, dtype="float64")
    array = np.where(np.isnan(array), np.nan, array)  # one NaN bit pattern
    h.update(np.ascontiguousarray(array).tobytes())


# --- The payload of one election ----------------------------------------------------------


def vector_text(matrix: np.ndarray, integers: bool) -> list[str]:
    """Each row of ``matrix`` as comma-separated numbers, ``null`` for NaN ("1,0,null")."""
    missing = np.isnan(matrix)
    rows_missing = missing.any(axis=1).tolist()
    values = np.nan_to_num(matrix).astype("int64").tolist() if integers else matrix.tolist()
    text = str if integers else repr
    out = []
    for row, has_missing, mask in zip(values, rows_missing, missing.tolist()):
        if has_missing:
            out.append(",".join("null" if m else text(v) for v, m in zip(row, mask)))
        else:
            out.append(",".join(map(text, row)))
    return out


def parse_vectors(texts: list[str], width: int) -> np.ndarray:
    """The inverse of ``vector_text``: rows of comma-separated numbers -> float matrix."""
    if not texts or width == 0:
        return np.full((len(texts), width), np.nan)
    if sum(t.count(",") for t in texts) != len(texts) * (width - 1):
        raise StoreError(translate("ElectionStore", "The stored result vectors do not match the election's parties."))
    try:
        matrix = pd.read_csv(
            io.StringIO("\n".join(texts)), header=None, names=range(width), na_values=["null"],
            keep_default_na=False, dtype="float64", engine="c", index_col=False,
        ).to_numpy()
    except (ValueError, pd.errors.ParserError):
        matrix = None
    if matrix is None or matrix.shape != (len(texts), width):
        raise StoreError(translate("ElectionStore", "The stored result vectors do not match the election's parties."))
    return matrix


@dataclass
class ElectionPayload:
    """An election's rows, validated and in canonical form, with their digest.

    ``units``: one row per result unit in file order: election_id, unit_code, unit_name,
    parent_code, parent_name, seq, registered, voters, blank, invalid, valid, votes,
    seats (vectors as ``vector_text``: one value per party, in ``parties`` order);
    ``parties``: list of (code, original name); ``result_count``: unit x party values.
    """

    election: Election
    units: pd.DataFrame
    parties: list[tuple[str, str]]
    result_count: int
    digest: str

    @classmethod
    def prepare(cls, election: Election, result_set: ResultSet) -> ElectionPayload:
        election = validate_election(election)
        votes = result_set.votes
        for name in (res.UNIT_CODE, res.PARTY, res.VOTES):
            if name not in votes.columns:
                raise StoreError(translate("ElectionStore", "The results lack the column '{name}'.").format(name=name))
        unit_codes = votes[res.UNIT_CODE]
        if unit_codes.isna().any():
            row = int(np.flatnonzero(unit_codes.isna().to_numpy())[0])
            raise StoreError(translate("ElectionStore", "Results row {row}: the unit code is empty.").format(row=row + 1))
        unit_codes = unit_codes.astype(str).to_numpy(dtype=object)
        party_codes = votes[res.PARTY].astype(str).to_numpy(dtype=object)
        values = pd.to_numeric(votes[res.VOTES], errors="coerce").to_numpy(dtype="float64")
        bad = np.isnan(values)
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise StoreError(translate("ElectionStore", "Results row {row} (unit {unit}, party {party}): votes are not a number.").format(
                row=row + 1, unit=unit_codes[row], party=party_codes[row]))
        seats = votes[res.SEATS] if res.SEATS in votes.columns else pd.Series(np.nan, index=votes.index)
        seats = pd.to_numeric(seats, errors="coerce").to_numpy(dtype="float64")

        parties = [(check_text(code, "party code"), check_text(name, "party name") or str(code))
                   for code, name in result_set.parties.items()]
        known = {code for code, _ in parties}
        for code in pd.unique(party_codes):
            if code not in known:
                parties.append((code, code))
                known.add(code)

        totals = result_set.totals.drop_duplicates(res.UNIT_CODE, keep="first")
        total_codes = totals[res.UNIT_CODE].astype(str).to_numpy(dtype=object)
        in_totals = set(total_codes)
        extra = [c for c in pd.unique(unit_codes) if c not in in_totals]
        first_rows = (votes.assign(**{res.UNIT_CODE: unit_codes}).drop_duplicates(res.UNIT_CODE).set_index(res.UNIT_CODE)
                      if extra else pd.DataFrame())
        frame = pd.DataFrame({"election_id": election.id,
                              "unit_code": np.concatenate([total_codes, np.array(extra, dtype=object)])})
        for name in (res.UNIT_NAME, res.PARENT_CODE, res.PARENT_NAME):
            column = totals[name].tolist() if name in totals.columns else [None] * len(totals)
            # units with votes but no totals row take their names from their first votes row
            column += [first_rows[name].get(c) if name in first_rows.columns else None for c in extra]
            frame[name] = [None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in column]
        frame["seq"] = np.arange(1, len(frame) + 1, dtype="int64")
        for name in res.TOTAL_COLUMNS:
            column = totals[name] if name in totals.columns else pd.Series(np.nan, index=totals.index)
            numbers = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64")
            frame[name] = np.concatenate([numbers, np.full(len(extra), np.nan)])
        _check_no_nul(frame, ("unit_code", res.UNIT_NAME, res.PARENT_CODE, res.PARENT_NAME))

        # unit x party matrices; repeated unit x party rows are summed (as unit_table does)
        rows = pd.Index(frame["unit_code"]).get_indexer(unit_codes)
        columns = pd.Index([code for code, _ in parties]).get_indexer(party_codes)
        shape = (len(frame), len(parties))
        present = np.zeros(shape, dtype=bool)
        present[rows, columns] = True
        vote_matrix = np.zeros(shape)
        if int(present.sum()) == len(values):
            vote_matrix[rows, columns] = np.round(values)
        else:
            np.add.at(vote_matrix, (rows, columns), np.round(values))
        vote_matrix[~present] = np.nan
        seat_matrix = None
        if not np.isnan(seats).all():
            seat_matrix = np.full(shape, np.nan)
            known_seats = ~np.isnan(seats)
            seat_sum = np.zeros(shape)
            np.add.at(seat_sum, (rows[known_seats], columns[known_seats]), seats[known_seats])
            has_seats = np.zeros(shape, dtype=bool)
            has_seats[rows[known_seats], columns[known_seats]] = True
            seat_matrix[has_seats] = seat_sum[has_seats]
        frame["votes"] = vector_text(vote_matrix, integers=True)
        frame["seats"] = vector_text(seat_matrix, integers=False) if seat_matrix is not None else None

        h = hashlib.sha256()
        h.update(json.dumps(election.content(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(json.dumps(parties, ensure_ascii=False).encode("utf-8"))
        for name in ("unit_code", res.UNIT_NAME, res.PARENT_CODE, res.PARENT_NAME, "votes", "seats"):
            _hash_text_column(h, frame[name].tolist())
        for name in res.TOTAL_COLUMNS:
            _hash_number_column(h, frame[name].to_numpy())
        return cls(election, frame, parties, int(present.sum()), h.hexdigest())


def _check_no_nul(frame: pd.DataFrame, columns) -> None:
    for name in columns:
        values = pd.Series(frame[name].dropna().unique(), dtype=object).astype(str)
        nul = values.str.contains("\x00", regex=False)
        if nul.any():
            raise StoreError(translate("ElectionStore", "Column '{column}' contains a NUL character: {value!r}").format(
                column=name, value=values[nul].iat[0].replace("\x00", "\\0")))


# --- Units and crosswalk payloads ----------------------------------------------------------


def prepare_units(units: pd.DataFrame, default_level: str = "commune") -> pd.DataFrame:
    """Units to write: ``UNIT_COLUMNS`` + ``wkb`` (ISO WKB MultiPolygon in EPSG:4326, bytes)
    [+ ``bbox``: (minx, maxx, miny, maxy) of each geometry, exact, when the caller has it].

    Missing columns become NULL (``level``: ``default_level``); dates become ISO text.
    A unit (level, code, valid_from) given twice is an error naming it.
    """
    if "code" not in units.columns or "wkb" not in units.columns:
        raise StoreError(translate("ElectionStore", "Units need a code and a geometry."))
    out = pd.DataFrame(index=range(len(units)))
    for name in UNIT_COLUMNS:
        if name in units.columns:
            values = units[name].tolist()
        else:
            values = [default_level if name == "level" else None] * len(units)
        if name in ("valid_from", "valid_to"):
            out[name] = [iso_date(v, name) for v in values]
        else:
            out[name] = [check_text(v, f"unit {name}") for v in values]
    out["level"] = out["level"].fillna(default_level)
    empty = out["code"].isna() | (out["code"].astype(str).str.strip() == "")
    if empty.any():
        raise StoreError(translate("ElectionStore", "Unit feature {row}: the unit code is empty.").format(
            row=int(np.flatnonzero(empty.to_numpy())[0]) + 1))
    out["wkb"] = [bytes(w) if w is not None else None for w in units["wkb"].tolist()]
    # (minx, maxx, miny, maxy) when the caller knows it (QGIS computes it in C++), else None
    out["bbox"] = [tuple(map(float, b)) if isinstance(b, (tuple, list, np.ndarray)) and len(b) == 4 else None
                   for b in units["bbox"].tolist()] if "bbox" in units.columns else None  # NaN (concat) = None
    key = out[["level", "code"]].assign(valid_from=out["valid_from"].fillna(""))
    duplicated = key.duplicated(keep=False)
    if duplicated.any():
        first = key[duplicated].iloc[0]
        raise StoreError(translate("ElectionStore", "Unit code '{code}' (level {level}) appears more than once; give each boundary version its own valid_from date.").format(
            code=first["code"], level=first["level"]))
    return out


def prepare_crosswalk(crosswalk: pd.DataFrame, default_source: str = "") -> pd.DataFrame:
    """Crosswalk rows to write (``CROSSWALK_COLUMNS``), one per (source, source_key)."""
    if "source_key" not in crosswalk.columns:
        raise StoreError(translate("ElectionStore", "A crosswalk needs a 'source_key' column."))
    out = pd.DataFrame(index=range(len(crosswalk)))
    for name in CROSSWALK_COLUMNS:
        values = crosswalk[name].tolist() if name in crosswalk.columns else [None] * len(crosswalk)
        if name == "score":
            out[name] = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype="float64")
        elif name == "reviewed_at":
            out[name] = [None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in values]
        else:
            out[name] = [check_text(v, f"crosswalk {name}") for v in values]
    out["source"] = out["source"].fillna(default_source)
    out = out[out["source_key"].notna()].drop_duplicates(["source", "source_key"], keep="last")
    return out.reset_index(drop=True)


def party_record(code: str, name: str) -> dict:
    """A new canonical party for an election's (code, name)."""
    aliases = sorted({code, name})
    return {
        "code": code,
        "abbreviation": code,
        "name_fr": None if is_arabic(name) else name,
        "name_ar": name if is_arabic(name) else None,
        "colour": None,
        "aliases": json.dumps(aliases, ensure_ascii=False),
    }


def valid_colour(colour: str | None) -> str | None:
    if colour is None or colour == "":
        return None
    if not _COLOUR.match(str(colour)):
        raise StoreError(translate("ElectionStore", "Colour '{colour}' is not of the form #RRGGBB.").format(colour=colour))
    return str(colour).upper()


def resolve_parties(parties: list[tuple[str, str]], existing: pd.DataFrame):
    """Canonical party codes for an election's parties.

    A party is the same as a stored one when its code equals the stored code, abbreviation
    or an alias AND its name is one of the stored party's names or aliases (or equals the
    code), or when its name alone is a stored alias. Returns (mapping election code ->
    canonical code, new party records, {canonical code: aliases JSON} to update).
    """
    records = existing.to_dict("records") if len(existing) else []
    by_code: dict[str, dict] = {}
    for record in records:
        record["_aliases"] = set(json.loads(record.get("aliases") or "[]"))
        names = {record.get("name_fr"), record.get("name_ar"), *record["_aliases"]} - {None}
        record["_names"] = {n.casefold() for n in names}
        record["_codes"] = {c.casefold() for c in (record["code"], record.get("abbreviation")) if c} | record["_names"]
        by_code[record["code"]] = record
    taken = set(by_code)
    mapping: dict[str, str] = {}
    new: list[dict] = []
    alias_updates: dict[str, str] = {}
    for code, name in parties:
        found = None
        for record in records:
            code_match = code.casefold() in record["_codes"]
            name_match = name.casefold() in record["_names"] or name == code
            if code_match and name_match:
                found = record
                break
        if found is None:
            for record in records:
                if name != code and name.casefold() in record["_names"]:
                    found = record
                    break
        if found is None:
            canonical = fld.party_code(code, taken) if code in taken else code
            taken.add(canonical)
            record = party_record(canonical, name)
            record["aliases"] = json.dumps(sorted({code, name, canonical}), ensure_ascii=False)
            new.append(record)
            stored = dict(record)
            stored["_aliases"] = {code, name, canonical}
            stored["_names"] = {n.casefold() for n in stored["_aliases"]}
            stored["_codes"] = stored["_names"]
            records.append(stored)
            mapping[code] = canonical
            continue
        mapping[code] = found["code"]
        missing = {code, name} - found["_aliases"]
        if missing:
            found["_aliases"] |= missing
            found["_names"] |= {m.casefold() for m in missing}
            found["_codes"] |= {m.casefold() for m in missing}
            found["aliases"] = json.dumps(sorted(found["_aliases"]), ensure_ascii=False)
            if any(r["code"] == found["code"] for r in new):
                for r in new:
                    if r["code"] == found["code"]:
                        r["aliases"] = found["aliases"]
            else:
                alias_updates[found["code"]] = found["aliases"]
    return mapping, new, alias_updates
