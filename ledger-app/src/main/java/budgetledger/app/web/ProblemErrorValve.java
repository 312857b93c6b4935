package budgetledger.app.web;

import budgetledger.app.security.SecurityResponses;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report in the product's own form. Some requests are refused by the container before any servlet
 * sees them — an encoded slash ({@code %2F}) in the path, a header over the size limit, a malformed request line —
 * and Tomcat would answer those with its English HTML page. This valve answers them as every other refusal is
 * answered: an RFC 7807 problem with a code and a Chinese title for API clients, a small Chinese page for browsers.
 */
public class ProblemErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        StatusProblems.Answer a = StatusProblems.of(status);
        boolean json = request.getRequestURI() == null || SecurityResponses.wantsJson(request);
        try {
            response.setContentType(json ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json ? SecurityResponses.problemJson(a.status(), a.code(), a.title(), a.detail(),
                        request.getRequestURI()) : SecurityResponses.errorPage(a.status(), a.title(), a.detail()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was already closed: nothing left to tell it
        }
    }
}
