package budgetledger.app.config;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where snapshots are taken: one background thread, after the command's unit of work has committed — so a command
 * (or an import chunk) never waits for the serialization of a whole year's state, which made every 250th command of a
 * long year the slow one. A snapshot is only a shortcut for loading: when more are pending than the queue holds, the
 * newest is dropped and the next trigger takes it; a crash before it is written loses nothing but the shortcut.
 */
public final class BackgroundSnapshots implements Executor {
    private static final Logger log = LoggerFactory.getLogger(BackgroundSnapshots.class);
    private final ThreadPoolExecutor pool;

    public BackgroundSnapshots(int queueCapacity) {
        pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "ledger-snapshots");
            t.setDaemon(true);
            return t;
        }, (task, executor) -> log.debug("snapshot queue full: a snapshot is left to the next trigger"));
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Waits until every snapshot asked for so far is written (tests, and a clean shutdown). */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @PreDestroy
    public void shutdown() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
