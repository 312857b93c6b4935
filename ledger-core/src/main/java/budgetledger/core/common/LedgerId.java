package budgetledger.core.common;

import java.util.regex.Pattern;

/**
 * The aggregate identifier of a department-year ledger: {@code <departmentId>/<year>}, e.g. {@code yiyang-zzb/2024}.
 * Department ids are lower-case letters, digits and hyphens so they are safe in URLs and file names.
 */
public final class LedgerId {
    private static final Pattern DEPARTMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private LedgerId() {
    }

    public static String of(String departmentId, int year) {
        return requireDepartmentId(departmentId) + "/" + year;
    }

    public static String requireDepartmentId(String departmentId) {
        if (departmentId == null || !DEPARTMENT_ID.matcher(departmentId).matches()) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST,
                    "预算单位编号须为小写字母、数字或连字符（最多 64 位）: " + departmentId);
        }
        return departmentId;
    }

    public static String departmentOf(String ledgerId) {
        return ledgerId.substring(0, ledgerId.lastIndexOf('/'));
    }

    public static int yearOf(String ledgerId) {
        return Integer.parseInt(ledgerId.substring(ledgerId.lastIndexOf('/') + 1));
    }
}
