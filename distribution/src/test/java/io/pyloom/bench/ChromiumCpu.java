package io.pyloom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by Chromium (every process, every thread), read from Linux's scheduler
 * statistics. A start-up's CPU is a figure of its own: work done on another core does not show in
 * the time to ready on this machine, but a slower or busier device pays for it.
 */
final class ChromiumCpu {

    private static final Path PROC = Path.of("/proc");

    private ChromiumCpu() {
    }

    /** Whether this machine says (Linux with scheduler statistics); elsewhere the figure is left out. */
    static boolean available() {
        return Files.isReadable(PROC.resolve("self/schedstat"));
    }

    /**
     * Each running Chromium thread's time on a CPU so far, in ns, by process and thread id; empty
     * where the machine does not say, so that every later figure is 0.
     */
    static Map<String, Long> read() {
        Map<String, Long> reading = new HashMap<>();
        if (!available()) {
            return reading;
        }
        try (Stream<Path> processes = Files.list(PROC)) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(ChromiumCpu::isChromium)
                    .forEach(process -> readThreads(process, reading));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + PROC, e);
        }
        return reading;
    }

    /**
     * Milliseconds on a CPU since an earlier reading, over the threads running now: those that
     * ended meanwhile (a closed page's renderer) are left out rather than counted as negative.
     */
    static double msSince(Map<String, Long> earlier) {
        long nanos = 0;
        for (Map.Entry<String, Long> thread : read().entrySet()) {
            nanos += thread.getValue() - earlier.getOrDefault(thread.getKey(), 0L);
        }
        return nanos / 1e6;
    }

    private static boolean isChromium(Path process) {
        try {
            return Files.readString(process.resolve("comm")).contains("chrom");
        } catch (IOException gone) {
            return false;
        }
    }

    private static void readThreads(Path process, Map<String, Long> reading) {
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            threads.forEach(thread -> reading.put(process.getFileName() + "/" + thread.getFileName(), onCpu(thread)));
        } catch (IOException gone) {
            // the process ended meanwhile
        }
    }

    /** The first field of schedstat: time on a CPU, in ns. */
    private static long onCpu(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("schedstat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
