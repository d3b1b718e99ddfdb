"""Election-store test inputs built from the committed extracts (and the full France file).

Imports ``fiefs_plugin`` lazily, so unit tests get the source tree and QGIS tests the
staged copy, whichever the test session loaded first.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
FR90_RESULTS = HERE / "fr90_europeennes2024.csv.gz"
FR90_COMMUNES = HERE / "fr90_communes2018.geojson"
FR_LISTS = HERE / "fr_lists2024.csv"
HOSTILE = 'x"; DROP TABLE results; --'


def list_names(path: Path = FR_LISTS) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["column"]: row["list_name"] for row in csv.DictReader(handle)}


def read_wide(path: Path) -> pd.DataFrame:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype={"code_insee": str, "dep": str, "reg": str})


def long_tables(wide: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(votes, totals) frames of the canonical ResultSet from the France wide file."""
    lists = [c for c in wide.columns if c[:1] == "L" and c[1:3].isdigit()]
    n_units, n_lists = len(wide), len(lists)
    votes = pd.DataFrame({
        "unit_code": np.repeat(wide["code_insee"].to_numpy(dtype=object), n_lists),
        "unit_name": np.repeat(wide["libelle"].to_numpy(dtype=object), n_lists),
        "parent_code": np.repeat(wide["dep"].to_numpy(dtype=object), n_lists),
        "parent_name": None,
        "party": np.tile(np.array(lists, dtype=object), n_units),
        "votes": wide[lists].to_numpy(dtype="int64").reshape(-1),
        "seats": np.nan,
    })
    totals = pd.DataFrame({
        "unit_code": wide["code_insee"].to_numpy(dtype=object),
        "unit_name": wide["libelle"].to_numpy(dtype=object),
        "parent_code": wide["dep"].to_numpy(dtype=object),
        "parent_name": None,
        "registered": wide["inscrits"].to_numpy(dtype="float64"),
        "voters": wide["votants"].to_numpy(dtype="float64"),
        "blank": wide["blancs"].to_numpy(dtype="float64"),
        "invalid": wide["nuls"].to_numpy(dtype="float64"),
        "valid": wide["exprimes"].to_numpy(dtype="float64"),
    })
    return votes, totals


def result_set(election: str = "fr-eu-2024", path: Path = FR90_RESULTS, bump: int = 0, fast: bool = False):
    """The ResultSet of the France 2024 extract; ``bump`` adds to L01_LRN's votes (a
    "corrected file"). ``fast`` builds it directly from canonical frames (full France)."""
    from fiefs_plugin.core.results import ResultSet

    wide = read_wide(path)
    if bump:
        wide["L01_LRN"] = wide["L01_LRN"] + bump
        wide["exprimes"] = wide["exprimes"] + bump
    votes, totals = long_tables(wide)
    names = list_names()
    parties = {code: names.get(code, code) for code in votes["party"].unique()}
    if fast:
        return ResultSet(election=election, votes=votes, totals=totals, parties=parties, source=path.name)
    return ResultSet.build(election, votes, totals, parties, source=path.name)


def long_table(rs) -> pd.DataFrame:
    """The canonical long table (the OUTPUT table of fiefs:importresults) with party names."""
    table = rs.long_table()
    table["party_name"] = table["party"].map(rs.parties)
    return table


def sorted_votes(rs) -> pd.DataFrame:
    return rs.votes.sort_values(["unit_code", "party"]).reset_index(drop=True)
