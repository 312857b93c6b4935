package budgetledger.core.classification;

import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 部门预算支出经济分类科目: 类 (3 digits, e.g. 302) or 款 (5 digits, e.g. 30217 公务接待费). */
public record EconomicCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("\\d{3}(\\d{2})?");

    public EconomicCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("经济分类科目须为 3 或 5 位数字: " + value);
        }
    }

    @JsonCreator
    public static EconomicCode of(String value) {
        return new EconomicCode(value == null ? null : value.trim());
    }

    /** The 类 this code belongs to (301 工资福利支出, 302 商品和服务支出, …). */
    public String category() {
        return value.substring(0, 3);
    }

    /** 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助. */
    public boolean isPersonnel() {
        return category().equals("301") || category().equals("303");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
