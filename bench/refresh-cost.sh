#!/usr/bin/env bash
# What keeping many tokens in use costs a node and the database: BENCH_TOKENS (default 30,000, within a 256 MiB
# node's cache) tokens stored straight in SQL, checked round-robin on /me, so that every one is read again at half
# its max-entry-age. Each jar given (default: the built one) is started in turn, BENCH_ROUNDS times, measured for its
# first 10 s (a restart: no token cached yet), warmed up for 60 s more and measured for 60 s (two half ages), printing
# its throughput, CPU per request, the CPU of its token-refresh thread and of the database's processes, the tokens
# read again (cache_load_total) and the database's transactions.
# Usage: bench/refresh-cost.sh [a.jar b.jar ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-refresh-cost}"
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=("$ROOT/bootstrap/target/access-tokens.jar")
for i in "${!JARS[@]}"; do JARS[$i]=$(realpath "${JARS[$i]}"); done
export BENCH_ROUNDS="${BENCH_ROUNDS:-2}"
source "$ROOT/bench/lib.sh"
TOKENS="${BENCH_TOKENS:-30000}"

JAR=${JARS[0]} start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1 "$WORK/seeded.txt" "$WORK/ids.txt" >/dev/null
read -r SELLER_ID ADMIN_ID _ <"$WORK/ids.txt"
stop_node S
python3 "$ROOT/bench/many_tokens.py" "$TOKENS" "$SELLER_ID" "$ADMIN_ID" "$TOKENS_FILE" "$WORK/rows.tsv"
"${PSQL[@]}" -c "\copy access_token (id, seller_id, token_hash, token_hint, note, valid_until, created_at, created_by) FROM '$WORK/rows.tsv'" \
  -c "VACUUM ANALYZE access_token"

thread_ticks() { # pid thread-name -> that thread's user + system CPU time, in clock ticks
  for task in /proc/"$1"/task/*; do
    [ "$(cat "$task/comm")" = "$2" ] && awk '{print $14 + $15}' "$task/stat" || true
  done | awk '{s += $1} END {print s + 0}'
}
reads_again() { curl -s "localhost:$PORT_A/prometheus" | awk '/^cache_load_total\{cache="access_tokens_known"/ {s += $2} END {print s + 0}'; }

echo "$TOKENS tokens in use on /me, $CONNECTIONS connections; 60 s a round after 70 s of warm-up"
DURATION=60s
HZ=$(getconf CLK_TCK)
for round in $(seq 1 "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    JAR=$jar start_node S $PORT_A bench
    echo "$(basename "$jar"), round $round, the first 10 s after the start: $(DURATION=10s measure me.lua "http://127.0.0.1:$PORT_A")"
    wrk -t2 -c"$CONNECTIONS" -d60s -s "$ROOT/bench/me.lua" "http://127.0.0.1:$PORT_A" >/dev/null
    node0=$(cpu_ticks "$PID_S") refresh0=$(thread_ticks "$PID_S" token-refresh) db0=$(database_ticks)
    reads0=$(reads_again) xacts0=$(transactions)
    result=$(measure me.lua "http://127.0.0.1:$PORT_A")
    node1=$(cpu_ticks "$PID_S") refresh1=$(thread_ticks "$PID_S" token-refresh) db1=$(database_ticks)
    reads1=$(reads_again) xacts1=$(transactions)
    stop_node S
    awk -v jar="$(basename "$jar")" -v round="$round" -v r="$result" -v hz="$HZ" -v node=$((node1 - node0)) \
      -v refresh=$((refresh1 - refresh0)) -v db=$((db1 - db0)) -v reads=$((reads1 - reads0)) \
      -v xacts=$((xacts1 - xacts0)) 'BEGIN {
      split(r, parts, "rps="); split(parts[2], rps, " ");
      printf "%s, round %d: %s cpu_us=%.1f refresh_thread_s=%.2f database_s=%.2f read_again=%d transactions=%d\n",
        jar, round, r, node / hz * 1e6 / (rps[1] * 60), refresh / hz, db / hz, reads, xacts }'
  done
done
