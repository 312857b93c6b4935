package budgetledger.bench;

import budgetledger.bench.CityBooks.Line;
import budgetledger.bench.CityBooks.Spent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static budgetledger.bench.City.audit;
import static budgetledger.bench.City.command;
import static budgetledger.bench.City.line;
import static budgetledger.bench.City.yuan;

/**
 * One department-year of the city, as its clerk would record it: the year's frame (opening, limits, establishment,
 * projects, appropriations, goals), a year of vouchers in business-date order, and the year's end. What each voucher
 * may be is decided by the {@link CityBooks}.
 */
final class CityYear {
    private static final String[][] INDICATORS = {{"产出指标", "数量指标", "完成重点工作任务", "≥12项"},
            {"产出指标", "时效指标", "资金支付及时率", "≥95%"},
            {"效益指标", "社会效益指标", "群众满意度", "≥90%"},
            {"产出指标", "成本指标", "人均培训成本", "≤2000元"}};

    private final SplittableRandom random;
    private final String dept;
    private final String name;
    private final int year;
    private final boolean close;
    private final long target;
    private final String clerk;
    private final String prefix;
    private final CityBooks books;
    private final Consumer<String> sink;
    private long emitted;
    private long clockSeconds;
    private int voucher;

    CityYear(SplittableRandom random, String dept, String name, int year, boolean close, long target, Consumer<String> sink) {
        this.random = random;
        this.dept = dept;
        this.name = name;
        this.year = year;
        this.close = close;
        this.target = target;
        this.sink = sink;
        this.clerk = City.CLERKS[random.nextInt(City.CLERKS.length)];
        this.prefix = String.valueOf(year % 100);
        this.books = new CityBooks(prefix);
    }

    void generate() {
        LocalDate jan = LocalDate.of(year, 1, 1);
        String doc = opening(jan);
        budget(doc, jan);
        performance(doc, jan);
        vouchers();
        yearEnd();
    }

    /** Opening, 三公 limits, establishment and projects; returns the budget document they cite. */
    private String opening(LocalDate jan) {
        ObjectNode open = command("OpenFiscalYear", dept, year);
        open.put("departmentName", name);
        open.putArray("carriedLines");
        open.put("hashAlgorithm", random.nextInt(10) == 0 ? "SM3" : "SHA-256");
        emit(open, jan.plusDays(2), year + " 年度开账", null);

        long scale = 1 + random.nextInt(5);
        String doc = "益财预〔" + year + "〕" + (1 + random.nextInt(9)) + "号";
        ObjectNode limits = command("SetThreePublicLimits", dept, year);
        books.receptionLimitFen = scale * Math.max(100, target) * 10_000L;
        books.vehicleLimitFen = scale * Math.max(100, target) * 12_000L;
        limits.put("abroad", "0.00");
        limits.put("vehiclePurchase", "0.00");
        limits.put("vehicleOperation", yuan(books.vehicleLimitFen));
        limits.put("reception", yuan(books.receptionLimitFen));
        limits.put("businessDate", jan.plusDays(4).toString());
        emit(limits, jan.plusDays(4), year + " 年“三公”经费预算控制数", doc);

        ObjectNode est = command("DeclareEstablishment", dept, year);
        est.put("businessDate", LocalDate.of(year, 12, 31).toString());
        ArrayNode staff = est.putArray("staff");
        int authorized = 20 + random.nextInt(60);
        staff.addObject().put("category", "行政编制").put("seconded", false).put("authorized", authorized)
                .put("actual", authorized - random.nextInt(5));
        staff.addObject().put("category", "事业编制").put("seconded", false).put("authorized", 4).put("actual", 4);
        est.put("retired", random.nextInt(20));
        est.put("vehiclesAuthorized", 2);
        est.put("vehiclesActual", 1 + random.nextInt(2));
        emit(est, jan.plusDays(4), "年度编制及实有人数", doc);

        for (int p = 1; p <= 2; p++) {
            ObjectNode project = command("RegisterProject", dept, year);
            project.put("projectCode", "XM-" + p);
            project.put("name", p == 1 ? "业务工作专项经费" : "信息化运行维护经费");
            project.put("category", p == 1 ? "BUSINESS" : "OPERATIONS");
            project.put("implementingUnit", name);
            emit(project, jan.plusDays(4), year + " 年部门预算项目", doc);
        }
        return doc;
    }

    /** Nine lines and the procurement budget, sized by the expenditures planned so that few need a 追加. */
    private void budget(String doc, LocalDate jan) {
        long perLine = Math.max(1, target) * 400_000L / 9;
        appropriation("P-WAGE", "BASIC_PERSONNEL", "2013201", null, null, perLine * 3, null, doc, jan);
        appropriation("P-PENSION", "BASIC_PERSONNEL", "2080505", null, null, perLine, null, doc, jan);
        appropriation("P-MEDICAL", "BASIC_PERSONNEL", "2101101", null, null, perLine / 2, null, doc, jan);
        appropriation("U-OFFICE", "BASIC_PUBLIC", "2013201", "30201", null, perLine, "30201", doc, jan);
        appropriation("U-TRAVEL", "BASIC_PUBLIC", "2013201", "30211", null, perLine, "30211", doc, jan);
        appropriation("U-RECEPTION", "BASIC_PUBLIC", "2013201", "30217", null, books.receptionLimitFen, "30217", doc, jan);
        appropriation("U-VEHICLE", "BASIC_PUBLIC", "2013201", "30231", null, books.vehicleLimitFen, "30231", doc, jan);
        appropriation("XM-1", "PROJECT", "2013202", null, "XM-1", perLine * 2, "30227", doc, jan);
        appropriation("XM-2", "PROJECT", "2013202", null, "XM-2", perLine, "30213", doc, jan);

        ObjectNode procurement = command("SetProcurementBudget", dept, year);
        procurement.put("amount", yuan(perLine / 2));
        procurement.put("businessDate", jan.plusDays(4).toString());
        emit(procurement, jan.plusDays(4), year + " 年政府采购预算", doc);
    }

    private void performance(String doc, LocalDate jan) {
        ObjectNode goal = command("SetPerformanceGoal", dept, year);
        goal.put("goal", "全面履行部门职责，保障机关正常运转，完成年度重点工作任务。");
        emit(goal, jan.plusDays(4), "年初绩效目标", doc);
        for (int i = 0; i < INDICATORS.length; i++) {
            ObjectNode ind = command("DefineIndicator", dept, year);
            ind.put("indicatorId", "ZB-" + (i + 1));
            ind.put("level1", INDICATORS[i][0]);
            ind.put("level2", INDICATORS[i][1]);
            ind.put("name", INDICATORS[i][2]);
            ind.put("target", INDICATORS[i][3]);
            ind.put("weight", "10");
            emit(ind, jan.plusDays(4), "年初绩效指标", doc);
        }
    }

    /** Business dates spread evenly over the year, in order; a receipt each month, then mostly expenditures. */
    private void vouchers() {
        long vouchers = Math.max(1, target - emitted - 6); // 6: what the year's end adds below
        for (long i = 0; i < vouchers; i++) {
            LocalDate day = LocalDate.ofYearDay(year, (int) Math.min(365, 6 + i * 358 / vouchers));
            if (i % Math.max(1, vouchers / 12) == 0 && day.getMonthValue() <= 12) {
                receipt(day, (int) (i / Math.max(1, vouchers / 12)) + 1);
                continue;
            }
            int roll = random.nextInt(1000);
            if (roll < 20 && books.spentCount() > 10) {
                reversal(day);
            } else if (roll < 35) {
                adjustment(day);
            } else if (roll < 42) {
                transfer(day);
            } else {
                expenditure(day);
            }
        }
    }

    private void yearEnd() {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        clockSeconds = Math.max(clockSeconds, secondsOf(LocalDate.of(year + 1, 1, 10)));
        for (int i = 1; i <= INDICATORS.length; i++) {
            ObjectNode outcome = command("RecordIndicatorOutcome", dept, year);
            outcome.put("indicatorId", "ZB-" + i);
            outcome.put("businessDate", yearEnd.toString());
            outcome.put("actual", switch (i) {
                case 1 -> (10 + random.nextInt(6)) + "项";
                case 2 -> (90 + random.nextInt(11)) + "%";
                case 3 -> (85 + random.nextInt(15)) + "%";
                default -> (1500 + random.nextInt(800)) + "元";
            });
            emit(outcome, yearEnd, year + " 年度绩效自评：实际完成值", null);
        }
        ObjectNode text = command("RecordEvaluationText", dept, year);
        text.put("section", "goalSetting");
        text.put("text", "绩效目标设立合理，绩效指标明确，与本年度预算资金相匹配。");
        emit(text, yearEnd, year + " 年度部门整体支出绩效自评报告", null);
        if (close) {
            ObjectNode closing = command("CloseFiscalYear", dept, year);
            closing.put("closingDate", LocalDate.of(year + 1, 1, 10).toString());
            closing.putArray("carryOverLineIds");
            emit(closing, yearEnd, year + " 年终结账", "益财预〔" + (year + 1) + "〕3号");
        }
    }

    private void appropriation(String id, String kind, String functional, String economic, String project,
                               long fen, String spendCode, String doc, LocalDate jan) {
        ObjectNode c = command("RecordAppropriation", dept, year);
        String lineId = prefix + "-" + id;
        c.put("lineId", lineId);
        c.put("kind", kind);
        c.put("fundNature", "GENERAL_PUBLIC");
        c.put("vintage", "CURRENT_YEAR");
        c.put("functionalCode", functional);
        if (economic != null) {
            c.put("economicCode", economic);
        }
        if (project != null) {
            c.put("projectCode", project);
        }
        long amount = Math.max(100_000, fen);
        c.put("amount", yuan(amount));
        c.put("initial", true);
        c.put("businessDate", jan.plusDays(4).toString());
        emit(c, jan.plusDays(4), "年初预算", doc);
        books.open(lineId, spendCode, amount);
    }

    private void receipt(LocalDate day, int month) {
        ObjectNode c = command("ReceiveFunds", dept, year);
        c.put("receiptId", year + "-SR-" + month + "-" + voucher);
        c.put("fundNature", "GENERAL_PUBLIC");
        c.put("source", "CURRENT_YEAR");
        c.put("amount", yuan(books.monthlyReceiptFen()));
        c.put("businessDate", day.toString());
        emit(c, day, year + "年" + day.getMonthValue() + "月财政拨款收入（国库集中支付）", "国库集中支付到账通知");
    }

    private void expenditure(LocalDate day) {
        Line line = books.pick(random);
        String economic = line.economic;
        if (line.id.endsWith("P-WAGE")) {
            economic = random.nextBoolean() ? "30101" : "30102";
        } else if (line.id.endsWith("P-PENSION")) {
            economic = "30108";
        } else if (line.id.endsWith("P-MEDICAL")) {
            economic = "30110";
        }
        long fen = 100 * (50 + random.nextInt(4_000)) + random.nextInt(100);
        int[] reception = null;
        if (economic.equals("30217")) {
            if (!books.receptionAllows(fen)) {
                economic = "30201";
                line = books.office();
            } else {
                reception = new int[]{1, 2 + random.nextInt(12)};
            }
        } else if (economic.equals("30231") && !books.vehicleAllows(fen)) {
            economic = "30201";
            line = books.office();
        }
        if (fen > line.available()) {
            supplement(line, fen - line.available() + line.monthlyFen, day);
        }
        voucher++;
        String id = year + "-ZC-" + voucher;
        ObjectNode c = command("RecordExpenditure", dept, year);
        c.put("expenditureId", id);
        c.put("lineId", line.id);
        c.put("amount", yuan(fen));
        c.put("businessDate", day.toString());
        c.put("economicCode", economic);
        c.put("payee", City.PAYEES[random.nextInt(City.PAYEES.length)]);
        c.put("voucherNo", "记-" + year + "-" + String.format("%02d", day.getMonthValue()) + "-" + voucher);
        c.put("summary", day.getMonthValue() + "月" + line.id.substring(3) + "支出");
        if (reception != null) {
            c.put("receptionBatches", reception[0]);
            c.put("receptionPersons", reception[1]);
        }
        c.put("procurement", random.nextInt(50) == 0);
        books.spend(new Spent(id, line, fen, economic, reception, new boolean[1]));
        emit(c, day, null, "记-" + year + "-" + voucher);
    }

    private void reversal(LocalDate day) {
        Spent s = books.reversible(random);
        if (s == null) {
            expenditure(day);
            return;
        }
        books.reverse(s);
        ObjectNode c = command("ReverseExpenditure", dept, year);
        c.put("expenditureId", s.id());
        c.put("reason", "金额录入错误，冲销后按正确金额重新记录");
        c.put("businessDate", day.toString());
        emit(c, day, "金额录入错误，冲销后按正确金额重新记录", "记-" + year + "-" + s.id() + " 红字冲销");
    }

    private void adjustment(LocalDate day) {
        Line line = books.lines.get(random.nextInt(books.lines.size()));
        if (line.economic.equals("30217") || line.economic.equals("30231")) {
            line = books.lines.get(0);
        }
        if (random.nextInt(4) == 0 && line.available() > 200_000) {
            long fen = line.available() / (4 + random.nextInt(8));
            adjust(line, "REDUCTION", fen, day, "预算调整追减");
        } else {
            supplement(line, line.monthlyFen / (1 + random.nextInt(4)), day);
        }
    }

    private void supplement(Line line, long fen, LocalDate day) {
        adjust(line, "SUPPLEMENT", Math.max(100, fen), day, "工作经费追加");
    }

    private void adjust(Line line, String direction, long fen, LocalDate day, String reason) {
        ObjectNode c = command("AdjustBudget", dept, year);
        c.put("lineId", line.id);
        c.put("direction", direction);
        c.put("amount", yuan(fen));
        c.put("businessDate", day.toString());
        line.fullFen += direction.equals("SUPPLEMENT") ? fen : -fen;
        emit(c, day, reason, "益财预指〔" + year + "〕" + (100 + random.nextInt(99)) + "号", true);
    }

    private void transfer(LocalDate day) {
        Line from = books.lines.get(random.nextInt(3));
        Line to = books.lines.get(3 + random.nextInt(2));
        long fen = Math.min(from.available() / 10, 100 * (1_000 + random.nextInt(20_000)));
        if (fen < 100) {
            expenditure(day);
            return;
        }
        ObjectNode c = command("TransferBudget", dept, year);
        c.put("fromLineId", from.id);
        c.put("toLineId", to.id);
        c.put("amount", yuan(fen));
        c.put("businessDate", day.toString());
        from.fullFen -= fen;
        to.fullFen += fen;
        emit(c, day, "指标调剂", "益财预调〔" + year + "〕" + (1 + random.nextInt(30)) + "号", true);
    }

    /** Recorded times never go backwards within a stream: each fact is recorded on or after its business day. */
    private void emit(ObjectNode command, LocalDate businessDay, String reason, String document) {
        emit(command, businessDay, reason, document, false);
    }

    /** {@code approved}: a budget change migrated as approved elsewhere, with its proposer and (another) approver. */
    private void emit(ObjectNode command, LocalDate businessDay, String reason, String document, boolean approved) {
        long earliest = secondsOf(businessDay) + 9 * 3600;
        clockSeconds = Math.max(clockSeconds + 1 + random.nextInt(30), earliest);
        LocalDateTime at = LocalDateTime.ofEpochSecond(clockSeconds, 0, ZoneOffset.UTC);
        ObjectNode audit = audit(clerk, at, reason, document);
        if (approved) {
            audit.put("proposedBy", clerk);
            audit.put("approvedBy", clerk.equals(City.CLERKS[0]) ? City.CLERKS[1] : City.CLERKS[0]);
        }
        sink.accept(line(command, audit));
        emitted++;
    }

    private static long secondsOf(LocalDate day) {
        return day.toEpochDay() * 86_400L;
    }
}
