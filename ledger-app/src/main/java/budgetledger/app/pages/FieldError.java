package budgetledger.app.pages;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.List;

/**
 * A refusal of a form's command, shown beside the field it concerns: the API's own Chinese message (the problem
 * response's detail, which begins with the code's title) and the field, from the error code or, for a malformed
 * request, from the field the message names. {@code field} null: the message belongs to the form as a whole.
 */
public record FieldError(String code, String field, String message) {

    public static FieldError of(LedgerException e, List<String> fields) {
        // the exception's message is the problem's detail: the code's Chinese text, then what exactly was wrong
        String message = e.getMessage();
        return new FieldError(e.code().name(), field(e.code(), message, fields), message);
    }

    private static String field(ErrorCode code, String detail, List<String> fields) {
        List<String> byCode = switch (code) {
            case INVALID_AMOUNT, BUDGET_EXCEEDED, THREE_PUBLIC_LIMIT_EXCEEDED, REDUCTION_EXCEEDS_AVAILABLE ->
                    List.of("amount");
            // a transfer's unknown line may be either of its two: the message names it, shown for the whole form
            case UNKNOWN_LINE, DUPLICATE_LINE -> List.of("lineId");
            case UNKNOWN_FUNCTIONAL_CODE -> List.of("functionalCode");
            case UNKNOWN_ECONOMIC_CODE, ECONOMIC_CODE_NOT_FOR_LINE -> List.of("economicCode");
            case UNKNOWN_PROJECT, DUPLICATE_PROJECT -> List.of("projectCode");
            case INVALID_DATE, REVERSAL_BEFORE_EXPENDITURE -> List.of("businessDate");
            case DUPLICATE_EXPENDITURE, UNKNOWN_EXPENDITURE, ALREADY_REVERSED -> List.of("expenditureId");
            case DUPLICATE_RECEIPT -> List.of("receiptId");
            case UNKNOWN_INDICATOR, DUPLICATE_INDICATOR -> List.of("indicatorId");
            // a withdrawal names one registration: the project's or the indicator's, whichever the form has
            case REGISTRATION_IN_USE -> List.of("projectCode", "indicatorId");
            case INVALID_INDICATOR -> indicatorPart(detail);
            case UNIT_MISMATCH -> List.of("actual");
            case SCORE_OUT_OF_BAND -> List.of("score");
            case RECEPTION_COUNTS_REQUIRED -> List.of("receptionBatches");
            case DUPLICATE_PROPOSAL -> List.of("proposalId");
            default -> List.of();
        };
        for (String f : byCode) {
            if (fields.contains(f)) {
                return f;
            }
        }
        if (detail != null) {
            for (String f : fields) {
                // a field name stands alone in the Chinese text ("驳回理由 reason不能为空"): no ASCII letter either side
                if (detail.matches("(?s).*(?<![A-Za-z0-9_])" + f + "(?![A-Za-z0-9_]).*")) {
                    return f;
                }
            }
        }
        return null;
    }

    /** An invalid indicator definition names the part in Chinese only ("一级指标不能为空", "分值不是数字"). */
    private static List<String> indicatorPart(String detail) {
        String d = detail == null ? "" : detail;
        for (String[] part : INDICATOR_PARTS) {
            if (d.contains(part[0])) {
                return List.of(part[1]);
            }
        }
        return List.of();
    }

    /** The Chinese name of each part of an indicator as its rules word a refusal, and the form's field. */
    private static final String[][] INDICATOR_PARTS = {{"一级指标", "level1"}, {"二级指标", "level2"},
            {"三级指标", "name"}, {"分值", "weight"}, {"指标性质", "operator"}, {"指标值", "targetValue"}, {"数值", "targetValue"}};
}
