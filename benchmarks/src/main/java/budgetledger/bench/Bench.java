package budgetledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar benchmarks.jar SCENARIO... [--quick]} — one or more scenarios, or {@code all}. Each scenario runs in a JVM of its own (so
 * its peak heap and resident memory are its own, and {@code replay} proves it fits {@code -Xmx512m}) on a fresh
 * database {@code bench_<random>} that this launching process creates and drops. {@code replay} and {@code verify}
 * share the city that {@code import} loaded when they run in the same launch.
 */
public final class Bench {
    static final List<String> SCENARIOS = List.of("record", "record-inproc", "import", "import-xlsx", "replay", "as-of",
            "after-refusal", "verify", "cli");
    /** Named only: {@code import-resume} takes minutes even quick (five CLI processes, each starting Spring). */
    static final List<String> NAMED_ONLY = List.of("import-resume");
    public static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            java.nio.charset.StandardCharsets.UTF_8);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        List<String> list = new ArrayList<>(Arrays.asList(args));
        if (!list.isEmpty() && list.get(0).equals("reliability")) {
            // the reliability suite (docs/reliability.md): the real app jar over HTTP, its own set of scenarios
            System.exit(budgetledger.bench.reliability.Reliability.run(list.subList(1, list.size())));
        }
        boolean quick = list.remove("--quick");
        boolean child = list.remove("--child");
        String db = option(list, "--db");
        if (list.isEmpty() || child && list.size() != 1) {
            usage();
            System.exit(2);
        }
        String scenario = list.get(0);
        if (child) {
            int code;
            try {
                code = Scenarios.run(scenario, db, quick);
            } catch (Throwable e) {
                e.printStackTrace();
                code = 1;
            }
            System.exit(code); // the ledger's processor threads would otherwise keep a failed scenario alive
        }
        List<String> todo = list.equals(List.of("all")) ? SCENARIOS : List.copyOf(list);
        if (!todo.stream().allMatch(s -> SCENARIOS.contains(s) || NAMED_ONLY.contains(s))) {
            usage();
            System.exit(2);
        }
        System.exit(launch(todo, quick));
    }

    /** Runs each scenario in a child JVM; the databases are created and dropped here, whatever the children do. */
    private static int launch(List<String> scenarios, boolean quick) throws Exception {
        String city = null;
        int failures = 0;
        try {
            for (String s : scenarios) {
                String db;
                if (s.equals("replay") || s.equals("verify")) {
                    if (city == null) {
                        city = BenchDb.create();
                        failures += child("load-city", city, quick) == 0 ? 0 : 1;
                    }
                    db = city;
                } else {
                    db = BenchDb.create();
                    if (s.equals("import")) {
                        city = db; // the imported city is the dataset replay and verify read
                    }
                }
                try {
                    failures += child(s, db, quick) == 0 ? 0 : 1;
                } finally {
                    if (!db.equals(city)) {
                        BenchDb.drop(db);
                    }
                }
            }
        } finally {
            BenchDb.drop(city);
        }
        return failures == 0 ? 0 : 1;
    }

    private static int child(String scenario, String db, boolean quick) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(scenario.equals("replay") ? "-Xmx512m" : "-Xmx1536m");
        cmd.add("-XX:+UseParallelGC");
        cmd.add("-Dfile.encoding=UTF-8");
        String extra = System.getenv("BENCH_JVM_OPTS"); // e.g. a flight recording: -XX:StartFlightRecording=filename=x.jfr
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        String classpath = System.getProperty("java.class.path");
        if (classpath.endsWith(".jar") && !classpath.contains(java.io.File.pathSeparator) && Files.isRegularFile(Path.of(classpath))) {
            cmd.addAll(List.of("-jar", classpath));
        } else {
            cmd.addAll(List.of("-cp", classpath, Bench.class.getName()));
        }
        cmd.addAll(List.of(scenario, "--child", "--db", db));
        if (quick) {
            cmd.add("--quick");
        }
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        if (code != 0) {
            OUT.println("scenario " + scenario + " failed (exit " + code + ")");
        }
        return code;
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return null;
        }
        String v = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return v;
    }

    private static void usage() {
        System.err.println("usage: java -jar benchmarks.jar SCENARIO... [--quick]   SCENARIO: all | " + String.join(" | ", SCENARIOS)
                + " | " + String.join(" | ", NAMED_ONLY) + " (not in all)");
        System.err.println("       java -jar benchmarks.jar reliability [--quick] [SCENARIO...]   (docs/reliability.md)");
    }

    /** Peak heap (the sum of the heap pools' peaks: an upper bound) and the process's peak resident set (VmHWM). */
    static void printMemory() {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        String vmHwm = Cpu.statusField("VmHWM"); // "123456 kB"
        String hwm = vmHwm == null ? "n/a" : (Long.parseLong(vmHwm.replaceAll("[^0-9]", "")) / 1024) + " MiB";
        OUT.printf("memory: JVM peak heap %d MiB of -Xmx %d MiB; process peak RSS (VmHWM) %s%n",
                heapPeak >> 20, max >> 20, hwm);
    }

    static void result(String scenario, double value, String unit, double baseline, double ratio) {
        printMemory();
        OUT.printf("RESULT scenario=%s value=%s unit=%s baseline=%s ratio=%s%n", scenario, num(value), unit, num(baseline),
                String.format("%.3f", ratio));
    }

    static String num(double v) {
        return v >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
    }

    /** A file of the repository, from the folder the benchmarks run in or any folder above it. */
    public static Path repoFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath()
                + ": build the project first (mvn -B verify) and run the benchmarks from the repository");
    }
}
