package budgetledger.app.seal;

import budgetledger.core.audit.LedgerJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A seal (封印): a signature, by a key kept outside the database, over a department-year stream's head — its last
 * sequence and that event's hash — and over the department's registration, with the time and the reason (提交,
 * 结账, 按需). Whoever can rewrite the event table can recompute every hash after an edit, but cannot make the
 * recomputed head match a seal without the key. {@code signature} is Base64 over {@link #signedText()}.
 * <p>
 * {@code registrySequence} and {@code registryHash}: the head of the department registry's chain (登记链) when sealed,
 * so a registration changed, removed or inserted before it is caught as well; null in seals made before the registry
 * was chained (their signed text is what it was, so they still verify).
 */
public record Seal(String ledgerId, long sequence, String headHash, String registrationHash, Long registrySequence,
                   String registryHash, Instant sealedAt, String reason, String keyId, String signature) {

    public static final String SUBMISSION = "SUBMISSION";
    public static final String CLOSE = "CLOSE";
    public static final String ON_DEMAND = "ON_DEMAND";

    /** What is signed: every field but the signature, as canonical JSON (RFC 8785 key order), UTF-8. */
    public byte[] signedText() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ledgerId", ledgerId);
        m.put("sequence", sequence);
        m.put("headHash", headHash);
        m.put("registrationHash", registrationHash);
        if (registryHash != null) {
            m.put("registrySequence", registrySequence);
            m.put("registryHash", registryHash);
        }
        m.put("sealedAt", sealedAt.toString());
        m.put("reason", reason);
        m.put("keyId", keyId);
        return LedgerJson.canonical(m).getBytes(StandardCharsets.UTF_8);
    }

    public Seal signed(String signature) {
        return new Seal(ledgerId, sequence, headHash, registrationHash, registrySequence, registryHash, sealedAt, reason,
                keyId, signature);
    }

    /** The short form printed on a submitted report: key id and the signature's first 16 characters. */
    public String shortForm() {
        return keyId + ":" + signature.substring(0, Math.min(16, signature.length()));
    }

    /** 中文 name of the reason. */
    public String reasonZh() {
        return switch (reason) {
            case SUBMISSION -> "提交自评时封印";
            case CLOSE -> "年终结账时封印";
            default -> "按需封印";
        };
    }
}
