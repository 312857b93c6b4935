package budgetledger.app.seal;

import budgetledger.app.audit.EventRows;
import budgetledger.app.audit.RegistryChain;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.common.ErrorCode;
import budgetledger.core.common.LedgerException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seals export ({@code seals --out FILE}, {@code GET /api/v1/audit/seals}): every seal, the public key(s) that
 * check them, and for each sealed stream the hash of every event up to its last seal — so that a later check can
 * name the first altered event, not only the stretch between two seals. Kept outside the database (and ideally
 * printed or filed with the submission), it proves the history even after the seals table is emptied.
 */
@Component
public class SealsFile {
    public static final String FORMAT = "budget-ledger-seals/1";
    private final SealStore store;
    private final SealKeys keys;
    private final EventRows rows;
    private final RegistryChain registry;

    public SealsFile(SealStore store, SealKeys keys, EventRows rows, RegistryChain registry) {
        this.store = store;
        this.keys = keys;
        this.rows = rows;
        this.registry = registry;
    }

    /** What a seals file holds, read back. */
    public record Contents(List<Seal> seals, Map<String, PublicKey> keys, Map<String, List<String>> links) {
    }

    @Transactional(readOnly = true)
    public ObjectNode export() {
        List<Seal> seals = store.all();
        Map<String, Long> upTo = new HashMap<>();
        seals.forEach(s -> upTo.merge(s.ledgerId(), s.sequence(), Math::max));
        Map<String, List<String>> links = new LinkedHashMap<>();
        rows.forEachLedgerRow(null, null, row -> {
            Long last = upTo.get(row.ledgerId());
            if (last != null && row.sequence() <= last) {
                links.computeIfAbsent(row.ledgerId(), k -> new ArrayList<>()).add(Sealer.hashOf(row));
            }
        });
        long registryUpTo = seals.stream().filter(s -> s.registryHash() != null).mapToLong(Seal::registrySequence)
                .max().orElse(-1);
        registry.forEachLink(row -> {
            if (row.sequence() <= registryUpTo) {
                links.computeIfAbsent(RegistryChain.REGISTRY, k -> new ArrayList<>()).add(Sealer.hashOf(row));
            }
        }, () -> {
        });
        ObjectNode out = LedgerJson.mapper().createObjectNode();
        out.put("format", FORMAT);
        out.put("exportedAt", Instant.now().toString());
        out.put("algorithm", keys.algorithm());
        ObjectNode publicKeys = out.putObject("publicKeys");
        keys.known().forEach((id, key) -> publicKeys.put(id, java.util.Base64.getEncoder().encodeToString(key.getEncoded())));
        out.set("seals", LedgerJson.mapper().valueToTree(seals));
        out.set("links", LedgerJson.mapper().valueToTree(links));
        return out;
    }

    public static Contents read(Path file) {
        try {
            return read(LedgerJson.mapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "封印文件无法读取：" + file + "（" + e.getMessage() + "）");
        }
    }

    public static Contents read(JsonNode json) {
        if (!FORMAT.equals(json.path("format").asText())) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "不是封印导出文件（format 应为 " + FORMAT + "）");
        }
        try {
            List<Seal> seals = new ArrayList<>();
            for (JsonNode s : json.path("seals")) {
                seals.add(LedgerJson.mapper().treeToValue(s, Seal.class));
            }
            Map<String, PublicKey> keys = new LinkedHashMap<>();
            json.path("publicKeys").fields().forEachRemaining(e -> keys.put(e.getKey(),
                    SealKeys.publicKey(e.getValue().asText())));
            Map<String, List<String>> links = new LinkedHashMap<>();
            json.path("links").fields().forEachRemaining(e -> {
                List<String> hashes = new ArrayList<>();
                e.getValue().forEach(h -> hashes.add(h.asText()));
                links.put(e.getKey(), hashes);
            });
            return new Contents(seals, keys, links);
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(ErrorCode.INVALID_REQUEST, "封印文件格式错误：" + e.getMessage());
        }
    }

    /** The seals in the database, checked by this installation's keys: the current one and those it replaced. */
    public Contents stored() {
        return new Contents(store.all(), keys.known(), null);
    }
}
