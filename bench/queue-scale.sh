#!/usr/bin/env bash
# Benchmark (not a test): the pages people use daily at 10,000 and at 1,000,000 generated orders.
# It starts one portal per size, side by side, each on its own kept data directory (generating that
# many orders with portal.generate.orders the first time; later runs reuse the data), signs in on
# each as a reviewer and an admin (answering the second factor with the demo TOTP secret) and as the
# generated applicant, and times each URL below: every review queue tab, the filters (a province, a
# state, both, overdue, and combinations with no rows), "Mine", the SLA page, the admin filings
# search (a rare and a common text), the admin lists and the applicant's home and orders. Each URL is
# asked of every size in turn, round after round after a warm-up, so the sizes are timed at the same
# moments of a shared machine and their ratio holds even when the load changes. It prints each URL's
# median at each size and the ratio (goal: at most 1.5). For the largest size it prints the key lines
# of EXPLAIN (ANALYZE, BUFFERS) of the queries behind the queue filters, the SLA page and the search.
#
# Usage: bench/queue-scale.sh [SIZE...]         (default: 10000 1000000; needs curl, psql, python3)
#        DATA=target/bench-data REQUESTS=21 WARMUP=5 PORT=18092 bench/queue-scale.sh
#        (the sizes listen on PORT, PORT+1, ...)
#        SKIP_BUILD=1 reuses target/*.jar; FRESH=1 deletes the kept data directories first.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18092}
REQUESTS=${REQUESTS:-21}
WARMUP=${WARMUP:-5}
DATA=${DATA:-target/bench-data}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 1000000)
LARGEST=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -1)
WORK=$(mktemp -d)
PIDS=()
stop_portals() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap 'stop_portals; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
mkdir -p "$DATA"

fail() { echo "FAILED: $*" >&2; [ -n "${log:-}" ] && tail -40 "$log" >&2; exit 1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# shellcheck source=bench/lib.sh
source bench/lib.sh
timed_get() { # base jar url
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$2" "$1$3")
  [ "${out%% *}" = 200 ] || fail "GET $1$3 answered ${out%% *}"
  echo "${out#* }"
}

# who url: reviewer (reviewer.wang), admin, applicant (the generated bulk.applicant).
URLS=(
  "reviewer /review?tab=UNASSIGNED"
  "reviewer /review?tab=MINE"
  "reviewer /review?tab=TO_SUBMIT"
  "reviewer /review?tab=OPEN"
  "reviewer /review?tab=DONE"
  "reviewer /review?tab=UNASSIGNED&province=110000"
  "reviewer /review?tab=UNASSIGNED&state=VERIFICATION_REVIEW"
  "reviewer /review?tab=UNASSIGNED&province=650000&state=PROVIDER_REVIEW&overdue=true"
  "reviewer /review?tab=TO_SUBMIT&province=440000"
  "reviewer /review?tab=OPEN&province=520000"
  "reviewer /review?tab=OPEN&state=AUTHORITY_REVIEW"
  "reviewer /review?tab=OPEN&overdue=true"
  "reviewer /review?tab=OPEN&province=110000&state=RETURNED"
  "reviewer /review?tab=DONE&province=310000"
  "reviewer /review?tab=DONE&province=310000&state=PROVIDER_REJECTED"
  "reviewer /review?tab=MINE&province=110000&overdue=true"
  "reviewer /review/sla"
  "reviewer /review/sla?province=110000"
  "reviewer /review/domains"
  "admin /admin/filings"
  "admin /admin/filings?q=bulk7777.cn"
  "admin /admin/filings?q=%E7%A4%BA%E4%BE%8B7777%E5%8F%B7"
  "admin /admin/filings?q=%E7%A7%91%E6%8A%80%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8"
  "admin /admin/filings?q=nothing-like-this"
  "admin /admin/audit"
  "admin /admin/outbox"
  "applicant /filings"
  "applicant /orders"
)

declare -A RESULT BASE
for k in "${!SIZES[@]}"; do
  N=${SIZES[$k]}
  base="http://localhost:$((PORT + k))"
  BASE[$N]=$base
  echo "=== $N generated orders on $base"
  [ -z "${FRESH:-}" ] || rm -rf "$DATA/pg-$N"
  log="$WORK/portal-$N.log"
  java -jar "$JAR" --server.port="$((PORT + k))" --portal.embedded-db.data-directory="$DATA/pg-$N" \
    --portal.documents.directory="$DATA/uploads-$N" --portal.demo-data=true --portal.generate.orders="$N" > "$log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 3600); do
    curl -fs "$base/actuator/health" > /dev/null 2>&1 && break
    kill -0 "${PIDS[-1]}" 2>/dev/null || fail "the portal stopped"
    sleep 1
  done
  curl -fs "$base/actuator/health" > /dev/null || fail "the portal is not healthy"
  grep -o 'Bulk data generated: .* in [0-9.]* s[^;]*' "$log" || grep -o 'Bulk data not generated: the database already holds' "$log" \
    || fail "no data generated"
  pg_port=$(grep -o 'Embedded PostgreSQL is listening on port [0-9]*' "$log" | awk '{print $NF}')
  echo "orders in the database: $(psql -h localhost -p "$pg_port" -U postgres -d postgres -X -At -c 'select count(*) from change_order')"
  sign_in "$base" reviewer.wang icp-demo-2026 "$WORK/reviewer-$N" /review
  sign_in "$base" admin icp-demo-2026 "$WORK/admin-$N" /admin/filings
  sign_in "$base" bulk.applicant icp-bulk-2026 "$WORK/applicant-$N" /filings
  [ "$N" = "$LARGEST" ] && LARGEST_PG=$pg_port
done
log=

echo
echo "warm-up: $WARMUP rounds; then $REQUESTS rounds, each URL asked of every size in turn"
for _ in $(seq 1 "$WARMUP"); do
  for entry in "${URLS[@]}"; do
    for N in "${SIZES[@]}"; do timed_get "${BASE[$N]}" "$WORK/${entry%% *}-$N" "${entry#* }" > /dev/null; done
  done
done
for i in "${!URLS[@]}"; do for N in "${SIZES[@]}"; do : > "$WORK/t-$i-$N"; done; done
for _ in $(seq 1 "$REQUESTS"); do
  for i in "${!URLS[@]}"; do
    entry=${URLS[$i]}
    for N in "${SIZES[@]}"; do
      timed_get "${BASE[$N]}" "$WORK/${entry%% *}-$N" "${entry#* }" >> "$WORK/t-$i-$N"
    done
  done
done
for i in "${!URLS[@]}"; do
  for N in "${SIZES[@]}"; do
    RESULT[$N,$i]=$(median < "$WORK/t-$i-$N" | awk '{printf "%.1f", $1 * 1000}')
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

N=$LARGEST
sql() { psql -h localhost -p "$LARGEST_PG" -U postgres -d postgres -X -q "$@"; }
echo
  echo "--- EXPLAIN (ANALYZE, BUFFERS) at $N orders: plan nodes and execution times"
  COLS="o.id, o.reference, o.type, o.state, o.province_code, o.subject_id, o.due_at, o.assignee_id, o.updated_at"
  REVIEWS="o.state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW')"
  OPEN="o.state not in ('DRAFT', 'PROVIDER_REJECTED', 'APPROVED', 'WITHDRAWN')"
  TERMINAL="o.state in ('PROVIDER_REJECTED', 'APPROVED', 'WITHDRAWN')"
  KEY="coalesce(o.due_at, 'infinity'::timestamptz)"
  explain() { # title sql
    echo "# $1"
    sql -c "explain (analyze, buffers) $2" | grep -E 'Scan|Index Cond|Buffers: shared|Execution Time|Sort Method' | head -8
  }
  explain "unassigned, province" "select $COLS from change_order o where $REVIEWS and o.assignee_id is null
    and o.province_code = '110000' order by o.due_at, o.id limit 26"
  explain "unassigned, state" "select $COLS from change_order o where $REVIEWS and o.assignee_id is null
    and o.state = 'VERIFICATION_REVIEW' order by o.due_at, o.id limit 26"
  explain "open, province and state with no rows" "select $COLS from change_order o where $OPEN
    and o.province_code = '110000' and o.state = 'RETURNED' order by $KEY, o.id limit 26"
  explain "open, overdue" "select $COLS from change_order o where $OPEN and o.due_at < now()
    and $KEY < now() order by $KEY, o.id limit 26"
  explain "done, province and state with no rows" "select $COLS from change_order o where $TERMINAL
    and o.province_code = '310000' and o.state = 'PROVIDER_REJECTED' order by o.updated_at desc, o.id desc limit 26"
  explain "SLA: open orders per state (counters)" "select c.state, sum(c.orders) from order_state_count c
    where c.orders > 0 and c.state not in ('DRAFT', 'PROVIDER_REJECTED', 'APPROVED', 'WITHDRAWN') group by c.state"
  explain "SLA: overdue, counted up to 1,001" "select count(*) from (select 1 from change_order o
    where o.state in ('PROVIDER_REVIEW', 'VERIFICATION_REVIEW', 'AWAITING_SUBMISSION') and o.due_at < now() limit 1001) overdue"
  explain "admin search, rare text" "select id from (
      (select s.id, s.icp_number from filing_subject s where s.icp_number > ''
        and (lower(s.icp_number) like '%bulk7777.cn%' or lower(s.organiser_name) like '%bulk7777.cn%')
        order by s.icp_number limit 51)
      union
      (select s.id, s.icp_number from filing_subject s where s.icp_number > ''
        and s.id in (select w.subject_id from filing_website w join filing_website_domain d on d.website_id = w.id
                      where d.name like '%bulk7777.cn%') order by s.icp_number limit 51)) found
    order by icp_number limit 51"

echo
echo "=== Summary: median of $REQUESTS rounds after $WARMUP warm-up rounds (ms)"
printf '%10s' "${SIZES[@]}"; printf '  %s\n' "ratio largest/smallest, url"
small=${SIZES[0]}
for i in "${!URLS[@]}"; do
  for N in "${SIZES[@]}"; do printf '%10s' "${RESULT[$N,$i]}"; done
  a=${RESULT[$small,$i]}; b=${RESULT[$LARGEST,$i]}
  printf '  %6s  %s\n' "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')" "${URLS[$i]}"
done
