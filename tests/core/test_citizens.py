from datetime import date

import pytest

from danvan_desktop.domain.citizens import cccd_birth_year_and_sex, mask_cccd, validate_cccd, validate_phone
from danvan_desktop.errors import ValidationError

TODAY = date(2026, 11, 22)


def test_valid_cccd_normalised():
    assert validate_cccd("008 1 85 123456", TODAY) == "008185123456"
    assert cccd_birth_year_and_sex("008185123456") == (1985, "Nữ")  # 4th digit 1: 1900s, female
    assert cccd_birth_year_and_sex("008085123456") == (1985, "Nam")
    assert cccd_birth_year_and_sex("001304123456") == (2004, "Nữ")


@pytest.mark.parametrize("value, reason", [
    ("00818512345", "12 chữ số"),
    ("0081851234567", "12 chữ số"),
    ("00818512345a", "12 chữ số"),
    ("003185123456", "mã tỉnh"),  # 003 is not a birth-province code
    ("099185123456", "mã tỉnh"),
    ("001230123456", "tương lai"),  # century digit 2 + year 30 = 2030
])
def test_invalid_cccd(value, reason):
    with pytest.raises(ValidationError, match=reason):
        validate_cccd(value, TODAY)


def test_mask_keeps_province_and_last_two():
    assert mask_cccd("008185123456") == "008*******56"
    assert mask_cccd("") == ""


def test_phone():
    assert validate_phone("0912 345 678") == "0912345678"
    assert validate_phone("+84912345678") == "+84912345678"
    with pytest.raises(ValidationError):
        validate_phone("12345")
