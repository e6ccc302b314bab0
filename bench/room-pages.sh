#!/usr/bin/env bash
# Conference Help: rooms' pages at 100,000 rooms (issue "A page for every public room"): what a page costs when it is
# rendered on demand and when it is served from the cache, and whether memory stays bounded however many different
# room pages are asked for.
#
# Builds nothing: run `mvn -B -q package -DskipTests` first. Then `bench/room-pages.sh` (about 3 minutes). Results in
# bench/results/room-pages.md. All on 127.0.0.1, bounded runs only.
#   1. starts the preview with --rooms 100000 and measures its heap after a full GC (jcmd GC.heap_info), before any
#      room page was asked for;
#   2. wrk asks for a different room's page on every request, in turn through all 100,000 rooms (cache misses:
#      every page rendered on demand), for DURATION seconds;
#   3. the heap after a full GC again: the cache keeps at most 500 room pages, so it must be about where it was;
#   4. wrk asks for one room's page again and again (cache hits), for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8097}
OUT=${OUT:-bench/results}
JAR=target/conferencehelp-preview.jar
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "run mvn -B -q package -DskipTests first" >&2; exit 1; }

java -Xmx512m -jar "$JAR" --port "$PORT" --rooms 100000 > "$OUT/room-pages-preview.log" 2>&1 &
PREVIEW=$!
trap 'kill $PREVIEW 2>/dev/null || true; rm -f "${LUA_SCRIPT:-}"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/help/using-conferences/" && break; sleep 1; done

heap() { # used heap after a full GC, in MB
    jcmd "$PREVIEW" GC.run >/dev/null
    sleep 1
    jcmd "$PREVIEW" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9' | awk '{printf "%.1f", $1/1024}'
}

LUA_SCRIPT=$(mktemp --suffix=.lua)
cat > "$LUA_SCRIPT" <<'LUA'
-- A different room on every request, through all 100,000 (each thread from its own start).
local n = 0
function init(args) n = math.random(1, 100000) end
function request()
  n = n % 100000 + 1
  return wrk.format("GET", "/help/rooms/room-" .. n .. "@conference.example.org/")
end
LUA

before=$(heap)
misses=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$LUA_SCRIPT" "http://127.0.0.1:$PORT" \
    | tee "$OUT/room-pages-misses.txt" | awk '/Requests\/sec/ {print $2}')
after=$(heap)
hits=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$PORT/help/rooms/room-7@conference.example.org/" \
    | tee "$OUT/room-pages-hits.txt" | awk '/Requests\/sec/ {print $2}')
requests=$(awk '/requests in/ {print $1}' "$OUT/room-pages-misses.txt")
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/help/rooms/room-99999@conference.example.org/")

cat > "$OUT/room-pages.md" <<MD
# Rooms' pages at 100,000 rooms ($(date -u +%Y-%m-%d), $(nproc) CPUs, wrk -t2 -c$CONNECTIONS, ${DURATION} s each)

| measure | value |
| --- | --- |
| heap after a full GC, before any room page | $before MB |
| a different room's page each request (rendered on demand) | $misses requests/s ($requests pages in ${DURATION} s) |
| heap after a full GC, after those pages | $after MB |
| the same room's page each request (from the cache) | $hits requests/s |
| the last room's page | HTTP $status |
MD
cat "$OUT/room-pages.md"
