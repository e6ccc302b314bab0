#!/usr/bin/env bash
# Conference Help: Lighthouse scores of the pages, served by the preview (demo data), in Debian's Chromium.
#
# Needs: target/conferencehelp-preview.jar (mvn -B -q package -DskipTests), chromium (apt-get install chromium) and
# Lighthouse 12.2.3 from npm (newer ones want a newer Node): LIGHTHOUSE=path/to/node_modules/.bin/lighthouse, or
# it is run with npx. Writes bench/results/lighthouse.tsv: page, preset, and the four category scores (0-100).
# A score is a measurement, not a test: nothing here fails on a low one.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/conferencehelp-preview.jar
OUT=${OUT:-bench/results}
LIGHTHOUSE=${LIGHTHOUSE:-"npx --yes lighthouse@12.2.3"}
CHROME=${CHROME:-/usr/bin/chromium}
WORK=$(mktemp -d)
trap 'kill "$PREVIEW_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

java -jar "$JAR" --port 0 > "$WORK/preview.log" 2>&1 &
PREVIEW_PID=$!
PORT=
for _ in $(seq 1 300); do
    PORT=$(sed -n 's|^Conference Help preview: http://localhost:\([0-9]*\)/.*|\1|p' "$WORK/preview.log")
    [[ -n $PORT ]] && break
    sleep 0.2
done
[[ -n $PORT ]] || { cat "$WORK/preview.log" >&2; echo "lighthouse: the preview did not start" >&2; exit 1; }

printf 'page\tpreset\tperformance\taccessibility\tbest-practices\tseo\n' > "$OUT/lighthouse.tsv"
for page in using-conferences definitions rooms/lobby@conference.example.org; do
    for preset in mobile desktop; do
        flags=(--quiet --output=json --output-path="$WORK/report.json" --chrome-path="$CHROME"
               --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run")
        [[ $preset == desktop ]] && flags+=(--preset=desktop)
        # shellcheck disable=SC2086
        $LIGHTHOUSE "http://127.0.0.1:$PORT/help/$page/" "${flags[@]}" >/dev/null 2>&1
        python3 - "$page" "$preset" "$WORK/report.json" >> "$OUT/lighthouse.tsv" <<'PY'
import json, sys
page, preset, path = sys.argv[1:]
c = json.load(open(path))['categories']
print('\t'.join([page, preset] + [str(round(c[k]['score'] * 100)) for k in
                                  ('performance', 'accessibility', 'best-practices', 'seo')]))
PY
    done
done
cat "$OUT/lighthouse.tsv"
