package budgetledger.projections.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the 整体支出绩效自评报告 of a department-year from a {@link ReportInput}: a pure function, so the report
 * as of a given {@code asOf} is the same document every time it is asked for.
 */
public final class ReportBuilder {
    public static final String SUBTITLE = "整体支出绩效自评报告";

    private ReportBuilder() {
    }

    public static Report build(ReportInput in) {
        ReportFigures f = new ReportFigures(in.figures().department() + " " + in.figures().year(), in.figures().figures());
        Texts texts = new Texts(in.current().performance().texts());
        List<Block> body = new Body(in, f, texts).write();
        List<Attachment> attachments = new ArrayList<>();
        attachments.add(BasicDataForm.build(in, f, texts));
        attachments.add(DepartmentForm.build(in, f));
        attachments.addAll(ProjectForms.build(in));
        attachments.forEach(a -> Grid.of(a.table()));
        String name = in.figures().departmentName() == null ? in.figures().department() : in.figures().departmentName();
        return new Report(in.figures().department(), name, in.figures().year(), in.figures().asOf(),
                in.figures().through(), in.figures().year() + " 年度" + name, SUBTITLE, body, attachments, null, null);
    }
}
