#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what ReleaseDesk needs to build, test and run on Debian 12 (and Debian-like systems
# with the same packages). Idempotent: when everything is present it changes nothing and does
# not even refresh the package lists. Uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev libsqlcipher-dev libsodium-dev libqrencode-dev libpwquality-dev
    libicu-dev libsimdjson-dev libgoogle-perftools-dev
    # run: cracklib's word list, against which passwords are checked (libpwquality)
    cracklib-runtime
    # run: Qt's own translations, fonts for the window and for printed documents (DejaVu, and
    # IPA Gothic for Japanese)
    qt6-translations-l10n fonts-dejavu-core fonts-ipafont-gothic
    # test: the stock sqlcipher shell (opening a store with its raw key is tested), and
    # poppler's pdftotext and pdfinfo (the text and metadata of printed documents are tested)
    sqlcipher poppler-utils
    # test: strace watches for network calls while the offline test runs without a network
    strace
    # package: CPack's .deb (dpkg-shlibdeps, file), the validators of the desktop entry,
    # metainfo and man page, and debootstrap for installing the .deb into a fresh root
    dpkg-dev file desktop-file-utils appstream groff-base debootstrap
    # fuzz: clang (clang++) and its libFuzzer, ASan and UBSan runtimes for tests/fuzz, and
    # llvm for llvm-symbolizer: LeakSanitizer matches its suppressions against symbolized
    # frames, so without it the one suppressed leak (tests/fuzz/lsan.supp) fails the run
    clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are present."
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root, or install sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
