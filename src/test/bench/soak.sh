#!/usr/bin/env bash
# Soak of a demo instance: the jar on 127.0.0.1 with the five demo roadmaps on an H2 file database, the bot in webhook
# mode against a local fake Bot API (fake-bot-api.py), ten registered directors writing commands through the webhook,
# a school's calendar feed polled, and the reminders of a pinned clock (14.03.2022, 08:55, running on) planned and
# sent. Samples the process's RSS every 30 s into rss.csv and prints the first, largest and last sample.
#
#   mvn -B -DskipTests package && src/test/bench/soak.sh [SECONDS, default 3600]
#
# JAVA_OPTS overrides the JVM options (default: the ones README "Running in production" recommends). Everything runs
# on loopback and stops by itself after SECONDS.
set -euo pipefail
cd "$(dirname "$0")/../../.."

duration=${1:-3600}
jar=target/roadmap-bot.jar
work=$(mktemp -d)
port=${SOAK_PORT:-18080}
bot=${SOAK_BOT_PORT:-18081}
secret=soak-secret
java_opts=${JAVA_OPTS:--Xmx128m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=40m -XX:MaxDirectMemorySize=16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
# SOAK_NMT=1 adds the JVM's native memory tracking (a few MB more) and writes where the memory went to nmt.txt
[ "${SOAK_NMT:-0}" = 1 ] && java_opts="$java_opts -XX:NativeMemoryTracking=summary"
db="jdbc:h2:file:$work/roadmapbot;AUTO_SERVER=TRUE;WRITE_DELAY=0"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

app=""
python3 src/test/bench/fake-bot-api.py "$bot" 2> "$work/fake.log" &
fake=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  kill "$fake" 2>/dev/null || true
  wait "$app" "$fake" 2>/dev/null || true
}
trap cleanup EXIT

export TELEGRAM_BOT_TOKEN=1:SOAK TELEGRAM_BASE_URL="http://127.0.0.1:$bot" TELEGRAM_MODE=webhook \
  ROADMAPBOT_PUBLIC_URL="http://127.0.0.1:$port" TELEGRAM_WEBHOOK_SECRET=$secret ROADMAPBOT_ADMIN_PASSWORD=soak
# shellcheck disable=SC2086
java $java_opts -jar "$jar" --demo --spring.datasource.url="$db" --server.address=127.0.0.1 --server.port="$port" \
  --roadmapbot.clock.fixed=2022-03-14T08:55:00+03:00 > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/readyz" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/readyz" > /dev/null

update=1
post() { # update-id user text (the id counted by the caller: a post may run in the background)
  curl -s -o /dev/null -X POST "http://127.0.0.1:$port/telegram/webhook" -H "X-Telegram-Bot-Api-Secret-Token: $secret" \
    -H 'Content-Type: application/json' --data-binary @- <<JSON
{"update_id":$1,"message":{"message_id":$1,"date":$(date +%s),"chat":{"id":$2,"type":"private"},
"from":{"id":$2,"is_bot":false,"first_name":"Soak"},"text":"$3","entities":[{"type":"bot_command","offset":0,"length":${#3}}]}}
JSON
}

# ten directors, invited from the command line (which shares the H2 file) and registered through the webhook
users=()
for i in $(seq 1 10); do
  link=$(java -jar "$jar" invite --role director --org "МБОУ Галицкая СОШ" --name "Директор $i" \
    --spring.datasource.url="$db" 2>&1 | grep -o 'start=[A-Za-z0-9_-]*' | head -1)
  user=$((700000 + i))
  update=$((update + 1))
  post "$update" "$user" "/start ${link#start=}"
  users+=("$user")
done
feed=$(java -jar "$jar" calendar-link --school "МБОУ Галицкая СОШ" --spring.datasource.url="$db" 2>&1 \
  | grep -o '/calendar/[A-Za-z0-9_-]*\.ics' | head -1)

echo "seconds,rss_kb" > "$work/rss.csv"
[ "${SOAK_NMT:-0}" = 1 ] && jcmd "$app" VM.native_memory baseline > /dev/null
commands=(/tasks /week /help /calendar /settings)
start=$(date +%s)
next_sample=$start
n=0
while [ $(( $(date +%s) - start )) -lt "$duration" ]; do
  now=$(date +%s)
  if [ "$now" -ge "$next_sample" ]; then
    echo "$((now - start)),$(ps -o rss= -p "$app" | tr -d ' ')" >> "$work/rss.csv"
    next_sample=$((next_sample + 30))
  fi
  round=()
  for user in "${users[@]}"; do
    update=$((update + 1))
    post "$update" "$user" "${commands[$((n % ${#commands[@]}))]}" &
    round+=($!)
  done
  for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$feed" &
    round+=($!)
  done
  wait "${round[@]}"
  n=$((n + 1))
  sleep 1
done
echo "$duration,$(ps -o rss= -p "$app" | tr -d ' ')" >> "$work/rss.csv"
if [ "${SOAK_NMT:-0}" = 1 ]; then
  { jcmd "$app" VM.native_memory summary; jcmd "$app" VM.native_memory summary.diff; } > "$work/nmt.txt" 2>&1
fi

cleanup
sent=$(grep -o '[0-9]*$' "$work/fake.log" || echo "?")
echo "soak: $duration s, $n rounds (10 commands and 5 feed polls each), $sent messages sent to the fake Bot API"
awk -F, 'NR == 2 {first = $2} NR > 1 {if ($2 > max) max = $2; last = $2}
  END {printf "RSS: first %.0f MiB, largest %.0f MiB, last %.0f MiB\n", first / 1024, max / 1024, last / 1024}' "$work/rss.csv"
echo "samples: $work/rss.csv, log: $work/app.log$([ "${SOAK_NMT:-0}" = 1 ] && echo ", native memory: $work/nmt.txt")"
