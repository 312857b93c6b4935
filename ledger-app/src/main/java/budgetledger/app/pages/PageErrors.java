package budgetledger.app.pages;

import budgetledger.app.security.ProblemException;
import budgetledger.core.common.LedgerException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a page (an unknown department, a year not open) answers as a page with the API's status, code and
 * Chinese message, not as the API's JSON problem. Ordered before web.ApiErrors, and only for the pages' controllers;
 * anything else still reaches ApiErrors.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    @ExceptionHandler(LedgerException.class)
    public String ledger(LedgerException e, HttpServletResponse response, Model model) {
        return page(e.code().status(), e.code().name(), e.getMessage(), response, model);
    }

    @ExceptionHandler(ProblemException.class)
    public String problem(ProblemException e, HttpServletResponse response, Model model) {
        return page(e.status().value(), e.code(), e.title() + "：" + e.getMessage(), response, model);
    }

    private static String page(int status, String code, String message, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("code", code);
        model.addAttribute("message", message);
        return "refused";
    }
}
