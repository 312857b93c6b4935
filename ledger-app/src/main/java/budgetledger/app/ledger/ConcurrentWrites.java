package budgetledger.app.ledger;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerCommand;
import budgetledger.core.common.LedgerException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Several instances of the application on one database (docs/deployment.md): each caches the department-years it
 * served, so an instance may hold a year another instance has since written to. Nothing wrong is ever recorded —
 * the next event's sequence number is taken, so the append fails on the store's unique key ({@link
 * ConcurrencyException}) — and a refusal is checked against the store's head before it is believed. Either way the
 * stale year is evicted and the command sent again on fresh state, at most {@code ledger.command-attempts} times, then
 * refused as {@link ErrorCode#CONCURRENT_MODIFICATION} (409). An idempotency key works across the attempts: a later
 * attempt finds the first outcome if another instance recorded it.
 *
 * <p>Within one instance, commands on the same department-year take turns here, in memory and in arrival order,
 * <em>before</em> any of them takes a database connection. They are decided one at a time anyway (Axon locks the
 * aggregate), but Axon's transaction takes its connection before that lock: 32 clients on one hot year held every
 * pooled connection while waiting for each other, and the rest — other years' commands, the live views — waited the
 * pool's 3 s and were answered 503 {@code DATABASE_UNAVAILABLE} with the database up (the reliability suite's
 * {@code hot-year}, docs/reliability.md). Now a hot year holds one connection.
 */
@Component
public class ConcurrentWrites {
    private final Cache ledgerCache;
    private final StoredEvents events;
    private final Retry retry;
    /** One fair lock per department-year this instance has written to (a bounded number: the years in the store). */
    private final ConcurrentHashMap<String, ReentrantLock> turns = new ConcurrentHashMap<>();

    public ConcurrentWrites(Cache ledgerCache, StoredEvents events,
                            @Value("${ledger.command-attempts:3}") int attempts) {
        this.ledgerCache = ledgerCache;
        this.events = events;
        this.retry = Retry.of("ledger-command", RetryConfig.custom()
                .maxAttempts(attempts)
                // a short, randomised pause: two instances retrying the same year do not meet again in step
                .intervalFunction(IntervalFunction.ofRandomized(10, 0.5))
                .retryExceptions(StaleLedger.class)
                .build());
    }

    /** Thrown by an attempt that met another instance's write; the attempt left nothing behind. */
    static final class StaleLedger extends RuntimeException {
        StaleLedger(String ledgerId) {
            super("stale department-year " + ledgerId, null, false, false);
        }
    }

    /**
     * Sends {@code attempt} up to the configured number of times while it meets another instance's write. Inside a
     * caller's unit of work (an import chunk) there is no retry: the chunk's own commit fails, and the import redoes
     * the chunk line by line, each line then here on its own. Nor does it take a turn: the chunk holds its years'
     * aggregate locks until it commits, and a turn held by a request waiting for those locks would deadlock it.
     */
    public <T> T send(Object command, Supplier<T> attempt) {
        if (!(command instanceof LedgerCommand lc) || CurrentUnitOfWork.isStarted()) {
            try {
                return attempt.get();
            } catch (ConcurrencyException e) {
                throw new LedgerException(ErrorCode.CONCURRENT_MODIFICATION, null);
            }
        }
        String ledgerId = lc.ledgerId();
        ReentrantLock turn = turns.computeIfAbsent(ledgerId, id -> new ReentrantLock(true));
        turn.lock();
        try {
            return retry.executeSupplier(() -> once(ledgerId, attempt));
        } catch (StaleLedger e) {
            throw new LedgerException(ErrorCode.CONCURRENT_MODIFICATION, "另一处刚修改了 " + ledgerId + "，已重试 "
                    + retry.getRetryConfig().getMaxAttempts() + " 次仍未成功，请稍后再提交");
        } finally {
            turn.unlock();
        }
    }

    /** Whether a command on {@code ledgerId} is waiting for its turn (for tests). */
    boolean waiting(String ledgerId) {
        ReentrantLock turn = turns.get(ledgerId);
        return turn != null && turn.hasQueuedThreads();
    }

    private <T> T once(String ledgerId, Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ConcurrencyException e) {
            ledgerCache.remove(ledgerId);
            throw new StaleLedger(ledgerId);
        } catch (LedgerException refused) {
            // a refusal is only as good as the state it was decided on: one indexed look-up of the stream's head
            if (refused.decidedAt() >= 0 && events.headSequence(ledgerId) > refused.decidedAt()) {
                ledgerCache.remove(ledgerId);
                throw new StaleLedger(ledgerId);
            }
            throw refused;
        }
    }
}
