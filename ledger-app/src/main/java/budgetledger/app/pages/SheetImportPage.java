package budgetledger.app.pages;

import budgetledger.app.ledger.DepartmentDirectory;
import budgetledger.app.security.AccessRules;
import budgetledger.app.security.CurrentActor;
import budgetledger.app.sheets.ColumnsUnknown;
import budgetledger.app.sheets.ImportJobs;
import budgetledger.app.sheets.SheetException;
import budgetledger.app.sheets.SheetImport;
import budgetledger.app.sheets.SheetImportController;
import budgetledger.app.sheets.SheetKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 从表格导入 in the browser — vouchers, the 年初预算 table, adjustment documents: upload a sheet, name its columns if
 * the headers are unknown, see the preview — every row that would be refused, and why — then import. The same
 * {@link SheetImport} the API and the CLI run; the uploaded file waits in a temporary file, named in the session,
 * between the preview and the import. The import itself runs as an {@link ImportJobs} job: the page shows its
 * progress, polling the job, and then its outcome.
 */
@Controller
public class SheetImportPage {
    static final String VOUCHERS = AccessRules.PAGE_YEAR + "/imports/vouchers";
    static final String APPROPRIATIONS = AccessRules.PAGE_YEAR + "/imports/appropriations";
    static final String ADJUSTMENTS = AccessRules.PAGE_YEAR + "/imports/adjustments";
    private static final String UPLOAD = "sheetUpload";
    private final SheetImport imports;
    private final ImportJobs jobs;
    private final DepartmentDirectory directory;
    private final CurrentActor actor;

    public SheetImportPage(SheetImport imports, ImportJobs jobs, DepartmentDirectory directory, CurrentActor actor) {
        this.imports = imports;
        this.jobs = jobs;
        this.directory = directory;
        this.actor = actor;
    }

    /** The file uploaded for one department-year and kind, kept until it is imported (or another is uploaded). */
    record Upload(String token, String path, String name, String departmentId, int year, String kind, String charset,
                  boolean allOrNothing) implements java.io.Serializable {
        Path file() {
            return Path.of(path);
        }
    }

    @GetMapping({VOUCHERS, APPROPRIATIONS, ADJUSTMENTS})
    public String form(@PathVariable String departmentId, @PathVariable int year,
                       @RequestParam(required = false) String job, HttpServletRequest request, Model model) {
        SheetKind kind = SheetImportController.kindOf(request.getRequestURI());
        if (job != null) {
            var found = jobs.of(job, actor.user().username(), departmentId, year).filter(j -> j.request().kind() == kind);
            if (found.isEmpty()) {
                model.addAttribute("problem", "该导入任务不存在或已过期：请到事件历史或看板查看已导入的内容");
            } else {
                show(found.get(), model);
            }
        }
        return page(kind, departmentId, year, model);
    }

    /** A job still running (the page shows its progress), or its outcome, or why it stopped. */
    private static void show(ImportJobs.Job job, Model model) {
        if (!job.finished()) {
            model.addAttribute("running", Map.of("id", job.id(), "done", job.done(), "total", job.total()));
        } else if (job.problem() != null) {
            model.addAttribute("problem", job.problem());
        } else {
            model.addAttribute("outcome", job.outcome());
            model.addAttribute("committed", true);
        }
    }

    /** A running import's progress, for the page's polling: rows done of total, and whether it has finished. */
    @GetMapping(AccessRules.PAGE_YEAR + "/imports/jobs/{jobId}")
    @ResponseBody
    public ResponseEntity<Map<String, Object>> progress(@PathVariable String departmentId, @PathVariable int year,
                                                        @PathVariable String jobId) {
        return jobs.of(jobId, actor.user().username(), departmentId, year)
                .map(j -> ResponseEntity.ok(Map.<String, Object>of("done", j.done(), "total", j.total(),
                        "finished", j.finished())))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping({VOUCHERS, APPROPRIATIONS, ADJUSTMENTS})
    public String post(@PathVariable String departmentId, @PathVariable int year,
                       @RequestParam(defaultValue = "preview") String step,
                       @RequestParam(required = false) MultipartFile file,
                       @RequestParam(required = false) String token,
                       @RequestParam(defaultValue = "") String charset,
                       @RequestParam(defaultValue = "false") boolean allOrNothing,
                       @RequestParam Map<String, String> form, HttpSession session, HttpServletRequest request,
                       HttpServletResponse response, Model model) throws IOException {
        SheetKind kind = SheetImportController.kindOf(request.getRequestURI());
        Upload upload = file != null && !file.isEmpty()
                ? keep(file, kind, departmentId, year, charset, allOrNothing, session)
                : uploaded(session, token, kind, departmentId, year);
        if (upload == null) {
            response.setStatus(400);
            model.addAttribute("problem", token == null
                    ? "请选择要导入的表格文件（.xlsx 或 .csv）" : "上传的文件已失效，请重新上传");
            return page(kind, departmentId, year, model);
        }
        SheetImport.Request run = new SheetImport.Request(kind, upload.file(), departmentId, year, actor.user(),
                step.equals("commit"), upload.allOrNothing(), SheetImportController.charset(upload.charset()),
                step.equals("map") ? mapping(form) : Map.of());
        if (run.commit()) {
            // the job owns the file now, and deletes it when it ends
            session.removeAttribute(UPLOAD);
            ImportJobs.Job job = jobs.start(run);
            return "redirect:/departments/" + departmentId + "/years/" + year + "/imports/" + kind.path()
                    + "?job=" + job.id();
        }
        try {
            model.addAttribute("outcome", imports.run(run, n -> { }));
            model.addAttribute("committed", false);
        } catch (ColumnsUnknown unknown) {
            response.setStatus(422);
            model.addAttribute("problem", unknown.getMessage());
            model.addAttribute("headers", unknown.columns().headers());
            model.addAttribute("guessed", guessed(unknown));
        } catch (SheetException refused) {
            forget(session, upload);
            response.setStatus(refused.tooLarge() ? 413 : 400);
            model.addAttribute("problem", refused.getMessage());
            return page(kind, departmentId, year, model);
        }
        model.addAttribute("upload", upload);
        return page(kind, departmentId, year, model);
    }

    private String page(SheetKind kind, String departmentId, int year, Model model) {
        model.addAttribute("departmentName", directory.requireYear(departmentId, year));
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("columns", kind.columns());
        model.addAttribute("maxMb", imports.maxBytes() >> 20);
        return "sheet-import";
    }

    private Upload keep(MultipartFile file, SheetKind kind, String departmentId, int year, String charset,
                        boolean allOrNothing, HttpSession session) throws IOException {
        forget(session, (Upload) session.getAttribute(UPLOAD));
        Path path = Files.createTempFile("sheet-page-", ".upload");
        file.transferTo(path);
        path.toFile().deleteOnExit();
        Upload upload = new Upload(UUID.randomUUID().toString(), path.toString(), file.getOriginalFilename(),
                departmentId, year, kind.path(), charset, allOrNothing);
        session.setAttribute(UPLOAD, upload);
        return upload;
    }

    private static Upload uploaded(HttpSession session, String token, SheetKind kind, String departmentId, int year) {
        Object kept = session.getAttribute(UPLOAD);
        return kept instanceof Upload u && u.token().equals(token) && u.departmentId().equals(departmentId)
                && u.year() == year && u.kind().equals(kind.path()) && Files.exists(u.file()) ? u : null;
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
                    var c = unknown.columns().columns().get(i);
                    return c == null ? "" : c.field();
                }).toList();
    }
}
