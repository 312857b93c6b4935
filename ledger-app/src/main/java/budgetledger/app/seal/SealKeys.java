package budgetledger.app.seal;

import budgetledger.core.audit.HashChain;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The sealing key: Ed25519 (the JDK's own, RFC 8032), kept in a file outside the database ({@code ledger.seal.key-file},
 * default under the data directory) and created on first use, readable by its owner only. The public key sits beside
 * it ({@code .pub}) and travels with every seals export, so anyone can check a seal with their own tools.
 * docs/sealing.md says where the key should live in production, how to rotate it and where SM2 fits.
 */
@Component
public class SealKeys {
    static final String ALGORITHM = "Ed25519";
    private final Path keyFile;
    private KeyPair pair;

    public SealKeys(@Value("${ledger.seal.key-file:${ledger.data-dir:./data}/seal/ledger-seal-ed25519.key}") String keyFile) {
        this.keyFile = Path.of(keyFile).toAbsolutePath().normalize();
    }

    public synchronized KeyPair pair() {
        if (pair == null) {
            try {
                pair = Files.exists(keyFile) ? load() : create();
            } catch (IOException | GeneralSecurityException e) {
                throw new LedgerException(ErrorCode.INVALID_REQUEST, "封印密钥不可用（" + keyFile + "）：" + e.getMessage()
                        + "；请用 ledger.seal.key-file / LEDGER_SEAL_KEY_FILE 指定可读写的密钥文件");
            }
        }
        return pair;
    }

    /** The first 16 hex digits of the public key's SHA-256: names the key a seal was made with. */
    public String keyId() {
        return keyId(pair().getPublic());
    }

    public static String keyId(PublicKey key) {
        return HashChain.digest(HashChain.SHA_256, key.getEncoded()).substring(0, 16);
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(pair().getPublic().getEncoded());
    }

    public String sign(byte[] text) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(pair().getPrivate());
            s.update(text);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] text, String signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(text);
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "封印公钥无效：" + e.getMessage());
        }
    }

    /** The key file holds two lines: the private key (PKCS#8) and the public key (X.509), each Base64. */
    private KeyPair load() throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
        if (lines.size() < 2) {
            throw new GeneralSecurityException("密钥文件应有两行（私钥、公钥）");
        }
        PrivateKey priv = KeyFactory.getInstance(ALGORITHM).generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).trim())));
        return new KeyPair(publicKey(lines.get(1).trim()), priv);
    }

    /**
     * Written to a temporary file and moved into place only if no key is there yet: two processes starting at once
     * end up with one key (the loser reads the winner's). The public key is copied beside it ({@code .pub}).
     */
    private KeyPair create() throws IOException, GeneralSecurityException {
        KeyPair created = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Files.createDirectories(keyFile.getParent());
        Base64.Encoder b64 = Base64.getEncoder();
        String publicText = b64.encodeToString(created.getPublic().getEncoded());
        Path tmp = Files.createTempFile(keyFile.getParent(), ".seal", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the operator protects the folder (docs/sealing.md)
        }
        Files.writeString(tmp, b64.encodeToString(created.getPrivate().getEncoded()) + "\n" + publicText + "\n",
                StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, keyFile);
        } catch (java.nio.file.FileAlreadyExistsException lost) {
            Files.deleteIfExists(tmp);
            return load();
        }
        Files.writeString(publicFile(), publicText + "\n", StandardCharsets.US_ASCII);
        return created;
    }

    private Path publicFile() {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }
}
