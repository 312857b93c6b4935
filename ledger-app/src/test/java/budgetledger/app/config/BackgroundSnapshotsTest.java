package budgetledger.app.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundSnapshotsTest {

    @Test
    void snapshotsAreWrittenOnTheirOwnThreadAndAwaitIdleWaitsForThem() throws InterruptedException {
        BackgroundSnapshots snapshots = new BackgroundSnapshots(10);
        List<String> threads = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            snapshots.execute(() -> {
                sleep(20);
                threads.add(Thread.currentThread().getName());
            });
        }
        assertThat(threads).hasSizeLessThan(5);

        assertThat(snapshots.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).hasSize(5).containsOnly("ledger-snapshots");
        snapshots.shutdown();
    }

    @Test
    void aFullQueueDropsTheSnapshotInsteadOfHoldingUpTheCommand() throws InterruptedException {
        BackgroundSnapshots snapshots = new BackgroundSnapshots(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> written = new CopyOnWriteArrayList<>();
        snapshots.execute(() -> await(release));      // busy
        snapshots.execute(() -> written.add(1));      // queued
        long start = System.nanoTime();
        snapshots.execute(() -> written.add(2));      // queue full: dropped at once
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
        release.countDown();

        assertThat(snapshots.awaitIdle(5, TimeUnit.SECONDS)).isTrue();
        assertThat(written).containsExactly(1);
        snapshots.shutdown();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
