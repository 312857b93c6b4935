package budgetledger.projections.arch.cycle.a;

/** Half of a deliberate package cycle, for {@code PackageCyclesTest} to prove its rule can fail. */
public final class A {
    budgetledger.projections.arch.cycle.b.B b;
}
