package budgetledger.app.web;

import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.Sql;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every input of {@code hostile-inputs.tsv} sent exactly as written (a raw socket: no client library normalises the
 * path or refuses the header first), each answered with its status and code as a problem with a Chinese title and
 * no English exception text; and all of them together write nothing.
 */
class HostileInputTest extends PostgresIntegrationTest {
    private static final String D = "hostile";

    @LocalServerPort
    int port;

    record Hostile(String name, String method, String path, String header, String body, int status, String code) {
    }

    @Test
    void everyHostileInputIsACleanRefusalThatWritesNothing() throws IOException {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(D, 2024);
        rec.appropriation(D, 2024, "L", "1000.00");
        api.post(Recording.yearPath(D, 2024) + "/expenditures", Recording.expenditureBody(2024, "E0", "L", "300.00"))
                .expect(201);
        long events = Sql.count(dbUrl, "SELECT count(*) FROM domainevententry");
        String token = TestUsers.at(port).token(TestUsers.OPERATOR);

        List<Hostile> inputs = read();
        assertThat(inputs).hasSizeGreaterThan(30);
        assertSoftly(soft -> {
            for (Hostile h : inputs) {
                Raw r = send(h, token);
                String what = h.name() + " → " + r.status() + " " + r.body();
                soft.assertThat(r.status()).as(what).isEqualTo(h.status());
                soft.assertThat(r.contentType()).as(what).startsWith("application/problem+json");
                JsonNode problem = parse(r.body());
                soft.assertThat(problem.path("code").asText()).as(what).isEqualTo(h.code());
                soft.assertThat(problem.path("title").asText()).as(what).containsPattern("\\p{IsHan}");
                soft.assertThat(r.body()).as(what).doesNotContain("Exception", "java.", "Tomcat", "<html",
                        "Failed to convert", "\"status\":999");
            }
        });
        assertThat(Sql.count(dbUrl, "SELECT count(*) FROM domainevententry")).as("events after every refusal")
                .isEqualTo(events);
    }

    private static List<Hostile> read() throws IOException {
        Path file = Path.of("src/test/resources/hostile-inputs.tsv");
        List<Hostile> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("7 tab-separated columns: %s", line).hasSize(7);
            out.add(new Hostile(f[0], f[1], f[2].replace("{d}", D), f[3], f[4], Integer.parseInt(f[5]), f[6]));
        }
        return out;
    }

    record Raw(int status, String contentType, String body) {
    }

    private Raw send(Hostile h, String token) {
        try {
            return exchange(h, token);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(h.name(), e);
        }
    }

    private Raw exchange(Hostile h, String token) throws IOException {
        byte[] body = h.body().equals("-") ? new byte[0] : h.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(h.method() + " " + h.path() + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Authorization: Bearer ").append(token).append("\r\n")
                .append("Accept: application/json\r\nConnection: close\r\n");
        String header = h.header().replace("{10000x}", "x".repeat(10_000)).replace("{200x}", "x".repeat(200));
        if (!header.equals("-")) {
            head.append(header).append("\r\n");
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith("content-type") && body.length > 0) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parseResponse(socket.getInputStream().readAllBytes());
        }
    }

    private static Raw parseResponse(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int split = all.indexOf("\r\n\r\n");
        String[] headers = all.substring(0, split).split("\r\n");
        int status = Integer.parseInt(headers[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String h : headers) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = h.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] raw = java.util.Arrays.copyOfRange(bytes, split + 4, bytes.length);
        byte[] body = chunked ? dechunk(raw) : raw;
        return new Raw(status, contentType, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int eol = indexOf(raw, i);
            int size = Integer.parseInt(new String(raw, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(raw, eol + 2, size);
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] raw, int from) {
        for (int i = from; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        return raw.length;
    }

    private static JsonNode parse(String body) {
        try {
            return Api.JSON.readTree(body);
        } catch (IOException notJson) {
            return Api.JSON.createObjectNode();
        }
    }
}
