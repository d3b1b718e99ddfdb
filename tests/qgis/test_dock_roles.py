"""Step 1 of the dock with a wide table holding seats columns: the roles table shows them as
seats, the preview headers show the roles fiefs:importresults applies (applied_roles, then
its ROLES output), and a seats column given by hand goes to the algorithm as SEATS_FIELDS."""

from __future__ import annotations

import json

from qgis.core import QgsVectorLayer

from tests.qgis.test_dock import dock, project, run  # noqa: F401 (fixtures)

CSV = ("code,commune,exprimes,PAM,RNI,Sièges PAM,Sièges RNI,autre\n"
       "1,Assilah,100,60,40,2,1,3\n2,Gueznaia,80,30,50,0,3,3\n")


def headers(data) -> dict[str, str]:
    out = {}
    for c in range(data.preview.columnCount()):
        column, _, role = data.preview.horizontalHeaderItem(c).text().partition("\n")
        out[column] = role
    return out


def test_wide_seats_previewed_as_the_import_applies_them(dock, project, tmp_path):  # noqa: F811
    from fiefs_plugin.processing.algorithms.importresults import applied_roles, roles_json

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=code:string", "communes", "memory")
    assert project.addMapLayer(layer) is not None
    path = tmp_path / "wide.csv"
    path.write_text(CSV, encoding="utf-8")
    data = dock.data_page
    data.layer_combo.setLayer(layer)
    data.file_widget.setFilePath(str(path))
    roles = data.roles()
    assert roles["PAM"] == roles["RNI"] == "party_votes"
    assert roles["Sièges PAM"] == roles["Sièges RNI"] == "party_seats"
    assert headers(data)["Sièges PAM"] == "Seats of a party (wide table)"
    assert "SEATS_FIELDS" not in data.import_parameters() and "PARTY_FIELDS" not in data.import_parameters()

    # 'autre' (guessed as a party) is left out by hand: PARTY_FIELDS is named, and the
    # import still pairs the seats (before, a forced PARTY_FIELDS lost them)
    data.set_role("autre", "")
    parameters = data.import_parameters()
    assert parameters["PARTY_FIELDS"] == "PAM,RNI" and "SEATS_FIELDS" not in parameters
    assert headers(data)["Sièges RNI"] == "Seats of a party (wide table)" and headers(data)["autre"] == ""
    data.election_edit.setText("wide")
    result = run(dock, dock.run_data)
    values = result.results[0]
    applied = json.loads(values["ROLES"])
    assert applied == json.loads(roles_json(applied_roles(data.frame, parameters)))
    assert applied["seat_columns"] == {"PAM": "Sièges PAM", "RNI": "Sièges RNI"}
    assert values["PARTIES"] == 2
    # after the run the preview shows the roles the import reported
    assert headers(data)["Sièges PAM"] == "Seats of a party (wide table)" and headers(data)["PAM"] == (
        "Votes of a party (wide table)")

    # a seats column chosen by hand goes to the algorithm by name
    data.set_role("Sièges RNI", "")
    assert data.import_parameters()["SEATS_FIELDS"] == "Sièges PAM"
    assert headers(data)["Sièges RNI"] == ""
