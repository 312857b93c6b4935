package budgetledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A synthetic city: {@code departments} × {@code years} department-years, each a realistic year in the import format
 * (the seed's shape): opening, 三公 limits, establishment, projects, appropriations, monthly receipts, goals and
 * indicators, then a year of vouchers — mostly expenditures spread over the year, with 追加/追减, 调剂, 冲销 and
 * receptions under the 公务接待 limit — then outcomes, texts and the close (every year but the last).
 * <p>
 * Every command is valid: each {@link CityYear} keeps the same books the ledger keeps ({@link CityBooks}: available
 * per line, 三公 spent against its limit, which expenditures are reversed) and never asks for what the ledger would
 * refuse. Seeded: the same arguments give the same file, byte for byte.
 */
public final class City {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final String[] CLERKS = {"朱琳", "王芳", "李强", "张伟", "刘洋", "陈静", "杨帆", "赵敏"};
    static final String[] PAYEES = {"文具店", "国网益阳供电分公司", "益阳市自来水公司", "中国电信益阳分公司",
            "物业服务公司", "公务接待定点饭店", "定点加油站", "航空服务公司", "印刷厂", "培训中心"};

    private final int departments;
    private final int years;
    private final int lastYear;
    private final long commandsPerLedger;
    private final long seed;

    /**
     * @param commandsPerLedger about how many commands each department-year gets (at least ~60: the year's frame)
     * @param lastYear          the last fiscal year; earlier years are closed, the last one is left open
     */
    public City(int departments, int years, int lastYear, long commandsPerLedger, long seed) {
        this.departments = departments;
        this.years = years;
        this.lastYear = lastYear;
        this.commandsPerLedger = commandsPerLedger;
        this.seed = seed;
    }

    /** A city of about {@code totalCommands} commands over {@code departments} × {@code years}. */
    public static City ofSize(long totalCommands, int departments, int years, int lastYear, long seed) {
        long perLedger = Math.max(80, (totalCommands - departments) / ((long) departments * years));
        return new City(departments, years, lastYear, perLedger, seed);
    }

    public static String departmentId(int d) {
        return String.format("bench-d%04d", d);
    }

    /** Writes the city as JSON Lines, department by department (as each unit's export would come); returns the count. */
    public long write(Path file) {
        long[] n = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generate(line -> {
                try {
                    out.write(line);
                    out.write('\n');
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    public void generate(Consumer<String> sink) {
        for (int d = 0; d < departments; d++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + d);
            String dept = departmentId(d);
            String name = "益阳市第" + (d + 1) + "预算单位";
            LocalDateTime registered = LocalDateTime.of(lastYear - years + 1, 1, 2, 9, 0);
            ObjectNode reg = command("RegisterDepartment", dept, 0);
            reg.remove("year");
            reg.put("name", name);
            sink.accept(line(reg, audit(CLERKS[d % CLERKS.length], registered, "登记预算单位", null)));
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                new CityYear(random, dept, name, y, y < lastYear, commandsPerLedger, sink).generate();
            }
        }
    }

    static ObjectNode command(String name, String dept, int year) {
        ObjectNode n = JSON.createObjectNode();
        n.put("command", name);
        n.put("departmentId", dept);
        n.put("year", year);
        return n;
    }

    static ObjectNode audit(String by, LocalDateTime at, String reason, String document) {
        ObjectNode a = JSON.createObjectNode();
        a.put("recordedBy", by);
        a.put("recordedAt", at.atOffset(CST).toString());
        if (reason != null) {
            a.put("reason", reason);
        }
        if (document != null) {
            a.put("document", document);
        }
        return a;
    }

    static String line(ObjectNode command, ObjectNode audit) {
        command.set("audit", audit);
        return command.toString();
    }

    static String yuan(long fen) {
        return (fen / 100) + "." + String.format("%02d", fen % 100);
    }
}
