package budgetledger.app.ledger;

import java.io.PrintWriter;

/**
 * Progress of long CLI work: a bar redrawn in place on a terminal (at most ten times a second), a line every few
 * seconds otherwise (logs, CI). Safe to update from several threads (the import's lanes).
 */
public final class Progress {
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private final PrintWriter out;
    private final String what;
    private final long total;
    private final boolean terminal;
    private long lastLine = System.nanoTime();
    private long lastBar;

    /** A bar when standard output is a terminal (Java 17's console: standard input and output both one). */
    public Progress(PrintWriter out, String what, long total) {
        this(out, what, total, System.console() != null);
    }

    public Progress(PrintWriter out, String what, long total, boolean terminal) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
    }

    public synchronized void update(long done) {
        if (terminal && (done >= total || System.nanoTime() - lastBar > BAR_INTERVAL_NANOS)) {
            bar(done);
        } else if (!terminal && System.nanoTime() - lastLine > LINE_INTERVAL_NANOS) {
            out.printf("%s: %d/%d%n", what, done, total);
            out.flush();
            lastLine = System.nanoTime();
        }
    }

    public synchronized void done(long done) {
        if (terminal) {
            bar(done);
            out.println();
        } else {
            out.printf("%s: %d/%d done%n", what, done, total);
        }
        out.flush();
    }

    private void bar(long done) {
        lastBar = System.nanoTime();
        int width = 30;
        int filled = total <= 0 ? width : (int) Math.min(width, done * width / total);
        out.printf("\r%s [%s%s] %d/%d", what, "#".repeat(filled), " ".repeat(width - filled), done, total);
        out.flush();
    }
}
