#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + ASan + UBSan), seeds them from the team's
# captures, and runs each for SECONDS (default 60). Prints executions and coverage per target.
# Crashes are saved in build-fuzz/crashes/<target>/ and make this script fail.
# Usage: fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shared=${MAILSLOT_SHARED_DIR:-$PWD/../shared}
CXX=clang++-14 CC=clang-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAILSLOT_FUZZ=ON >/dev/null
cmake --build build-fuzz
rm -rf build-fuzz/seeds
build-fuzz/fuzz/makeseeds build-fuzz/seeds "$shared"/captures/*.pcap* "$shared"/captures/*.bin
# The capture regressions seed the capture target too (odd IP/UDP framings, link types).
mkdir -p build-fuzz/seeds/pcap
cp tests/wire/data/fuzz-regressions/pcap-*.bin build-fuzz/seeds/pcap/
status=0
for target in datagram smb decoders pcap name remotelineparser; do
    corpus=build-fuzz/corpus/$target
    mkdir -p "$corpus" "build-fuzz/crashes/$target" "build-fuzz/seeds/$target"
    log=build-fuzz/fuzz_$target.log
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        build-fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crashes/$target/" "$corpus" "build-fuzz/seeds/$target" >"$log" 2>&1; then
        echo "fuzz_$target: FAILED (see $log and build-fuzz/crashes/$target/)"
        tail -40 "$log"
        status=1
    fi
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
    echo "fuzz_$target: ${done_line:-no summary}"
done
exit $status
