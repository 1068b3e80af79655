#!/usr/bin/env bash
# Benchmark (not a test): uploads a document at the size limit ten times to a portal started with
# -Xmx256m and prints the heap used before and after, to show that uploads stream to disk.
# Usage: bench/upload-heap.sh            (builds the jar, uses a throw-away data directory)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -q -B -DskipTests package
java -Xmx256m -jar target/icp-change-portal-*.jar --server.port="$PORT" \
  --portal.embedded-db.data-directory="$WORK/postgres" --portal.documents.directory="$WORK/uploads" \
  --portal.demo-data=true > "$WORK/portal.log" 2>&1 &
PID=$!
for _ in $(seq 1 90); do
  curl -fs "http://localhost:$PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done

heap() { jcmd "$PID" GC.heap_info | awk '/used/ {print; exit}'; }
base="http://localhost:$PORT"
jar="$WORK/cookies"
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# Sign in as the Tianjin demo applicant and start a subject change.
t=$(curl -s -c "$jar" -b "$jar" "$base/login" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=applicant.tianjin" \
  --data-urlencode "password=icp-demo-2026" --data-urlencode "_csrf=$t" "$base/login"
start=$(curl -s -c "$jar" -b "$jar" "$base/filings" | grep -o 'href="/orders/start[^"]*SUBJECT_CHANGE[^"]*"' | head -1 \
  | sed 's/href="//;s/"$//;s/&amp;/\&/g')
page=$(curl -s -c "$jar" -b "$jar" "$base$start")
subject=$(echo "$start" | sed 's/.*subject=\([^&]*\).*/\1/')
order=$(curl -s -i -c "$jar" -b "$jar" --data-urlencode "subject=$subject" --data-urlencode "type=SUBJECT_CHANGE" \
  --data-urlencode "_csrf=$(echo "$page" | token)" "$base/orders" | tr -d '\r' | awk -F'/orders/' '/^Location/ {print $2}')
action=$(curl -s -c "$jar" -b "$jar" "$base/orders/$order/documents" \
  | grep -o 'action="[^"]*AUTHENTICITY_COMMITMENT?[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')

# A PDF exactly at the 10 MB limit.
file="$WORK/statement.pdf"
printf '%%PDF-1.4\n' > "$file"
truncate -s $((10 * 1024 * 1024)) "$file"

jcmd "$PID" GC.run > /dev/null
echo "heap before: $(heap)"
for i in $(seq 1 10); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -F "file=@$file;type=application/pdf" "$base$action")
  echo "upload $i of 10 MB: HTTP $code"
done
echo "heap after (no GC): $(heap)"
jcmd "$PID" GC.run > /dev/null
echo "heap after GC: $(heap)"
echo "stored files: $(find "$WORK/uploads" -type f -not -path '*/.incoming/*' | wc -l), each $(stat -c %s "$(find "$WORK/uploads" -type f -not -path '*/.incoming/*' | head -1)") bytes"
