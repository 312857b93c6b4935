package budgetledger.app.sheets;

import java.util.List;

/** Receives a sheet's rows in order, numbered as the spreadsheet numbers them (1: the first); false stops the reading. */
@FunctionalInterface
public interface RowHandler {
    boolean row(long number, List<String> cells);
}
