package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.sheets.ColumnsUnknown;
import budgetledger.app.sheets.SheetException;
import budgetledger.app.sheets.VoucherColumn;
import budgetledger.app.sheets.VoucherImport;
import budgetledger.app.sheets.VoucherImportController;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 从表格导入凭证 in the browser: upload a sheet, name its columns if the headers are unknown, see the preview — every
 * row that would be refused, and why — then import. The same {@link VoucherImport} the API and the CLI run; the
 * uploaded file waits in a temporary file, named in the session, between the preview and the import.
 */
@Controller
public class VoucherImportPage {
    static final String PATH = AccessRules.PAGE_YEAR + "/imports/vouchers";
    private static final String UPLOAD = "voucherUpload";
    private final VoucherImport imports;
    private final DepartmentDirectory directory;
    private final CurrentActor actor;

    public VoucherImportPage(VoucherImport imports, DepartmentDirectory directory, CurrentActor actor) {
        this.imports = imports;
        this.directory = directory;
        this.actor = actor;
    }

    /** The file uploaded for one department-year, kept until it is imported (or another is uploaded). */
    record Upload(String token, String path, String name, String departmentId, int year, String charset,
                  boolean allOrNothing) implements java.io.Serializable {
        Path file() {
            return Path.of(path);
        }
    }

    @GetMapping(PATH)
    public String form(@PathVariable String departmentId, @PathVariable int year, Model model) {
        return page(departmentId, year, model);
    }

    @PostMapping(PATH)
    public String post(@PathVariable String departmentId, @PathVariable int year,
                       @RequestParam(defaultValue = "preview") String step,
                       @RequestParam(required = false) MultipartFile file,
                       @RequestParam(required = false) String token,
                       @RequestParam(defaultValue = "") String charset,
                       @RequestParam(defaultValue = "false") boolean allOrNothing,
                       @RequestParam Map<String, String> form, HttpSession session, HttpServletResponse response,
                       Model model) throws IOException {
        Upload upload = file != null && !file.isEmpty()
                ? keep(file, departmentId, year, charset, allOrNothing, session)
                : uploaded(session, token, departmentId, year);
        if (upload == null) {
            response.setStatus(400);
            model.addAttribute("problem", token == null
                    ? "请选择要导入的表格文件（.xlsx 或 .csv）" : "上传的文件已失效，请重新上传");
            return page(departmentId, year, model);
        }
        boolean commit = step.equals("commit");
        try {
            VoucherImport.Outcome outcome = imports.run(new VoucherImport.Request(upload.file(), departmentId, year,
                    actor.user(), commit, upload.allOrNothing(), VoucherImportController.charset(upload.charset()),
                    step.equals("map") ? mapping(form) : Map.of()), n -> { });
            model.addAttribute("outcome", outcome);
            model.addAttribute("committed", commit);
            if (commit) {
                forget(session, upload);
            }
        } catch (ColumnsUnknown unknown) {
            response.setStatus(422);
            model.addAttribute("problem", unknown.getMessage());
            model.addAttribute("headers", unknown.columns().headers());
            model.addAttribute("guessed", guessed(unknown));
        } catch (SheetException refused) {
            forget(session, upload);
            response.setStatus(refused.tooLarge() ? 413 : 400);
            model.addAttribute("problem", refused.getMessage());
            return page(departmentId, year, model);
        }
        model.addAttribute("upload", upload);
        return page(departmentId, year, model);
    }

    private String page(String departmentId, int year, Model model) {
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("columns", VoucherColumn.values());
        model.addAttribute("maxMb", imports.maxBytes() >> 20);
        return "voucher-import";
    }

    private Upload keep(MultipartFile file, String departmentId, int year, String charset, boolean allOrNothing,
                        HttpSession session) throws IOException {
        forget(session, (Upload) session.getAttribute(UPLOAD));
        Path path = Files.createTempFile("voucher-page-", ".upload");
        file.transferTo(path);
        path.toFile().deleteOnExit();
        Upload upload = new Upload(UUID.randomUUID().toString(), path.toString(), file.getOriginalFilename(),
                departmentId, year, charset, allOrNothing);
        session.setAttribute(UPLOAD, upload);
        return upload;
    }

    private static Upload uploaded(HttpSession session, String token, String departmentId, int year) {
        Object kept = session.getAttribute(UPLOAD);
        return kept instanceof Upload u && u.token().equals(token) && u.departmentId().equals(departmentId)
                && u.year() == year && Files.exists(u.file()) ? u : null;
    }

    private static void forget(HttpSession session, Upload upload) throws IOException {
        if (upload != null) {
            Files.deleteIfExists(upload.file());
            session.removeAttribute(UPLOAD);
        }
    }

    /** The mapping step's answer: {@code header0}…, each with its {@code field0}… ("" leaves the column aside). */
    private static Map<String, String> mapping(Map<String, String> form) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; form.containsKey("header" + i); i++) {
            mapping.put(form.get("header" + i), form.getOrDefault("field" + i, ""));
        }
        return mapping;
    }

    /** For each header, the field it is read as now (by its name), so the mapping step starts from what is known. */
    private static List<String> guessed(ColumnsUnknown unknown) {
        List<String> headers = unknown.columns().headers();
        return java.util.stream.IntStream.range(0, headers.size())
                .mapToObj(i -> {
                    VoucherColumn c = unknown.columns().columns().get(i);
                    return c == null ? "" : c.field();
                }).toList();
    }
}
