package ceasefire.cli;

import java.io.PrintWriter;

/**
 * A progress indicator on stderr for work that takes more than a moment: silent for the first
 * half second, then a bar redrawn in place on a terminal, or a line every few seconds when
 * stderr is a file or pipe.
 */
final class Progress {

    private static final long QUIET_MS = 1000;
    private static final long TERMINAL_EVERY_MS = 100;
    private static final long LOG_EVERY_MS = 5000;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    Progress(PrintWriter err, String label, long total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
        this.terminal = System.console() != null;
    }

    /** Reports {@code done} of the total; {@code extra} is appended (e.g. failures). */
    void update(long done, String extra) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long elapsedMs = (now - started) / 1_000_000;
        if (elapsedMs < QUIET_MS) {
            return;
        }
        long every = terminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS;
        if (printed && (now - lastPrint) / 1_000_000 < every && done < total) {
            return;
        }
        lastPrint = now;
        printed = true;
        double share = total == 0 ? 1 : done / (double) total;
        int width = 30;
        int filled = (int) Math.round(share * width);
        String eta = done == 0 ? "?" : formatSeconds(elapsedMs / 1000.0 * (total - done) / done);
        String line = String.format(java.util.Locale.ROOT, "%s [%s%s] %d/%d %3.0f%%  %s left%s", label, "#".repeat(filled),
                " ".repeat(width - filled), done, total, share * 100, eta, extra == null || extra.isEmpty() ? "" : "  " + extra);
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the bar's line. */
    void done() {
        if (enabled && printed && terminal) {
            err.println();
            err.flush();
        }
    }

    static String formatSeconds(double s) {
        if (s < 60) {
            return String.format(java.util.Locale.ROOT, "%.0fs", s);
        }
        if (s < 3600) {
            return String.format(java.util.Locale.ROOT, "%dm%02ds", (long) s / 60, (long) s % 60);
        }
        return String.format(java.util.Locale.ROOT, "%dh%02dm", (long) s / 3600, ((long) s % 3600) / 60);
    }
}
