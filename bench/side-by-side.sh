#!/usr/bin/env bash
# Two builds of the service side by side: both nodes on one seeded database, measured in alternating rounds, then
# again with their ports and order swapped, since the node measured second in a round tends to do better on this
# 2-core machine. Prints every round and, per endpoint, the after/before throughput ratio and CPU per request over the
# rounds after the first (a warm-up) of both orders.
# Usage: bench/side-by-side.sh <before.jar> <after.jar> [me|introspect|liveness|anonymous|scanner ...] (default: me);
# anonymous is /me without credentials (401), scanner a path nothing serves (404).
# BENCH_DURATION (default 8s), BENCH_ROUNDS (default 4, the first a warm-up), BENCH_DIR;
# SIDE_ENV_BEFORE / SIDE_ENV_AFTER: settings for one side only, e.g. SIDE_ENV_AFTER=ACCESS_TOKENS_HTTP_REQUEST_LOG=false
# (the same jar twice then compares a setting).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-side-by-side}"
[ $# -ge 2 ] && [ -f "$1" ] && [ -f "$2" ] || { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
BEFORE_JAR=$(realpath "$1") AFTER_JAR=$(realpath "$2"); shift 2
WHAT=("${@:-me}")
export BENCH_DURATION="${BENCH_DURATION:-8s}"
source "$ROOT/bench/lib.sh"
ROUNDS="${BENCH_ROUNDS:-4}"
read -r -a ENV_BEFORE <<<"${SIDE_ENV_BEFORE:-}"
read -r -a ENV_AFTER <<<"${SIDE_ENV_AFTER:-}"

JAR=$BEFORE_JAR start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt" \
  >/dev/null
stop_node S
start_bare bare 18090

target() { # what port -> "script url"
  case "$1" in
    me) echo "me.lua http://127.0.0.1:$2" ;;
    introspect) echo "introspect.lua http://127.0.0.1:$2" ;;
    liveness) echo "plain.lua http://127.0.0.1:$2/health/liveness" ;;
    anonymous) echo "plain.lua http://127.0.0.1:$2/api/v1/me" ;;
    scanner) echo "plain.lua http://127.0.0.1:$2/wp-login.php" ;;
    *) echo "unknown endpoint: $1 (me, introspect, liveness, anonymous or scanner)" >&2; exit 2 ;;
  esac
}

: >"$WORK/rounds.txt"
for order in before-first after-first; do
  if [ $order = before-first ]; then first=before second=after; else first=after second=before; fi
  JAR=$BEFORE_JAR start_node before $([ $first = before ] && echo $PORT_A || echo $PORT_B) bench "${ENV_BEFORE[@]}"
  JAR=$AFTER_JAR start_node after $([ $first = after ] && echo $PORT_A || echo $PORT_B) bench "${ENV_AFTER[@]}"
  for round in $(seq 1 "$ROUNDS"); do
    for what in "${WHAT[@]}"; do
      if [ "$what" = liveness ]; then
        echo "$order $round bare /hello $(measure_cpu "$PID_bare" plain.lua http://127.0.0.1:18090/hello)" \
          | tee -a "$WORK/rounds.txt"
      fi
      for side in $first $second; do
        port=$([ $side = $first ] && echo $PORT_A || echo $PORT_B)
        pid_var="PID_$side"
        read -r script url <<<"$(target "$what" "$port")"
        echo "$order $round $side $what $(measure_cpu "${!pid_var}" "$script" "$url")" | tee -a "$WORK/rounds.txt"
      done
    done
  done
  stop_node before
  stop_node after
done

echo
echo "after / before, rounds 2 to $ROUNDS of both orders (geometric mean of each round's throughput ratio):"
for what in "${WHAT[@]}"; do
  awk -v what="$what" '
    $4 == what && $2 > 1 { rps[$1, $2, $3] = substr($6, 5); cpu[$3] += substr($NF, 8); n[$3]++ }
    END {
      for (key in rps) {
        split(key, k, SUBSEP)
        if (k[3] == "after") { logs += log(rps[key] / rps[k[1], k[2], "before"]); rounds++ }
      }
      printf "%-10s throughput %.3f over %d rounds; CPU per request %.1f us before, %.1f us after\n",
        what, exp(logs / rounds), rounds, cpu["before"] / n["before"], cpu["after"] / n["after"]
    }' "$WORK/rounds.txt"
done
