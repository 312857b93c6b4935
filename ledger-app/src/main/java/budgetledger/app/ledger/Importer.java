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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 */
@Service
public class Importer {
    /** Lines read ahead per lane: a few department-years, so a file sorted by department still keeps every lane busy. */
    private static final int LANE_QUEUE = 8_192;
    private final LedgerCommandService commands;
    private final TransactionTemplate transactions;
    private final Cache ledgerCache;
    private final DepartmentDirectory directory;
    private final TransactionManager unitTransactions;
    private final ImportMetrics metrics;
    private final int chunkSize;
    private final int workers;

    public Importer(LedgerCommandService commands, TransactionTemplate transactions, Cache ledgerCache,
                    DepartmentDirectory directory, TransactionManager unitTransactions, ImportMetrics metrics,
                    @Value("${ledger.import.chunk-size:1000}") int chunkSize,
                    @Value("${ledger.import.workers:0}") int workers) {
        this.commands = commands;
        this.transactions = transactions;
        this.ledgerCache = ledgerCache;
        this.directory = directory;
        this.unitTransactions = unitTransactions;
        this.metrics = metrics;
        this.chunkSize = Math.max(1, chunkSize);
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
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
                return run.all(file, workers);
            }
            try {
                return transactions.execute(tx -> {
                    try {
                        return run.all(file, 1);
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

    /** One import: reads the file, hands each line to its department's lane, reports every refusal. */
    private final class Run {
        final String actor;
        final boolean stopOnFirst;
        final PrintWriter err;
        final Progress progress;
        final ImportMetrics.Tracker tracker;
        final List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong applied = new AtomicLong();

        Run(String actor, boolean stopOnFirst, PrintWriter err, Progress progress, ImportMetrics.Tracker tracker) {
            this.actor = actor;
            this.stopOnFirst = stopOnFirst;
            this.err = err;
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
            return new Result(applied.get(), List.copyOf(sorted), false);
        }

        private void inOneLane(BufferedReader reader) throws IOException {
            Lane lane = new Lane();
            long lineNo = 0;
            for (String text; (text = reader.readLine()) != null; ) {
                lineNo++;
                Numbered n = parse(lineNo, text);
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
            List<BlockingQueue<Numbered>> queues = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            AtomicInteger threadNo = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(count, r -> {
                Thread t = new Thread(r, "import-lane-" + threadNo.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                for (int i = 0; i < count; i++) {
                    BlockingQueue<Numbered> queue = new ArrayBlockingQueue<>(LANE_QUEUE);
                    queues.add(queue);
                    running.add(pool.submit(() -> drain(queue)));
                }
                long lineNo = 0;
                for (String text; (text = reader.readLine()) != null; ) {
                    lineNo++;
                    Numbered n = parse(lineNo, text);
                    if (n != null && n.line() == null) {
                        reject(n.number(), n.unreadable());
                    } else if (n != null) {
                        hand(queues.get(Math.floorMod(departmentOf(n.line()).hashCode(), count)), n, running);
                    }
                }
                for (BlockingQueue<Numbered> queue : queues) {
                    hand(queue, Numbered.END, running);
                }
                for (Future<?> lane : running) {
                    await(lane);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        /** Puts a line on a lane, waiting while the lane is full — unless a lane has failed, which ends the import. */
        private void hand(BlockingQueue<Numbered> queue, Numbered n, List<Future<?>> lanes) {
            try {
                while (!queue.offer(n, 100, TimeUnit.MILLISECONDS)) {
                    for (Future<?> lane : lanes) {
                        if (lane.isDone()) {
                            await(lane);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
        }

        private void await(Future<?> lane) {
            try {
                lane.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
        }

        private Void drain(BlockingQueue<Numbered> queue) throws InterruptedException {
            Lane lane = new Lane();
            for (Numbered n = queue.take(); n != Numbered.END; n = queue.take()) {
                lane.accept(n);
            }
            lane.flush();
            return null;
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
            synchronized (err) {
                err.printf("第 %d 行被拒绝 [%s] %s%n", r.line(), r.code(), r.message());
            }
            tracker.rejected(r.code());
            if (stopOnFirst) {
                throw new AllOrNothingAbort(r);
            }
            rejected.add(r);
            progress.update(done());
        }

        private long done() {
            return applied.get() + rejected.size();
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

            private void single(Numbered n) {
                try {
                    commands.execute(n.line(), actor, true);
                    applied(1);
                } catch (LedgerException e) {
                    reject(n.number(), e);
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
