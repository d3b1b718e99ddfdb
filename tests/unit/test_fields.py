from fiefs_plugin.core.fields import ascii_fold, party_code, party_codes_in, share_field, votes_field


def test_party_code_keeps_simple_codes():
    assert party_code("RNI") == "RNI"
    assert party_code("L01_LRN") == "L01_LRN"


def test_party_code_folds_accents_and_punctuation():
    assert party_code("Parti de l'Istiqlal") == "Parti_de_l_Istiqlal"
    assert party_code("Union socialiste des forces populaires — USFP") == "Union_socialiste_des_for"
    assert party_code("Écologie") == "Ecologie"
    assert party_code("P.EQUITE") == "P_EQUITE"


def test_party_code_transliterates_arabic_and_is_ascii():
    code = party_code("حزب الحركة الشعبية")
    assert code.isascii() and code.startswith("hzb_")
    assert ascii_fold("الأصالة") == "alasala"


def test_party_code_never_starts_with_digit_and_is_unique():
    taken: set[str] = set()
    assert party_code("2021 list", taken) == "p2021_list"
    assert party_code("RNI", taken) == "RNI"
    assert party_code("rni", taken) == "rni_2"
    assert party_code("R.N.I.", taken) == "R_N_I"
    assert len(party_code("x" * 80)) <= 24


def test_party_codes_in_field_names():
    names = ["fiefs_unit", votes_field("PAM"), share_field("PAM"), votes_field("MP"), "valid", "v_"]
    assert party_codes_in(names) == ["PAM", "MP"]
