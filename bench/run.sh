#!/usr/bin/env bash
# Benchmarks the token check against a throwaway PostgreSQL cluster and two service nodes on this machine.
# Usage (from anywhere): bench/run.sh
# Settings: BENCH_DURATION (15s per round), BENCH_ROUNDS (3, the median round is reported), BENCH_CONNECTIONS (32),
# BENCH_DIR.
# Needs: Java 17, PostgreSQL 15 server binaries (initdb, pg_ctl) and psql, wrk, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-bench}"
source "$ROOT/bench/lib.sh"

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
