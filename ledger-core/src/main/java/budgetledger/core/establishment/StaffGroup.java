package budgetledger.core.establishment;

/** One staff category (行政编制, 参公事业编制, 事业编制, …). {@code seconded}: staff of another unit whose costs are paid here (e.g. 派驻纪检监察组); they count in 财政供养 figures, not in the department's own establishment. */
public record StaffGroup(String category, boolean seconded, int authorized, int actual) {
}
