package budgetledger.app.sheets;

import budgetledger.app.security.CommandCatalogue;
import budgetledger.core.common.IsoTimes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET …/exports/vouchers|budget-lines|final-accounts?format=csv|xlsx[&asOf=][&table=]}: a department-year as
 * of a moment, as a sheet. Every parameter is checked before anything is written: a bad one is a 4xx problem, never a
 * half file.
 */
@RestController
public class ExportController {
    public static final String PATH = CommandCatalogue.YEAR + "/exports/";
    private final Exports exports;

    public ExportController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping(PATH + "vouchers")
    public ResponseEntity<byte[]> vouchers(@PathVariable String departmentId, @PathVariable int year,
                                           @RequestParam(defaultValue = "csv") String format,
                                           @RequestParam(required = false) String asOf) throws IOException {
        return export(Exports.What.VOUCHERS, departmentId, year, format, asOf, null);
    }

    @GetMapping(PATH + "budget-lines")
    public ResponseEntity<byte[]> budgetLines(@PathVariable String departmentId, @PathVariable int year,
                                              @RequestParam(defaultValue = "csv") String format,
                                              @RequestParam(required = false) String asOf) throws IOException {
        return export(Exports.What.BUDGET_LINES, departmentId, year, format, asOf, null);
    }

    /** {@code table}: summary, functional, economic, three-public or figures; absent, every table. */
    @GetMapping(PATH + "final-accounts")
    public ResponseEntity<byte[]> finalAccounts(@PathVariable String departmentId, @PathVariable int year,
                                                @RequestParam(defaultValue = "xlsx") String format,
                                                @RequestParam(required = false) String asOf,
                                                @RequestParam(required = false) String table) throws IOException {
        return export(Exports.What.FINAL_ACCOUNTS, departmentId, year, format, asOf, table);
    }

    private ResponseEntity<byte[]> export(Exports.What what, String departmentId, int year, String format, String asOf,
                                          String table) throws IOException {
        ExportFormat f = ExportFormat.of(format);
        Instant at = IsoTimes.asOf(asOf);
        List<SheetTable> tables = exports.tables(what, departmentId, year, at, table);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(tables, f, out);
        return attachment(Exports.fileName(what, departmentId, year, tables, f), f, out.toByteArray());
    }

    /** A file to save, under its (Chinese) name: the exports' answer and the templates'. */
    static ResponseEntity<byte[]> attachment(String name, ExportFormat format, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(bytes);
    }
}
