"""The canonical zip container of a bundle: written and read byte by byte.

The app writes one fixed layout (stored entries, UTF-8 names, no extra fields, no
comments, entries back to back, the central directory right after them). The reader
accepts only that layout (plus deflated entries within a compression-ratio limit), checks
that every local header repeats its central-directory record and every CRC-32, so no
byte of the file is left unchecked: a single changed byte anywhere is refused. Nothing is
ever extracted to disk.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .errors import BundleRejected

_LOCAL = struct.Struct("<IHHHHHIIIHH")  # 30 bytes
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # 46 bytes
_END = struct.Struct("<IHHHHIIH")  # 22 bytes
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
UTF8_FLAG = 0x800
STORED, DEFLATED = 0, 8
_VERSION_MADE = (3 << 8) | 20  # unix, zip 2.0
_VERSION_NEEDED = 20
_FILE_ATTR = (0o100644 << 16)


@dataclass(frozen=True)
class Limits:
    max_bundle_bytes: int = 64 * 1024 * 1024
    max_entries: int = 512
    max_entry_bytes: int = 48 * 1024 * 1024
    max_total_bytes: int = 128 * 1024 * 1024
    max_ratio: int = 50  # uncompressed / compressed, for deflated entries above ratio_floor
    ratio_floor: int = 64 * 1024


class Entry(NamedTuple):  # a tuple: thousands are made per second during an import
    name: str
    method: int
    crc: int
    data_offset: int
    compressed_size: int
    size: int


def write_zip(files: list[tuple[str, bytes]], on: date, deflate: bool = False) -> bytes:
    """Entries in the given order, every timestamp the bagging date at 00:00. Format 1
    stores them (``deflate=False``): the PDF and photos are compressed already, and stored
    bytes leave nothing unchecked (deflate padding bits are ignored by every inflater)."""
    dos_time, dos_date = 0, ((on.year - 1980) << 9) | (on.month << 5) | on.day
    out, central = bytearray(), bytearray()
    for name, data in files:
        encoded = name.encode("utf-8")
        crc = zlib.crc32(data)
        offset = len(out)
        method, stored = STORED, data
        if deflate:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            method, stored = DEFLATED, packer.compress(data) + packer.flush()
        out += _LOCAL.pack(_LOCAL_SIG, _VERSION_NEEDED, UTF8_FLAG, method, dos_time, dos_date, crc, len(stored),
                           len(data), len(encoded), 0) + encoded + stored
        central += _CENTRAL.pack(_CENTRAL_SIG, _VERSION_MADE, _VERSION_NEEDED, UTF8_FLAG, method, dos_time, dos_date,
                                 crc, len(stored), len(data), len(encoded), 0, 0, 0, 0, _FILE_ATTR, offset) + encoded
    end = _END.pack(_END_SIG, 0, 0, len(files), len(files), len(central), len(out), 0)
    return bytes(out + central + end)


def read_directory(blob: bytes, limits: Limits) -> list[Entry]:
    """Every entry of a canonical bundle zip, checked against its local header and the limits."""
    if len(blob) > limits.max_bundle_bytes:
        raise BundleRejected(f"Tệp gói quá lớn ({len(blob) // 1048576} MB).", "too_large")
    if len(blob) < _END.size:
        raise BundleRejected("Tệp không phải gói báo cáo (không phải tệp zip).", "not_zip")
    sig, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = _END.unpack_from(blob, len(blob) - _END.size)
    if sig != _END_SIG or disk or cd_disk or on_disk != count or comment:
        raise BundleRejected("Tệp không phải gói báo cáo hợp lệ (phần cuối tệp zip sai hoặc có dữ liệu thừa).",
                             "not_zip")
    if count > limits.max_entries:
        raise BundleRejected(f"Gói có quá nhiều tệp ({count}).", "too_many_entries")
    if cd_offset + cd_size != len(blob) - _END.size:
        raise BundleRejected("Cấu trúc zip của gói không đúng (mục lục không liền kề).", "zip_structure")
    entries, position, expected_offset, total = [], cd_offset, 0, 0
    for _ in range(count):
        entry, position = _central_entry(blob, position, expected_offset, limits)
        total += entry.size
        if total > limits.max_total_bytes:
            raise BundleRejected("Tổng dung lượng giải nén của gói vượt giới hạn (nghi tệp zip bom).", "zip_bomb")
        entries.append(entry)
        expected_offset = entry.data_offset + entry.compressed_size
    if position != cd_offset + cd_size or expected_offset != cd_offset:
        raise BundleRejected("Cấu trúc zip của gói không đúng (có dữ liệu ngoài các tệp).", "zip_structure")
    return entries


def _central_entry(blob: bytes, position: int, local_offset: int, limits: Limits) -> tuple[Entry, int]:
    if position + _CENTRAL.size > len(blob):
        raise BundleRejected("Mục lục zip của gói bị cắt cụt.", "zip_structure")
    (sig, made, needed, flags, method, mtime, mdate, crc, csize, size, name_len, extra_len, comment_len,
     disk, internal, external, offset) = _CENTRAL.unpack_from(blob, position)
    if sig != _CENTRAL_SIG or extra_len or comment_len or disk or internal or offset != local_offset:
        raise BundleRejected("Mục lục zip của gói không đúng định dạng.", "zip_structure")
    if made != _VERSION_MADE or external != _FILE_ATTR:
        raise BundleRejected("Gói có mục không phải tệp thường (thư mục, liên kết...).", "zip_structure")
    if flags not in (0, UTF8_FLAG):
        raise BundleRejected("Gói có tệp mã hóa hoặc dùng tính năng zip không hỗ trợ.", "zip_structure")
    if method not in (STORED, DEFLATED) or (method == STORED and csize != size):
        raise BundleRejected("Gói dùng kiểu nén không hỗ trợ.", "zip_structure")
    if size > limits.max_entry_bytes:
        raise BundleRejected(f"Một tệp trong gói quá lớn ({size // 1048576} MB).", "too_large")
    if method == DEFLATED and size > limits.ratio_floor and size > limits.max_ratio * max(csize, 1):
        raise BundleRejected("Tỉ lệ nén của một tệp trong gói bất thường (nghi tệp zip bom).", "zip_bomb")
    raw_name = blob[position + _CENTRAL.size:position + _CENTRAL.size + name_len]
    local = blob[offset:offset + _LOCAL.size]
    if len(local) != _LOCAL.size or len(raw_name) != name_len:
        raise BundleRejected("Tệp zip của gói bị cắt cụt.", "zip_structure")
    header = _LOCAL.unpack(local)
    data_offset = offset + _LOCAL.size + name_len
    if header != (_LOCAL_SIG, needed, flags, method, mtime, mdate, crc, csize, size, name_len, 0) \
            or needed != _VERSION_NEEDED or blob[offset + _LOCAL.size:data_offset] != raw_name \
            or data_offset + csize > len(blob):
        raise BundleRejected("Phần đầu của một tệp trong zip không khớp với mục lục (tệp đã bị sửa).", "zip_structure")
    try:
        name = raw_name.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRejected("Tên tệp trong gói không phải UTF-8.", "bad_name") from None
    return Entry(name, method, crc, data_offset, csize, size), position + _CENTRAL.size + name_len


def read_entry(blob: bytes, entry: Entry, check_crc: bool = True) -> bytes:
    """The bytes of one entry, CRC-checked unless the caller checks a SHA-256 of them anyway;
    deflated data is inflated only up to its size."""
    raw = blob[entry.data_offset:entry.data_offset + entry.compressed_size]
    if entry.method == DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            data = inflater.decompress(raw, entry.size + 1)
        except zlib.error:
            raise BundleRejected(f"Tệp “{entry.name}” trong gói bị hỏng (không giải nén được).", "crc") from None
        if len(data) != entry.size or not inflater.eof or inflater.unconsumed_tail or inflater.unused_data:
            raise BundleRejected(f"Tệp “{entry.name}” trong gói bị hỏng (kích thước sai).", "crc")
    else:
        data = raw
    if check_crc and zlib.crc32(data) != entry.crc:
        raise BundleRejected(f"Tệp “{entry.name}” trong gói bị hỏng hoặc đã bị sửa (CRC sai).", "crc")
    return data
