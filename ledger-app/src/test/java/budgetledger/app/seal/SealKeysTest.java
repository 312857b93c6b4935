package budgetledger.app.seal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sealing key: Ed25519 or SM2 (GM/T 0003, SM3withSM2), each checking its own signatures and refusing altered text;
 * and rotation — a replaced key's public key stays known, so the seals it made still verify.
 */
class SealKeysTest {
    @TempDir
    Path dir;

    private SealKeys keys(String algorithm, String keyFile, String extraPublicKeys) {
        return new SealKeys(algorithm, keyFile, dir.toString(), extraPublicKeys);
    }

    private static Seal seal(String keyId) {
        return new Seal("d/2024", 4, "ab".repeat(32), "cd".repeat(32), 2L, "ef".repeat(32),
                Instant.parse("2025-04-16T01:00:00Z"), Seal.ON_DEMAND, keyId, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ed25519", "SM2"})
    void aSealSignedWithEitherAlgorithmVerifiesAndAnAlteredOneDoesNot(String algorithm) throws Exception {
        SealKeys keys = keys(algorithm, "", "");
        Seal unsigned = seal(keys.keyId());
        Seal sealed = unsigned.signed(keys.sign(unsigned.signedText()));

        // the public key as exported (Base64 X.509) is enough to check it
        PublicKey exported = SealKeys.publicKey(keys.publicKeyBase64());
        assertThat(SealKeys.verify(exported, sealed.signedText(), sealed.signature())).isTrue();
        Seal altered = new Seal(sealed.ledgerId(), 5, sealed.headHash(), sealed.registrationHash(),
                sealed.registrySequence(), sealed.registryHash(), sealed.sealedAt(), sealed.reason(), sealed.keyId(),
                sealed.signature());
        assertThat(SealKeys.verify(exported, altered.signedText(), altered.signature())).isFalse();
        assertThat(Files.exists(dir.resolve("seal/ledger-seal-" + algorithm.toLowerCase() + ".key"))).isTrue();
        assertThat(keys.algorithm()).isEqualTo(algorithm);
        assertThat(exported.getAlgorithm()).isEqualTo(algorithm.equals("SM2") ? "EC" : "EdDSA");
    }

    @Test
    void aRotatedKeysSealsStillVerifyByItsKeptPublicKey() throws Exception {
        String file = dir.resolve("seal/ledger.key").toString();
        SealKeys first = keys("Ed25519", file, "");
        String oldId = first.keyId();
        Seal old = seal(oldId);
        old = old.signed(first.sign(old.signedText()));

        // rotation: the private key moved away, and the next start makes a new one (SM2 this time)
        Files.move(Path.of(file), dir.resolve("retired.key"));
        SealKeys second = keys("SM2", file, "");
        assertThat(second.keyId()).isNotEqualTo(oldId);
        Map<String, PublicKey> known = second.known();
        assertThat(known).containsKeys(oldId, second.keyId());
        assertThat(SealKeys.verify(known.get(old.keyId()), old.signedText(), old.signature())).isTrue();
        Seal fresh = seal(second.keyId());
        fresh = fresh.signed(second.sign(fresh.signedText()));
        assertThat(SealKeys.verify(known.get(fresh.keyId()), fresh.signedText(), fresh.signature())).isTrue();
        assertThat(SealKeys.verify(known.get(oldId), fresh.signedText(), fresh.signature())).isFalse();

        // elsewhere (another key folder), the old public key is given by configuration, as text or as a file
        Path pub = dir.resolve("old.pub");
        Files.writeString(pub, first.publicKeyBase64(), StandardCharsets.US_ASCII);
        Path elsewhere = Files.createDirectories(dir.resolve("other"));
        SealKeys third = new SealKeys("Ed25519", elsewhere.resolve("k.key").toString(), dir.toString(), pub.toString());
        assertThat(third.known()).containsKey(oldId);
        SealKeys fourth = new SealKeys("Ed25519", elsewhere.resolve("k2.key").toString(), dir.toString(),
                first.publicKeyBase64());
        assertThat(fourth.known()).containsKey(oldId);
    }

    @Test
    void anUnknownAlgorithmIsRefusedAtStart() {
        assertThatThrownBy(() -> keys("RSA", "", "")).hasMessageContaining("Ed25519 或 SM2");
    }
}
