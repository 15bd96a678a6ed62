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


def _fold_by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f").casefold()


def test_fold_keeps_its_definition_for_every_character():
    """The quick way for Vietnamese text gives what the definition gives, for each character
    of the Basic Multilingual Plane and the emoji block, alone and in text."""
    for code in [*range(0x10000), *range(0x1F300, 0x1F700)]:
        if not 0xD800 <= code <= 0xDFFF:
            c = chr(code)
            assert fold(c) == _fold_by_definition(c), hex(code)
            assert fold(f"Đơn {c}ế") == _fold_by_definition(f"Đơn {c}ế"), hex(code)


@given(st.text())
def test_fold_keeps_its_definition_for_any_text(text):
    assert fold(text) == _fold_by_definition(text)


def test_clean_composes():
    assert clean("  Nguye\u0302\u0303n  ") == "Nguyễn"
