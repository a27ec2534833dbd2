#!/usr/bin/env bash
# Where the CPU goes, kernel included, in a node and in the bare app side by side: async-profiler (fetched from Maven
# Central) samples every thread of both processes, Java, JVM and kernel frames alike, where JFR (bench/profile.sh)
# sees Java code only. Usage: bench/cpu-profile.sh [me|introspect|liveness|start] (default me).
# - me, introspect, liveness: both warmed up, then each profiled for BENCH_DURATION (15s) under wrk, one after the
#   other; prints CPU µs a request by thread group, the event loops' share in the kernel, libraries and top frames.
# - start: a launch of each, profiled from the JVM's start to the first 200: CPU by thread, and the main thread's
#   share by library.
# Settings: BENCH_DIR, BENCH_DURATION, BENCH_PROFILE_INTERVAL (sampling interval, default 500us). Collapsed stacks are
# left in BENCH_DIR (node.collapsed, bare.collapsed), one line a stack with its thread's name first.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-cpu-profile}"
source "$ROOT/bench/lib.sh"
WHAT=${1:-me}
INTERVAL=${BENCH_PROFILE_INTERVAL:-500us}
ASYNC_PROFILER_VERSION=4.1

(cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION -DoutputDirectory="$WORK/async-profiler")
unzip -q -o -d "$WORK/async-profiler" "$WORK/async-profiler/async-profiler-$ASYNC_PROFILER_VERSION.jar" linux-x64/libasyncProfiler.so
AGENT="$WORK/async-profiler/linux-x64/libasyncProfiler.so"
OPTIONS="event=cpu,interval=$INTERVAL,threads,collapsed"
profiler() { # pid command (start or stop,file=...): loads the agent into the running JVM, which runs the command
  # quoted, or jcmd would read the options' first "=" as one of its own arguments
  jcmd "$1" JVMTI.agent_load "$AGENT" "\"$2,$OPTIONS\"" >/dev/null
}

start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt"
stop_node S

if [ "$WHAT" = start ]; then
  JAVA_OPTS="-agentpath:$AGENT=start,$OPTIONS" start_node S $PORT_A bench
  profiler "$PID_S" "stop,file=$WORK/node.collapsed"
  JAVA_OPTS="-agentpath:$AGENT=start,$OPTIONS" start_bare H 18082
  profiler "$PID_H" "stop,file=$WORK/bare.collapsed"
  echo "start to first 200: node $START_MS_S ms, bare app $START_MS_H ms (both slowed by the profiler)"
  python3 "$ROOT/bench/cpu_top.py" start "$INTERVAL" "$WORK/node.collapsed" "$WORK/bare.collapsed"
  exit
fi

case "$WHAT" in
  me) script=me.lua url="http://127.0.0.1:$PORT_A" ;;
  introspect) script=introspect.lua url="http://127.0.0.1:$PORT_A" ;;
  liveness) script=plain.lua url="http://127.0.0.1:$PORT_A/health/liveness" ;;
  *) echo "unknown: $WHAT" >&2; exit 2 ;;
esac
start_node S $PORT_A bench
start_bare H 18082
BARE="http://127.0.0.1:18082/hello"
wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/bench/plain.lua" "$BARE" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/bench/$script" "$url" >/dev/null
profiler "$PID_S" start
NODE_RESULT=$(measure "$script" "$url")
profiler "$PID_S" "stop,file=$WORK/node.collapsed"
profiler "$PID_H" start
BARE_RESULT=$(measure plain.lua "$BARE")
profiler "$PID_H" "stop,file=$WORK/bare.collapsed"
echo "node, $WHAT: $NODE_RESULT"
echo "bare app, /hello: $BARE_RESULT"
python3 "$ROOT/bench/cpu_top.py" load "$INTERVAL" "$WORK/node.collapsed" "$WORK/bare.collapsed" \
  "$(( $(field rps "$NODE_RESULT" | cut -d. -f1) * ${DURATION%s} ))" \
  "$(( $(field rps "$BARE_RESULT" | cut -d. -f1) * ${DURATION%s} ))"
