#!/usr/bin/env bash
# Load benchmark of calendar feeds with wrk on loopback (127.0.0.1 only).
#
# The app runs from its jar on an H2 file database in a temporary folder, with the five seed roadmaps loaded three
# times (--demo, plus two copies under other codes imported first from the command line: three years of the same
# roadmaps), and one school's feed (by default "МОУ № 2", over 300 events) is polled:
#   fresh      full 200 with the body, from the rendered cache, as clients poll (plain, and gzip as clients ask)
#   304        If-None-Match with the current ETag
#   render     the app started again with no cache: every request renders the feed with ical4j (4 connections:
#              32 renders at once would only queue past wrk's timeout)
# The app is warmed up for 30 s (the JIT), each path 10 s more, then measured with `wrk -t2 -c32 -d15s --latency`.
# Requests/s and p99 are printed, with the load average (other work on the machine shows there).
#
#   src/test/bench/calendar-wrk.sh            (DURATION=15s CONNECTIONS=32 THREADS=2 PORT=18080 SCHOOL="МОУ № 2")
set -euo pipefail
cd "$(dirname "$0")/../../.."

duration=${DURATION:-15s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
port=${PORT:-18080}
school=${SCHOOL:-"МОУ № 2"}
jar=target/roadmap-bot.jar

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk
fi
[ -f "$jar" ] || mvn -B -q -DskipTests package

work=$(mktemp -d)
app=""
stop_app() {
  if [ -n "$app" ]; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=""
  fi
}
trap 'stop_app; rm -rf "$work"' EXIT

db="jdbc:h2:file:$work/roadmapbot;AUTO_SERVER=TRUE"
base="http://127.0.0.1:$port"
common=(--spring.datasource.url="$db" --roadmapbot.calendar.base-url="$base")

echo "Importing two more copies of the five seed roadmaps (a JVM each, about a minute)..." >&2
for seed in src/main/resources/demo/*.txt; do
  for copy in 2 3; do
    java -jar "$jar" import "$seed" --roadmap "$(basename "$seed" .txt)-$copy" "${common[@]}" 2>/dev/null
  done
done
url=$(java -jar "$jar" calendar-link --school "$school" "${common[@]}" 2>/dev/null | head -n 1)

start_app() {
  java -Xms512m -Xmx1g -jar "$jar" --demo --server.address=127.0.0.1 --server.port="$port" "${common[@]}" "$@" \
      >"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/actuator/health" && return 0
    sleep 1
  done
  echo "the app did not start:" >&2
  tail -n 40 "$work/app.log" >&2
  exit 1
}

results=()
measure() { # name, wrk arguments...
  local name=$1
  shift
  wrk -t"$threads" -c"$connections" -d10s "$@" "$url" >/dev/null
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url")
  echo "$out" >&2
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  results+=("$(printf '%-30s %10s req/s   p99 %9s   load %s' "$name" "$rps" "$p99" "$(cut -d' ' -f1 /proc/loadavg)")")
}

start_app
events=$(curl -fs "$url" | grep -c '^BEGIN:VEVENT')
plain=$(curl -fs "$url" | wc -c)
zipped=$(curl -fs -H 'Accept-Encoding: gzip' "$url" | wc -c)
etag=$(curl -fsI "$url" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
echo "Feed of \"$school\": $events events, $plain bytes ($zipped gzipped), ETag $etag" >&2
[ "$events" -ge 300 ] || { echo "fewer than 300 events" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")" = 304 ] || { echo "no 304" >&2; exit 1; }

wrk -t"$threads" -c"$connections" -d30s -H 'Accept-Encoding: gzip' "$url" >/dev/null
measure "fresh 200 (plain)"
measure "fresh 200 (gzip)" -H 'Accept-Encoding: gzip'
measure "304 Not Modified" -H "If-None-Match: $etag"
stop_app

start_app --roadmapbot.calendar.cache-limit=0B
measure "render every request (gzip)" -c4 --timeout 10s -H 'Accept-Encoding: gzip'
stop_app

echo
echo "Calendar feed of \"$school\": $events events, $plain bytes, $zipped gzipped; wrk -t$threads -c$connections -d$duration --latency on $(nproc) cores"
printf '%s\n' "${results[@]}"
