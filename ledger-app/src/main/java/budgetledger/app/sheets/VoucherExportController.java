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

/** {@code GET …/exports/vouchers?format=csv|xlsx[&asOf=]}: the year's vouchers as a sheet the import reads again. */
@RestController
public class VoucherExportController {
    public static final String PATH = CommandCatalogue.YEAR + "/exports/vouchers";
    private final VoucherExport export;

    public VoucherExportController(VoucherExport export) {
        this.export = export;
    }

    @GetMapping(PATH)
    public ResponseEntity<byte[]> vouchers(@PathVariable String departmentId, @PathVariable int year,
                                           @RequestParam(defaultValue = "csv") String format,
                                           @RequestParam(required = false) String asOf) throws IOException {
        VoucherExport.Format f = VoucherExport.Format.of(format);
        Instant at = IsoTimes.asOf(asOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(departmentId, year, at, f, out);
        String name = "凭证-" + departmentId + "-" + year + "." + f.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(f.mediaType()))
                .body(out.toByteArray());
    }
}
