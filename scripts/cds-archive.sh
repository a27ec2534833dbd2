#!/usr/bin/env bash
# Builds a class-data-sharing (AppCDS) archive of the service for this JDK: starts the built jar once with
# -XX:ArchiveClassesAtExit (on the database the environment names, or a throwaway embedded one), sends it the calls
# a node serves, and stops it; the JVM writes the archive as it exits. Start nodes with
# -XX:SharedArchiveFile=<archive> (for instance JAVA_TOOL_OPTIONS) to start faster; keep the same JDK and -Xmx.
# Usage: scripts/cds-archive.sh [archive] (default bootstrap/target/access-tokens.jsa). Needs: the jar (mvnw package).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/bootstrap/target/access-tokens.jar"
ARCHIVE="${1:-$ROOT/bootstrap/target/access-tokens.jsa}"
PORT="${CDS_PORT:-18097}"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
rm -f "$ARCHIVE"

ACCESS_TOKENS_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" \
  ACCESS_TOKENS_JWT_SECRET="${ACCESS_TOKENS_JWT_SECRET:-class-data-sharing-archive-0123456789}" \
  java -Xmx256m -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" >"$DATA/service.log" 2>&1 &
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
echo "$ARCHIVE"
