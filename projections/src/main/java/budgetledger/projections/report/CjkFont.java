package budgetledger.projections.report;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The CJK font the PDF embeds. Configured by the {@code ledger.pdf.font} system property or the
 * {@code LEDGER_PDF_FONT} environment variable (a .ttf or .ttc file); by default Debian's WenQuanYi Zen Hei
 * ({@code fonts-wqy-zenhei}, which {@code .ci/run} installs), else another CJK font Debian ships. A configured
 * path that cannot be read is an error, never silently replaced.
 */
public final class CjkFont {
    public static final String ENV = "LEDGER_PDF_FONT";
    public static final String PROPERTY = "ledger.pdf.font";
    public static final Path DEFAULT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final List<Path> ALTERNATIVES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    private static final String INSTALL = "请安装 Debian 软件包 fonts-wqy-zenhei（apt-get install -y fonts-wqy-zenhei），"
            + "或用环境变量 " + ENV + " 指定一个含中文字形的 TrueType 字体文件（.ttf/.ttc）";

    private final Path path;

    private CjkFont(Path path) {
        this.path = path;
    }

    public static CjkFont at(Path path) {
        if (!Files.isReadable(path)) {
            throw new PdfFontException("PDF 所需的中文字体文件不存在或不可读：" + path + "。" + INSTALL);
        }
        return new CjkFont(path);
    }

    /** The configured font, or the first CJK font found where Debian installs them. */
    public static CjkFont locate() {
        return locate(System.getProperty(PROPERTY), System.getenv());
    }

    static CjkFont locate(String property, Map<String, String> env) {
        String configured = property != null && !property.isBlank() ? property : env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            return at(Path.of(configured.trim()));
        }
        if (Files.isReadable(DEFAULT)) {
            return new CjkFont(DEFAULT);
        }
        return ALTERNATIVES.stream().filter(Files::isReadable).findFirst().map(CjkFont::new)
                .orElseThrow(() -> new PdfFontException("找不到 PDF 所需的中文字体（已查找 " + DEFAULT + " 等）。" + INSTALL));
    }

    public Path path() {
        return path;
    }

    /** Opens the font file; the face is the first of a collection that maps Chinese characters. */
    Face open() {
        try {
            if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                TrueTypeFont[] chosen = new TrueTypeFont[1];
                collection.processAllFonts(ttf -> {
                    if (chosen[0] == null && maps(ttf, '中')) {
                        chosen[0] = ttf;
                    }
                });
                if (chosen[0] == null) {
                    collection.close();
                    throw new PdfFontException("字体集 " + path + " 中没有含中文字形的字体。" + INSTALL);
                }
                return new Face(chosen[0], collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            if (!maps(ttf, '中')) {
                ttf.close();
                throw new PdfFontException("字体 " + path + " 不含中文字形。" + INSTALL);
            }
            return new Face(ttf, ttf);
        } catch (IOException e) {
            throw new PdfFontException("无法读取 PDF 字体 " + path + "：" + e.getMessage() + "。" + INSTALL, e);
        }
    }

    private static boolean maps(TrueTypeFont ttf, int codePoint) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** An open font face; closing it closes the file (after the PDF that subsets it has been saved). */
    record Face(TrueTypeFont font, Closeable file) implements Closeable {
        /** The characters of {@code text} this face has no glyph for (line breaks, tabs and plain spaces aside). */
        TreeSet<Integer> missing(String text) {
            TreeSet<Integer> missing = new TreeSet<>();
            CmapLookup cmap;
            try {
                cmap = font.getUnicodeCmapLookup(false);
            } catch (IOException e) {
                throw new PdfFontException("字体没有可用的 Unicode 字符映射表", e);
            }
            Function<Integer, Boolean> has = cp -> cmap != null && cmap.getGlyphId(cp) > 0;
            text.codePoints().filter(cp -> cp != ' ' && cp != '\n' && cp != '\r' && cp != '\t')
                    .filter(cp -> !has.apply(cp)).forEach(missing::add);
            return missing;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
