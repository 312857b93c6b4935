package budgetledger.app.sheets;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A blank import sheet made with POI's XSSF (templates are small, so the whole workbook in memory is fine): input
 * sheets whose header cells carry a note (a cell comment) saying what the column takes, and whose columns offer the
 * year's codes as drop-downs — list validations referring to named ranges of a sheet 代码表, which lists each code
 * list in a column of its own, with names beside the codes where the list holds codes alone.
 */
final class TemplateWorkbook {
    static final String CODES = "代码表";
    /** The rows a validation covers below the header: more than a year of vouchers of a small unit. */
    static final int ROWS = 10_000;

    /** One column of an input sheet: its header, its note, whether it is required, and its width in characters. */
    record Column(String header, String note, boolean required, int width) {
    }

    /** A drop-down's choices and how strictly the sheet holds to them. */
    record Choice(String name, boolean strict) {
    }

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final XSSFSheet codes;
    private final CellStyle header;
    private final CellStyle requiredHeader;
    private int codeColumn;

    TemplateWorkbook() {
        header = headerStyle(IndexedColors.GREY_25_PERCENT);
        requiredHeader = headerStyle(IndexedColors.LIGHT_YELLOW);
        codes = book.createSheet(CODES);
    }

    /** An input sheet, placed before 代码表 (the voucher import reads the first sheet), header frozen. */
    XSSFSheet sheet(String name, List<Column> columns) {
        XSSFSheet sheet = book.createSheet(name);
        book.setSheetOrder(name, book.getSheetIndex(CODES));
        Row row = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            var cell = row.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? requiredHeader : header);
            sheet.setColumnWidth(c, Math.max(column.width(), column.header().length() * 2 + 2) * 256);
            ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(book.getCreationHelper().createRichTextString(
                    (column.required() ? "【必填】" : "") + column.note()));
            comment.setAuthor("预算执行账本");
            cell.setCellComment(comment);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * A list on 代码表 (its title in row 1, one value a row below) named {@code name} for the validations, with an
     * optional second column beside it ({@code aside}: the codes' names, a line's description). An empty list gets no
     * name (a validation over nothing is an error in Excel): {@link #list} then leaves the column free.
     */
    Choice codeList(String name, String title, List<String> values, String asideTitle, List<String> aside,
                    boolean strict) {
        int c = codeColumn;
        codeColumn += aside == null ? 1 : 2;
        cell(0, c, title);
        codes.setColumnWidth(c, 24 * 256);
        if (aside != null) {
            cell(0, c + 1, asideTitle);
            codes.setColumnWidth(c + 1, 40 * 256);
        }
        for (int i = 0; i < values.size(); i++) {
            cell(i + 1, c, values.get(i));
            if (aside != null) {
                cell(i + 1, c + 1, aside.get(i));
            }
        }
        if (values.isEmpty()) {
            return new Choice(null, strict);
        }
        Name defined = book.createName();
        defined.setNameName(name);
        String letter = SheetWriter.column(c);
        defined.setRefersToFormula("'" + CODES + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
        return new Choice(name, strict);
    }

    /** A drop-down over a column's input rows: strict (refuses another value) or a warning the user may pass. */
    void list(XSSFSheet sheet, int column, Choice choice, String prompt) {
        if (choice.name() == null) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, column, helper.createFormulaListConstraint(choice.name()), choice.strict(), prompt,
                choice.strict() ? "请从下拉列表中选择。" : "不在本年度的列表中；导入时会按账本的规则检查。");
    }

    /** A date of the budget year. */
    void date(XSSFSheet sheet, int column, int year) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, column, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "DATE(" + year + ",1,1)", "DATE(" + year + ",12,31)", null), false, year + " 年内的日期，如 " + year + "-03-01",
                "日期应在 " + year + " 年内。");
        sheet.setDefaultColumnStyle(column, style("yyyy-mm-dd"));
    }

    /** An amount in 元: a number of at least {@code min}, shown with thousands separators and two decimals. */
    void amount(XSSFSheet sheet, int column, String min, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, column, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, min,
                null), false, prompt, "金额应为不小于 " + min + " 的数，最多两位小数。");
        sheet.setDefaultColumnStyle(column, style("#,##0.00"));
    }

    /** A whole number of at least zero. */
    void count(XSSFSheet sheet, int column, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, column, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0",
                null), false, prompt, "应为不小于 0 的整数。");
    }

    /** A sheet of plain text lines (说明), after 代码表. */
    void notes(String name, List<String> lines) {
        XSSFSheet sheet = book.createSheet(name);
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
    }

    byte[] bytes() {
        // only the first sheet selected: several selected tabs open grouped, and typing then writes to all of them
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            book.getSheetAt(i).setSelected(i == 0);
        }
        book.setActiveSheet(0);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(XSSFSheet sheet, int column, DataValidationConstraint constraint, boolean strict, String prompt,
                     String error) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(1, ROWS, column, column));
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("输入有误", error);
        if (prompt != null) {
            v.setShowPromptBox(true);
            v.createPromptBox(sheet.getRow(0).getCell(column).getStringCellValue(), prompt);
        }
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private void cell(int r, int c, String value) {
        Row row = codes.getRow(r) != null ? codes.getRow(r) : codes.createRow(r);
        row.createCell(c).setCellValue(value);
    }

    private CellStyle headerStyle(IndexedColors fill) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private CellStyle style(String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }
}
