package budgetledger.projections.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 整体支出绩效自评报告 of a department-year as of {@code asOf} (recorded time) and {@code through} (business
 * date): title, body in reading order, and the attachment forms. A value object: renderers only print it.
 */
public record Report(String departmentId, String departmentName, int year, Instant asOf, LocalDate through,
                     String title, String subtitle, List<Block> body, List<Attachment> attachments) {
    public Report {
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
    }

    /** A file name without extension, e.g. {@code yiyang-zzb-2024-整体支出绩效自评报告}. */
    public String fileBaseName() {
        return departmentId + "-" + year + "-" + subtitle;
    }
}
