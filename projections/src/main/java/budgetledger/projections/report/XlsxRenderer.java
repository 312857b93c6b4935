package budgetledger.projections.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The attachment forms as a workbook, one sheet per attachment (附件1, 附件2, 附件3-1 …), each headed
 * "金额单位：万元". Amounts are NUMERIC cells holding the 万元 value rounded half-up to two decimals from the exact
 * figure (a total is its own figure, rounded once, never a sum of rounded cells); rates are numeric ratios shown as
 * percentages; counts, weights and scores are numbers too. Only labels and prose are text.
 */
public final class XlsxRenderer {
    /** Rows above the table: the attachment label, the title, the unit note. */
    static final int TABLE_START = 3;

    private XlsxRenderer() {
    }

    public static byte[] render(Report report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (Attachment a : report.attachments()) {
                sheet(wb.createSheet(a.label()), styles, a);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX 生成失败", e);
        }
    }

    private static void sheet(Sheet sheet, Styles s, Attachment a) {
        int columns = a.table().columns();
        int[] widths = a.table().widthsOr(11);
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        text(sheet, 0, a.label(), s.label, columns, false);
        text(sheet, 1, a.title(), s.title, columns, true);
        text(sheet, 2, a.unitNote(), s.unit, columns, true);
        sheet.getRow(1).setHeightInPoints(26);
        Grid grid = Grid.of(a.table());
        for (int r = 0; r < grid.rows(); r++) {
            sheet.createRow(TABLE_START + r);
        }
        float[] heights = new float[grid.rows()];
        for (Grid.Placed p : grid.cells()) {
            place(sheet, s, p);
            if (p.cell().rowspan() == 1) {
                int width = 0;
                for (int c = p.column(); c < p.column() + p.cell().colspan(); c++) {
                    width += widths[c];
                }
                heights[p.row()] = Math.max(heights[p.row()], lines(p.cell().display(), width) * 13.5f + 4);
            }
        }
        for (int r = 0; r < grid.rows(); r++) {
            sheet.getRow(TABLE_START + r).setHeightInPoints(Math.max(18f, heights[r]));
        }
        int next = TABLE_START + grid.rows();
        for (String note : a.notes()) {
            text(sheet, ++next, note, s.note, columns, true);
            sheet.getRow(next).setHeightInPoints(Math.max(16f, lines(note, sum(widths)) * 13.5f + 2));
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void place(Sheet sheet, Styles s, Grid.Placed p) {
        Cell cell = p.cell();
        int row = TABLE_START + p.row();
        CellStyle style = s.of(cell);
        for (int dr = 0; dr < cell.rowspan(); dr++) {
            for (int dc = 0; dc < cell.colspan(); dc++) {
                sheet.getRow(row + dr).createCell(p.column() + dc).setCellStyle(style);
            }
        }
        org.apache.poi.ss.usermodel.Cell x = sheet.getRow(row).getCell(p.column());
        if (cell instanceof Cell.Amount a) {
            x.setCellValue(a.wanYuan().doubleValue());
        } else if (cell instanceof Cell.Rate r && r.ratio() != null) {
            x.setCellValue(r.ratio().doubleValue());
        } else if (cell instanceof Cell.Number n && n.value() != null) {
            x.setCellValue(n.value().doubleValue());
        } else if (!cell.display().isEmpty()) {
            x.setCellValue(cell.display());
        }
        if (cell.rowspan() > 1 || cell.colspan() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row + cell.rowspan() - 1, p.column(),
                    p.column() + cell.colspan() - 1));
        }
    }

    private static void text(Sheet sheet, int row, String text, CellStyle style, int columns, boolean merge) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        r.createCell(0).setCellValue(text);
        r.getCell(0).setCellStyle(style);
        if (merge && columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
        }
    }

    /** Lines a text needs in a region {@code width} characters wide (a CJK character is two). */
    private static int lines(String text, int width) {
        int lines = 0;
        for (String part : text.split("\\R", -1)) {
            int units = 0;
            for (int i = 0; i < part.length(); i++) {
                units += part.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (units + width - 2) / Math.max(1, width - 1));
        }
        return lines;
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) {
            s += w;
        }
        return s;
    }

    /** The few styles of the forms, made once per workbook (a workbook holds at most 64000 styles). */
    private static final class Styles {
        final CellStyle label;
        final CellStyle title;
        final CellStyle unit;
        final CellStyle note;
        final CellStyle head;
        final CellStyle text;
        final CellStyle money;
        final CellStyle rate;
        final CellStyle integer;
        final CellStyle twoDecimals;
        final CellStyle general;

        Styles(XSSFWorkbook wb) {
            DataFormat format = wb.createDataFormat();
            Font plain = font(wb, false, 10);
            Font bold = font(wb, true, 10);
            label = style(wb, font(wb, true, 11), HorizontalAlignment.LEFT, false, false);
            title = style(wb, font(wb, true, 15), HorizontalAlignment.CENTER, false, false);
            unit = style(wb, plain, HorizontalAlignment.RIGHT, false, false);
            note = style(wb, plain, HorizontalAlignment.LEFT, false, true);
            head = style(wb, bold, HorizontalAlignment.CENTER, true, true);
            text = style(wb, plain, HorizontalAlignment.LEFT, true, true);
            money = numeric(wb, plain, format.getFormat("0.00"));
            rate = numeric(wb, plain, format.getFormat("0.00%"));
            integer = numeric(wb, plain, format.getFormat("0"));
            twoDecimals = numeric(wb, plain, format.getFormat("0.00"));
            general = numeric(wb, plain, format.getFormat("General"));
        }

        CellStyle of(Cell cell) {
            if (cell instanceof Cell.Text t) {
                return t.head() ? head : text;
            } else if (cell instanceof Cell.Amount) {
                return money;
            } else if (cell instanceof Cell.Rate r) {
                return r.ratio() == null ? text : rate;
            } else if (cell instanceof Cell.Number n) {
                return n.scale() == 0 ? integer : n.scale() == 2 ? twoDecimals : general;
            }
            return text;
        }

        private static Font font(XSSFWorkbook wb, boolean bold, int points) {
            Font f = wb.createFont();
            f.setFontName("宋体");
            f.setBold(bold);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }

        private static CellStyle numeric(XSSFWorkbook wb, Font font, short dataFormat) {
            CellStyle s = style(wb, font, HorizontalAlignment.RIGHT, true, false);
            s.setDataFormat(dataFormat);
            return s;
        }
    }
}
