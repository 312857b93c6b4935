package budgetledger.bench;

import budgetledger.app.ledger.Importer;
import budgetledger.app.security.LedgerUser;
import budgetledger.app.security.Role;
import budgetledger.app.sheets.SheetImport;
import budgetledger.app.sheets.SheetKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static budgetledger.bench.Bench.OUT;
import static budgetledger.bench.Scenarios.goal;

/**
 * {@code import-xlsx}: N vouchers from an XLSX sheet through the recorder's import — preview, then commit, as a clerk
 * does it on the import page — against the same vouchers as {@code RecordExpenditure} lines through the JSON Lines
 * import ({@link Importer}), in the same run, each into a department-year of its own with the same budget. The rate is
 * vouchers per second of preview plus commit; the ratio is that rate over the JSON Lines import's.
 */
final class ImportXlsxScenario {
    private static final int YEAR = LocalDate.now().getYear();
    private static final List<String> HEADERS = List.of("日期", "凭证号", "摘要", "预算指标", "经济科目", "金额", "收款人");

    private ImportXlsxScenario() {
    }

    /** One voucher: the same in the sheet and in the JSON Lines file. */
    private record Voucher(LocalDate date, String voucherNo, String summary, String amount) {
    }

    static int run(String db, boolean quick) throws Exception {
        int rows = quick ? 10_000 : 100_000;
        List<Voucher> vouchers = vouchers(rows);
        Path dir = Files.createTempDirectory("bench-xlsx-");
        try (LedgerApp app = LedgerApp.start(db, false)) {
            for (String dept : List.of("warm-x", "warm-j", "xlsx", "jsonl")) {
                Path setup = dir.resolve(dept + "-setup.jsonl");
                Files.write(setup, setup(dept), StandardCharsets.UTF_8);
                if (!Scenarios.refusedNone(Scenarios.importFile(app, setup))) {
                    return 1;
                }
            }
            // warm-up: both paths once on a tenth of the rows, into department-years of their own
            List<Voucher> warm = vouchers.subList(0, rows / 10);
            xlsx(app, dir, "warm-x", warm);
            jsonl(app, dir, "warm-j", warm);

            double jsonlSeconds = jsonl(app, dir, "jsonl", vouchers);
            if (Double.isNaN(jsonlSeconds)) {
                return 1;
            }
            double jsonlRate = rows / jsonlSeconds;
            OUT.printf("JSON Lines import (Importer, one department-year: one lane, chunks of 1,000): %d vouchers in %.1f s: "
                    + "%.0f vouchers/s%n", rows, jsonlSeconds, jsonlRate);
            double xlsxSeconds = xlsx(app, dir, "xlsx", vouchers);
            if (xlsxSeconds < 0) {
                return 1;
            }
            double rate = rows / xlsxSeconds;
            OUT.printf("XLSX import (preview + commit as a recorder): %d vouchers in %.1f s: %.0f vouchers/s%n",
                    rows, xlsxSeconds, rate);
            double ratio = rate / jsonlRate;
            goal("ratio ≥ 0.5 (at least half the JSON Lines rate)", ratio >= 0.5);
            Bench.result("import-xlsx", rate, "vouchers/s", jsonlRate, ratio);
            return 0;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static List<Voucher> vouchers(int rows) {
        SplittableRandom random = new SplittableRandom(Scenarios.SEED);
        List<Voucher> vouchers = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            vouchers.add(new Voucher(LocalDate.of(YEAR, 1, 1).plusDays(i % 300), "记-" + i, "办公用品 " + i,
                    (1 + random.nextInt(5_000)) + "." + String.format("%02d", random.nextInt(100))));
        }
        return vouchers;
    }

    /** Preview then commit; the seconds of both, or -1 if a row was refused (the generator writes none). */
    private static double xlsx(LedgerApp app, Path dir, String dept, List<Voucher> vouchers) throws Exception {
        Path file = dir.resolve(dept + ".xlsx");
        long t0 = System.nanoTime();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("凭证");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < vouchers.size(); r++) {
                Voucher v = vouchers.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(v.date().toString());
                row.createCell(1).setCellValue(v.voucherNo());
                row.createCell(2).setCellValue(v.summary());
                row.createCell(3).setCellValue("U-OFFICE");
                row.createCell(4).setCellValue(30201);
                row.createCell(5).setCellValue(v.amount());
                row.createCell(6).setCellValue("文具店");
            }
            wb.write(out);
            wb.dispose();
        }
        OUT.printf("%s: %d rows, %d KiB of XLSX, written in %.1f s%n", dept, vouchers.size(), Files.size(file) >> 10,
                (System.nanoTime() - t0) / 1e9);
        LedgerUser clerk = new LedgerUser("bench-clerk", "基准录入员", Set.of(Role.RECORDER), Set.of(dept), true,
                Instant.now(), "bench");
        SheetImport imports = app.bean(SheetImport.class);
        long start = System.nanoTime();
        SheetImport.Outcome preview = imports.run(new SheetImport.Request(SheetKind.VOUCHERS, file, dept, YEAR, clerk,
                false, false, null, Map.of()), n -> { });
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        SheetImport.Outcome commit = imports.run(new SheetImport.Request(SheetKind.VOUCHERS, file, dept, YEAR, clerk,
                true, false, null, Map.of()), n -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        OUT.printf("%s: preview %.1f s (%d accepted), commit %.1f s (%d recorded)%n", dept, previewSeconds,
                preview.accepted(), seconds - previewSeconds, commit.recorded());
        if (!preview.refused().isEmpty() || commit.recorded() != vouchers.size()) {
            OUT.println("FAILED: the import refused a generated voucher: "
                    + (preview.refused().isEmpty() ? commit.refused() : preview.refused()).stream().findFirst().orElse(null));
            return -1;
        }
        return seconds;
    }

    private static double jsonl(LedgerApp app, Path dir, String dept, List<Voucher> vouchers) throws Exception {
        Path file = dir.resolve(dept + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Voucher v : vouchers) {
                out.write("{\"command\":\"RecordExpenditure\",\"departmentId\":\"" + dept + "\",\"year\":" + YEAR
                        + ",\"expenditureId\":\"PZ-" + v.voucherNo() + "\",\"lineId\":\"U-OFFICE\",\"amount\":\""
                        + v.amount() + "\",\"businessDate\":\"" + v.date() + "\",\"economicCode\":\"30201\","
                        + "\"payee\":\"文具店\",\"voucherNo\":\"" + v.voucherNo() + "\",\"summary\":\"" + v.summary() + "\"}\n");
            }
        }
        long start = System.nanoTime();
        Importer.Result result = Scenarios.importFile(app, file);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Scenarios.refusedNone(result) ? seconds : Double.NaN;
    }

    private static List<String> setup(String dept) {
        String audit = ",\"audit\":{\"reason\":\"基准测试\"}}";
        String scope = "\"departmentId\":\"" + dept + "\",\"year\":" + YEAR;
        return List.of(
                "{\"command\":\"RegisterDepartment\",\"departmentId\":\"" + dept + "\",\"name\":\"基准单位 " + dept + "\"" + audit,
                "{\"command\":\"OpenFiscalYear\"," + scope + "}",
                "{\"command\":\"RecordAppropriation\"," + scope + ",\"lineId\":\"U-OFFICE\",\"kind\":\"BASIC_PUBLIC\","
                        + "\"fundNature\":\"GENERAL_PUBLIC\",\"functionalCode\":\"2013201\",\"economicCode\":\"30201\","
                        + "\"amount\":\"1000000000.00\",\"initial\":true,\"businessDate\":\"" + YEAR + "-01-05\"" + audit);
    }
}
