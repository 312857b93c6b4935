package budgetledger.projections.fold;

import budgetledger.core.money.Money;
import budgetledger.core.yearend.PriorYearFiguresDeclared;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * 上年比较数 stated from a document for a year whose prior year is not in the ledger: by figure name, the latest
 * statement of a name winning, with the document each came from. Undated: a comparison holds for the whole year.
 */
@FoldState
public final class DeclaredPriorFold {
    private TreeMap<String, Money> figures = new TreeMap<>();
    private TreeMap<String, String> documents = new TreeMap<>();

    void apply(Object payload) {
        if (payload instanceof PriorYearFiguresDeclared e && e.figures() != null) {
            e.figures().forEach((name, amount) -> {
                figures.put(name, amount);
                documents.put(name, e.document());
            });
        }
    }

    /** Declared amount by figure name (without the {@code prior.} prefix). */
    public Map<String, Money> figures() {
        return Collections.unmodifiableMap(figures);
    }

    /** The document each declared figure came from. */
    public Map<String, String> documents() {
        return Collections.unmodifiableMap(documents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeclaredPriorFold d && figures.equals(d.figures) && documents.equals(d.documents);
    }

    @Override
    public int hashCode() {
        return Objects.hash(figures, documents);
    }
}
