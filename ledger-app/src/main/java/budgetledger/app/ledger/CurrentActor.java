package budgetledger.app.ledger;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Who is recording: the authenticated principal of the request — never a name taken from the request body. */
@Component
public class CurrentActor {
    public static final String ANONYMOUS = "anonymous";

    public String name(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? ANONYMOUS : request.getUserPrincipal().getName();
    }
}
