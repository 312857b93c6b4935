package budgetledger.app.cli;

import budgetledger.app.ledger.Importer;
import budgetledger.app.security.Role;
import budgetledger.app.security.SecurityLog;
import budgetledger.app.security.UserService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", description = {"Apply a JSON Lines file of commands (one per line, with a \"command\" field).",
        "This is the administrator's migration (--as: an existing ADMIN): audit.recordedBy, recordedAt, proposedBy and",
        "approvedBy are kept as the original facts; adjustments and transfers may be recorded as approved elsewhere.",
        "Rejected lines are reported with their error, sorted by line; the rest is kept (unless --all-or-nothing).",
        "Run again after an interruption, it continues where it stopped: lines already applied are skipped."})
class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the .jsonl file")
    Path file;

    @Option(names = "--all-or-nothing", description = "reject the whole file if any line is rejected")
    boolean allOrNothing;

    @Option(names = "--as", required = true,
            description = "the administrator running the migration: an existing, enabled user with the role ADMIN")
    String actor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("文件不存在: " + file);
            return 2;
        }
        try (ConfigurableApplicationContext ctx = LedgerCli.context(true)) {
            var admin = ctx.getBean(UserService.class).find(actor.trim())
                    .filter(u -> u.enabled() && u.has(Role.ADMIN));
            if (admin.isEmpty()) {
                SecurityLog.event("import_refused", actor, null, Map.of("file", file.toString(), "reason", "not_an_admin"));
                spec.commandLine().getErr().println("--as " + actor + " 不是已启用的管理员：导入（迁移）须以管理员身份运行"
                        + "（先用 user add --admin 创建）");
                return 2;
            }
            long maxBytes = ctx.getEnvironment().getProperty("ledger.limits.max-import-file", DataSize.class,
                    DataSize.ofGigabytes(1)).toBytes();
            if (Files.size(file) > maxBytes) {
                spec.commandLine().getErr().printf("导入文件 %d MB，超过 %d MB 的上限（ledger.limits.max-import-file，"
                        + "环境变量 LEDGER_MAX_IMPORT_FILE）：请分成几个文件导入%n", Files.size(file) >> 20, maxBytes >> 20);
                return 2;
            }
            SecurityLog.event("import_started", admin.get().username(), null, Map.of("file", file.toString()));
            Importer.Result result = ctx.getBean(Importer.class).importFile(file, admin.get().username(), allOrNothing,
                    spec.commandLine().getErr());
            spec.commandLine().getOut().printf("imported %d, rejected %d%s%s%n", result.applied(), result.rejected().size(),
                    result.rolledBack() ? " (all-or-nothing: nothing kept)" : "", result.skipped() == 0 ? ""
                            : ", skipped %d already imported (跳过已导入 %d 行)".formatted(result.skipped(), result.skipped()));
            return result.rejected().isEmpty() ? 0 : 1;
        } catch (budgetledger.core.common.LedgerException e) {
            spec.commandLine().getErr().println(e.code() + ": " + e.getMessage());
            return 2;
        }
    }
}
