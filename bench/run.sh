#!/usr/bin/env bash
# Benchmarks the token check against a throwaway PostgreSQL cluster and two service nodes on this machine.
# Usage (from anywhere): bench/run.sh
# Settings: BENCH_DURATION (15s per round), BENCH_ROUNDS (3, the median round is reported), BENCH_CONNECTIONS (32),
# BENCH_DIR.
# Needs: Java 17, PostgreSQL 15 server binaries (initdb, pg_ctl) and psql, wrk, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-bench}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
ROUNDS="${BENCH_ROUNDS:-3}"
PG_PORT=55432 PORT_A=18080 PORT_B=18081
JAR="$ROOT/bootstrap/target/access-tokens.jar"
OPERATOR_EMAIL=operator@bench.example OPERATOR_PASSWORD=bench-operator-password
INTROSPECTION_SECRET=bench-introspection-secret-0123456789
export INTROSPECTION_BASIC; INTROSPECTION_BASIC=$(printf 'gateway:%s' "$INTROSPECTION_SECRET" | base64 -w0)
export TOKENS_FILE="$WORK/tokens.txt"
export BENCH_HOME="$ROOT/bench"

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
  as_postgres pg_ctl -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK"
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
as_postgres initdb -D "$WORK/pg" -U postgres -A trust >/dev/null
as_postgres pg_ctl -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=256MB" start >/dev/null
psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc "CREATE DATABASE bench"
PSQL=(psql -h 127.0.0.1 -p $PG_PORT -U postgres -d bench -qAt)

start_node() { # name port database extra-env...
  local name=$1 port=$2 database=$3; shift 3
  env DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$database" DATASOURCES_DEFAULT_USERNAME=postgres \
    MICRONAUT_SERVER_PORT=$port ACCESS_TOKENS_JWT_SECRET=bench-jwt-secret-shared-by-all-nodes-0123456789 \
    ACCESS_TOKENS_BOOTSTRAP_OPERATOR_EMAIL=$OPERATOR_EMAIL ACCESS_TOKENS_BOOTSTRAP_OPERATOR_PASSWORD=$OPERATOR_PASSWORD \
    ACCESS_TOKENS_INTROSPECTION_CLIENTS_GATEWAY_SECRET=$INTROSPECTION_SECRET "$@" \
    java -Xmx256m -jar "$JAR" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$name=$!"
  for _ in $(seq 1 120); do curl -sf "localhost:$port/health/liveness" >/dev/null && return; sleep 0.5; done
  echo "node $name did not start; see $WORK/$name.log" >&2; exit 1
}
stop_node() { # name
  local var="PID_$1"; kill "${!var}"; wait "${!var}" 2>/dev/null || true
}
measure() { # script url -> one RESULT line
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/$1" "$2" | grep '^RESULT'
}
median() { # RESULT lines on stdin -> the median one by req/s
  sort -t= -k2 -g | sed -n "$(( (ROUNDS + 1) / 2 ))p"
}
load() { # script url -> the median of ROUNDS rounds, after a warm-up
  wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/bench/$1" "$2" >/dev/null
  for _ in $(seq 1 "$ROUNDS"); do measure "$1" "$2"; done | median
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }
RESULTS=()
record() { # label result
  RESULTS+=("$(printf '| %-52s | %10s | %8s | %8s | %6s |' "$1" "$(field rps "$2")" "$(field p50_ms "$2")" \
    "$(field p99_ms "$2")" "$(field non2xx "$2")")")
}

echo "== seeding 1,000 tokens"
start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt"
read -r SELLER_ID ADMIN_ID ADMIN_EMAIL ADMIN_PASSWORD <"$WORK/ids.txt"
stop_node S

echo "== copying the database and adding 999,000 more tokens to the copy"
psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc "CREATE DATABASE bench_1m TEMPLATE bench"
PSQL_1M=(psql -h 127.0.0.1 -p $PG_PORT -U postgres -d bench_1m -qAt)
"${PSQL_1M[@]}" -c "INSERT INTO access_token (id, seller_id, token_hash, token_hint, note, valid_until, created_at, created_by)
  SELECT gen_random_uuid(), '$SELLER_ID', encode(sha256(('filler-' || g)::bytea), 'hex'), 'sct_fill…', '',
         now() + interval '300 days', now() - (g || ' seconds')::interval, '$ADMIN_ID'
  FROM generate_series(1, 999000) g;"
"${PSQL_1M[@]}" -c "VACUUM ANALYZE access_token" -c "CHECKPOINT"   # let the bulk load settle before measuring
echo "   tokens: $("${PSQL[@]}" -c 'SELECT count(*) FROM access_token') in bench," \
  "$("${PSQL_1M[@]}" -c 'SELECT count(*) FROM access_token') in bench_1m"

echo "== 1k and 1M side by side: node S on bench, node L on bench_1m, measured in alternating rounds"
start_node S $PORT_A bench
start_node L $PORT_B bench_1m
SMALL="http://127.0.0.1:$PORT_A" LARGE="http://127.0.0.1:$PORT_B"
for url in "$SMALL" "$LARGE"; do
  wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/bench/me.lua" "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d10s "$url/health/liveness" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  echo "   round $round of $ROUNDS"
  measure plain.lua "$SMALL/health/liveness" >>"$WORK/live-1k"
  measure me.lua "$SMALL" >>"$WORK/me-1k"
  measure plain.lua "$LARGE/health/liveness" >>"$WORK/live-1m"
  measure me.lua "$LARGE" >>"$WORK/me-1m"
done
LIVE_1K=$(median <"$WORK/live-1k"); record "GET /health/liveness (anonymous), 1k tokens" "$LIVE_1K"
ME_1K=$(median <"$WORK/me-1k"); record "GET /api/v1/me with a token, 1k tokens, cache on" "$ME_1K"
LIVE_1M=$(median <"$WORK/live-1m"); record "GET /health/liveness (anonymous), 1M tokens" "$LIVE_1M"
ME_1M=$(median <"$WORK/me-1m"); record "GET /api/v1/me with a token, 1M tokens, cache on" "$ME_1M"
INTRO=$(load introspect.lua "$LARGE"); record "POST /api/v1/oauth/introspect, 1M tokens" "$INTRO"
RSS_L=$(awk '/VmHWM/ {print $2}' "/proc/$PID_L/status")
stop_node S

echo "== cache off (every check queries PostgreSQL)"
stop_node L
start_node L $PORT_B bench_1m ACCESS_TOKENS_CACHE_ENABLED=false
ME_NOCACHE=$(load me.lua "$LARGE"); record "GET /api/v1/me with a token, 1M tokens, cache OFF" "$ME_NOCACHE"
stop_node L

echo "== revocation across two nodes"
start_node A $PORT_A bench
start_node B $PORT_B bench
PROPAGATION=$(python3 "$ROOT/bench/api.py" propagation $PORT_A $PORT_B "$ADMIN_EMAIL" "$ADMIN_PASSWORD" 100 4 | grep '^RESULT')

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); wrk -t2 -c$CONNECTIONS -d$DURATION," \
  "median of $ROUNDS rounds per row (1k and 1M rounds alternate)"
echo
printf '| %-52s | %10s | %8s | %8s | %6s |\n' "measurement" "req/s" "p50 ms" "p99 ms" "non-2xx"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" "------------" "----------" "----------" "--------"
printf '%s\n' "${RESULTS[@]}"
echo
echo "| ratio | value | target |"
echo "|---|---|---|"
echo "| token /me throughput / liveness throughput (1k) | $(ratio "$(field rps "$ME_1K")" "$(field rps "$LIVE_1K")") | >= 0.80 |"
echo "| token /me p99 / liveness p99 (1k) | $(ratio "$(field p99_ms "$ME_1K")" "$(field p99_ms "$LIVE_1K")") | <= 2.00 |"
echo "| token /me throughput / liveness throughput (1M) | $(ratio "$(field rps "$ME_1M")" "$(field rps "$LIVE_1M")") | >= 0.80 |"
echo "| token /me p99 / liveness p99 (1M) | $(ratio "$(field p99_ms "$ME_1M")" "$(field p99_ms "$LIVE_1M")") | <= 2.00 |"
echo "| token /me throughput, 1M / 1k tokens | $(ratio "$(field rps "$ME_1M")" "$(field rps "$ME_1K")") | 0.90 - 1.10 |"
echo "| token /me throughput, cache on / off (1M) | $(ratio "$(field rps "$ME_1M")" "$(field rps "$ME_NOCACHE")") | (what the cache buys) |"
echo
echo "revocation propagation A -> B over $(field quiet_revocations "$PROPAGATION") revocations: p50 $(field p50_ms "$PROPAGATION") ms," \
  "p99 $(field p99_ms "$PROPAGATION") ms, max $(field max_ms "$PROPAGATION") ms (target p99 < 50 ms)"
echo "200 answers on node A to calls sent after the revoke returned, 4 concurrent callers, $(field loaded_revocations "$PROPAGATION")" \
  "revocations, $(field calls_after "$PROPAGATION") such calls: $(field late_200s "$PROPAGATION") (target 0)"
echo "peak resident memory of node L (1M tokens) under load with -Xmx256m: $((RSS_L / 1024)) MiB"
