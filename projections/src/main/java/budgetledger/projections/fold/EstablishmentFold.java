package budgetledger.projections.fold;

import budgetledger.core.establishment.EstablishmentDeclared;

import java.util.List;

/** 编制与实有人数: a later declaration replaces an earlier one (the year-end figures are what the forms print). */
@FoldState
public final class EstablishmentFold {
    private Establishment current = Establishment.NONE;

    void apply(Object payload) {
        if (payload instanceof EstablishmentDeclared e) {
            current = new Establishment(e.staff() == null ? List.of() : List.copyOf(e.staff()), e.retired(),
                    e.vehiclesAuthorized(), e.vehiclesActual(), e.businessDate());
        }
    }

    public Establishment current() {
        return current;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EstablishmentFold f && current.equals(f.current);
    }

    @Override
    public int hashCode() {
        return current.hashCode();
    }
}
