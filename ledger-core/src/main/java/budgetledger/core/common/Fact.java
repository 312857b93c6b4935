package budgetledger.core.common;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a feature's rules decided to record: the event, its business date, the id it is about (line, expenditure,
 * indicator …) and the audit facts the ledger knows better than the command (who proposed, who approved, which
 * proposal). The rules decide; the aggregate only seals the fact into the hash chain and records it.
 */
public record Fact(LedgerEvent event, LocalDate businessDate, String subject, Map<String, String> decided) {

    public Fact {
        decided = Map.copyOf(decided);
    }

    public Fact(LedgerEvent event, LocalDate businessDate, String subject) {
        this(event, businessDate, subject, Map.of());
    }
}
