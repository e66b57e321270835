#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ReleaseDesk without any network: inside a network namespace that has nothing but a loopback
# that is down (`unshare -n`), a demo store is made, verified and reported to PDF, a GUI suite
# runs on the offscreen platform, and core suites run; each under `strace -f` watching network
# calls. Nothing may create or use an IPv4, IPv6 or netlink-route socket (a local Unix socket,
# e.g. a D-Bus attempt, is fine), and each step must end well inside its time limit, so that
# nothing waits on a network timeout. Run by CTest with the build directory:
#   offline-test.sh BUILD
# RELEASEDESK_OFFLINE_SUITES names the suites (default: a few core and GUI ones; "all": every
# tst_* executable of the build), RELEASEDESK_OFFLINE_LIMIT the seconds each may take (180).
# Exit 77 (CTest: skipped) says why it cannot run here.
set -euo pipefail
build=$(cd "${1:?build directory}" && pwd)
binary=${RELEASEDESK_BINARY:-$build/releasedesk}
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }

if [ "${2:-}" != inside ]; then
    command -v unshare >/dev/null || skip "unshare (util-linux) is not installed"
    command -v strace >/dev/null || skip "strace is not installed (installer/install-deps.sh)"
    strace -f --seccomp-bpf -qq -e trace=%network -o /dev/null true 2>/dev/null ||
        skip "strace cannot trace here (ptrace is not permitted)"
    if unshare -n true 2>/dev/null; then
        exec unshare -n bash "$0" "$build" inside
    elif unshare -rn true 2>/dev/null; then
        exec unshare -rn bash "$0" "$build" inside
    fi
    skip "no network namespace can be made here (unshare -n and unshare -rn are refused)"
fi

# Inside the namespace from here on.
interfaces=$(awk 'NR > 2 { sub(":", "", $1); print $1 }' /proc/net/dev | tr '\n' ' ')
[ "$interfaces" = "lo " ] || fail "the namespace has network interfaces: $interfaces"

work=$(mktemp -d "${TMPDIR:-/tmp}/releasedesk-offline.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_RUNTIME_DIR=$work/runtime XDG_CACHE_HOME=$work/cache
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en RELEASEDESK_TESTING_MINIMUM_KDF=1
password=ReleaseDesk-demo-2026

# The calls of a trace that reach for the network: IPv4/IPv6 sockets and netlink-route sockets
# (interface and address lookups) may not even be made; a connect or send to an IP address may
# not happen on any socket.
# One exception: the print preview asks the local print system (CUPS, IPP on port 631 of the
# loopback) for its printers, as every Qt application printing on Linux does; that is the
# workstation's own spooler, not the network, and it answers or refuses at once.
network_calls() {
    local spooler
    spooler=$(grep -E 'connect\(.*htons\(631\).*(inet_addr\("127\.0\.0\.1"\)|"::1")' "$1" |
        grep -oE '<TCP(v6)?:\[[0-9]+\]>' | sort -u || true)
    grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET),|socket\(AF_NETLINK, [^)]*NETLINK_ROUTE|(connect|sendto|sendmsg|sendmmsg|bind)\(.*(AF_INET|AF_INET6|<TCP|<UDP|NETLINK:\[ROUTE)' \
        "$1" | grep -vF "${spooler:-no spooler connects}" || true
}

# The watch must see what it watches for: a connect to a local TCP port is found.
strace -f --seccomp-bpf -qq -yy -e trace=%network -o "$work/control.trace" \
    bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null || true
[ -n "$(network_calls "$work/control.trace")" ] || fail "the trace check misses a TCP connect"

# step NAME LIMIT_SECONDS COMMAND...: runs it traced, bounded, and checks the trace.
# Standard input is passed on (the password for --password-stdin); run it in this shell, not
# in a pipeline, so that a failure ends the script.
steps=0
step() {
    local name=$1 limit=$2
    shift 2
    local trace=$work/$name.trace log=$work/$name.log start end status=0
    start=$(date +%s%N)
    timeout --kill-after=5 "$limit" \
        strace -f --seccomp-bpf -qq -yy -e trace=%network -o "$trace" "$@" >"$log" 2>&1 ||
        status=$?
    end=$(date +%s%N)
    local ms=$(((end - start) / 1000000))
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
        tail -n 20 "$log" >&2
        fail "$name did not finish within $limit s"
    fi
    if [ "$status" -ne 0 ]; then
        tail -n 40 "$log" >&2
        fail "$name exited with $status"
    fi
    local found
    found=$(network_calls "$trace")
    if [ -n "$found" ]; then
        echo "$found" | head -n 20 >&2
        fail "$name reached for the network (see the calls above)"
    fi
    local unix
    unix=$(grep -cE '^[0-9]+ +connect\(.*AF_UNIX' "$trace" || true)
    echo "ok: $name in $ms ms (limit $limit s; $unix local-socket connects, no network calls)"
    steps=$((steps + 1))
}

store=$work/Demo.rdstore
step demo 120 "$binary" demo "$store" --batches 12 </dev/null
step verify 60 "$binary" verify "$store" --user admin --password-stdin <<<"$password"
step report 60 "$binary" report "$store" audit -o "$work/audit.pdf" --user admin \
    --password-stdin <<<"$password"
[ -s "$work/audit.pdf" ] || fail "report wrote no PDF"
head -c 5 "$work/audit.pdf" | grep -q '%PDF-' || fail "report did not write a PDF"

suites=${RELEASEDESK_OFFLINE_SUITES:-tst_store tst_audittrail tst_import tst_reports tst_gui_unlock}
if [ "$suites" = all ]; then
    suites=$(cd "$build/tests" && ls tst_* | tr '\n' ' ')
fi
for suite in $suites; do
    exe=$build/tests/$suite
    [ -x "$exe" ] || fail "$exe is not built"
    step "$suite" "${RELEASEDESK_OFFLINE_LIMIT:-180}" "$exe" </dev/null
done
echo "offline: $steps steps without any network call"
