package budgetledger.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a server leaves in its data directory while its embedded PostgreSQL runs: the instance holds the data
 * directory's lock, so a CLI command beside the server cannot start its own and connects to this one instead. The
 * instance is zonky's, initialised with trust authentication for {@code postgres} and listening on localhost only, so
 * the port is all a second process needs.
 */
public final class RunningEmbedded {
    public static final String FILE = "embedded-postgres.properties";
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private RunningEmbedded() {
    }

    /** The JDBC URL of the data directory's embedded PostgreSQL if a server left its note and the port answers. */
    public static Optional<String> url(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            note.load(in);
            int port = Integer.parseInt(note.getProperty("port", "").trim());
            return answers(port) ? Optional.of(url(port)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // an unreadable or stale note: as if no server ran
        }
    }

    static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    static void write(Path dataDir, int port) {
        Properties note = new Properties();
        note.setProperty("port", Integer.toString(port));
        note.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try {
            Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                note.store(out, "written by the server while its embedded PostgreSQL runs; removed when it stops");
            }
            Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("无法在数据目录 " + dataDir + " 中写入嵌入式数据库的端口文件", e);
        }
    }

    static void remove(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException ignored) {
            // shutting down anyway; a stale note is recognised by its port no longer answering
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
