"""Vietnamese text handling shared by every layer: NFC and accent folding."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """Composed form: reportlab and comparisons need precomposed letters."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, accent-free form for search: "Đơn thư" -> "don thu".

    Unicode decomposition removes tone and vowel marks but keeps đ, which is a
    separate letter, so it is mapped by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def clean(text: str | None) -> str:
    """Trimmed NFC text; ``None`` becomes the empty string."""
    return nfc(text or "").strip()
