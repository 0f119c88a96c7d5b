#!/usr/bin/env bash
# Measures the temporal tagger's throughput (MB/s, one core) on the
# development split. Run from the repository root: scripts/bench-timex.sh
set -euo pipefail
file=../shared/eval/timebank/train.jsonl
if [ ! -f "$file" ]; then
    echo "bench-timex: $file not found (run from the repository root, with shared/ beside it)" >&2
    exit 1
fi
TIMEX_BENCH_FILE="$file" cargo bench --bench timex
