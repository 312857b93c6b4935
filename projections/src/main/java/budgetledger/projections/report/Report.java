package budgetledger.projections.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 整体支出绩效自评报告 of a department-year (or, with {@code projectCode}, one project's 项目支出绩效自评报告)
 * as of {@code asOf} (recorded time) and {@code through} (business date): title, body in reading order, and the
 * attachment forms. A value object: renderers only print it.
 */
public record Report(String departmentId, String departmentName, int year, Instant asOf, LocalDate through,
                     String title, String subtitle, List<Block> body, List<Attachment> attachments,
                     Submitted submitted, String projectCode) {
    public Report {
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
    }

    /**
     * The submission this report reproduces: its event, who submitted it and when, the score and grade as submitted
     * and the hash of the figures they were computed from. Printed on the report so a paper copy names its version.
     */
    public record Submitted(long sequence, Instant recordedAt, String recordedBy, String scoreTotal, String grade,
                            String figuresHash, String seal) {
    }

    /** This report as the submitted version {@code s} (its {@link #asOf()} should be the submission's figuresAsOf). */
    public Report withSubmission(Submitted s) {
        return new Report(departmentId, departmentName, year, asOf, through, title, subtitle, body, attachments, s,
                projectCode);
    }

    /**
     * The data-basis line under the title: the moment the figures are for (never the moment of rendering) and, for a
     * submitted version, which submission it is and the short form of its seal, so a paper copy anchors the history.
     */
    public String basis() {
        String figures = "数据口径：预算执行账本，记录时间截至 " + Format.instant(asOf) + "（北京时间），业务日期截至 " + through;
        if (submitted == null) {
            return figures;
        }
        String hash = submitted.figuresHash() == null ? "" : "，数据指纹 " + submitted.figuresHash()
                .substring(0, Math.min(16, submitted.figuresHash().length()));
        return "提交版本：第 " + submitted.sequence() + " 号事件，" + Format.instant(submitted.recordedAt()) + "（北京时间）由 "
                + submitted.recordedBy() + " 提交，得分 " + submitted.scoreTotal() + "，等级 " + submitted.grade() + hash
                + (submitted.seal() == null ? "" : "，封印 " + submitted.seal()) + "。" + figures;
    }

    /**
     * A file name without extension, e.g. {@code yiyang-zzb-2024-整体支出绩效自评报告}; a project's report (projectCode
     * not null) names its project: {@code yiyang-zzb-2024-P1-项目支出绩效自评报告}.
     */
    public String fileBaseName() {
        return departmentId + "-" + year + "-" + (projectCode == null ? "" : projectCode + "-") + subtitle;
    }
}
