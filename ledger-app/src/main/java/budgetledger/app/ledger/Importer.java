package budgetledger.app.ledger;

import budgetledger.app.cli.Progress;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.CommandLine;
import budgetledger.core.ledger.LedgerCommand;
import budgetledger.core.performance.SubmitSelfEvaluation;
import budgetledger.core.yearend.OpenFiscalYear;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a file of commands, line by line, as an administrator's migration. Each line goes through the same
 * rules as the API; a rejected line is reported with its number and error and the rest is kept — or, with
 * all-or-nothing, the whole file runs in one database transaction that is rolled back on the first refusal.
 * <p>
 * The bulk path: consecutive lines of one department-year (up to {@code ledger.import.chunk-size}) run as one unit of
 * work in one transaction — the aggregate loaded once, its events appended in one batched insert, one commit. Every
 * line still passes through the same command handler and its rules, in order. If any line of a chunk is refused,
 * the chunk is rolled back whole and its lines run again one by one, so each line's outcome and report are exactly
 * what the line-by-line import gives. Lines that open a year or register a department, submissions (whose figures
 * are computed from the store) and unreadable lines run on their own.
 */
@Service
public class Importer {
    private final LedgerCommandService commands;
    private final TransactionTemplate transactions;
    private final Cache ledgerCache;
    private final DepartmentDirectory directory;
    private final TransactionManager unitTransactions;
    private final ImportMetrics metrics;
    private final int chunkSize;

    public Importer(LedgerCommandService commands, TransactionTemplate transactions, Cache ledgerCache,
                    DepartmentDirectory directory, TransactionManager unitTransactions, ImportMetrics metrics,
                    @Value("${ledger.import.chunk-size:1000}") int chunkSize) {
        this.commands = commands;
        this.transactions = transactions;
        this.ledgerCache = ledgerCache;
        this.directory = directory;
        this.unitTransactions = unitTransactions;
        this.metrics = metrics;
        this.chunkSize = Math.max(1, chunkSize);
    }

    public record Rejection(long line, String code, String message) {
    }

    public record Result(long applied, List<Rejection> rejected, boolean rolledBack) {
    }

    public Result importFile(Path file, String actor, boolean allOrNothing, PrintWriter err) throws IOException {
        long total;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            total = lines.filter(l -> !l.isBlank()).count();
        }
        Run run = new Run(actor, allOrNothing, err, new Progress(err, "import", total), metrics.start(total));
        try {
            if (!allOrNothing) {
                return run.all(file);
            }
            try {
                return transactions.execute(tx -> {
                    try {
                        return run.all(file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (AllOrNothingAbort abort) {
                // the transaction is rolled back; aggregates cached and answers remembered during it must not outlive it
                ledgerCache.removeAll();
                directory.forget();
                return new Result(0, List.of(abort.rejection), true);
            }
        } finally {
            run.tracker.finished();
        }
    }

    /** One import: reads the file, groups consecutive lines of one department-year, reports every refusal. */
    private final class Run {
        final String actor;
        final boolean stopOnFirst;
        final PrintWriter err;
        final Progress progress;
        final ImportMetrics.Tracker tracker;
        final List<Rejection> rejected = new ArrayList<>();
        final List<Numbered> chunk = new ArrayList<>();
        String chunkLedger;
        long applied;

        Run(String actor, boolean stopOnFirst, PrintWriter err, Progress progress, ImportMetrics.Tracker tracker) {
            this.actor = actor;
            this.stopOnFirst = stopOnFirst;
            this.err = err;
            this.progress = progress;
            this.tracker = tracker;
        }

        Result all(Path file) throws IOException {
            long lineNo = 0;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String text; (text = reader.readLine()) != null; ) {
                    lineNo++;
                    if (text.isBlank()) {
                        continue;
                    }
                    CommandLine line;
                    try {
                        line = CommandLine.parse(text);
                    } catch (LedgerException e) {
                        flush();
                        reject(lineNo, e);
                        continue;
                    }
                    String ledger = bulkLedger(line);
                    if (ledger == null || !ledger.equals(chunkLedger)) {
                        flush();
                    }
                    if (ledger == null) {
                        single(new Numbered(lineNo, line));
                        continue;
                    }
                    chunkLedger = ledger;
                    chunk.add(new Numbered(lineNo, line));
                    if (chunk.size() >= chunkSize) {
                        flush();
                    }
                }
            }
            flush();
            progress.done(done());
            return new Result(applied, List.copyOf(rejected), false);
        }

        /** The department-year a line may share a unit of work with others on, or null if it must run alone. */
        private String bulkLedger(CommandLine line) {
            Object command = line.command();
            if (!(command instanceof LedgerCommand lc) || command instanceof OpenFiscalYear
                    || command instanceof SubmitSelfEvaluation) {
                return null;
            }
            try {
                return lc.ledgerId();
            } catch (LedgerException e) {
                return null;
            }
        }

        /** Runs the pending chunk in one unit of work; on any refusal or failure, undoes it and runs it line by line. */
        private void flush() {
            List<Numbered> lines = List.copyOf(chunk);
            String ledger = chunkLedger;
            chunk.clear();
            chunkLedger = null;
            if (lines.size() <= 1) {
                lines.forEach(this::single);
                return;
            }
            UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
            unit.attachTransaction(unitTransactions);
            try {
                for (Numbered n : lines) {
                    commands.execute(n.line(), actor, true);
                }
            } catch (RuntimeException e) {
                unit.rollback(e);
                redo(ledger, lines);
                return;
            }
            try {
                unit.commit();
            } catch (RuntimeException e) {
                redo(ledger, lines);
                return;
            }
            applied += lines.size();
            tracker.applied(lines.size());
            progress.update(done());
        }

        private void redo(String ledger, List<Numbered> lines) {
            ledgerCache.remove(ledger);
            tracker.chunkRedone();
            lines.forEach(this::single);
        }

        private void single(Numbered n) {
            try {
                commands.execute(n.line(), actor, true);
                applied++;
                tracker.applied(1);
            } catch (LedgerException e) {
                reject(n.number(), e);
            }
            progress.update(done());
        }

        private void reject(long lineNo, LedgerException e) {
            Rejection r = new Rejection(lineNo, e.code().name(), e.getMessage());
            err.printf("第 %d 行被拒绝 [%s] %s%n", r.line(), r.code(), r.message());
            tracker.rejected(r.code());
            if (stopOnFirst) {
                throw new AllOrNothingAbort(r);
            }
            rejected.add(r);
            progress.update(done());
        }

        private long done() {
            return applied + rejected.size();
        }
    }

    private record Numbered(long number, CommandLine line) {
    }

    private static final class AllOrNothingAbort extends RuntimeException {
        final Rejection rejection;

        AllOrNothingAbort(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }
    }
}
