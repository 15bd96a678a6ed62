import pytest

from danvan_desktop.errors import ValidationError, WrongSecret
from danvan_desktop.security import keys


def test_recovery_key_round_trip_and_shape():
    key = keys.generate_key()
    text = keys.format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert keys.parse_recovery_key(text) == key
    # Typed by hand: lower case, spaces instead of dashes.
    assert keys.parse_recovery_key(text.lower().replace("-", " ")) == key


def test_recovery_key_typo_is_caught_by_checksum():
    text = keys.format_recovery_key(keys.generate_key())
    wrong = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(ValidationError, match="gõ sai"):
        keys.parse_recovery_key(wrong)
    with pytest.raises(ValidationError, match="14 nhóm"):
        keys.parse_recovery_key(text[:-5])


def test_wrapped_key_needs_the_right_passphrase():
    key = keys.generate_key()
    wrapped = keys.wrap_key(key, "mật khẩu dài của xã")
    assert bytes.fromhex(wrapped["sealed"]) != key
    assert keys.unwrap_key(wrapped, "mật khẩu dài của xã") == key
    with pytest.raises(WrongSecret, match="không đúng"):
        keys.unwrap_key(wrapped, "mật khẩu khác hẳn")


def test_short_passphrase_rejected():
    with pytest.raises(ValidationError):
        keys.validate_new_passphrase("ngắn")
