package budgetledger.core.audit;

import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashChainTest {
    private static final String PAYLOAD_TYPE = "budgetledger.core.budget.BudgetAdjusted";
    private static final String PAYLOAD = "{\"amount\":\"5.00\",\"lineId\":\"L1\"}";

    static Map<String, String> auditMetadata() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(AuditKeys.RECORDED_BY, "finance-li");
        meta.put(AuditKeys.REASON, "年中追加");
        meta.put(AuditKeys.DOCUMENT, "益财预〔2024〕12号");
        meta.put(AuditKeys.IDEMPOTENCY_KEY, "k-1");
        meta.put(AuditKeys.BODY_HASH, "b".repeat(64));
        meta.put(AuditKeys.PROPOSED_BY, "clerk-zhang");
        meta.put(AuditKeys.APPROVED_BY, "director-wang");
        meta.put(AuditKeys.PROPOSAL, "TZ-7");
        meta.put(AuditKeys.SUBJECT, "L1");
        meta.put(AuditKeys.BUSINESS_DATE, "2024-03-01");
        meta.put(AuditKeys.RECORDED_AT, "2024-03-01T08:00:00Z");
        meta.put(AuditKeys.HASH_ALG, HashChain.SHA_256);
        meta.put(AuditKeys.PREV_HASH, HashChain.GENESIS);
        AuditKeys.HASHED.forEach(key -> meta.putIfAbsent(key, key + "-1")); // any audit key added later
        return meta;
    }

    @Test
    void sm3OfAbcIsTheStandardsKnownAnswer() {
        // GB/T 32905-2016, example 1
        assertThat(HashChain.digest(HashChain.SM3, "abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sha256OfAbcIsTheStandardsKnownAnswer() {
        assertThat(HashChain.digest(HashChain.SHA_256, "abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sha256IsTheDefaultAlgorithm() {
        assertThat(HashChain.requireAlgorithm(null)).isEqualTo(HashChain.SHA_256);
        assertThat(HashChain.requireAlgorithm("  ")).isEqualTo(HashChain.SHA_256);
        assertThat(HashChain.requireAlgorithm("sha256")).isEqualTo(HashChain.SHA_256);
        assertThat(HashChain.requireAlgorithm("sha-256")).isEqualTo(HashChain.SHA_256);
    }

    @Test
    void sm3IsSelectableInAnyCase() {
        assertThat(HashChain.requireAlgorithm(" sm3 ")).isEqualTo(HashChain.SM3);
    }

    @Test
    void refusesOtherAlgorithms() {
        assertThatThrownBy(() -> HashChain.requireAlgorithm("MD5"))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void linkIsSixtyFourHexDigitsForBothAlgorithms() {
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata()))
                .matches("[0-9a-f]{64}");
        assertThat(HashChain.link(HashChain.SM3, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata()))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void sm3AndSha256LinkDifferently() {
        assertThat(HashChain.link(HashChain.SM3, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata()))
                .isNotEqualTo(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata()));
    }

    @Test
    void linkCoversThePreviousHashThePayloadTypeAndThePayload() {
        String base = HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata());
        assertThat(HashChain.link(HashChain.SHA_256, "1".repeat(64), PAYLOAD_TYPE, PAYLOAD, auditMetadata()))
                .isNotEqualTo(base);
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, "budgetledger.core.budget.BudgetTransferred",
                PAYLOAD, auditMetadata())).isNotEqualTo(base);
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE,
                PAYLOAD.replace("5.00", "5.01"), auditMetadata())).isNotEqualTo(base);
    }

    static List<String> hashedKeys() {
        return AuditKeys.HASHED;
    }

    @ParameterizedTest
    @MethodSource("hashedKeys")
    void linkCoversEveryAuditKey(String key) {
        String base = HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata());
        Map<String, String> changed = auditMetadata();
        changed.put(key, changed.get(key) + "x");
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, changed))
                .isNotEqualTo(base);
        Map<String, String> removed = auditMetadata();
        removed.remove(key);
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, removed))
                .isNotEqualTo(base);
    }

    @Test
    void linkIgnoresTransportKeysAndKeyOrder() {
        String base = HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata());
        Map<String, Object> withTransport = new HashMap<>(auditMetadata());
        withTransport.put("traceId", "t-1");
        withTransport.put("correlationId", "c-1");
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, withTransport))
                .isEqualTo(base);
    }

    @Test
    void theHashItselfIsNotHashed() {
        Map<String, String> withHash = auditMetadata();
        withHash.put(AuditKeys.HASH, "f".repeat(64));
        assertThat(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, withHash))
                .isEqualTo(HashChain.link(HashChain.SHA_256, HashChain.GENESIS, PAYLOAD_TYPE, PAYLOAD, auditMetadata()));
    }
}
