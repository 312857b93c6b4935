package budgetledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The database out of reach — stopped, restarting, or the pool unable to hand out a connection within its timeout —
 * however Spring, Axon, HikariCP or the driver wrapped it: every request then answers 503 with {@code Retry-After}, a
 * problem for API clients and a page for browsers, from a controller (web.ApiErrors) or from inside the security
 * filters (web.DatabaseOutageFilter, the sign-in form). Nothing is half-written: a command's events are appended in
 * its one transaction or not at all.
 * <p>
 * Two causes, two codes: {@code DATABASE_UNAVAILABLE} when the database cannot be reached, {@code SERVER_BUSY} when it
 * can but every pooled connection stayed busy for the pool's whole timeout (a burst larger than the server is sized
 * for) — an operator then raises the pool or adds an instance, not restarts the database.
 */
public final class DatabaseOutage {
    public static final String CODE = "DATABASE_UNAVAILABLE";
    public static final String TITLE = "数据库暂时不可用";
    public static final String DETAIL = "暂时无法连接数据库，请稍后重试；已记录的数据不受影响";
    public static final String BUSY_CODE = "SERVER_BUSY";
    public static final String BUSY_TITLE = "服务繁忙";
    public static final String BUSY_DETAIL = "同时处理的请求过多，本次请求未执行，请稍后重试；已记录的数据不受影响";
    /** Seconds a client should wait before trying again: about two connection timeouts. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** A busy pool frees up within a command or two. */
    public static final int BUSY_RETRY_AFTER_SECONDS = 1;
    /** PostgreSQL's own "not now": the server shutting down, crashed, or still starting. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private DatabaseOutage() {
    }

    /** Whether {@code failure} is, at any depth, the database being out of reach. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // the driver's own "Connection is closed" (a socket the crash cut) carries no SQL state, whichever call met
            // it — a rollback after a cut-off commit (Spring's TransactionSystemException), a statement (Axon's
            // JdbcException); what the server or the pool answers always has a state
            if (t instanceof SQLException sql && sql.getSQLState() == null) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true; // SQLState class 08: connection exception
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the pool timing out with the database reachable: HikariCP's timeout carries, as its
     * cause, the last failure to open a connection — none when every connection it tried to open opened (and it clears
     * that failure on the next success), so a timeout without a cause means every connection was simply in use.
     */
    public static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException pool) {
                return pool.getCause() == null && pool.getNextException() == null;
            }
        }
        return false;
    }

    /** What a 503 says: the code, its Chinese title and detail, and when to try again. */
    private record Answer(String log, String code, String title, String detail, int retryAfterSeconds) {
    }

    private static final Answer UNAVAILABLE = new Answer("database unavailable", CODE, TITLE, DETAIL, RETRY_AFTER_SECONDS);
    private static final Answer BUSY = new Answer("server busy", BUSY_CODE, BUSY_TITLE, BUSY_DETAIL,
            BUSY_RETRY_AFTER_SECONDS);

    /** Answers the request as 503 with {@code Retry-After}: JSON problem or page, as the request wants. */
    public static void respond(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        Answer a = isBusy(failure) ? BUSY : UNAVAILABLE;
        log.warn("{}: {} {} answered 503 ({})", a.log(), request.getMethod(), request.getRequestURI(),
                rootMessage(failure));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(a.retryAfterSeconds()));
        SecurityResponses.problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, a.code(), a.title(), a.detail());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
