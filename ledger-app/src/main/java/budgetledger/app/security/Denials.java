package budgetledger.app.security;

import budgetledger.app.security.Permissions.Access;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Why a signed-in user was refused, in words a finance officer can act on: which role the action needs (or which
 * department it belongs to) and which roles the user has. {@link LedgerAuthorization} decides; this only explains,
 * from the same {@link Permissions} facts, so the message cannot drift from the rule.
 */
final class Denials {
    /** The request attribute the decision leaves for the 403 handler. */
    static final String ATTRIBUTE = Denials.class.getName();

    private Denials() {
    }

    static String explain(LedgerUser u, Access access, String command, String departmentId) {
        String has = "当前用户的角色：" + (u.roles().isEmpty() ? "无" : roles(u.roles()));
        return switch (access) {
            case PUBLIC, SIGNED_IN -> "当前用户不允许此操作";
            case PASSWORD_SESSION -> "此操作需要用密码登录的浏览器会话，API 令牌不能代替";
            case ADMIN -> "此操作需要“" + roles(java.util.List.of(Role.ADMIN)) + "”角色；" + has;
            case AUDIT -> "此操作需要“" + roles(java.util.List.of(Role.AUDITOR)) + "”角色；" + has;
            case DIRECTORY, READ -> "查看预算单位 " + departmentId + " 的数据需要“财政（REVIEWER）”或“审计（AUDITOR）”角色，"
                    + "或属于该单位的“录入（RECORDER）”“审核（APPROVER）”角色；" + has + belonging(u);
            case HISTORY -> "查看预算单位 " + departmentId + " 的事件历史需要“审计（AUDITOR）”角色，或属于该单位的"
                    + "“录入（RECORDER）”“审核（APPROVER）”角色；" + has + belonging(u);
            case COMMAND -> command(u, command, departmentId, has);
        };
    }

    private static String command(LedgerUser u, String command, String departmentId, String has) {
        String title = CommandCatalogue.named(command).map(e -> "“" + e.titleZh() + "”").orElse("此操作");
        var needed = Permissions.rolesFor(command);
        if (command != null && needed.isEmpty() && CommandCatalogue.named(command).isPresent()) {
            return title + "不能通过接口或页面发送，只能由管理员迁移导入";
        }
        boolean global = CommandCatalogue.named(command).filter(CommandCatalogue.Entry::global).isPresent();
        if (!global && needed.stream().anyMatch(u::has) && !u.belongsTo(departmentId)) {
            return title + "只能由预算单位 " + departmentId + " 的用户执行；当前用户不属于该单位" + belonging(u);
        }
        String need = needed.isEmpty() ? roles(java.util.List.of(Role.RECORDER, Role.APPROVER)) : roles(needed);
        return title + "需要以下角色之一：" + need + (global ? "" : "（且属于预算单位 " + departmentId + "）") + "；" + has;
    }

    private static String roles(Collection<Role> roles) {
        return roles.stream().sorted().map(r -> r.nameZh() + "（" + r.name() + "）").collect(Collectors.joining("、"));
    }

    private static String belonging(LedgerUser u) {
        return u.departments().isEmpty() ? "" : "；当前用户所属单位：" + String.join("、", u.departments().stream().sorted().toList());
    }
}
