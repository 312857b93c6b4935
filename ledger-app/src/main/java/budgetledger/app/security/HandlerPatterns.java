package budgetledger.app.security;

import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's actual endpoints: every handler method of every request-mapping handler mapping (controllers,
 * actuator, API docs), as method set and path pattern. The authorization asks it which handler a request would
 * reach, so a handler without its own access rule is recognised and refused.
 */
public class HandlerPatterns {
    /** One endpoint: its methods (empty = any) and its path pattern as the mapping declares it. */
    public record Endpoint(Set<String> methods, String pattern, String handler) {
    }

    private final ApplicationContext context;
    private volatile List<Compiled> compiled;

    private record Compiled(Endpoint endpoint, PathPattern pattern) {
    }

    public HandlerPatterns(ApplicationContext context) {
        this.context = context;
    }

    /** Every endpoint of the running application. */
    public List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
                for (String pattern : patterns(info)) {
                    out.add(new Endpoint(methods, pattern, method.getBeanType().getSimpleName() + "#"
                            + method.getMethod().getName()));
                }
            });
        }
        return out;
    }

    /** The pattern of the most specific endpoint this request would reach (HEAD as GET), if any. */
    public Optional<String> bestPattern(String method, String path) {
        String m = "HEAD".equals(method) ? "GET" : method;
        PathContainer container = PathContainer.parsePath(path);
        return compiled().stream()
                .filter(c -> c.endpoint().methods().isEmpty() || c.endpoint().methods().contains(m))
                .filter(c -> c.pattern().matches(container))
                .min(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .map(c -> c.endpoint().pattern());
    }

    private List<Compiled> compiled() {
        List<Compiled> c = compiled;
        if (c == null) {
            c = endpoints().stream().map(e -> new Compiled(e, PathPatternParser.defaultInstance.parse(e.pattern()))).toList();
            compiled = c;
        }
        return c;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() != null) {
            return info.getPathPatternsCondition().getPatternValues();
        }
        return info.getPatternValues();
    }
}
