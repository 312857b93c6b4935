package budgetledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time spent by this JVM and by the PostgreSQL backends serving the benchmark's database, between two points: on
 * a machine shared with other work, "events per CPU-second" says what the code costs when wall-clock rates only say
 * how much CPU it was given.
 */
final class Cpu {
    private static final double TICK = 100.0; // USER_HZ on Linux
    private final String db;
    private final long startJvm;
    private final Map<Integer, Long> startPg;
    private final long startWall = System.nanoTime();

    private Cpu(String db) {
        this.db = db;
        this.startJvm = jvmNanos();
        this.startPg = pgTicks(db);
    }

    static Cpu start(String db) {
        return new Cpu(db);
    }

    /** "cpu: JVM a s + PostgreSQL b s in c s wall (d cores busy); e per CPU-second" for {@code work} units done. */
    String report(double work, String unit) {
        double wall = (System.nanoTime() - startWall) / 1e9;
        double jvm = (jvmNanos() - startJvm) / 1e9;
        Map<Integer, Long> end = pgTicks(db);
        long ticks = 0;
        for (Map.Entry<Integer, Long> e : end.entrySet()) {
            ticks += e.getValue() - startPg.getOrDefault(e.getKey(), 0L);
        }
        double pg = ticks / TICK;
        return String.format("cpu: JVM %.1f s + PostgreSQL %.1f s in %.1f s wall (%.2f of %d cores); %.0f %s per CPU-second "
                        + "(%.0f per JVM CPU-second)", jvm, pg, wall, (jvm + pg) / wall, cores(), work / (jvm + pg), unit,
                work / jvm);
    }

    /**
     * The cores this JVM may use, as the JVM counts them ({@code availableProcessors}: the CPU affinity mask and any
     * cgroup CPU limit). The ledger sizes its import lanes and its verify pool by this number, so the baselines do too.
     */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * "cores: N (JVM availableProcessors)", and what the kernel's own sources say — the processors listed in
     * /proc/cpuinfo, the CPU affinity mask, the cgroup CPU quota — with a note when one of them says otherwise.
     */
    static String describeCores() {
        int jvm = cores();
        List<String> sources = new ArrayList<>();
        boolean disagree = false;
        Integer cpuinfo = cpuinfoProcessors();
        if (cpuinfo != null) {
            sources.add("/proc/cpuinfo " + cpuinfo + " processors");
            disagree |= cpuinfo != jvm;
        }
        String affinity = statusField("Cpus_allowed_list");
        if (affinity != null) {
            int n = countList(affinity);
            sources.add("affinity " + affinity + " (" + n + ")");
            disagree |= n != jvm;
        }
        Double quota = cgroupQuota();
        if (quota != null) {
            sources.add(String.format("cgroup quota %.2f cores", quota));
            disagree |= Math.ceil(quota) != jvm;
        } else {
            sources.add("cgroup quota none");
        }
        return "cores: " + jvm + " (JVM availableProcessors); " + String.join(", ", sources)
                + (disagree ? " — the sources disagree: rates are per the JVM's count" : "");
    }

    private static Integer cpuinfoProcessors() {
        try {
            return (int) Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("processor")).count();
        } catch (IOException e) {
            return null;
        }
    }

    /** A field of /proc/self/status ("VmHWM", "Cpus_allowed_list"), or null off Linux. */
    static String statusField(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return null;
    }

    /** "0-1,4" → 3. */
    private static int countList(String list) {
        int n = 0;
        for (String part : list.split(",")) {
            String[] range = part.trim().split("-");
            n += range.length == 2 ? Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1 : 1;
        }
        return n;
    }

    /** cgroup v2 {@code cpu.max} or v1 {@code cpu.cfs_quota_us / cpu.cfs_period_us}; null when there is no limit. */
    private static Double cgroupQuota() {
        try {
            Path v2 = Path.of("/sys/fs/cgroup/cpu.max");
            if (Files.isReadable(v2)) {
                String[] f = Files.readString(v2).trim().split(" ");
                return f[0].equals("max") ? null : Double.parseDouble(f[0]) / Double.parseDouble(f[1]);
            }
            Path quota = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_quota_us");
            Path period = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_period_us");
            if (Files.isReadable(quota) && Files.isReadable(period)) {
                long q = Long.parseLong(Files.readString(quota).trim());
                return q <= 0 ? null : q / Double.parseDouble(Files.readString(period).trim());
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: reported as no quota
        }
        return null;
    }

    private static long jvmNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** utime + stime (ticks) of each backend connected to the database; backends that left are not counted. */
    private static Map<Integer, Long> pgTicks(String db) {
        Map<Integer, Long> out = new HashMap<>();
        try (Connection c = BenchDb.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (rs.next()) {
                int pid = rs.getInt(1);
                Path stat = Path.of("/proc", String.valueOf(pid), "stat");
                if (Files.isReadable(stat)) {
                    String text = Files.readString(stat);
                    String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    out.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                }
            }
        } catch (Exception e) {
            // a remote server: no PostgreSQL CPU to report
        }
        return out;
    }
}
