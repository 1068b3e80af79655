#!/usr/bin/env bash
# Benchmark (not a test): the CPU time each signed-in page costs per request, in the portal's JVM
# and in its own embedded PostgreSQL, under wrk load. CPU time per request holds on a shared, loaded
# machine where requests per second do not, so it is the figure to compare before and after a change
# (bench/side-by-side.sh gives the rates beside PetClinic).
#
# It starts the jar on a throw-away embedded PostgreSQL with the demo data and 20 generated orders,
# signs in as bench/side-by-side.sh does (answering the second factor with the demo TOTP secret),
# warms every page up, then for each page runs wrk and reads the CPU ticks of the JVM and of the
# PostgreSQL processes from /proc before and after.
#
# Usage: bench/cpu-per-request.sh                  (SKIP_BUILD=1 reuses target/*.jar; JAR=other.jar)
#        PAGES="home queue" DURATION=15s WARMUP=8s PORT=18180 bench/cpu-per-request.sh
#        PROFILE=1 bench/cpu-per-request.sh        also records with JDK Flight Recorder and prints,
#                                                  per page, the portal methods with the largest
#                                                  inclusive share of the request threads' samples
# Pages: signin home order queue case. Needs: wrk, curl, python3, a JDK (jfr, for PROFILE=1). Linux.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18180}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-8s}
PAGES=${PAGES:-signin home order queue case}
B=http://localhost:$PORT
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in wrk curl python3 java; do command -v "$tool" > /dev/null || fail "$tool is missing"; done

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=${JAR:-$(ls target/icp-change-portal-*.jar | grep -v original | head -1)}
WORK=$(mktemp -d)
JFR=()
[ -z "${PROFILE:-}" ] || JFR=(-XX:FlightRecorderOptions=stackdepth=256 "-XX:StartFlightRecording=settings=profile,filename=$WORK/rec.jfr")
java "${JFR[@]}" -jar "$JAR" --server.port="$PORT" --portal.embedded-db.data-directory="$WORK/pg" \
  --portal.documents.directory="$WORK/up" --portal.demo-data=true --portal.generate.orders=20 > "$WORK/portal.log" 2>&1 &
JPID=$!
trap 'kill $JPID 2> /dev/null; wait $JPID 2> /dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 300); do curl -fs "$B/actuator/health" 2> /dev/null | grep -q UP && break; sleep 1; done
curl -fs "$B/actuator/health" | grep -q UP || { tail -30 "$WORK/portal.log"; fail "the portal did not start"; }

# shellcheck source=bench/lib.sh
source bench/lib.sh
sign_in "$B" applicant.beijing icp-demo-2026 "$WORK/applicant" /filings
sign_in "$B" bulk.applicant icp-bulk-2026 "$WORK/bulk" /orders
sign_in "$B" reviewer.wang icp-demo-2026 "$WORK/reviewer" /review
ORDER=$(curl -s -b "$WORK/bulk" "$B/orders" | grep -o 'href="/orders/[0-9a-f-]\{36\}"' | head -1 | sed 's/href="//;s/"$//')
CASE=$(curl -s -b "$WORK/reviewer" "$B/review" | grep -o 'href="/review/orders/[0-9a-f-]\{36\}"' | head -1 | sed 's/href="//;s/"$//')
[ -n "$ORDER" ] && [ -n "$CASE" ] || fail "no generated order found"
declare -A URL=([signin]="$B/login" [home]="$B/filings" [order]="$B$ORDER" [queue]="$B/review" [case]="$B$CASE")
declare -A COOKIE=([signin]="" [home]="$(cookie "$WORK/applicant")" [order]="$(cookie "$WORK/bulk")"
  [queue]="$(cookie "$WORK/reviewer")" [case]="$(cookie "$WORK/reviewer")")

load() { # page duration -> wrk output; non-2xx answers fail the run
  local c=${COOKIE[$1]} out
  out=$(wrk -t2 -c16 -d"$2" ${c:+-H "Cookie: $c"} "${URL[$1]}")
  if grep -q 'Non-2xx' <<< "$out"; then echo "$out" >&2; fail "non-2xx answers from $1"; fi
  echo "$out"
}
ticks() { # CPU ticks of the JVM, of the embedded PostgreSQL (postmaster and its children)
  local pm
  pm=$(for p in $(pgrep -x postgres); do tr '\0' ' ' < "/proc/$p/cmdline" 2> /dev/null | grep -q "$WORK/pg" && echo "$p"; done | head -1)
  echo "$(awk '{ print $14 + $15 }' "/proc/$JPID/stat")" \
    "$(for p in $pm $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2> /dev/null; done | awk '{ s += $1 } END { print s + 0 }')"
}
HZ=$(getconf CLK_TCK)

for page in $PAGES; do load "$page" "$WARMUP" > /dev/null; done
echo "wrk -t2 -c16 -d$DURATION per page after a $WARMUP warm-up; CPU time per request"
printf '%-8s %9s %12s %10s\n' page "req/s" "JVM ms/req" "PG ms/req"
: > "$WORK/windows"
for page in $PAGES; do
  echo "$page $(date -u +%H:%M:%S) $(date -u -d "+${DURATION%s} seconds" +%H:%M:%S)" >> "$WORK/windows"
  read -r j0 p0 <<< "$(ticks)"
  out=$(load "$page" "$DURATION")
  read -r j1 p1 <<< "$(ticks)"
  rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
  n=$(awk '/requests in/ { print $1 }' <<< "$out")
  python3 -c "print('%-8s %9.1f %12.2f %10.2f' % ('$page', $rps, ($j1 - $j0) * 1000 / $HZ / $n, ($p1 - $p0) * 1000 / $HZ / $n))"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

[ -n "${PROFILE:-}" ] || exit 0
jcmd "$JPID" JFR.dump filename="$WORK/rec.jfr" > /dev/null
jfr print --events jdk.ExecutionSample --stack-depth 256 "$WORK/rec.jfr" > "$WORK/samples.txt"
python3 - "$WORK/samples.txt" "$WORK/windows" << 'PY'
import collections, re, sys
def seconds(t):
    h, m, s = t.split(':')
    return int(h) * 3600 + int(m) * 60 + float(s)
samples = []
for event in open(sys.argv[1]).read().split('jdk.ExecutionSample')[1:]:
    start, thread = re.search(r'startTime = (\S+)', event), re.search(r'sampledThread = "([^"]+)"', event)
    if start and thread and 'http-nio' in thread.group(1):
        samples.append((seconds(start.group(1)), re.findall(r'^\s+([\w$.<>/]+)\(', event, re.M)))
for line in open(sys.argv[2]):
    page, begin, end = line.split()
    inside = [frames for t, frames in samples if seconds(begin) + 1 <= t <= seconds(end)]
    if not inside:
        continue
    share = collections.Counter()
    for frames in inside:
        for name in {f for f in frames if f.startswith(('com.icpportal', 'org.thymeleaf.TemplateEngine.process',
                                                         'org.hibernate.internal.SessionImpl'))
                     and '$$' not in f and 'Filter.doFilter' not in f and '$Proxy' not in f}:
            share[name] += 1
    print('\n%s: %d request-thread samples; largest inclusive shares' % (page, len(inside)))
    for name, count in share.most_common(15):
        print('  %5.1f%%  %s' % (100 * count / len(inside), name))
PY
