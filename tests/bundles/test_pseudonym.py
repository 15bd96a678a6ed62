"""Keyed pseudonyms and de-identified records: no identity leaves the commune."""

from __future__ import annotations

import json

import pytest

from danvan_desktop.bundles.pseudonym import (
    check_deidentified,
    deidentify,
    normalised_identity,
    person_pseudonym,
)
from danvan_desktop.errors import ValidationError

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def row(kind="khieu_nai", **person):
    return {"id": 7, "received_on": "2026-02-01", "kind": kind, "channel": "truc_tiep", "field": "dat_dai",
            "signatories": "mot_nguoi", "content": "Tranh chấp đất với ông Trần Văn B", "note": "gọi 0912345678",
            "accused": "", "status": "open", "petitioners": [person]}


def test_same_person_same_pseudonym_across_spellings():
    a = person_pseudonym(KEY, {"name": "Nguyễn Văn An", "address": "Thôn Nà Làng, xã Lâm Bình"})
    b = person_pseudonym(KEY, {"name": "  NGUYEN van  an", "address": "thon na lang xa lam binh"})
    assert a == b and a.startswith("P") and len(a) == 25
    by_cccd = person_pseudonym(KEY, {"name": "Nguyễn Văn An", "cccd": "008 203 000 123"})
    assert by_cccd == person_pseudonym(KEY, {"name": "Khác Tên", "address": "khác", "cccd": "008203000123"})
    assert by_cccd != a
    assert person_pseudonym(OTHER_KEY, {"name": "Nguyễn Văn An", "cccd": "008203000123"}) != by_cccd


def test_invalid_cccd_falls_back_to_name_and_address():
    assert normalised_identity("Lê Thị Đào", "Xóm 1", "12345") == "name:le thi dao|address:xom 1"
    assert normalised_identity("", "", "") is None


def test_records_carry_no_identity_and_no_free_text():
    records = deidentify([row(name="Nguyễn Văn An", address="Thôn Nà Làng", cccd="008203000123",
                              phone="0912345678")], KEY)
    text = json.dumps(records, ensure_ascii=False)
    for secret in ("Nguyễn", "Nà Làng", "008203000123", "0912345678", "Trần Văn B"):
        assert secret not in text
    assert records[0]["kind"] == "khieu_nai" and len(records[0]["petitioners"]) == 1
    check_deidentified(records)


@pytest.mark.parametrize("kind", ["to_cao", "nhieu_noi_dung"])
def test_a_denouncer_gets_not_even_a_pseudonym(kind):
    records = deidentify([row(kind, name="Nguyễn Văn An", cccd="008203000123")], KEY)
    assert records[0]["petitioners"] == []


def test_guard_refuses_identities():
    for bad in ([{"address": "x"}], [{"petitioners": [{"phone": "x"}]}], [{"x": "CCCD 008203000123"}], ["text"]):
        with pytest.raises(ValidationError):
            check_deidentified(bad)
