#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of README.md:
#   bash installer/setup.sh demo   install what is missing, build, open the window on a demo store
#   bash installer/setup.sh test   install what is missing, build with -Werror, run every test suite,
#                                  then every fuzz target for 10 000 runs from a fixed seed
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in
    demo|test) ;;
    *) echo "usage: bash installer/setup.sh demo|test" >&2; exit 2 ;;
esac

bash installer/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
if [ "$mode" = test ]; then
    cmake -S . -B build -G Ninja -DRELEASEDESK_WERROR=ON
    cmake --build build --parallel "$jobs"
    (cd build && ctest --output-on-failure --parallel "$jobs")
    # Then every parser under libFuzzer (README: Fuzzing): the committed corpus replayed and
    # 10 000 runs each from a fixed seed, so that the step fails when the code is wrong and not by
    # chance; a crash fails the run. Built at -O0, which halves the build; about 2.5 minutes of
    # runs on two cores.
    cmake -S . -B build-fuzz -G Ninja -DRELEASEDESK_FUZZ=ON -DRELEASEDESK_FUZZ_OPTIMIZATION=0 \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
    cmake --build build-fuzz --parallel "$jobs" --target fuzz_targets
    FUZZ_JOBS=$jobs exec bash tests/fuzz/run.sh build-fuzz --runs 10000
fi

cmake -S . -B build -G Ninja
cmake --build build --parallel "$jobs"
store=build/demo/Demo.rdstore
# A demo store made by an older ReleaseDesk (fewer records) is made again.
demo_version=6
if [ -d "$store" ] && [ "$(cat build/demo/version 2>/dev/null)" != "$demo_version" ]; then
    rm -rf "$store"
fi
if [ ! -d "$store" ]; then
    ./build/releasedesk demo "$store"
    echo "$demo_version" > build/demo/version
fi
echo
echo "Demo store: $store — users admin, qc.analyst, qa.reviewer, qp.release, auditor;"
echo "password for all: ReleaseDesk-demo-2026"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display here, so the window was not opened. On a desktop, run:"
    echo "    ./build/releasedesk --store $store --user qa.reviewer"
    exit 0
fi
exec ./build/releasedesk --store "$store" --user qa.reviewer
