#!/usr/bin/env bash
# Whole-process speed of `parse-dates` beside chrono-node's Russian parser, on the same 200,000 schedule cells.
#
# The cells come from src/test/bench/parse-dates/cells.mjs: the 113 cells of the seed gold and 40 cells as other
# published roadmaps write them, their day, month and year numbers varied (deterministic). Each command is timed as a
# whole process, from start to the last line written (JVM or Node start, reading stdin, parsing, writing JSON lines),
# RUNS times; the median is printed with the ratio. Then one cell through the jar, the same way.
#
#   src/test/bench/parse-dates-whole-process.sh            (CELLS=200000 RUNS=5 YEAR=2023)
set -euo pipefail
cd "$(dirname "$0")/../../.."

cells=${CELLS:-200000}
runs=${RUNS:-5}
year=${YEAR:-2023}
jar=target/roadmap-bot.jar
bench=src/test/bench/parse-dates

[ -f "$jar" ] || mvn -B -q -DskipTests package
npm install --prefix "$bench" --no-audit --no-fund --loglevel=error >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$bench/cells.mjs" "$cells" src/test/resources/schedule/seed_gold.jsonl > "$work/cells.txt"
echo "$(wc -l < "$work/cells.txt") cells, $(sort -u "$work/cells.txt" | wc -l) distinct; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# median wall-clock seconds of RUNS runs of: $1 (a command line) < $2 > $work/out
median() {
  local command=$1 input=$2 times=()
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s.%N)
    bash -c "$command" < "$input" > "$work/out" 2>/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

jar_s=$(median "java -jar $jar parse-dates --year $year" "$work/cells.txt")
[ "$(wc -l < "$work/out")" -eq "$cells" ] || { echo "parse-dates did not answer every cell" >&2; exit 1; }
chrono_s=$(median "node $bench/chrono-ru.mjs $year" "$work/cells.txt")
[ "$(wc -l < "$work/out")" -eq "$cells" ] || { echo "chrono-node did not answer every cell" >&2; exit 1; }
head -n 1 "$work/cells.txt" > "$work/one.txt"
one_s=$(median "java -jar $jar parse-dates --year $year" "$work/one.txt")

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%d", n / s }'; }
printf 'parse-dates (jar), %s cells: %.2f s (%s cells/s)\n' "$cells" "$jar_s" "$(rate "$cells" "$jar_s")"
printf 'chrono-node ru,    %s cells: %.2f s (%s cells/s)\n' "$cells" "$chrono_s" "$(rate "$cells" "$chrono_s")"
printf 'ratio: chrono-node takes %.1fx as long\n' "$(awk -v a="$chrono_s" -v b="$jar_s" 'BEGIN { print a / b }')"
printf 'parse-dates (jar), one cell: %.2f s\n' "$one_s"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
