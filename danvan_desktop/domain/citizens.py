"""Citizen identity numbers (CCCD) and how personal data is shown.

A CCCD has 12 digits: 1–3 the birth province under the pre-2025 63-province codes
(Thông tư 59/2021/TT-BCA), 4 century and sex (0/1 for the 1900s male/female, 2/3 for
the 2000s, 4/5, 6/7, 8/9 for later centuries), 5–6 the year of birth, 7–12 random.
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import ValidationError

BIRTH_PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 "
    "037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 "
    "077 079 080 082 083 084 086 087 089 091 092 093 094 095 096".split()
)
_PHONE_RE = re.compile(r"^(\+84|0)\d{9,10}$")


def validate_cccd(value: str, today: date | None = None) -> str:
    """Return the normalised 12 digits, or raise a ValidationError saying what is wrong."""
    digits = re.sub(r"[\s.\-]", "", value or "")
    if not digits.isdigit() or len(digits) != 12:
        raise ValidationError(f"Số CCCD “{value}” phải gồm đúng 12 chữ số.", "cccd")
    if digits[:3] not in BIRTH_PROVINCE_CODES:
        raise ValidationError(f"Số CCCD “{value}”: ba chữ số đầu ({digits[:3]}) không phải mã tỉnh nơi sinh.", "cccd")
    century = 1900 + 100 * (int(digits[3]) // 2)
    born = century + int(digits[4:6])
    if born > (today or date.today()).year:
        raise ValidationError(f"Số CCCD “{value}”: năm sinh {born} nằm trong tương lai.", "cccd")
    return digits


def cccd_birth_year_and_sex(digits: str) -> tuple[int, str]:
    century = 1900 + 100 * (int(digits[3]) // 2)
    return century + int(digits[4:6]), "Nữ" if int(digits[3]) % 2 else "Nam"


def mask_cccd(digits: str | None) -> str:
    """What every print shows: the birth-province code and the last two digits."""
    if not digits:
        return ""
    return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]


def validate_phone(value: str) -> str:
    phone = re.sub(r"[\s.\-()]", "", value or "")
    if phone and not _PHONE_RE.match(phone):
        raise ValidationError(f"Số điện thoại “{value}” không hợp lệ (10–11 chữ số, bắt đầu bằng 0 hoặc +84).", "phone")
    return phone
