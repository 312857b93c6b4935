package budgetledger.projections.report;

import budgetledger.core.money.Money;
import budgetledger.projections.figures.FigureName;
import budgetledger.projections.figures.FigureNames;
import budgetledger.projections.figures.FiguresDocument;
import budgetledger.projections.figures.PriorYearBasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 上年比较数 — where the report's 上年 column comes from, said in 十、其他需要说明的情况 whenever it is not simply the
 * ledger's own prior year: comparatives declared from documents (a department's first year in the ledger), and
 * declared values the ledger's prior year, recorded since, does not confirm (the ledger's values are the ones printed).
 * A reviewer reading a paper copy can then tell a derived 上年 figure from a stated one.
 */
final class PriorYearNote {
    private PriorYearNote() {
    }

    static List<String> lines(FiguresDocument figures) {
        PriorYearBasis basis = figures.priorYear();
        if (basis == null) {
            return List.of();
        }
        int prior = figures.year() - 1;
        List<String> out = new ArrayList<>();
        if (PriorYearBasis.DECLARED.equals(basis.source()) && !basis.declared().isEmpty()) {
            List<String> stated = new ArrayList<>();
            basis.declared().forEach((key, yuan) -> stated.add(label(key) + " " + Format.wan(Money.parse(yuan)) + " 万元"
                    + source(basis.documents(), key)));
            out.add("上年比较数：" + prior + " 年度未在账本中记录，报告中的上年数取自申报的上年数据（"
                    + String.join("；", stated) + "），未申报的上年数为“上年无数据”。");
        }
        // in yuan, to the fen: a difference is what an auditor checks, and 万元 would round a small one away
        basis.differences().forEach((key, d) -> out.add("上年比较数差异：" + label(key) + "申报数 " + d.declared() + " 元"
                + source(basis.documents(), key) + "，账本中 " + prior + " 年度为 " + d.ledger() + " 元，报告以账本为准。"));
        return out;
    }

    private static String label(String key) {
        return FigureNames.department(key).map(FigureName::chineseName).orElse(key);
    }

    private static String source(Map<String, String> documents, String key) {
        String document = documents.get(key);
        return document == null || document.isBlank() ? "" : "，依据" + document;
    }
}
