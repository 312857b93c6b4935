package budgetledger.app.seal;

import budgetledger.core.audit.HashChain;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
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
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sealing key, kept in a file outside the database ({@code ledger.seal.key-file}, default under the data directory)
 * and created on first use, readable by its owner only: Ed25519 (the JDK's own, RFC 8032) by default, or SM2 (GM/T
 * 0003, signatures SM3withSM2 by BouncyCastle) with {@code ledger.seal.algorithm=SM2}. The public key sits beside it
 * ({@code .pub}) and in {@code public-keys/<key id>.pub}, where the public keys of replaced keys stay: seals name their
 * key by id, and every key there (and any in {@code ledger.seal.public-keys}) still checks the seals it made, so a key
 * can be rotated. docs/sealing.md says where the key should live in production and how to rotate it.
 */
@Component
public class SealKeys {
    public static final String ED25519 = "Ed25519";
    public static final String SM2 = "SM2";
    private static final Provider BC = new BouncyCastleProvider();
    private final String algorithm;
    private final Path keyFile;
    private final String extraPublicKeys;
    private KeyPair pair;

    public SealKeys(@Value("${ledger.seal.algorithm:Ed25519}") String algorithm,
                    @Value("${ledger.seal.key-file:}") String keyFile,
                    @Value("${ledger.data-dir:./data}") String dataDir,
                    @Value("${ledger.seal.public-keys:}") String extraPublicKeys) {
        this.algorithm = requireAlgorithm(algorithm);
        String file = keyFile == null || keyFile.isBlank()
                ? dataDir + "/seal/ledger-seal-" + this.algorithm.toLowerCase() + ".key" : keyFile;
        this.keyFile = Path.of(file).toAbsolutePath().normalize();
        this.extraPublicKeys = extraPublicKeys == null ? "" : extraPublicKeys;
    }

    private static String requireAlgorithm(String algorithm) {
        if (algorithm == null || algorithm.isBlank() || algorithm.trim().equalsIgnoreCase(ED25519)) {
            return ED25519;
        }
        if (algorithm.trim().equalsIgnoreCase(SM2)) {
            return SM2;
        }
        throw new IllegalStateException("ledger.seal.algorithm 只能是 Ed25519 或 SM2，而不是 " + algorithm);
    }

    public String algorithm() {
        return algorithm;
    }

    public synchronized KeyPair pair() {
        if (pair == null) {
            try {
                pair = Files.exists(keyFile) ? load() : create();
                keep(pair.getPublic());
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

    /**
     * Every public key this installation knows, by key id: the current one, those kept in {@code public-keys/} (the
     * keys it replaced) and those given in {@code ledger.seal.public-keys} (Base64, or files holding it, comma-separated).
     */
    public Map<String, PublicKey> known() {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        keys.put(keyId(), pair().getPublic());
        Stream<String> given = Stream.of(extraPublicKeys.split(",")).map(String::trim).filter(s -> !s.isEmpty());
        try (Stream<Path> kept = Files.isDirectory(publicKeys()) ? Files.list(publicKeys()) : Stream.empty()) {
            Stream.concat(kept.filter(p -> p.toString().endsWith(".pub")).map(Path::toString).sorted().toList().stream(),
                    given).forEach(text -> {
                        PublicKey key = publicKey(readIfFile(text));
                        keys.putIfAbsent(keyId(key), key);
                    });
        } catch (IOException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "封印公钥目录不可读：" + publicKeys() + "（" + e.getMessage() + "）");
        }
        return keys;
    }

    public String sign(byte[] text) {
        try {
            Signature s = signature(algorithm);
            s.initSign(pair().getPrivate());
            s.update(text);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " signing is available (JDK, BouncyCastle)", e);
        }
    }

    /** Checks a signature by the key's own algorithm (an Ed25519 or an SM2 key), whichever this installation signs with. */
    public static boolean verify(PublicKey key, byte[] text, String signature) {
        try {
            Signature s = signature(key.getAlgorithm().startsWith("Ed") ? ED25519 : SM2);
            s.initVerify(key);
            s.update(text);
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A public key in X.509 SubjectPublicKeyInfo, Base64: Ed25519 or SM2 (the encoding names its algorithm). */
    public static PublicKey publicKey(String base64) {
        try {
            X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim()));
            try {
                return KeyFactory.getInstance(ED25519).generatePublic(spec);
            } catch (GeneralSecurityException notEd25519) {
                return KeyFactory.getInstance("EC", BC).generatePublic(spec);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "封印公钥无效：" + e.getMessage());
        }
    }

    private static Signature signature(String algorithm) throws GeneralSecurityException {
        return SM2.equals(algorithm) ? Signature.getInstance("SM3withSM2", BC) : Signature.getInstance(ED25519);
    }

    private KeyFactory keyFactory() throws GeneralSecurityException {
        return SM2.equals(algorithm) ? KeyFactory.getInstance("EC", BC) : KeyFactory.getInstance(ED25519);
    }

    private KeyPair generate() throws GeneralSecurityException {
        if (SM2.equals(algorithm)) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
            g.initialize(new ECGenParameterSpec("sm2p256v1"));
            return g.generateKeyPair();
        }
        return KeyPairGenerator.getInstance(ED25519).generateKeyPair();
    }

    /** The key file holds two lines: the private key (PKCS#8) and the public key (X.509), each Base64. */
    private KeyPair load() throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
        if (lines.size() < 2) {
            throw new GeneralSecurityException("密钥文件应有两行（私钥、公钥）");
        }
        PrivateKey priv = keyFactory().generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).trim())));
        return new KeyPair(publicKey(lines.get(1).trim()), priv);
    }

    /**
     * Written to a temporary file and moved into place only if no key is there yet: two processes starting at once
     * end up with one key (the loser reads the winner's). The public key is copied beside it ({@code .pub}).
     */
    private KeyPair create() throws IOException, GeneralSecurityException {
        KeyPair created = generate();
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
        Files.writeString(keyFile.resolveSibling(keyFile.getFileName() + ".pub"), publicText + "\n", StandardCharsets.US_ASCII);
        return created;
    }

    /** The current public key joins {@code public-keys/}, where it stays after the key is replaced. */
    private void keep(PublicKey key) throws IOException {
        Path kept = publicKeys().resolve(keyId(key) + ".pub");
        if (!Files.exists(kept)) {
            Files.createDirectories(publicKeys());
            Files.writeString(kept, Base64.getEncoder().encodeToString(key.getEncoded()) + "\n", StandardCharsets.US_ASCII);
        }
    }

    private Path publicKeys() {
        return keyFile.resolveSibling("public-keys");
    }

    private static String readIfFile(String text) {
        Path p = Path.of(text);
        try {
            return text.length() < 4096 && Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.US_ASCII).trim() : text;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return text;
        }
    }
}
