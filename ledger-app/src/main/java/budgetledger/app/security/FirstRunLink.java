package budgetledger.app.security;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time setup link of a server with no administrator: a random token (256 bits) that the server prints in its
 * log once at start, valid until the first administrator is created with it. It lives in memory only: a restart
 * prints a new one (and an old one stops working), and once an administrator exists none is issued.
 */
@Component
public class FirstRunLink {
    private static final SecureRandom RANDOM = new SecureRandom();
    private String token;

    /** A new token, replacing any earlier one. */
    public synchronized String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return token;
    }

    /** Whether this is the current token (compared in constant time). */
    public synchronized boolean valid(String candidate) {
        return token != null && candidate != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code create} only with the current token, one caller at a time, and spends the token when it succeeds;
     * a refusal (a short password, say) leaves the link usable.
     */
    public synchronized <T> T use(String candidate, java.util.function.Supplier<T> create) {
        if (!valid(candidate)) {
            throw ProblemException.forbidden("设置链接无效或已使用");
        }
        T created = create.get();
        token = null;
        return created;
    }
}
