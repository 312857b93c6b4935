package budgetledger.projections.report;

/** A piece of a generated sentence: plain text, or a value printed from a key figure (named, for drill-down). */
public sealed interface Inline {
    String text();

    record Plain(String text) implements Inline {
    }

    record Value(String text, String figure) implements Inline {
    }
}
