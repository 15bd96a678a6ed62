"""The verifier refuses every tampered, forged, replayed or malicious bundle, with a reason."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan_desktop.bundles import bag_format, minisign
from danvan_desktop.bundles.errors import BundleRejected
from danvan_desktop.bundles.verify import verify_bundle
from danvan_desktop.bundles.zip_container import Limits
from tests.bundles.helpers import entries, make_bundle, registry, repack, replace_entry

KEY = minisign.SecretKey.generate()
OTHER = minisign.SecretKey.generate()
BLOB = make_bundle(KEY)


def rejected(blob, keys=None, **kwargs) -> BundleRejected:
    with pytest.raises(BundleRejected) as caught:
        verify_bundle(blob, keys or registry(KEY), **kwargs)
    message = str(caught.value)
    assert message and "\n" not in message and message[0].isupper()
    return caught.value


def test_valid_bundle_verifies_and_returns_the_payload():
    bundle = verify_bundle(BLOB, registry(KEY))
    assert (bundle.unit_code, bundle.period, bundle.sequence) == ("02266", "2026-H1", 1)
    assert bundle.key_id == KEY.public().key_id_hex
    assert bundle.figures["petitions"]["received"] == 3
    assert bundle.records[0]["petitioners"] == ["PABC"]
    assert bundle.evidence == ("biên bản họp.jpg",)


def test_same_inputs_same_bytes():
    assert make_bundle(KEY) == BLOB


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(min_value=0, max_value=len(BLOB) - 1), delta=st.integers(min_value=1, max_value=255))
def test_any_single_changed_byte_is_rejected(position, delta):
    changed = bytearray(BLOB)
    changed[position] = (changed[position] + delta) % 256
    rejected(bytes(changed))


def test_truncated_or_extended_file_is_rejected():
    assert rejected(BLOB[:-1]).code == "not_zip"
    assert rejected(BLOB + b"\0").code == "not_zip"
    assert rejected(b"PK" + BLOB).code == "zip_structure"


def test_payload_changed_with_a_fresh_crc_fails_its_hash():
    blob = replace_entry(BLOB, "data/figures.json", lambda d: d.replace(b'"received": 3', b'"received": 9'))
    assert rejected(blob).code == "hash"


def test_manifest_rewritten_to_match_fails_the_tag_manifest():
    import hashlib

    new_figures = None

    def edit(files):
        nonlocal new_figures
        out = []
        for name, data in files:
            if name.endswith("data/figures.json"):
                new_figures = data.replace(b'"received": 3', b'"received": 9')
                data = new_figures
            out.append((name, data))
        for i, (name, data) in enumerate(out):
            if name.endswith("/manifest-sha256.txt"):
                lines = [line for line in data.decode().splitlines() if not line.endswith("data/figures.json")]
                lines.append(f"{hashlib.sha256(new_figures).hexdigest()}  data/figures.json")
                out[i] = (name, ("\n".join(lines) + "\n").encode())
        return out

    assert rejected(repack(edit(entries(BLOB)))).code == "hash"


def test_forged_signature_is_rejected():
    def forge(data: bytes) -> bytes:
        lines = data.split(b"\n")
        import base64

        raw = bytearray(base64.b64decode(lines[1]))
        raw[20] ^= 1
        lines[1] = base64.b64encode(bytes(raw))
        return b"\n".join(lines)

    error = rejected(replace_entry(BLOB, ".minisig", forge))
    assert error.code == "signature" and "Chữ ký" in str(error)


def test_trusted_comment_edited_is_rejected():
    blob = replace_entry(BLOB, ".minisig", lambda d: d.replace(b"sequence=1", b"sequence=7"))
    assert rejected(blob).code == "signature"


def test_wrong_key_and_unknown_unit():
    assert rejected(BLOB, registry(OTHER)).code == "wrong_key"
    assert rejected(BLOB, lambda unit: []).code == "unknown_key"
    # Signed by another key that claims to be the unit: refused although the signature is valid.
    assert rejected(make_bundle(OTHER)).code == "wrong_key"


def test_revoked_key_is_rejected():
    error = rejected(BLOB, registry(KEY, revoked=(KEY,)))
    assert error.code == "revoked_key" and "thu hồi" in str(error)


def test_older_sequence_is_rejected():
    assert verify_bundle(BLOB, registry(KEY), min_sequence=1).sequence == 1
    error = rejected(BLOB, min_sequence=2)
    assert error.code == "old_sequence" and "cũ hơn" in str(error)
    assert rejected(BLOB, min_sequence=lambda unit, period: 5).code == "old_sequence"


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "danvan-02266-2026-H1-001/../../evil",
                                  "danvan-02266-2026-H1-001\\data\\x", "danvan-02266-2026-H1-001/data/./x",
                                  "C:/windows/x", "evil.txt"])
def test_zip_slip_paths_are_rejected(name):
    blob = repack(entries(BLOB) + [(name, b"x")])
    assert rejected(blob).code == "unsafe_path"


def test_duplicate_names_are_rejected():
    files = entries(BLOB)
    blob = repack(files + [files[-1]])
    assert rejected(blob).code == "duplicate"
    upper = [(files[-1][0].upper().replace("DANVAN", "danvan"), b"x")]
    assert rejected(repack(files + upper)).code in ("duplicate", "unsafe_path")
    import unicodedata

    nfc = [n for n, _ in files if "biên" in n][0]
    assert rejected(repack(files + [(unicodedata.normalize("NFD", nfc), b"x")])).code == "duplicate"


def test_zip_bomb_ratio_and_total_size_are_rejected():
    bomb = repack(entries(BLOB) + [("danvan-02266-2026-H1-001/data/evidence/zeros.bin", b"\0" * 5_000_000)],
                  deflate=True)
    error = rejected(bomb)
    assert error.code == "zip_bomb" and "zip bom" in str(error)
    assert rejected(BLOB, limits=Limits(max_total_bytes=1000)).code == "zip_bomb"
    assert rejected(BLOB, limits=Limits(max_entries=3)).code == "too_many_entries"
    assert rejected(BLOB, limits=Limits(max_entry_bytes=100)).code == "too_large"


def test_deflated_bundle_within_limits_verifies():
    assert verify_bundle(repack(entries(BLOB), deflate=True), registry(KEY)).sequence == 1


def test_missing_and_extra_files_are_rejected():
    files = entries(BLOB)
    without_pdf = [(n, d) for n, d in files if not n.endswith("data/report.pdf")]
    error = rejected(repack(without_pdf))
    assert error.code == "missing" and "report.pdf" in str(error)
    extra = repack(files + [("danvan-02266-2026-H1-001/data/evidence/them.jpg", b"x")])
    error = rejected(extra)
    assert error.code == "extra" and "them.jpg" in str(error)
    extra_tag = repack(files + [("danvan-02266-2026-H1-001/fetch.txt", b"http://x 1 data/y\n")])
    assert rejected(extra_tag).code == "extra"
    no_signature = repack([(n, d) for n, d in files if not n.endswith(".minisig")])
    assert rejected(no_signature).code == "missing"


def test_renamed_root_folder_is_rejected():
    files = [(n.replace("-001/", "-002/"), d) for n, d in entries(BLOB)]
    assert rejected(repack(files)).code == "structure"


def test_newer_format_is_refused_with_advice():
    error = rejected(replace_entry(BLOB, "bag-info.txt", lambda d: d.replace(b"Format-Version: 1", b"Format-Version: 2")))
    assert error.code == "format_version" and "cập nhật" in str(error)


def test_not_a_zip():
    assert rejected(b"hello").code == "not_zip"
    assert rejected(b"").code == "not_zip"


def test_writer_refuses_bad_evidence_names():
    from danvan_desktop.errors import ValidationError

    for name in ("../x.jpg", "a/b.jpg", ".hidden", "x%41.jpg"):
        with pytest.raises(ValidationError):
            make_bundle(KEY, evidence=[(name, b"x")])
    with pytest.raises(ValidationError):
        make_bundle(KEY, evidence=[("A.jpg", b"x"), ("a.jpg", b"y")])


def test_key_file_formats_round_trip():
    public = KEY.public()
    assert minisign.parse_public_key(public.to_file()) == public
    fingerprint = public.fingerprint()
    assert len(fingerprint.split("-")) == 8 and all(len(g) == 4 for g in fingerprint.split("-"))
    signature = KEY.sign(b"abc", "t")
    assert minisign.verify(b"abc", signature, public) == "t"
    with pytest.raises(minisign.SignatureError):
        minisign.verify(b"abd", signature, public)
    assert bag_format.trusted_comment("02266", "2026-H1", 3) == "danvan-bundle/1 unit=02266 period=2026-H1 sequence=3"
