#!/usr/bin/env python3
"""Summarizes a bench/run.sh run: bench/results/summary.md (tables) and scale.tsv (for scale.gp).

usage: summarize.py OUT LARGEST [WORK]   (WORK holds the heap histograms heap-histogram-{0,LARGEST}.txt)
Medians of the alternating runs; the spread is min..max. Only the standard library.
"""
import csv
import os
import re
import statistics
import sys

out, largest = sys.argv[1], int(sys.argv[2])
work = sys.argv[3] if len(sys.argv) > 3 else out
DEMO_ROOMS = 4  # the demo service's own public rooms (lobby, support, members, book-club)
THROUGHPUT_TARGET, P99_TARGET = 0.95, 1.5


def rows(name):
    with open(os.path.join(out, name)) as f:
        return list(csv.DictReader(f, delimiter='\t'))


runs = rows('runs.tsv')
sizes = {(r['scenario'], int(r['rooms'])): int(r['page_bytes']) for r in rows('page-sizes.tsv')}
lines = []
say = lines.append


def series(scenario, rooms, target, key):
    """One value per run, in the order of the run numbers (the order of the targets rotates from round to round)."""
    chosen = [r for r in runs if r['scenario'] == scenario and int(r['rooms']) == rooms and r['target'] == target]
    return [float(r[key]) for r in sorted(chosen, key=lambda r: int(r['run']))]


def spread(values, fmt):
    return f'{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})'


def compare(scenario, rooms):
    live_rps, static_rps = series(scenario, rooms, 'live', 'requests_per_s'), series(scenario, rooms, 'static',
                                                                                       'requests_per_s')
    live_p99, static_p99 = series(scenario, rooms, 'live', 'p99_ms'), series(scenario, rooms, 'static', 'p99_ms')
    pairs = [l / s for l, s in zip(live_rps, static_rps)]
    p99_pairs = [l / s for l, s in zip(live_p99, static_p99)]
    errors = sum(int(r['errors']) for r in runs if r['scenario'] == scenario and int(r['rooms']) == rooms)
    live_cpu = series(scenario, rooms, 'live', 'server_cpu_us_per_request')
    static_cpu = series(scenario, rooms, 'static', 'server_cpu_us_per_request')
    return dict(live_cpu=statistics.median(live_cpu), static_cpu=statistics.median(static_cpu),
                live_rps=live_rps, static_rps=static_rps, live_p99=live_p99, static_p99=static_p99,
                ratio=statistics.median(live_rps) / statistics.median(static_rps),
                pair_ratio=statistics.median(pairs),
                p99_ratio=statistics.median(live_p99) / statistics.median(static_p99),
                pairs=pairs, p99_pairs=p99_pairs, errors=errors,
                load=statistics.median(float(r['loadavg']) for r in runs
                                       if r['scenario'] == scenario and int(r['rooms']) == rooms))


def pair_summary(pairs):
    if len(pairs) < 4:
        return f"**{statistics.median(pairs):.2f}** ({', '.join(f'{p:.2f}' for p in pairs)})"
    q1, median, q3 = statistics.quantiles(pairs, n=4)
    return f"**{median:.2f}** ({q1:.2f}–{q3:.2f})"


def table(entries):
    say('| scenario | rooms (generated + 4 demo) | page bytes | live req/s | static req/s | live/static '
        '| per-pair ratios: median (quartiles) | live p99 ms | static p99 ms | p99 live/static '
        '| server CPU µs/request, live / static | errors | load (1 min) |')
    say('|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|')
    for scenario, rooms in entries:
        c = compare(scenario, rooms)
        say(f"| {scenario} | {rooms:,} | {sizes[(scenario, rooms)]:,} | {spread(c['live_rps'], '{:,.0f}')} "
            f"| {spread(c['static_rps'], '{:,.0f}')} | **{c['ratio']:.2f}** "
            f"| {pair_summary(c['pairs'])} "
            f"| {spread(c['live_p99'], '{:.2f}')} | {spread(c['static_p99'], '{:.2f}')} "
            f"| **{c['p99_ratio']:.2f}** | {c['live_cpu']:.1f} / {c['static_cpu']:.1f} | {c['errors']} "
            f"| {c['load']:.1f} |")


def verdict(ok):
    return 'met' if ok else '**not met**'


main = compare('main', 0)
say('## Live page against a static file of the same size, same Jetty')
say('')
say(f"Median of the runs, (min–max); live/static is the ratio of the medians; per-pair ratios are run i of the "
    f"live page against run i of the static file, measured next to it (the order of the targets rotates from round to round): their "
    f"median, which a slow spell of the machine moves less than the ratio of the medians, and quartiles. Every run "
    f"is in runs.tsv.")
say('')
table([('main', 0)])
say('')
say(f"- throughput: live/static = {main['ratio']:.2f} (ratio of the medians), {main['pair_ratio']:.2f} (median of "
    f"the per-pair ratios), target ≥ {THROUGHPUT_TARGET}: "
    f"{verdict(min(main['ratio'], main['pair_ratio']) >= THROUGHPUT_TARGET)}")
say(f"- server CPU per request: static/live = {main['static_cpu'] / main['live_cpu']:.2f} "
    f"({main['live_cpu']:.1f} µs live, {main['static_cpu']:.1f} µs static)")
say(f"- p99 latency: live/static = {main['p99_ratio']:.2f}, target ≤ {P99_TARGET}: "
    f"{verdict(main['p99_ratio'] <= P99_TARGET)}")
servlet_rps = series('main', 0, 'servlet', 'requests_per_s')
if servlet_rps:
    servlet_p99 = series('main', 0, 'servlet', 'p99_ms')
    servlet_cpu = series('main', 0, 'servlet', 'server_cpu_us_per_request')
    by_round = [l / s for l, s in zip(main['live_rps'], servlet_rps)]
    say(f"- for reference, the same file through Jetty's ee8 DefaultServlet (`/static-servlet/`, as Openfire serves "
        f"the files of its public web server), in the same rounds: {spread(servlet_rps, '{:,.0f}')} req/s, "
        f"p99 {spread(servlet_p99, '{:.2f}')} ms, server CPU {statistics.median(servlet_cpu):.1f} µs/request; "
        f"live/servlet-file {statistics.median(main['live_rps']) / statistics.median(servlet_rps):.2f} "
        f"(per round: median {statistics.median(by_round):.2f})")
say('')

scale_rooms = sorted(r for s, r in sizes if s == 'scale')
say('## At scale')
say('')
table([('main', 0)] + [('scale', r) for r in scale_rooms])
say('')
if ('refresh', largest) in sizes:
    say(f'## At {largest:,} rooms, the directory refreshed every second')
    say('')
    say(f'`refresh`: every second a refresh reads all {largest:,} rooms; the snapshot comes out equal, so the '
        f'cached pages stay. `churn`: every refresh changes the page (the demo lobby\'s occupancy), so the next '
        f'request renders it again and the requests meanwhile wait for that rendering. Compare with the '
        f'{largest:,} row above (a refresh every 30 s, none changing the page).')
    say('')
    table([(s, largest) for s in ('refresh', 'churn') if (s, largest) in sizes])
    say('')

say('## Directory refresh time')
say('')
harness = rows('refresh-harness.tsv')
if harness:
    say('Harness (DirectoryRefreshBench: one thread, its own JVM, warmed up; `snapshot` = RoomDirectory.snapshot '
        'on held listings, `refresh` = DirectoryRefresher.refresh() building a fresh RoomListing per room, as the '
        'Openfire adapter does, with a changed snapshot every time):')
    say('')
    say('| rooms | kind | iterations | min ms | median ms | p90 ms | max ms | allocated MB per refresh |')
    say('|---:|---|---:|---:|---:|---:|---:|---:|')
    for h in harness:
        say(f"| {int(h['rooms']):,} | {h['kind']} | {h['iterations']} | {h['min_ms']} | {h['median_ms']} "
            f"| {h['p90_ms']} | {h['max_ms']} | {h['alloc_mb']} |")
    say('')
in_situ = rows('refresh-log.tsv')
if in_situ:
    say('In the preview (its debug log: every refresh, the first one at start-up included, measured while wrk was '
        'running for all but the first):')
    say('')
    say('| scenario | rooms | refreshes | median ms | max ms |')
    say('|---|---:|---:|---:|---:|')
    for key in sorted({(r['scenario'], int(r['rooms'])) for r in in_situ}, key=lambda k: (k[0] != 'main', k)):
        ms = [int(r['micros']) / 1000 for r in in_situ if (r['scenario'], int(r['rooms'])) == key]
        say(f'| {key[0]} | {key[1]:,} | {len(ms)} | {statistics.median(ms):.1f} | {max(ms):.1f} |')
    say('')


# Heap: class histograms after a full GC (jcmd GC.class_histogram), --rooms 0 against --rooms LARGEST.
def histogram(path):
    classes, total = {}, None
    with open(path) as f:
        for line in f:
            m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', line)
            if m:
                # a lambda's class name ends with its address, which differs from one JVM to the next
                n, b, name = int(m.group(1)), int(m.group(2)), re.sub(r'/0x[0-9a-f]+$', '', m.group(3))
                old = classes.get(name, (0, 0))
                classes[name] = (old[0] + n, old[1] + b)
            m = re.match(r'Total\s+(\d+)\s+(\d+)', line)
            if m:
                total = (int(m.group(1)), int(m.group(2)))
    return classes, total


def align8(n):
    return (n + 7) // 8 * 8


h0_path, h1_path = (os.path.join(work, f'heap-histogram-{r}.txt') for r in (0, largest))
if os.path.exists(h0_path) and os.path.exists(h1_path):
    h0, t0 = histogram(h0_path)
    h1, t1 = histogram(h1_path)
    delta = {c: (h1.get(c, (0, 0))[0] - h0.get(c, (0, 0))[0], h1.get(c, (0, 0))[1] - h0.get(c, (0, 0))[1])
             for c in set(h0) | set(h1)}
    total_delta = t1[1] - t0[1]
    # The demo server's own data, which Openfire would hold anyway (as its MUCRoom objects): per generated room a
    # RoomListing and three new Strings (node, name, description; the subject is the shared ""), and one Object[]
    # of all the service's listings (List.copyOf). Compact strings: Latin-1, one byte a character; a String is 24
    # bytes, a byte[] 16 plus its length, rounded to 8 (64-bit JVM, compressed oops).
    listing_size = h1['org.conferencehelp.chat.RoomListing'][1] // h1['org.conferencehelp.chat.RoomListing'][0]
    strings = byte_arrays = 0
    for i in range(1, largest + 1):
        for s in (f'room-{i}', f'Room {i}', f'Generated room {i}.'):
            strings += 24
            byte_arrays += align8(16 + len(s))
    demo = {'org.conferencehelp.chat.RoomListing': largest * listing_size, 'java.lang.String': strings,
            '[B': byte_arrays, '[Ljava.lang.Object;': align8(16 + 4 * (largest + DEMO_ROOMS + 2))}
    demo_total = sum(demo.values())
    plugin = total_delta - demo_total
    say(f'## Heap at {largest:,} rooms')
    say('')
    say(f'Live heap after a full GC (`jcmd GC.class_histogram`), every page variant (5 languages × 2 pages, '
        f'identity and gzip, and the JSON) requested before: {t0[1] / 2**20:.1f} MB with `--rooms 0`, '
        f'{t1[1] / 2**20:.1f} MB with `--rooms {largest}`; difference {total_delta / 2**20:.2f} MB.')
    say('')
    say('| class | Δ instances | Δ MB | of which the demo server\'s rooms (computed) | rest MB |')
    say('|---|---:|---:|---:|---:|')
    shown = sorted(delta.items(), key=lambda kv: -abs(kv[1][1]))[:8]
    for name, (n, b) in shown:
        d = demo.get(name, 0)
        say(f'| `{name}` | {n:,} | {b / 2**20:.2f} | {d / 2**20:.2f} | {(b - d) / 2**20:.2f} |')
    other = total_delta - sum(b for _, (n, b) in shown)
    say(f'| all other classes | | {other / 2**20:.2f} | 0 | {other / 2**20:.2f} |')
    say(f'| **total** | | **{total_delta / 2**20:.2f}** | **{demo_total / 2**20:.2f}** | **{plugin / 2**20:.2f}** |')
    say('')
    ours = {c: v for c, v in delta.items() if c.startswith('org.conferencehelp.') and v[0]}
    say('Instances of the plugin\'s own classes that differ: ' + (', '.join(
        f'`{c.rsplit(".", 1)[1]}` {n:+,} ({b / 1024:+,.0f} KB)' for c, (n, b) in sorted(ours.items())) or 'none') + '.')
    say('')
    def native_other(rooms):
        path = os.path.join(work, f'native-memory-{rooms}.txt')
        if not os.path.exists(path):
            return None
        m = re.search(r'Other \(reserved=\d+KB, committed=(\d+)KB\)', open(path).read())
        return int(m.group(1)) * 1024 if m else None

    off0, off1 = native_other(0), native_other(largest)
    off_delta = off1 - off0 if off0 is not None and off1 is not None else 0
    if off0 is not None and off1 is not None:
        say(f'Off the heap, the direct buffers the pages are sent from (`jcmd VM.native_memory summary`, '
            f'category Other, committed): {off0 / 2**20:.2f} MB with `--rooms 0`, {off1 / 2**20:.2f} MB with '
            f'`--rooms {largest}`; difference {off_delta / 2**20:.2f} MB.')
        say('')
    say(f'- the plugin\'s added memory at {largest:,} rooms (heap difference minus the demo server\'s rooms, plus '
        f'the off-heap difference): {plugin / 2**20:.2f} + {off_delta / 2**20:.2f} = '
        f'{(plugin + off_delta) / 2**20:.2f} MB, target < 50 MB: {verdict(plugin + off_delta < 50 * 2**20)}')
    say('')
    with open(os.path.join(out, 'heap.txt'), 'w') as f:
        f.write(f'# jcmd GC.class_histogram, top 30 classes and org.conferencehelp.* of each\n')
        for rooms, path in ((0, h0_path), (largest, h1_path)):
            f.write(f'\n## --rooms {rooms}\n')
            with open(path) as h:
                hist = h.readlines()
            f.writelines(hist[:33])
            f.writelines(l for l in hist[33:] if 'org.conferencehelp.' in l or l.startswith('Total'))

with open(os.path.join(out, 'summary.md'), 'w') as f:
    f.write('\n'.join(lines) + '\n')
print('\n'.join(lines))

# scale.tsv for scale.gp: one row per room count.
refresh_median = {int(h['rooms']): float(h['median_ms']) for h in harness if h['kind'] == 'refresh'}
refresh_p90 = {int(h['rooms']): float(h['p90_ms']) for h in harness if h['kind'] == 'refresh'}
with open(os.path.join(out, 'scale.tsv'), 'w') as f:
    f.write('rooms\tlive\tlive_min\tlive_max\tstatic\tstatic_min\tstatic_max\trefresh_ms\trefresh_p90_ms\tpage_kb\n')
    for scenario, rooms in [('main', 0)] + [('scale', r) for r in scale_rooms]:
        c = compare(scenario, rooms)
        r = ('?', '?') if rooms not in refresh_median else (refresh_median[rooms], refresh_p90[rooms])
        f.write(f"{rooms + DEMO_ROOMS}\t{statistics.median(c['live_rps']):.0f}\t{min(c['live_rps']):.0f}\t"
                f"{max(c['live_rps']):.0f}\t{statistics.median(c['static_rps']):.0f}\t{min(c['static_rps']):.0f}\t"
                f"{max(c['static_rps']):.0f}\t{r[0]}\t{r[1]}\t{sizes[(scenario, rooms)] / 1024:.0f}\n")
