#!/usr/bin/env bash
# Measures the temporal tagger's throughput (MB/s, one core).
# Usage, from the repository root: scripts/bench-timex.sh [TEXTS.jsonl]
# With a file of {"doc", "dct", "text"} lines (the evaluation format) the
# bench tags those texts; without one it tags the repository's examples.
set -euo pipefail
if [ $# -ge 1 ]; then
    if [ ! -f "$1" ]; then
        echo "bench-timex: $1: no such file" >&2
        exit 1
    fi
    export TIMEX_BENCH_FILE="$1"
fi
cargo bench --bench timex
