package budgetledger.app.web;

import budgetledger.app.security.SecurityLog;
import budgetledger.app.security.SecurityResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * Request bodies are limited ({@code ledger.limits.max-request-body}, default 1 MB): a declared length beyond it is a
 * 413 before anything is read or authenticated; a body without a declared length is counted as it is read, and
 * reading past the limit fails with {@link TooLargeException} (answered as 413 by {@link ApiErrors}). A sheet uploaded
 * to {@code …/imports/vouchers}, {@code …/appropriations} or {@code …/adjustments} is exempt: the multipart limits
 * and the import's own file limit apply.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodySizeLimitFilter extends OncePerRequestFilter {
    private final long max;

    public BodySizeLimitFilter(@Value("${ledger.limits.max-request-body:1MB}") DataSize max) {
        this.max = max.toBytes();
    }

    /** Reading a request body past the limit. */
    public static class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (isUpload(request)) {
            // a voucher sheet has its own limits: the multipart ones and ledger.limits.max-voucher-file
            chain.doFilter(request, response);
            return;
        }
        if (declared > max) {
            SecurityLog.event("request_too_large", null, request, Map.of("bytes", declared, "limit", max,
                    "path", request.getRequestURI()));
            SecurityResponses.problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求过大",
                    message(max));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, max), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && request.getRequestURI().matches(".*/imports/(vouchers|appropriations|adjustments)")
                && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    static String message(long max) {
        return "请求体超过 " + DataSize.ofBytes(max).toKilobytes() + " KB 的上限（ledger.limits.max-request-body）";
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            counted(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0) {
                            counted(n);
                        }
                        return n;
                    }

                    private void counted(int n) throws TooLargeException {
                        count += n;
                        if (count > max) {
                            throw new TooLargeException(message(max));
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
