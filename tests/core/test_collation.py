"""The Vietnamese sort key: dictionary order, names by given name, secret names last."""

import random

from danvan_desktop.collation import LAST, content_sort_key, name_sort_key, sort_key
from danvan_desktop.domain.petitions import petitioner_sort_key


def ordered(words, key=sort_key):
    shuffled = list(words)
    random.Random(7).shuffle(shuffled)
    return sorted(shuffled, key=key)


def test_letters_in_the_vietnamese_alphabet():
    expected = ["An", "Ăn", "Ân", "Bình", "Duy", "Đông", "Em", "Êm", "Gia", "Giang", "On", "Ôn", "Ơn", "Tú", "Ưng",
                "Vân", "Xuân", "Yến"]
    assert ordered(expected) == expected


def test_tones_as_in_the_dictionaries():
    # ngang, huyền, hỏi, ngã, sắc, nặng (Hoàng Phê; ICU's vi order)
    expected = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert ordered(expected) == expected
    assert ordered(["mác", "ma", "mạ", "mà"]) == ["ma", "mà", "mạ", "mác"]  # the letters decide first


def test_nfd_input_and_case_and_spacing_do_not_change_the_letters():
    import unicodedata
    assert sort_key(unicodedata.normalize("NFD", "Đông Ơn")) == sort_key("Đông Ơn")
    assert sort_key("  an   bình ") == sort_key("an bình")
    assert sort_key("an") < sort_key("An") < sort_key("An Bình") < sort_key("Anh")
    assert sort_key("Thôn 2") < sort_key("Thôn 3") < sort_key("Thôn A")  # digits before letters
    assert ordered(["Tổ dân phố 10", "Tổ dân phố 2", "Tổ dân phố 1B", "Số 120/QĐ", "Số 12/QĐ"]) == [
        "Số 12/QĐ", "Số 120/QĐ", "Tổ dân phố 1B", "Tổ dân phố 2", "Tổ dân phố 10"]  # numbers by value


def test_names_sort_by_given_name_then_family_name():
    names = ["Lê Văn Đông", "Trần Duy", "Lê An", "Trần An", "Nguyễn Thị Ánh"]
    assert ordered(names, name_sort_key) == ["Lê An", "Trần An", "Nguyễn Thị Ánh", "Trần Duy", "Lê Văn Đông"]
    assert name_sort_key("") == LAST


def test_a_secret_identity_sorts_last_whatever_the_name():
    assert petitioner_sort_key("to_cao", "An Văn A") == LAST
    assert petitioner_sort_key("nhieu_noi_dung", "An Văn A") == LAST
    assert petitioner_sort_key("khieu_nai", "An Văn A") == name_sort_key("An Văn A") < LAST


def test_content_is_sorted_by_its_beginning():
    assert content_sort_key("Đề nghị " + "x" * 100) == content_sort_key("Đề nghị " + "x" * 32)
    assert content_sort_key("Đề nghị sửa đường") > content_sort_key("Đất đai")
