package budgetledger.app.security;

import budgetledger.core.audit.HashChain;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: 256 random bits, shown to their owner once; stored only as their SHA-256. A token acts for its user
 * (with the user's current roles and departments) until it expires or is revoked; a disabled user's tokens stop
 * working at once.
 */
@Service
public class TokenService {
    /** Tokens start with this, so a leaked one is easy to recognise (and to scan for). */
    public static final String PREFIX = "lgr_";
    public static final int MAX_VALIDITY_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final UserService users;
    private final int defaultValidityDays;
    private final TtlCache<String, Owner> cache;

    public TokenService(JdbcTemplate jdbc, UserService users,
                        @Value("${ledger.security.token-validity-days:90}") int defaultValidityDays,
                        @Value("${ledger.security.cache-ttl:5s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.users = users;
        this.defaultValidityDays = defaultValidityDays;
        this.cache = new TtlCache<>(cacheTtl);
    }

    /** The token as created: {@code token} is shown this once and never again. */
    public record Created(String tokenId, String name, String token, Instant expiresAt) {
    }

    /** A token as listed: never the token itself, nor its hash. */
    public record Listed(String tokenId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                         Instant revokedAt) {
    }

    /** Whose a presented token is. */
    public record Owner(String tokenId, String username) {
    }

    public Created create(String username, String name, Integer validityDays) {
        LedgerUser user = users.find(username).filter(LedgerUser::enabled).orElseThrow(() -> UserService.unknown(username));
        String label = name == null || name.isBlank() ? "API" : name.trim();
        if (label.length() > 100) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "令牌名称过长（最多 100 字符）");
        }
        int days = validityDays == null ? defaultValidityDays : validityDays;
        if (days < 1 || days > MAX_VALIDITY_DAYS) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "有效天数须在 1 到 " + MAX_VALIDITY_DAYS + " 之间");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[8];
        RANDOM.nextBytes(idBytes);
        String id = "tk_" + HexFormat.of().formatHex(idBytes);
        Instant expires = Instant.now().plus(Duration.ofDays(days));
        jdbc.update("INSERT INTO api_token (token_id, username, name, token_hash, expires_at) VALUES (?, ?, ?, ?, ?)",
                id, user.username(), label, hash(token), Timestamp.from(expires));
        return new Created(id, label, token, expires);
    }

    /** The owner of a valid token (not revoked, not expired, user enabled); empty for anything else. */
    public Optional<Owner> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Owner> owner = cache.get(hash, this::lookUp);
        return owner.filter(o -> users.current(o.username()).map(LedgerUser::enabled).orElse(false));
    }

    private record Found(Owner owner, Timestamp lastUsed) {
    }

    /**
     * The token's owner, marking it used (at most once a minute) after its row is closed: an update from inside the row
     * mapper would take a second connection while holding the first, and 32 cold look-ups at once then held every
     * pooled connection waiting for another (the hot year's 503s, docs/reliability.md finding 5).
     */
    private Optional<Owner> lookUp(String hash) {
        Optional<Found> found = jdbc.query("SELECT token_id, username, last_used_at FROM api_token "
                        + "WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())",
                (rs, i) -> new Found(new Owner(rs.getString(1), rs.getString(2)), rs.getTimestamp(3)), hash)
                .stream().findFirst();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().toInstant().isBefore(Instant.now().minusSeconds(60)))
                .ifPresent(f -> touch(f.owner().tokenId()));
        return found.map(Found::owner);
    }

    public List<Listed> list(String username) {
        return jdbc.query("SELECT token_id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token "
                        + "WHERE username = ? ORDER BY created_at DESC, token_id LIMIT 500",
                (rs, i) -> new Listed(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))), username);
    }

    /** Revokes one of the user's own tokens; another user's token is "not found", as if it did not exist. */
    public void revoke(String username, String tokenId) {
        List<String> hashes = jdbc.queryForList("SELECT token_hash FROM api_token WHERE token_id = ? AND username = ?",
                String.class, tokenId, username);
        if (hashes.isEmpty()) {
            throw ProblemException.notFound("UNKNOWN_TOKEN", "令牌不存在", "没有这个令牌: " + tokenId);
        }
        jdbc.update("UPDATE api_token SET revoked_at = now() WHERE token_id = ? AND revoked_at IS NULL", tokenId);
        hashes.forEach(cache::evict);
    }

    public static String hash(String token) {
        return HashChain.digest(HashChain.SHA_256, token.getBytes(StandardCharsets.UTF_8));
    }

    private void touch(String tokenId) {
        jdbc.update("UPDATE api_token SET last_used_at = now() WHERE token_id = ?", tokenId);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
