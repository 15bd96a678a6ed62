"""A seeded fuzz corpus for the CLI commands that read JSON (issue 14, item 7).

``corpus(command)`` makes the same few hundred documents every time from the command's valid
base document: each field replaced by a value of the wrong type or shape (null, lists,
objects, floats, 64-bit overflows, NUL, lone surrogates, over-long text, dates not
YYYY-MM-DD, deep nesting, formula-like text), keys dropped or misspelled, duplicate keys,
NaN, broken JSON, lists of such records. The generated documents are kept in
``tests/fixtures/json-fuzz/<command>.jsonl`` (one JSON string per line: the document's text);
``python -m tests.cli.json_fuzz`` writes them again.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "json-fuzz"
SEED = 20261201
DOCUMENTS = 300

PETITION = {
    "received_on": "2026-11-02", "kind": "khieu_nai", "channel": "truc_tiep", "field": "dat_dai",
    "content": "Khiếu nại quyết định thu hồi đất làm đường liên thôn",
    "petitioners": [{"name": "Nguyễn Văn An", "address": "Thôn Nà Lầu", "cccd": "008085123456"}],
    "assigned_to": "admin", "complex": False, "signer_count": 1, "note": "",
}
BASES = {
    "petition": PETITION,
    "reception": {"held_on": "2026-11-19", "kind": "dinh_ky", "receiver": "Ma Văn Thắng", "visits": 2, "people": 3,
                  "cases_new": 1, "cases": [PETITION]},
    "activity": {"held_on": "2026-10-05", "kind": "tuyen_truyen", "content": "Tuyên truyền Luật Đất đai 2024",
                 "place": "Thôn Nà Lầu", "starts_at": "08:00", "ends_at": "10:30", "participants": 40,
                 "women": 12, "field": "dat_dai"},
    "model": {"name": "Dân vận khéo trong hiến đất làm đường", "field": "kinh_te", "owner_kind": "tap_the",
              "owner": "Chi bộ thôn Nà Lầu", "year_registered": 2026, "status": "dang_ky", "results": ""},
    "democracy": {"kind": "cong_khai", "on": "2026-09-01", "matter": "Công khai dự toán ngân sách xã",
                  "form": "niem_yet", "posted_days": 30},
}
BAD_VALUES = (
    None, [], {}, ["dat_dai"], {"code": "dat_dai"}, True, False, 0, -1, 1.5, 2**63, -(2**63) - 1, 10**40, "",
    " ", "x" * 30_000, "a\x00b", "\x00", "\ud800", "\udfff lạ", "2026-13-45", "2026-W45-1", "02/11/2026",
    "20261102", "2026-11-02T08:00", "=HYPERLINK(\"http://x\")", "+84912345678", "@SUM(A1)",
    [[[[[[[["sâu"]]]]]]]], {"a": {"b": {"c": {"d": {"e": 1}}}}}, "khieu_nai" * 20, "25:99",
)


def _text(value) -> str:
    return json.dumps(value, ensure_ascii=True)


def _mutations(base: dict, rng: random.Random):
    keys = sorted(base)
    while True:
        choice = rng.randrange(12)
        if choice <= 5:  # one field, a bad value
            doc = dict(base)
            doc[rng.choice(keys)] = rng.choice(BAD_VALUES)
            yield _text(doc)
        elif choice == 6:  # two fields
            doc = dict(base)
            for key in rng.sample(keys, 2):
                doc[key] = rng.choice(BAD_VALUES)
            yield _text(doc)
        elif choice == 7:  # a key dropped, or misspelled
            doc = dict(base)
            key = rng.choice(keys)
            value = doc.pop(key)
            if rng.random() < 0.5:
                doc[key[::-1]] = value
            yield _text(doc)
        elif choice == 8:  # a nested record broken
            doc = json.loads(_text(base))
            nested = next((k for k in ("petitioners", "cases") if k in doc), None)
            if nested:
                inner = dict(doc[nested][0])
                inner[rng.choice(sorted(inner))] = rng.choice(BAD_VALUES)
                doc[nested] = [inner]
            else:
                doc = [base, {**base, rng.choice(keys): rng.choice(BAD_VALUES)}]
            yield _text(doc)
        elif choice == 9:  # raw text JSON cannot express by dumping
            text = _text(base)
            key = rng.choice(keys)
            yield rng.choice((
                text[:-1] + f', "{key}": {_text(base[key])}}}',  # duplicate key
                text.replace(_text(base[key]), "NaN", 1) if isinstance(base[key], int) else text[: len(text) // 2],
                "[" * rng.randrange(7, 3000) + "1" + "]" * rng.randrange(0, 3000),
                text.replace("}", ', "x": Infinity}', 1),
                "", "null", "42", '"chuỗi"', "[]", "[null]", "[[]]", "{}",
            ))
        elif choice == 10:  # a batch with one bad record
            bad = dict(base)
            bad[rng.choice(keys)] = rng.choice(BAD_VALUES)
            yield _text([base, bad] if rng.random() < 0.5 else [bad, base])
        else:  # valid, as a control
            yield _text(base)


def corpus(command: str, count: int = DOCUMENTS) -> list[str]:
    rng = random.Random(f"{SEED}-{command}")
    generator = _mutations(BASES[command], rng)
    return [next(generator) for _ in range(count)]


def kept(command: str) -> list[str]:
    lines = (FOLDER / f"{command}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def write_all() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for command in BASES:
        lines = [json.dumps(document, ensure_ascii=True) for document in corpus(command)]
        (FOLDER / f"{command}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    write_all()
