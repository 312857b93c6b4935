package budgetledger.app.seal;

import budgetledger.app.audit.ChainVerifier;
import budgetledger.app.audit.StoredRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One stream checked against its seals, row by row in stored order: the hash each row's content gives (recomputed,
 * never read from the row) must be the exported link at its sequence, and at each sealed sequence the seal's head.
 * An edit with every later hash recomputed, an inserted or removed event, and a tail cut short are all caught; with
 * the exported links the first altered event is named, with the seals alone the stretch between two seals.
 */
final class SealCheck {
    private final String ledgerId;
    private final List<Seal> seals;
    private final List<String> links;
    private final String where;
    private final List<SealFinding> findings = new ArrayList<>();
    private long expected;
    private boolean linkBroken;

    /** @param where where the rows were read, as a finding names it: "存储中" (the database) or "导出文件中" */
    SealCheck(String ledgerId, List<Seal> seals, List<String> links, String where) {
        this.ledgerId = ledgerId;
        this.where = where;
        this.seals = seals.stream().sorted(Comparator.comparingLong(Seal::sequence)).toList();
        this.links = links;
    }

    void accept(StoredRow row, ChainVerifier.Digest digest) {
        long seq = row.sequence();
        if (seq != expected && !linkBroken) {
            linkBroken = true;
            findings.add(new SealFinding(ledgerId, seq, row.eventId(), "序号不连续：应为 " + expected + "，实为 " + seq
                    + "（封印之前的事件被删除或插入）"));
        }
        expected = seq + 1;
        String recomputed = digest.recomputed();
        if (!linkBroken && links != null && seq < links.size() && !links.get((int) seq).equals(recomputed)) {
            linkBroken = true;
            findings.add(new SealFinding(ledgerId, seq, row.eventId(), "第 " + seq + " 号事件与封印导出的哈希不符：该事件被改动、"
                    + "插入或删除（其后的哈希即使已全部重算也无法掩盖）"));
        }
        for (Seal s : seals) {
            if (s.sequence() == seq && !s.headHash().equals(recomputed)) {
                findings.add(new SealFinding(ledgerId, seq, row.eventId(), "与封印不符（" + s.reasonZh() + "，"
                        + s.sealedAt() + "）：第 " + previousSealed(s) + " 至第 " + seq + " 号事件之间的历史被改动、插入或删除"));
            }
        }
    }

    List<SealFinding> finish() {
        long stored = expected - 1;
        seals.stream().filter(s -> s.sequence() > stored).findFirst().ifPresent(s -> findings.add(new SealFinding(ledgerId,
                stored + 1, null, "事件缺失：封印（" + s.reasonZh() + "）覆盖到第 " + s.sequence() + " 号事件，"
                + (stored < 0 ? where + "已没有这个账本的任何事件" : where + "只到第 " + stored + " 号"))));
        return findings;
    }

    private long previousSealed(Seal s) {
        return seals.stream().filter(o -> o.sequence() < s.sequence()).mapToLong(o -> o.sequence() + 1).max().orElse(0);
    }
}
