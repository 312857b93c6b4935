package budgetledger.app.sheets;

import budgetledger.app.ledger.StoredEvents;
import budgetledger.core.classification.AddedCodes;
import budgetledger.core.classification.ClassificationCatalogue;
import budgetledger.core.classification.ClassificationCodeAdded;
import budgetledger.core.common.LedgerId;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The classification catalogue a department-year's codes are checked against: the shipped edition of the year with
 * the codes an administrator added to that department-year (增补科目) by {@code asOf}. The exports name codes from
 * it and the templates list its codes, so a code added to the year is named and offered like a shipped one.
 */
@Component
class YearCodes {
    private final StoredEvents events;

    YearCodes(StoredEvents events) {
        this.events = events;
    }

    ClassificationCatalogue of(String departmentId, int year, Instant asOf) {
        AddedCodes added = new AddedCodes();
        events.forEachFrom(LedgerId.of(departmentId, year), 0, e -> {
            Instant at = e.recordedTime();
            if (e.payload() instanceof ClassificationCodeAdded a && (asOf == null || at == null || !at.isAfter(asOf))) {
                added.added(a);
            }
            return true;
        });
        return added.catalogue(year);
    }

    /** "30201 办公费": the code with its name, as the templates' drop-downs offer it and the imports read it. */
    static String labelled(String code, String name) {
        return name == null || name.isBlank() ? code : code + " " + name;
    }
}
