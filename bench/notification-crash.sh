#!/usr/bin/env bash
# Scripted check (not a test) of issue 10's "a process killed with kill -9 right after an approval
# commits sends the email after restart": the applicant's approval email arrives exactly once.
#
#  1. starts the portal (throw-away data directory, 40 generated orders, demo accounts, the default
#     manual administration gateway) with its SMTP server a working sink (bench/smtp-sink.py);
#  2. prepares an order over HTTP through the real pages, as reviewer.wang: a generated order
#     AWAITING_SUBMISSION (the generator's SQL rows are the only setup data) is claimed on its case
#     page, submitted to the administration on /review/orders/{id}/administration, and each
#     principal's SMS verification the page lists is recorded, until it is in AUTHORITY_REVIEW; the
#     check waits until the emails of these steps are sent;
#  3. replaces the SMTP server by a "blackhole" on the same port (accepts connections, never answers)
#     and records the administration's approval on the same page (approvedOn = the date the form
#     proposes, today in China): the approval, the filing update and the event publication commit
#     together; the listener then hangs while handing the approval email to SMTP;
#  4. kill -9 the portal while that email is SENDING;
#  5. restarts it with a working SMTP server and a short claim timeout: the start-up resubmission
#     sends the email; the check waits for more resubmission rounds, counts the messages for the
#     order (header X-Portal-Reference), and passes when there is exactly one, it is the approval
#     email (notification kind APPROVED, SENT) and the filing shows the approved values.
#
# Usage: bench/notification-crash.sh      (SKIP_BUILD=1 reuses target/*.jar; needs curl, psql, python3)
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
  sleep 2
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "   portal log (last lines):"; tail -20 "$WORK/portal.log" | sed 's/^/   /'; exit 1; }

[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/icp-change-portal-*.jar | grep -v original | head -1)
sql() { PGPASSWORD= psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -tAc "$1"; }

start_portal() {
  java -jar "$JAR" --server.port="$PORT" --portal.embedded-db.port="$DB_PORT" \
    --portal.embedded-db.data-directory="$WORK/postgres" --portal.documents.directory="$WORK/uploads" \
    --portal.demo-data=true --portal.generate.orders=40 --portal.authority.gateway=manual \
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
smtp() { python3 bench/smtp-sink.py "$@" & SMTP=$!; PIDS+=("$SMTP"); sleep 1; }

mkdir -p "$WORK/mail-before" "$WORK/mail"
smtp sink "$SMTP_PORT" "$WORK/mail-before"
echo "1. portal (port $PORT) with a working SMTP server"
start_portal

base="http://localhost:$PORT"; jar="$WORK/cookies"; page="$WORK/page.html"
get() { curl -s -m 30 -c "$jar" -b "$jar" -o "$page" "$base$1"; }
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"$//'; }
field() { tr "\n" " " < "$page" | grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | sed 's/.*value="//;s/"$//'; }
# post PATH NAME=VALUE…: with the CSRF token of the page last fetched; the portal must answer with a
# redirect (Post/Redirect/Get) that is not to the sign-in page
post() {
  local path=$1; shift
  local args=(--data-urlencode "_csrf=$(token)")
  for pair in "$@"; do args+=(--data-urlencode "$pair"); done
  local answer
  answer=$(curl -s -m 30 -o "$WORK/answer.html" -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" "${args[@]}" "$base$path")
  case "$answer" in
    302\ *login*|302\ *error*) fail "POST $path answered $answer" ;;
    302\ *) ;;
    *) fail "POST $path answered $answer" ;;
  esac
}
state() { sql "select state from change_order where id = '$ORDER'"; }

read -r ORDER REFERENCE TYPE <<< "$(sql "select id || ' ' || reference || ' ' || type from change_order
  where state = 'AWAITING_SUBMISSION' and due_at > now() order by rules_sms_verification_required desc, reference limit 1")"
[ -n "$ORDER" ] || fail "no generated order awaiting submission"
admin="/review/orders/$ORDER/administration"
echo "2. reviewer.wang takes $REFERENCE ($TYPE) to the administration's review over HTTP"
get /login
post /login username=reviewer.wang password=icp-demo-2026
get "/review/orders/$ORDER"
post "/review/orders/$ORDER/claim"
get "$admin"
post "$admin/submit" "version=$(field version | head -1)"
echo "   submitted: $(state)"
get "$admin"
for _ in 1 2 3 4 5 6; do
  mobile=$(field mobile | head -1 || true)
  [ -n "$mobile" ] || break
  post "$admin/sms-verified" "version=$(field version | head -1)" "mobile=$mobile"
  echo "   SMS verification of ${mobile:0:3}****${mobile: -4} recorded: $(state)"
  get "$admin"
done
[ "$(state)" = AUTHORITY_REVIEW ] || fail "$REFERENCE is $(state), not AUTHORITY_REVIEW"
for _ in $(seq 1 60); do
  busy=$(sql "select (select count(*) from notification where order_id = '$ORDER' and status in ('PENDING', 'SENDING'))
    + (select count(*) from event_publication where serialized_event like '%$ORDER%')")
  [ "$busy" = 0 ] && break
  sleep 0.5
done
[ "$busy" = 0 ] || fail "the emails of the preparation were not sent"
echo "   the preparation's emails are sent ($(grep -l "X-Portal-Reference: $REFERENCE" "$WORK"/mail-before/*.eml 2>/dev/null | wc -l) for $REFERENCE)"

echo "3. SMTP hangs from now on; reviewer.wang records the administration's approval over HTTP"
kill "$SMTP"; wait "$SMTP" 2>/dev/null || true
smtp blackhole "$SMTP_PORT"; BLACKHOLE=$SMTP
approved_on=$(field approvedOn || true)
[ -n "$approved_on" ] || fail "the approval form is not on the administration page"
post "$admin/approval" "version=$(field version | head -1)" "approvedOn=$approved_on" "note=crash check"
[ "$(state)" = APPROVED ] || fail "the approval did not commit (state $(state))"
for _ in $(seq 1 60); do
  sending=$(sql "select count(*) from notification where order_id = '$ORDER' and kind = 'APPROVED' and channel = 'EMAIL' and status = 'SENDING'")
  [ "$sending" = 1 ] && break
  sleep 0.5
done
[ "$sending" = 1 ] || fail "the approval email never reached the SMTP step"
echo "   approved on $approved_on, committed; the approval email is being handed to SMTP; its publication is incomplete:"
sql "select '   ' || event_type || ' ' || status || ' incomplete=' || (completion_date is null) from event_publication where serialized_event like '%$ORDER%' and event_type like '%\$Approved'"

echo "4. kill -9"
kill -9 "$PORTAL"; wait "$PORTAL" 2>/dev/null || true
kill "$BLACKHOLE"; wait "$BLACKHOLE" 2>/dev/null || true

echo "5. restart with a working SMTP server"
smtp sink "$SMTP_PORT" "$WORK/mail"
start_portal --portal.notifications.claim-timeout=PT5S --portal.notifications.resubmit-min-age=PT0S \
  --portal.notifications.resubmit-interval=PT10S
mails() { grep -l "X-Portal-Reference: $REFERENCE" "$WORK"/mail/*.eml 2>/dev/null || true; }
for _ in $(seq 1 60); do [ "$(mails | wc -l)" -ge 1 ] && break; sleep 1; done
sleep 25   # at least two more resubmission rounds
echo "   the approval's messages after the restart (kind|channel|status|attempts):"
sql "select kind, channel, status, attempts from notification where order_id = '$ORDER' and kind = 'APPROVED' order by channel" | sed 's/^/   /'
n=$(mails | wc -l)
[ "$n" = 1 ] || fail "$n emails for $REFERENCE after the restart (expected exactly one)"
subject=$(python3 -c 'import email, sys; from email.header import decode_header, make_header
print(make_header(decode_header(email.message_from_binary_file(open(sys.argv[1], "rb"))["Subject"])))' "$(mails)")
echo "   the email: $subject"
sent=$(sql "select count(*) from notification where order_id = '$ORDER' and kind = 'APPROVED' and channel = 'EMAIL' and status = 'SENT'")
[ "$sent" = 1 ] || fail "the approval email is not SENT in the outbox"
if [ "$TYPE" = SUBJECT_CHANGE ]; then
  filed=$(sql "select s.address = o.address and s.address is not null from change_order o join filing_subject s on s.id = o.subject_id where o.id = '$ORDER'")
  shown=$(sql "select s.address from filing_subject s join change_order o on s.id = o.subject_id where o.id = '$ORDER'")
else
  filed=$(sql "select w.name = o.website_name and w.name is not null from change_order o join filing_website w on w.id = o.website_id where o.id = '$ORDER'")
  shown=$(sql "select w.name from filing_website w join change_order o on w.id = o.website_id where o.id = '$ORDER'")
fi
[ "$filed" = t ] || fail "the filing does not show the approved values"
echo "   the filing shows the approved value: $shown"
echo "PASS: exactly one approval email for $REFERENCE after kill -9 and restart"
