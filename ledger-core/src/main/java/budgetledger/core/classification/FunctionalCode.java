package budgetledger.core.classification;

import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 支出功能分类科目: 类 (3 digits), 款 (5) or 项 (7), hierarchical by prefix (201 → 20132 → 2013201).
 * Validates its shape when constructed; whether it exists in a year is the catalogue's question.
 */
public record FunctionalCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("\\d{3}(\\d{2}){0,2}");

    public FunctionalCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("功能分类科目须为 3、5 或 7 位数字: " + value);
        }
    }

    @JsonCreator
    public static FunctionalCode of(String value) {
        return new FunctionalCode(value == null ? null : value.trim());
    }

    /** 类 (3), 款 (5), 项 (7) prefixes of this code, broadest first, including itself. */
    public java.util.List<String> levels() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int len = 3; len <= value.length(); len += 2) {
            out.add(value.substring(0, len));
        }
        return out;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
