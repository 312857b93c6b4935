package budgetledger.app.ledger;

import budgetledger.app.config.LedgerCache;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerCommand;
import budgetledger.core.common.LedgerException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bounded retry on its own: an attempt that keeps meeting another instance's write is tried three times, each
 * time on an evicted cache entry, then refused as 409 CONCURRENT_MODIFICATION; one that gets through on a later
 * attempt answers as if nothing happened. (Against two real instances: TwoInstancesTest.)
 */
class ConcurrentWritesTest {
    private record Command(String departmentId, int year) implements LedgerCommand {
        @Override
        public String ledgerId() {
            return departmentId + "/" + year;
        }
    }

    private final LedgerCache cache = new LedgerCache(10);
    // a stale refusal needs the store's head; these attempts never refuse, so no store is consulted
    private final ConcurrentWrites writes = new ConcurrentWrites(cache, null, 3);

    @Test
    void aClashEveryTimeIsA409AfterThreeAttemptsEachOnAnEvictedYear() {
        cache.put("d1/2024", "stale");
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> writes.send(new Command("d1", 2024), () -> {
            assertThat(cache.containsKey("d1/2024")).as("cached at attempt %d", attempts.get() + 1)
                    .isEqualTo(attempts.get() == 0);
            attempts.incrementAndGet();
            cache.put("d1/2024", "stale");
            throw new ConcurrencyException("an event at sequence 7 was already inserted");
        }))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
                    assertThat(e.code().status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("已重试 3 次");
                });
        assertThat(attempts).hasValue(3);
        assertThat(cache.containsKey("d1/2024")).isFalse();
    }

    @Test
    void aClashThatClearsIsAnsweredByTheLaterAttempt() {
        cache.put("d1/2024", "stale");
        AtomicInteger attempts = new AtomicInteger();
        String answer = writes.send(new Command("d1", 2024), () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ConcurrencyException("an event at sequence 7 was already inserted");
            }
            return "recorded";
        });
        assertThat(answer).isEqualTo("recorded");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void insideACallersUnitOfWorkAClashIsA409AtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            assertThatThrownBy(() -> writes.send(new Command("d1", 2024), () -> {
                attempts.incrementAndGet();
                throw new ConcurrencyException("an event at sequence 7 was already inserted");
            })).isInstanceOfSatisfying(LedgerException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        } finally {
            unit.rollback();
        }
        assertThat(attempts).as("the caller's unit of work decides what happens next").hasValue(1);
    }

    @Test
    void aRefusalNotDecidedOnAStreamIsPassedOnUntried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> writes.send(new Command("d1", 2024), () -> {
            attempts.incrementAndGet();
            throw new LedgerException(ErrorCode.YEAR_NOT_OPEN, null);
        })).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.YEAR_NOT_OPEN));
        assertThat(attempts).hasValue(1);
    }

    /**
     * A second command on a year waits for its turn before its attempt starts (so before it takes a database
     * connection), while a command on another year goes ahead.
     */
    @Test
    void commandsOnOneYearTakeTurnsBeforeTheirAttemptWhileAnotherYearGoesAhead() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        Thread first = new Thread(() -> writes.send(new Command("d1", 2024), () -> {
            inside.incrementAndGet();
            firstInside.countDown();
            await(releaseFirst);
            return inside.decrementAndGet();
        }));
        first.start();
        firstInside.await();
        AtomicInteger secondRanWith = new AtomicInteger(-1);
        Thread second = new Thread(() -> writes.send(new Command("d1", 2024), () -> {
            secondRanWith.set(inside.get()); // how many attempts were inside when this one began
            return 0;
        }));
        second.start();
        while (!writes.waiting("d1/2024")) {
            Thread.onSpinWait(); // until the second command queues behind the first
        }
        assertThat(writes.send(new Command("d2", 2024), () -> "other year")).isEqualTo("other year");
        assertThat(secondRanWith).as("the second attempt has not begun").hasValue(-1);
        releaseFirst.countDown();
        first.join();
        second.join();
        assertThat(secondRanWith).as("it began after the first had finished").hasValue(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
