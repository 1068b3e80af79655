#!/usr/bin/env bash
# The portal's signed-in pages beside spring-petclinic's /owners/1 on the same machine (issue 20).
#
# Builds the portal once, starts it (throw-away embedded PostgreSQL, demo accounts, 20 generated
# orders) and PetClinic side by side, signs in (applicant, bulk applicant, reviewer; a second factor
# is answered with the demo TOTP secret when the sign-in asks for one), warms both up, then runs
# alternating rounds with wrk: one portal page, then PetClinic's /owners/1, and so on. Prints, per
# page, the median requests per second and p50 latency over the rounds, PetClinic's over the rounds
# paired with it, and the ratio; with the load average beside them (the machine is shared).
#
# Usage: bench/side-by-side.sh
#   PETCLINIC_DIR=target/petclinic   a spring-petclinic checkout (built here if it has no jar yet)
#   ROUNDS=5 DURATION=10s WARMUP=15s THREADS=2 CONNECTIONS=16 PORT=18180 PETCLINIC_PORT=18190
#   SKIP_BUILD=1 reuses target/*.jar; JAVA_OPTS is passed to both JVMs (e.g. -Xmx512m)
# Needs: wrk, curl, python3 (TOTP), a JDK 17+, Maven (or the checkout's ./mvnw) for PetClinic.
set -euo pipefail
cd "$(dirname "$0")/.."

PETCLINIC_DIR=${PETCLINIC_DIR:-target/petclinic}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18180}
PETCLINIC_PORT=${PETCLINIC_PORT:-18190}
JAVA_OPTS=${JAVA_OPTS:-}
DEMO_PASSWORD=icp-demo-2026
BULK_PASSWORD=icp-bulk-2026

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in wrk curl python3 java; do
  command -v "$tool" > /dev/null || fail "$tool is missing (wrk: apt-get install -y wrk)"
done

# --- PetClinic --------------------------------------------------------------------------------
petclinic_jar() { ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2> /dev/null | grep -v -- '-plain\|original' | head -1; }
if [ -z "$(petclinic_jar)" ]; then
  if [ ! -f "$PETCLINIC_DIR/pom.xml" ]; then
    cat >&2 << EOF
PetClinic is missing: no $PETCLINIC_DIR/pom.xml. Fetch it once (outside git: target/ is ignored):
  git clone https://github.com/spring-projects/spring-petclinic.git $PETCLINIC_DIR
  git -C $PETCLINIC_DIR checkout a9775b002ae53bd79a5b8ff1113f435c186aacf9   # main, Boot 4.0.0-M3
or point PETCLINIC_DIR at a checkout elsewhere (docs/benchmarks.md says which one the figures used).
EOF
    exit 2
  fi
  echo "building PetClinic in $PETCLINIC_DIR"
  if [ -x "$PETCLINIC_DIR/mvnw" ]; then
    (cd "$PETCLINIC_DIR" && ./mvnw -q -B -DskipTests package)
  else
    (cd "$PETCLINIC_DIR" && mvn -q -B -DskipTests package)
  fi
fi
PETCLINIC_JAR=$(petclinic_jar)
[ -n "$PETCLINIC_JAR" ] || fail "PetClinic did not build"

# --- the portal -------------------------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building the portal"
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

started_at=$(date +%s.%N)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --portal.embedded-db.data-directory="$WORK/pg" \
  --portal.documents.directory="$WORK/up" --portal.demo-data=true --portal.generate.orders=20 \
  > "$WORK/portal.log" 2>&1 &
PIDS+=($!)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$PETCLINIC_JAR" --server.port="$PETCLINIC_PORT" > "$WORK/petclinic.log" 2>&1 &
PIDS+=($!)

B=http://localhost:$PORT
P=http://localhost:$PETCLINIC_PORT
portal_up="" petclinic_up=""
for _ in $(seq 1 300); do
  now=$(date +%s.%N)
  if [ -z "$petclinic_up" ] && curl -fs -o /dev/null "$P/owners/1"; then
    petclinic_up=$(python3 -c "print(round($now - $started_at, 1))")
  fi
  if [ -z "$portal_up" ] && curl -fs -o /dev/null "$B/login" && curl -fs "$B/actuator/health" | grep -q UP; then
    portal_up=$(python3 -c "print(round($now - $started_at, 1))")
  fi
  [ -n "$portal_up" ] && [ -n "$petclinic_up" ] && break
  sleep 1
done
[ -n "$portal_up" ] || { tail -30 "$WORK/portal.log"; fail "the portal did not start"; }
[ -n "$petclinic_up" ] || { tail -30 "$WORK/petclinic.log"; fail "PetClinic did not start"; }
echo "first page answered after: portal $portal_up s (with 20 generated orders), PetClinic $petclinic_up s (both started together)"

# --- sign-in ----------------------------------------------------------------------------------
# shellcheck source=bench/lib.sh
source bench/lib.sh

sign_in "$B" applicant.beijing "$DEMO_PASSWORD" "$WORK/applicant" /filings
sign_in "$B" bulk.applicant "$BULK_PASSWORD" "$WORK/bulk" /orders
sign_in "$B" reviewer.wang "$DEMO_PASSWORD" "$WORK/reviewer" /review
ORDER=$(curl -s -b "$WORK/bulk" "$B/orders" | grep -o 'href="/orders/[0-9a-f-]\{36\}"' | head -1 | sed 's/href="//;s/"$//')
CASE=$(curl -s -b "$WORK/reviewer" "$B/review" | grep -o 'href="/review/orders/[0-9a-f-]\{36\}"' | head -1 | sed 's/href="//;s/"$//')
[ -n "$ORDER" ] || fail "no order on bulk.applicant's /orders"
[ -n "$CASE" ] || fail "no order in the review queue"

# name | URL | cookie
PAGES=(
  "sign-in page|$B/login|"
  "applicant home|$B/filings|$(cookie "$WORK/applicant")"
  "order page|$B$ORDER|$(cookie "$WORK/bulk")"
  "review queue|$B/review|$(cookie "$WORK/reviewer")"
  "case page|$B$CASE|$(cookie "$WORK/reviewer")"
)
for page in "${PAGES[@]}"; do
  IFS='|' read -r name url c <<< "$page"
  code=$(curl -s -o /dev/null -w '%{http_code}' ${c:+-H "Cookie: $c"} "$url")
  [ "$code" = 200 ] || fail "$name ($url) answers $code"
done

# run URL COOKIE DURATION -> "requests/s p50-ms"; non-2xx answers fail the run
run() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency ${2:+-H "Cookie: $2"} "$1")
  if grep -q 'Non-2xx' <<< "$out"; then echo "$out" >&2; fail "non-2xx answers from $1"; fi
  awk '/Requests\/sec/ { rps = $2 }
       /^ +50%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
                  else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; p50 = v }
       END { printf "%s %s\n", rps, p50 }' <<< "$out"
}

echo "warm-up: $WARMUP per page"
run "$P/owners/1" "" "$WARMUP" > /dev/null
for page in "${PAGES[@]}"; do
  IFS='|' read -r name url c <<< "$page"
  run "$url" "$c" "$WARMUP" > /dev/null
done

echo "rounds: $ROUNDS x (portal page, PetClinic /owners/1), wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
declare -A PORTAL_RPS PORTAL_P50 PC_RPS PC_P50
LOADS=()
for round in $(seq 1 "$ROUNDS"); do
  for page in "${PAGES[@]}"; do
    IFS='|' read -r name url c <<< "$page"
    read -r rps p50 <<< "$(run "$url" "$c" "$DURATION")"
    PORTAL_RPS[$name]+="$rps "
    PORTAL_P50[$name]+="$p50 "
    read -r rps p50 <<< "$(run "$P/owners/1" "" "$DURATION")"
    PC_RPS[$name]+="$rps "
    PC_P50[$name]+="$p50 "
  done
  LOADS+=("$(cut -d' ' -f1 /proc/loadavg)")
  echo "round $round done, load average ${LOADS[-1]}"
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '%-16s %12s %10s %14s %10s %7s\n' page "portal rps" "p50 ms" "petclinic rps" "p50 ms" ratio
for page in "${PAGES[@]}"; do
  IFS='|' read -r name url c <<< "$page"
  pr=$(median <<< "${PORTAL_RPS[$name]}")
  pp=$(median <<< "${PORTAL_P50[$name]}")
  cr=$(median <<< "${PC_RPS[$name]}")
  cp=$(median <<< "${PC_P50[$name]}")
  ratio=$(python3 -c "print('%.2f' % ($pr / $cr))")
  printf '%-16s %12.1f %10.2f %14.1f %10.2f %6sx\n' "$name" "$pr" "$pp" "$cr" "$cp" "$ratio"
done
echo "load average after each round: ${LOADS[*]} ($(nproc) cores)"
