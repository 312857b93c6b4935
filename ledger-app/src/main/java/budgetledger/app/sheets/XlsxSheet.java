package budgetledger.app.sheets;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One sheet of an XLSX workbook (the one named for what is imported, else the first), streamed: the sheet's XML is read element by element (SAX), never as a
 * workbook in memory. A cell gives its text as stored: a number its stored decimal ({@code <v>12345.6</v>}, exactly,
 * no double in between), a formula its cached result, a date its serial number (the rows read it as a date).
 */
final class XlsxSheet {
    private XlsxSheet() {
    }

    /**
     * {@code preferred}: the sheet of that name when the workbook has one (the budget template holds 年初预算 and
     * 预算调整 in one file), else the first.
     */
    static void read(Path file, String preferred, RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            int index = sheetIndex(reader, preferred);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetException("EMPTY_FILE", "工作簿中没有工作表");
            }
            for (int i = 0; i < index; i++) {
                sheets.next().close();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new Cells(strings, handler));
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                // the rows asked to stop: the rest of the sheet is not read
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The position of the sheet named {@code preferred}, 0 (the first) when there is none of that name. */
    private static int sheetIndex(XSSFReader reader, String preferred) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; it.hasNext(); i++) {
            try (InputStream ignored = it.next()) {
                if (it.getSheetName().equals(preferred)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** Thrown through the parser to end it early; no stack trace, it is no error. */
    private static final class Stop extends SAXException {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private static final class Cells extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final RowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells = new ArrayList<>();
        private long row;
        private int column;
        private String type;
        private boolean collecting;
        private boolean phonetic;

        Cells(ReadOnlySharedStringsTable strings, RowHandler handler) {
            this.strings = strings;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnOf(r);
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v" -> collecting = true;
                case "t" -> collecting = !phonetic;
                case "rPh" -> phonetic = true;
                default -> {
                    // formulas (<f>) and formatting: the cached value is what counts
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "rPh" -> phonetic = false;
                case "c" -> put(value());
                case "row" -> {
                    if (!handler.row(row, List.copyOf(cells))) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private String value() {
            String raw = text.toString();
            if ("s".equals(type)) {
                return raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            }
            if ("b".equals(type)) {
                return "1".equals(raw.trim()) ? "TRUE" : "FALSE";
            }
            return raw;
        }

        private void put(String value) {
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(value);
            }
        }

        /** "AB12" → 27: the column letters of a cell reference, from 0. */
        private static int columnOf(String reference) {
            int c = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                c = c * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return c - 1;
        }
    }
}
