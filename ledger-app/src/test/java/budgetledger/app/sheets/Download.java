package budgetledger.app.sheets;

import budgetledger.app.support.TestUsers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A GET of a file (an export, a template) with an API token, as a script downloads it: the bytes as sent. */
final class Download {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Download() {
    }

    static HttpResponse<byte[]> get(int port, String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestUsers.at(port).token(user)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body as UTF-8 text, without the byte-order mark a CSV export starts with. */
    static String text(HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
