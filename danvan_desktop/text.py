"""Vietnamese text handling shared by every layer: NFC and accent folding."""

from __future__ import annotations

import re
import unicodedata

# Every Vietnamese tone and vowel mark decomposes into this block (U+0300–U+036F).
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def nfc(text: str) -> str:
    """Composed form: reportlab and comparisons need precomposed letters."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, accent-free form for search: "Đơn thư" -> "don thu".

    Unicode decomposition removes tone and vowel marks but keeps đ, which is a
    separate letter, so it is mapped by hand.
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    # Vietnamese text: every character decomposes to one ASCII letter (or is one) and marks,
    # so dropping what is not ASCII leaves one character per character: the same result as
    # removing the marks, many times faster. Anything else (other scripts, a mark on its own)
    # leaves fewer and goes the long way.
    bare = decomposed.encode("ascii", "ignore")
    if len(bare) == len(text):
        return bare.decode("ascii").lower()
    return _COMBINING_MARKS.sub("", decomposed).casefold()


def clean(text: str | None) -> str:
    """Trimmed NFC text; ``None`` becomes the empty string."""
    return nfc(text or "").strip()
