"""Measure the content similarity above which the petition form suggests a duplicate.

    .venv/bin/python benchmarks/duplicate_threshold.py [--petitions 3000] [--queries 300]

On the demo data (``load_demo_petitions``), the officer types again the content of an
earlier petition as a citizen re-sends it (a few words added, dropped or typed without
accents: the duplicate to find), or the content of a new petition from the same demo
generator (nothing to find: its suggestions are false). Only the content is typed, so the
exact rules (same CCCD, same name and address) do not fire: this measures the content rule
alone. For each threshold it prints precision (suggestions that are the re-sent petition)
and recall (re-sent petitions found among the at most 8 suggestions shown). The chosen value
goes into ``resources/rules/duplicates.json`` with the measurement (docs/duplicates.md).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from danvan_desktop.domain.duplicates import DuplicateRule  # noqa: E402
from danvan_desktop.domain.petitions import Petitioner, PetitionInput  # noqa: E402
from danvan_desktop.services import petition_duplicates  # noqa: E402
from danvan_desktop.services.demo_petitions import PetitionFactory, load_demo_petitions  # noqa: E402
from danvan_desktop.services.setup import initialise  # noqa: E402
from danvan_desktop.storage.database import Unlock  # noqa: E402
from danvan_desktop.text import fold  # noqa: E402

TODAY = date(2026, 11, 22)
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
PREFIXES = ("Tiếp tục", "Lần 2,", "Đề nghị giải quyết dứt điểm:", "Gửi lại đơn:")
SUFFIXES = ("nhưng đến nay chưa được giải quyết", "đề nghị xã trả lời bằng văn bản", "như đơn đã gửi trước")


def resent(content: str, rng: random.Random) -> str:
    """The content as a citizen re-sends it and an officer retypes it."""
    words = content.split()
    for _ in range(rng.randint(0, 2)):  # a word or two left out
        if len(words) > 6:
            del words[rng.randrange(len(words))]
    if rng.random() < 0.6:
        words = rng.choice(PREFIXES).split() + words
    if rng.random() < 0.4:
        words += rng.choice(SUFFIXES).split()
    text = " ".join(words)
    return fold(text) if rng.random() < 0.25 else text  # typed without accents


def typed(content: str) -> PetitionInput:
    return PetitionInput(received_on=TODAY, kind="kien_nghi", channel="truc_tiep", field="khac", content=content,
                         petitioners=(Petitioner("", ""),))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--petitions", type=int, default=3000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="danvan-dup-"))
    os.environ["DANVAN_DATA_DIR"] = str(folder)
    session = initialise(folder / "dup.db", Unlock(passphrase="benchmark passphrase"), "02266", "admin",
                         "benchmark-password").session
    load_demo_petitions(session, args.petitions, today=TODAY)
    rng = random.Random(11)
    originals = rng.sample([r[0] for r in session.db.execute("SELECT id FROM petitions").fetchall()], args.queries)
    contents = dict(session.db.execute(
        f"SELECT id, content FROM petitions WHERE id IN ({', '.join(map(str, originals))})").fetchall())
    fresh = PetitionFactory(99, "Xã Lâm Bình", TODAY)
    petition_duplicates.duplicate_rule = lambda: DuplicateRule(0.0001, "measuring")  # every candidate, with its score
    every = dict(session.db.execute("SELECT id, content FROM petitions").fetchall())
    # (the petition to find or None, the matter typed, [(id, similarity, same matter)])
    shown: list[tuple[int | None, list]] = []
    for pid in originals:
        found = petition_duplicates.find_duplicates(session, typed(resent(contents[pid], rng)))
        shown.append((pid, [(s.petition_id, s.similarity, every[s.petition_id] == contents[pid]) for s in found]))
    for _ in range(args.queries):
        matter = fresh.petition().row["content"]
        found = petition_duplicates.find_duplicates(session, typed(matter))
        shown.append((None, [(s.petition_id, s.similarity, every[s.petition_id] == matter) for s in found]))
    print(f"demo data: {args.petitions} petitions; {args.queries} re-sent contents, {args.queries} new ones")
    # "re-sent": the suggestion is the very petition re-sent; "same matter": its stored content is
    # the one typed (the demo generator gives many citizens the same sentence), which the officer
    # should see too, though only a petition of the same person is linked.
    print("threshold  shown   re-sent: precision recall  F1  | same matter: precision recall  F1")
    for threshold in THRESHOLDS:
        total = true = found = same = matter_found = 0
        for wanted, suggestions in shown:
            kept = [(pid, alike) for pid, similarity, alike in suggestions if similarity >= threshold]
            total += len(kept)
            true += sum(1 for pid, _ in kept if pid == wanted)
            found += wanted is not None and any(pid == wanted for pid, _ in kept)
            same += sum(1 for _, alike in kept if alike)
            matter_found += any(alike for _, alike in kept)
        p1, r1 = (true / total if total else 1.0), found / args.queries
        p2, r2 = (same / total if total else 1.0), matter_found / len(shown)
        f1 = 2 * p1 * r1 / (p1 + r1) if p1 + r1 else 0.0
        f2 = 2 * p2 * r2 / (p2 + r2) if p2 + r2 else 0.0
        print(f"  {threshold:4.2f}   {total:6d}          {p1:5.2f}   {r1:5.2f} {f1:4.2f} |"
              f"              {p2:5.2f}  {r2:5.2f} {f2:4.2f}")
    session.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
