package budgetledger.app.web;

import budgetledger.app.security.SecurityResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * {@code /error}, where the servlet container sends what failed outside Spring MVC's handlers (a filter's
 * {@code sendError}, the firewall's refusal of {@code ..}). Replaces Spring Boot's default, which answers in English
 * and, opened directly, with {@code "status": 999}: here the status's problem in Chinese, and a direct visit is a 404.
 */
@Controller
public class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer s && s >= 400 ? s : HttpStatus.NOT_FOUND.value();
        StatusProblems.Answer a = StatusProblems.of(status);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        // a message set by our own code (sendError(400, "…中文…")) says more than the status; English ones never show
        String detail = message instanceof String m && !m.isBlank() && m.codePoints().anyMatch(ErrorEndpoint::isHan)
                ? m : a.detail();
        HttpStatus known = HttpStatus.resolve(status);
        SecurityResponses.problem(request, response, known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known, a.code(),
                a.title(), detail);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
