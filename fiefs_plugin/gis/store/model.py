"""Plain records of the election store and the preparation of what an import writes.

Everything here is pandas/numpy and the standard library: the payload of an import is
validated, put in canonical order and fingerprinted (SHA-256) before any transaction
starts, so the transaction itself only writes.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
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
    """What an import did. ``unchanged``: the election's content was already stored."""

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


@dataclass
class ElectionPayload:
    """An election's rows, validated and in canonical order, with their digest.

    ``results``: election_id, unit_code, party, votes, seats (sorted by unit, party);
    ``turnout``: election_id, unit_code, unit_name, parent_code, parent_name, registered,
    voters, blank, invalid, valid, seq; ``parties``: list of (code, original name).
    """

    election: Election
    results: pd.DataFrame
    turnout: pd.DataFrame
    parties: list[tuple[str, str]]
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
        seats = votes[res.SEATS] if res.SEATS in votes.columns else pd.Series(np.nan, index=votes.index)
        frame = pd.DataFrame({
            "unit_code": unit_codes.astype(str).to_numpy(dtype=object),
            "party": votes[res.PARTY].astype(str).to_numpy(dtype=object),
            "votes": pd.to_numeric(votes[res.VOTES], errors="coerce").to_numpy(dtype="float64"),
            "seats": pd.to_numeric(seats, errors="coerce").to_numpy(dtype="float64"),
        })
        bad = np.isnan(frame["votes"].to_numpy())
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise StoreError(translate("ElectionStore", "Results row {row} (unit {unit}, party {party}): votes are not a number.").format(
                row=row + 1, unit=frame["unit_code"].iat[row], party=frame["party"].iat[row]))
        _check_no_nul(frame, ("unit_code", "party"))
        if frame.duplicated(["unit_code", "party"]).any():
            # unit_table() sums repeated unit x party rows; the store keeps the same sums.
            frame = frame.groupby(["unit_code", "party"], sort=False, as_index=False).agg(
                votes=("votes", "sum"), seats=("seats", lambda s: s.sum(min_count=1)))
        frame["votes"] = frame["votes"].round().astype("int64")
        frame = frame.sort_values(["unit_code", "party"], kind="stable", ignore_index=True)
        frame.insert(0, "election_id", election.id)

        totals = result_set.totals.drop_duplicates(res.UNIT_CODE, keep="first")
        turnout = pd.DataFrame({"election_id": election.id, "unit_code": totals[res.UNIT_CODE].astype(str).to_numpy(dtype=object)})
        for name in (res.UNIT_NAME, res.PARENT_CODE, res.PARENT_NAME):
            column = totals[name] if name in totals.columns else pd.Series(None, index=totals.index, dtype=object)
            turnout[name] = [None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in column]
        for name in res.TOTAL_COLUMNS:
            column = totals[name] if name in totals.columns else pd.Series(np.nan, index=totals.index)
            turnout[name] = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64")
        turnout["seq"] = np.arange(1, len(turnout) + 1, dtype="int64")
        _check_no_nul(turnout, ("unit_code", res.UNIT_NAME, res.PARENT_CODE, res.PARENT_NAME))

        parties = [(check_text(code, "party code"), check_text(name, "party name") or str(code))
                   for code, name in result_set.parties.items()]
        known = {code for code, _ in parties}
        for code in frame["party"].unique():
            if code not in known:
                parties.append((code, code))
                known.add(code)

        h = hashlib.sha256()
        h.update(json.dumps(election.content(), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(json.dumps(parties, ensure_ascii=False).encode("utf-8"))
        for name in ("unit_code", res.UNIT_NAME, res.PARENT_CODE, res.PARENT_NAME):
            _hash_text_column(h, turnout[name].tolist())
        for name in (*res.TOTAL_COLUMNS, "seq"):
            _hash_number_column(h, turnout[name].to_numpy())
        for name in ("unit_code", "party"):
            _hash_text_column(h, frame[name].tolist())
        for name in ("votes", "seats"):
            _hash_number_column(h, frame[name].to_numpy())
        return cls(election, frame, turnout, parties, h.hexdigest())


def _check_no_nul(frame: pd.DataFrame, columns) -> None:
    for name in columns:
        values = pd.Series(frame[name].dropna().unique(), dtype=object).astype(str)
        nul = values.str.contains("\x00", regex=False)
        if nul.any():
            raise StoreError(translate("ElectionStore", "Column '{column}' contains a NUL character: {value!r}").format(
                column=name, value=values[nul].iat[0].replace("\x00", "\\0")))


# --- Units and crosswalk payloads ----------------------------------------------------------


def prepare_units(units: pd.DataFrame, default_level: str = "commune") -> pd.DataFrame:
    """Units to write: ``UNIT_COLUMNS`` + ``wkb`` (ISO WKB MultiPolygon in EPSG:4326, bytes).

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
