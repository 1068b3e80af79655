#!/usr/bin/env bash
# Benchmark (not a test): one account with 200,000 notices (issue 20). Starts a portal with the demo
# data, inserts COUNT unread notices for reviewer.wang straight into PostgreSQL (message key and
# arguments, as the portal stores them, one a second going back in time), signs in and prints:
#   - the header's unread count: its query's execution time (EXPLAIN ANALYZE, median), bounded at 100
#   - the notices list: median time of the first page and of a page deep in the list (past 90%),
#     each a full GET of the page (the header count included)
#   - "mark all read": one POST, its time, and what the header says after it
#   - a page after it, and the count query's plan
# Usage: bench/notices.sh       (COUNT=200000 REQUESTS=30 WARMUP=10 SKIP_BUILD=1 PORT=…; needs curl, psql, python3)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-200000}
REQUESTS=${REQUESTS:-30}
WARMUP=${WARMUP:-10}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PORT=${PORT:-$(free_port)}
DB_PORT=$(free_port)
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; tail -30 "$WORK/portal.log" >&2; exit 1; }

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
sql() { PGPASSWORD= psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -X -q "$@"; }
base="http://localhost:$PORT"
jar="$WORK/cookies"
# Reads all its input (no early exit: under pipefail a closed pipe would fail the script).
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | awk 'NR == 1 { sub(/.*value="/, ""); sub(/"$/, ""); print }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
timed_get() {
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" "$base$1")
  [ "${out%% *}" = 200 ] || fail "GET $1 answered ${out%% *}"
  echo "${out#* }"
}
ms() { median | awk '{printf "%.1f", $1 * 1000}'; }

java -jar "$JAR" --server.port="$PORT" --portal.embedded-db.port="$DB_PORT" \
  --portal.embedded-db.data-directory="$WORK/postgres" --portal.documents.directory="$WORK/uploads" \
  --portal.demo-data=true > "$WORK/portal.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -fs -m 5 "$base/actuator/health" > /dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || fail "the portal stopped"
  sleep 1
done
curl -fs "$base/actuator/health" > /dev/null || fail "the portal is not healthy"
for _ in $(seq 1 120); do grep -q 'Demo data loaded' "$WORK/portal.log" && break; sleep 1; done
grep -q 'Demo data loaded' "$WORK/portal.log" || fail "no demo data"

account=$(sql -At -c "select id from account where username = 'reviewer.wang'")
[ -n "$account" ] || fail "no reviewer.wang"
echo "=== inserting $COUNT notices for reviewer.wang ($account)"
start=$(date +%s.%N)
sql -c "insert into notification (id, dedup_key, channel, kind, recipient_account_id, locale, reference, link,
                                  message_key, message_args, status, created_at, sent_at)
        select gen_random_uuid(), 'bench:' || i || ':' || gen_random_uuid(), 'NOTICE', 'APPROVED', '$account', 'en',
               'CO-BENCH-' || i, '/orders', 'notify.APPROVED', jsonb_build_object('reference', 'CO-BENCH-' || i),
               'SENT', now() - make_interval(secs => $COUNT - i), now() - make_interval(secs => $COUNT - i)
          from generate_series(1, $COUNT) i" -c "vacuum analyze notification"
echo "inserted and analysed in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s"

page=$(curl -s -c "$jar" -b "$jar" "$base/login")
t=$(token <<< "$page")
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=reviewer.wang" \
  --data-urlencode "password=icp-demo-2026" --data-urlencode "_csrf=$t" "$base/login"
page=$(curl -s -b "$jar" -c "$jar" "$base/notices?lang=en")
grep -q 'Notices (99+)' <<< "$page" || fail "the header does not say 99+: $(grep -o '<title>[^<]*' <<< "$page")"

# The header's count, as Outbox.unreadNotices runs it (a prepared statement, generic plan after five runs).
count_sql="select count(*) from (select 1 from notification where recipient_account_id = \$1
             and channel = 'NOTICE' and read_at is null limit \$2) unread"
count_times() {
  local args=("-c" "prepare unread(uuid, int) as $count_sql")
  for _ in $(seq 1 21); do args+=("-c" "explain (analyze) execute unread('$account', 100)"); done
  sql -At "${args[@]}" | grep 'Execution Time' | awk '{print $3}' | median
}
echo
echo "=== the header's unread count (execution time, median of 21)"
echo "count query: $(count_times) ms"

read -r deep_at deep_id < <(sql -At -F ' ' -c "select to_char(created_at at time zone 'UTC',
    'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), id from notification where recipient_account_id = '$account'
    and channel = 'NOTICE' order by created_at desc, id desc offset ($COUNT * 9 / 10) limit 1")
first="/notices"
deep="/notices?before=$deep_at&beforeId=$deep_id"
[ "$(curl -s -b "$jar" "$base$deep" | grep -c 'CO-BENCH-')" -ge 50 ] || fail "the deep page does not show 50 notices"
for _ in $(seq 1 "$WARMUP"); do timed_get "$first" > /dev/null; timed_get "$deep" > /dev/null; done
: > "$WORK/first" && : > "$WORK/deep"
for _ in $(seq 1 "$REQUESTS"); do
  timed_get "$first" >> "$WORK/first"
  timed_get "$deep" >> "$WORK/deep"
done
echo
echo "=== the notices list (GET, median of $REQUESTS after $WARMUP warm-up rounds, $COUNT unread)"
echo "first page: $(ms < "$WORK/first") ms; page past 90% ($deep): $(ms < "$WORK/deep") ms"
echo "--- EXPLAIN (ANALYZE, BUFFERS) of the deep page:"
sql -c "explain (analyze, buffers) select id, kind, reference, subject, body, link, message_key, message_args::text,
          created_at, read_at from notification where recipient_account_id = '$account' and channel = 'NOTICE'
          and (created_at, id) < ('$deep_at', '$deep_id') order by created_at desc, id desc limit 51" \
  | grep -E 'Index|Execution Time|Buffers' | head -6

echo
echo "=== mark all read (one POST: the account's read mark moves, one row)"
page=$(curl -s -b "$jar" "$base/notices")
t=$(token <<< "$page")
out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" --data-urlencode "_csrf=$t" "$base/notices/read")
[ "${out%% *}" = 302 ] || fail "POST /notices/read answered ${out%% *}"
header=$(curl -s -b "$jar" "$base/notices?lang=en" | grep -o 'Notices[^<]*' | awk 'NR == 1')
echo "mark all read: $(echo "${out#* }" | awk '{printf "%.1f", $1 * 1000}') ms; the header after: $header"
: > "$WORK/after"
for _ in $(seq 1 "$REQUESTS"); do timed_get "$first" >> "$WORK/after"; done
echo "first page after (all read): $(ms < "$WORK/after") ms; count query: $(count_times) ms"
