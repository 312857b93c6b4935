package budgetledger.core.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the shipped editions of the catalogue: {@code classification/<kind>-<edition>.tsv}, one code a line as
 * {@code code <TAB> name <TAB> source}. An edition either lists its codes in full or, when its first data line is
 * {@code @base <TAB> <earlier edition>}, only its changes to that edition: a line adds a code or renames it, a line
 * {@code -code} removes the code with every code under it (a 款 dropped takes its 项 along). Why changes rather than
 * copies: most editions change a few names, and a change written once cannot drift between copies.
 */
final class EditionFiles {
    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    private EditionFiles() {
    }

    /** The codes of one edition with their names, in code order; never null, unmodifiable. */
    static Map<String, String> codes(String kind, int edition) {
        String key = kind + "-" + edition;
        Map<String, String> cached = LOADED.get(key);
        if (cached == null) {
            cached = Collections.unmodifiableMap(read(kind, edition));
            LOADED.put(key, cached);
        }
        return cached;
    }

    private static Map<String, String> read(String kind, int edition) {
        String path = "/classification/" + kind + "-" + edition + ".tsv";
        try (InputStream in = EditionFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing catalogue resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> codes = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String code = parts[0].trim();
                if (codes == null) {
                    codes = new TreeMap<>(code.equals("@base") ? codes(kind, base(parts, path, edition)) : Map.of());
                    if (code.equals("@base")) {
                        continue;
                    }
                }
                apply(codes, code, parts.length > 1 ? parts[1].trim() : "", path);
            }
            return codes == null ? new TreeMap<>() : codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int base(String[] parts, String path, int edition) {
        int base = Integer.parseInt(parts[1].trim());
        if (base >= edition) {
            throw new IllegalStateException(path + ": @base must name an earlier edition, not " + base);
        }
        return base;
    }

    private static void apply(Map<String, String> codes, String code, String name, String path) {
        if (code.startsWith("-")) {
            String removed = code.substring(1);
            if (!codes.containsKey(removed)) {
                throw new IllegalStateException(path + ": removes " + removed + ", which its base edition lacks");
            }
            codes.keySet().removeIf(c -> c.startsWith(removed));
            return;
        }
        if (name.isEmpty()) {
            throw new IllegalStateException(path + ": code " + code + " has no name");
        }
        codes.put(code, name);
    }
}
