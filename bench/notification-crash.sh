#!/usr/bin/env bash
# Scripted check (not a test): a portal killed with kill -9 right after a decision commits sends the
# applicant's email after the restart, exactly once.
#
#  1. starts the portal (throw-away data directory, 40 generated orders, demo accounts) with its SMTP
#     server pointing at a "blackhole" that accepts connections and never answers;
#  2. signs in as reviewer.wang and passes an order in provider review over HTTP: the decision and its
#     event publication commit together; the listener then hangs while handing the email to SMTP;
#  3. kill -9 the portal while the email is SENDING;
#  4. restarts it with a working SMTP server (bench/smtp-sink.py) and a short claim timeout: the
#     start-up resubmission sends the email; the check waits for another resubmission round and
#     counts the messages for the order (header X-Portal-Reference): exactly one.
#
# Usage: bench/notification-crash.sh      (SKIP_BUILD=1 reuses target/*.jar; needs curl, psql, python3)
# (On this branch the decision is the reviewer's "pass": the administration's approval has no page
# until the authority module lands. The path is the same: any ChangeOrderEvent, one listener.)
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
  sleep 2
  rm -rf "$WORK"
}
trap cleanup EXIT

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
sql() { PGPASSWORD= psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -tAc "$1"; }

start_portal() {
  java -jar "$JAR" --server.port="$PORT" --portal.embedded-db.port="$DB_PORT" \
    --portal.embedded-db.data-directory="$WORK/postgres" --portal.documents.directory="$WORK/uploads" \
    --portal.demo-data=true --portal.generate.orders=40 \
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
    --spring.mail.properties.mail.smtp.connectiontimeout=5000 --spring.mail.properties.mail.smtp.timeout=600000 \
    "$@" >> "$WORK/portal.log" 2>&1 &
  PORTAL=$!
  PIDS+=("$PORTAL")
  for _ in $(seq 1 240); do
    curl -fs -m 5 "http://localhost:$PORT/actuator/health" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "portal did not start; log: $WORK/portal.log"; tail -50 "$WORK/portal.log"; exit 1
}

python3 bench/smtp-sink.py blackhole "$SMTP_PORT" & BLACKHOLE=$!; PIDS+=("$BLACKHOLE")
echo "1. portal with a hung SMTP server"
start_portal

read -r ORDER REFERENCE <<< "$(sql "select id || ' ' || reference from change_order where state = 'PROVIDER_REVIEW' order by reference limit 1")"
echo "2. reviewer.wang passes $REFERENCE over HTTP"
base="http://localhost:$PORT"; jar="$WORK/cookies"
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
t=$(curl -s -m 30 -c "$jar" -b "$jar" "$base/login" | token)
curl -s -m 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=reviewer.wang" \
  --data-urlencode "password=icp-demo-2026" --data-urlencode "_csrf=$t" "$base/login"
t=$(curl -s -m 30 -c "$jar" -b "$jar" "$base/review/orders/$ORDER" | token)
curl -s -m 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" "$base/review/orders/$ORDER/claim"
version=$(sql "select version from change_order where id = '$ORDER'")
t=$(curl -s -m 30 -c "$jar" -b "$jar" "$base/review/orders/$ORDER" | token)
curl -s -m 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" --data-urlencode "decision=pass" \
  --data-urlencode "version=$version" "$base/review/orders/$ORDER/decision"
state=$(sql "select state from change_order where id = '$ORDER'")
[ "$state" = VERIFICATION ] || { echo "FAIL: the decision did not commit (state $state)"; exit 1; }

for _ in $(seq 1 60); do
  sending=$(sql "select count(*) from notification where order_id = '$ORDER' and channel = 'EMAIL' and status = 'SENDING'")
  [ "$sending" = 1 ] && break
  sleep 0.5
done
[ "$sending" = 1 ] || { echo "FAIL: the email never reached the SMTP step"; exit 1; }
echo "   committed; the email is being handed to SMTP; its publication is incomplete:"
sql "select status, completion_date is null as incomplete from event_publication where serialized_event like '%$ORDER%' and event_type like '%PassedProviderReview'"

echo "3. kill -9"
kill -9 "$PORTAL"; wait "$PORTAL" 2>/dev/null || true
kill "$BLACKHOLE"; wait "$BLACKHOLE" 2>/dev/null || true

echo "4. restart with a working SMTP server"
mkdir -p "$WORK/mail"
python3 bench/smtp-sink.py sink "$SMTP_PORT" "$WORK/mail" & PIDS+=($!)
start_portal --portal.notifications.claim-timeout=PT5S --portal.notifications.resubmit-min-age=PT0S \
  --portal.notifications.resubmit-interval=PT10S
count() { grep -l "X-Portal-Reference: $REFERENCE" "$WORK"/mail/*.eml 2>/dev/null | wc -l; }
for _ in $(seq 1 60); do [ "$(count)" -ge 1 ] && break; sleep 1; done
sleep 25   # at least two more resubmission rounds
sql "select channel, status, attempts from notification where order_id = '$ORDER' and kind = 'PHOTO_NEEDED' order by channel"
n=$(count)
if [ "$n" = 1 ]; then
  echo "PASS: exactly one email for $REFERENCE after kill -9 and restart"
else
  echo "FAIL: $n emails for $REFERENCE"; exit 1
fi
