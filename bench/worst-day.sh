#!/usr/bin/env bash
# The service on its worst day: two nodes (-Xmx256m, production password hashing) on one PostgreSQL, through a
# distributed sign-in flood, a flood of made-up tokens from one address, a flood of calls without credentials (what
# scanners send), a flood of sign-ins that are not JSON from many addresses (what a fuzzer sends), and the database
# going away and coming back.
# Each flood is measured against the same node undisturbed, in the same run.
# Usage (from anywhere): bench/worst-day.sh
# Settings: BENCH_DURATION (15s per measurement), BENCH_CONNECTIONS (32, the token-check load), BENCH_DIR, BENCH_JAR
# (the built jar by default).
# Needs: Java 17, PostgreSQL 15 server binaries (initdb, pg_ctl) and psql, wrk, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_DIR:-/tmp/access-tokens-worst-day}"
source "$ROOT/bench/lib.sh"
export REFUSED_FILE="$WORK/made-up-tokens.txt" ATTACKER_IP=203.0.113.66
A="http://127.0.0.1:$PORT_A"
SECONDS_LONG=${DURATION%s}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

echo "== two nodes, 1,000 tokens, 100,000 made-up ones"
start_node A $PORT_A bench
start_node B $PORT_B bench
python3 "$ROOT/bench/api.py" seed $PORT_A $OPERATOR_EMAIL $OPERATOR_PASSWORD 1000 "$TOKENS_FILE" "$WORK/ids.txt"
read -r _ _ ADMIN_EMAIL ADMIN_PASSWORD <"$WORK/ids.txt"
python3 "$ROOT/bench/api.py" made-up-tokens 100000 "$REFUSED_FILE"

echo "== undisturbed"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$ROOT/bench/me.lua" "$A" >/dev/null
BASE=$(measure me.lua "$A"); record "GET /api/v1/me, undisturbed" "$BASE"

under_flood() { # file connections label flood-label script url [VAR=value...] -> UNDER and FLOOD (RESULT lines)
  # Token checks measured while a second wrk floods the same node, and the flood's own result: both recorded.
  local file=$1 connections=$2 label=$3 flood_label=$4 script=$5 url=$6; shift 6
  env "$@" wrk -t1 -c"$connections" -d"$((SECONDS_LONG + 4))s" --latency -s "$ROOT/bench/$script" "$url" \
    >"$WORK/$file.txt" &
  local flood=$!
  sleep 2
  UNDER=$(measure me.lua "$A"); record "GET /api/v1/me during $label" "$UNDER"
  wait $flood
  FLOOD=$(grep '^RESULT' "$WORK/$file.txt"); record "  the flood: $flood_label" "$FLOOD"
}
signin_flood() { # label addresses(one|many)
  under_flood "signin-flood-$2" 64 "the sign-in flood from $1" "POST /api/v1/auth/login from $1" signin-flood.lua "$A" \
    FLOOD_FROM="$2"
}

echo "== sign-in flood: 64 connections of sign-ins with made-up e-mails, from one address"
signin_flood "one address" one
UNDER_SIGNIN_ONE=$UNDER
echo "== sign-in flood: the same, each from an address of its own"
signin_flood "64k addresses" many
UNDER_SIGNIN_MANY=$UNDER
sleep 2 # what Retry-After asks of a client refused at capacity
READY_AFTER_SIGNIN=$(status_of "$A/health/readiness")
SIGN_IN_AFTER=$(status_of -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$A/api/v1/auth/login")
AFTER_SIGNIN=$(measure me.lua "$A"); record "GET /api/v1/me after the sign-in floods" "$AFTER_SIGNIN"
RSS_AFTER_SIGNIN=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$PID_A/status")

echo "== refused-token flood: made-up tokens (valid checksum) from one address"
ROWS_BEFORE=$("${PSQL[@]}" -c "SELECT count(*) FROM audit_event WHERE client_ip = '$ATTACKER_IP'")
FLOOD_STARTED=$(date +%s)
under_flood refused-flood 16 "the made-up-token flood" "GET /api/v1/me, made-up tokens (429)" refused-flood.lua "$A"
UNDER_REFUSED=$UNDER REFUSED=$FLOOD
FLOOD_ENDED=$(date +%s)
sleep 3 # the audit trail is written every second
read -r ROWS OCCURRENCES < <("${PSQL[@]}" -F' ' -c "SELECT count(*), coalesce(sum(occurrences), 0) FROM audit_event
  WHERE client_ip = '$ATTACKER_IP'")
MINUTES=$(( (FLOOD_ENDED / 60) - (FLOOD_STARTED / 60) + 1 ))

echo "== flood of calls without credentials: 16 connections of GET /api/v1/me, answered 401"
under_flood anonymous-flood 16 "the flood without credentials" "GET /api/v1/me, no credentials (401)" plain.lua \
  "$A/api/v1/me"
UNDER_ANONYMOUS=$UNDER

echo "== flood of bad input: 16 connections of sign-ins whose body is not JSON, each from an address of its own"
under_flood malformed-flood 16 "the flood of bad input" "POST /api/v1/auth/login, not JSON (400)" signin-flood.lua \
  "$A" FLOOD_FROM=many FLOOD_BODY=malformed
UNDER_MALFORMED=$UNDER

echo "== the database goes away for 10 s"
SESSION=$(python3 "$ROOT/bench/api.py" session $PORT_A "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
TOKEN=$(head -1 "$TOKENS_FILE")
MARKER="worst-day-outage-$(date +%s)"
as_postgres pg_ctl -D "$WORK/pg" -m fast stop >/dev/null
python3 "$ROOT/bench/api.py" probe $PORT_A "$SESSION" "$TOKEN" "$MARKER" >"$WORK/probe.txt"
# Token checks from many addresses while it is away: the cache is off, so each waits for the database. How many
# threads and how much memory that costs node A, sampled every second.
THREADS_BEFORE=$(awk '/^Threads/ {print $2}' "/proc/$PID_A/status")
FROM=many wrk -t2 -c512 -d8s --timeout 5s -s "$ROOT/bench/me.lua" "$A" >"$WORK/outage-flood.txt" &
OUTAGE_FLOOD=$!
MAX_THREADS=0 MAX_RSS=0
for _ in 1 2 3 4 5 6 7 8; do
  sleep 1
  read -r THREADS RSS < <(awk '/^Threads/ {t=$2} /^VmRSS/ {r=int($2/1024)} END {print t, r}' "/proc/$PID_A/status")
  (( THREADS > MAX_THREADS )) && MAX_THREADS=$THREADS
  (( RSS > MAX_RSS )) && MAX_RSS=$RSS
done
wait $OUTAGE_FLOOD
sleep 2
as_postgres pg_ctl -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=256MB" start >/dev/null
BACK=$(date +%s.%N)
RECOVERED_A=$(python3 "$ROOT/bench/api.py" recovery $PORT_A "$TOKEN" "$BACK")
RECOVERED_B=$(python3 "$ROOT/bench/api.py" recovery $PORT_B "$TOKEN" "$BACK")
sleep 3
AUDITED=$("${PSQL[@]}" -c "SELECT coalesce(sum(occurrences), 0) FROM audit_event WHERE user_agent = '$MARKER'")

print_results "token checks: wrk -t2 -c$CONNECTIONS -d$DURATION on node A; floods from the same machine"
echo
echo "| ratio | value | target |"
echo "|---|---|---|"
echo "| token checks during the sign-in flood from one address / undisturbed, throughput | $(ratio "$(field rps "$UNDER_SIGNIN_ONE")" "$(field rps "$BASE")") | >= 0.50 |"
echo "| token checks during the sign-in flood from one address / undisturbed, p99 | $(ratio "$(field p99_ms "$UNDER_SIGNIN_ONE")" "$(field p99_ms "$BASE")") | <= 5.00 |"
echo "| token checks during the sign-in flood from 64k addresses / undisturbed, throughput | $(ratio "$(field rps "$UNDER_SIGNIN_MANY")" "$(field rps "$BASE")") | >= 0.50 |"
echo "| token checks during the sign-in flood from 64k addresses / undisturbed, p99 | $(ratio "$(field p99_ms "$UNDER_SIGNIN_MANY")" "$(field p99_ms "$BASE")") | <= 5.00 |"
echo "| token checks after the sign-in floods / undisturbed, throughput | $(ratio "$(field rps "$AFTER_SIGNIN")" "$(field rps "$BASE")") | (healthy) |"
echo "| token checks during the made-up-token flood / undisturbed, throughput | $(ratio "$(field rps "$UNDER_REFUSED")" "$(field rps "$BASE")") | >= 0.50 |"
echo "| token checks during the made-up-token flood / undisturbed, p99 | $(ratio "$(field p99_ms "$UNDER_REFUSED")" "$(field p99_ms "$BASE")") | (shown) |"
echo "| token checks during the flood without credentials / undisturbed, throughput | $(ratio "$(field rps "$UNDER_ANONYMOUS")" "$(field rps "$BASE")") | >= 0.50 |"
echo "| token checks during the flood without credentials / undisturbed, p99 | $(ratio "$(field p99_ms "$UNDER_ANONYMOUS")" "$(field p99_ms "$BASE")") | (shown) |"
echo "| token checks during the flood of bad input / undisturbed, throughput | $(ratio "$(field rps "$UNDER_MALFORMED")" "$(field rps "$BASE")") | >= 0.50 |"
echo "| token checks during the flood of bad input / undisturbed, p99 | $(ratio "$(field p99_ms "$UNDER_MALFORMED")" "$(field p99_ms "$BASE")") | (shown) |"
echo
echo "after the sign-in floods: readiness $READY_AFTER_SIGNIN, a real sign-in $SIGN_IN_AFTER, node A's peak RSS $RSS_AFTER_SIGNIN MiB"
echo "made-up-token flood: $(field rps "$REFUSED") req/s for $((SECONDS_LONG + 4)) s from one address; audit rows for it:" \
  "$((ROWS - ROWS_BEFORE)) over $MINUTES clock minute(s), standing for $OCCURRENCES refused calls (the rest were 429, unlooked-up)"
echo
echo "| while the database is away | answer | ms |"
echo "|---|---|---|"
sed -n 's/^PROBE \(.*\)|\(.*\)|\(.*\)$/| \1 | \2 | \3 |/p' "$WORK/probe.txt"
echo
echo "while it was away, 512 connections of token checks from 64k addresses:" \
  "$(field rps "$(grep '^RESULT' "$WORK/outage-flood.txt")") answers a second (503)," \
  "node A's threads at most $MAX_THREADS ($THREADS_BEFORE before), its RSS at most $MAX_RSS MiB"
echo "after it came back: node A answered a token call after $(field recovered_s "$RECOVERED_A") s, node B after" \
  "$(field recovered_s "$RECOVERED_B") s; refused calls made during the outage found in the audit trail: $AUDITED of 5"
