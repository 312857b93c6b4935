package budgetledger.app.sheets;

import budgetledger.app.support.Api;
import budgetledger.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A multipart upload of a sheet to {@code …/imports/vouchers} (or another kind), as a client with an API token sends it. */
final class Upload {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Upload() {
    }

    static Api.Response vouchers(int port, String user, String department, int year, String query, Path file,
                                 String mapping) throws Exception {
        return sheet(port, user, department, year, "vouchers", query, file, mapping);
    }

    /** {@code kind}: vouchers, appropriations or adjustments. */
    static Api.Response sheet(int port, String user, String department, int year, String kind, String query, Path file,
                              String mapping) throws Exception {
        String boundary = "----sheet" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (mapping != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + mapping + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/departments/"
                        + department + "/years/" + year + "/imports/" + kind + "?" + query))
                .header("Authorization", "Bearer " + TestUsers.at(port).token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = Api.JSON.readTree(response.body());
        } catch (Exception e) {
            json = MissingNode.getInstance();
        }
        return new Api.Response(response.statusCode(), response.body(), json == null ? MissingNode.getInstance() : json);
    }
}
