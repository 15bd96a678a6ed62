"""Vietnamese alphabetical order as a plain sort key (pure Python, no ICU, no Qt).

The key is a string whose code-point order (SQLite's BINARY collation compares UTF-8 bytes,
which keeps code-point order) is the order of Vietnamese dictionaries:

- letters first: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z of
  foreign words in their Latin places), so "Duy" comes before "Đông" and "On, Ôn, Ơn" in that
  order, whatever the tones;
- then tones, as in the dictionaries (Hoàng Phê's Từ điển tiếng Việt, ICU's vi rules):
  ngang, huyền, hỏi, ngã, sắc, nặng — "ma, mà, mả, mã, má, mạ";
- then lower case before upper case;
- numbers by value: "Tổ dân phố 2" before "Tổ dân phố 10".

Stored keys (``petitions.petitioner_sort``, ``content_sort``; migration 0017) are made here, so
a change of this order needs a migration that recomputes them.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: chr(0x41 + i) for i, letter in enumerate(ALPHABET)}  # "A".."b": above digits and spaces
# Combining marks that make a letter of its own (ă â ê ô ơ ư) and those that are tones.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_LEVELS = "\x01"  # between the letters, the tones and the case: below every letter's weight
_PARTS = "\x02"  # between the given name and the rest of a name
_PUNCTUATION = "\x22"  # every mark or symbol weighs the same, below digits and letters
LAST = "\U0010ffff"  # what sorts after every text (a name nobody may see, no name at all)


def _weights(char: str) -> tuple[str, str, str]:
    """``(letter weight, tone digit, case digit)`` of one NFC character (not a space)."""
    lower = char.lower()
    parts = unicodedata.normalize("NFD", lower)
    base, tone = parts[0], "0"
    for mark in parts[1:]:
        if mark in _LETTER_MARKS:
            base = unicodedata.normalize("NFC", base + mark)
        elif mark in _TONES:
            tone = _TONES[mark]
    if base in _RANK:
        weight = _RANK[base]
    elif base.isdigit():
        weight = str(unicodedata.digit(base, 0))
    elif base.isalpha():
        weight = chr(min(0x100 + ord(base), 0x10FFFE))  # other scripts after Vietnamese letters
    else:
        weight = _PUNCTUATION
    return weight, tone, "0" if char == lower else "1"


# Per word met so far (Vietnamese has a few thousand syllables): its letters' weights, tones and
# cases, so a key is a few dictionary look-ups (bulk imports compute one per row).
_WORDS: dict[str, tuple[str, str, str]] = {}
_MAX_WORDS = 200_000


def _numbers_by_value(weights: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each run of digits led by its length, so "Tổ 2" comes before "Tổ 10" (runs up to 16 digits)."""
    out, run = [], []
    for weight in [*weights, None]:
        if weight is not None and "0" <= weight[0] <= "9":
            run.append(weight)
            continue
        if run:
            out += [(chr(0x30 + min(len(run), 16)), "0", "0"), *run]
            run = []
        if weight is not None:
            out.append(weight)
    return out


def _word(word: str) -> tuple[str, str, str]:
    weights = _numbers_by_value([_weights(char) for char in word])
    found = ("".join(w[0] for w in weights), "".join(w[1] for w in weights), "".join(w[2] for w in weights))
    if len(_WORDS) >= _MAX_WORDS:
        _WORDS.clear()
    _WORDS[word] = found
    return found


def sort_key(text: str | None) -> str:
    """The Vietnamese dictionary order of ``text`` as a string to compare (or store)."""
    words = unicodedata.normalize("NFC", text or "").split()
    if not words:
        return _LEVELS + _LEVELS
    try:  # the words met before: one C-level pass (bulk imports compute a key per row)
        found = list(map(_WORDS.__getitem__, words))
    except KeyError:
        found = [_WORDS.get(w) or _word(w) for w in words]
    letters, tones, cases = zip(*found)
    return " ".join(letters) + _LEVELS + "0".join(tones) + _LEVELS + "0".join(cases)


def name_sort_key(name: str | None) -> str:
    """A person's name as Vietnamese lists sort it: by the given name (the last word), then by
    the family and middle names: "Trần Duy" before "Lê Đông", "Lê An" before "Trần An"."""
    words = (name or "").split()
    if not words:
        return LAST
    return sort_key(words[-1]) + _PARTS + sort_key(" ".join(words[:-1]))


CONTENT_KEY_CHARS = 40  # a content is sorted by its beginning: enough to tell texts apart on screen


def content_sort_key(content: str | None) -> str:
    return _opening_key((content or "")[:CONTENT_KEY_CHARS])


# A register's contents often open alike ("Đề nghị giải quyết tranh chấp đất đai…"): each
# opening's key is made once per batch of rows.
_opening_key = lru_cache(maxsize=1 << 14)(sort_key)
