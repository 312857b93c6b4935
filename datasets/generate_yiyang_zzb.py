#!/usr/bin/env python3
"""Generates datasets/yiyang-zzb.jsonl: the seed dataset of 中共益阳市委组织部, fiscal years 2023 and 2024.

Source: the department's 2024 整体支出绩效自评报告, a public document. Every total the
report prints is reproduced exactly (datasets/golden/yiyang-zzb-2024.json, checked by the projections module's
SeedDatasetGoldenTest); how a total is split into vouchers is NOT in the report and is invented here, plainly
and in round amounts, only as far as the totals require. The split tables below say which is which.

Run:  python3 datasets/generate_yiyang_zzb.py   (Python 3 stdlib only, deterministic; rewrites the .jsonl)

Shape of a line: the command's fields + "command": "<SimpleName>" + "audit": {recordedBy, recordedAt, reason,
document}; parsed by budgetledger.core.ledger.CommandLine. Money is in yuan strings with two decimals.

Before writing, the script replays the commands through a small model of the ledger's rules (无预算不支出,
三公 limits, recorded time never going backwards, reductions/transfers within the available balance) and
asserts the totals the report prints, so an arithmetic slip fails here, not in Java.
"""
import json
import os
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

DEPT = "yiyang-zzb"
DEPT_NAME = "中共益阳市委组织部"
CST = timezone(timedelta(hours=8))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "yiyang-zzb.jsonl")

FINANCE = "朱琳"        # 填表人 of 附件1/2/3-1: the department's finance officer
DISCIPLINE = "李花"     # 填表人 of 附件3-2 (派驻纪检监察组)
TRAINING = "徐骏武"     # 填表人 of 附件3-3 (党员集中教育培训)

THREE_PUBLIC = {"30212", "31013", "30913", "30231", "30217"}


def fen(yuan_text):
    """'103300' or '103300.00' yuan -> int fen (exact)."""
    text = str(yuan_text)
    whole, _, frac = text.partition(".")
    frac = (frac + "00")[:2]
    assert len(text.partition(".")[2]) <= 2, text
    return int(whole) * 100 + int(frac)


def yuan(f):
    sign = "-" if f < 0 else ""
    f = abs(f)
    return f"{sign}{f // 100}.{f % 100:02d}"


def spread(total_fen, parts, step_fen=100 * 100):
    """Equal monthly parts rounded down to step_fen (default 100 yuan); the last part takes the remainder."""
    base = (total_fen // parts) // step_fen * step_fen
    out = [base] * (parts - 1)
    out.append(total_fen - base * (parts - 1))
    return out


# --------------------------------------------------------------------------------------------------------------
# Facts of one department-year, each with its recorded time; sorted by recorded time before writing.
# --------------------------------------------------------------------------------------------------------------

PHASE_START = {"budget": (9, 0), "spend": (10, 0), "income": (16, 30), "close": (17, 30)}


class Fact:
    def __init__(self, name, fields, audit, at, order):
        self.name, self.fields, self.audit, self.at, self.order = name, fields, audit, at, order
        self.reverses = None  # for ReverseExpenditure: the Fact of the expenditure it reverses


class Year:
    def __init__(self, year):
        self.year = year
        self.facts = []
        self._slots = defaultdict(int)
        self._order = 0

    def _time(self, bdate, phase):
        h, m = PHASE_START[phase]
        k = self._slots[(bdate, phase)]
        self._slots[(bdate, phase)] += 1
        start = datetime(bdate.year, bdate.month, bdate.day, h, m, tzinfo=CST)
        return start + timedelta(minutes=3 * k)

    def add(self, name, fields, bdate=None, phase="budget", at=None, by=FINANCE, reason=None, document=None):
        if at is None:
            at = self._time(bdate, phase)
        audit = {"recordedBy": by, "recordedAt": at.isoformat()}
        if reason:
            audit["reason"] = reason
        if document:
            audit["document"] = document
        body = {"departmentId": DEPT, "year": self.year} if name != "OpenFiscalYear" else {}
        body.update(fields)
        self._order += 1
        fact = Fact(name, body, audit, at, self._order)
        self.facts.append(fact)
        return fact

    # ---- convenience builders ----

    def line(self, line_id, kind, functional, amount, bdate, initial, economic=None, project=None, fund="GENERAL_PUBLIC",
             vintage="CURRENT_YEAR", reason=None, document=None):
        return self.add("RecordAppropriation", {
            "lineId": line_id, "kind": kind, "fundNature": fund, "vintage": vintage, "functionalCode": functional,
            "economicCode": economic, "projectCode": project, "amount": yuan(fen(amount)), "initial": initial,
            "businessDate": bdate.isoformat()}, bdate, reason=reason, document=document)

    def adjust(self, line_id, direction, amount, bdate, reason, document):
        return self.add("AdjustBudget", {"lineId": line_id, "direction": direction, "amount": yuan(fen(amount)),
                                         "businessDate": bdate.isoformat()}, bdate, reason=reason, document=document)

    def transfer(self, from_id, to_id, amount, bdate, reason, document):
        return self.add("TransferBudget", {"fromLineId": from_id, "toLineId": to_id, "amount": yuan(fen(amount)),
                                           "businessDate": bdate.isoformat()}, bdate, reason=reason, document=document)

    def spend(self, line_id, amount_fen, bdate, economic, payee, summary, batches=None, persons=None,
              procurement=False, at=None, reason=None):
        fields = {"expenditureId": None, "lineId": line_id, "amount": yuan(amount_fen), "businessDate": bdate.isoformat(),
                  "economicCode": economic, "payee": payee, "voucherNo": None, "summary": summary}
        if batches is not None:
            fields["receptionBatches"] = batches
            fields["receptionPersons"] = persons
        fields["procurement"] = procurement
        return self.add("RecordExpenditure", fields, bdate, phase="spend", at=at, reason=reason)

    def reverse(self, original, bdate, reason, at=None, document=None):
        f = self.add("ReverseExpenditure", {"expenditureId": None, "reason": reason, "businessDate": bdate.isoformat()},
                     bdate, phase="spend", at=at, reason=reason, document=document)
        f.reverses = original
        return f

    def receive(self, receipt_id, amount_fen, bdate, fund="GENERAL_PUBLIC", source="CURRENT_YEAR", reason=None,
                document=None):
        return self.add("ReceiveFunds", {"receiptId": receipt_id, "fundNature": fund, "source": source,
                                         "amount": yuan(amount_fen), "businessDate": bdate.isoformat()},
                        bdate, phase="income", reason=reason, document=document)

    # ---- ids, vouchers, monthly income ----

    def finish(self, monthly_income=True):
        """Sorts by recorded time, numbers expenditures and vouchers, then adds 财政拨款收入 month by month."""
        if monthly_income:
            self._add_monthly_income()
        self.facts.sort(key=lambda f: (f.at, f.order))
        seq = 0
        per_month = defaultdict(int)
        for f in self.facts:
            if f.name == "RecordExpenditure":
                seq += 1
                f.fields["expenditureId"] = f"{self.year}-ZC-{seq:04d}"
                bd = date.fromisoformat(f.fields["businessDate"])
                if f.fields["voucherNo"] is None:
                    per_month[bd.month] += 1
                    f.fields["voucherNo"] = f"记-{self.year}-{bd.month:02d}-{per_month[bd.month]:03d}"
                f.audit.setdefault("document", f.fields["voucherNo"])
        for f in self.facts:
            if f.name == "ReverseExpenditure":
                f.fields["expenditureId"] = f.reverses.fields["expenditureId"]
                f.audit.setdefault("document", f.reverses.fields["voucherNo"] + " 红字冲销")

    def _add_monthly_income(self):
        """国库集中支付: 一般公共预算财政拨款收入 equals what the treasury paid for this year's appropriations, month by
        month (net of reversals). Spending on the 上年结转 line is covered by 收回以前年度资金, 其他资金 by its own income."""
        net = defaultdict(int)
        for f in self.facts:
            if f.name not in ("RecordExpenditure", "ReverseExpenditure"):
                continue
            exp = f if f.name == "RecordExpenditure" else f.reverses
            line = self.line_of(exp.fields["lineId"])
            if line["fundNature"] != "GENERAL_PUBLIC" or line["vintage"] != "CURRENT_YEAR":
                continue
            sign = 1 if f.name == "RecordExpenditure" else -1
            bd = date.fromisoformat(f.fields["businessDate"])
            net[bd.month] += sign * fen(exp.fields["amount"])
        for month in sorted(net):
            last = (date(self.year, month + 1, 1) - timedelta(days=1)) if month < 12 else date(self.year, 12, 31)
            self.receive(f"{self.year}-SR-{month:02d}", net[month], last,
                         reason=f"{self.year}年{month}月一般公共预算财政拨款收入（国库集中支付）",
                         document=f"益阳市财政局国库集中支付到账通知 {self.year}-{month:02d}")

    def line_of(self, line_id):
        for f in self.facts:
            if f.name == "RecordAppropriation" and f.fields["lineId"] == line_id:
                return f.fields
        raise KeyError(line_id)


def d(y, m, day):
    return date(y, m, day)


# --------------------------------------------------------------------------------------------------------------
# Shared vocabulary
# --------------------------------------------------------------------------------------------------------------

PAYROLL = "本部在职职工（工资统发）"
PENSION_FUND = "益阳市社会保险服务中心"
HOUSING_FUND = "益阳市住房公积金管理中心"
MEDICAL = "益阳市医疗保障事务中心"
RETIREES = "本部退休人员"
POWER = "国网湖南省电力有限公司益阳供电分公司"
WATER = "益阳市自来水公司"
TELECOM = "中国电信股份有限公司益阳分公司"
FUEL = "中国石化销售股份有限公司湖南益阳石油分公司"
PARTY_SCHOOL = "中共益阳市委党校"
PROVINCE_SCHOOL = "中共湖南省委党校（湖南行政学院）"
EXAM_CENTRE = "湖南省人事考试院"
STAFF_CARD = "经办人（公务卡报销）"
RECEPTION_HOTEL = "公务接待定点饭店"
PROPERTY = "市委大院物业服务单位"
UNION = "中共益阳市委组织部机关工会"
VENDOR_ARCHIVES = "干部人事档案数字化加工服务商（政府采购中标单位）"
VENDOR_IT = "办公设备政府采购供应商"
VENDOR_PLATFORM = "“益村平台”运维服务单位"


# --------------------------------------------------------------------------------------------------------------
# 2023 — the prior year. Only its final amounts are in the seed (prior.* in the golden file):
#   一般公共预算支出 2186.84万 = 基本 1348.02 (人员 1098.32 + 公用 249.70) + 项目 838.82
#   项目 = 业务工作经费 709.50 + 市级专项 129.32 (非公党建 87.62 + 党员集中教育培训 41.70)
#   三公: 公车运行维护 13.14, 公务接待 2.99; 公用 其中 办公费 0.27, 水电差旅 14.91, 会议培训 10.37
# 2023's budget lines (amounts above the spending) are not in the seed: they are plausible, and lapse at close.
# --------------------------------------------------------------------------------------------------------------

def build_2023():
    y = Year(2023)
    Y = 2023
    y.add("OpenFiscalYear", {"departmentId": DEPT, "departmentName": DEPT_NAME, "year": Y, "carriedLines": [],
                             "hashAlgorithm": "SHA-256"}, at=datetime(Y, 1, 3, 9, 0, tzinfo=CST),
          reason="2023 年度开账（上年无结转）")
    doc_initial = "益财预〔2023〕1号"
    y.add("SetThreePublicLimits", {"abroad": "0.00", "vehiclePurchase": "0.00", "vehicleOperation": "140000.00",
                                   "reception": "80000.00", "businessDate": "2023-01-05"}, d(Y, 1, 5),
          reason="2023 年“三公”经费预算控制数", document=doc_initial)

    # projects (per year)
    projects = [("YW-01", "业务工作开展专项经费", "BUSINESS"), ("JJ-01", "派驻纪检监察组工作经费", "BUSINESS"),
                ("FG-01", "非公有制经济组织和社会组织党建工作经费", "SPECIAL"), ("PX-01", "党员集中教育培训经费", "SPECIAL")]
    for code, name, cat in projects:
        y.add("RegisterProject", {"projectCode": code, "name": name, "category": cat,
                                  "implementingUnit": "中国共产党益阳市委员会组织部"}, d(Y, 1, 5),
              reason="2023 年部门预算项目", document=doc_initial)

    # ---- lines (年初预算 on 5 January; adjustments later) ----
    b = d(Y, 1, 5)
    L = y.line
    L("23-P-WAGE", "BASIC_PERSONNEL", "2013201", "6300000", b, True, reason="在职人员工资福利", document=doc_initial)
    L("23-P-PENSION", "BASIC_PERSONNEL", "2080505", "1045000", b, True, reason="机关事业单位基本养老保险缴费", document=doc_initial)
    L("23-P-ANNUITY", "BASIC_PERSONNEL", "2080506", "522000", b, True, reason="职业年金缴费", document=doc_initial)
    L("23-P-MEDICAL", "BASIC_PERSONNEL", "2101101", "556000", b, True, reason="行政单位医疗", document=doc_initial)
    L("23-P-HOUSING", "BASIC_PERSONNEL", "2210201", "1170000", b, True, reason="住房公积金", document=doc_initial)
    L("23-P-RETIRED", "BASIC_PERSONNEL", "2080501", "480200", b, True, reason="退休人员经费", document=doc_initial)
    L("23-U-OFFICE", "BASIC_PUBLIC", "2013201", "5000", b, True, economic="30201", reason="办公费", document=doc_initial)
    L("23-U-WATER", "BASIC_PUBLIC", "2013201", "9000", b, True, economic="30205", reason="水费", document=doc_initial)
    L("23-U-POWER", "BASIC_PUBLIC", "2013201", "62000", b, True, economic="30206", reason="电费", document=doc_initial)
    L("23-U-TRAVEL", "BASIC_PUBLIC", "2013201", "90000", b, True, economic="30211", reason="差旅费", document=doc_initial)
    L("23-U-MEETING", "BASIC_PUBLIC", "2013201", "20000", b, True, economic="30215", reason="会议费", document=doc_initial)
    L("23-U-TRAINING", "BASIC_PUBLIC", "2013201", "90000", b, True, economic="30216", reason="培训费", document=doc_initial)
    L("23-U-OTHER", "BASIC_PUBLIC", "2013201", "2250000", b, True, economic="302", reason="其他商品和服务支出",
      document=doc_initial)
    L("23-U-EQUIP", "BASIC_PUBLIC", "2013201", "50000", b, True, economic="310", reason="办公设备购置", document=doc_initial)
    L("23-YW-ADMIN", "PROJECT", "2013202", "3000000", b, True, project="YW-01", reason="业务工作开展专项经费", document=doc_initial)
    L("23-JJ", "PROJECT", "2013202", "100000", b, True, project="JJ-01", reason="派驻纪检监察组工作经费", document=doc_initial)
    L("23-FG", "PROJECT", "2013299", "880000", b, True, project="FG-01", reason="非公有制经济组织和社会组织党建工作经费",
      document=doc_initial)
    L("23-PX", "PROJECT", "2013202", "417000", b, True, project="PX-01", reason="党员集中教育培训经费", document=doc_initial)
    L("23-YW-EXAM", "PROJECT", "2013204", "2050000", d(Y, 3, 10), False, project="YW-01",
      reason="公务员考录经费（含 2022 年因疫情延迟的集中面试费用）", document="益财预指〔2023〕36号")
    L("23-YW-OTHER", "PROJECT", "2013299", "1650000", d(Y, 5, 16), False, project="YW-01",
      reason="驻村帮扶、人才发展等专项工作经费", document="益财预指〔2023〕71号")
    y.adjust("23-P-WAGE", "SUPPLEMENT", "910000", d(Y, 12, 8), "年终一次性奖金及年度绩效考核奖追加", "益财预指〔2023〕188号")
    y.adjust("23-YW-ADMIN", "SUPPLEMENT", "500000", d(Y, 9, 20),
             "省委主题教育督导组联络服务及大兴调查研究等工作经费追加", "益财预指〔2023〕132号")

    # ---- personnel (人员经费 1098.32万) ----
    wage = {"30101": fen(1640000), "30102": fen(2880000), "30199": fen(280000)}
    for code, total in wage.items():
        for m, amt in enumerate(spread(total, 12), 1):
            name = {"30101": "基本工资", "30102": "津贴补贴", "30199": "其他工资福利支出"}[code]
            y.spend("23-P-WAGE", amt, d(Y, m, 15), code, PAYROLL, f"{m}月{name}")
    for m in range(1, 13):
        y.spend("23-P-WAGE", fen(90000), d(Y, m, 15), "30107", PAYROLL, f"{m}月绩效工资")
    y.spend("23-P-WAGE", fen(820000), d(Y, 12, 20), "30107", PAYROLL, "年度绩效考核奖")
    y.spend("23-P-WAGE", fen(510000), d(Y, 12, 20), "30103", PAYROLL, "年终一次性奖金")
    for line, code, total, payee, name in [
            ("23-P-PENSION", "30108", 1045000, PENSION_FUND, "机关事业单位基本养老保险缴费"),
            ("23-P-ANNUITY", "30109", 522000, PENSION_FUND, "职业年金缴费"),
            ("23-P-MEDICAL", "30110", 476000, MEDICAL, "职工基本医疗保险缴费"),
            ("23-P-HOUSING", "30113", 1170000, HOUSING_FUND, "住房公积金"),
            ("23-P-RETIRED", "30302", 432000, RETIREES, "退休费")]:
        for m, amt in enumerate(spread(fen(total), 12), 1):
            y.spend(line, amt, d(Y, m, 16), code, payee, f"{m}月{name}")
    for m in (3, 6, 9, 12):
        y.spend("23-P-MEDICAL", fen(20000), d(Y, m, 20), "30111", MEDICAL, f"第{m // 3}季度公务员医疗补助缴费")
    y.spend("23-P-RETIRED", fen(48200), d(Y, 12, 22), "30399", RETIREES, "退休人员生活补贴")

    # ---- 公用经费 (249.70万) ----
    y.spend("23-U-OFFICE", fen(1500), d(Y, 4, 12), "30201", STAFF_CARD, "办公用品")
    y.spend("23-U-OFFICE", fen(1200), d(Y, 10, 17), "30201", STAFF_CARD, "办公用品")
    for m, amt in enumerate([1300, 1400, 1300, 1400, 1300, 1400], 1):
        y.spend("23-U-WATER", fen(amt), d(Y, 2 * m, 10), "30205", WATER, f"{2 * m - 1}-{2 * m}月水费")
    for m, amt in enumerate([5800, 5500, 4300, 3900, 4500, 5700, 6500, 6300, 4800, 3900, 3400, 3400], 1):
        y.spend("23-U-POWER", fen(amt), d(Y, m, 10), "30206", POWER, f"{m}月电费")
    for m, amt in enumerate([4600, 6900, 8100, 7600, 8200, 7300, 6100, 6800, 7800, 7700, 6500, 5400], 1):
        if m == 9:  # typed as 8700.00: reversed and re-recorded below
            continue
        y.spend("23-U-TRAVEL", fen(amt), d(Y, m, 25), "30211", STAFF_CARD, f"{m}月差旅费报销")
    y.spend("23-U-MEETING", fen(5200), d(Y, 2, 21), "30215", "会议承办宾馆", "全市组织部长会议")
    y.spend("23-U-MEETING", fen(4800), d(Y, 7, 12), "30215", "会议承办宾馆", "年中工作推进会")
    y.spend("23-U-MEETING", fen(5700), d(Y, 12, 14), "30215", "会议承办宾馆", "年终工作会议")
    y.spend("23-U-TRAINING", fen(82500), d(Y, 6, 28), "30216", PARTY_SCHOOL, "乡村振兴驻村帮扶工作培训")
    y.spend("23-U-TRAINING", fen(5500), d(Y, 11, 9), "30216", PARTY_SCHOOL, "机关干部业务培训")
    # 三公 2023: 公务用车运行维护费 13.14万 (含北斗终端安装及三年服务费、驾驶员劳保及安全行车奖励), 公务接待费 2.99万
    for m in range(1, 13):
        y.spend("23-U-OTHER", fen(10000), d(Y, m, 26), "30231", FUEL, f"{m}月公务用车燃油、维修、过路费")
    y.spend("23-U-OTHER", fen(7800), d(Y, 3, 22), "30231", "车载北斗终端服务商", "公务车车载北斗终端安装及三年服务费")
    y.spend("23-U-OTHER", fen(3600), d(Y, 12, 27), "30231", "本部驾驶员", "驾驶员劳保费及安全行车奖励")
    for m, amt in enumerate([2300, 2800, 2600, 2400, 2700, 2200, 2300, 2500, 2600, 2400, 2500, 2600], 1):
        y.spend("23-U-OTHER", fen(amt), d(Y, m, 27), "30217", RECEPTION_HOTEL, f"{m}月公务接待（工作餐）")
    other_2023 = [("30207", 70000, TELECOM, "邮电费", 12), ("30209", 410000, PROPERTY, "物业管理费", 4),
                  ("30213", 92000, "维修服务单位", "办公用房及设备维修(护)费", 12), ("30226", 180000, "劳务派遣单位", "劳务费", 12),
                  ("30228", 116000, UNION, "工会经费", 4), ("30239", 612000, PAYROLL, "公务交通补贴", 12),
                  ("30202", 48000, "印刷服务单位", "文件资料印刷费", 4), ("30299", 445200, STAFF_CARD, "其他商品和服务支出", 12)]
    for code, total, payee, name, n in other_2023:
        months = list(range(1, 13)) if n == 12 else [3, 6, 9, 12]
        for m, amt in zip(months, spread(fen(total), n)):
            when = f"{m}月" if n == 12 else f"第{m // 3}季度"
            y.spend("23-U-OTHER", amt, d(Y, m, 18), code, payee, f"{when}{name}")
    y.spend("23-U-OTHER", fen(31000), d(Y, 1, 19), "30229", UNION, "职工福利费（春节）")
    y.spend("23-U-OTHER", fen(31000), d(Y, 9, 26), "30229", UNION, "职工福利费（中秋、国庆）")
    y.spend("23-U-EQUIP", fen(45000), d(Y, 8, 15), "31002", VENDOR_IT, "办公设备购置（计算机）")
    # a mistyped voucher: 7800.00 typed as 8700.00, reversed the next day and re-recorded with the right amount
    wrong = y.spend("23-U-TRAVEL", fen(8700), d(Y, 9, 25), "30211", STAFF_CARD, "9月差旅费报销")
    y.reverse(wrong, d(Y, 9, 26), "金额录入错误：凭证金额 7800.00 元误录为 8700.00 元，冲销后按正确金额重新记录")
    y.spend("23-U-TRAVEL", fen(7800), d(Y, 9, 26), "30211", STAFF_CARD, "9月差旅费报销（更正金额）",
            reason="按凭证正确金额 7800.00 元重新记录")

    # ---- 项目支出 (838.82万): 业务工作开展专项经费 699.50 + 派驻纪检 10 + 非公党建 87.62 + 党员集中教育培训 41.70 ----
    # 公务员考录 202.95万 = 2024 年的 113.90万 + 89.05万 (seed: 2024 年支出比上年同期减少 89.05万元)
    y.spend("23-YW-EXAM", fen(620000), d(Y, 3, 28), "30227", EXAM_CENTRE, "2022 年公务员考录集中面试费用（因疫情延迟支付）")
    y.spend("23-YW-EXAM", fen(610000), d(Y, 4, 20), "30227", EXAM_CENTRE, "2023 年公务员考录笔试考务组织")
    y.spend("23-YW-EXAM", fen(480000), d(Y, 7, 18), "30227", EXAM_CENTRE, "2023 年公务员考录面试组织")
    y.spend("23-YW-EXAM", fen(180000), d(Y, 7, 25), "30226", "面试考官", "面试考官劳务费")
    y.spend("23-YW-EXAM", fen(139500), d(Y, 8, 22), "30299", "体检定点医院", "拟录用人员体检及考察")
    # the seed's named 2023 items (section 二(二) ②–④), all 业务工作经费
    y.spend("23-YW-OTHER", fen(500000), d(Y, 6, 8), "30299", "驻村工作队", "乡村振兴驻村工作队日常生活用品购置")
    y.spend("23-YW-OTHER", fen(200000), d(Y, 9, 8), "39999", "清华大学教育基金会", "“清华之友—益阳英才奖学金”捐赠款项")
    y.spend("23-YW-ADMIN", fen(259700), d(Y, 5, 30), "30216", PARTY_SCHOOL, "益阳市第七次党代会生产和工作一线代表履职能力提升示范培训")
    y.spend("23-YW-ADMIN", fen(80000), d(Y, 8, 30), "30216", PARTY_SCHOOL, "全市乡镇（街道）党（工）委书记提升政治能力专题培训")
    y.spend("23-YW-ADMIN", fen(146000), d(Y, 10, 20), "30227", "宣传推介服务单位",
            "“益阳党建引领破解城市小区治理难题的经验和成效”宣传推介")
    y.spend("23-YW-ADMIN", fen(243200), d(Y, 11, 15), "30227", "调研服务单位", "大兴调查研究专项经费")
    y.spend("23-YW-ADMIN", fen(119900), d(Y, 11, 28), "30216", "培训承办酒店", "全省城市基层党建引领基层治理专题培训示范班部分住宿费")
    for bd, amt in [(d(Y, 10, 25), 96600), (d(Y, 11, 24), 120000), (d(Y, 12, 22), 100000)]:
        y.spend("23-YW-ADMIN", fen(amt), bd, "30299", STAFF_CARD,
                "省委主题教育督导组联络服务（2013201 行政运行指标 12 月 20 日下达前以本项目指标垫付）")
    # the rest of the year's 业务工作 (干部、监督、教育、党建、人才、档案、考核 …): 310.01万, not itemised in the seed
    for m in range(1, 13):
        y.spend("23-YW-ADMIN", fen(165000), d(Y, m, 24), "30227", "业务工作服务单位", f"{m}月组工业务工作经费")
    for m in range(6, 13):
        y.spend("23-YW-OTHER", fen(128600), d(Y, m, 24), "30299", STAFF_CARD, f"{m}月驻村帮扶、人才发展工作经费")
    for m, amt in zip([3, 6, 9, 12], [55000, 60000, 50000, 54900]):
        y.spend("23-YW-ADMIN", fen(amt), d(Y, m, 26), "30202", "印刷服务单位", "组工业务资料印制")
    for m, amt in zip([4, 8, 11], [32000, 36000, 32000]):
        y.spend("23-JJ", fen(amt), d(Y, m, 19), "30299", STAFF_CARD, "派驻纪检监察组监督检查工作经费")
    for m, amt in zip([3, 6, 9, 12], [218000, 226000, 214000, 218200]):
        y.spend("23-FG", fen(amt), d(Y, m, 21), "30227", "非公党建工作服务单位", "非公有制经济组织和社会组织党建工作")
    for m, amt in zip([4, 5, 6, 9, 10, 11], [71000, 69000, 70000, 68500, 69500, 69000]):
        y.spend("23-PX", fen(amt), d(Y, m, 23), "30216", PARTY_SCHOOL, "乡镇（街道）、村（社区）党员干部集中教育培训班")

    y.finish()

    # 年末: establishment (the seed gives 2024's; 2023's is taken to be the same — the seed prints no 2023 headcount)
    y.add("DeclareEstablishment", establishment(Y), at=datetime(2024, 1, 8, 10, 0, tzinfo=CST),
          reason="2023 年末编制及实有人数（种子报告未列 2023 年数，按 2024 年末口径填报）")
    y.add("CloseFiscalYear", {"closingDate": "2024-01-10", "carryOverLineIds": []},
          at=datetime(2024, 1, 10, 17, 30, tzinfo=CST),
          reason="2023 年终结账：年末结转和结余为 0，未用指标全部收回", document="益财预〔2024〕3号")
    return y


def establishment(year):
    return {"businessDate": f"{year}-12-31",
            "staff": [{"category": "行政编制（含行政工勤编制 2 名）", "seconded": False, "authorized": 56, "actual": 50},
                      {"category": "参公事业编制", "seconded": False, "authorized": 4, "actual": 4},
                      {"category": "事业编制", "seconded": False, "authorized": 6, "actual": 6},
                      {"category": "市纪委监委驻部纪检监察组（经费在本部列支）", "seconded": True, "authorized": 4,
                       "actual": 4}],
            "retired": 11, "vehiclesAuthorized": 2, "vehiclesActual": 2}


# --------------------------------------------------------------------------------------------------------------
# 2024 — the evaluated year. Totals (万元) from the seed; see the golden file for the exact keys.
# --------------------------------------------------------------------------------------------------------------

# 人员经费 1097.88万 = 全年预算 (fully spent); split by 功能科目 (invented, round):
PERSONNEL_2024 = {  # line: (functional, initial, full)
    "24-P-WAGE": ("2013201", 6020000, 7180000),
    "24-P-PENSION": ("2080505", 1000000, 1050000),
    "24-P-ANNUITY": ("2080506", 500000, 525000),
    "24-P-MEDICAL": ("2101101", 540000, 560000),
    "24-P-HOUSING": ("2210201", 1100000, 1180000),
    "24-P-RETIRED": ("2080501", 452000, 483800),
}
# 公用经费 全年预算 332.28万 of which 办公费 10.33, 水电差旅 16.61, 会议培训 6.07 (附件1); executed 281.35.
PUBLIC_2024 = {  # line: (economic code, initial = full)
    "24-U-OFFICE": ("30201", 103300),
    "24-U-WATER": ("30205", 8600),
    "24-U-POWER": ("30206", 62500),
    "24-U-TRAVEL": ("30211", 95000),
    "24-U-MEETING": ("30215", 12700),
    "24-U-TRAINING": ("30216", 48000),
    "24-U-EQUIP": ("310", 68000),     # 办公设备购置, the 公用经费 part of the 政府采购预算
}
INITIAL_2024 = 12867800           # 年初预算数 1286.78万
PROJECT_INITIAL_2024 = 665200 + 100000 + 417000
OTHER_PUBLIC_INITIAL = INITIAL_2024 - PROJECT_INITIAL_2024 - sum(v[1] for v in PERSONNEL_2024.values()) \
    - sum(v[1] for v in PUBLIC_2024.values())
SUPERVISION_LIAISON = 395100      # 省委主题教育督导组联络服务支出 39.51万 (本年度在公用经费中列支)
OTHER_PUBLIC_FULL = 3322800 - sum(v[1] for v in PUBLIC_2024.values()) - SUPERVISION_LIAISON

# the post-submission correction (see build_2024): 7300.00 of printing booked as 办公费
CORRECTION_AMOUNT = 7300


def build_2024():
    y = Year(2024)
    Y = 2024
    y.add("OpenFiscalYear", {"departmentId": DEPT, "departmentName": DEPT_NAME, "year": Y, "carriedLines": [],
                             "hashAlgorithm": "SHA-256"}, at=datetime(Y, 1, 2, 9, 0, tzinfo=CST),
          reason="2024 年度开账（2023 年末结转和结余为 0）")
    doc_initial = "益财预〔2024〕1号"
    b = d(Y, 1, 4)
    y.add("SetThreePublicLimits", {"abroad": "0.00", "vehiclePurchase": "0.00", "vehicleOperation": "140000.00",
                                   "reception": "80000.00", "businessDate": b.isoformat()}, b,
          reason="2024 年“三公”经费预算：公务用车运行维护费 14 万元，公务接待费 8 万元", document=doc_initial)
    y.add("SetProcurementBudget", {"amount": "173000.00", "businessDate": b.isoformat()}, b,
          reason="2024 年政府采购预算", document=doc_initial)

    projects = [("YW-01", "业务工作开展专项经费", "BUSINESS"), ("JJ-01", "派驻纪检监察组工作经费", "BUSINESS"),
                ("PX-01", "党员集中教育培训经费", "SPECIAL"), ("YW-02", "运行维护经费", "OPERATIONS")]
    for code, name, cat in projects:
        y.add("RegisterProject", {"projectCode": code, "name": name, "category": cat,
                                  "implementingUnit": "中国共产党益阳市委员会组织部"}, b,
              reason="2024 年部门预算项目", document=doc_initial)

    # ---- 年初预算 1286.78万 ----
    for line, (functional, initial, _full) in PERSONNEL_2024.items():
        y.line(line, "BASIC_PERSONNEL", functional, initial, b, True, reason="人员经费（年初预算）", document=doc_initial)
    for line, (economic, full) in PUBLIC_2024.items():
        y.line(line, "BASIC_PUBLIC", "2013201", full, b, True, economic=economic, reason="公用经费（年初预算）",
               document=doc_initial)
    y.line("24-U-OTHER", "BASIC_PUBLIC", "2013201", OTHER_PUBLIC_INITIAL, b, True, economic="302",
           reason="其他商品和服务支出（年初预算）", document=doc_initial)
    y.line("24-YW-ADMIN", "PROJECT", "2013202", 665200, b, True, project="YW-01", reason="业务工作开展专项经费（年初预算）",
           document=doc_initial)
    y.line("24-JJ", "PROJECT", "2013202", 100000, b, True, project="JJ-01", reason="派驻纪检监察组工作经费（年初预算）",
           document=doc_initial)
    y.line("24-PX", "PROJECT", "2013202", 417000, b, True, project="PX-01", reason="党员集中教育培训经费（年初预算）",
           document=doc_initial)

    # ---- during the year ----
    # 省委主题教育督导组联络服务: 市财政 2023-12-20 下达的 2013201 行政运行指标, 本年度在公用经费中列支
    y.line("24-U-LIAISON", "BASIC_PUBLIC", "2013201", SUPERVISION_LIAISON, d(Y, 1, 10), False, economic="302",
           reason="省委主题教育督导组联络服务经费（市财政 2023 年 12 月 20 日下达 2013201 行政运行指标）",
           document="益财预指〔2023〕205号")
    # 收回以前年度资金 0.01万, arranged as 上年结转 on 业务工作开展专项经费 (附件3-1: 上年结转资金 0.01)
    y.receive("24-SH-01", fen(100), d(Y, 3, 11), source="RECOVERED_PRIOR_YEARS",
              reason="收回以前年度资金（以前年度多付款项退回）", document="益阳市财政局收回以前年度资金通知")
    y.line("24-YW-CARRY", "PROJECT", "2013202", 100, d(Y, 3, 12), False, project="YW-01", vintage="CARRY_OVER",
           reason="收回以前年度资金 0.01 万元，作为上年结转资金安排业务工作开展专项经费", document="益财预指〔2024〕29号")
    y.line("24-YW-EXAM", "PROJECT", "2013204", 1200000, d(Y, 3, 15), False, project="YW-01",
           reason="2024 年公务员考录经费", document="益财预指〔2024〕31号")
    y.line("24-YW-TALENT", "PROJECT", "2013299", 1000000, d(Y, 5, 20), False, project="YW-01",
           reason="市人才发展专项工作经费", document="益财预指〔2024〕58号")
    y.adjust("24-YW-ADMIN", "SUPPLEMENT", "500000", d(Y, 4, 18),
             "干部教育培训、基层党建及党纪学习教育专项工作经费追加", "益财预指〔2024〕44号")
    y.adjust("24-YW-ADMIN", "SUPPLEMENT", "417700", d(Y, 9, 12),
             "考核评价、干部人事档案数字化等工作经费追加", "益财预指〔2024〕117号")
    # 人员经费: 调资 (June), 年终 (December) supplements; a 调剂 from wages to medical insurance (November)
    for line, amount in [("24-P-WAGE", 960000), ("24-P-PENSION", 50000), ("24-P-ANNUITY", 25000),
                         ("24-P-HOUSING", 80000)]:
        y.adjust(line, "SUPPLEMENT", str(amount), d(Y, 6, 20), "调整机关事业单位工作人员基本工资标准及相应社保、公积金追加",
                 "益财预指〔2024〕76号")
    y.transfer("24-P-WAGE", "24-P-MEDICAL", "20000", d(Y, 11, 14), "医疗保险缴费基数调整，工资福利指标调剂至行政单位医疗",
               "益财预调〔2024〕9号")
    y.adjust("24-P-WAGE", "SUPPLEMENT", "220000", d(Y, 12, 10), "年终一次性奖金及年度绩效考核奖追加", "益财预指〔2024〕168号")
    y.adjust("24-P-RETIRED", "SUPPLEMENT", "31800", d(Y, 12, 10), "退休人员生活补贴追加", "益财预指〔2024〕168号")
    # 其他日常公用经费: 追加 twice, 压减一般性支出 once
    y.adjust("24-U-OTHER", "SUPPLEMENT", "600000", d(Y, 6, 25), "机关运行保障经费追加", "益财预指〔2024〕81号")
    y.adjust("24-U-OTHER", "REDUCTION", "100000", d(Y, 8, 16), "落实过“紧日子”要求，压减一般性支出", "益财预调〔2024〕6号")
    other_supplement_2 = OTHER_PUBLIC_FULL - OTHER_PUBLIC_INITIAL - 600000 + 100000
    y.adjust("24-U-OTHER", "SUPPLEMENT", str(other_supplement_2), d(Y, 11, 20), "年末机关运行保障经费追加",
             "益财预指〔2024〕151号")
    # 运行维护经费 0.59万, 其他收入
    y.receive("24-QT-01", fen(5900), d(Y, 9, 9), fund="OTHER", reason="其他收入", document="收款收据 No.0003127")
    y.line("24-YW-OPS", "PROJECT", "2013201", 5900, d(Y, 9, 10), False, project="YW-02", fund="OTHER",
           reason="以其他收入安排运行维护经费", document="部务会纪要〔2024〕12号")

    # ---- personnel spending (1097.88万, all of the full-year budget) ----
    wage = [("30101", 1650000, "基本工资"), ("30102", 2860000, "津贴补贴"), ("30199", 270000, "其他工资福利支出")]
    for code, total, name in wage:
        for m, amt in enumerate(spread(fen(total), 12), 1):
            y.spend("24-P-WAGE", amt, d(Y, m, 15), code, PAYROLL, f"{m}月{name}")
    for m in range(1, 13):
        y.spend("24-P-WAGE", fen(90000), d(Y, m, 15), "30107", PAYROLL, f"{m}月绩效工资")
    y.spend("24-P-WAGE", fen(800000), d(Y, 12, 20), "30107", PAYROLL, "年度绩效考核奖")
    y.spend("24-P-WAGE", fen(520000), d(Y, 12, 20), "30103", PAYROLL, "年终一次性奖金")
    for line, code, total, payee, name in [
            ("24-P-PENSION", "30108", 1050000, PENSION_FUND, "机关事业单位基本养老保险缴费"),
            ("24-P-ANNUITY", "30109", 525000, PENSION_FUND, "职业年金缴费"),
            ("24-P-MEDICAL", "30110", 480000, MEDICAL, "职工基本医疗保险缴费"),
            ("24-P-HOUSING", "30113", 1180000, HOUSING_FUND, "住房公积金"),
            ("24-P-RETIRED", "30302", 432000, RETIREES, "退休费")]:
        for m, amt in enumerate(spread(fen(total), 12), 1):
            y.spend(line, amt, d(Y, m, 16), code, payee, f"{m}月{name}")
    for m in (3, 6, 9, 12):
        y.spend("24-P-MEDICAL", fen(20000), d(Y, m, 20), "30111", MEDICAL, f"第{m // 3}季度公务员医疗补助缴费")
    y.spend("24-P-RETIRED", fen(51800), d(Y, 12, 22), "30399", RETIREES, "退休人员生活补贴")

    # ---- 公用经费 (281.35万) ----
    for m in range(1, 13):
        y.spend("24-U-OFFICE", fen(8000), d(Y, m, 12), "30201", STAFF_CARD, f"{m}月办公用品")
    # printing (印刷费) paid from the 302 line but coded 30201 办公费, so 附件1 showed 办公费 10.33 = its budget although
    # 9.60 was spent on office supplies; found in review and corrected after the submission (end of this function)
    misbooked = y.spend("24-U-OTHER", fen(CORRECTION_AMOUNT), d(Y, 11, 22), "30201", "印刷服务单位",
                        "《益阳组工》及党纪学习教育学习资料印制")
    for i, amt in enumerate([1400, 1500, 1400, 1500, 1400, 1400], 1):
        y.spend("24-U-WATER", fen(amt), d(Y, 2 * i, 10), "30205", WATER, f"{2 * i - 1}-{2 * i}月水费")
    for m, amt in enumerate([6200, 5800, 4600, 4200, 4800, 6100, 6900, 6800, 5200, 4300, 3800, 3800], 1):
        y.spend("24-U-POWER", fen(amt), d(Y, m, 10), "30206", POWER, f"{m}月电费")
    for m, amt in enumerate([5200, 7800, 9100, 8600, 9400, 8200, 6900, 7700, 8800, 9000, 7600, 6700], 1):
        y.spend("24-U-TRAVEL", fen(amt), d(Y, m, 25), "30211", STAFF_CARD, f"{m}月差旅费报销")
    y.spend("24-U-MEETING", fen(4200), d(Y, 2, 22), "30215", "会议承办宾馆", "全市组织部长会议")
    y.spend("24-U-MEETING", fen(3600), d(Y, 7, 11), "30215", "会议承办宾馆", "年中工作推进会")
    y.spend("24-U-MEETING", fen(4900), d(Y, 12, 13), "30215", "会议承办宾馆", "年终工作会议")
    y.spend("24-U-TRAINING", fen(18500), d(Y, 4, 26), "30216", PARTY_SCHOOL, "乡村振兴驻村帮扶工作培训")
    y.spend("24-U-TRAINING", fen(15200), d(Y, 7, 19), "30216", PARTY_SCHOOL, "机关干部业务能力培训")
    y.spend("24-U-TRAINING", fen(14300), d(Y, 10, 18), "30216", PARTY_SCHOOL, "机关干部党纪学习教育培训")
    # 省委主题教育督导组联络服务 39.51万 (settled January–March 2024)
    for bd, code, amt, payee, name in [(d(Y, 1, 18), "30299", 150000, STAFF_CARD, "联络服务保障"),
                                       (d(Y, 1, 30), "30214", 95100, "车辆租赁服务单位", "督导组用车租赁"),
                                       (d(Y, 2, 27), "30299", 100000, STAFF_CARD, "联络服务保障"),
                                       (d(Y, 3, 19), "30226", 50000, "劳务派遣单位", "联络服务人员劳务")]:
        y.spend("24-U-LIAISON", fen(amt), bd, code, payee, f"省委主题教育督导组{name}")
    # 三公 2024: 公务用车运行维护费 12.20万; 公务接待费 2.06万, 44 批次 271 人 (monthly batches below are invented)
    for m, amt in enumerate([9800, 8600, 15400, 9200, 9600, 10100, 9400, 9900, 10200, 9500, 9800, 10500], 1):
        note = "（含车辆保险）" if m == 3 else ""
        y.spend("24-U-OTHER", fen(amt), d(Y, m, 26), "30231", FUEL, f"{m}月公务用车燃油、维修、过路费{note}")
    batches = [3, 4, 4, 3, 4, 5, 2, 3, 4, 4, 4, 4]
    persons = [18, 25, 26, 17, 24, 32, 12, 19, 26, 24, 25, 23]
    amounts = [1370, 1900, 1980, 1290, 1820, 2430, 910, 1440, 1980, 1830, 1900, 1750]
    for m in range(1, 13):
        y.spend("24-U-OTHER", fen(amounts[m - 1]), d(Y, m, 27), "30217", RECEPTION_HOTEL,
                f"{m}月公务接待（工作餐）{batches[m - 1]}批{persons[m - 1]}人", batches=batches[m - 1],
                persons=persons[m - 1])
    other_2024 = [("30207", 72000, TELECOM, "邮电费", 12), ("30209", 420000, PROPERTY, "物业管理费", 4),
                  ("30213", 96000, "维修服务单位", "办公用房及设备维修(护)费", 12), ("30226", 186000, "劳务派遣单位", "劳务费", 12),
                  ("30228", 118000, UNION, "工会经费", 4), ("30239", 618000, PAYROLL, "公务交通补贴", 12),
                  ("30202", 45000, "印刷服务单位", "文件资料印刷费", 4), ("30299", 258700, STAFF_CARD, "其他商品和服务支出", 12)]
    for code, total, payee, name, n in other_2024:
        months = list(range(1, 13)) if n == 12 else [3, 6, 9, 12]
        for m, amt in zip(months, spread(fen(total), n)):
            when = f"{m}月" if n == 12 else f"第{m // 3}季度"
            f = y.spend("24-U-OTHER", amt, d(Y, m, 18), code, payee, f"{when}{name}")
            if code == "30209" and m == 6:
                duplicate_of = f
    y.spend("24-U-OTHER", fen(32000), d(Y, 2, 5), "30229", UNION, "职工福利费（春节）")
    y.spend("24-U-OTHER", fen(32000), d(Y, 9, 13), "30229", UNION, "职工福利费（中秋、国庆）")
    # 政府采购 17.30万: 办公设备 6.80 (公用经费) + 干部人事档案数字化 10.50 (业务工作开展专项经费)
    y.spend("24-U-EQUIP", fen(38000), d(Y, 4, 23), "31002", VENDOR_IT, "办公设备购置（计算机）", procurement=True)
    y.spend("24-U-EQUIP", fen(30000), d(Y, 9, 24), "31002", VENDOR_IT, "办公设备购置（打印复印一体机）", procurement=True)
    # the 6月 物业费 voucher was entered twice; the duplicate is reversed the next day
    dup = y.spend("24-U-OTHER", fen(105000), d(Y, 6, 18), "30209", PROPERTY, "第2季度物业管理费")
    dup.fields["voucherNo"] = "DUP"  # same voucher as the first entry; filled in below
    y.reverse(dup, d(Y, 6, 19), "同一凭证重复录入（第二季度物业管理费），冲销重复记录")

    # ---- 项目支出 ----
    # 业务工作开展专项经费 365.26万 (当年 365.25 + 上年结转 0.01); 全年预算 378.30
    y.spend("24-YW-CARRY", fen(100), d(Y, 3, 20), "30202", "印刷服务单位", "组工业务资料印制（上年结转资金）")
    # 公务员考录 113.90万: 768 人, 人均 1483 元 (附件3-1 成本指标)
    y.spend("24-YW-EXAM", fen(460000), d(Y, 4, 22), "30227", EXAM_CENTRE, "2024 年公务员考录笔试考务组织")
    y.spend("24-YW-EXAM", fen(380000), d(Y, 7, 16), "30227", EXAM_CENTRE, "2024 年公务员考录面试组织")
    y.spend("24-YW-EXAM", fen(113000), d(Y, 7, 23), "30226", "面试考官", "面试考官劳务费")
    y.spend("24-YW-EXAM", fen(186000), d(Y, 8, 20), "30299", "体检定点医院", "拟录用人员体检及考察")
    y.spend("24-YW-ADMIN", fen(105000), d(Y, 10, 29), "30227", VENDOR_ARCHIVES,
            "市本级干部人事档案数字化建设（1141 册）", procurement=True)
    for bd, amt in [(d(Y, 4, 30), 150000), (d(Y, 6, 27), 140000), (d(Y, 10, 24), 130000)]:
        y.spend("24-YW-ADMIN", fen(amt), bd, "30216", PARTY_SCHOOL, "干部教育培训（“智汇益阳”干部课堂、专题培训班）")
    y.spend("24-YW-ADMIN", fen(130000), d(Y, 5, 28), "30227", VENDOR_PLATFORM, "“益村平台”运维及功能完善（上半年）")
    y.spend("24-YW-ADMIN", fen(130000), d(Y, 11, 26), "30227", VENDOR_PLATFORM, "“益村平台”运维及功能完善（下半年）")
    y.spend("24-YW-ADMIN", fen(68000), d(Y, 9, 19), "30299", STAFF_CARD, "党代表联络及视察工作")
    y.spend("24-YW-ADMIN", fen(185000), d(Y, 12, 17), "30227", "考核评价服务单位", "高质量发展综合绩效评价")
    y.spend("24-YW-ADMIN", fen(150000), d(Y, 8, 27), "30299", "驻村工作队", "驻村帮扶工作经费")
    y.spend("24-YW-ADMIN", fen(96000), d(Y, 5, 21), "30202", "印刷服务单位", "党纪学习教育学习资料印制")
    y.spend("24-YW-ADMIN", fen(72000), d(Y, 11, 19), "30211", STAFF_CARD, "市委选人用人巡察差旅费")
    for m, amt in zip([3, 6, 9, 12], [50000, 50000, 50000, 47500]):
        y.spend("24-YW-ADMIN", fen(amt), d(Y, m, 28), "30299", STAFF_CARD, "综合协调服务工作经费")
    y.spend("24-YW-TALENT", fen(420000), d(Y, 6, 21), "30227", "人才活动承办单位", "“双招双引”、招才引智活动承办")
    y.spend("24-YW-TALENT", fen(320000), d(Y, 10, 22), "30299", STAFF_CARD, "人才服务保障（“人才金卡”、人才公寓）")
    y.spend("24-YW-TALENT", fen(90000), d(Y, 9, 25), "30226", "评审专家", "“金犁项目”人才评选专家评审劳务")
    y.spend("24-YW-TALENT", fen(30000), d(Y, 7, 26), "30202", "印刷服务单位", "人才政策汇编印制")
    y.spend("24-YW-TALENT", fen(100000), d(Y, 11, 21), "30214", "活动场地出租单位", "人才活动场地租赁")
    # 派驻纪检监察组工作经费 10万
    for m, code, amt, name in [(3, "30211", 14000, "监督检查差旅费"), (5, "30202", 9000, "廉政教育资料印制"),
                               (7, "30299", 21000, "关键节点监督检查工作经费"), (9, "30211", 14000, "监督检查差旅费"),
                               (10, "30201", 18000, "办公用品"), (11, "30207", 6000, "邮电费"),
                               (12, "30299", 18000, "交办事项办理工作经费")]:
        y.spend("24-JJ", fen(amt), d(Y, m, 17), code, STAFF_CARD, f"派驻纪检监察组{name}")
    # 党员集中教育培训经费 41.70万: 6 个培训班
    for i, (m, amt, payee) in enumerate([(4, 72000, PARTY_SCHOOL), (5, 68500, PARTY_SCHOOL), (6, 71200, PROVINCE_SCHOOL),
                                         (9, 69800, PARTY_SCHOOL), (10, 66500, PARTY_SCHOOL), (11, 69000, PARTY_SCHOOL)], 1):
        y.spend("24-PX", fen(amt), d(Y, m, 24), "30216", payee, f"党员集中教育培训第{i}期")
    # 运行维护经费 0.59万 (其他资金)
    y.spend("24-YW-OPS", fen(5900), d(Y, 10, 15), "30213", "维修服务单位", "机关办公设备运行维护")

    y.finish()
    # the duplicate carries the first entry's voucher number
    dup.fields["voucherNo"] = duplicate_of.fields["voucherNo"]
    dup.audit["document"] = duplicate_of.fields["voucherNo"]
    for f in y.facts:
        if f.reverses is dup:
            f.audit["document"] = dup.fields["voucherNo"] + " 红字冲销（重复记录）"

    # ---- 年末 and the evaluation ----
    y.add("DeclareEstablishment", establishment(Y), at=datetime(2025, 1, 8, 10, 0, tzinfo=CST),
          reason="2024 年末编制及实有人数、退休人员、车辆")
    performance_2024(y)

    # ---- after the submission: a misclassified voucher found in review, 红字冲正 and re-recorded ----
    at = datetime(2025, 6, 10, 10, 0, tzinfo=CST)
    reason = ("经济分类更正：《益阳组工》及党纪学习教育学习资料印制费 7300.00 元误记为 30201 办公费，"
              "应为 30202 印刷费；红字冲销原记录，按正确科目在原指标重新记录")
    bd = date.fromisoformat(misbooked.fields["businessDate"])
    rev = y.reverse(misbooked, bd, reason, at=at, document=misbooked.fields["voucherNo"] + " 红字冲销")
    rev.fields["expenditureId"] = misbooked.fields["expenditureId"]
    fixed = y.spend("24-U-OTHER", fen(CORRECTION_AMOUNT), bd, "30202", "印刷服务单位",
                    "《益阳组工》及党纪学习教育学习资料印制（更正经济分类）", at=at + timedelta(minutes=2), reason=reason)
    fixed.fields["expenditureId"] = f"{Y}-ZC-GZ01"
    fixed.fields["voucherNo"] = misbooked.fields["voucherNo"]
    fixed.audit["document"] = misbooked.fields["voucherNo"]
    return y


DEPT_GOAL = ("坚持把习近平总书记关于党的建设的重要思想作为根本遵循，深入谋划理论武装、选贤任能、强基固本、育才聚才的针对性措施办法，"
             "全面提升组织工作质量。建设堪当重任的高素质执政骨干队伍;增强基层党组织政治功能和组织功能;打造益阳特色人才集聚高地。")
GOALS = {
    None: DEPT_GOAL,
    "YW-01": DEPT_GOAL + "为全面建设现代化新益阳提供坚强组织保证。",
    "JJ-01": ("确保全面完成纪检监察各项目标任务，深入推进反腐倡廉建设。通过办案专项工作的开展，促进各综合监督单位党风廉政建设工作，"
              "增强全面从严治党能力，进一步净化单位政治生态。"),
    "PX-01": ("每年安排不少于 25%的乡镇（街道）党政正职参加省、市级党校（行政学院）培训，安排不少于 25%的乡镇（街道）党（工）委副书记、"
              "组织委员及其他班子成员、村（社区）党组织书记参加市级培训。"),
}
ACHIEVED = "已完成年度总体目标"

# (id, level1, level2, name, target, weight, measure, actual, qualitative)
Q, M = "Q", "M"   # qualitative (达成, score = weight) / bound to a ledger measure
INDICATORS = {
    None: [
        ("BM-01", "产出指标", "数量指标", "干部档案电子化", "≥700册", "5", None, "1141册"),
        ("BM-02", "产出指标", "数量指标", "干部教育培训", "≥500人次", "5", None, "6439人次"),
        ("BM-03", "产出指标", "数量指标", "领导干部个人事项报告率", "=100%", "5", None, "100%"),
        ("BM-04", "产出指标", "数量指标", "国家工作人员学法考法合格率", "=100%", "5", None, "100%"),
        ("BM-05", "产出指标", "数量指标", "部务会“第一议题”制度学习次数", "≥8次", "5", None, "15次"),
        ("BM-06", "产出指标", "质量指标", "参训干部培训合格率", "=100%", "5", None, "100%"),
        ("BM-07", "产出指标", "质量指标", "安全生产和消防工作考核", "考核合格", "5", Q, "无扣分项"),
        ("BM-08", "产出指标", "质量指标", "综治工作（平安建设）考核", "考核合格", "5", Q, "无扣分项"),
        ("BM-09", "产出指标", "时效指标", "各项工作经费及时足额拨付率", "=100%", "5", None, "100%"),
        ("BM-10", "产出指标", "成本指标", "人员经费支出", "≥900万元", "3", "PERSONNEL_EXPENDITURE", None),
        ("BM-11", "产出指标", "成本指标", "三公经费控制率", "≤100%", "2", "THREE_PUBLIC_CONTROL_RATE", None),
        ("BM-12", "效益指标", "社会效益指标", "提升干部素质与能力，保障公务员队伍可持续发展", "中长期保障", "10", Q, "有效保障"),
        ("BM-13", "效益指标", "社会效益指标", "提升益阳市党建工作质量和水平", "不断提升", "10", Q, "不断提升"),
        ("BM-14", "效益指标", "可持续影响指标", "为全市经济社会发展提供坚强的组织保证", "中长期保障", "10", Q, "有效保障"),
        ("BM-15", "满意度指标", "服务对象满意度指标", "基层群众对组织工作的满意度", "≥90%", "10", None, "95%"),
    ],
    "YW-01": [
        ("YW-01-01", "产出指标", "数量指标", "公务员考录人数", "根据实际工作需要录用", "10", Q, "768人"),
        ("YW-01-02", "产出指标", "数量指标", "对区县（市）领导班子日常管理、调研等次数", "≥1次", "10", None, "2次"),
        ("YW-01-03", "产出指标", "质量指标", "公务员考录差错率", "0%", "5", None, "0%"),
        ("YW-01-04", "产出指标", "质量指标", "“益村平台”服务功能完善率", "≥80%", "5", None, "92.86%"),
        ("YW-01-05", "产出指标", "时效指标", "各项专项业务经费及时足额拨付率", "100%", "10", None, "100%"),
        ("YW-01-06", "产出指标", "成本指标", "招录公务员成本", "人均≤2000元", "10", None, "1483元"),
        ("YW-01-07", "效益指标", "社会效益指标", "提升干部素质与能力，保障公务员队伍可持续发展", "中长期保障", "10", Q, "持续保障"),
        ("YW-01-08", "效益指标", "社会效益指标", "提升益阳市党建工作质量和水平", "不断提升", "10", Q, "不断提升"),
        ("YW-01-09", "效益指标", "可持续影响指标", "为全市经济社会发展提供坚强的组织保证", "中长期保证", "10", Q, "持续保证"),
        ("YW-01-10", "满意度指标", "服务对象满意度指标", "基层群众对组织工作的满意度", "≥90%", "10", None, "95%"),
    ],
    "JJ-01": [
        ("JJ-01-01", "产出指标", "数量指标", "关键时期、关键节点监督检查次数", "≥4次", "15", None, "6次"),
        ("JJ-01-02", "产出指标", "质量指标", "交办事项办结率", "=100%", "10", None, "100%"),
        ("JJ-01-03", "产出指标", "时效指标", "交办工作完成及时性", "2024年底全部完成", "10", Q, "2024年年前完成100%"),
        ("JJ-01-04", "产出指标", "成本指标", "全年工作经费支出", "≤10万元", "15", "PROJECT_EXECUTED", None),
        ("JJ-01-05", "效益指标", "社会效益指标", "各综合监督单位党风廉政建设工作水平", "不断提升", "30", Q, "不断提升"),
        ("JJ-01-06", "满意度指标", "服务对象满意度指标", "各综合监督单位的满意度", "≥80%", "10", None, "90%"),
    ],
    "PX-01": [
        ("PX-01-01", "产出指标", "数量指标", "培训班次数", "≥5次", "15", None, "6次"),
        ("PX-01-02", "产出指标", "质量指标", "参训学员完成所有培训课程，顺利结业率", "=100%", "10", None, "100%"),
        ("PX-01-03", "产出指标", "时效指标", "按期完成培训工作计划", "2024年底全部完成", "10", Q, "2024年年前完成100%"),
        ("PX-01-04", "产出指标", "成本指标", "全年培训成本", "≤41.7万元", "15", "PROJECT_EXECUTED", None),
        ("PX-01-05", "效益指标", "社会效益指标", "党员教育提质增效", "不断提升", "15", Q, "不断提升"),
        ("PX-01-06", "效益指标", "可持续影响指标", "为全市经济社会发展提供坚强的组织保证", "不断增强", "15", Q, "不断增强"),
        ("PX-01-07", "满意度指标", "服务对象满意度指标", "培训人员满意度", "≥99.8%", "10", None, "99.8%"),
    ],
}
OUTCOME_BY = {None: FINANCE, "YW-01": FINANCE, "JJ-01": DISCIPLINE, "PX-01": TRAINING}


def seed_text(s):
    """The seed's sentences, with the PDF extraction's line breaks removed; a blank line separates paragraphs."""
    paragraphs = s.strip().split("\n\n")
    return "\n".join("".join(part.strip() for part in p.splitlines()) for p in paragraphs)


TEXTS = [
    ("intro", """
为了加强财政资金绩效管理，提高资金使用效益，根据《益阳市财政局关于开展 2024年度市级预算部门绩效自评和部门评价工作的通知》文件精神，我部认真组织开展了 2024年度部门整体支出绩效自评工作。现将有关情况报告如下：
"""),
    ("organization", """
市纪委监委驻部纪检监察组 4人相关经费在市委组织部列支。

纳入本部门 2024年度部门决算编报的单位共 1个，市委组织部为党委部门，执行政府会计准则制度，属于一级预算单位。
"""),
    ("functions", """
1、严格执行党的干部路线、方针、政策，负责全市干部队伍建设的宏观管理，拟订或参与拟订组织、干部、人事工作的政策、规定、制度。负责全市党的建设制度改革工作的规划研究、部署和组织实施。

2、负责干部队伍建设的规划和指导工作。研究拟订加强全市干部队伍建设整体规划和工作措施。负责对市委管理的领导班子进行考察了解，向市委提出调整配备的意见建议；负责办理市委管理干部的考察、任免、工资、待遇、出国（境）、退休审批手续；协同机构编制部门拟订副处级以上领导职数设置方案；负责区县（市）和市直单位科级干部选拔任用备案事项；承办市委委托管理干部的调配、交流及安置；负责援疆（藏）干部、人才工作；负责规划、部署、组织实施年轻干部、妇女干部、少数民族干部、党外干部的培养、选拔、任用工作。指导区县（市）和市直处级单位领导班子政治建设；负责做好中央、省属驻益单位干部双重管理有关工作。负责省、市人大代表和政协委员推荐提名工作。负责市、县法官和检察官单独职务序列等级晋升有关工作。

3、执行公务员管理政策和法律法规。负责公务员职务与职级并行制度的组织实施。负责公务员和参照公务员法管理单位参公人员的考试录用、考核、奖惩、工资管理、能力建设等工作。指导实施公务员调任、转任、挂职政策；执行公务员职位分类标准和管理办法。负责公务员信息统计管理工作。

4、负责干部监督工作的宏观指导，负责对党政领导干部选拔任用工作进行监督检查；对反映的有关重要问题进行调查了解和督办。负责其他历史遗留问题的审理工作。组织实施市委选人用人巡察工作，协助做好市委巡察工作。负责领导干部个人有关事项报告、领导干部任期经济责任审计等工作；综合指导全市组织人事部门开展提醒、函询和诫勉工作。

5、负责全市干部教育培训的宏观管理，制定全市干部教育工作规划，协调、指导、检查各区县（市）及市直有关部门的干部教育培训工作。

6、负责全市干部信息、人事档案、干部统计工作的宏观指导；负责全市组织系统信息网络建设。

7、负责全市人才工作和人才队伍建设的宏观管理和指导；研究拟订人才工作有关政策；协调落实专项重点人才工作；协调实施高层次人才培养工程。负责全市人才发展相关政策措施的具体实施，为人才引进、培养、使用、流动提供服务，协调推进人才市场建设，协助做好市委人才工作领导小组办公室具体工作。

8、研究指导党组织建设工作。制定落实加强党的工作制度、党内生活制度的规定和意见；对各领域党的基层组织建设进行分类指导，对各级各类党组织设立进行指导审核；指导各级党委健全党代表大会制度，指导党代表大会代表选举、管理和联络服务。

9、研究指导党员队伍建设工作。主管党员发展和管理工作，指导全市党员教育培训；指导区县（市）和市直正处级及以上单位党员领导干部民主生活会；负责全市党费收缴、管理和使用工作；指导开展党内表彰奖励、关怀帮扶等工作；负责全市党组织和党员队伍信息化建设及党内统计。

10、承担市委党建工作领导小组日常工作，综合协调有关部门统筹推进基层党建工作，健全和落实基层党建工作责任制，负责基层党建述职评议；协调有关部门指导发展壮大村级（社区）集体经济。

11、负责拟制考核工作的相关文件，加强对全市考核工作的综合管理、统筹协调和业务指导；拟定年度高质量发展综合绩效评价方案并组织实施，定期开展指标数据调度和工作情况分析。

12、负责组织工作的综合协调、督促检查和调查研究；指导下级组织部门开展工作，及时向市委和省委组织部报告工作；负责来信来访工作。

13、完成市委交办的其他任务。
"""),
    ("disclosure", """
按照《预算法》和财政部门的相关规定，我部在益阳市预决算公开管理平台及益阳党建网进行了预决算公开。
"""),
    ("assets", """
进一步加强资产管理，明确具体责任人，完善固定资产档案，严格报批、销审等手续，做好资产登记统计工作。
"""),
    ("threePublicControl", """
严格控制“三公经费”支出，同时，制定公务派车、差旅费报销、公务接待、工作用餐等规章制度，进一步加强内部管理。
"""),
    ("internalControl", """
部机关严格执行《机关运行保障手册》，对于公务派车、公车维修、公务接待、工作用餐、差旅费报销、办公用品购置、电脑耗材采买、专项报账等工作流程进行了明确规定。认真履行“三重一大”事项集体决策制度，对超规定金额大额支出实行集体研究制度，定期通报制度，自觉接受监督。
"""),
    ("sustainability", "为全面建设现代化新益阳提供坚强组织保证。"),
    ("satisfaction", "群众对单位的满意度为 95%，达到了预期目标。"),
    ("achievements", """
2024年，在市委的坚强领导下，全市组织部门坚持以习近平新时代中国特色社会主义思想为指导，忠实践行新时代党的组织路线，认真落实全国、全省组织部长会议精神和市委决策部署，围绕主责主业，聚焦重点发力，注重改革创新，狠抓工作落实，各项工作取得新进展新成效。

1、注重凝心铸魂，筑牢理想信念之基。持续强化理论武装。巩固拓展主题教育成果，严格落实“第一议题”制度，市、县 155名领导干部上讲台领学促学。市级层面举办 6期学习贯彻党的二十届三中全会精神集中轮训，培训市管干部 972人，带动县市区、市直单位学习培训全覆盖。不断提升党员干部教育质效。落实党员教育培训工作规划，全市举办各类培训班 313期、参训 105620 人次，送训 112 人次参加全省示范培训。

2、注重选贤任能，凝聚干事创业之力。抓实公务员队伍建设，招录公务员 654名，调任 117名优秀人才进入公务员队伍，遴选 80名优秀年轻干部转任到市直机关。精简优化基层考核，市、县考核指标精简率分别达 84.9%、88.1%，实现一个考核、一次考核管到底。

3、注重强基固本，激发战斗堡垒之效。扎实推进为基层减负赋能，深化党建引领乡村振兴，抓实党建引领基层治理，管好党员队伍。“七个一批”稳妥化解村级债务 8.37亿元，全市村级集体经济总收入同比增长 20.74%。

4、注重筑巢引凤，汇聚振兴发展之智。完善人才政策，拓宽引才路径，帮助金博碳素等重点企业引进专业人才 627人，2024年市直事业单位引进急需紧缺博士 14人、硕士 202人；激发创新活力，优化人才生态。
"""),
    ("frugality", """
1、坚决落实习惯过“紧日子”要求，对预算编制、资产管理、采购管理、报账管理等方面提出更严格的要求。

2、建立节约长效机制，严格执行《机关运行保障实用手册》，建立健全节约工作责任制，使节约工作走上制度化、规范化的管理轨道。
"""),
    ("goalSetting", """
1.根据年初预算设立的部门整体支出绩效目标对应年末执行情况是否达标。

2.根据年初部门主要工作职责及财务制度设立部门整体支出绩效评价领导机构，由单位主要领导任组长，分管财务领导任副组长，业务科室负责人、会计为成员的绩效评价领导小组，领导小组办公室下设在组织部办公室，由财务人员（会计）负责数据的收集上报工作。

3.绩效目标设立合理，符合国家法律法规、符合财经法规制度，符合“三定”方案确定的职责，符合中长期实施规划。绩效指标明确，绩效目标细化分解到具体的工作任务中，通过清晰、可衡量的指标值予以体现，符合年度的计划任务，与本年度的预算资金相匹配。
"""),
    ("change.expenditure.generalPublic.basic.personnel", "主要原因是人员调入调出异动产生的。"),
    ("change.expenditure.generalPublic.basic.public", """
主要原因是省委主题教育督导组联络服务支出 39.51万元本年度在公用经费中列支，上年度在项目支出中列支（市财政
2023 年 12 月 20 日下达 2013201 行政运行指标，2023 年度的支出用其他项目支出指标垫付支出）；乡村振兴驻村帮扶
工作培训支出本年度比上年度减少 8.25万元。
"""),
    ("change.expenditure.generalPublic.project", """
主要原因①是上年度列支了前年末因新冠疫情的爆发延迟支付的公务员考录集中面试费用，再加上上年度的公务员考录规
模比本年度大，2024年支出比上年同期减少 89.05万元。②是因机构改革，市委非公有制经济组织和社会组织工作委员
会办公室的职能及专项经费划转入中共益阳市委社会工作部，2024年支出比上年同期减少非公有制经济组织和社会组
织党建专项支出 77.08万元。③是省委主题教育督导组联络服务支出本年度在公用经费中列支，上年度在项目支出中列
支，2024 年支出比上年同期减少 31.66 万元。④是 2024 年比上年度减少了乡村振兴驻村工作队日常生活用品购置经
费支出 50 万元、益阳市第七次党代会生产和工作一线代表履职能力提升示范培训费支出 25.97万元、“清华之友—益
阳英才奖学金”捐赠款项支出 20 万元、全市乡镇（街道）党（工）委书记提升政治能力专题培训费支出 8万元、对“益
阳党建引领破解城市小区治理难题的经验和成效”方面的宣传推介经费支出14.6万元、大兴调查研究专项经费支出 24.32
万元、乡村振兴驻村帮扶工作培训支出 8.25万元、全省城市基层党建引领基层治理专题培训示范班部分住宿费支出
11.99万元等。
"""),
    ("change.threePublic.vehicleOperation.actual", """
上年度列支了公务车车载北斗终端安装及三年服务费、驾驶员劳保费及安全行
车奖励，本年度无上述两项支出。
"""),
    ("change.threePublic.reception.actual", """
本单位树立习惯过“紧日子”思想，坚持厉行节约，严格按接待要求及标准执行。
"""),
    ("problems", """
绩效目标设置笼统缺乏量化标准、指标值设定的时效性有差距。主要原因是部分考核指标脱离实际，可操作性差；
绩效理念未深入人心，存在“重分配、轻管理”倾向。
"""),
    ("improvements", """
加大对《湖南省预算绩效目标管理办法》相关规定的宣传，加强对业务科室的绩效管理培训，提高绩效管理意识；
建立动态调整机制，定期优化指标库。增强绩效目标设置的科学性、合理性和规范性，进一步细化、量化、优化整体支
出和项目支出绩效目标指标及目标值。
"""),
    ("resultUse", """
绩效自评结果将为下年度预算编制、预算执行和预算管理提供参照和依据，不断细化绩效评价指标，提高资金使用
效益。根据统一要求，将于 2025年 4月 29日前将自评报告在益阳党建网公开。
"""),
    ("other", "无"),
    ("conclusion", """
根据部门整体支出绩效评价指标确定的内容，经评价组综合评价，中共益阳市委组织部 2024 年度整体支出绩效自
评得分为 99.66分，自评结论为“优秀”。
"""),
]


def performance_2024(y):
    Y = 2024
    # 年初: goals and indicators are set with the budget (recorded 2024-01-04, after the projects exist)
    jan = datetime(Y, 1, 4, 14, 0, tzinfo=CST)
    k = 0
    for project, goal in GOALS.items():
        y.add("SetPerformanceGoal", {"projectCode": project, "goal": seed_text(goal), "achieved": None},
              at=jan + timedelta(minutes=k), reason="年初绩效目标", document="益财预〔2024〕1号")
        k += 1
        for ind in INDICATORS[project]:
            iid, l1, l2, name, target, weight, measure, _actual = ind
            y.add("DefineIndicator", {"indicatorId": iid, "projectCode": project, "level1": l1, "level2": l2,
                                      "name": name, "target": target, "weight": weight,
                                      "measure": measure if measure not in (None, Q) else None},
                  at=jan + timedelta(minutes=k), reason="年初绩效指标", document="益财预〔2024〕1号")
            k += 1
    # 自评: outcomes 2025-04-01..03, goals achieved and texts 2025-04-08..14, submission 2025-04-15
    days = {None: datetime(2025, 4, 1, 9, 30, tzinfo=CST), "YW-01": datetime(2025, 4, 2, 9, 30, tzinfo=CST),
            "JJ-01": datetime(2025, 4, 3, 10, 0, tzinfo=CST), "PX-01": datetime(2025, 4, 3, 15, 0, tzinfo=CST)}
    for project, inds in INDICATORS.items():
        t = days[project]
        for i, (iid, _l1, _l2, _name, _target, weight, measure, actual) in enumerate(inds):
            fields = {"indicatorId": iid, "businessDate": f"{Y}-12-31"}
            if measure == Q:
                fields.update({"actual": actual, "achievement": "ACHIEVED", "score": weight})
            elif measure is None:
                fields["actual"] = actual
            # bound to a ledger measure: no actual, the ledger computes it
            y.add("RecordIndicatorOutcome", fields, at=t + timedelta(minutes=4 * i), by=OUTCOME_BY[project],
                  reason="2024 年度绩效自评：实际完成值")
    t = datetime(2025, 4, 8, 10, 0, tzinfo=CST)
    for i, (project, goal) in enumerate(GOALS.items()):
        y.add("SetPerformanceGoal", {"projectCode": project, "goal": seed_text(goal), "achieved": ACHIEVED},
              at=t + timedelta(minutes=5 * i), by=OUTCOME_BY[project], reason="2024 年度绩效自评：目标完成情况")
    t = datetime(2025, 4, 14, 9, 0, tzinfo=CST)
    for i, (section, text) in enumerate(TEXTS):
        y.add("RecordEvaluationText", {"section": section, "text": seed_text(text)},
              at=t + timedelta(minutes=4 * i), reason="2024 年度部门整体支出绩效自评报告")
    # scoreTotal and grade are what the report prints: a claim the import checks against the score it computes from
    # the figures as of figuresAsOf (and refuses if they differ); the stored score, position and hash are computed
    y.add("SubmitSelfEvaluation", {"scoreTotal": "99.66", "grade": "优", "figuresAsOf": "2025-04-15T15:59:59Z",
                                   "lastSequence": 0},
          at=datetime(2025, 4, 15, 15, 30, tzinfo=CST), reason="提交 2024 年度部门整体支出绩效自评（99.66 分，优）",
          document="2024年度中共益阳市委组织部整体支出绩效自评报告")


# --------------------------------------------------------------------------------------------------------------
# A small model of the ledger's rules and of the key figures, to fail fast on an arithmetic slip
# --------------------------------------------------------------------------------------------------------------

class Model:
    def __init__(self, year):
        self.year = year
        self.lines = {}
        self.spent = {}
        self.limits = {}
        self.three = defaultdict(int)
        self.last_at = None
        self.initial = 0
        self.income = defaultdict(int)
        self.recovered = 0
        self.procurement_budget = 0

    def apply(self, f, as_of=None):
        if as_of is not None and f.at > as_of:
            return
        assert self.last_at is None or f.at >= self.last_at, (f.name, f.at, self.last_at)
        self.last_at = f.at
        c = f.fields
        n = f.name
        if n == "RecordAppropriation":
            assert c["lineId"] not in self.lines
            self.lines[c["lineId"]] = dict(c, full=fen(c["amount"]), executed=0)
            if c["initial"]:
                self.initial += fen(c["amount"])
        elif n == "AdjustBudget":
            line = self.lines[c["lineId"]]
            a = fen(c["amount"])
            if c["direction"] == "REDUCTION":
                assert a <= line["full"] - line["executed"], f.fields
                a = -a
            line["full"] += a
        elif n == "TransferBudget":
            src, dst = self.lines[c["fromLineId"]], self.lines[c["toLineId"]]
            a = fen(c["amount"])
            assert a <= src["full"] - src["executed"]
            src["full"] -= a
            dst["full"] += a
        elif n == "ReceiveFunds":
            if c["source"] == "RECOVERED_PRIOR_YEARS":
                self.recovered += fen(c["amount"])
            else:
                self.income[c["fundNature"]] += fen(c["amount"])
        elif n == "SetThreePublicLimits":
            self.limits = {"30212": fen(c["abroad"]), "31013": fen(c["vehiclePurchase"]),
                           "30231": fen(c["vehicleOperation"]), "30217": fen(c["reception"])}
        elif n == "SetProcurementBudget":
            self.procurement_budget = fen(c["amount"])
        elif n == "RecordExpenditure":
            assert c["expenditureId"] not in self.spent, c["expenditureId"]
            line = self.lines[c["lineId"]]
            a = fen(c["amount"])
            assert a <= line["full"] - line["executed"], ("无预算不支出", c, line["full"] - line["executed"])
            econ = c["economicCode"]
            if econ in self.limits:
                assert self.three[econ] + a <= self.limits[econ], ("三公 limit", c)
                self.three[econ] += a
            assert econ.startswith(("301", "303")) == (line["kind"] == "BASIC_PERSONNEL"), c
            assert line["economicCode"] is None or econ.startswith(line["economicCode"]), ("指标经济科目", c)
            line["executed"] += a
            self.spent[c["expenditureId"]] = dict(c, line=line, reversed=False)
        elif n == "ReverseExpenditure":
            e = self.spent[c["expenditureId"]]
            assert not e["reversed"]
            e["reversed"] = True
            e["line"]["executed"] -= fen(e["amount"])
            if e["economicCode"] in self.three:
                self.three[e["economicCode"]] -= fen(e["amount"])

    def live(self):
        return [e for e in self.spent.values() if not e["reversed"]]

    def figures(self):
        live = self.live()

        def total(pred):
            return sum(fen(e["amount"]) for e in live if pred(e))

        kind = lambda k: (lambda e: e["line"]["kind"] == k)
        f = {
            "budget.initial": self.initial,
            "budget.full": sum(l["full"] for l in self.lines.values()),
            "budget.basic.full": sum(l["full"] for l in self.lines.values() if l["kind"] != "PROJECT"),
            "budget.project.full": sum(l["full"] for l in self.lines.values() if l["kind"] == "PROJECT"),
            "budget.basic.public.full": sum(l["full"] for l in self.lines.values() if l["kind"] == "BASIC_PUBLIC"),
            "budget.procurement": self.procurement_budget,
            "expenditure.total": total(lambda e: True),
            "expenditure.basic.personnel": total(kind("BASIC_PERSONNEL")),
            "expenditure.basic.public": total(kind("BASIC_PUBLIC")),
            "expenditure.project": total(kind("PROJECT")),
            "expenditure.procurement": total(lambda e: e["procurement"]),
            "expenditure.fund.generalPublic": total(lambda e: e["line"]["fundNature"] == "GENERAL_PUBLIC"),
            "expenditure.fund.other": total(lambda e: e["line"]["fundNature"] == "OTHER"),
            "income.generalPublic": self.income["GENERAL_PUBLIC"],
            "income.other": self.income["OTHER"],
            "income.recoveredPriorYears": self.recovered,
            "threePublic.vehicleOperation.actual": total(lambda e: e["economicCode"] == "30231"),
            "threePublic.reception.actual": total(lambda e: e["economicCode"] == "30217"),
            "threePublic.reception.batches": sum(e.get("receptionBatches") or 0 for e in live),
            "threePublic.reception.persons": sum(e.get("receptionPersons") or 0 for e in live),
        }
        f["expenditure.basic"] = f["expenditure.basic.personnel"] + f["expenditure.basic.public"]
        f["expenditure.generalPublic.project"] = total(
            lambda e: e["line"]["kind"] == "PROJECT" and e["line"]["fundNature"] == "GENERAL_PUBLIC")
        f["income.total"] = f["income.generalPublic"] + f["income.other"]
        f["carryOver.closing"] = self.recovered + f["income.total"] - f["expenditure.total"]
        for key, codes in [("office", {"30201"}), ("utilitiesAndTravel", {"30205", "30206", "30211"}),
                           ("meetingsAndTraining", {"30215", "30216"})]:
            f[f"public.{key}.budget"] = sum(l["full"] for l in self.lines.values()
                                            if l["kind"] == "BASIC_PUBLIC" and l["economicCode"] in codes)
            f[f"public.{key}.actual"] = total(lambda e: e["line"]["kind"] == "BASIC_PUBLIC" and e["economicCode"] in codes)
        return f

    def project(self, code):
        lines = [l for l in self.lines.values() if l["projectCode"] == code]
        ids = {l["lineId"] for l in lines}
        executed = sum(fen(e["amount"]) for e in self.live() if e["lineId"] in ids)
        return {"budget.initial": sum(fen(l["amount"]) for l in lines if l["initial"]),
                "budget.full": sum(l["full"] for l in lines), "executed": executed,
                "carryOver.full": sum(l["full"] for l in lines if l["vintage"] == "CARRY_OVER")}


def check(y2023, y2024):
    as_of = datetime(2025, 4, 15, 23, 59, 59, tzinfo=CST)
    m23, m24, now24 = Model(2023), Model(2024), Model(2024)
    for f in y2023.facts:
        m23.apply(f, as_of)
    for f in y2024.facts:
        m24.apply(f, as_of)
        now24.apply(f)
    g = golden()
    fig = m24.figures()
    prior = m23.figures()
    bad = []
    for key, value in fig.items():
        if key in g["figures"]:
            want = g["figures"][key]
            got = value if isinstance(want, int) else yuan(value)
            if got != want:
                bad.append(f"{key}: model {got}, golden {want}")
    for key in ["expenditure.fund.generalPublic", "expenditure.project", "public.office.actual",
                "public.utilitiesAndTravel.actual", "public.meetingsAndTraining.actual",
                "threePublic.vehicleOperation.actual", "threePublic.reception.actual"]:
        want = g["figures"]["prior." + key]
        if yuan(prior[key]) != want:
            bad.append(f"prior.{key}: model {yuan(prior[key])}, golden {want}")
    for key, want in [("expenditure.basic.personnel", "10983200.00"), ("expenditure.basic.public", "2497000.00")]:
        if yuan(prior[key]) != want:
            bad.append(f"prior.{key}: model {yuan(prior[key])}, golden {want}")
    assert prior["carryOver.closing"] == 0, prior["carryOver.closing"]
    for p in g["projects"]:
        code = {"业务工作开展专项经费": "YW-01", "派驻纪检监察组工作经费": "JJ-01", "党员集中教育培训经费": "PX-01"}[p["name"]]
        got = m24.project(code)
        for key in ("budget.initial", "budget.full", "executed"):
            if yuan(got[key]) != p[key]:
                bad.append(f"{p['name']} {key}: model {yuan(got[key])}, golden {p[key]}")
    cats = {"business": ["YW-01", "JJ-01"], "operations": ["YW-02"], "special": ["PX-01"]}
    for cat, codes in cats.items():
        for key, field in (("budget", "budget.full"), ("actual", "executed")):
            got = sum(m24.project(c)[field] for c in codes)
            want = g["figures"][f"project.category.{cat}.{key}"]
            if yuan(got) != want:
                bad.append(f"project.category.{cat}.{key}: model {yuan(got)}, golden {want}")
    if bad:
        sys.exit("model does not reproduce the golden figures:\n  " + "\n  ".join(bad))
    # the correction recorded after the submission moves exactly CORRECTION_AMOUNT out of 办公费
    now = now24.figures()
    diff = {k for k in fig if fig[k] != now[k]}
    assert diff == {"public.office.actual"}, diff
    assert fig["public.office.actual"] - now["public.office.actual"] == fen(CORRECTION_AMOUNT)


def golden():
    """The report's printed figures, kept beside this script (datasets/golden/)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "yiyang-zzb-2024.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def main():
    y2023 = build_2023()
    y2024 = build_2024()
    for y in (y2023, y2024):
        y.facts.sort(key=lambda f: (f.at, f.order))
    check(y2023, y2024)
    lines = [json.dumps({"command": "RegisterDepartment", "departmentId": DEPT, "name": DEPT_NAME,
                         "audit": {"recordedBy": FINANCE, "recordedAt": "2023-01-03T08:50:00+08:00",
                                   "reason": "登记预算单位"}}, ensure_ascii=False)]
    for y in (y2023, y2024):
        for f in y.facts:
            body = {"command": f.name}
            body.update({k: v for k, v in f.fields.items() if v is not None})
            body["audit"] = f.audit
            lines.append(json.dumps(body, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} commands to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
