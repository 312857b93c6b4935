package budgetledger.app.seal;

import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.audit.EventRows;
import budgetledger.app.audit.ExportArchive;
import budgetledger.app.audit.RegistryChain;
import budgetledger.app.audit.RowSource;
import budgetledger.app.audit.StoredRow;
import budgetledger.core.audit.HashChain;
import budgetledger.core.audit.LedgerJson;
import budgetledger.core.performance.SelfEvaluationSubmitted;
import budgetledger.core.yearend.FiscalYearClosed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the store against seals — those kept in the database, or an export kept elsewhere: each seal's signature by
 * its key, the department's registration, and every sealed stream's history up to its seals (SealCheck), beside the
 * hash chain itself. Says how many streams no seal covers: their history is proven only by the chain, which anyone
 * who can write to the database can recompute. A year submitted or closed is sealed at that event (SealProcessor),
 * so one whose submission or close no seal covers is a finding ({@value #MISSING_SEAL}): its seal was deleted.
 * The same check runs on an {@code export-events} file ({@link #verifyExport}), with no database.
 */
@Service
public class SealAudit {
    /** How a finding of a submitted or closed year without a covering seal begins; what Sealer itself mends. */
    public static final String MISSING_SEAL = "已提交/已结账的年度缺少封印";
    private static final Set<String> SEALED_AT = Set.of(SelfEvaluationSubmitted.class.getName(),
            FiscalYearClosed.class.getName());
    private static final String IN_STORE = "存储中";
    private static final String IN_EXPORT = "导出文件中";
    private final EventRows rows;

    public SealAudit(EventRows rows) {
        this.rows = rows;
    }

    /** {@code notes}: what could not be checked and why (a partial export), in Chinese; findings are what failed. */
    public record Report(int seals, int sealedStreams, int unsealedStreams, List<SealFinding> findings,
                         List<String> notes) {
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
        return check(rows, IN_STORE, seals, keys, links, departmentId, year);
    }

    /**
     * An {@code export-events} file against seals, as the store is checked: an event changed, removed or inserted
     * before a sealed head is named even with every hash in the file recomputed. Scoped by {@code departmentId} and
     * {@code year} when the file holds only those streams: a sealed stream the file lacks is otherwise a finding.
     */
    public static Report verifyExport(ExportArchive export, List<Seal> seals, Map<String, PublicKey> keys,
                                      Map<String, List<String>> links, String departmentId, Integer year) {
        return check(export, IN_EXPORT, seals, keys, links, departmentId, year);
    }

    private static Report check(RowSource source, String where, List<Seal> all, Map<String, PublicKey> keys,
                                Map<String, List<String>> links, String departmentId, Integer year) {
        List<SealFinding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<Seal>> byStream = new TreeMap<>();
        // verify --department D [--year Y] reads only those streams: a seal of any other would find its stream "gone"
        List<Seal> seals = all.stream().filter(s -> inScope(s.ledgerId(), departmentId, year)).toList();
        for (Seal s : seals) {
            signature(s, keys).ifPresent(findings::add);
            byStream.computeIfAbsent(s.ledgerId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, SealCheck> checks = new LinkedHashMap<>();
        byStream.forEach((id, list) -> checks.put(id, new SealCheck(id, list, links == null ? null : links.get(id), where)));
        ChainVerifier chain = new ChainVerifier();
        Set<String> seen = new HashSet<>();
        Map<String, StoredRow> lastSubmittedOrClosed = new TreeMap<>();
        source.forEachLedgerRow(departmentId, year, row -> {
            seen.add(row.ledgerId());
            if (SEALED_AT.contains(row.payloadType())) {
                lastSubmittedOrClosed.put(row.ledgerId(), row);
            }
            SealCheck check = checks.get(row.ledgerId());
            if (check != null) {
                ChainVerifier.Digest d = ChainVerifier.digest(row);
                chain.accept(row, d);
                check.accept(row, d);
            }
        });
        chain.report(Map.of()).breaks().forEach(b -> findings.add(new SealFinding(b.ledgerId(), b.sequence(),
                b.eventId(), b.problem())));
        boolean export = source instanceof ExportArchive;
        checks.forEach((id, c) -> findings.addAll(export && !seen.contains(id) ? List.of(absentFromExport(id,
                byStream.get(id))) : c.finish()));
        byStream.forEach((id, list) -> registration(source, where, id, list).ifPresent(findings::add));
        if (export && departmentId != null) {
            // a scoped export holds that department's registrations only: the registry's chain is not in it
            notes.add("导出范围限于 " + departmentId + "：登记链（全部预算单位登记的哈希链）不在其中，封印所覆盖的登记链头未核对；"
                    + "请用完整导出（export-events 不加 --department）核对");
        } else {
            findings.addAll(registry(source, where, seals, links == null ? null : links.get(RegistryChain.REGISTRY)));
        }
        lastSubmittedOrClosed.forEach((id, row) -> missingSeal(id, row, byStream.getOrDefault(id, List.of()))
                .ifPresent(findings::add));
        long unsealed = seen.stream().filter(id -> !byStream.containsKey(id)).count();
        return new Report(seals.size(), byStream.size(), (int) unsealed, findings, notes);
    }

    /** A submission or close after which no seal covers the stream: the seal made at that event has been deleted. */
    private static Optional<SealFinding> missingSeal(String ledgerId, StoredRow row, List<Seal> seals) {
        long covered = seals.stream().mapToLong(Seal::sequence).max().orElse(-1);
        if (covered >= row.sequence()) {
            return Optional.empty();
        }
        String what = row.payloadType().equals(FiscalYearClosed.class.getName()) ? "年终结账" : "提交自评";
        return Optional.of(new SealFinding(ledgerId, row.sequence(), row.eventId(), MISSING_SEAL + "：第 "
                + row.sequence() + " 号事件（" + what + "）时应有的封印不存在"
                + (covered < 0 ? "，这个账本没有任何封印" : "，封印只覆盖到第 " + covered + " 号")
                + "——封印记录被删除，或所核对的封印文件早于该事件，或封印处理器尚未处理到它（刚提交或刚导入、服务器未运行："
                + "稍后重试）；未封印的这段历史被改写将无从发现"));
    }

    private static SealFinding absentFromExport(String ledgerId, List<Seal> seals) {
        long sealed = seals.stream().mapToLong(Seal::sequence).max().orElse(-1);
        return new SealFinding(ledgerId, 0L, null, "导出文件中没有这个账本的任何事件，而封印覆盖到第 " + sealed
                + " 号：导出文件被删减；若它本就只导出了部分单位或年度，请用 --department/--year 限定核对范围");
    }

    static boolean inScope(String ledgerId, String departmentId, Integer year) {
        int slash = ledgerId.lastIndexOf('/');
        return (departmentId == null || ledgerId.substring(0, slash).equals(departmentId))
                && (year == null || ledgerId.substring(slash + 1).equals(String.valueOf(year)));
    }

    /** SHA-256 over the department's registration events as stored (type and canonical payload, in order). */
    public String registrationHash(String departmentId) {
        return registrationHash(rows, departmentId);
    }

    private static String registrationHash(RowSource source, String departmentId) {
        StringBuilder all = new StringBuilder();
        source.forEachDepartmentRow(departmentId, (StoredRow r) -> all.append(r.payloadType()).append('\n')
                .append(LedgerJson.canonicalOfJson(r.payloadJson())).append('\n'));
        return HashChain.digest(HashChain.SHA_256, all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The department registry's chain, and against the registry heads the seals cover (SealCheck, as a stream): a
     * registration changed, removed or inserted before a sealed head is named by its department.
     */
    public List<SealFinding> registry(List<Seal> seals, List<String> links) {
        return registry(rows, IN_STORE, seals, links);
    }

    private static List<SealFinding> registry(RowSource source, String where, List<Seal> seals, List<String> links) {
        Map<String, Seal> heads = new LinkedHashMap<>();
        seals.stream().filter(s -> s.registryHash() != null).forEach(s -> heads.putIfAbsent(s.registrySequence() + "/"
                + s.registryHash(), new Seal(RegistryChain.REGISTRY, s.registrySequence(), s.registryHash(), null, null,
                null, s.sealedAt(), s.reason(), s.keyId(), s.signature())));
        SealCheck check = new SealCheck(RegistryChain.REGISTRY, List.copyOf(heads.values()), links, where);
        ChainVerifier chain = new ChainVerifier();
        Map<String, String> departments = new java.util.HashMap<>();
        RegistryChain.forEachLink(source::forEachRegistration, row -> {
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

    private static Optional<SealFinding> registration(RowSource source, String where, String ledgerId, List<Seal> seals) {
        String department = ledgerId.substring(0, ledgerId.lastIndexOf('/'));
        String now = registrationHash(source, department);
        return seals.stream().filter(s -> s.registrationHash() != null && !s.registrationHash().equals(now)).findFirst()
                .map(s -> new SealFinding(ledgerId, null, null, "预算单位 " + department + " 的登记事件与封印不符（" + where + "被改动或删除）"));
    }

    private static Optional<SealFinding> signature(Seal s, Map<String, PublicKey> keys) {
        PublicKey key = keys.get(s.keyId());
        if (key == null) {
            return Optional.of(new SealFinding(s.ledgerId(), s.sequence(), null, "封印的密钥 " + s.keyId()
                    + " 不在所给公钥中（已知：" + keys.keySet().stream().collect(Collectors.joining("、")) + "）"));
        }
        if (!SealKeys.verify(key, s.signedText(), s.signature())) {
            return Optional.of(new SealFinding(s.ledgerId(), s.sequence(), null,
                    "封印签名无效：封印本身被改动，或不是此密钥所签"));
        }
        return Optional.empty();
    }
}
