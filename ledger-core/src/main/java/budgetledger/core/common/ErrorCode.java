package budgetledger.core.common;

/**
 * Every reason the ledger refuses a command. The name is the stable machine code the API returns;
 * the Chinese text is what a finance officer reads. {@code status} is the HTTP status the API maps it to.
 */
public enum ErrorCode {
    INVALID_AMOUNT(400, "金额无效：须为正数，且最多两位小数（元.角分）"),
    INVALID_REQUEST(400, "请求内容不完整或格式错误"),
    UNKNOWN_FUNCTIONAL_CODE(422, "功能分类科目在本年度科目表中不存在"),
    UNKNOWN_ECONOMIC_CODE(422, "经济分类科目在本年度科目表中不存在"),
    CODE_ALREADY_IN_CATALOGUE(409, "该科目已在本年度科目表中"),
    ECONOMIC_CODE_NOT_FOR_LINE(422, "经济分类科目与预算指标的支出类型不符（人员经费只列 301、303 类，公用经费不列 301、303 类）"),
    DEPARTMENT_EXISTS(409, "预算单位已登记"),
    UNKNOWN_DEPARTMENT(404, "预算单位不存在"),
    YEAR_ALREADY_OPEN(409, "该预算年度已开账"),
    YEAR_NOT_OPEN(404, "该预算年度尚未开账"),
    YEAR_CLOSED(409, "该预算年度已结账，不能再记账"),
    DUPLICATE_LINE(409, "预算指标编号已存在"),
    UNKNOWN_LINE(422, "预算指标不存在"),
    BUDGET_EXCEEDED(422, "超出预算指标可用额度（无预算不支出）"),
    REDUCTION_EXCEEDS_AVAILABLE(422, "追减或调出金额超过指标可用额度"),
    THREE_PUBLIC_LIMIT_EXCEEDED(422, "超出三公经费预算控制数"),
    RECEPTION_COUNTS_REQUIRED(422, "公务接待费支出须填写接待批次和接待人数"),
    DUPLICATE_EXPENDITURE(409, "支出编号已存在"),
    UNKNOWN_EXPENDITURE(422, "被冲销的支出不存在"),
    ALREADY_REVERSED(409, "该支出已冲销，不能重复冲销"),
    DUPLICATE_PROJECT(409, "项目编号已存在"),
    DUPLICATE_RECEIPT(409, "收入编号已存在"),
    UNKNOWN_PROJECT(422, "项目不存在"),
    DUPLICATE_INDICATOR(409, "绩效指标编号已存在"),
    UNKNOWN_INDICATOR(422, "绩效指标不存在"),
    UNKNOWN_GOAL(422, "绩效目标不存在（未设定或已撤回）"),
    REGISTRATION_IN_USE(409, "该登记已被引用，不能撤回"),
    INVALID_INDICATOR(422, "绩效指标定义无效"),
    UNKNOWN_TEMPLATE(422, "评价模板不存在，或不适用于该评价（部门整体／项目）"),
    PART_NOT_IN_TEMPLATE(422, "一级指标不属于该评价所用评价模板的组成部分"),
    INVALID_WEIGHTS(422, "评价权重无效：各部分权重合计须为 100，调整模板权重须说明理由"),
    UNIT_MISMATCH(422, "实际完成值与指标值的计量单位不一致"),
    SCORE_OUT_OF_BAND(422, "定性指标得分不在其达成程度对应的分数区间内"),
    INVALID_DATE(422, "业务日期不在该预算年度内"),
    REVERSAL_BEFORE_EXPENDITURE(422, "冲销日期早于原支出日期"),
    CLOSING_BEFORE_YEAR_END(422, "结账日期不能早于该年度 12 月 31 日"),
    RECORDED_TIME_BACKWARDS(422, "迁移记录时间早于该账本已有记录，记录时间不能倒退"),
    IDEMPOTENCY_CONFLICT(409, "幂等键已被另一内容不同的请求使用"),
    PROPOSAL_REQUIRED(422, "预算调整和调剂须先提议，再由另一位审核人审批（直接记录仅限管理员迁移已在别处审批的历史）"),
    DUPLICATE_PROPOSAL(409, "预算调整提议编号已存在"),
    UNKNOWN_PROPOSAL(422, "预算调整提议不存在"),
    PROPOSAL_DECIDED(409, "该提议已审批或已驳回，不能再次处理"),
    SELF_APPROVAL(403, "提议人不能审批自己的提议，须由另一位审核人审批"),
    PRIOR_YEAR_IN_LEDGER(409, "上年度已在账本中，期初结转结余由上年结账带入，不能另行申报"),
    NOT_FOUND(404, "所请求的对象不存在"),
    CONCURRENT_MODIFICATION(409, "账本正被同时修改，请重试");

    private final int status;
    private final String messageZh;

    ErrorCode(int status, String messageZh) {
        this.status = status;
        this.messageZh = messageZh;
    }

    public int status() {
        return status;
    }

    public String messageZh() {
        return messageZh;
    }
}
