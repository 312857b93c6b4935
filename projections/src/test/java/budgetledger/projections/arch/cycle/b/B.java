package budgetledger.projections.arch.cycle.b;

/** The other half of the deliberate cycle. */
public final class B {
    budgetledger.projections.arch.cycle.a.A a;
}
