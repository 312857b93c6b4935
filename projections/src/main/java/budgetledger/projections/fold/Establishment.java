package budgetledger.projections.fold;

import budgetledger.core.establishment.StaffGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** 编制 as last declared: staff groups (own and seconded), retirees and vehicles. */
public record Establishment(List<StaffGroup> staff, int retired, int vehiclesAuthorized, int vehiclesActual,
                            LocalDate declaredOn) {
    public static final Establishment NONE = new Establishment(List.of(), 0, 0, 0, null);

    public int sum(Predicate<StaffGroup> which, ToIntFunction<StaffGroup> count) {
        return staff.stream().filter(which).mapToInt(count).sum();
    }
}
