package budgetledger.app.seal;

import budgetledger.app.audit.EventRows;
import budgetledger.app.audit.RegistryChain;
import budgetledger.app.audit.StoredRow;
import budgetledger.core.audit.AuditKeys;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import budgetledger.core.common.LedgerId;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Makes seals: at a submission and at a close (SealProcessor), and on an administrator's demand. A stream is sealed
 * only after it verifies against its chain and its earlier seals, so a seal never blesses history already altered.
 */
@Service
public class Sealer {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final SealKeys keys;
    private final SealStore store;
    private final SealAudit audit;
    private final EventRows rows;
    private final RegistryChain registry;
    private final Clock clock = Clock.systemUTC();

    public Sealer(SealKeys keys, SealStore store, SealAudit audit, EventRows rows, RegistryChain registry) {
        this.keys = keys;
        this.store = store;
        this.audit = audit;
        this.rows = rows;
        this.registry = registry;
    }

    /** Seals the stream's current head. */
    public Seal sealHead(String departmentId, int year, String reason) {
        String ledgerId = LedgerId.of(departmentId, year);
        StoredRow head = rows.lastLedgerRow(ledgerId).orElseThrow(() -> new LedgerException(ErrorCode.YEAR_NOT_OPEN,
                departmentId + " " + year + " 年度没有任何事件，无可封印"));
        return seal(ledgerId, head.sequence(), hashOf(head), reason);
    }

    /** Seals the stream at {@code sequence}, whose recorded hash is {@code headHash}. */
    public Seal seal(String ledgerId, long sequence, String headHash, String reason) {
        String department = ledgerId.substring(0, ledgerId.lastIndexOf('/'));
        int year = Integer.parseInt(ledgerId.substring(ledgerId.lastIndexOf('/') + 1));
        SealAudit.Report check = audit.verify(store.of(ledgerId), keys.known(), null, department, year);
        // the stream's own history, and the department registry's against every seal's: a seal covers both heads
        // (a submission or close no seal covers yet is what this seal mends, not a reason to refuse it)
        List<SealFinding> own = new java.util.ArrayList<>(check.findings().stream()
                .filter(f -> f.ledgerId().equals(ledgerId) && !f.problem().startsWith(SealAudit.MISSING_SEAL)).toList());
        own.addAll(audit.registry(store.all(), null));
        if (!own.isEmpty()) {
            throw new LedgerException(ErrorCode.CONCURRENT_MODIFICATION, "该账本的历史未通过校验，不能封印："
                    + own.stream().map(f -> "第 " + f.sequence() + " 号：" + f.problem()).collect(Collectors.joining("；")));
        }
        RegistryChain.Report registered = registry.verify();
        Seal unsigned = new Seal(ledgerId, sequence, headHash, audit.registrationHash(department),
                registered.headHash() == null ? null : registered.headSequence(), registered.headHash(), clock.instant().truncatedTo(ChronoUnit.MILLIS), reason, keys.keyId(), null);
        Seal sealed = unsigned.signed(keys.sign(unsigned.signedText()));
        store.insert(sealed);
        return sealed;
    }

    static String hashOf(StoredRow row) {
        try {
            Map<String, Object> meta = LedgerJson.mapper().readValue(row.metadataJson(), MAP);
            return String.valueOf(meta.get(AuditKeys.HASH));
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(ErrorCode.CONCURRENT_MODIFICATION, "第 " + row.sequence() + " 号事件的元数据不可读，不能封印");
        }
    }
}
