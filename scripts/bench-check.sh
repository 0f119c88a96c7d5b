#!/usr/bin/env bash
# Measures how `check` scales with article size (seconds and MB/s, one
# article per run). A checker that reads an article once should take about
# twice as long on an article twice as long; a falling MB/s column means
# some step grows faster than the text.
#
# Usage: scripts/bench-check.sh [DIR]
# Builds the release binary, writes articles of about 0.25, 1, 4 and 8 MB
# made by repeating the bodies of the example and fixture articles under
# the example's front matter, and checks each against ./claims. The
# articles go to a temporary directory, removed afterwards, or to DIR if
# given, where they are kept (to compare reports before and after a
# change), with each size's JSON report. Each size is checked BENCH_RUNS
# times (default 3) and the run with the least wall time is printed, with
# the CPU time (user + system) it took, which a busy machine disturbs less.
# MB are 10^6 bytes; MB/s is by wall time.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${BENCH_RUNS:-3}"
sizes_kb=(250 1000 4000 8000)

cargo build --release --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/release/claimcheck"

if [ $# -ge 1 ]; then
    dir="$1"
    mkdir -p "$dir"
else
    dir="$(mktemp -d)"
    trap 'rm -rf "$dir"' EXIT
fi

# The body of a Markdown article: everything after its front matter.
body() {
    awk 'NR == 1 && $0 == "---" { fm = 1; next } fm && $0 == "---" { fm = 0; next } !fm' "$1"
}

# One unit of real text: every article's body, a blank line after each.
unit="$dir/unit.txt"
: >"$unit"
for article in examples/china-daily-2023-12-25.md tests/fixtures/articles/*.md; do
    body "$article" >>"$unit"
    printf '\n' >>"$unit"
done
front_matter="$(awk 'NR == 1 || fm { print } NR > 1 && $0 == "---" { exit } NR == 1 { fm = 1 }' \
    examples/china-daily-2023-12-25.md)"

TIMEFORMAT='%R %U %S'
printf '%8s  %8s  %8s  %8s  %s\n' "MB" "seconds" "cpu s" "MB/s" "findings"
for kb in "${sizes_kb[@]}"; do
    article="$dir/article-${kb}k.md"
    target=$((kb * 1000))
    {
        printf '%s\n' "$front_matter"
        unit_bytes=$(wc -c <"$unit")
        for ((written = 0; written < target; written += unit_bytes)); do
            cat "$unit"
        done
    } >"$article"
    bytes=$(wc -c <"$article")
    : >"$dir/times"
    for ((run = 0; run < runs; run++)); do
        # Exit status 1 only says that some finding is contradicted.
        status=0
        { time "$bin" check --format json "$article" \
            >"$dir/report-${kb}k.json" 2>"$dir/stderr" || status=$?; } 2>>"$dir/times"
        if [ "$status" -gt 1 ]; then
            echo "bench-check: check failed on $article (exit status $status):" >&2
            cat "$dir/stderr" >&2
            exit 1
        fi
    done
    findings=$(grep -c '"verdict"' "$dir/report-${kb}k.json" || true)
    # The run with the least wall time, and the CPU time (user + system) it took.
    sort -n "$dir/times" | head -n 1 | awk -v bytes="$bytes" -v n="$findings" \
        '{ printf "%8.2f  %8.3f  %8.3f  %8.2f  %s\n", bytes / 1e6, $1, $2 + $3, bytes / 1e6 / $1, n }'
done
