"""Seats columns of a wide results table: detected next to forced party columns, given by
name (SEATS_FIELDS) and paired with the parties by the documented rule."""

from __future__ import annotations

import pandas as pd
import pytest

from fiefs_plugin.core.results import ResultsError, guess_roles, read_results, unit_table


def _wide() -> pd.DataFrame:
    return pd.DataFrame({
        "code": ["1", "2"], "commune": ["Assilah", "Gueznaia"], "exprimes": ["100", "80"],
        "PAM": ["60", "30"], "RNI": ["40", "50"], "Sièges PAM": ["2", "0"], "Sièges RNI": ["1", "3"],
    })


def test_detected_seats_columns_pair_with_their_parties():
    roles = guess_roles(_wide())
    assert roles.party_columns == {"PAM": "PAM", "RNI": "RNI"}
    assert roles.seat_columns == {"PAM": "Sièges PAM", "RNI": "Sièges RNI"}


def test_forced_party_columns_keep_the_seats_as_seats():
    # before: forcing the party columns lost the seats (or made them vote columns when listed)
    roles = guess_roles(_wide(), party_columns=["PAM", "RNI"])
    assert roles.party_columns == {"PAM": "PAM", "RNI": "RNI"}
    assert roles.seat_columns == {"PAM": "Sièges PAM", "RNI": "Sièges RNI"}
    listed = guess_roles(_wide(), party_columns=["PAM", "RNI", "Sièges PAM", "Sièges RNI"])
    assert listed.party_columns == {"PAM": "PAM", "RNI": "RNI"}
    assert listed.seat_columns == {"PAM": "Sièges PAM", "RNI": "Sièges RNI"}
    table = unit_table(read_results(_wide(), roles=listed))  # indexed by unit code
    assert table.loc["1", "v_PAM"] == 60 and table.loc["1", "seats_PAM"] == 2 and table.loc["2", "seats_RNI"] == 3
    assert "v_Sieges_PAM" not in table.columns and "v_SIEGES_PAM" not in table.columns


def test_seats_fields_by_label_then_by_position():
    frame = _wide().rename(columns={"Sièges PAM": "elus_a", "Sièges RNI": "elus_b"})
    # by position: as many seats columns as party columns, same order
    roles = guess_roles(frame, party_columns=["PAM", "RNI"], seat_columns=["elus_a", "elus_b"])
    assert roles.seat_columns == {"PAM": "elus_a", "RNI": "elus_b"}
    # without PARTY_FIELDS the seats columns are not taken for parties
    detected = guess_roles(frame, seat_columns=["elus_a", "elus_b"])
    assert detected.party_columns == {"PAM": "PAM", "RNI": "RNI"}
    assert detected.seat_columns == {"PAM": "elus_a", "RNI": "elus_b"}
    # by label, whatever the order
    by_label = guess_roles(_wide(), seat_columns=["Sièges RNI", "Sièges PAM"])
    assert by_label.seat_columns == {"PAM": "Sièges PAM", "RNI": "Sièges RNI"}
    table = unit_table(read_results(frame, roles=roles))
    assert table.loc["1", "seats_PAM"] == 2 and table.loc["2", "seats_RNI"] == 3


def test_seats_fields_errors_name_the_column():
    with pytest.raises(ResultsError, match="seats column 'elus' goes with no party column"):
        guess_roles(_wide().rename(columns={"Sièges PAM": "elus"}), seat_columns=["elus"])
    with pytest.raises(ResultsError, match="seats column 'nope' is not in the table"):
        guess_roles(_wide(), seat_columns=["nope"])
    with pytest.raises(ResultsError, match="both as a party vote column and as a seats column"):
        guess_roles(_wide(), party_columns=["PAM", "Sièges PAM"], seat_columns=["Sièges PAM"])
