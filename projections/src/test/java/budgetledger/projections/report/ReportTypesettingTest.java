package budgetledger.projections.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader of the printed and the Markdown report sees: text as typed, headers on every page, the version. */
class ReportTypesettingTest {

    @Test
    void recordedMarkupReadsLiterallyInMarkdown() {
        String typed = "<script>alert(1)</script> **粗体** [链接](http://x) `code` a|b";
        String md = MarkdownRenderer.text(typed);
        assertThat(md).doesNotContainPattern("(?<!\\\\)<script").contains("\\<script\\>", "\\*\\*粗体\\*\\*", "\\[链接\\]", "\\`code\\`",
                "a\\|b");
        assertThat(MarkdownRenderer.text("# 标题\n- 条目\n1. 第一\n2024年")).isEqualTo("\\# 标题\n\\- 条目\n1\\. 第一\n2024年");
        assertThat(MarkdownRenderer.text("16.13")).as("a number alone starts no list").isEqualTo("16.13");
    }

    @Test
    void aReportsRecordedTextIsEscapedInItsMarkdown() {
        Report report = ReportFixture.report();
        List<Block> body = new java.util.ArrayList<>(report.body());
        body.add(new Block.Recorded("hostile", "单位说明：", "<img src=x onerror=alert(1)>\n# 不是标题", true));
        Report hostile = new Report(report.departmentId(), report.departmentName(), report.year(), report.asOf(),
                report.through(), report.title(), report.subtitle(), body, report.attachments(), null, null);
        String md = MarkdownRenderer.render(hostile);
        assertThat(md).doesNotContainPattern("(?<!\\\\)<img").contains("\\<img src=x onerror=alert(1)\\>", "> \\# 不是标题");
    }

    @Test
    void leadingHeadingRowsBecomeTheRepeatedTableHeaderButNeverSplitARowspan() {
        Cell h = Cell.head("名称");
        Cell v = Cell.text("值");
        assertThat(HtmlRenderer.headRows(List.of(List.of(h, h), List.of(h, h), List.of(v, v)))).isEqualTo(2);
        assertThat(HtmlRenderer.headRows(List.of(List.of(v, v), List.of(h, h)))).isZero();
        Cell tall = new Cell.Text("跨三行", true, 1, 3);
        // the spanning cell reaches the first data row: the header may not end inside it
        assertThat(HtmlRenderer.headRows(List.of(List.of(tall, h), List.of(h), List.of(v)))).isZero();
        String html = HtmlRenderer.render(ReportFixture.report());
        assertThat(html).contains("-fs-table-paginate: paginate", "<thead>", "</thead>\n<tbody>");
    }

    @Test
    void theBasisLineNamesTheFiguresMomentAndTheSubmittedVersion() {
        Report report = ReportFixture.report();
        assertThat(report.basis()).isEqualTo("数据口径：预算执行账本，记录时间截至 2025-04-15 23:59:59（北京时间），业务日期截至 "
                + report.through());
        Report submitted = report.withSubmission(new Report.Submitted(812, Instant.parse("2025-04-16T02:30:00Z"),
                "zhang.pz", "99.66", "优", "ab12cd34ef56ab78cd90ef12ab34cd56", "0f1e2d3c4b5a6978:QmFzZTY0c2lnbmF0"));
        assertThat(submitted.basis()).startsWith("提交版本：第 812 号事件，2025-04-16 10:30:00（北京时间）由 zhang.pz 提交，得分 99.66，"
                + "等级 优，数据指纹 ab12cd34ef56ab78，封印 0f1e2d3c4b5a6978:QmFzZTY0c2lnbmF0。数据口径：预算执行账本，记录时间截至 2025-04-15 23:59:59");
        assertThat(HtmlRenderer.render(submitted)).contains("提交版本：第 812 号事件");
        assertThat(MarkdownRenderer.render(submitted)).contains("提交版本：第 812 号事件");
    }
}
