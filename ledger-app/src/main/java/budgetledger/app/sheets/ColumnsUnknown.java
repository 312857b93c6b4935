package budgetledger.app.sheets;

/** The header row lacks columns the rows need: the sheet waits for a mapping (header → field) naming them. */
public class ColumnsUnknown extends SheetException {
    private final ColumnMap columns;

    public ColumnsUnknown(ColumnMap columns) {
        super("UNKNOWN_COLUMNS", "表头中找不到这些列：" + String.join("、", columns.missing().stream()
                .map(c -> columns.kind().missingLabel(c)).toList())
                + "。请指定各列对应的字段（mapping），指定一次后本部门会记住");
        this.columns = columns;
    }

    public ColumnMap columns() {
        return columns;
    }
}
