#!/usr/bin/env bash
# Builds a class-data-sharing archive of the service for the JDK on the PATH (or $JAVA): starts the built jar once,
# on the database the environment names or a throwaway embedded one, sends it the calls a node serves, and stops it;
# the JVM writes the archive as it exits. On JDK 25 and later that is an AOT cache (-XX:AOTCacheOutput, JEP 483 and
# 515: classes loaded and linked, and method profiles), on earlier JDKs an AppCDS archive (-XX:ArchiveClassesAtExit).
# Prints the option to start nodes with (-XX:AOTCache=<file> or -XX:SharedArchiveFile=<file>; for instance in
# JAVA_TOOL_OPTIONS); keep the same JDK, jar (at the same path) and -Xmx.
# Usage: scripts/cds-archive.sh [archive] (default bootstrap/target/access-tokens.aot on JDK 25+, .jsa before);
# CDS_JAR=<jar> archives another copy of the jar, started by that path (the JVM refuses an archive made from another).
# Needs: the jar (mvnw package).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${CDS_JAR:-$ROOT/bootstrap/target/access-tokens.jar}"
JAVA="${JAVA:-java}"
RELEASE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${RELEASE%%.*}" -ge 25 ]; then
  ARCHIVE="${1:-$ROOT/bootstrap/target/access-tokens.aot}"
  WRITE="-XX:AOTCacheOutput=$ARCHIVE" USE="-XX:AOTCache=$ARCHIVE"
else
  ARCHIVE="${1:-$ROOT/bootstrap/target/access-tokens.jsa}"
  WRITE="-XX:ArchiveClassesAtExit=$ARCHIVE" USE="-XX:SharedArchiveFile=$ARCHIVE"
fi
PORT="${CDS_PORT:-18097}"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
if [ ! -f "$JAR" ]; then
  [ -z "${CDS_JAR:-}" ] || { echo "no jar at $JAR" >&2; exit 1; }
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
rm -f "$ARCHIVE"

ACCESS_TOKENS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" \
  ACCESS_TOKENS_JWT_SECRET="${ACCESS_TOKENS_JWT_SECRET:-class-data-sharing-archive-0123456789}" \
  "$JAVA" -Xmx256m "$WRITE" -jar "$JAR" >"$DATA/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 600); do
  curl -sf "localhost:$PORT/health/liveness" >/dev/null 2>&1 && break
  kill -0 "$SERVICE" 2>/dev/null || { cat "$DATA/service.log" >&2; exit 1; }
  sleep 0.1
done
# What a node does on its first requests, so that those classes are in the archive too.
curl -s "localhost:$PORT/health/readiness" >/dev/null
curl -s "localhost:$PORT/" >/dev/null
curl -s "localhost:$PORT/openapi.yml" >/dev/null
curl -s "localhost:$PORT/api/v1/me" -H "Authorization: Bearer sct_$(printf 'A%.0s' {1..30})000000" >/dev/null
curl -s -X POST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"nobody@nowhere.example","password":"not the password"}' >/dev/null
kill -TERM "$SERVICE"
wait "$SERVICE" || true
[ -s "$ARCHIVE" ] || { echo "no archive was written; see the service's output:" >&2; cat "$DATA/service.log" >&2; exit 1; }
echo "$USE"
