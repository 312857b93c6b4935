package budgetledger.core.classification;

import budgetledger.core.common.Checks;
import budgetledger.core.common.DepartmentYear;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.Fact;
import budgetledger.core.common.LedgerException;

import java.util.Map;
import java.util.TreeMap;

/**
 * The codes an administrator added to one department-year's catalogue (增补科目), and the rules of adding one.
 * <p>
 * Why per department-year and not one catalogue stream per year: the catalogue a command is checked against must
 * replay with the ledger that decided it. Kept in the department-year's own stream, an addition is sealed in its
 * hash chain, and the aggregate decides on its own state alone — a catalogue aggregate of its own would make each
 * department's decision depend on another stream, which an event-sourced aggregate cannot read consistently. The
 * cost: a code is added once for each department-year that needs it (one import line each).
 */
public final class AddedCodes {
    private final Map<String, String> functional = new TreeMap<>();
    private final Map<String, String> economic = new TreeMap<>();

    /** A new code of a known parent (款 under its 类, 项 under its 款), with a name and a source document. */
    public Fact add(AddClassificationCode c, DepartmentYear dy) {
        Checks.required(c.kind(), "科目类别 kind（FUNCTIONAL / ECONOMIC）");
        String code = shape(c);
        String name = Checks.text(c.name(), "科目名称 name");
        String document = Checks.text(c.document(), "来源文件 document");
        ClassificationCatalogue catalogue = catalogue(dy.year());
        Map<String, String> known = c.kind() == CodeKind.FUNCTIONAL ? catalogue.functionalCodes()
                : catalogue.economicCodes();
        if (known.containsKey(code)) {
            throw new LedgerException(ErrorCode.CODE_ALREADY_IN_CATALOGUE,
                    dy.year() + " 年度已有科目 " + code + " " + known.get(code));
        }
        String parent = code.length() == 3 ? null : code.substring(0, code.length() - 2);
        if (parent != null && !known.containsKey(parent)) {
            throw new LedgerException(unknown(c.kind()), "上级科目 " + parent + " 不在 " + dy.year() + " 年度科目表中，须先增补");
        }
        return new Fact(new ClassificationCodeAdded(dy.departmentId(), dy.year(), c.kind(), code, name, document),
                dy.yearEnd(), code);
    }

    /** The shipped edition of the year with this year's additions: what every code of a command is checked against. */
    public ClassificationCatalogue catalogue(int year) {
        ClassificationCatalogue shipped = ClassificationCatalogue.forYear(year);
        return functional.isEmpty() && economic.isEmpty() ? shipped : shipped.with(functional, economic);
    }

    public void added(ClassificationCodeAdded e) {
        (e.kind() == CodeKind.FUNCTIONAL ? functional : economic).put(e.code(), e.name());
    }

    private static String shape(AddClassificationCode c) {
        try {
            return c.kind() == CodeKind.FUNCTIONAL ? FunctionalCode.of(c.code()).value() : EconomicCode.of(c.code()).value();
        } catch (IllegalArgumentException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
    }

    private static ErrorCode unknown(CodeKind kind) {
        return kind == CodeKind.FUNCTIONAL ? ErrorCode.UNKNOWN_FUNCTIONAL_CODE : ErrorCode.UNKNOWN_ECONOMIC_CODE;
    }
}
