"""Verify a bundle before trusting a single byte of its payload.

Order: container (limits, names, no byte unchecked) → tag files → the unit's registered
key (known, not revoked) → signature of the tag manifest and its trusted comment → tag
manifest hashes → payload files versus the manifest (nothing missing, nothing extra)
and every SHA-256 → sequence (never older than the last received, never more than
``MAX_SEQUENCE_STEP`` ahead of it) → only then the JSON payload is parsed, and its content
checked against the schema (``content_schema``: types, counts, identities, the unit and
period the signature names, known period ids, de-identified records).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import minisign
from .content_schema import check_content
from .bag_format import (
    BAG_INFO,
    BAGIT,
    BAGIT_TXT,
    EVIDENCE,
    FIGURES,
    FORMAT_VERSION,
    INFO_LABELS,
    MANIFEST,
    PERIOD_RE,
    RECORDS,
    REPORT,
    SIGNATURE,
    TAGMANIFEST,
    UNIT_RE,
    bag_name,
    trusted_comment,
    untrusted_comment,
)
from .errors import BundleRejected
from .zip_container import Entry, Limits, read_directory, read_entry

_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64})  (\S.*)$")
_MAX_TAG_BYTES = 1024 * 1024
_FORBIDDEN_NAME = re.compile(r"[\\\x00-\x1f\x7f:*?\"<>|%]")
MAX_SEQUENCE_STEP = 1000  # a sequence far ahead would lock out every genuine later bundle


@dataclass(frozen=True)
class RegisteredKey:
    key_id: str
    public_key: minisign.PublicKey
    revoked: bool = False


KeyLookup = Callable[[str], list[RegisteredKey]]


@dataclass(frozen=True)
class VerifiedBundle:
    unit_code: str
    unit_name: str
    period: str
    sequence: int
    key_id: str
    bagging_date: date
    app_version: str
    digest: str  # SHA-256 of the tag manifest: names the bag's content, whatever zip carries it
    figures: dict
    records: list
    evidence: tuple[str, ...] = field(default=())


def verify_bundle(blob: bytes, keys_for: KeyLookup, *, min_sequence: int | Callable[[str, str], int] = 0,
                  limits: Limits | None = None, period_known: Callable[[str], bool] | None = None) -> VerifiedBundle:
    """Return the verified contents, or raise BundleRejected with a one-line reason.

    ``keys_for(unit_code)`` gives the keys registered for that unit; ``min_sequence`` is
    the lowest acceptable sequence (the last one received), or a function of (unit, period)
    giving it; ``period_known(period_id)`` says whether the reader's period rules know it.
    """
    entries = read_directory(blob, limits or Limits())
    root, by_name = _index(entries)
    tags = {name: _tag(blob, by_name, name) for name in (BAGIT, BAG_INFO, MANIFEST, TAGMANIFEST, SIGNATURE)}
    info = _bag_info(tags[BAG_INFO])
    unit, period, sequence = info["Unit-Code"], info["Period"], int(info["Sequence"])
    if root != bag_name(unit, period, sequence):
        raise BundleRejected("Tên thư mục trong gói không khớp với đơn vị, kỳ và số thứ tự ghi trong gói.", "structure")
    key, signature = _signing_key(unit, tags[SIGNATURE], keys_for)
    try:
        comment = minisign.verify(tags[TAGMANIFEST], signature, key.public_key)
    except minisign.SignatureError as error:
        raise BundleRejected(f"Chữ ký của gói không hợp lệ: {error}", "signature") from None
    if comment != trusted_comment(unit, period, sequence):
        raise BundleRejected("Ghi chú có chữ ký không khớp với đơn vị, kỳ và số thứ tự của gói.", "trusted_comment")
    if tags[SIGNATURE].split(b"\n", 1)[0].decode("utf-8", "replace") != \
            "untrusted comment: " + untrusted_comment(key.public_key.key_id_hex):
        raise BundleRejected("Dòng đầu của tệp chữ ký đã bị sửa.", "signature")
    if info["Signer-Key-Id"] != key.public_key.key_id_hex:
        raise BundleRejected("Mã khóa ký ghi trong bag-info.txt khác với khóa đã ký.", "signature")
    _check_listed(tags[TAGMANIFEST], {n: tags[n] for n in (BAGIT, BAG_INFO, MANIFEST)}, "tagmanifest")
    if tags[BAGIT] != BAGIT_TXT:
        raise BundleRejected("Tệp bagit.txt không đúng BagIt 1.0.", "structure")
    # Payload bytes are checked by their SHA-256 below; a CRC pass over them would add nothing.
    payload = {name: read_entry(blob, entry, check_crc=False) for name, entry in by_name.items()
               if name.startswith("data/")}
    _check_listed(tags[MANIFEST], payload, "manifest")
    for required in (FIGURES, RECORDS, REPORT):
        if required not in payload:
            raise BundleRejected(f"Gói thiếu tệp {required}.", "missing")
    extra = sorted(n for n in payload if n not in (FIGURES, RECORDS, REPORT) and not n.startswith(EVIDENCE))
    if extra:
        raise BundleRejected(f"Gói có tệp không thuộc định dạng: {extra[0]}.", "extra")
    oxum = f"{sum(len(d) for d in payload.values())}.{len(payload)}"
    if info["Payload-Oxum"] != oxum:
        raise BundleRejected("Payload-Oxum trong bag-info.txt không khớp với dữ liệu.", "oxum")
    lowest = min_sequence(unit, period) if callable(min_sequence) else min_sequence
    if sequence < lowest:
        raise BundleRejected(
            f"Gói số {sequence} của đơn vị {unit} kỳ {period} cũ hơn gói đã nhận (số {lowest}).", "old_sequence")
    if sequence > lowest + MAX_SEQUENCE_STEP:
        raise BundleRejected(
            f"Gói số {sequence} của đơn vị {unit} kỳ {period} vượt quá xa gói đã nhận (số {lowest}; chỉ nhận tăng "
            f"tối đa {MAX_SEQUENCE_STEP}).", "sequence_jump")
    if period_known is not None and not period_known(period):
        raise BundleRejected(f"Kỳ báo cáo “{period}” không có trong quy định kỳ báo cáo của tỉnh.", "unknown_period")
    figures, records = _json(payload[FIGURES], dict, FIGURES), _json(payload[RECORDS], list, RECORDS)
    check_content(figures, records, unit, period)
    return VerifiedBundle(unit, info["Unit-Name"], period, sequence, key.public_key.key_id_hex,
                          date.fromisoformat(info["Bagging-Date"]), info["App-Version"],
                          hashlib.sha256(tags[TAGMANIFEST]).hexdigest(), figures, records,
                          tuple(sorted(n[len(EVIDENCE):] for n in payload if n.startswith(EVIDENCE))))


def _index(entries: list[Entry]) -> tuple[str, dict[str, Entry]]:
    roots, by_name, folded = set(), {}, set()
    for entry in entries:
        name = entry.name
        parts = name.split("/")
        if name.startswith("/") or _FORBIDDEN_NAME.search(name) or "" in parts or "." in parts or ".." in parts:
            raise BundleRejected(f"Gói có đường dẫn không an toàn: “{name[:80]}”.", "unsafe_path")
        if len(parts) < 2:
            raise BundleRejected(f"Tệp “{name[:80]}” nằm ngoài thư mục của gói.", "unsafe_path")
        key = unicodedata.normalize("NFC", name).casefold()  # names that collide once extracted
        if key in folded:
            raise BundleRejected(f"Gói có hai tệp trùng tên “{name[:80]}”.", "duplicate")
        folded.add(key)
        roots.add(parts[0])
        by_name["/".join(parts[1:])] = entry
    if len(roots) != 1:
        raise BundleRejected("Gói phải chứa đúng một thư mục BagIt.", "structure")
    tags = {n for n in by_name if not n.startswith("data/")}
    allowed = {BAGIT, BAG_INFO, MANIFEST, TAGMANIFEST, SIGNATURE}
    if tags - allowed:
        raise BundleRejected(f"Gói có tệp thừa: {sorted(tags - allowed)[0]}.", "extra")
    if allowed - tags:
        raise BundleRejected(f"Gói thiếu tệp {sorted(allowed - tags)[0]}.", "missing")
    return roots.pop(), by_name


def _tag(blob: bytes, by_name: dict[str, Entry], name: str) -> bytes:
    entry = by_name[name]
    if entry.size > _MAX_TAG_BYTES:
        raise BundleRejected(f"Tệp {name} trong gói lớn bất thường.", "too_large")
    return read_entry(blob, entry)


def _bag_info(raw: bytes) -> dict[str, str]:
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        raise BundleRejected("bag-info.txt không phải văn bản UTF-8.", "bag_info") from None
    if lines[-1] != "":
        raise BundleRejected("bag-info.txt không kết thúc bằng xuống dòng.", "bag_info")
    info = {}
    for line in lines[:-1]:
        label, sep, value = line.partition(": ")
        if not sep or label not in INFO_LABELS or label in info or not value.strip():
            raise BundleRejected(f"bag-info.txt có dòng không hợp lệ: “{line[:60]}”.", "bag_info")
        info[label] = value
    missing = [label for label in INFO_LABELS if label not in info]
    if missing:
        raise BundleRejected(f"bag-info.txt thiếu trường {missing[0]}.", "bag_info")
    if info["Format-Version"] != str(FORMAT_VERSION):
        raise BundleRejected(
            f"Gói định dạng phiên bản {info['Format-Version'][:8]}; ứng dụng này đọc phiên bản {FORMAT_VERSION}. "
            "Hãy cập nhật ứng dụng.", "format_version")
    if not UNIT_RE.match(info["Unit-Code"]) or not PERIOD_RE.match(info["Period"]) \
            or not re.fullmatch(r"[1-9][0-9]{0,8}", info["Sequence"]):
        raise BundleRejected("bag-info.txt có mã đơn vị, kỳ hoặc số thứ tự không hợp lệ.", "bag_info")
    try:
        date.fromisoformat(info["Bagging-Date"])
    except ValueError:
        raise BundleRejected("bag-info.txt có ngày đóng gói không hợp lệ.", "bag_info") from None
    return info


def _signing_key(unit: str, signature_file: bytes, keys_for: KeyLookup) -> tuple[RegisteredKey, minisign.Signature]:
    try:
        signature = minisign.parse_signature(signature_file)
    except minisign.SignatureError as error:
        raise BundleRejected(f"Chữ ký của gói không hợp lệ: {error}", "signature") from None
    registered = keys_for(unit)
    if not registered:
        raise BundleRejected(f"Chưa đăng ký khóa công khai của đơn vị {unit}: hãy nhập thẻ khóa của đơn vị trước.",
                             "unknown_key")
    for key in registered:
        if key.public_key.key_id == signature.key_id:
            if key.revoked:
                raise BundleRejected(f"Gói được ký bằng khóa {key.key_id} của đơn vị {unit}, khóa này đã bị thu hồi.",
                                     "revoked_key")
            return key, signature
    raise BundleRejected(
        f"Gói được ký bằng khóa {signature.key_id_hex}, không phải khóa đã đăng ký của đơn vị {unit}.", "wrong_key")


def _check_listed(manifest: bytes, files: dict[str, bytes], what: str) -> None:
    listed = {}
    try:
        lines = manifest.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        raise BundleRejected(f"Tệp {what} không phải văn bản UTF-8.", what) from None
    if lines[-1] != "":
        raise BundleRejected(f"Tệp {what} không kết thúc bằng xuống dòng.", what)
    for line in lines[:-1]:
        match = _MANIFEST_LINE.match(line)
        if not match or match.group(2) in listed:
            raise BundleRejected(f"Tệp {what} có dòng không hợp lệ.", what)
        listed[match.group(2)] = match.group(1)
    missing = sorted(set(listed) - set(files))
    if missing:
        raise BundleRejected(f"Gói thiếu tệp {missing[0]} (có trong danh sách kiểm tra).", "missing")
    extra = sorted(set(files) - set(listed))
    if extra:
        raise BundleRejected(f"Gói có tệp thừa {extra[0]} (không có trong danh sách kiểm tra).", "extra")
    for name, digest in listed.items():
        if hashlib.sha256(files[name]).hexdigest() != digest:
            raise BundleRejected(f"Tệp {name} đã bị sửa (mã băm SHA-256 không khớp).", "hash")


def _json(raw: bytes, kind: type, name: str):
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected(f"Tệp {name} không phải JSON hợp lệ.", "payload") from None
    if not isinstance(value, kind):
        raise BundleRejected(f"Tệp {name} không đúng cấu trúc.", "payload")
    return value
