package budgetledger.core.classification;

/**
 * 项目类别 as 附件1 groups them: 业务工作经费, 运行维护经费 (人员类和公用运转类项目), 市级专项资金 — the names a
 * form prints are its evaluation template's ({@code EvaluationTemplate.categories}) — and OWN, a category the
 * department names itself when a project fits none (a township's 村级补助 project): the project then carries the
 * name ({@code RegisterProject.categoryName}) and 附件1 prints such projects on a row of their own.
 * {@code key} is the figure-name segment ({@code project.category.business.budget}).
 */
public enum ProjectCategory {
    BUSINESS("business", "业务工作经费"),
    OPERATIONS("operations", "运行维护经费"),
    SPECIAL("special", "市级专项资金"),
    OWN("own", "自定类别");

    private final String key;
    private final String nameZh;

    ProjectCategory(String key, String nameZh) {
        this.key = key;
        this.nameZh = nameZh;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }
}
