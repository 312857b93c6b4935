package budgetledger.app.security;

import org.springframework.http.HttpStatus;

/**
 * A refusal outside the ledger's own rules (accounts, tokens, sign-in, limits), answered by the web layer ({@code web.ApiErrors}) as an
 * RFC 7807 problem with a stable {@code code} and a Chinese title and detail.
 */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final String title;

    public ProblemException(HttpStatus status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "未登录或身份凭据无效", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作", detail);
    }

    public static ProblemException notFound(String code, String title, String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, title, detail);
    }

    public static ProblemException conflict(String code, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, code, title, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "请求内容不完整或格式错误", detail);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求过大", detail);
    }
}
