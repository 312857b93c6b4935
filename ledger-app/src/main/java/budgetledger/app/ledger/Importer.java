package budgetledger.app.ledger;

import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.CommandLine;
import budgetledger.core.common.LedgerCommand;
import budgetledger.core.department.RegisterDepartment;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

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
 * <p>
 * Departments on parallel lanes ({@code ledger.import.workers}, default: one per core): every line that names a
 * department goes to that department's lane, and each lane applies its lines in file order. Nothing the ledger
 * checks crosses a department — a department's years, carry-over and submissions all live in its own lines — so each
 * line meets exactly the state it would meet in a one-by-one import; only the interleaving of different departments
 * in the store differs. The rejections are reported sorted by line. All-or-nothing runs on one lane, in its one
 * transaction.
 * <p>
 * Resumable: each line's outcome is kept ({@link ImportProgress}), an applied line's in the transaction of its events.
 * Interrupted ({@code kill -9}) and run again on the same file, the import skips what the earlier run applied or
 * refused — by line number, without sending it again — and goes on from there at full speed.
 */
@Service
public class Importer {
    /** Attempts of a line on its own that fails for another reason than a refusal (then the import stops). */
    private static final int SINGLE_ATTEMPTS = 3;
    private final LedgerCommandService commands;
    private final TransactionTemplate transactions;
    private final Cache ledgerCache;
    private final DepartmentDirectory directory;
    private final TransactionManager unitTransactions;
    private final ImportMetrics metrics;
    private final ImportProgress progressStore;
    private final int chunkSize;
    private final int workers;

    public Importer(LedgerCommandService commands, TransactionTemplate transactions, Cache ledgerCache,
                    DepartmentDirectory directory, TransactionManager unitTransactions, ImportMetrics metrics,
                    ImportProgress progressStore, @Value("${ledger.import.chunk-size:1000}") int chunkSize,
                    @Value("${ledger.import.workers:0}") int workers) {
        this.commands = commands;
        this.transactions = transactions;
        this.ledgerCache = ledgerCache;
        this.directory = directory;
        this.unitTransactions = unitTransactions;
        this.metrics = metrics;
        this.progressStore = progressStore;
        this.chunkSize = Math.max(1, chunkSize);
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    /** A refused line; {@code earlier}: refused by an earlier run of the same file, which this one continued. */
    public record Rejection(long line, String code, String message, boolean earlier) {
        public Rejection(long line, String code, String message) {
            this(line, code, message, false);
        }
    }

    /** {@code skipped}: lines an earlier, interrupted run of the same file had applied, recognised and not sent again. */
    public record Result(long applied, List<Rejection> rejected, boolean rolledBack, long skipped) {
    }

    /**
     * Imports the file; run again after an interruption, it continues where the earlier run stopped (ImportProgress):
     * the lines that run applied are skipped, those it refused are reported as refused then. The refusals are written
     * to {@code err} once the import ends, sorted by line.
     */
    public Result importFile(Path file, String actor, boolean allOrNothing, PrintWriter err) throws IOException {
        ImportProgress.Scan scan = progressStore.scan(file);
        ImportProgress.Resume resume = progressStore.start(file, actor, scan);
        Run run = new Run(actor, allOrNothing, resume, new Progress(err, "import", scan.commands()),
                metrics.start(scan.commands()));
        Result result;
        try {
            if (!allOrNothing) {
                result = run.all(file, workers);
            } else {
                result = transactions.execute(tx -> {
                    try {
                        return run.all(file, 1);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        } catch (AllOrNothingAbort abort) {
            // the transaction is rolled back; aggregates cached and answers remembered during it must not outlive it
            ledgerCache.removeAll();
            directory.forget();
            result = new Result(0, List.of(abort.rejection), true, 0);
        } finally {
            run.tracker.finished();
        }
        for (Rejection r : result.rejected()) {
            err.printf("第 %d 行被拒绝%s [%s] %s%n", r.line(), r.earlier() ? "（上次导入时）" : "", r.code(), r.message());
        }
        err.flush();
        return result;
    }

    /** One import: reads the file, hands each line to its department's lane, reports every refusal. */
    private final class Run {
        final String actor;
        final boolean stopOnFirst;
        final ImportProgress.Resume resume;
        final Progress progress;
        final ImportMetrics.Tracker tracker;
        final List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong applied = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();

        Run(String actor, boolean stopOnFirst, ImportProgress.Resume resume, Progress progress,
            ImportMetrics.Tracker tracker) {
            this.actor = actor;
            this.stopOnFirst = stopOnFirst;
            this.resume = resume;
            this.progress = progress;
            this.tracker = tracker;
        }

        Result all(Path file, int lanes) throws IOException {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (lanes <= 1) {
                    inOneLane(reader);
                } else {
                    inLanes(reader, lanes);
                }
            }
            progress.done(done());
            List<Rejection> sorted = new ArrayList<>(rejected);
            sorted.sort(Comparator.comparingLong(Rejection::line));
            return new Result(applied.get(), List.copyOf(sorted), false, skipped.get());
        }

        private void inOneLane(BufferedReader reader) throws IOException {
            Lane lane = new Lane();
            long lineNo = 0;
            for (String text; (text = reader.readLine()) != null; ) {
                lineNo++;
                Numbered n = resumed(lineNo) ? null : parse(lineNo, text);
                if (n == null) {
                    continue;
                }
                if (n.line() == null) {
                    lane.flush(); // an earlier line's refusal in the pending chunk is reported first
                    reject(n.number(), n.unreadable());
                } else {
                    lane.accept(n);
                }
            }
            lane.flush();
        }

        private void inLanes(BufferedReader reader, int count) throws IOException {
            try (ImportLanes<Numbered> lanes = new ImportLanes<>(count, Numbered.END, () -> next -> {
                Lane lane = new Lane();
                for (Numbered n = next.get(); n != Numbered.END; n = next.get()) {
                    lane.accept(n);
                }
                lane.flush();
            })) {
                long lineNo = 0;
                for (String text; (text = reader.readLine()) != null; ) {
                    lineNo++;
                    Numbered n = resumed(lineNo) ? null : parse(lineNo, text);
                    if (n != null && n.line() == null) {
                        reject(n.number(), n.unreadable());
                    } else if (n != null) {
                        lanes.hand(departmentOf(n.line()), n);
                    }
                }
                lanes.finish();
            }
        }

        /** Whether an earlier run of the file applied or refused the line: then it is counted, not sent again. */
        private boolean resumed(long lineNo) {
            if (!resume.done(lineNo)) {
                return false;
            }
            Rejection earlier = resume.refused().get(lineNo);
            if (earlier != null) {
                rejected.add(earlier);
            } else {
                skipped.incrementAndGet();
            }
            progress.update(done());
            return true;
        }

        /** The parsed line; a line that does not parse carries its refusal instead; null for a blank line. */
        private Numbered parse(long lineNo, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return new Numbered(lineNo, CommandLine.parse(text), null);
            } catch (LedgerException e) {
                return new Numbered(lineNo, null, e);
            }
        }

        private void reject(long lineNo, LedgerException e) {
            Rejection r = new Rejection(lineNo, e.code().name(), e.getMessage());
            progressStore.refused(resume.runId(), r);
            tracker.rejected(r.code());
            if (stopOnFirst) {
                throw new AllOrNothingAbort(r);
            }
            rejected.add(r);
            progress.update(done());
        }

        private long done() {
            return applied.get() + rejected.size() + skipped.get();
        }

        /** One lane's lines in file order, gathered into chunks of one department-year. */
        private final class Lane {
            final List<Numbered> chunk = new ArrayList<>();
            String chunkLedger;

            void accept(Numbered n) {
                String ledger = bulkLedger(n.line());
                if (ledger == null || !ledger.equals(chunkLedger)) {
                    flush();
                }
                if (ledger == null) {
                    single(n);
                    return;
                }
                chunkLedger = ledger;
                chunk.add(n);
                if (chunk.size() >= chunkSize) {
                    flush();
                }
            }

            /** Runs the pending chunk in one unit of work; on any refusal or failure, undoes it and runs it line by line. */
            void flush() {
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
                    progressStore.applied(resume.runId(), lines.stream().map(Numbered::number).toList());
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
                applied(lines.size());
            }

            private void redo(String ledger, List<Numbered> lines) {
                ledgerCache.remove(ledger);
                tracker.chunkRedone();
                lines.forEach(this::single);
            }

            /**
             * One line in a transaction of its own, which marks it applied with its events. A failure that is no refusal
             * (another instance's write met inside the transaction, which PostgreSQL then aborts) is tried again.
             */
            private void single(Numbered n) {
                for (int attempt = 1; ; attempt++) {
                    try {
                        LedgerException refused = transactions.execute(tx -> {
                            try {
                                commands.execute(n.line(), actor, true);
                                progressStore.applied(resume.runId(), List.of(n.number()));
                                return null;
                            } catch (LedgerException e) {
                                tx.setRollbackOnly();
                                return e;
                            }
                        });
                        if (refused != null) {
                            reject(n.number(), refused);
                        } else {
                            applied(1);
                        }
                        return;
                    } catch (RuntimeException e) {
                        // what the failed transaction left in the cache may never have been stored
                        Object command = n.line().command();
                        if (command instanceof LedgerCommand lc && lc.departmentId() != null) {
                            ledgerCache.remove(lc.ledgerId());
                        }
                        directory.forget();
                        if (e instanceof AllOrNothingAbort || stopOnFirst || attempt >= SINGLE_ATTEMPTS) {
                            throw e;
                        }
                    }
                }
            }

            private void applied(int lines) {
                applied.addAndGet(lines);
                tracker.applied(lines);
                progress.update(done());
            }
        }
    }

    /** The department-year a line may share a unit of work with others on, or null if it must run alone. */
    private static String bulkLedger(CommandLine line) {
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

    /** The department a line belongs to, which picks its lane ("" for a line naming none: it is refused anyway). */
    private static String departmentOf(CommandLine line) {
        Object command = line.command();
        String department = command instanceof RegisterDepartment r ? r.departmentId()
                : command instanceof LedgerCommand lc ? lc.departmentId() : null;
        return Objects.requireNonNullElse(department, "");
    }

    private record Numbered(long number, CommandLine line, LedgerException unreadable) {
        static final Numbered END = new Numbered(0, null, null);
    }

    private static final class AllOrNothingAbort extends RuntimeException {
        final Rejection rejection;

        AllOrNothingAbort(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }
    }
}
