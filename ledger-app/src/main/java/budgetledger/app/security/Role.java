package budgetledger.app.security;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;

import java.util.Locale;

/** The five roles. A user may hold several; each adds what it allows (see {@link Permissions}). */
public enum Role {
    /** 录入: records the department's budget facts, expenditures, reversals, performance facts; proposes adjustments. */
    RECORDER("录入"),
    /** 审核: approves or rejects adjustments and transfers, opens and closes the year, submits the self-evaluation. */
    APPROVER("审核"),
    /** 财政: reads every department's figures, records nothing. */
    REVIEWER("财政"),
    /** 审计: reads every department, its event history and the hash-chain verification, records nothing. */
    AUDITOR("审计"),
    /** 管理员: users, departments, migration imports — never budget facts. */
    ADMIN("管理员");

    private final String nameZh;

    Role(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** By its name (RECORDER) or its Chinese name (录入). */
    public static Role parse(String text) {
        if (text != null) {
            String t = text.trim();
            for (Role r : values()) {
                if (r.name().equals(t.toUpperCase(Locale.ROOT)) || r.nameZh.equals(t)) {
                    return r;
                }
            }
        }
        throw new LedgerException(ErrorCode.INVALID_REQUEST, "未知角色: " + text
                + "（可选 RECORDER 录入 / APPROVER 审核 / REVIEWER 财政 / AUDITOR 审计 / ADMIN 管理员）");
    }
}
