package budgetledger.app.sheets;

import budgetledger.app.security.ProblemException;
import budgetledger.core.common.LedgerException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A page's commit of a large sheet, run beside the request so that the page can show how far it is: the job counts
 * the rows, runs {@link SheetImport} as the user who started it and keeps its progress, then its outcome — or the
 * refusal, in Chinese — until it is read. Jobs live in this instance's memory only (a page polls the instance that
 * started it); two run at a time, the others wait their turn; a finished job is forgotten after half an hour.
 */
@Component
public class ImportJobs {
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofMinutes(30);
    private final SheetImport imports;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "sheet-import");
        t.setDaemon(true);
        return t;
    });

    public ImportJobs(SheetImport imports) {
        this.imports = imports;
    }

    /** One commit: rows done of total (total 0 while the file is being counted); then the outcome or the problem. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final SheetImport.Request request;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile SheetImport.Outcome outcome;
        private volatile String problem;
        private volatile Instant finishedAt;

        Job(SheetImport.Request request) {
            this.owner = request.user().username();
            this.request = request;
        }

        public String id() {
            return id;
        }

        public SheetImport.Request request() {
            return request;
        }

        public long done() {
            return done.get();
        }

        public long total() {
            return total;
        }

        public boolean finished() {
            return finishedAt != null;
        }

        public SheetImport.Outcome outcome() {
            return outcome;
        }

        public String problem() {
            return problem;
        }
    }

    /** Starts the commit; the request's file is deleted when it ends. */
    public Job start(SheetImport.Request request) {
        Instant forgotten = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(forgotten));
        Job job = new Job(request);
        jobs.put(job.id, job);
        workers.execute(() -> run(job));
        return job;
    }

    /** The job, to the user who started it only, for this department-year and kind. */
    public Optional<Job> of(String id, String username, String departmentId, int year) {
        Job job = id == null ? null : jobs.get(id);
        return Optional.ofNullable(job).filter(j -> j.owner.equals(username)
                && j.request.departmentId().equals(departmentId) && j.request.year() == year);
    }

    private void run(Job job) {
        try {
            job.total = imports.rows(job.request.kind(), job.request.file(), job.request.charset());
            job.outcome = imports.run(job.request, job.done::set);
        } catch (SheetException | LedgerException | ProblemException e) {
            job.problem = e.getMessage();
        } catch (RuntimeException e) {
            log.error("sheet import job {} failed", job.id, e);
            job.problem = "导入未完成：服务器处理时出错，已记录的行不受影响。请稍后预览同一文件，查看哪些行已导入。";
        } finally {
            job.finishedAt = Instant.now();
            try {
                Files.deleteIfExists(job.request.file());
            } catch (IOException e) {
                log.warn("could not delete the uploaded sheet {}", job.request.file(), e);
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
