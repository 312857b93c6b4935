package budgetledger.app.sheets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** An XLSX whose sheet XML is written by hand: what no spreadsheet program writes, but an upload may hold. */
final class RawXlsx {
    static final String SHEET = "xl/worksheets/sheet1.xml";

    interface Body {
        void write(Writer out) throws IOException;
    }

    private RawXlsx() {
    }

    /** A valid workbook of one sheet, its sheet XML replaced by {@code sheetData} inside the usual envelope. */
    static void write(Path file, Body sheetData) throws IOException {
        Path template = Files.createTempFile("template", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            Row row = wb.createSheet("凭证").createRow(0);
            row.createCell(0).setCellValue("日期");
            wb.write(out);
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(SHEET)) {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                    sheetData.write(w);
                    w.write("</sheetData></worksheet>");
                    w.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } finally {
            Files.deleteIfExists(template);
        }
    }

    /** A row of inline-string cells. */
    static String row(long number, List<String> cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (String cell : cells) {
            row.append("<c t=\"inlineStr\"><is><t>").append(cell).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

}
