package budgetledger.app.sheets;

import budgetledger.app.security.CommandCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


/** {@code GET …/templates/vouchers.xlsx} and {@code …/templates/budget.xlsx}: blank import sheets with the year's codes. */
@RestController
public class TemplateController {
    public static final String PATH = CommandCatalogue.YEAR + "/templates/";
    private final Templates templates;

    public TemplateController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping(PATH + "vouchers.xlsx")
    public ResponseEntity<byte[]> vouchers(@PathVariable String departmentId, @PathVariable int year) {
        return file("凭证导入模板-" + departmentId + "-" + year + ".xlsx", templates.vouchers(departmentId, year));
    }

    @GetMapping(PATH + "budget.xlsx")
    public ResponseEntity<byte[]> budget(@PathVariable String departmentId, @PathVariable int year) {
        return file("预算导入模板-" + departmentId + "-" + year + ".xlsx", templates.budget(departmentId, year));
    }

    private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
        return ExportController.attachment(name, ExportFormat.XLSX, bytes);
    }
}
