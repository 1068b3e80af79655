#!/usr/bin/env bash
# Benchmark (not a test): keyset paging of the review queue. For each size it starts a fresh portal
# that generates that many change orders (portal.generate.orders), signs in as a demo reviewer and
# times the first page of the "All open" tab against a page deep in it (past 90% of the open
# orders); it prints both medians and their ratio, and for the largest size the query plan of the
# deep page (EXPLAIN ANALYZE, with the values as literals and as a prepared statement).
# Usage: bench/queue-keyset.sh [SIZE...]       (default: 10000 1000000; needs curl and psql)
#        PORT=18090 REQUESTS=50 WARMUP=20 bench/queue-keyset.sh 10000
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18090}
REQUESTS=${REQUESTS:-50}
WARMUP=${WARMUP:-20}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 1000000)
LARGEST=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -1)
WORK=$(mktemp -d)
PID=
stop_portal() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=
  fi
}
trap 'stop_portal; rm -rf "$WORK"' EXIT

./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
base="http://localhost:$PORT"
jar="$WORK/cookies"

# The "All open" tab's predicate and sort key, as OrderListings writes them for the review queue (the
# states come from OrderState.inProcess(); the page then reads the subjects' names from the filing
# module in one more query, by primary key).
OPEN="o.state not in ('DRAFT', 'PROVIDER_REJECTED', 'APPROVED', 'WITHDRAWN')"
KEY="coalesce(o.due_at, 'infinity'::timestamptz)"
COLUMNS="o.id, o.reference, o.type, o.state, o.province_code, o.subject_id, o.due_at, o.assignee_id, o.updated_at"

fail() { echo "FAILED: $*" >&2; [ -n "${log:-}" ] && tail -40 "$log" >&2; exit 1; }
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
# The "Next page" link: the one link with a cursor that is not a language switch.
next_link() { grep -o 'href="/review?[^"]*afterId=[^"]*"' | grep -v 'lang=' | head -1 | sed 's/href="//;s/"$//;s/&amp;/\&/g'; }
rows_on() { grep -c 'href="/review/orders/' || true; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# Times one GET; prints the seconds, and fails unless the page came back whole.
timed_get() {
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" "$base$1")
  [ "${out%% *}" = 200 ] || fail "GET $1 answered ${out%% *}"
  echo "${out#* }"
}

summary=()
for N in "${SIZES[@]}"; do
  echo
  echo "=== $N generated orders"
  log="$WORK/portal-$N.log"
  java -jar "$JAR" --server.port="$PORT" --portal.embedded-db.data-directory="$WORK/pg-$N" \
    --portal.documents.directory="$WORK/up" --portal.demo-data=true --portal.generate.orders="$N" > "$log" 2>&1 &
  PID=$!

  # Health stays OUT_OF_SERVICE until the application runners, the generator among them, are done.
  for _ in $(seq 1 1800); do
    curl -fs "$base/actuator/health" > /dev/null 2>&1 && break
    kill -0 "$PID" 2>/dev/null || fail "the portal stopped"
    sleep 1
  done
  curl -fs "$base/actuator/health" > /dev/null || fail "the portal is not healthy"
  grep -q 'Bulk data generated' "$log" || fail "no data generated"
  generated=$(grep -o 'Bulk data generated: .* in [0-9.]* s' "$log" | sed 's/.* in \([0-9.]*\) s$/\1/')
  pg_port=$(grep -o 'Embedded PostgreSQL is listening on port [0-9]*' "$log" | awk '{print $NF}')
  sql() { psql -h localhost -p "$pg_port" -U postgres -d postgres -X -q "$@"; }
  echo "generated in $generated s; embedded PostgreSQL on port $pg_port"

  rm -f "$jar"
  t=$(curl -s -c "$jar" -b "$jar" "$base/login" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=reviewer.wang" \
    --data-urlencode "password=icp-demo-2026" --data-urlencode "_csrf=$t" "$base/login"

  first="/review?tab=OPEN"
  [ "$(curl -s -b "$jar" "$base$first" | rows_on)" = 25 ] || fail "the first page does not show 25 orders"

  # A cursor past 90% of the open orders (psql), then three "Next page" links from there (the portal).
  read -r key id < <(sql -At -F ' ' -c "select coalesce(to_char(o.due_at at time zone 'UTC',
      'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), 'none'), o.id from change_order o where $OPEN order by $KEY, o.id
      offset (select count(*) * 9 / 10 from change_order o where $OPEN) limit 1")
  deep="/review?tab=OPEN&overdue=false&after=$key&afterId=$id"
  for _ in 1 2 3; do
    next=$(curl -s -b "$jar" "$base$deep" | next_link)
    [ -n "$next" ] && [ "$next" != "$deep" ] || fail "no next page after $deep"
    deep=$next
  done
  [ "$(curl -s -b "$jar" "$base$deep" | rows_on)" = 25 ] || fail "the deep page does not show 25 orders"
  echo "deep page: $deep"

  for _ in $(seq 1 "$WARMUP"); do timed_get "$first" > /dev/null; timed_get "$deep" > /dev/null; done
  : > "$WORK/first" && : > "$WORK/deep"
  for _ in $(seq 1 "$REQUESTS"); do   # alternating, so that drift affects both alike
    timed_get "$first" >> "$WORK/first"
    timed_get "$deep" >> "$WORK/deep"
  done
  first_ms=$(median < "$WORK/first" | awk '{printf "%.1f", $1 * 1000}')
  deep_ms=$(median < "$WORK/deep" | awk '{printf "%.1f", $1 * 1000}')
  ratio=$(awk -v a="$first_ms" -v b="$deep_ms" 'BEGIN {printf "%.2f", b / a}')
  echo "median of $REQUESTS: first page $first_ms ms, deep page $deep_ms ms, deep/first $ratio"
  summary+=("$(printf '%10s %10s s %12s ms %12s ms %8s' "$N" "$generated" "$first_ms" "$deep_ms" "$ratio")")

  if [ "$N" = "$LARGEST" ]; then
    after=$(echo "$deep" | sed 's/.*after=\([^&]*\).*/\1/')
    after_id=$(echo "$deep" | sed 's/.*afterId=\([^&]*\).*/\1/')
    [ "$after" = none ] && after_key="'infinity'::timestamptz" || after_key="cast('$after' as timestamptz)"
    query="select $COLUMNS from change_order o
      where $OPEN and ($KEY, o.id) > ($after_key, '$after_id') order by $KEY, o.id limit 26"
    echo
    echo "--- EXPLAIN (ANALYZE, BUFFERS) of the deep page, $N orders, values as literals:"
    echo "$query"
    sql -c "explain (analyze, buffers) $query"
    echo "--- for comparison, the first page's execution time (same query without the cursor):"
    sql -c "explain (analyze, buffers) select $COLUMNS from change_order o
      where $OPEN order by $KEY, o.id limit 26" | grep -E 'Index Scan|Execution Time'
    echo "--- the deep page as a prepared statement after five executions, as the portal's JDBC connection runs it"
    echo "    (plan_cache_mode auto: literals in the Index Cond mean a custom plan, \$1 and \$2 a generic one):"
    execute="execute deep_page('${after/none/infinity}', '$after_id', 26)"
    sql -c "prepare deep_page(timestamptz, uuid, int) as select $COLUMNS
              from change_order o
             where $OPEN and ($KEY, o.id) > (\$1, \$2) order by $KEY, o.id limit \$3" \
        -c '\o /dev/null' -c "$execute" -c "$execute" -c "$execute" -c "$execute" -c "$execute" -c '\o' \
        -c "explain (analyze, buffers) $execute"
  fi

  stop_portal
  rm -rf "$WORK/pg-$N"
done

echo
echo "=== Summary (median of $REQUESTS requests each, after $WARMUP warm-up rounds)"
printf '%10s %12s %15s %15s %8s\n' orders generated "first page" "deep page" ratio
printf '%s\n' "${summary[@]}"
