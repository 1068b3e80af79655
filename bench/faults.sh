#!/usr/bin/env bash
# Fault injection (not a test) against a started portal (issue 21). Each fault is done to the real
# process over HTTP; at the end it prints delivered / duplicated / lost counts for the emails and the
# leftover files of the uploads, and what the outage looked like to a reader.
#
#  1. kill -9 while the mail server is slow to close: 10 one-time links (admin, /admin/accounts/{id}/
#     password-link) go to an SMTP server that accepts each message and waits 5 s before answering
#     QUIT; once it has accepted all 10, kill -9; restart with a working server, a 10 s claim timeout
#     and resubmission every 5 s, and count each outbox row's emails by Message-ID.
#  2. SMTP down: 5 more links while nothing listens on the SMTP port; then the server comes back.
#  3. kill -9 during uploads: 3 uploads of a 3 MB scan sent slowly (curl --limit-rate) to an order's
#     Documents page; kill -9 while they arrive; restart; look for any file holding the scan's marker
#     under the data directories and the portal's java.io.tmpdir.
#  4. database outage: kill -9 of the embedded PostgreSQL's postmaster; a signed-in page (in Chinese
#     by Accept-Language), sign-in and readiness during the outage; how long until it is back.
#  5. shutdown with the database gone: kill -9 of the postmaster, then SIGTERM to the portal.
#
# Usage: bench/faults.sh      (SKIP_BUILD=1 reuses target/*.jar; needs curl, psql, python3)
# The portal, its database and SMTP take free ports chosen here (PORT=… to choose the portal's).
set -euo pipefail
cd "$(dirname "$0")/.."

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PORT=${PORT:-$(free_port)}
DB_PORT=$(free_port)
SMTP_PORT=$(free_port)
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 3
  # a PostgreSQL left by a portal killed with -9 (when the script stopped in between)
  [ -f "$WORK/postgres/postmaster.pid" ] && kill "$(head -1 "$WORK/postgres/postmaster.pid")" 2>/dev/null && sleep 2
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "   portal log (last lines):"; tail -30 "$WORK/portal.log" | sed 's/^/   /'; exit 1; }
mkdir -p "$WORK/tmp" "$WORK/mail"

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
sql() { PGPASSWORD= psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -tAc "$1"; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$(now)"; }

start_portal() {
  java -Djava.io.tmpdir="$WORK/tmp" -jar "$JAR" --server.port="$PORT" --portal.embedded-db.port="$DB_PORT" \
    --portal.embedded-db.data-directory="$WORK/postgres" --portal.documents.directory="$WORK/uploads" \
    --portal.demo-data=true --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
    --portal.notifications.claim-timeout=PT10S --portal.notifications.resubmit-min-age=PT0S \
    --portal.notifications.resubmit-interval=PT5S \
    --logging.level.com.icpportal.notification.Deliveries=DEBUG \
    "$@" >> "$WORK/portal.log" 2>&1 &
  PORTAL=$!
  PIDS+=("$PORTAL")
  for _ in $(seq 1 300); do
    curl -fs -m 5 "http://localhost:$PORT/actuator/health/readiness" > /dev/null 2>&1 && return 0
    kill -0 "$PORTAL" 2>/dev/null || fail "the portal exited at start"
    sleep 1
  done
  fail "the portal did not start"
}
SMTP=
smtp() { python3 bench/smtp-sink.py "$@" & SMTP=$!; PIDS+=("$SMTP"); sleep 1; }
smtp_stop() { [ -z "$SMTP" ] || { kill "$SMTP" 2>/dev/null || true; wait "$SMTP" 2>/dev/null || true; SMTP=; }; }

base="http://localhost:$PORT"; jar="$WORK/cookies"; page="$WORK/page.html"
get() { curl -s -m 30 -c "$jar" -b "$jar" -o "$page" "$base$1"; }
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() {
  rm -f "$jar"; get /login
  curl -s -m 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=icp-demo-2026" --data-urlencode "_csrf=$(token)" "$base/login"
}
# one new one-time link for each account id given, issued by the signed-in admin
issue_links() {
  for id in "$@"; do
    get "/admin/accounts/$id"
    curl -s -m 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$(token)" "$base/admin/accounts/$id/password-link"
  done
}
# emails received (in every mail directory) with the Message-ID of the outbox row
copies() { grep -lis "^Message-ID: <$1@" "$WORK"/mail/*.eml 2>/dev/null | wc -l; }
# count delivered / duplicated / lost over the outbox rows whose ids are in the file $1
tally() {
  local delivered=0 duplicated=0 lost=0 n
  while read -r id; do
    n=$(copies "$id")
    if [ "$n" = 0 ]; then lost=$((lost + 1)); else delivered=$((delivered + 1)); duplicated=$((duplicated + n - 1)); fi
  done < "$1"
  echo "$delivered $duplicated $lost"
}
link_rows() { sql "select id from notification where kind = 'ACCOUNT_LINK' and channel = 'EMAIL' order by created_at"; }

echo "portal on port $PORT, PostgreSQL on $DB_PORT, SMTP on $SMTP_PORT, data in $WORK"
smtp slowclose "$SMTP_PORT" "$WORK/mail" 5
start_portal
sign_in admin
mapfile -t ACCOUNTS < <(sql "select id from account where username <> 'admin' order by username")
[ "${#ACCOUNTS[@]}" -ge 5 ] || fail "the demo accounts are missing"

echo "1. kill -9 while the mail server takes 5 s to answer QUIT"
issue_links "${ACCOUNTS[@]:0:5}" "${ACCOUNTS[@]:0:5}"
for _ in $(seq 1 120); do [ "$(ls "$WORK/mail" | wc -l)" -ge 10 ] && break; sleep 0.25; done
[ "$(ls "$WORK/mail" | wc -l)" -ge 10 ] || fail "the mail server did not receive the 10 links"
kill -9 "$PORTAL"; wait "$PORTAL" 2>/dev/null || true
echo "   killed after the server accepted $(ls "$WORK/mail" | wc -l) messages; the outbox then held: $(sql "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n from notification where kind = 'ACCOUNT_LINK' group by status) s")"
link_rows > "$WORK/fault1.ids"
smtp_stop
smtp sink "$SMTP_PORT" "$WORK/mail"
start_portal
sleep 25   # resubmission every 5 s, claim timeout 10 s: a row left SENDING would be sent again by now
read -r F1_DELIVERED F1_DUPLICATED F1_LOST <<< "$(tally "$WORK/fault1.ids")"
echo "   after the restart: delivered $F1_DELIVERED, duplicated $F1_DUPLICATED, lost $F1_LOST"

echo "2. SMTP down while 5 links are issued, then back"
sign_in admin
smtp_stop
issue_links "${ACCOUNTS[@]:0:5}"
for _ in $(seq 1 60); do [ "$(sql "select count(*) from notification where kind = 'ACCOUNT_LINK' and status = 'FAILED'")" -ge 5 ] && break; sleep 0.5; done
echo "   while down: $(sql "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n from notification where kind = 'ACCOUNT_LINK' and id not in ($(sed "s/.*/'&'/" "$WORK/fault1.ids" | paste -sd,)) group by status) s")"
link_rows | grep -vxFf "$WORK/fault1.ids" > "$WORK/fault2.ids" || true
smtp sink "$SMTP_PORT" "$WORK/mail"
for _ in $(seq 1 60); do read -r d _ _ <<< "$(tally "$WORK/fault2.ids")"; [ "$d" -ge 5 ] && break; sleep 1; done
sleep 10
read -r F2_DELIVERED F2_DUPLICATED F2_LOST <<< "$(tally "$WORK/fault2.ids")"
echo "   after it came back: delivered $F2_DELIVERED, duplicated $F2_DUPLICATED, lost $F2_LOST"

echo "3. kill -9 during 3 uploads"
sign_in applicant.tianjin
start=$(curl -s -c "$jar" -b "$jar" "$base/filings" | grep -o 'href="/orders/start[^"]*SUBJECT_CHANGE[^"]*"' | head -1 \
  | sed 's/href="//;s/"$//;s/&amp;/\&/g')
get "$start"
subject=$(echo "$start" | sed 's/.*subject=\([^&]*\).*/\1/')
order=$(curl -s -i -c "$jar" -b "$jar" --data-urlencode "subject=$subject" --data-urlencode "type=SUBJECT_CHANGE" \
  --data-urlencode "_csrf=$(token)" "$base/orders" | tr -d '\r' | awk -F'/orders/' '/^Location/ {print $2}')
[ -n "$order" ] || fail "no order started"
action=$(curl -s -c "$jar" -b "$jar" "$base/orders/$order/documents" \
  | grep -o 'action="[^"]*ID_CARD_FRONT?[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
[ -n "$action" ] || fail "no upload form"
MARKER="partial-identity-scan-$(date +%s%N)"
scan="$WORK/scan.png"
{ printf '%s' "$MARKER"; head -c $((3 * 1024 * 1024)) /dev/zero; } > "$scan"
for _ in 1 2 3; do
  curl -s -o /dev/null -m 120 --limit-rate 300k -c "$jar" -b "$jar" -F "file=@$scan;type=image/png" "$base$action" &
  PIDS+=("$!")
done
holding() { grep -rlas --exclude-dir=embedded-pg "$MARKER" "$WORK/uploads" "$WORK/tmp" "$WORK/postgres" 2>/dev/null | grep -v "^$scan\$" || true; }
for _ in $(seq 1 60); do [ "$(holding | wc -l)" -ge 3 ] && break; sleep 0.5; done
sleep 2
kill -9 "$PORTAL"; wait "$PORTAL" 2>/dev/null || true
F3_BEFORE=$(holding | wc -l)
echo "   killed with $F3_BEFORE partial files of the scan on disk:"
holding | sed "s|$WORK/|   |"
start_portal
F3_LEFT=$(holding | wc -l)
echo "   after the restart: $F3_LEFT files of the scan anywhere"

echo "4. database outage: kill -9 of the embedded PostgreSQL"
sign_in admin
postmaster=$(head -1 "$WORK/postgres/postmaster.pid")
down_at=$(now)
kill -9 "$postmaster"
t0=$(now)
outage=$(curl -s -m 60 -o "$WORK/outage.html" -D "$WORK/outage.headers" -w '%{http_code}' -c "$jar" -b "$jar" \
  -H 'Accept-Language: zh-CN,zh;q=0.9' "$base/admin/accounts")
F4_PAGE_SECONDS=$(since "$t0")
F4_RETRY=$(grep -i '^Retry-After' "$WORK/outage.headers" | tr -d '\r' | awk '{print $2}' || true)
F4_TITLE=$(grep -o '<h1>[^<]*</h1>' "$WORK/outage.html" | sed 's/<[^>]*>//g' || true)
ready_during=$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")
for _ in $(seq 1 120); do
  [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] && break
  sleep 0.5
done
F4_RECOVERY=$(since "$down_at")
after=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/admin/accounts")
echo "   a signed-in page: HTTP $outage in ${F4_PAGE_SECONDS} s, Retry-After $F4_RETRY, \"$F4_TITLE\"; readiness HTTP $ready_during"
echo "   readiness UP again ${F4_RECOVERY} s after the kill; the same session's page: HTTP $after"

echo "5. shutdown with the database gone"
postmaster=$(head -1 "$WORK/postgres/postmaster.pid")
kill -9 "$postmaster"
t0=$(now)
kill -TERM "$PORTAL"
wait "$PORTAL" 2>/dev/null || true
F5_SHUTDOWN=$(since "$t0")
restarted=no; [ -f "$WORK/postgres/postmaster.pid" ] && kill -0 "$(head -1 "$WORK/postgres/postmaster.pid")" 2>/dev/null && restarted=yes
echo "   the portal stopped ${F5_SHUTDOWN} s after SIGTERM (database restarted meanwhile: $restarted)"

window=$(grep -o 'recorded SENT [0-9]* µs after' "$WORK/portal.log" | awk '{print $3}' | sort -n || true)
if [ -n "$window" ]; then
  W_N=$(echo "$window" | wc -l)
  W_MED=$(echo "$window" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]/1000}')
  W_MAX=$(echo "$window" | tail -1 | awk '{print $1/1000}')
else
  W_N=0; W_MED=-; W_MAX=-
fi

echo
echo "fault                                   delivered  duplicated  lost  leftover files"
printf '%-40s %9s  %10s  %4s  %14s\n' "kill -9 while SMTP is slow to close" "$F1_DELIVERED/10" "$F1_DUPLICATED" "$F1_LOST" "-"
printf '%-40s %9s  %10s  %4s  %14s\n' "SMTP down, then back" "$F2_DELIVERED/5" "$F2_DUPLICATED" "$F2_LOST" "-"
printf '%-40s %9s  %10s  %4s  %14s\n' "kill -9 during 3 uploads" "-" "-" "-" "$F3_LEFT (was $F3_BEFORE)"
echo
echo "database outage: signed-in page HTTP $outage in ${F4_PAGE_SECONDS} s (\"$F4_TITLE\", Retry-After $F4_RETRY), readiness $ready_during; UP again after ${F4_RECOVERY} s"
echo "shutdown with the database gone: ${F5_SHUTDOWN} s"
echo "crash window (server accepted → SENT committed), $W_N emails: median ${W_MED} ms, max ${W_MAX} ms"
if [ "$F1_DUPLICATED$F1_LOST$F2_DUPLICATED$F2_LOST$F3_LEFT" = 00000 ] && [ "$outage" = 503 ] && [ "$after" = 200 ]; then
  echo "PASS"
else
  echo "FAIL"; exit 1
fi
