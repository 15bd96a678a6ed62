"""``danvan bundle``: export an approved report as a signed bundle, verify a bundle, and
this unit's signing key and its key card."""

from __future__ import annotations

from pathlib import Path

from ..bundles.verify import RegisteredKey, VerifiedBundle, verify_bundle
from ..errors import ValidationError, os_reason
from ..security import keystore
from ..security.signing_keys import parse_key_card
from ..services import bundles, province, report_export, signing
from .context import CliError, ask_secret
from .json_io import print_json


def register(commands) -> None:
    p = commands.add_parser("bundle", help="gói báo cáo: kiểm tra gói, khóa ký của đơn vị",
                            description="Gói báo cáo có chữ ký gửi cấp trên: kiểm tra một gói, quản lý khóa ký và "
                                        "thẻ khóa công khai của đơn vị. Định dạng: docs/bundle-format.md.")
    sub = p.add_subparsers(dest="bundle_command", metavar="LỆNH_CON")
    sub.required = True

    s = sub.add_parser("verify", help="kiểm tra một gói báo cáo (mã thoát 0: hợp lệ, 1: không hợp lệ)",
                       description="Kiểm tra cấu trúc, mã băm, chữ ký, khóa và số thứ tự của một gói trước khi đọc "
                                   "nội dung. Với --keys: dùng các thẻ khóa (*.json) trong thư mục, không cần cơ sở "
                                   "dữ liệu; không có --keys: dùng sổ đăng ký khóa của cơ sở dữ liệu.")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--keys", metavar="DIR", help="thư mục (hoặc tệp) thẻ khóa công khai của các đơn vị")
    s.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    s.set_defaults(handler=cmd_verify)

    k = sub.add_parser("key", help="khóa ký của đơn vị: xuất thẻ khóa, tạo khóa mới, thu hồi",
                       description="Khóa ký Ed25519 của đơn vị, giữ trong kho khóa của hệ điều hành (hoặc được bảo vệ "
                                   "bằng cụm mật khẩu khóa ký riêng của lãnh đạo, biến môi trường "
                                   "DANVAN_SIGNING_PASSPHRASE). Chỉ lãnh đạo tạo khóa và ký gói.")
    ksub = k.add_subparsers(dest="key_command", metavar="LỆNH_CON")
    ksub.required = True
    s = ksub.add_parser("export", help="xuất thẻ khóa công khai để gửi cấp tỉnh",
                        description="Ghi tệp .pub (minisign) và thẻ .json vào thư mục; in dấu vân tay để đọc qua "
                                    "điện thoại cho cấp tỉnh đối chiếu. Tạo khóa nếu đơn vị chưa có.")
    s.add_argument("--out", required=True, metavar="DIR")
    s.add_argument("--key-id", metavar="KEYID", help="khóa cần xuất (mặc định: khóa đang dùng)")
    s.set_defaults(handler=cmd_key_export)
    s = ksub.add_parser("rotate", help="tạo khóa ký mới (khóa cũ vẫn giữ để kiểm tra gói cũ)",
                        description="Tạo khóa ký mới cho đơn vị; các gói sau được ký bằng khóa mới. Hãy xuất và gửi "
                                    "thẻ khóa mới cho cấp tỉnh.")
    s.set_defaults(handler=cmd_key_rotate)
    s = ksub.add_parser("revoke", help="thu hồi một khóa ký (máy bị mất, khóa bị lộ)",
                        description="Thu hồi khóa: không ký được nữa, bí mật bị xóa khỏi kho khóa. Xuất lại thẻ khóa "
                                    "(--key-id) để báo cấp tỉnh.")
    s.add_argument("key_id", metavar="KEYID")
    s.set_defaults(handler=cmd_key_revoke)
    s = ksub.add_parser("list", help="các khóa ký của đơn vị", description="Liệt kê các khóa ký: đang dùng, đã thay, "
                                                                          "đã thu hồi.")
    s.set_defaults(handler=cmd_key_list)


    s = sub.add_parser("export", help="xuất gói báo cáo đã được phê duyệt để gửi cấp tỉnh",
                       description="Ký và ghi gói báo cáo của kỳ (số liệu đã chốt, báo cáo PDF, đơn thư đã ẩn danh, "
                                   "minh chứng chọn thêm). Chỉ lãnh đạo ký và xuất; chỉ báo cáo đã được phê duyệt; "
                                   "xuất lại sau khi sửa cho số thứ tự mới, thay thế gói trước.")
    s.add_argument("--period", required=True, metavar="KỲ", help="mã kỳ: 2026-H1, 2026, ...")
    s.add_argument("--out", required=True, metavar="FILE", help="tệp gói (.zip) sẽ ghi")
    s.add_argument("--evidence", type=int, nargs="*", default=[], metavar="ID",
                   help="số tệp đính kèm (minh chứng) gửi kèm")
    s.set_defaults(handler=cmd_export)

    s = sub.add_parser("pseudonym-key", help="nhập khóa bí danh do cấp tỉnh cấp",
                       description="Nhập khóa bí danh dùng chung của tỉnh (tệp chứa 64 chữ số thập lục phân, do "
                                   "“danvan province pseudonym-key” tạo). Khóa giúp tỉnh nhận ra người gửi đơn ở nhiều "
                                   "xã mà không biết danh tính.")
    s.add_argument("file", metavar="FILE")
    s.set_defaults(handler=cmd_pseudonym_key)


SIGNING_PASSPHRASE_ENV = "DANVAN_SIGNING_PASSPHRASE"


def signing_passphrase(new: bool = False) -> str | None:
    """The leaders' signing passphrase (not the database's), only where the keyring cannot
    hold the signing key; asked twice when it protects a new key."""
    if keystore.keyring_status().secure:
        return None
    return ask_secret("Cụm mật khẩu khóa ký (chỉ lãnh đạo giữ, khác cụm mật khẩu cơ sở dữ liệu): ",
                      SIGNING_PASSPHRASE_ENV, confirm=new)


def cards_lookup(folder: Path):
    paths = sorted(folder.glob("*.json")) if folder.is_dir() else [folder]
    if not paths:
        raise CliError(f"Không có thẻ khóa (*.json) trong {folder}.")
    table: dict[str, list[RegisteredKey]] = {}
    for path in paths:
        try:
            card = parse_key_card(path.read_bytes())
        except OSError as exc:
            raise CliError(f"Không đọc được {path}: {os_reason(exc)}.") from None
        except ValidationError as error:
            raise CliError(f"{path.name}: {error}") from None
        table.setdefault(card.unit_code, []).append(
            RegisteredKey(card.key_id, card.public_key, bool(card.revoked_at)))
    return lambda unit: table.get(unit, [])


def cmd_verify(ctx, args) -> int:
    path = Path(args.file)
    if args.keys:
        try:
            blob = path.read_bytes()
        except OSError as exc:
            raise CliError(f"Không đọc được {path}: {os_reason(exc)}.") from None
        bundle = verify_bundle(blob, cards_lookup(Path(args.keys)))
    else:
        bundle = ctx.with_session(lambda session: province.verify_file(session, path))
    _print_verified(bundle, args.json)
    return 0


def _print_verified(bundle: VerifiedBundle, as_json: bool) -> None:
    if as_json:
        print_json({"valid": True, "unit": bundle.unit_code, "unit_name": bundle.unit_name, "period": bundle.period,
                    "sequence": bundle.sequence, "key_id": bundle.key_id, "digest": bundle.digest,
                    "records": len(bundle.records), "evidence": list(bundle.evidence)})
        return
    print(f"Gói hợp lệ: {bundle.unit_name} ({bundle.unit_code}), kỳ {bundle.period}, số {bundle.sequence}, "
          f"ký bằng khóa {bundle.key_id}; {len(bundle.records)} bản ghi, {len(bundle.evidence)} tệp minh chứng.")


def cmd_pseudonym_key(ctx, args) -> int:
    try:
        text = Path(args.file).read_text("ascii")
    except (OSError, UnicodeDecodeError):
        raise CliError(f"Không đọc được khóa bí danh từ {args.file}.") from None
    ctx.with_session(lambda session: bundles.set_pseudonym_key(session, text))
    print("Đã nhập khóa bí danh của tỉnh.")
    return 0


def cmd_export(ctx, args) -> int:
    exported = ctx.with_session(lambda session: report_export.export_report_bundle(
        session, args.period, Path(args.out), tuple(args.evidence), signing_passphrase()))
    print(f"Đã xuất gói báo cáo {exported.path} (đơn vị {exported.unit_code}, kỳ {exported.period}, "
          f"số thứ tự {exported.sequence}, khóa {exported.key_id}).")
    print(f"SHA-256: {exported.sha256}")
    return 0


def cmd_key_export(ctx, args) -> int:
    def work(session):
        if not args.key_id and not signing.has_signing_key(session):
            signing.ensure_signing_key(session, signing_passphrase(new=True))
        return signing.export_key_card(session, Path(args.out), args.key_id)

    files = ctx.with_session(work)
    print(f"Đã xuất thẻ khóa của {files.card.unit_name} ({files.card.unit_code}):")
    print(f"  {files.json_path}\n  {files.pub_path}")
    print(f"Mã khóa: {files.card.key_id}")
    print(f"Dấu vân tay (đọc cho cấp tỉnh đối chiếu): {files.card.fingerprint}")
    return 0


def cmd_key_rotate(ctx, args) -> int:
    row = ctx.with_session(lambda session: signing.rotate_signing_key(session, signing_passphrase(new=True)))
    print(f"Đã tạo khóa ký mới {row['key_id']}. Hãy xuất thẻ khóa (danvan bundle key export) và gửi cho cấp tỉnh.")
    return 0


def cmd_key_revoke(ctx, args) -> int:
    ctx.with_session(lambda session: signing.revoke_signing_key(session, args.key_id))
    print(f"Đã thu hồi khóa {args.key_id}. Hãy xuất thẻ khóa đã thu hồi (--key-id) và gửi cho cấp tỉnh.")
    return 0


def cmd_key_list(ctx, args) -> int:
    rows = ctx.with_session(signing.signing_key_rows)
    for row in rows:
        state = "đã thu hồi" if row["revoked_at"] else "đã thay" if row["retired_at"] else "đang dùng"
        print(f"{row['key_id']}\t{row['created_at'][:10]}\t{state}\t{row['storage']}")
    if not rows:
        print("Đơn vị chưa có khóa ký.")
    return 0
