package budgetledger.app.web;

import budgetledger.app.security.DatabaseOutage;
import budgetledger.app.security.ProblemException;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import budgetledger.app.security.SecurityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;

/**
 * Every error the API returns is an RFC 7807 problem: {@code code} (stable, for machines), {@code title} and
 * {@code detail} in Chinese for the finance officer. Bad input is a 4xx; a 5xx means a bug — or the database out of
 * reach (503 {@code DATABASE_UNAVAILABLE}, see {@link DatabaseOutage}) — and even then no stack trace leaves the server.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    public static ProblemDetail problem(ErrorCode code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.status()), detail);
        p.setTitle(code.messageZh());
        p.setProperty("code", code.name());
        return p;
    }

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<ProblemDetail> ledger(LedgerException e) {
        if (e.code().status() == 403) {
            // a ledger rule about who may act (e.g. SELF_APPROVAL) is a denial too
            ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
            if (attributes != null) {
                var auth = SecurityContextHolder.getContext().getAuthentication();
                SecurityLog.denied(403, auth == null ? null : auth.getName(), attributes.getRequest(), "ledger",
                        null, e.code().name());
            }
        }
        return ResponseEntity.status(e.code().status()).body(problem(e.code(), e.getMessage()));
    }

    /** Accounts, tokens, sign-in and limits: the problem as the exception states it. */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle(e.title());
        p.setProperty("code", e.code());
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.UNAUTHORIZED) {
            ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
            if (attributes != null) {
                var auth = SecurityContextHolder.getContext().getAuthentication();
                SecurityLog.denied(e.status().value(), auth == null ? null : auth.getName(), attributes.getRequest(),
                        "controller", null, e.code());
            }
        }
        return ResponseEntity.status(e.status()).body(p);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        LedgerException inner = find(e, LedgerException.class);
        if (inner != null) {
            return ledger(inner);
        }
        BodySizeLimitFilter.TooLargeException tooLarge = find(e, BodySizeLimitFilter.TooLargeException.class);
        if (tooLarge != null) {
            return problem(ProblemException.tooLarge(tooLarge.getMessage()));
        }
        JsonMappingException mapping = find(e, JsonMappingException.class);
        // the field as the client wrote it: getPathReference() names Java classes (AccountController$UserBody…)
        String where = mapping == null || mapping.getPath().isEmpty() ? ""
                : "（字段 " + budgetledger.core.ledger.CommandLine.fieldPath(mapping) + "）";
        return bad(ErrorCode.INVALID_REQUEST, "请求体不是有效的 JSON 或字段类型不对" + where);
    }

    /** A path or query value of the wrong type: named in Chinese, never with the Java conversion's English text. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return bad(ErrorCode.INVALID_REQUEST, "参数 " + e.getName() + " 的值“" + shown + "”格式不对" + expected(e.getRequiredType()));
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "（应为整数，如 2024）";
        }
        if (type == java.time.LocalDate.class) {
            return "（应为日期，如 2024-03-01）";
        }
        return "";
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return bad(ErrorCode.INVALID_REQUEST, "缺少参数 " + e.getParameterName());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return bad(ErrorCode.INVALID_REQUEST, "缺少请求头 " + e.getHeaderName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容超过大小限制");
        p.setTitle("请求过大");
        p.setProperty("code", "PAYLOAD_TOO_LARGE");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(p);
    }

    /**
     * The firewall checks a header's value when the application first reads it (an {@code Idempotency-Key} of
     * non-ASCII bytes), so its refusal surfaces here rather than in the filter chain: the client's request is wrong.
     */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return bad(ErrorCode.INVALID_REQUEST,
                "请求头或地址含有不允许的字符（请求头只能是可见 ASCII 字符，地址中不能有 %2F、“..”、“;” 等）");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e) {
        return bad(ErrorCode.NOT_FOUND, "没有这个地址: /" + e.getResourcePath());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "该地址不支持 " + e.getMethod() + " 请求");
        p.setTitle("请求方法不允许");
        p.setProperty("code", "METHOD_NOT_ALLOWED");
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(p);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, "该地址不能按所要求的格式（Accept）回答");
        p.setTitle("无法提供所要求的格式");
        p.setProperty("code", "NOT_ACCEPTABLE");
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求体须为 application/json");
        p.setTitle("内容类型不支持");
        p.setProperty("code", "UNSUPPORTED_MEDIA_TYPE");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (DatabaseOutage.isCause(e)) {
            // written as the request wants it (a problem, or a page for a browser's page); null: already answered
            DatabaseOutage.respond(request, response, e);
            return null;
        }
        LedgerException inner = find(e, LedgerException.class);
        if (inner != null) {
            return ledger(inner);
        }
        ProblemException stated = find(e, ProblemException.class);
        if (stated != null) {
            return problem(stated);
        }
        BodySizeLimitFilter.TooLargeException tooLarge = find(e, BodySizeLimitFilter.TooLargeException.class);
        if (tooLarge != null) {
            return problem(ProblemException.tooLarge(tooLarge.getMessage()));
        }
        log.error("unexpected error", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，已记录日志，请联系管理员");
        p.setTitle("服务器内部错误");
        p.setProperty("code", "INTERNAL_ERROR");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(p);
    }

    private static ResponseEntity<ProblemDetail> bad(ErrorCode code, String detail) {
        return ResponseEntity.status(code.status()).body(problem(code, detail));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
