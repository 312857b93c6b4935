package budgetledger.projections.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a rendered workbook back with POI's reading side, the way a person reads the form: a row is found by its
 * label (the first text cell), and its values are the cells after the label, numbers as BigDecimal (from the
 * stored double, rounded to 6 places) and text as String; blank and merged-over cells are skipped.
 */
final class SheetReader {
    private SheetReader() {
    }

    static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The values after the label in the first row holding a text cell equal to {@code label} (an indicator's name
     * may follow its 一级 and 二级 labels in the same row).
     */
    static Optional<List<Object>> row(Sheet sheet, String label) {
        for (Row row : sheet) {
            List<Object> cells = cells(row);
            int at = cells.indexOf(label);
            if (at >= 0) {
                return Optional.of(cells.subList(at + 1, cells.size()));
            }
        }
        return Optional.empty();
    }

    static List<Object> cells(Row row) {
        List<Object> out = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Cell c : row) {
            if (c.getCellType() == CellType.NUMERIC) {
                out.add(BigDecimal.valueOf(c.getNumericCellValue()).setScale(6, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros());
            } else if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                out.add(c.getStringCellValue());
            }
        }
        return out;
    }

    /** The numbers of a row, in order. */
    static List<BigDecimal> numbers(Sheet sheet, String label) {
        List<Object> values = row(sheet, label).orElseThrow(() -> new AssertionError(sheet.getSheetName()
                + ": no row labelled \"" + label + "\""));
        return values.stream().filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast).toList();
    }

    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).toString();
    }
}
