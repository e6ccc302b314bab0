package org.conferencehelp.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.conferencehelp.chat.DirectoryRefresher;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.RoomDirectory;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;

/**
 * How long one directory refresh takes with N rooms: a plain-Java harness for bench/run.sh, not a test (no
 * assertions; surefire does not pick it up). Run it from the built jars:
 *
 * <pre>java -cp target/conferencehelp-preview.jar:target/test-classes \
 *     org.conferencehelp.bench.DirectoryRefreshBench [--seconds S] N...</pre>
 *
 * <p>For each N it times, after a warm-up, two things on one service of N public rooms (the preview's generated
 * rooms: {@code i % 7} occupants, every fifth members-only, every eleventh password-protected) and a page limit of
 * 50 rooms:
 * <ul>
 * <li>{@code snapshot}: {@link RoomDirectory#snapshot} on listings held by the "server";</li>
 * <li>{@code refresh}: {@link DirectoryRefresher#refresh()} with a source that, like the Openfire adapter, builds
 * a fresh {@link RoomListing} for every room at each reading, and whose busiest room changes each time, so that
 * every refresh is a changed snapshot passed on (the worst case).</li>
 * </ul>
 * It prints one tab-separated line per N and kind: rooms, kind, iterations, min, median, p90, max (milliseconds),
 * and the bytes the measuring thread allocated per iteration (MB).
 */
public final class DirectoryRefreshBench {

    private static final int LIMIT = 50;

    private DirectoryRefreshBench() {
    }

    public static void main(String[] args) {
        double seconds = 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Double.parseDouble(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        System.out.println("rooms\tkind\titerations\tmin_ms\tmedian_ms\tp90_ms\tmax_ms\talloc_mb");
        for (int rooms : sizes) {
            List<RoomListing> held = generated(rooms);
            List<ServiceListing> services = List.of(service(held));
            print(rooms, "snapshot", measure(seconds, () -> RoomDirectory.snapshot(services, LIMIT)));

            int[] reads = {0};
            DirectoryRefresher refresher = new DirectoryRefresher(() -> {
                List<RoomListing> fresh = new ArrayList<>(held.size());
                for (RoomListing r : held) { // what the Openfire adapter does: one new listing per room
                    fresh.add(new RoomListing(r.node(), r.naturalLanguageName(), r.description(), r.subject(),
                            r.occupants(), r.publicRoom(), r.locked(), r.membersOnly(), r.passwordProtected()));
                }
                fresh.set(0, new RoomListing("lobby", "Lobby", "", "", 100 + (++reads[0] % 2), true, false, false,
                        false));
                return List.of(service(fresh));
            }, () -> LIMIT, snapshot -> { }, () -> { });
            print(rooms, "refresh", measure(seconds, refresher::refresh));
        }
    }

    /** The preview's generated rooms (DemoServer). */
    static List<RoomListing> generated(int rooms) {
        List<RoomListing> list = new ArrayList<>(rooms);
        for (int i = 1; i <= rooms; i++) {
            list.add(new RoomListing("room-" + i, "Room " + i, "Generated room " + i + ".", "", i % 7,
                    true, false, i % 5 == 0, i % 11 == 0));
        }
        return list;
    }

    private static ServiceListing service(List<RoomListing> rooms) {
        return new ServiceListing("conference.example.org", "Public chatrooms", true, false, rooms);
    }

    /** Warm-up for a third of the time (at least 5 runs), then timed runs for the rest (at least 10). */
    private static double[] measure(double seconds, java.util.function.Supplier<DirectorySnapshot> run) {
        long warmUpEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        for (int i = 0; i < 5 || System.nanoTime() < warmUpEnd; i++) {
            consume(run.get());
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<Double> millis = new ArrayList<>();
        long allocated = 0;
        long end = System.nanoTime() + (long) (seconds * 2 / 3 * 1e9);
        while (millis.size() < 10 || System.nanoTime() < end) {
            long before = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            consume(run.get());
            millis.add((System.nanoTime() - start) / 1e6);
            allocated += threads.getThreadAllocatedBytes(thread) - before;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] result = Arrays.copyOf(sorted, sorted.length + 1);
        result[sorted.length] = allocated / (double) sorted.length / (1 << 20);
        return result;
    }

    private static int sink;

    private static void consume(DirectorySnapshot snapshot) {
        sink += snapshot.services().get(0).rooms().size();
    }

    private static void print(int rooms, String kind, double[] result) {
        int n = result.length - 1;
        double[] t = Arrays.copyOf(result, n);
        System.out.printf(Locale.ROOT, "%d\t%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f%n", rooms, kind, n, t[0],
                t[n / 2], t[(int) Math.ceil(n * 0.9) - 1], t[n - 1], result[n]);
    }
}
