package budgetledger.app.web;

/**
 * What a bare HTTP status means to a finance officer, for the answers given where no exception handler could say
 * more: the container's own refusals (an encoded slash in the path, an oversized header) and Spring's error
 * dispatch. The codes are those {@link ApiErrors} uses for the same statuses, so a client reads one vocabulary.
 */
public final class StatusProblems {
    public record Answer(int status, String code, String title, String detail) {
    }

    private StatusProblems() {
    }

    public static Answer of(int status) {
        return switch (status) {
            case 400 -> new Answer(400, "INVALID_REQUEST", "请求内容不完整或格式错误",
                    "请求的地址、参数或请求头不合法（例如地址中含有编码的斜杠 %2F、“..”或非法字符，或请求头过长）");
            case 401 -> new Answer(401, "UNAUTHENTICATED", "未登录或身份凭据无效", "请先登录，或提供有效的 API 令牌");
            case 403 -> new Answer(403, "FORBIDDEN", "无权执行此操作", "当前用户的角色或所属单位不允许此操作");
            case 404 -> new Answer(404, "NOT_FOUND", "所请求的对象不存在", "没有这个地址");
            case 405 -> new Answer(405, "METHOD_NOT_ALLOWED", "请求方法不允许", "该地址不支持此请求方法");
            case 406 -> new Answer(406, "NOT_ACCEPTABLE", "无法提供所要求的格式", "该地址不能按所要求的格式（Accept）回答");
            case 408 -> new Answer(408, "REQUEST_TIMEOUT", "请求超时", "请求未能在规定时间内传完，请重试");
            case 413 -> new Answer(413, "PAYLOAD_TOO_LARGE", "请求过大", "上传内容超过大小限制");
            case 414 -> new Answer(414, "URI_TOO_LONG", "地址过长", "请求的地址过长");
            case 415 -> new Answer(415, "UNSUPPORTED_MEDIA_TYPE", "内容类型不支持", "请求体须为 application/json");
            case 429 -> new Answer(429, "TOO_MANY_REQUESTS", "请求过于频繁", "请稍后再试");
            case 503 -> new Answer(503, "SERVICE_UNAVAILABLE", "服务暂不可用", "服务暂时不可用，请稍后再试");
            default -> status >= 500
                    ? new Answer(status, "INTERNAL_ERROR", "服务器内部错误", "服务器内部错误，已记录日志，请联系管理员")
                    : new Answer(status, "INVALID_REQUEST", "请求未被接受", "请求未被接受（HTTP " + status + "）");
        };
    }
}
