"""Bundles written by released versions still verify (docs/bundle-format.md, Versions)."""

from pathlib import Path

from danvan_desktop.bundles.verify import RegisteredKey, verify_bundle
from danvan_desktop.security.signing_keys import parse_key_card

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_format_1_bundle_still_verifies():
    folder = FIXTURES / "bundle-1"
    card = parse_key_card((folder / "danvan-02266.json").read_bytes())
    assert (folder / "danvan-02266.pub").read_text() == card.pub_file()
    bundle = verify_bundle((folder / "danvan-02266-2026-H1-002.zip").read_bytes(),
                           lambda unit: [RegisteredKey(card.key_id, card.public_key)] if unit == "02266" else [])
    assert (bundle.unit_code, bundle.period, bundle.sequence, bundle.key_id) == ("02266", "2026-H1", 2, card.key_id)
    assert bundle.figures["format"] == 1
    assert bundle.records[0]["petitioners"] == ["PAAAABBBBCCCCDDDDEEEEFFFF"]
