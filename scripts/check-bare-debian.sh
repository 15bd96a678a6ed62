#!/usr/bin/env bash
# Run the README's test command on a bare Debian 12: a chroot made with
# `debootstrap --variant=minbase` holding only python3, venv, pip and git, into which the
# committed tree (HEAD) is copied; then `./scripts/dev.sh test` runs there as root, so it
# installs the Debian packages and the .venv itself, exactly as on a fresh PC.
#
#   sudo scripts/check-bare-debian.sh                      the whole suite
#   sudo scripts/check-bare-debian.sh tests/cli -x         pytest arguments, as dev.sh takes them
#
# Slow (a few hundred MB of packages, then the suite). Needs root, debootstrap and the network.
# DANVAN_CHROOT=/var/tmp/danvan-bare reuses (or keeps) that chroot: a second run skips
# debootstrap, and the packages dev.sh installed are already there. Without it a new
# temporary chroot is made and removed afterwards. DEBIAN_MIRROR picks the mirror.
# Behind a TLS-intercepting proxy, PIP_CERT (a CA bundle on this machine) is copied in and
# given to pip inside; nothing else of this machine's set-up is.
# Exit status: pytest's.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
    echo "Cần quyền root (debootstrap, chroot): sudo $0 $*" >&2
    exit 2
fi
command -v debootstrap >/dev/null || { echo "Thiếu debootstrap: apt-get install debootstrap" >&2; exit 2; }

if [ -n "${DANVAN_CHROOT:-}" ]; then
    target=$DANVAN_CHROOT
    keep=1
else
    target=$(mktemp -d "${TMPDIR:-/var/tmp}/danvan-bare.XXXXXX")
    keep=0
fi

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    [ "$keep" -eq 1 ] || rm -rf --one-file-system "$target"
}
trap cleanup EXIT

if [ ! -x "$target/usr/bin/python3" ]; then
    echo "debootstrap bookworm (minbase) → $target" >&2
    debootstrap --variant=minbase --include=python3,python3-venv,python3-pip,git,ca-certificates \
        bookworm "$target" "$MIRROR" >"$target.debootstrap.log" 2>&1 \
        || { tail -n 30 "$target.debootstrap.log" >&2; exit 1; }
    rm -f "$target.debootstrap.log"
fi

for fs in proc sys dev dev/pts; do
    mkdir -p "$target/$fs"
    case $fs in
        proc) mount -t proc proc "$target/proc" ;;
        sys) mount -t sysfs sys "$target/sys" ;;
        *) mount --bind "/$fs" "$target/$fs" ;;
    esac
    mounted+=("$target/$fs")
done
cp -L /etc/resolv.conf "$target/etc/resolv.conf"

# The committed tree only: what a fresh clone would hold (no .venv, no local changes).
rm -rf "$target/src"
mkdir -p "$target/src"
git -C "$ROOT" archive --format=tar HEAD | tar -x -C "$target/src"

inside_env=(HOME=/root TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
    cp -L "$PIP_CERT" "$target/etc/ssl/certs/host-pip-ca.crt"
    inside_env+=(PIP_CERT=/etc/ssl/certs/host-pip-ca.crt)
fi

echo "./scripts/dev.sh test $* (trong chroot)" >&2
status=0
chroot "$target" /usr/bin/env -i "${inside_env[@]}" \
    /bin/bash -c 'cd /src && ./scripts/dev.sh test -p no:cacheprovider "$@" </dev/null' bash "$@" || status=$?
echo "Kết quả trên Debian 12 minbase: mã thoát $status" >&2
exit "$status"
