package budgetledger.app.cli;

import java.io.PrintWriter;

/**
 * Progress of long CLI work: a bar redrawn in place on a terminal, a line every few seconds otherwise (logs, CI).
 */
public final class Progress {
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private final PrintWriter out;
    private final String what;
    private final long total;
    private final boolean terminal = System.console() != null;
    private long lastLine = System.nanoTime();

    public Progress(PrintWriter out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    public void update(long done) {
        if (terminal) {
            int width = 30;
            int filled = total <= 0 ? width : (int) Math.min(width, done * width / total);
            out.printf("\r%s [%s%s] %d/%d", what, "#".repeat(filled), " ".repeat(width - filled), done, total);
            out.flush();
        } else if (System.nanoTime() - lastLine > LINE_INTERVAL_NANOS) {
            out.printf("%s: %d/%d%n", what, done, total);
            out.flush();
            lastLine = System.nanoTime();
        }
    }

    public void done(long done) {
        if (terminal) {
            update(done);
            out.println();
        } else {
            out.printf("%s: %d/%d done%n", what, done, total);
        }
        out.flush();
    }
}
