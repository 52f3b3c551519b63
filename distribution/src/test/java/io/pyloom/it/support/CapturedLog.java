package io.pyloom.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The server's log as a test in Pax Exam's native container sees it: slf4j-simple writes to
 * whatever System.err is at the time, in the same JVM, so this tees it while open.
 */
public final class CapturedLog implements AutoCloseable {

    private final PrintStream console = System.err;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    public CapturedLog() {
        System.setErr(new PrintStream(new Tee(console, log), true, StandardCharsets.UTF_8));
    }

    public String text() {
        synchronized (log) {
            return log.toString(StandardCharsets.UTF_8);
        }
    }

    /** The log once it has the text, after a moment more for what follows it. */
    public String await(String text) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (text().contains(text)) {
                Thread.sleep(500);
                return text();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never logged '" + text + "': " + text());
    }

    /** How often the log has the text. */
    public int count(String text) {
        return text().split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Override
    public void close() {
        System.setErr(console);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            synchronized (second) {
                second.write(bytes, offset, length);
            }
        }
    }
}
