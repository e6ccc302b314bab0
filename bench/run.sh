#!/usr/bin/env bash
# Conference Help: is the live page as fast as a static file? (issue "Fast under load")
#
# Builds nothing: run `mvn -B -q package -DskipTests` first (it makes target/conferencehelp-preview.jar and compiles
# the refresh harness into target/test-classes). Then:
#
#     bench/run.sh                  # about 20 minutes; results in bench/results/
#
# What it does, all on 127.0.0.1, with bounded runs only:
#   1. live vs static: starts the preview as the benchmark's server (BenchPreview, in the preview jar: the preview's
#      options and `--static-dir`, `--refresh-seconds`, `--churn`), saves the live page /help/using-conferences/ as
#      page.html, and measures with wrk, side by side on the SAME embedded Jetty, the live page and that file served
#      by Jetty's ResourceHandler at /static/page.html: a warm-up of each, then RUNS rounds of one run of each,
#      each round starting with the next target. In this first scenario a third target joins the rounds: the same
#      file through the ee8 DefaultServlet at /static-servlet/page.html, the way Openfire serves the files of its
#      own public web server; for reference, as the targets are checked against the ResourceHandler. The same
#      request for all: wrk's bare GET (Host only), no Accept-Encoding, so every target sends the identity bytes.
#   2. the same at 1,000, 10,000 and 100,000 generated public rooms (`--rooms N`);
#   3. the same at 100,000 rooms while the directory is refreshed every second (`--refresh-seconds 1`): requests
#      during refreshes; and again with every refresh changing the page (`--churn`), so that requests also meet
#      the re-rendering that follows each change;
#   4. directory refresh time at each size (DirectoryRefreshBench, and the preview's own debug log under load);
#   5. the plugin's heap at 100,000 rooms: class histograms (jcmd GC.class_histogram, after a full GC) of a preview
#      with --rooms 0 and one with --rooms 100000, every page variant requested in both; and their off-heap
#      memory for the page bodies' direct buffers (jcmd VM.native_memory, category Other);
#   6. bench/results/summary.md (tables) and, with gnuplot, bench/results/scale.png.
#
# Pinning: with two or more CPUs (and taskset), the preview runs on the last CPU and wrk on the others, so that
# the two do not take turns on one core: the numbers then measure the server's cost per request, and vary far less
# from run to run on a shared machine. PIN=0 lets the scheduler place them.
#
# Many short rounds rather than a few long runs: this kind of machine (a VM on shared cores) has slow spells of
# several seconds that cost whichever target is running up to a third of its throughput; runs next to each other
# mostly share a spell, and a median over many rounds is moved by a few of them only. Eight rounds (the scale
# scenarios) still vary by about 0.1 from one run of the script to the next: see bench/RESULTS.md.
#
# Settings (environment): DURATION=5 (seconds per main run), RUNS=20 (rounds, main), WARMUP=30 (seconds of each
# target before the main rounds), SCALE_DURATION=4, SCALE_RUNS=8 and SCALE_WARMUP=15 (the same at scale and during
# refreshes), CONNECTIONS=32, THREADS (wrk's; default one per wrk CPU), SCALES="1000 10000 100000", PIN=1,
# JAVA_OPTS (for the preview JVM; default none), OUT=bench/results.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-5}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-30}
SCALE_DURATION=${SCALE_DURATION:-4}
SCALE_RUNS=${SCALE_RUNS:-8}
SCALE_WARMUP=${SCALE_WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
SCALES=${SCALES:-"1000 10000 100000"}
PIN=${PIN:-1}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-bench/results}
JAR=target/conferencehelp-preview.jar
HARNESS=target/test-classes/org/conferencehelp/bench/DirectoryRefreshBench.class

need() { command -v "$1" >/dev/null || { echo "bench: needs $1 ($2)" >&2; exit 1; }; }
need wrk "apt-get install wrk"
need curl "apt-get install curl"
need java "a JDK 17"
need jcmd "a JDK 17, not only a JRE"
need python3 "apt-get install python3"
if [[ ! -f $JAR || ! -f $HARNESS ]]; then
    echo "bench: builds nothing itself; run 'mvn -B -q package -DskipTests' first (needs $JAR and $HARNESS)" >&2
    exit 1
fi

CPUS=$(nproc)
if [[ $PIN == 1 && $CPUS -ge 2 ]] && command -v taskset >/dev/null; then
    SERVER_CPUS=$((CPUS - 1))
    if (( CPUS > 2 )); then CLIENT_CPUS=0-$((CPUS - 2)); else CLIENT_CPUS=0; fi
    ON_SERVER=(taskset -c "$SERVER_CPUS")
    ON_CLIENT=(taskset -c "$CLIENT_CPUS")
    THREADS=${THREADS:-$((CPUS - 1))}
else
    SERVER_CPUS=any CLIENT_CPUS=any ON_SERVER=() ON_CLIENT=()
    THREADS=${THREADS:-2}
fi

mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/conferencehelp-bench.XXXXXX)
PREVIEW_PID=
cleanup() {
    if [[ -n $PREVIEW_PID ]]; then kill "$PREVIEW_PID" 2>/dev/null || true; wait "$PREVIEW_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

RUNS_TSV=$OUT/runs.tsv
printf 'scenario\trooms\ttarget\trun\trequests_per_s\tp50_ms\tp99_ms\tmb_per_s\terrors\tloadavg\tserver_cpu_us_per_request\n' \
    > "$RUNS_TSV"
TICK=$(getconf CLK_TCK)
server_cpu() { awk '{print $14 + $15}' "/proc/$PREVIEW_PID/stat"; } # user + system, in clock ticks

# Starts the preview with the given options on a free port; sets PREVIEW_PID, PORT, LOG.
start_preview() {
    local name=$1; shift
    LOG=$WORK/$name.log
    # shellcheck disable=SC2086
    "${ON_SERVER[@]}" java $JAVA_OPTS ${EXTRA_JVM:-} \
        -Dorg.slf4j.simpleLogger.log.org.conferencehelp.chat.DirectoryRefresher=debug \
        -Dorg.slf4j.simpleLogger.showDateTime=true \
        -cp "$JAR" org.conferencehelp.preview.bench.BenchPreview --port 0 "$@" > "$LOG" 2>&1 &
    PREVIEW_PID=$!
    for _ in $(seq 1 600); do
        PORT=$(sed -n 's|^Conference Help preview: http://localhost:\([0-9]*\)/.*|\1|p' "$LOG")
        [[ -n $PORT ]] && return 0
        kill -0 "$PREVIEW_PID" 2>/dev/null || { cat "$LOG" >&2; echo "bench: the preview did not start" >&2; exit 1; }
        sleep 0.2
    done
    echo "bench: the preview did not start within 2 minutes" >&2; exit 1
}

stop_preview() {
    kill "$PREVIEW_PID" 2>/dev/null || true
    wait "$PREVIEW_PID" 2>/dev/null || true
    PREVIEW_PID=
}

# One wrk run; appends a line to runs.tsv. Arguments: scenario rooms target run seconds url
measure() {
    local scenario=$1 rooms=$2 target=$3 run=$4 seconds=$5 url=$6 out cpu0 cpu1
    cpu0=$(server_cpu)
    out=$("${ON_CLIENT[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$url")
    cpu1=$(server_cpu)
    [[ $run == warmup ]] && return 0
    python3 - "$scenario" "$rooms" "$target" "$run" "$(cut -d' ' -f1 /proc/loadavg)" "$out" \
        "$(( (cpu1 - cpu0) * 1000000 / TICK ))" >> "$RUNS_TSV" <<'EOF'
import re, sys
scenario, rooms, target, run, load, out, cpu_us = sys.argv[1:]
def ms(v):
    n, unit = re.fullmatch(r'([\d.]+)(us|ms|s)', v).groups()
    return float(n) * {'us': 0.001, 'ms': 1, 's': 1000}[unit]
def mb(v):
    n, unit = re.fullmatch(r'([\d.]+)(B|KB|MB|GB)', v).groups()
    return float(n) * {'B': 1 / 2**20, 'KB': 1 / 1024, 'MB': 1, 'GB': 1024}[unit]
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
p50 = ms(re.search(r'^\s+50%\s+(\S+)', out, re.M).group(1))
p99 = ms(re.search(r'^\s+99%\s+(\S+)', out, re.M).group(1))
transfer = mb(re.search(r'Transfer/sec:\s+(\S+)', out).group(1))
errors = sum(int(n) for n in re.findall(r'(?:connect|read|write|timeout) (\d+)', out))
bad = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
errors += int(bad.group(1)) if bad else 0
requests = int(re.search(r'(\d+) requests in', out).group(1))
print(f'{scenario}\t{rooms}\t{target}\t{run}\t{rps:.0f}\t{p50:.3f}\t{p99:.3f}\t{transfer:.1f}\t{errors}\t{load}\t'
      f'{int(cpu_us) / max(1, requests):.1f}')
EOF
    tail -n 1 "$RUNS_TSV" | awk -F'\t' '{printf "  %-8s %-6s run %s: %8s req/s  p99 %7s ms  server CPU %6s µs/request  errors %s  (load %s)\n", $1, $3, $4, $5, $7, $11, $9, $10}'
}

# Live vs static on the running preview, in rounds of one run of each target. Arguments: scenario rooms seconds
# warm-up-seconds rounds [servlet]: with "servlet", the file through the ee8 DefaultServlet is a third target.
live_vs_static() {
    local scenario=$1 rooms=$2 seconds=$3 warmup=$4 runs=$5 base="http://127.0.0.1:$PORT"
    local -A url=([live]=$base/help/using-conferences/ [static]=$base/static/page.html
                  [servlet]=$base/static-servlet/page.html)
    local targets=(live static) target
    [[ ${6:-} == servlet ]] && targets+=(servlet)
    curl -sf -o "$WORK/static/page.html" "${url[live]}"
    for target in "${targets[@]:1}"; do
        cmp -s <(curl -sf "${url[$target]}") "$WORK/static/page.html" \
            || { echo "bench: ${url[$target]} differs from the live page" >&2; exit 1; }
    done
    local size; size=$(stat -c %s "$WORK/static/page.html")
    printf '%s\t%s\t%s\n' "$scenario" "$rooms" "$size" >> "$OUT/page-sizes.tsv"
    echo "$scenario, $rooms extra rooms: page of $size bytes; warm-up ${warmup}s each"
    for target in "${targets[@]}"; do
        measure "$scenario" "$rooms" "$target" warmup "$warmup" "${url[$target]}"
    done
    local n=${#targets[@]} i
    for run in $(seq 1 "$runs"); do
        # Each round starts with the next target, so that none always has the same, possibly warmer, slot.
        for i in $(seq 0 $((n - 1))); do
            target=${targets[$(( (run - 1 + i) % n ))]}
            measure "$scenario" "$rooms" "$target" "$run" "$seconds" "${url[$target]}"
        done
    done
}

# In-situ refresh times from the preview's debug log. Arguments: scenario rooms
refresh_log() {
    sed -n "s/.*Directory refresh took \([0-9]*\) µs (\([a-z]*\)).*/$1\t$2\t\1\t\2/p" "$LOG" >> "$OUT/refresh-log.tsv"
}

mkdir -p "$WORK/static"
printf 'scenario\trooms\tpage_bytes\n' > "$OUT/page-sizes.tsv"
printf 'scenario\trooms\tmicros\tchange\n' > "$OUT/refresh-log.tsv"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    echo "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "java: $(java -version 2>&1 | head -n 1)"
    echo "wrk: $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
    echo "settings: DURATION=$DURATION RUNS=$RUNS WARMUP=$WARMUP SCALE_DURATION=$SCALE_DURATION SCALE_RUNS=$SCALE_RUNS SCALE_WARMUP=$SCALE_WARMUP CONNECTIONS=$CONNECTIONS THREADS=$THREADS JAVA_OPTS='$JAVA_OPTS'"
    echo "pinning: preview on CPU $SERVER_CPUS, wrk on CPU $CLIENT_CPUS"
    echo "load before the run (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

echo "== 1. live vs static (demo rooms only)"
start_preview main --static-dir "$WORK/static" --rooms 0
sed -n 's/.*\(jetty-12[0-9.]*\);.*/jetty: \1/p' "$LOG" | head -n 1 >> "$OUT/machine.txt"
live_vs_static main 0 "$DURATION" "$WARMUP" "$RUNS" servlet
refresh_log main 0
stop_preview

echo "== 2. at scale"
for rooms in $SCALES; do
    start_preview "scale-$rooms" --static-dir "$WORK/static" --rooms "$rooms"
    live_vs_static scale "$rooms" "$SCALE_DURATION" "$SCALE_WARMUP" "$SCALE_RUNS"
    refresh_log scale "$rooms"
    stop_preview
done

LARGEST=${SCALES##* }
echo "== 3. at $LARGEST rooms, refreshing every second; then with each refresh changing the page"
start_preview refresh --static-dir "$WORK/static" --rooms "$LARGEST" --refresh-seconds 1
live_vs_static refresh "$LARGEST" "$SCALE_DURATION" "$SCALE_WARMUP" "$SCALE_RUNS"
refresh_log refresh "$LARGEST"
stop_preview
start_preview churn --static-dir "$WORK/static" --rooms "$LARGEST" --refresh-seconds 1 --churn
live_vs_static churn "$LARGEST" "$SCALE_DURATION" "$SCALE_WARMUP" "$SCALE_RUNS"
refresh_log churn "$LARGEST"
stop_preview

echo "== 4. directory refresh time (harness, one thread, nothing else running in its JVM)"
# shellcheck disable=SC2086
"${ON_SERVER[@]}" java -cp "$JAR:target/test-classes" org.conferencehelp.bench.DirectoryRefreshBench \
    --seconds 3 $SCALES \
    | tee "$OUT/refresh-harness.tsv"

echo "== 5. heap: --rooms 0 against --rooms $LARGEST"
for rooms in 0 "$LARGEST"; do
    # Native memory tracking: the page bodies' direct buffers are off the heap (malloc, NMT category "Other").
    EXTRA_JVM=-XX:NativeMemoryTracking=summary start_preview "heap-$rooms" --rooms "$rooms"
    for page in using-conferences definitions; do
        for lang in en de fr es nl; do
            curl -sf -o /dev/null "http://127.0.0.1:$PORT/help/$page/?lang=$lang"
            curl -sf -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/help/$page/?lang=$lang"
        done
    done
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/help/using-conferences.json"
    jcmd "$PREVIEW_PID" GC.class_histogram > "$WORK/heap-histogram-$rooms.txt"
    jcmd "$PREVIEW_PID" VM.native_memory summary > "$WORK/native-memory-$rooms.txt"
    stop_preview
done

echo "== 6. summary"
python3 bench/summarize.py "$OUT" "$LARGEST" "$WORK"
if command -v gnuplot >/dev/null; then
    gnuplot -e "dir='$OUT'" bench/scale.gp && echo "plot: $OUT/scale.png"
else
    echo "bench: no plot without gnuplot (apt-get install gnuplot-nox)"
fi
