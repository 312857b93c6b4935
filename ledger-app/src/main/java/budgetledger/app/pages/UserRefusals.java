package budgetledger.app.pages;

import budgetledger.app.security.ProblemException;
import budgetledger.core.common.LedgerException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal of {@code UserService} (the setup page's, the administration pages') as a {@link FieldError} beside the
 * field its Chinese message names, with the refusal's status on the response.
 */
final class UserRefusals {
    private UserRefusals() {
    }

    static FieldError of(LedgerException e, HttpServletResponse response) {
        response.setStatus(e.code().status());
        return new FieldError(e.code().name(), field(e.getMessage()), e.getMessage());
    }

    static FieldError of(ProblemException e, HttpServletResponse response) {
        response.setStatus(e.status().value());
        String message = e.title() + "：" + e.getMessage();
        return new FieldError(e.code(), field(message), message);
    }

    /** The field a refusal concerns, by what its Chinese message names. */
    static String field(String message) {
        if (message == null) {
            return null;
        }
        return message.contains("密码") ? "password" : message.contains("用户名") ? "username"
                : message.contains("姓名") ? "displayName" : message.contains("角色") ? "roles"
                : message.contains("预算单位编号") ? "departments" : null;
    }
}
