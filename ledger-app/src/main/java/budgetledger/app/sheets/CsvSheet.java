package budgetledger.app.sheets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as Chinese accounting systems export it: UTF-8 (with or without the byte-order mark) or GB18030, fields
 * separated by commas and quoted per RFC 4180 (a quote inside a quoted field doubled, line breaks inside allowed).
 * Without a charset given, a file that is valid UTF-8 is read as UTF-8, any other as GB18030 — a GB18030 file of
 * Chinese text is practically never valid UTF-8.
 */
final class CsvSheet {
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 64 * 1024;

    private CsvSheet() {
    }

    static Charset detect(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] buf = new byte[BUFFER];
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 8); // a character cut at the buffer's end waits: at most 3 bytes
        CharBuffer chars = CharBuffer.allocate(BUFFER * 2);
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes.put(buf, 0, n).flip();
                if (utf8.decode(bytes, chars, false).isError()) {
                    return GB18030;
                }
                chars.clear();
                bytes.compact();
            }
        }
        bytes.flip();
        return utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError() ? GB18030 : StandardCharsets.UTF_8;
    }

    static void read(Path file, Charset charset, RowHandler handler) throws IOException {
        Charset cs = charset != null ? charset : detect(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            skipUtf8Bom(in, cs);
            Reader reader = new InputStreamReader(in, cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            parse(new java.io.BufferedReader(reader, BUFFER), handler);
        }
    }

    private static void skipUtf8Bom(InputStream in, Charset cs) throws IOException {
        if (!cs.equals(StandardCharsets.UTF_8)) {
            return;
        }
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    /** RFC 4180: records end at CR LF (or a lone LF or CR) outside quotes; a field that starts with a quote is quoted. */
    static void parse(Reader in, RowHandler handler) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean any = false;
        long row = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                cells.add(field.toString());
                if (!handler.row(++row, any || !field.isEmpty() ? List.copyOf(cells) : List.of())) {
                    return;
                }
                cells.clear();
                field.setLength(0);
                wasQuoted = false;
                any = false;
            } else {
                field.append((char) c);
                any = true;
            }
        }
        if (any || !field.isEmpty()) {
            cells.add(field.toString());
            handler.row(++row, List.copyOf(cells));
        }
    }
}
