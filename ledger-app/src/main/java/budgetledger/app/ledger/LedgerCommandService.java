package budgetledger.app.ledger;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.department.RegisterDepartment;
import budgetledger.core.ledger.CommandLine;
import budgetledger.core.common.LedgerCommand;
import budgetledger.core.common.LedgerId;
import budgetledger.core.ledger.Recorded;
import budgetledger.core.yearend.OpenFiscalYear;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way a command enters the ledger, from the API and from {@code import}: it fixes who recorded it
 * (the authenticated actor — only an administrator's migration may carry the original recorder and time),
 * checks that the department and year exist, and translates Axon's signals into ledger errors (another instance's
 * concurrent write: {@link ConcurrentWrites}).
 */
@Service
public class LedgerCommandService {
    private final CommandGateway gateway;
    private final DepartmentDirectory directory;
    private final CommandEnrichment enrichment;
    private final CommandMetrics metrics;
    private final ConcurrentWrites concurrentWrites;
    private final Registrations registrations;

    public LedgerCommandService(CommandGateway gateway, DepartmentDirectory directory, CommandEnrichment enrichment,
                                CommandMetrics metrics, ConcurrentWrites concurrentWrites, Registrations registrations) {
        this.gateway = gateway;
        this.directory = directory;
        this.enrichment = enrichment;
        this.metrics = metrics;
        this.concurrentWrites = concurrentWrites;
        this.registrations = registrations;
    }

    /**
     * @param actor     the authenticated user (for an import: the administrator running it)
     * @param migration true only for an administrator importing history recorded elsewhere: then the line's
     *                  {@code audit.recordedBy}, {@code audit.recordedAt}, {@code audit.proposedBy} and
     *                  {@code audit.approvedBy} are kept as the original facts, and an adjustment or transfer may be
     *                  recorded directly as approved elsewhere. Otherwise adjustments and transfers are proposals.
     */
    public Recorded execute(CommandLine line, String actor, boolean migration) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Recorded recorded = executeUnmetered(line, actor, migration);
            outcome = recorded.repeated() ? "repeated" : "accepted";
            return recorded;
        } catch (LedgerException e) {
            outcome = e.code().name();
            throw e;
        } finally {
            metrics.record(line.name(), outcome, System.nanoTime() - start);
        }
    }

    private Recorded executeUnmetered(CommandLine line, String actor, boolean migration) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a command needs the name of who records it");
        }
        Map<String, String> meta = new LinkedHashMap<>(line.metadata());
        meta.remove(AuditKeys.MIGRATION);
        if (!migration) {
            // who recorded, proposed or approved is the ledger's knowledge, never the caller's claim
            meta.remove(AuditKeys.MIGRATED_RECORDED_AT);
            meta.remove(AuditKeys.PROPOSED_BY);
            meta.remove(AuditKeys.APPROVED_BY);
            meta.put(AuditKeys.RECORDED_BY, actor);
        } else {
            meta.putIfAbsent(AuditKeys.RECORDED_BY, actor);
            meta.put(AuditKeys.MIGRATION, "true");
        }
        Object command = line.command();
        requireNoNullElements(LedgerJson.mapper().valueToTree(command), line.name());
        if (command instanceof RegisterDepartment r) {
            LedgerId.requireDepartmentId(r.departmentId());
            if (directory.name(r.departmentId()).isPresent()) {
                throw new LedgerException(ErrorCode.DEPARTMENT_EXISTS, r.departmentId());
            }
            Object registration = command;
            registrations.register(meta, () -> send(registration, meta));
            return new Recorded(r.departmentId(), 0, false);
        }
        if (!(command instanceof LedgerCommand lc)) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "未知命令 " + line.name());
        }
        LedgerId.requireDepartmentId(lc.departmentId());
        if (command instanceof OpenFiscalYear open) {
            String name = directory.requireDepartment(open.departmentId());
            if (directory.yearExists(open.departmentId(), open.year())) {
                throw new LedgerException(ErrorCode.YEAR_ALREADY_OPEN, open.departmentId() + " " + open.year());
            }
            command = enrichment.openFiscalYear(open, name);
        } else {
            directory.requireYear(lc.departmentId(), lc.year());
            command = enrichment.enrich(command, migration);
        }
        Object result = send(command, meta);
        return result instanceof Recorded r ? r : new Recorded(lc.ledgerId(), 0, false);
    }

    private Object send(Object command, Map<String, String> meta) {
        return concurrentWrites.send(command, () -> sendOnce(command, meta));
    }

    /** One attempt; a {@link org.axonframework.modelling.command.ConcurrencyException} is left to ConcurrentWrites. */
    private Object sendOnce(Object command, Map<String, String> meta) {
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
        } catch (AggregateStreamCreationException e) {
            throw new LedgerException(command instanceof RegisterDepartment ? ErrorCode.DEPARTMENT_EXISTS
                    : ErrorCode.YEAR_ALREADY_OPEN, null);
        } catch (AggregateNotFoundException e) {
            throw new LedgerException(ErrorCode.YEAR_NOT_OPEN, null);
        } catch (RuntimeException e) {
            if (causedBy(e, ArithmeticException.class)) {
                // fen arithmetic is overflow-checked: a sum past the representable range is an amount out of range
                throw new LedgerException(ErrorCode.INVALID_AMOUNT, "金额合计超出可记录范围");
            }
            throw e;
        }
    }

    /** A list in a command with a null element ({@code "staff": [null]}) is bad input, refused before any handler sees it. */
    static void requireNoNullElements(JsonNode node, String where) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isNull()) {
                    throw new LedgerException(ErrorCode.INVALID_REQUEST, where + " 的列表中不能有空值（null）");
                }
            }
        }
        node.elements().forEachRemaining(child -> requireNoNullElements(child, where));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
