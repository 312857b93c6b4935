package budgetledger.core.ledger;

import budgetledger.core.classification.ThreePublicCategory;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.establishment.DeclareEstablishment;
import budgetledger.core.establishment.StaffGroup;
import budgetledger.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Input checks shared by the ledger's command handlers; each failure is a {@link LedgerException} with a Chinese message. */
final class Checks {
    private static final int MAX_TEXT = 20_000;

    private Checks() {
    }

    static void required(Object value, String what) {
        if (value == null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "缺少" + what);
        }
    }

    static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "不能为空");
        }
        String v = value.trim();
        if (v.length() > 100) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "过长（最多 100 字符）");
        }
        return v;
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "不能为空");
        }
        if (value.length() > MAX_TEXT) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, what + "过长（最多 " + MAX_TEXT + " 字符）");
        }
        return value.trim();
    }

    static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "文字过长（最多 " + MAX_TEXT + " 字符）");
        }
        return value.trim();
    }

    static Money amount(Money amount) {
        if (amount == null) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额为空");
        }
        return amount.requirePositive();
    }

    static Money nonNegative(Money amount) {
        if (amount == null) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额为空");
        }
        if (amount.isNegative()) {
            throw new LedgerException(ErrorCode.INVALID_AMOUNT, amount + " 为负数");
        }
        return amount;
    }

    static LocalDate date(LocalDate date, int year) {
        if (date == null) {
            throw new LedgerException(ErrorCode.INVALID_DATE, "业务日期不能为空");
        }
        if (date.getYear() != year) {
            throw new LedgerException(ErrorCode.INVALID_DATE, date + " 不在 " + year + " 年度内");
        }
        return date;
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "时间格式无效（应为 ISO-8601）: " + text);
            }
        }
    }

    /** 接待批次/人数 belong to 公务接待费 only; returns {batches, persons}. */
    static int[] reception(ThreePublicCategory category, Integer batches, Integer persons) {
        int b = batches == null ? 0 : batches;
        int p = persons == null ? 0 : persons;
        if (b < 0 || p < 0) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "接待批次和人数不能为负数");
        }
        if (category != ThreePublicCategory.RECEPTION && (b > 0 || p > 0)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "只有公务接待费（30217）支出可填写接待批次和人数");
        }
        return new int[]{b, p};
    }

    /** Lines carried into a new year must be whole: a unique id, kind, fund nature, a known 项 code, a positive amount. */
    static void carried(java.util.List<budgetledger.core.yearend.CarriedLine> lines,
                        budgetledger.core.classification.ClassificationCatalogue catalogue) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (budgetledger.core.yearend.CarriedLine line : lines) {
            if (line == null) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "结转指标不能为空");
            }
            String id = id(line.lineId(), "结转指标编号");
            if (!ids.add(id)) {
                throw new LedgerException(ErrorCode.DUPLICATE_LINE, id);
            }
            required(line.kind(), "结转指标的支出类型 kind");
            required(line.fundNature(), "结转指标的资金性质 fundNature");
            amount(line.amount());
            catalogue.requireFunctional(line.functionalCode());
        }
    }

    static void establishment(DeclareEstablishment c) {
        if (c.staff() == null) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "缺少人员编制 staff");
        }
        for (StaffGroup g : c.staff()) {
            text(g.category(), "编制类别");
            if (g.authorized() < 0 || g.actual() < 0) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "编制数和实有人数不能为负数: " + g.category());
            }
        }
        if (c.retired() < 0 || c.vehiclesAuthorized() < 0 || c.vehiclesActual() < 0) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "退休人数和车辆数不能为负数");
        }
    }
}
