package budgetledger.app.sheets;

import budgetledger.app.security.CommandCatalogue;
import budgetledger.app.security.CurrentActor;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST …/imports/vouchers|appropriations|adjustments?mode=preview|commit[&allOrNothing=true]}: a sheet (XLSX
 * or CSV) of vouchers, of the 年初预算 table or of adjustment documents as the multipart part {@code file}; optional
 * {@code charset} (a CSV's, e.g. GB18030) and {@code mapping} (JSON, header → field). Answers the rows read, accepted,
 * refused (row by row, in Chinese) and already imported. Each kind has a path of its own, so the access rules name
 * the command each needs.
 */
@RestController
public class SheetImportController {
    public static final String VOUCHERS = CommandCatalogue.YEAR + "/imports/vouchers";
    public static final String APPROPRIATIONS = CommandCatalogue.YEAR + "/imports/appropriations";
    public static final String ADJUSTMENTS = CommandCatalogue.YEAR + "/imports/adjustments";
    private final SheetImport imports;
    private final CurrentActor actor;

    public SheetImportController(SheetImport imports, CurrentActor actor) {
        this.imports = imports;
        this.actor = actor;
    }

    @PostMapping(value = {VOUCHERS, APPROPRIATIONS, ADJUSTMENTS}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importSheet(@PathVariable String departmentId, @PathVariable int year,
                                           @RequestParam(defaultValue = "preview") String mode,
                                           @RequestParam(defaultValue = "false") boolean allOrNothing,
                                           @RequestParam(required = false) String charset,
                                           @RequestParam(required = false) String mapping,
                                           @RequestPart("file") MultipartFile file,
                                           HttpServletRequest request) throws IOException {
        SheetKind kind = kindOf(request.getRequestURI());
        if (!mode.equals("preview") && !mode.equals("commit")) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "mode 须为 preview（预览）或 commit（导入）");
        }
        Path upload = Files.createTempFile(kind.path() + "-", ".upload");
        try {
            file.transferTo(upload);
            SheetImport.Outcome outcome = imports.run(new SheetImport.Request(kind, upload, departmentId, year,
                    actor.user(), mode.equals("commit"), allOrNothing, charset(charset), mapping(mapping)), n -> { });
            return answer(kind, mode, outcome);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** The kind of sheet the path's last segment names. */
    public static SheetKind kindOf(String uri) {
        return SheetKind.named(uri.substring(uri.lastIndexOf('/') + 1)).orElseThrow();
    }

    static Map<String, Object> answer(SheetKind kind, String mode, SheetImport.Outcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        body.put("kind", kind.path());
        body.put("rows", outcome.rows());
        body.put("accepted", outcome.accepted());
        // each finding names its row's subject under the kind's own key (a voucher's voucherNo, a line's lineId, …)
        body.put("refused", outcome.refused().stream().map(f -> {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("row", f.row());
            finding.put(kind.subjectField(), f.subject());
            finding.put("code", f.code());
            finding.put("message", f.message());
            return finding;
        }).toList());
        body.put("duplicates", outcome.duplicates());
        body.put("recorded", outcome.recorded());
        body.put("committed", outcome.committed());
        return body;
    }

    /** A CSV's charset by name; blank: detect. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "不认识的字符集 " + name + "（可用 UTF-8 或 GB18030）");
        }
    }

    static Map<String, String> mapping(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return LedgerJson.mapper().readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST,
                    "mapping 须为 JSON 对象，表头 → 字段，如 {\"记账凭证号\":\"voucherNo\"}");
        }
    }

    /** A file refused as a whole: 413 if too large, 422 with the headers if columns are unknown, else 400. */
    @ExceptionHandler(SheetException.class)
    ResponseEntity<ProblemDetail> refused(SheetException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE
                : e instanceof ColumnsUnknown ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(e.tooLarge() ? "文件过大" : "文件无法导入");
        p.setProperty("code", e.code());
        if (e instanceof ColumnsUnknown unknown) {
            p.setProperty("headers", unknown.columns().headers());
            p.setProperty("missing", unknown.columns().missing().stream().map(SheetColumn::field).toList());
            p.setProperty("fields", unknown.columns().kind().columns().stream().map(SheetColumn::field).toList());
        }
        return ResponseEntity.status(status).body(p);
    }
}
