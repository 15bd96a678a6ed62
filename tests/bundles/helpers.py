"""Bundles made without a database, and ways to take them apart and put them back."""

from __future__ import annotations

import zipfile
from datetime import date
from io import BytesIO

from danvan_desktop.bundles import bag_format
from danvan_desktop.bundles.minisign import SecretKey
from danvan_desktop.bundles.verify import RegisteredKey
from danvan_desktop.bundles.zip_container import write_zip

BAGGING_DATE = date(2026, 6, 18)


def figures(unit="02266", period="2026-H1", received=3, by_kind=None):
    return {
        "format": 1,
        "unit": {"code": unit, "name": f"Xã {unit}", "province": "Tỉnh Tuyên Quang"},
        "period": {"id": period, "kind": "6_thang", "start": "2025-12-15", "end": "2026-06-14", "due": "2026-06-20"},
        "receptions": {"sessions": 2, "visits": 5, "people": 7},
        "petitions": {"received": received, "total": received + 1,
                      "by_kind": by_kind or {"khieu_nai": 1, "to_cao": 0, "kien_nghi": received - 1}},
        "models": {"count": 1, "meets_expectation": True},
    }


def make_bundle(key: SecretKey, unit="02266", period="2026-H1", sequence=1, *, records=None, evidence=None,
                fig=None) -> bytes:
    info = bag_format.BundleInfo(unit, f"Xã {unit}", period, sequence, "0.1.0", key.public().key_id_hex,
                                 BAGGING_DATE)
    return bag_format.build_bundle(
        info, key, figures=fig or figures(unit, period), records=records if records is not None else
        [{"id": 1, "kind": "khieu_nai", "received_on": "2026-01-05", "petitioners": ["PABC"]}],
        pdf=b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n",
        evidence=evidence if evidence is not None else [("biên bản họp.jpg", b"\xff\xd8\xff" + b"x" * 500)])


def registry(*keys: SecretKey, revoked=()):
    table = {k.public().key_id_hex: RegisteredKey(k.public().key_id_hex, k.public(), k in revoked) for k in keys}
    return lambda unit: list(table.values())


def entries(blob: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(BytesIO(blob)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def repack(files: list[tuple[str, bytes]], deflate=False) -> bytes:
    return write_zip(files, BAGGING_DATE, deflate=deflate)


def replace_entry(blob: bytes, suffix: str, change) -> bytes:
    return repack([(n, change(d) if n.endswith(suffix) else d) for n, d in entries(blob)])
