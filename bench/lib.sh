# Shared by the benchmark scripts: a throwaway PostgreSQL cluster, service nodes, wrk rounds and the result table.
# Sourced, not run: set ROOT (the repository) and WORK (a scratch directory, emptied) first.
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
ROUNDS="${BENCH_ROUNDS:-3}"
LAUNCHES="${BENCH_LAUNCHES:-3}"
PG_PORT=55432 PORT_A=18080 PORT_B=18081
JAR="${BENCH_JAR:-$ROOT/bootstrap/target/access-tokens.jar}"
BARE_JAR="$ROOT/bench/bare/target/bare-micronaut.jar"
OPERATOR_EMAIL=operator@bench.example OPERATOR_PASSWORD=bench-operator-password
INTROSPECTION_SECRET=bench-introspection-secret-0123456789
export INTROSPECTION_BASIC; INTROSPECTION_BASIC=$(printf 'gateway:%s' "$INTROSPECTION_SECRET" | base64 -w0)
export TOKENS_FILE="$WORK/tokens.txt"
export BENCH_HOME="$ROOT/bench"

command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
[ -f "$BARE_JAR" ] || (cd "$ROOT" && ./mvnw -B -q -f bench/bare/pom.xml package)

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

start_node() { # name port database extra-env... (sets START_MS_<name>: from launch to the first 200, in ms)
  local name=$1 port=$2 database=$3; shift 3
  local launched; launched=$(date +%s%N)
  env DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$database" DATASOURCES_DEFAULT_USERNAME=postgres \
    MICRONAUT_SERVER_PORT=$port ACCESS_TOKENS_JWT_SECRET=bench-jwt-secret-shared-by-all-nodes-0123456789 \
    ACCESS_TOKENS_BOOTSTRAP_OPERATOR_EMAIL=$OPERATOR_EMAIL ACCESS_TOKENS_BOOTSTRAP_OPERATOR_PASSWORD=$OPERATOR_PASSWORD \
    ACCESS_TOKENS_INTROSPECTION_CLIENTS_GATEWAY_SECRET=$INTROSPECTION_SECRET \
    ACCESS_TOKENS_RATE_LIMITS_GENERATED_TOKENS_PER_MINUTE=0 ACCESS_TOKENS_HTTP_TRUSTED_PROXIES=127.0.0.1 "$@" \
    java -Xmx256m ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$name=$!"
  wait_for_200 "$name" "localhost:$port/health/liveness" "$launched"
}
start_bare() { # name port (the bare Micronaut app of bench/bare, same JVM flags)
  local name=$1 port=$2
  local launched; launched=$(date +%s%N)
  MICRONAUT_SERVER_PORT=$port java -Xmx256m ${JAVA_OPTS:-} -jar "$BARE_JAR" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$name=$!"
  wait_for_200 "$name" "localhost:$port/hello" "$launched"
}
wait_for_200() { # name url launched-nanos
  for _ in $(seq 1 1200); do
    if curl -sf "$2" >/dev/null 2>&1; then
      eval "START_MS_$1=$(( ($(date +%s%N) - $3) / 1000000 ))"
      return
    fi
    sleep 0.05
  done
  echo "$1 did not start; see $WORK/$1.log" >&2; exit 1
}
cpu_ticks() { # pid -> user + system CPU time, in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}
database_ticks() { # -> the database's processes' CPU time, in clock ticks
  for pid in $(pgrep -u postgres postgres); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true; done \
    | awk '{s += $1} END {print s + 0}'
}
transactions() { # -> the transactions database bench has committed and rolled back so far
  "${PSQL[@]}" -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'bench'"
}
measure_cpu() { # pid script url -> a RESULT line with cpu_us (server CPU per request, in microseconds)
  local before after result
  # 2 s of the same calls first, not counted: tokens idle for longer than a node's max-entry-age (60 s) while the
  # other rows ran have left its cache, and a round would otherwise begin with all of them going to the database.
  wrk -t2 -c"$CONNECTIONS" -d2s -s "$ROOT/bench/$2" "$3" >/dev/null
  before=$(cpu_ticks "$1")
  result=$(measure "$2" "$3")
  after=$(cpu_ticks "$1")
  awk -v r="$result" -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" -v seconds="${DURATION%s}" 'BEGIN {
    split(r, parts, "rps="); split(parts[2], rps, " ");
    printf "%s cpu_us=%.1f\n", r, ticks / hz * 1e6 / (rps[1] * seconds) }'
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
  RESULTS+=("$(printf '| %-52s | %10s | %8s | %8s | %6s | %7s |' "$1" "$(field rps "$2")" "$(field p50_ms "$2")" \
    "$(field p99_ms "$2")" "$(field non2xx "$2")" "$(field cpu_us "$2")")")
}
median_of() { # a file of numbers -> its median (of an even count, the mean of the middle two)
  sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%d\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
launches() { # a file of start times in ms -> "<median> ms (<fastest> to <slowest>)"
  echo "$(median_of "$1") ms ($(sort -n "$1" | head -1) to $(sort -n "$1" | tail -1))"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
print_results() { # how the load was made -> the machine, then the table of what record collected
  echo
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); $1"
  echo
  printf '| %-52s | %10s | %8s | %8s | %6s | %7s |\n' "measurement" "req/s" "p50 ms" "p99 ms" "non-2xx" "CPU µs"
  printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..54})" "------------" "----------" "----------" "--------" \
    "---------"
  printf '%s\n' "${RESULTS[@]}"
}
