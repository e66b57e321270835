#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of what ReleaseDesk installs. Run by CTest with the build directory:
#   package-test.sh files BUILD     the desktop entry, metainfo and man page validate
#   package-test.sh contents BUILD  the .deb holds every file it must, with its dependencies
#   package-test.sh install BUILD   the .deb installs into a fresh Debian 12 root (debootstrap)
#                                   with apt resolving its dependencies, and runs there headless
# Exit 77 (CTest: skipped) says why a test cannot run here, e.g. without root or network.
set -euo pipefail
# Output is captured before it is searched: `producer | grep -q` fails under pipefail whenever
# grep stops reading early and the producer gets SIGPIPE.
mode=${1:?mode}
build=$(cd "${2:?build directory}" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
app_id=org.releasedesk.ReleaseDesk
work=$(mktemp -d "${TMPDIR:-/tmp}/releasedesk-package.XXXXXX")
root=""

cleanup() {
    set +e
    if [ -n "$root" ] && [ -d "$root" ]; then
        # Everything mounted below the root (proc, and devices debootstrap may bind), deepest
        # first; the root is removed only when nothing is mounted there any more. (The root
        # itself is no mount point, so the kernel's table is read rather than findmnt -R.)
        mounted() { awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/self/mounts; }
        mounted | sort -r | xargs -r -n1 umount -l
        if [ -n "$(mounted)" ]; then
            echo "left $root in place: something is still mounted there" >&2
        else
            rm -rf --one-file-system "$root"
        fi
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }

make_deb() {
    (cd "$work" && cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) ||
        { cat "$work/cpack.log" >&2; fail "cpack could not make the .deb"; }
    deb=$(ls "$work"/out/releasedesk_*.deb)
}

case "$mode" in
files)
    for tool in desktop-file-validate appstreamcli groff; do
        command -v "$tool" >/dev/null || fail "$tool is missing: bash installer/install-deps.sh installs it"
    done
    desktop-file-validate "$source_dir/installer/$app_id.desktop"
    appstreamcli validate --no-net "$source_dir/installer/$app_id.metainfo.xml"
    # groff says nothing when the page is well formed.
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$source_dir/installer/releasedesk.1" 2>&1)
    [ -z "$warnings" ] || fail "man page: $warnings"
    # The man page names every verb that the command line knows.
    help=$("$build/releasedesk" --help)
    page=$(sed 's/\\-/-/g' "$source_dir/installer/releasedesk.1")
    verbs=$(sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' <<<"$help")
    [ -n "$verbs" ] || fail "no verbs found in releasedesk --help"
    for verb in $verbs; do
        grep -q "^\.B $verb " <<<"$page" || fail "the man page lacks the verb $verb"
    done
    echo "desktop entry, metainfo and man page are valid"
    ;;
contents)
    make_deb
    listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
    expected=(
        ./usr/bin/releasedesk
        ./usr/share/applications/$app_id.desktop
        ./usr/share/metainfo/$app_id.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/$app_id.svg
        ./usr/share/man/man1/releasedesk.1.gz
        ./usr/share/doc/releasedesk/copyright
        ./usr/share/releasedesk/translations/releasedesk_nl.qm
        ./usr/share/releasedesk/translations/releasedesk_de.qm
        ./usr/share/releasedesk/translations/releasedesk_ja.qm
    )
    for size in 16 22 24 32 48 64 128 256 512; do
        expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    for f in "${expected[@]}"; do
        grep -qxF "$f" <<<"$listing" || fail "the package lacks $f"
    done
    depends=$(dpkg-deb -f "$deb" Depends)
    for lib in libqt6widgets6 libqt6printsupport6 libsqlcipher0 libsodium23 libqrencode4 \
               libtcmalloc-minimal4 libqcustomplot2.1-qt6 qt6-translations-l10n fonts-dejavu-core fonts-ipafont-gothic; do
        grep -q "$lib" <<<"$depends" || fail "the package does not depend on $lib: $depends"
    done
    echo "the package holds all ${#expected[@]} files and depends on: $depends"
    ;;
install)
    [ "$(id -u)" -eq 0 ] || skip "installing into a fresh root needs root (debootstrap, chroot)"
    command -v debootstrap >/dev/null || skip "debootstrap is not installed"
    root=$(mktemp -d /var/tmp/releasedesk-root.XXXXXX)
    mkdir "$root/probe"
    mount -t tmpfs probe "$root/probe" 2>/dev/null ||
        skip "this machine cannot mount (a container without privileges); see README"
    umount "$root/probe"
    rmdir "$root/probe"
    mirror=${RELEASEDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    make_deb
    echo "debootstrap bookworm from $mirror"
    if ! debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1; then
        if grep -qiE "release file|resolv|could not|couldn't download|connection|network" \
            "$work/debootstrap.log"; then
            tail -3 "$work/debootstrap.log"
            skip "the Debian mirror $mirror cannot be reached"
        fi
        tail -20 "$work/debootstrap.log" >&2
        fail "debootstrap failed"
    fi
    mount -t proc proc "$root/proc"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    cp "$deb" "$root/tmp/"
    # No service starts inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod +x "$root/usr/sbin/policy-rc.d"
    in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
    in_root apt-get update -qq >"$work/update.log" 2>&1 ||
        { tail -3 "$work/update.log"; skip "apt-get update cannot reach the Debian mirror"; }
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get install"; }
    echo "installed with its dependencies: $(in_root dpkg-query -W releasedesk)"
    in_root releasedesk --version
    in_root releasedesk demo /root/Demo.rdstore --batches 12 >"$work/demo.log" ||
        { cat "$work/demo.log" >&2; fail "releasedesk demo"; }
    printf 'ReleaseDesk-demo-2026\n' |
        in_root releasedesk verify /root/Demo.rdstore --user auditor --password-stdin
    # A document: the offscreen platform, the embedded font and the register all work there.
    printf 'ReleaseDesk-demo-2026\n' |
        in_root releasedesk report /root/Demo.rdstore audit --user auditor --password-stdin \
            --language ja -o /root/audit.pdf
    [ -s "$root/root/audit.pdf" ] || fail "no PDF written"
    # The installed catalogues are found: the command line speaks German with LANG=de_DE.
    german=$(in_root env LANG=de_DE.UTF-8 releasedesk --help)
    grep -q "Befehle" <<<"$german" ||
        fail "the German catalogue was not loaded from /usr/share/releasedesk/translations"
    echo "releasedesk --version, demo, verify and report ran in a fresh Debian 12 root"
    ;;
*)
    fail "unknown mode $mode"
    ;;
esac
