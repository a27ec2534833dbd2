#!/usr/bin/env bash
# What a token check that the cache cannot answer costs a node and the database: /me over 1,000 tokens on a node with
# its cache off (ACCESS_TOKENS_CACHE_ENABLED=false), so that every check looks its token up, as every check does
# after a start or a reconnect emptied the cache, or for tokens a node has not seen. Each jar given (default: the
# built one) is started in turn, BENCH_ROUNDS times, warmed up for 20 s and measured for BENCH_DURATION, printing its
# throughput, its CPU per request, and the database's CPU and transactions per request.
# Usage: bench/miss-cost.sh [a.jar b.jar ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-miss-cost}"
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=("$ROOT/bootstrap/target/access-tokens.jar")
for i in "${!JARS[@]}"; do JARS[$i]=$(realpath "${JARS[$i]}"); done
export BENCH_ROUNDS="${BENCH_ROUNDS:-2}"
source "$ROOT/bench/lib.sh"

JAR=${JARS[0]} start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt" \
  >/dev/null
stop_node S

echo "/me over 1,000 tokens, cache off, $CONNECTIONS connections; $DURATION a round after 20 s of warm-up"
HZ=$(getconf CLK_TCK)
for round in $(seq 1 "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    JAR=$jar start_node S $PORT_A bench ACCESS_TOKENS_CACHE_ENABLED=false
    wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/bench/me.lua" "http://127.0.0.1:$PORT_A" >/dev/null
    node0=$(cpu_ticks "$PID_S") db0=$(database_ticks) xacts0=$(transactions)
    result=$(measure me.lua "http://127.0.0.1:$PORT_A")
    node1=$(cpu_ticks "$PID_S") db1=$(database_ticks) xacts1=$(transactions)
    stop_node S
    awk -v jar="$(basename "$jar")" -v round="$round" -v r="$result" -v hz="$HZ" -v seconds="${DURATION%s}" \
      -v node=$((node1 - node0)) -v db=$((db1 - db0)) -v xacts=$((xacts1 - xacts0)) 'BEGIN {
      split(r, parts, "rps="); split(parts[2], rps, " "); calls = rps[1] * seconds
      printf "%s, round %d: %s cpu_us=%.1f database_us=%.1f transactions_per_call=%.2f\n",
        jar, round, r, node / hz * 1e6 / calls, db / hz * 1e6 / calls, xacts / calls }'
  done
done
