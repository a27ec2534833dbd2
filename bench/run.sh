#!/usr/bin/env bash
# Benchmarks the token check against a throwaway PostgreSQL cluster and two service nodes on this machine, side by side
# with a bare Micronaut app (bench/bare) run with the same JVM flags: the framework's own speed is the baseline.
# Usage (from anywhere): bench/run.sh
# Settings: BENCH_DURATION (15s per round), BENCH_ROUNDS (3, the median round is reported), BENCH_CONNECTIONS (32),
# BENCH_LAUNCHES (3 launches of each start measured, alternating; the median is reported with the range), BENCH_DIR.
# Needs: Java 17, PostgreSQL 15 server binaries (initdb, pg_ctl) and psql, wrk, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-bench}"
source "$ROOT/bench/lib.sh"

PORT_BARE=18082 PORT_R=18083
CONTAINER_FLAGS="-XX:+UseSerialGC -Xmn48m -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=96m -Xss512k -XX:MaxDirectMemorySize=64m"

echo "== seeding 1,000 tokens with scopes and an allowlist, and 1,000 full-access ones"
start_node S $PORT_A bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt" \
  "$WORK/tokens-full.txt"
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

echo "== the bare app, node S (1k tokens) and node L (1M tokens), measured in alternating rounds"
start_bare H $PORT_BARE
start_node S $PORT_A bench
start_node L $PORT_B bench_1m
BARE="http://127.0.0.1:$PORT_BARE" SMALL="http://127.0.0.1:$PORT_A" LARGE="http://127.0.0.1:$PORT_B"
wrk -t2 -c"$CONNECTIONS" -d10s "$BARE/hello" >/dev/null
for url in "$SMALL" "$LARGE"; do
  wrk -t2 -c"$CONNECTIONS" -d20s -s "$ROOT/bench/me.lua" "$url" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d10s "$url/health/liveness" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  echo "   round $round of $ROUNDS"
  measure_cpu "$PID_H" plain.lua "$BARE/hello" >>"$WORK/hello"
  measure_cpu "$PID_S" plain.lua "$SMALL/health/liveness" >>"$WORK/live"
  measure_cpu "$PID_S" me.lua "$SMALL" >>"$WORK/me-1k"
  TOKENS_FILE="$WORK/tokens-full.txt" measure_cpu "$PID_S" me.lua "$SMALL" >>"$WORK/me-1k-full"
  measure_cpu "$PID_L" me.lua "$LARGE" >>"$WORK/me-1m"
done
HELLO=$(median <"$WORK/hello"); record "GET /hello, bare Micronaut (the baseline)" "$HELLO"
LIVE=$(median <"$WORK/live"); record "GET /health/liveness" "$LIVE"
ME_1K=$(median <"$WORK/me-1k"); record "GET /api/v1/me, token with scopes + allowlist, 1k" "$ME_1K"
ME_FULL=$(median <"$WORK/me-1k-full"); record "GET /api/v1/me, full-access token, 1k" "$ME_FULL"
ME_1M=$(median <"$WORK/me-1m"); record "GET /api/v1/me, token with scopes + allowlist, 1M" "$ME_1M"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/bench/introspect.lua" "$LARGE" >/dev/null
INTRO=$(for _ in $(seq 1 "$ROUNDS"); do measure_cpu "$PID_L" introspect.lua "$LARGE"; done | median)
record "POST /api/v1/oauth/introspect, 1M" "$INTRO"
RSS_H=$(awk '/VmHWM/ {print $2}' "/proc/$PID_H/status")
RSS_S=$(awk '/VmHWM/ {print $2}' "/proc/$PID_S/status")
RSS_L=$(awk '/VmHWM/ {print $2}' "/proc/$PID_L/status")
stop_node S
stop_node H

echo "== cache off (every check queries PostgreSQL)"
stop_node L
start_node L $PORT_B bench_1m ACCESS_TOKENS_CACHE_ENABLED=false
ME_NOCACHE=$(load me.lua "$LARGE"); record "GET /api/v1/me, 1M tokens, cache OFF" "$ME_NOCACHE"
stop_node L

echo "== start, without and with a class-data-sharing archive (and an AOT cache on JDK 25), and memory with the container flags"
# Made from the jar the nodes run (BENCH_JAR): the JVM refuses an archive made from a jar at another path.
CDS_JAR="$JAR" "$ROOT/scripts/cds-archive.sh" "$WORK/access-tokens.jsa" >/dev/null
# The AOT cache of JDK 25 (JEP 483, 515), where this machine has one: the same script, run with that JDK.
JDK25="${BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
AOT=false
if [ -x "$JDK25/bin/java" ]; then
  CDS_JAR="$JAR" JAVA="$JDK25/bin/java" "$ROOT/scripts/cds-archive.sh" "$WORK/access-tokens.aot" >/dev/null
  AOT=true
fi
# The bare app's own archive and cache, so that the node's start from its archive is compared with the bare app's from
# its own: each written as the app exits after a few calls. A JVM given a missing archive starts without one, silently
# slower, so a missing one stops the run.
bare_archive() { # java write-option (-XX:...=<file>)
  PATH="$(dirname "$1"):$PATH" JAVA_OPTS="$2" start_bare W $PORT_BARE
  for _ in 1 2 3; do curl -s "localhost:$PORT_BARE/hello" >/dev/null; done
  stop_node W
  [ -s "${2#*=}" ] || { echo "the bare app wrote no ${2#*=}; see $WORK/W.log" >&2; exit 1; }
}
bare_archive "$(command -v java)" "-XX:ArchiveClassesAtExit=$WORK/bare.jsa"
if $AOT; then bare_archive "$JDK25/bin/java" "-XX:AOTCacheOutput=$WORK/bare.aot"; fi
# One launch moves by a few hundred milliseconds on a shared machine: each start is measured LAUNCHES times, in turn.
for _ in $(seq 1 "$LAUNCHES"); do
  start_bare T $PORT_BARE; echo "$START_MS_T" >>"$WORK/start-bare"; stop_node T
  JAVA_OPTS="-XX:SharedArchiveFile=$WORK/bare.jsa" start_bare T $PORT_BARE
  echo "$START_MS_T" >>"$WORK/start-bare-cds"; stop_node T
  start_node T $PORT_A bench; echo "$START_MS_T" >>"$WORK/start-node"; stop_node T
  JAVA_OPTS="-XX:SharedArchiveFile=$WORK/access-tokens.jsa" start_node T $PORT_A bench
  echo "$START_MS_T" >>"$WORK/start-cds"; stop_node T
  # As a pod would start it: the archive and operations.md's container flags together.
  JAVA_OPTS="-XX:SharedArchiveFile=$WORK/access-tokens.jsa $CONTAINER_FLAGS" start_node T $PORT_A bench MALLOC_ARENA_MAX=2
  echo "$START_MS_T" >>"$WORK/start-cds-container"; stop_node T
  if $AOT; then
    PATH="$JDK25/bin:$PATH" JAVA_OPTS="-XX:AOTCache=$WORK/bare.aot" start_bare T $PORT_BARE
    echo "$START_MS_T" >>"$WORK/start-bare-aot"; stop_node T
    PATH="$JDK25/bin:$PATH" JAVA_OPTS="-XX:AOTCache=$WORK/access-tokens.aot" start_node T $PORT_A bench
    echo "$START_MS_T" >>"$WORK/start-aot"; stop_node T
    PATH="$JDK25/bin:$PATH" JAVA_OPTS="-XX:AOTCache=$WORK/access-tokens.aot $CONTAINER_FLAGS" \
      start_node T $PORT_A bench MALLOC_ARENA_MAX=2
    echo "$START_MS_T" >>"$WORK/start-aot-container"; stop_node T
  fi
done
versus() { # a file of start times, another -> "<launches> / <launches> = <ratio of their medians>"
  echo "$(launches "$1") / $(launches "$2") = $(ratio "$(median_of "$1")" "$(median_of "$2")")"
}
START_AOT="(no JDK 25 at $JDK25)" START_AOT_CONTAINER="(no JDK 25 at $JDK25)" START_AOT_RATIO="(no JDK 25 at $JDK25)"
if $AOT; then
  START_AOT=$(launches "$WORK/start-aot") START_AOT_CONTAINER=$(launches "$WORK/start-aot-container")
  START_AOT_RATIO=$(versus "$WORK/start-aot" "$WORK/start-bare-aot")
fi
# The bare app with the same flags beside it, in alternating rounds: garbage collection is much of a p99, and these
# flags collect differently from the default ones.
JAVA_OPTS="$CONTAINER_FLAGS" start_node R $PORT_R bench_1m MALLOC_ARENA_MAX=2
JAVA_OPTS="$CONTAINER_FLAGS" MALLOC_ARENA_MAX=2 start_bare C $PORT_BARE
wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/bench/me.lua" "http://127.0.0.1:$PORT_R" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT_BARE/hello" >/dev/null
for _ in $(seq 1 "$ROUNDS"); do
  measure_cpu "$PID_C" plain.lua "http://127.0.0.1:$PORT_BARE/hello" >>"$WORK/hello-container"
  measure_cpu "$PID_R" me.lua "http://127.0.0.1:$PORT_R" >>"$WORK/me-container"
done
stop_node C
HELLO_C=$(median <"$WORK/hello-container"); record "GET /hello, bare Micronaut, container flags" "$HELLO_C"
ME_R=$(median <"$WORK/me-container"); record "GET /api/v1/me, 1M, container flags" "$ME_R"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/bench/introspect.lua" "http://127.0.0.1:$PORT_R" >/dev/null
RSS_R_TOKENS=$(awk '/VmHWM/ {print $2}' "/proc/$PID_R/status")
# Sign-ins are part of a node's load too, and each is an Argon2id hash of 19 MiB: a flood of them under token checks.
FLOOD_FROM=many wrk -t1 -c64 -d"$DURATION" -s "$ROOT/bench/signin-flood.lua" "http://127.0.0.1:$PORT_R" >/dev/null &
SIGNIN_FLOOD=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/bench/me.lua" "http://127.0.0.1:$PORT_R" >/dev/null
wait "$SIGNIN_FLOOD"
RSS_R=$(awk '/VmHWM/ {print $2}' "/proc/$PID_R/status")
stop_node R

echo "== revocation across two nodes"
# Polling for the 401 of each revoked token from one address would soon use up its allowance of refused tokens.
start_node A $PORT_A bench ACCESS_TOKENS_RATE_LIMITS_REFUSED_TOKENS_PER_MINUTE=0
start_node B $PORT_B bench ACCESS_TOKENS_RATE_LIMITS_REFUSED_TOKENS_PER_MINUTE=0
PROPAGATION=$(python3 "$ROOT/bench/api.py" propagation $PORT_A $PORT_B "$ADMIN_EMAIL" "$ADMIN_PASSWORD" 100 4 | grep '^RESULT')

print_results "wrk -t2 -c$CONNECTIONS -d$DURATION, median of $ROUNDS rounds per row (rounds alternate between the bare app\
 and the two nodes)"
echo
echo "| ratio | value | target |"
echo "|---|---|---|"
echo "| /me throughput / bare /hello (1k) | $(ratio "$(field rps "$ME_1K")" "$(field rps "$HELLO")") | >= 0.80 |"
echo "| /me p99 / bare /hello p99 (1k) | $(ratio "$(field p99_ms "$ME_1K")" "$(field p99_ms "$HELLO")") | <= 1.50 |"
echo "| /me throughput and p99 / bare /hello's, both with the container flags (1M) |" \
  "$(ratio "$(field rps "$ME_R")" "$(field rps "$HELLO_C")") and $(ratio "$(field p99_ms "$ME_R")" "$(field p99_ms "$HELLO_C")") | (the same, measured with the flags operations.md recommends) |"
echo "| introspection throughput / bare /hello | $(ratio "$(field rps "$INTRO")" "$(field rps "$HELLO")") | >= 0.70 |"
echo "| liveness throughput / bare /hello | $(ratio "$(field rps "$LIVE")" "$(field rps "$HELLO")") | >= 0.80 |"
echo "| /me throughput, scopes + allowlist / full access (1k) | $(ratio "$(field rps "$ME_1K")" "$(field rps "$ME_FULL")") | 0.95 - 1.05 |"
echo "| /me throughput, 1M / 1k tokens | $(ratio "$(field rps "$ME_1M")" "$(field rps "$ME_1K")") | 0.90 - 1.10 |"
echo "| /me throughput, cache on / off (1M) | $(ratio "$(field rps "$ME_1M")" "$(field rps "$ME_NOCACHE")") | (what the cache buys) |"
echo "| start to first 200, median of $LAUNCHES launches (range): service / bare app |" \
  "$(versus "$WORK/start-node" "$WORK/start-bare") | <= 1.10 |"
echo "| start to first 200 with the CDS archive, median of $LAUNCHES launches (range) | $(launches "$WORK/start-cds") | <= 2000 ms |"
echo "| start to first 200 on JDK 25 with its AOT cache, median of $LAUNCHES launches (range) | $START_AOT | <= 2000 ms |"
echo "| the same two, each with the container flags as well | $(launches "$WORK/start-cds-container") and $START_AOT_CONTAINER | <= 2000 ms |"
echo "| start to first 200 with an AppCDS archive each, median of $LAUNCHES launches (range): service / bare app |" \
  "$(versus "$WORK/start-cds" "$WORK/start-bare-cds") | (the start ratio, both from an archive) |"
echo "| the same on JDK 25, with an AOT cache each | $START_AOT_RATIO | (the start ratio, both from a cache) |"
echo "| peak RSS under load, -Xmx256m: bare / node S / node L | $((RSS_H / 1024)) / $((RSS_S / 1024)) / $((RSS_L / 1024)) MiB | <= 300 MiB |"
echo "| peak RSS under load, node L with the container flags: token checks / and a sign-in flood | $((RSS_R_TOKENS / 1024)) / $((RSS_R / 1024)) MiB | <= 300 MiB |"
echo
echo "revocation propagation A -> B over $(field quiet_revocations "$PROPAGATION") revocations: p50 $(field p50_ms "$PROPAGATION") ms," \
  "p99 $(field p99_ms "$PROPAGATION") ms, max $(field max_ms "$PROPAGATION") ms (target p99 < 50 ms)"
echo "200 answers on node A to calls sent after the revoke returned, 4 concurrent callers, $(field loaded_revocations "$PROPAGATION")" \
  "revocations, $(field calls_after "$PROPAGATION") such calls: $(field late_200s "$PROPAGATION") (target 0)"
echo "container flags: $CONTAINER_FLAGS, and MALLOC_ARENA_MAX=2 in the environment"
