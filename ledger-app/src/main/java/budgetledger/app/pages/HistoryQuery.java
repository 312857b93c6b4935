package budgetledger.app.pages;

import budgetledger.app.ledger.EventHistory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event-history page's filter as typed (kept to show again) made into {@link EventHistory.Filter}: the event
 * type one of the named ones, dates as {@code 2024-03-15}, the recorded-at range in whole China-time days, a page
 * size of at most {@link #MAX_SIZE}. What is none of these is refused beside its field, with status 400.
 */
public record HistoryQuery(Map<String, String> values, EventHistory.Filter filter, int page, int size, FieldError error) {
    static final List<String> FIELDS = List.of("type", "recordedBy", "from", "to", "recordedFrom", "recordedTo", "q",
            "page", "size");
    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 50;

    static HistoryQuery read(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>(FormCommands.values(params, FIELDS));
        try {
            String type = blankToNull(values.get("type"));
            if (type != null && !EventNames.ZH.containsKey(type)) {
                throw refusal("type", "未知的事件类型: " + type);
            }
            LocalDate from = date(values, "from");
            LocalDate to = date(values, "to");
            LocalDate recordedFrom = date(values, "recordedFrom");
            LocalDate recordedTo = date(values, "recordedTo");
            if (recordedFrom != null && recordedTo != null && recordedFrom.isAfter(recordedTo)) {
                throw refusal("recordedFrom", "记录时间范围有误：起始日 " + recordedFrom + " 晚于截止日 " + recordedTo);
            }
            int page = number(values, "page", 1, Integer.MAX_VALUE, 1) - 1;
            int size = number(values, "size", 1, MAX_SIZE, DEFAULT_SIZE);
            EventHistory.Filter filter = filter(type, from, to, values, recordedFrom, recordedTo);
            return new HistoryQuery(values, filter, page, size, null);
        } catch (Refused r) {
            return new HistoryQuery(values, null, 0, DEFAULT_SIZE, r.error);
        }
    }

    private static EventHistory.Filter filter(String type, LocalDate from, LocalDate to, Map<String, String> values,
                                              LocalDate recordedFrom, LocalDate recordedTo) {
        Instant recordedAfter = recordedFrom == null ? null : recordedFrom.atStartOfDay(Formats.CHINA).toInstant();
        // through the whole last day, China time: the instant before the next day begins
        Instant recordedUntil = recordedTo == null ? null
                : recordedTo.plusDays(1).atStartOfDay(Formats.CHINA).toInstant().minusNanos(1);
        try {
            return new EventHistory.Filter(type, from, to, blankToNull(values.get("recordedBy")), null, null,
                    recordedUntil, recordedAfter, blankToNull(values.get("q")));
        } catch (LedgerException e) {
            throw refusal("from", e.getMessage());
        }
    }

    /** The address of this filter at another page (the pager's links), empty values left out. */
    public String at(int otherPage) {
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> {
            if (!k.equals("page") && !v.isEmpty()) {
                q.append(q.isEmpty() ? "?" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return q.append(q.isEmpty() ? "?" : "&").append("page=").append(otherPage + 1).toString();
    }

    private static LocalDate date(Map<String, String> values, String field) {
        String v = blankToNull(values.get(field));
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw refusal(field, "日期格式应为 2024-03-15: " + v);
        }
    }

    private static int number(Map<String, String> values, String field, int min, int max, int otherwise) {
        String v = blankToNull(values.get(field));
        if (v == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw refusal(field, (field.equals("page") ? "页码" : "每页笔数") + "须为 " + min + " 到 " + max + " 之间的整数: " + v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Refused refusal(String field, String message) {
        return new Refused(new FieldError(ErrorCode.INVALID_REQUEST.name(), field, message));
    }

    /** A filter value refused: carries its {@link FieldError} out of the parsing. */
    private static final class Refused extends RuntimeException {
        final transient FieldError error;

        Refused(FieldError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
