package budgetledger.core.audit;

import org.bouncycastle.crypto.digests.SM3Digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tamper-evidence link of a department-year stream: an event's hash covers the previous event's hash,
 * the event's type, its canonical payload and its audit metadata ({@link AuditKeys#HASHED}).
 * SHA-256 by default; SM3 (GB/T 32905, the national standard) selectable per ledger when the year is opened.
 */
public final class HashChain {
    public static final String SHA_256 = "SHA-256";
    public static final String SM3 = "SM3";
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String requireAlgorithm(String algorithm) {
        if (algorithm == null || algorithm.isBlank()) {
            return SHA_256;
        }
        String upper = algorithm.trim().toUpperCase();
        if (upper.equals("SHA256")) {
            return SHA_256;
        }
        if (!upper.equals(SHA_256) && !upper.equals(SM3)) {
            throw new budgetledger.core.common.LedgerException(budgetledger.core.common.ErrorCode.INVALID_REQUEST,
                    "不支持的哈希算法 " + algorithm + "（可选 SHA-256 或 SM3）");
        }
        return upper;
    }

    /** The hash of an event given its predecessor's hash; {@code metadata} may hold extra keys, only audit keys count. */
    public static String link(String algorithm, String prevHash, String payloadType, String canonicalPayload,
                              Map<String, ?> metadata) {
        Map<String, String> hashed = new TreeMap<>();
        for (String key : AuditKeys.HASHED) {
            Object v = metadata.get(key);
            if (v != null) {
                hashed.put(key, v.toString());
            }
        }
        String text = prevHash + "\n" + payloadType + "\n" + canonicalPayload + "\n" + LedgerJson.canonical(hashed);
        return digest(algorithm, text.getBytes(StandardCharsets.UTF_8));
    }

    public static String digest(String algorithm, byte[] bytes) {
        if (SM3.equals(algorithm)) {
            SM3Digest sm3 = new SM3Digest();
            sm3.update(bytes, 0, bytes.length);
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            return HexFormat.of().formatHex(out);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(SHA_256).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
