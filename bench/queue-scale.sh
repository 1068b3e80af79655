#!/usr/bin/env bash
# Benchmark (not a test): the pages people use daily at 10,000 and at 1,000,000 generated orders.
# For each size it starts the portal on a kept data directory (generating that many orders with
# portal.generate.orders the first time; later runs reuse the data), signs in as a reviewer, an
# admin and the generated applicant, and times each URL below: every review queue tab, the
# filters (a province, a state, both, overdue, and combinations with no rows), "Mine", the SLA
# page, the admin filings search (a rare and a common text), the admin lists and the applicant's
# home and orders. Rounds alternate over all URLs after a warm-up; it prints each URL's median at
# each size and the ratio (goal: at most 1.5). For the largest size it prints the key lines of
# EXPLAIN (ANALYZE, BUFFERS) of the queries behind the queue filters, the SLA page and the search.
#
# Usage: bench/queue-scale.sh [SIZE...]         (default: 10000 1000000; needs curl and psql)
#        DATA=target/bench-data REQUESTS=21 WARMUP=5 PORT=18092 bench/queue-scale.sh
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
PID=
stop_portal() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=
  fi
}
trap 'stop_portal; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
mkdir -p "$DATA"
base="http://localhost:$PORT"

fail() { echo "FAILED: $*" >&2; [ -n "${log:-}" ] && tail -40 "$log" >&2; exit 1; }
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
sign_in() { # jar user password
  local t
  rm -f "$1"
  t=$(curl -s -c "$1" -b "$1" "$base/login" | token)
  curl -s -o /dev/null -c "$1" -b "$1" --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$t" "$base/login"
}
timed_get() { # jar url
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$1" "$base$2")
  [ "${out%% *}" = 200 ] || fail "GET $2 answered ${out%% *}"
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

declare -A RESULT
for N in "${SIZES[@]}"; do
  echo
  echo "=== $N generated orders"
  [ -z "${FRESH:-}" ] || rm -rf "$DATA/pg-$N"
  log="$WORK/portal-$N.log"
  java -jar "$JAR" --server.port="$PORT" --portal.embedded-db.data-directory="$DATA/pg-$N" \
    --portal.documents.directory="$DATA/uploads-$N" --portal.demo-data=true --portal.generate.orders="$N" > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 3600); do
    curl -fs "$base/actuator/health" > /dev/null 2>&1 && break
    kill -0 "$PID" 2>/dev/null || fail "the portal stopped"
    sleep 1
  done
  curl -fs "$base/actuator/health" > /dev/null || fail "the portal is not healthy"
  grep -o 'Bulk data generated: .* in [0-9.]* s[^;]*' "$log" || grep -o 'Bulk data not generated: the database already holds' "$log" \
    || fail "no data generated"
  pg_port=$(grep -o 'Embedded PostgreSQL is listening on port [0-9]*' "$log" | awk '{print $NF}')
  sql() { psql -h localhost -p "$pg_port" -U postgres -d postgres -X -q "$@"; }
  echo "orders in the database: $(sql -At -c 'select count(*) from change_order')"

  sign_in "$WORK/reviewer" reviewer.wang icp-demo-2026
  sign_in "$WORK/admin" admin icp-demo-2026
  sign_in "$WORK/applicant" bulk.applicant icp-bulk-2026

  for _ in $(seq 1 "$WARMUP"); do
    for entry in "${URLS[@]}"; do timed_get "$WORK/${entry%% *}" "${entry#* }" > /dev/null; done
  done
  for i in "${!URLS[@]}"; do : > "$WORK/t-$i"; done
  for _ in $(seq 1 "$REQUESTS"); do   # rounds over all URLs, so that drift affects each alike
    for i in "${!URLS[@]}"; do
      entry=${URLS[$i]}
      timed_get "$WORK/${entry%% *}" "${entry#* }" >> "$WORK/t-$i"
    done
  done
  for i in "${!URLS[@]}"; do
    ms=$(median < "$WORK/t-$i" | awk '{printf "%.1f", $1 * 1000}')
    RESULT[$N,$i]=$ms
    printf '%10s ms  %s\n' "$ms" "${URLS[$i]}"
  done

  if [ "$N" = "$LARGEST" ]; then
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
  fi
  stop_portal
done

echo
echo "=== Summary: median of $REQUESTS rounds after $WARMUP warm-up rounds (ms)"
if [ ${#SIZES[@]} -ge 2 ]; then
  small=${SIZES[0]}; large=$LARGEST
  printf '%10s %10s %7s  %s\n' "$small" "$large" ratio url
  for i in "${!URLS[@]}"; do
    a=${RESULT[$small,$i]}; b=${RESULT[$large,$i]}
    printf '%10s %10s %7s  %s\n' "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')" "${URLS[$i]}"
  done
fi
