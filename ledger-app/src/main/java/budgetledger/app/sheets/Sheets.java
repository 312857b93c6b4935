package budgetledger.app.sheets;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an uploaded spreadsheet — XLSX or CSV, told apart by their first bytes, not by the name — row by row, within
 * limits: a file over {@code maxBytes} is refused before it is opened; an XLSX part that inflates more than 100-fold
 * or past {@link #MAX_XML_PART} (a zip bomb) is refused by POI's secure zip as it is read; after
 * {@code maxEmptyRows} empty rows in a row the sheet is taken as ended, so a million formatted empty rows cost
 * nothing.
 */
public final class Sheets {
    public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    /** Far beyond any real voucher sheet (a 100,000-row sheet is some 30 MB of XML), far below a blow-up. */
    static final long MAX_XML_PART = 512L << 20;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_XML_PART);
    }

    public record Limits(long maxBytes, int maxEmptyRows) {
        public static Limits of(DataSize maxFile, int maxEmptyRows) {
            return new Limits(maxFile.toBytes(), Math.max(1, maxEmptyRows));
        }
    }

    private Sheets() {
    }

    /**
     * @param charset a CSV's charset; null to detect it (UTF-8 if valid, else GB18030); ignored for XLSX
     * @param sheet   an XLSX workbook's sheet of that name is read if it has one, else its first; ignored for CSV
     */
    public static void read(Path file, Charset charset, String sheet, Limits limits, RowHandler handler) {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new SheetException(FILE_TOO_LARGE, "文件 " + mb(size) + " 超过 " + mb(limits.maxBytes())
                        + " 的上限：请分成几个文件导入");
            }
            if (size == 0) {
                throw new SheetException("EMPTY_FILE", "文件是空的");
            }
            RowHandler untilEmpty = stopAfterEmpty(limits.maxEmptyRows(), handler);
            switch (kind(file)) {
                case XLSX -> XlsxSheet.read(file, sheet, untilEmpty);
                case XLS -> throw new SheetException("UNSUPPORTED_FORMAT",
                        "不支持旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后导入");
                default -> CsvSheet.read(file, charset, untilEmpty);
            }
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private enum Kind { XLSX, XLS, TEXT }

    private static Kind kind(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return Kind.XLS;
        }
        return Kind.TEXT;
    }

    /** Rows end where {@code max} empty rows follow one another (a gap in an XLSX's row numbers counts as empty rows). */
    private static RowHandler stopAfterEmpty(int max, RowHandler handler) {
        long[] lastFilled = {0};
        return (number, cells) -> {
            if (number - lastFilled[0] > max) {
                return false;
            }
            if (isEmpty(cells)) {
                return true;
            }
            lastFilled[0] = number;
            return handler.row(number, cells);
        };
    }

    static boolean isEmpty(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Whatever went wrong reading the file, as a refusal that names it in Chinese — never a server error. */
    private static RuntimeException refusal(Exception e) {
        if (e instanceof SheetException s) {
            return s;
        }
        if (!(e instanceof IOException) && !(e instanceof org.apache.poi.ooxml.POIXMLException)
                && !(e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException)
                && !(e instanceof org.apache.poi.UnsupportedFileFormatException)
                && !(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)) {
            return (RuntimeException) e;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the max entry size") || m.contains("max entry size")) {
                return new SheetException("ZIP_BOMB", "文件解压后异常膨胀（疑似“压缩炸弹”），已拒绝：请确认文件来源，"
                        + "或另存为普通的 .xlsx / CSV 后再导入");
            }
        }
        return new SheetException("UNREADABLE_FILE", "无法读取文件（须为 .xlsx 或 CSV 表格）：" + shortMessage(e));
    }

    private static String shortMessage(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private static String mb(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : (bytes >> 10) + " KB";
    }
}
