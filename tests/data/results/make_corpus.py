"""Write the results-import corpus of tests/data/results (good and bad inputs).

    .venv/bin/python tests/data/results/make_corpus.py

Small hand-made tables in the shapes and encodings official results come in. The Arabic
commune and party names are real (HCP commune list, Moroccan parties, see SOURCE.md);
the vote counts are made up.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"

# Tanger-Assilah communes (HCP 2024 codes and names) and three parties
COMMUNES = [
    ("01.511.01.01", "Assilah", "أصيلة"),
    ("01.511.01.09", "Gueznaia", "اكزناية"),
    ("01.511.05.19", "Hjar Ennhal", "حجر النحل"),
    ("01.511.05.23", "Sebt Azzinate", "سبت الزينات"),
]
PARTIES_AR = ["حزب التجمع الوطني للأحرار", "حزب الأصالة والمعاصرة", "حزب الاستقلال"]
VOTES = [(5120, 3310, 2200), (4100, 4300, 900), (880, 1210, 640), (700, 650, 705)]


def arabic_wide(delimiter: str = ",") -> str:
    header = ["الرمز", "الجماعة", "الإقليم", "المسجلون", "المصوتون", "الأصوات المعبر عنها", *PARTIES_AR]
    lines = [delimiter.join(header)]
    for (code, _fr, ar), votes in zip(COMMUNES, VOTES):
        valid = sum(votes)
        lines.append(delimiter.join([code, ar, "طنجة-أصيلة", str(valid * 3), str(valid + 120), str(valid),
                                     *map(str, votes)]))
    return "\r\n".join(lines) + "\r\n"


def french_semicolon() -> str:
    """French official style: semicolons, thousands with narrow no-break spaces, decimal commas."""
    lines = ["Code de la commune;Libellé de la commune;Inscrits;Votants;Blancs;Nuls;Exprimés;% Vot/Ins;RNI;PAM;PI"]
    for (code, fr, _ar), votes in zip(COMMUNES, VOTES):
        valid = sum(votes)
        voters = valid + 120
        registered = valid * 3
        fmt = lambda n: f"{n:,}".replace(",", "\u202f")  # noqa: E731
        pct = f"{100 * voters / registered:.2f}".replace(".", ",")
        lines.append(";".join([code.replace(".", ""), fr, fmt(registered), fmt(voters), "70", "50", fmt(valid), pct,
                               *map(fmt, votes)]))
    return "\n".join(lines) + "\n"


def long_table() -> str:
    lines = ["code,commune,parti,voix,sieges"]
    for (code, fr, _ar), votes in zip(COMMUNES, VOTES):
        for party, n in zip(("RNI", "PAM", "PI"), votes):
            lines.append(f"{code},{fr},{party},{n},{1 if n == max(votes) else 0}")
    return "\n".join(lines) + "\n"


def main() -> None:
    BAD.mkdir(exist_ok=True)
    (HERE / "arabic_wide_utf8.csv").write_text(arabic_wide(), encoding="utf-8")
    (HERE / "arabic_wide_utf8_bom.csv").write_text(arabic_wide(";"), encoding="utf-8-sig")
    (HERE / "arabic_wide_cp1256.csv").write_bytes(arabic_wide(";").encode("cp1256"))
    (HERE / "arabic_wide_utf16.txt").write_bytes(arabic_wide("\t").encode("utf-16"))  # with BOM, as Excel writes
    # Windows-1252 has no narrow no-break space: the no-break space (0xA0) separates thousands
    (HERE / "french_semicolon_cp1252.csv").write_bytes(french_semicolon().replace("\u202f", "\u00a0").encode("cp1252"))
    (HERE / "french_semicolon_utf8.csv").write_text(french_semicolon(), encoding="utf-8")
    (HERE / "long_fr.csv").write_text(long_table(), encoding="utf-8")
    wide = ["code,commune,inscrits,votants,exprimes,RNI,PAM",
            "001,Alpha,100,120,90,50,40",  # voters > registered
            "002,Beta,100,60,70,40,30",  # valid > voters
            "003,Gamma,100,60,55,30,20"]  # party votes 50 != valid 55
    (HERE / "inconsistent_totals.csv").write_text("\n".join(wide) + "\n", encoding="utf-8")
    (HERE / "arabic_indic_digits.csv").write_text(
        "code,commune,المسجلون,RNI,PAM\n01,Alpha,١٢٬٣٤٥,٥٬٠٠٠,٢٬٠١٠\n02,Beta,٩٨٧,٤٥٦,١٢٣\n", encoding="utf-8")

    full = long_table()
    (BAD / "truncated.csv").write_text(full[: full.rindex(",") - 3], encoding="utf-8")
    (BAD / "wrong_delimiter.csv").write_text(french_semicolon().replace(";", ":"), encoding="utf-8")
    (BAD / "empty.csv").write_text("", encoding="utf-8")
    (BAD / "header_only.csv").write_text("code,commune,RNI,PAM\n", encoding="utf-8")
    (BAD / "duplicate_rows.csv").write_text(full + "01.511.01.09,Gueznaia,PAM,12,0\n", encoding="utf-8")
    (BAD / "duplicate_units.csv").write_text("code,commune,RNI,PAM\n01,Alpha,1,2\n02,Beta,3,4\n01,Alpha,5,6\n",
                                             encoding="utf-8")
    (BAD / "negative_votes.csv").write_text("code,commune,RNI,PAM\n01,Alpha,10,20\n02,Beta,-3,4\n",
                                            encoding="utf-8")
    (BAD / "text_in_count.csv").write_text("code,commune,RNI,PAM\n01,Alpha,10,20\n02,Beta,12,douze\n",
                                           encoding="utf-8")
    (BAD / "missing_code.csv").write_text("inscrits,votants,RNI,PAM\n100,60,30,20\n90,50,20,25\n", encoding="utf-8")
    (BAD / "fractional_votes.csv").write_text("code,commune,RNI,PAM\n01,Alpha,10.5,20\n", encoding="utf-8")


if __name__ == "__main__":
    main()
