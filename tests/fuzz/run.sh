#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets of a RELEASEDESK_FUZZ build, for a bounded time or a fixed number of
# runs each.
#
#   bash tests/fuzz/run.sh BUILD_DIR --runs N [TARGET...]   replay, then N runs from a fixed seed
#   bash tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]    random fuzzing for SECONDS each
#
# --runs is what the test command does: the corpus is only files that do not change from one run
# to the next (the schema examples, the Allotrope cell-counting files of the shared fixtures and
# the committed seeds, tests/fuzz/seeds/TARGET), and libFuzzer starts from the seed FUZZ_SEED
# (default 1), so the same code gives the same runs and the step fails only when the code is
# wrong. SECONDS adds what the real binary makes to the corpus (the exports of a small demo
# store, its keyslots.json, and a certificate of analysis issued from it, which
# fuzz_verify_document checks against a copy of that store) and a random seed: longer, wider,
# not repeatable. Prints one line per target; exits non-zero when any target crashed, leaked,
# broke a rule of UBSan or timed out, and says where the reproducer is.
#
# Environment: RELEASEDESK_BINARY (default build/releasedesk, a normal build),
# RELEASEDESK_SHARED_FIXTURES (default ../shared/fixtures next to the repository),
# FUZZ_JOBS (targets run at once, default 2), FUZZ_ARTIFACTS (where reproducers go, default
# BUILD_DIR/fuzz/artifacts), FUZZ_CORPUS_OUT (a folder to keep the grown corpora in).
set -euo pipefail

targets_all=(fuzz_batch_json fuzz_qc_csv fuzz_qc_json fuzz_spec_json fuzz_asm_json
             fuzz_keyslots fuzz_verify_document)

usage() {
    echo "usage: bash tests/fuzz/run.sh BUILD_DIR (--runs N | SECONDS) [TARGET...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
runs=
seconds=
if [ "$2" = --runs ]; then
    [ $# -ge 3 ] || usage
    runs=$3
    shift 3
else
    seconds=$2
    shift 2
fi
case "${runs}${seconds}" in '' | *[!0-9]*) usage ;; esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${targets_all[@]}")
binary=${RELEASEDESK_BINARY:-$root/build/releasedesk}
fixtures=${RELEASEDESK_SHARED_FIXTURES:-$root/../shared/fixtures}
jobs=${FUZZ_JOBS:-2}
artifacts=${FUZZ_ARTIFACTS:-$build/fuzz/artifacts}
examples=$root/resources/schemas/examples

for t in "${targets[@]}"; do
    [ -x "$build/fuzz/$t" ] || {
        echo "fuzz: $build/fuzz/$t is missing; build it with: cmake --build $1 --target fuzz_targets" >&2
        exit 2
    }
done
[ -x "$binary" ] || {
    echo "fuzz: $binary is missing: the seeds need a normal build (or set RELEASEDESK_BINARY)" >&2
    exit 2
}
[ -d "$fixtures/asm/cell-counting" ] || {
    echo "fuzz: no Allotrope files in $fixtures/asm/cell-counting (set RELEASEDESK_SHARED_FIXTURES)" >&2
    exit 2
}

work=$(mktemp -d "${TMPDIR:-/tmp}/releasedesk-fuzz.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
mkdir -p "$work/tmp" "$artifacts"

# What the real binary makes, from a small demo store.
export RELEASEDESK_TESTING_MINIMUM_KDF=1 QT_QPA_PLATFORM=offscreen
store=$work/Demo.rdstore
made=$work/made
mkdir -p "$made"
password=ReleaseDesk-demo-2026
seeds_log=$work/seeds.log
made_by() { # what the binary says goes to seeds.log, and all of it to standard error on failure
    "$binary" "$@" >> "$seeds_log" 2>&1 || { cat "$seeds_log" >&2; exit 1; }
}
made_by demo "$store" --batches 3
# The seeds the binary makes are new files each time (keys, times): random fuzzing only.
if [ -z "$runs" ]; then
    for what in specifications batches; do
        made_by export "$store" "$what" --format json --out "$made/$what.json" \
            --user admin --password-stdin <<< "$password"
    done
    for format in json csv; do
        made_by export "$store" results --format "$format" --out "$made/results.$format" \
            --user qc.analyst --password-stdin <<< "$password"
    done
    batch=$(grep -o '"batchNumber": *"[^"]*"' "$made/batches.json" | head -n 1 | sed 's/.*: *"\(.*\)"/\1/')
    made_by report "$store" coa --batch "$batch" -o "$made/coa.pdf" \
        --user qa.reviewer --password-stdin <<< "$password"
    cp "$store/keyslots.json" "$made/keyslots.json"
fi

seed() { # TARGET FILE...
    mkdir -p "$work/corpus/$1"
    local t=$1
    shift
    for f in "$@"; do [ -f "$f" ] && cp "$f" "$work/corpus/$t/$(basename "$f")"; done
    return 0
}
seed fuzz_spec_json "$examples/specification.example.json" "$made/specifications.json"
seed fuzz_batch_json "$examples/batch-record.example.json" "$made/batches.json"
seed fuzz_qc_json "$examples/qc-results.example.json" "$made/results.json"
seed fuzz_qc_csv "$examples/qc-results.example.csv" "$made/results.csv"
seed fuzz_asm_json "$fixtures"/asm/cell-counting/*.json
seed fuzz_keyslots "$made/keyslots.json"
seed fuzz_verify_document "$made/coa.pdf"
for t in "${targets_all[@]}"; do
    [ -d "$root/tests/fuzz/seeds/$t" ] && seed "$t" "$root/tests/fuzz/seeds/$t"/*
done

# A dictionary per JSON target: the member names and short strings of its seeds.
for t in "${targets_all[@]}"; do
    case $t in fuzz_qc_csv | fuzz_verify_document) continue ;; esac
    cat "$work/corpus/$t"/* | grep -a -o '"[A-Za-z0-9$@#%/:._ -]\{1,40\}"' | sort -u \
        > "$work/$t.dict" || true
done

export TMPDIR=$work/tmp
# Qt's hashes are seeded at random in each process, which changes the order, and so the coverage,
# of what iterates over them: fixed for the runs from a fixed seed.
[ -n "$runs" ] && export QT_HASH_SEED=0
export RELEASEDESK_FUZZ_STORE=$store
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}
# The suppressions name functions, which LeakSanitizer sees only through llvm-symbolizer; on a
# machine without it a suppressed leak would be reported as a crash.
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
if [ -z "$symbolizer" ]; then
    echo "fuzz: llvm-symbolizer is missing (bash installer/install-deps.sh installs it)" >&2
    exit 1
fi
export ASAN_SYMBOLIZER_PATH=$symbolizer

run_one() { # TARGET
    local t=$1 dict=()
    [ -f "$work/$t.dict" ] && dict=(-dict="$work/$t.dict")
    local bound=(-max_total_time="$seconds")
    [ -n "$runs" ] && bound=(-runs="$runs" -seed="${FUZZ_SEED:-1}")
    "$build/fuzz/$t" "$work/corpus/$t" "${dict[@]}" "${bound[@]}" -timeout=10 \
        -rss_limit_mb=2560 -malloc_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$t-" > "$work/$t.log" 2>&1
}

status=0
report() { # TARGET EXIT
    local t=$1 rc=$2
    local log=$work/$t.log runs speed cov ft corpus
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*' || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*' || true)
    corpus=$(ls "$work/corpus/$t" | wc -l)
    if [ "$rc" -eq 0 ]; then
        printf '%-22s ok      %9s runs %6s/s  cov %5s  ft %6s  corpus %5s\n' \
            "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$corpus"
    else
        status=1
        local reproducer
        reproducer=$(grep -o "Test unit written to [^ ]*" "$log" | tail -n 1 | sed 's/Test unit written to //' || true)
        printf '%-22s FAILED  (exit %s) after %s runs; reproducer: %s\n' \
            "$t" "$rc" "${runs:-?}" "${reproducer:-none written}"
        echo "----- $t: end of its log -----"
        grep -v '^#[0-9]' "$log" | tail -n 60
        cp "$log" "$artifacts/$t.log"
        echo "----- (whole log: $artifacts/$t.log; run again with: $build/fuzz/$t ${reproducer:-FILE})"
    fi
    if [ -n "${FUZZ_CORPUS_OUT:-}" ]; then
        mkdir -p "$FUZZ_CORPUS_OUT/$t"
        cp -n "$work/corpus/$t"/* "$FUZZ_CORPUS_OUT/$t/" 2>/dev/null || true
    fi
}

# Up to $jobs targets at once; each reports when it ends.
declare -A running=()
reap() {
    local ended rc=0
    wait -n -p ended || rc=$?
    report "${running[$ended]}" "$rc"
    unset "running[$ended]"
}
for t in "${targets[@]}"; do
    while [ ${#running[@]} -ge "$jobs" ]; do reap; done
    run_one "$t" &
    running[$!]=$t
    pids+=("$!")
done
while [ ${#running[@]} -gt 0 ]; do reap; done
exit $status
