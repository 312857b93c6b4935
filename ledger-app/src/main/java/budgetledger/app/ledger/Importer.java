package budgetledger.app.ledger;

import budgetledger.app.cli.Progress;
import budgetledger.core.common.LedgerException;
import budgetledger.core.ledger.CommandLine;
import org.axonframework.common.caching.Cache;
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
 */
@Service
public class Importer {
    private final LedgerCommandService commands;
    private final TransactionTemplate transactions;
    private final Cache ledgerCache;

    public Importer(LedgerCommandService commands, TransactionTemplate transactions, Cache ledgerCache) {
        this.commands = commands;
        this.transactions = transactions;
        this.ledgerCache = ledgerCache;
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
        Progress progress = new Progress(err, "import", total);
        if (!allOrNothing) {
            return run(file, actor, false, err, progress);
        }
        try {
            return transactions.execute(tx -> {
                try {
                    return run(file, actor, true, err, progress);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (AllOrNothingAbort abort) {
            // the transaction is rolled back; aggregates cached during it must not outlive it
            ledgerCache.removeAll();
            return new Result(0, List.of(abort.rejection), true);
        }
    }

    private Result run(Path file, String actor, boolean stopOnFirst, PrintWriter err, Progress progress) throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        long applied = 0;
        long lineNo = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text; (text = reader.readLine()) != null; ) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    commands.execute(CommandLine.parse(text), actor, true);
                    applied++;
                } catch (LedgerException e) {
                    Rejection r = new Rejection(lineNo, e.code().name(), e.getMessage());
                    err.printf("第 %d 行被拒绝 [%s] %s%n", r.line(), r.code(), r.message());
                    if (stopOnFirst) {
                        throw new AllOrNothingAbort(r);
                    }
                    rejected.add(r);
                }
                progress.update(applied + rejected.size());
            }
        }
        progress.done(applied + rejected.size());
        return new Result(applied, rejected, false);
    }

    private static final class AllOrNothingAbort extends RuntimeException {
        final Rejection rejection;

        AllOrNothingAbort(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }
    }
}
