package budgetledger.app.sheets;

import java.util.List;

/**
 * One column of a kind of sheet: the header the template prints, the other headers a finance officer's system may
 * print for it, and the command field it fills. Each kind's columns are an enum ({@link VoucherColumn},
 * {@link AppropriationColumn}, {@link AdjustmentColumn}); {@link ColumnMap} reads any of them.
 */
public interface SheetColumn {
    /** The command field (or a key of the row, such as 项目 + 功能科目 naming a line) the column fills. */
    String field();

    /** The header as the template and the export print it. */
    String header();

    /** A row without it is refused; a sheet without it needs a mapping first. */
    boolean required();

    List<String> aliases();

    /** Whether a printed header names this column: the header itself or one of its other names, spaces and case ignored. */
    default boolean named(String printed) {
        String h = VoucherColumn.normal(printed);
        return VoucherColumn.normal(header()).equals(h) || aliases().stream().anyMatch(a -> VoucherColumn.normal(a).equals(h));
    }

    /** The facts of a column in one record. */
    record Spec(String field, String header, boolean required, List<String> aliases) {
        static Spec of(String field, String header, boolean required, String... aliases) {
            return new Spec(field, header, required, List.of(aliases));
        }
    }

    /** A column enum that keeps its facts as a {@link Spec}. */
    interface Specified extends SheetColumn {
        Spec spec();

        @Override
        default String field() {
            return spec().field();
        }

        @Override
        default String header() {
            return spec().header();
        }

        @Override
        default boolean required() {
            return spec().required();
        }

        @Override
        default List<String> aliases() {
            return spec().aliases();
        }
    }
}
