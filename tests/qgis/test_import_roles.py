"""fiefs:importresults' SEATS_FIELDS, the wide-table pairing rule and the ROLES output (the
column roles applied, as the dock previews them with importresults.applied_roles)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from qgis.core import QgsProcessingException

from tests.qgis.test_import_results import rows, run_import

CSV = ("code,commune,exprimes,PAM,RNI,Sièges PAM,Sièges RNI\n"
       "1,Assilah,100,60,40,2,1\n2,Gueznaia,80,30,50,0,3\n")


def _write(tmp_path, text: str = CSV):
    path = tmp_path / "wide.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _seats(layer) -> dict:
    return {(r["unit_code"], r["party"]): (r["votes"], r["seats"]) for r in rows(layer)}


def test_forced_party_fields_keep_seats_and_roles_say_so(tmp_path, fiefs_provider, qgis_processing):
    from fiefs_plugin.processing.algorithms.importresults import applied_roles, roles_json

    path = _write(tmp_path)
    parameters = {"INPUT": path, "FORMAT": 1, "PARTY_FIELDS": "PAM,RNI,Sièges PAM,Sièges RNI"}
    result = run_import(parameters)
    assert result["PARTIES"] == 2
    assert _seats(result["OUTPUT"]) == {("1", "PAM"): (60, 2), ("1", "RNI"): (40, 1),
                                        ("2", "PAM"): (30, 0), ("2", "RNI"): (50, 3)}
    roles = json.loads(result["ROLES"])
    assert roles["shape"] == "wide" and roles["code"] == "code" and roles["valid"] == "exprimes"
    assert roles["party_columns"] == {"PAM": "PAM", "RNI": "RNI"}
    assert roles["seat_columns"] == {"PAM": "Sièges PAM", "RNI": "Sièges RNI"}
    # the dock's preview computes the same roles from the same parameters
    frame = pd.read_csv(path, dtype=str)
    assert json.loads(roles_json(applied_roles(frame, parameters))) == roles


def test_seats_fields_paired_in_order(tmp_path, fiefs_provider, qgis_processing):
    path = _write(tmp_path, CSV.replace("Sièges PAM", "elus1").replace("Sièges RNI", "elus2"))
    plain = run_import({"INPUT": path, "FORMAT": 1, "PARTY_FIELDS": "PAM,RNI"})
    # without SEATS_FIELDS these columns are neither seats nor parties
    assert all(seats is None or (hasattr(seats, "isNull") and seats.isNull())
               for _votes, seats in _seats(plain["OUTPUT"]).values())
    result = run_import({"INPUT": path, "FORMAT": 1, "PARTY_FIELDS": "PAM,RNI", "SEATS_FIELDS": "elus1, elus2"})
    assert _seats(result["OUTPUT"])[("2", "RNI")] == (50, 3)
    assert json.loads(result["ROLES"])["seat_columns"] == {"PAM": "elus1", "RNI": "elus2"}
    with pytest.raises(QgsProcessingException, match="seats column 'elus2' goes with no party column"):
        run_import({"INPUT": path, "FORMAT": 1, "PARTY_FIELDS": "PAM,RNI", "SEATS_FIELDS": "elus2"})
