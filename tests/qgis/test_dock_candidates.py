"""The dock's review table offers the candidate communes of MATCH_REPORT's cand_<k>_
columns (no parsing of the text column), also for units matched by close spelling."""

from __future__ import annotations

import pandas as pd


def _report() -> pd.DataFrame:
    row = {"unit_code": "X1", "unit_name": "Asila", "unit_parent": "", "status": "matched", "method": "fuzzy",
           "score": "91.5", "fid": "3.0", "feature_code": "A1", "feature_name": "Assilah", "feature_parent": "",
           # the text column says something else: the page must not read it
           "candidates": "Wrong [Z9] (99)", "note": "",
           "cand_1_fid": "3.0", "cand_1_code": "A1", "cand_1_name": "Assilah", "cand_1_score": "91.5",
           "cand_2_fid": "7.0", "cand_2_code": "", "cand_2_name": "Asilah Centre", "cand_2_score": "80.25",
           "cand_3_fid": "", "cand_3_code": "", "cand_3_name": "", "cand_3_score": ""}
    unmatched = {"unit_code": "X2", "unit_name": "Nowhere", "status": "unmatched", "method": "", "score": "",
                 "fid": "", "feature_code": "", "feature_name": "", "candidates": "", "note": "",
                 "cand_1_fid": "9", "cand_1_code": "B2", "cand_1_name": "Nouhaire", "cand_1_score": "70",
                 "cand_2_fid": "", "cand_2_code": "", "cand_2_name": "", "cand_2_score": "",
                 "cand_3_fid": "", "cand_3_code": "", "cand_3_name": "", "cand_3_score": ""}
    return pd.DataFrame([row, {**row, **unmatched, "unit_parent": ""}]).fillna("")


def test_review_offers_the_report_candidate_columns(qgis_app):
    from fiefs_plugin.gui.match_page import MatchPage, report_candidates

    report = _report()
    assert report_candidates(report.iloc[0]) == [("3", "A1", "Assilah", "92"), ("7", "", "Asilah Centre", "80")]
    free = pd.DataFrame([{"kind": "feature", "fid": "12.0", "feature_code": "C3", "feature_name": "Libre"}])
    page = MatchPage()
    try:
        page.show_report(report, free, {"UNMATCHED_RESULTS": 1, "UNMATCHED_FEATURES": 1})
        assert page.review.rowCount() == 2
        fuzzy = page.review.cellWidget(0, 2)
        items = [(fuzzy.itemText(i), fuzzy.itemData(i)) for i in range(fuzzy.count())]
        assert items[0] == ("Keep Assilah", None)
        # the chosen commune is not offered twice; the runner-up comes from cand_2_*
        assert items[1] == ("Asilah Centre (80)", ("feature", "7", "", "Asilah Centre"))
        assert not any("Wrong" in text for text, _ in items)
        assert [text for text, _ in items][-2:] == ["No commune: leave it out", "Libre [C3]"]
        left = page.review.cellWidget(1, 2)
        assert left.itemText(1) == "Nouhaire [B2] (70)" and left.itemData(1)[1] == "9"
        page.choose("X2", "9")
        assert page.decisions()[0]["feature_fid"] == "9" and page.decisions()[0]["feature_code"] == "B2"
    finally:
        page.deleteLater()
