package budgetledger.app.seal;

import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.audit.EventRows;
import budgetledger.app.audit.RegistryChain;
import budgetledger.app.audit.StoredRow;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the store against seals — those kept in the database, or an export kept elsewhere: each seal's signature by
 * its key, the department's registration, and every sealed stream's history up to its seals (SealCheck), beside the
 * hash chain itself. Says how many streams no seal covers: their history is proven only by the chain, which anyone
 * who can write to the database can recompute.
 */
@Service
public class SealAudit {
    private final EventRows rows;
    private final RegistryChain registry;

    public SealAudit(EventRows rows, RegistryChain registry) {
        this.rows = rows;
        this.registry = registry;
    }

    public record Report(int seals, int sealedStreams, int unsealedStreams, List<SealFinding> findings) {
        public boolean ok() {
            return findings.isEmpty();
        }
    }

    /**
     * @param keys  the public keys by key id (a rotated key's seals stay checkable by the old public key)
     * @param links per stream, the hash of every event up to its last seal (from an export), or none
     * @param departmentId with {@code year}: only that department's (or department-year's) streams; null: all
     */
    @Transactional(readOnly = true)
    public Report verify(List<Seal> seals, Map<String, PublicKey> keys, Map<String, List<String>> links,
                         String departmentId, Integer year) {
        List<SealFinding> findings = new ArrayList<>();
        Map<String, List<Seal>> byStream = new TreeMap<>();
        // verify --department D [--year Y] reads only those streams: a seal of any other would find its stream "gone"
        seals = seals.stream().filter(s -> inScope(s.ledgerId(), departmentId, year)).toList();
        for (Seal s : seals) {
            signature(s, keys).ifPresent(findings::add);
            byStream.computeIfAbsent(s.ledgerId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, SealCheck> checks = new LinkedHashMap<>();
        byStream.forEach((id, list) -> checks.put(id, new SealCheck(id, list, links == null ? null : links.get(id))));
        ChainVerifier chain = new ChainVerifier();
        java.util.Set<String> seen = new java.util.HashSet<>();
        rows.forEachLedgerRow(departmentId, year, row -> {
            seen.add(row.ledgerId());
            SealCheck check = checks.get(row.ledgerId());
            if (check != null) {
                ChainVerifier.Digest d = ChainVerifier.digest(row);
                chain.accept(row, d);
                check.accept(row, d);
            }
        });
        chain.report(Map.of()).breaks().forEach(b -> findings.add(new SealFinding(b.ledgerId(), b.sequence(),
                b.eventId(), b.problem())));
        checks.values().forEach(c -> findings.addAll(c.finish()));
        byStream.forEach((id, list) -> registration(id, list).ifPresent(findings::add));
        findings.addAll(registry(seals, links == null ? null : links.get(RegistryChain.REGISTRY)));
        long unsealed = seen.stream().filter(id -> !byStream.containsKey(id)).count();
        return new Report(seals.size(), byStream.size(), (int) unsealed, findings);
    }

    static boolean inScope(String ledgerId, String departmentId, Integer year) {
        int slash = ledgerId.lastIndexOf('/');
        return (departmentId == null || ledgerId.substring(0, slash).equals(departmentId))
                && (year == null || ledgerId.substring(slash + 1).equals(String.valueOf(year)));
    }

    /** SHA-256 over the department's registration events as stored (type and canonical payload, in order). */
    public String registrationHash(String departmentId) {
        StringBuilder all = new StringBuilder();
        rows.forEachDepartmentRow(departmentId, (StoredRow r) -> all.append(r.payloadType()).append('\n')
                .append(LedgerJson.canonicalOfJson(r.payloadJson())).append('\n'));
        return HashChain.digest(HashChain.SHA_256, all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The department registry's chain, and against the registry heads the seals cover (SealCheck, as a stream): a
     * registration changed, removed or inserted before a sealed head is named by its department.
     */
    public List<SealFinding> registry(List<Seal> seals, List<String> links) {
        Map<String, Seal> heads = new LinkedHashMap<>();
        seals.stream().filter(s -> s.registryHash() != null).forEach(s -> heads.putIfAbsent(s.registrySequence() + "/"
                + s.registryHash(), new Seal(RegistryChain.REGISTRY, s.registrySequence(), s.registryHash(), null, null,
                null, s.sealedAt(), s.reason(), s.keyId(), s.signature())));
        SealCheck check = new SealCheck(RegistryChain.REGISTRY, List.copyOf(heads.values()), links);
        ChainVerifier chain = new ChainVerifier();
        Map<String, String> departments = new java.util.HashMap<>();
        registry.forEachLink(row -> {
            departments.put(row.eventId(), RegistryChain.departmentOf(row));
            ChainVerifier.Digest d = ChainVerifier.digest(row);
            chain.accept(row, d);
            check.accept(row, d);
        }, () -> {
        });
        List<SealFinding> found = new ArrayList<>();
        chain.report(Map.of()).breaks().forEach(b -> found.add(new SealFinding(b.ledgerId(), b.sequence(), b.eventId(),
                b.problem())));
        if (!heads.isEmpty()) {
            found.addAll(check.finish());
        }
        return found.stream().map(f -> f.eventId() == null ? f : new SealFinding(f.ledgerId(), f.sequence(), f.eventId(),
                f.problem() + "（预算单位 " + departments.get(f.eventId()) + " 的登记）")).toList();
    }

    private java.util.Optional<SealFinding> registration(String ledgerId, List<Seal> seals) {
        String department = ledgerId.substring(0, ledgerId.lastIndexOf('/'));
        String now = registrationHash(department);
        return seals.stream().filter(s -> s.registrationHash() != null && !s.registrationHash().equals(now)).findFirst()
                .map(s -> new SealFinding(ledgerId, null, null, "预算单位 " + department + " 的登记事件与封印不符（被改动或删除）"));
    }

    private static java.util.Optional<SealFinding> signature(Seal s, Map<String, PublicKey> keys) {
        PublicKey key = keys.get(s.keyId());
        if (key == null) {
            return java.util.Optional.of(new SealFinding(s.ledgerId(), s.sequence(), null, "封印的密钥 " + s.keyId()
                    + " 不在所给公钥中（已知：" + keys.keySet().stream().collect(Collectors.joining("、")) + "）"));
        }
        if (!SealKeys.verify(key, s.signedText(), s.signature())) {
            return java.util.Optional.of(new SealFinding(s.ledgerId(), s.sequence(), null,
                    "封印签名无效：封印本身被改动，或不是此密钥所签"));
        }
        return java.util.Optional.empty();
    }
}
