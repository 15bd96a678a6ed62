import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from danvan_desktop.text import clean, fold


def test_fold_removes_marks_and_d():
    assert fold("Đơn thư khiếu nại") == "don thu khieu nai"
    assert fold("NGUYỄN Thị Ánh Tuyết") == "nguyen thi anh tuyet"
    assert fold("Ương Ưởng Ợ") == "uong uong o"


@given(st.text(alphabet="aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ bcdghklmnpqrstvx\u0300\u0301\u0303\u0309\u0323"))
def test_fold_is_the_same_for_composed_and_decomposed_text(text):
    assert fold(unicodedata.normalize("NFC", text)) == fold(unicodedata.normalize("NFD", text))
    assert not any(unicodedata.combining(c) for c in fold(text))


def test_clean_composes():
    assert clean("  Nguye\u0302\u0303n  ") == "Nguyễn"
