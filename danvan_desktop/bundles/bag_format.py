"""Format 1 of a report bundle: one BagIt 1.0 bag (RFC 8493) in a canonical zip.

```
danvan-<unit>-<period>-<sequence>/
  bagit.txt  bag-info.txt  manifest-sha256.txt  tagmanifest-sha256.txt
  tagmanifest-sha256.txt.minisig        minisign signature of tagmanifest-sha256.txt
  data/figures.json  data/records.json  data/report.pdf  data/evidence/<name>...
```

The tag manifest lists the three other tag files; the signature file is listed in no
manifest (it signs the tag manifest, so it cannot be inside it; BagIt allows tag files
that no tag manifest lists). See docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError
from .minisign import SecretKey
from .zip_container import write_zip

FORMAT_VERSION = 1
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
BAGIT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.minisig"
TAG_FILES = (BAGIT, BAG_INFO, MANIFEST, TAGMANIFEST, SIGNATURE)
FIGURES = "data/figures.json"
RECORDS = "data/records.json"
REPORT = "data/report.pdf"
EVIDENCE = "data/evidence/"
INFO_LABELS = ("Unit-Code", "Unit-Name", "Period", "Sequence", "App-Version", "Format-Version",
               "Signer-Key-Id", "Payload-Oxum", "Bagging-Date")
PERIOD_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
UNIT_RE = re.compile(r"^[0-9]{2,5}$")
_EVIDENCE_RE = re.compile(r"^[\w][\w .()+-]{0,119}$")


@dataclass(frozen=True)
class BundleInfo:
    unit_code: str
    unit_name: str
    period: str
    sequence: int
    app_version: str
    signer_key_id: str
    bagging_date: date


def bag_name(unit_code: str, period: str, sequence: int) -> str:
    return f"danvan-{unit_code}-{period}-{sequence:03d}"


def trusted_comment(unit_code: str, period: str, sequence: int) -> str:
    """The signed line: who, for which period, which issue of the report."""
    return f"danvan-bundle/{FORMAT_VERSION} unit={unit_code} period={period} sequence={sequence}"


def canonical_json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8") + b"\n"


def check_evidence_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    if not _EVIDENCE_RE.match(name) or name.endswith((".", " ")):
        raise ValidationError(
            f"Tên tệp minh chứng “{name}” không hợp lệ: chỉ dùng chữ, số, khoảng trắng, dấu . - _ ( ) +, tối đa 120 ký tự."
        )
    return name


def build_bundle(info: BundleInfo, key: SecretKey, *, figures: dict, records: list, pdf: bytes,
                 evidence: list[tuple[str, bytes]]) -> bytes:
    """The bytes of a signed bundle: same inputs, same bytes."""
    _check_info(info)
    payload = [(FIGURES, canonical_json(figures)), (RECORDS, canonical_json(records)), (REPORT, bytes(pdf))]
    names = set()
    for name, data in sorted(evidence, key=lambda item: check_evidence_name(item[0])):
        name = check_evidence_name(name)
        if name.casefold() in names:
            raise ValidationError(f"Hai tệp minh chứng trùng tên “{name}”.")
        names.add(name.casefold())
        payload.append((EVIDENCE + name, bytes(data)))
    manifest = _manifest(payload)
    oxum = f"{sum(len(d) for _, d in payload)}.{len(payload)}"
    bag_info = _bag_info(info, oxum)
    tags = [(BAGIT, BAGIT_TXT), (BAG_INFO, bag_info), (MANIFEST, manifest)]
    tagmanifest = _manifest(tags)
    signature = key.sign(tagmanifest, trusted_comment(info.unit_code, info.period, info.sequence),
                         untrusted_comment(info.signer_key_id)).encode("ascii")
    root = bag_name(info.unit_code, info.period, info.sequence) + "/"
    files = tags + [(TAGMANIFEST, tagmanifest), (SIGNATURE, signature)] + payload
    return write_zip([(root + name, data) for name, data in files], info.bagging_date)


def untrusted_comment(key_id: str) -> str:
    return f"signature from danvan secret key {key_id}"


def _check_info(info: BundleInfo) -> None:
    if not UNIT_RE.match(info.unit_code) or not PERIOD_RE.match(info.period) or info.sequence < 1:
        raise ValidationError("Mã đơn vị, kỳ báo cáo hoặc số thứ tự của gói không hợp lệ.")
    for value in (info.unit_name, info.app_version, info.signer_key_id):
        if not value or any(ch in value for ch in "\r\n"):
            raise ValidationError("Thông tin của gói có giá trị trống hoặc nhiều dòng.")


def _manifest(files: list[tuple[str, bytes]]) -> bytes:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in files).encode("utf-8")


def _bag_info(info: BundleInfo, oxum: str) -> bytes:
    values = (info.unit_code, info.unit_name, info.period, str(info.sequence), info.app_version,
              str(FORMAT_VERSION), info.signer_key_id, oxum, info.bagging_date.isoformat())
    return "".join(f"{label}: {value}\n" for label, value in zip(INFO_LABELS, values)).encode("utf-8")
