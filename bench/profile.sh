#!/usr/bin/env bash
# Where the time goes: one node (-Xmx256m) under wrk, recorded with Java Flight Recorder, and the top frames and
# garbage collections printed. Usage: bench/profile.sh [me|introspect|liveness] (default me); BENCH_DIR, BENCH_DURATION.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-profile}"
source "$ROOT/bench/lib.sh"
WHAT=${1:-me}
SECONDS_LONG=${DURATION%s}

start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt"
stop_node S
JAVA_OPTS="-XX:StartFlightRecording=filename=$WORK/profile.jfr,settings=profile,delay=10s,duration=${SECONDS_LONG}s" \
  start_node P $PORT_A bench
case "$WHAT" in
  me) script=me.lua url="http://127.0.0.1:$PORT_A" ;;
  introspect) script=introspect.lua url="http://127.0.0.1:$PORT_A" ;;
  liveness) script=plain.lua url="http://127.0.0.1:$PORT_A/health/liveness" ;;
  *) echo "unknown: $WHAT" >&2; exit 2 ;;
esac
wrk -t2 -c"$CONNECTIONS" -d"$((SECONDS_LONG + 15))s" -s "$ROOT/bench/$script" "$url" | grep '^RESULT'
sleep 2
python3 "$ROOT/bench/jfr_top.py" "$WORK/profile.jfr"
