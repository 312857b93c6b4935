package budgetledger.app.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import's parallel lanes: a fixed number of threads, each taking its own queue's items in the order they were
 * handed, so one department's lines stay in file order. A lane that fails ends the import: the reader learns it the
 * next time it waits on a full queue, or at {@link #finish()}.
 */
final class ImportLanes<T> implements AutoCloseable {
    /** Items read ahead per lane: a few department-years, so a file sorted by department still keeps every lane busy. */
    private static final int QUEUE = 8_192;
    private final List<BlockingQueue<T>> queues = new ArrayList<>();
    private final List<Future<?>> running = new ArrayList<>();
    private final ExecutorService pool;
    private final T end;

    /**
     * @param lane makes one lane's worker: it is given the lane's next item (or {@code end} once all are handed),
     *             and consumes items until {@code end}
     */
    ImportLanes(int count, T end, Supplier<Consumer<Supplier<T>>> lane) {
        this.end = end;
        AtomicInteger threadNo = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "import-lane-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < count; i++) {
            BlockingQueue<T> queue = new ArrayBlockingQueue<>(QUEUE);
            queues.add(queue);
            Consumer<Supplier<T>> worker = lane.get();
            running.add(pool.submit(() -> worker.accept(() -> take(queue))));
        }
    }

    /** Puts an item on the lane {@code key} picks, waiting while that lane is full — unless a lane has failed. */
    void hand(Object key, T item) {
        put(queues.get(Math.floorMod(key.hashCode(), queues.size())), item);
    }

    /** Tells every lane the items are all handed and waits for each to finish. */
    void finish() {
        queues.forEach(q -> put(q, end));
        running.forEach(ImportLanes::await);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void put(BlockingQueue<T> queue, T item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                running.stream().filter(Future::isDone).forEach(ImportLanes::await);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static void await(Future<?> lane) {
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
}
