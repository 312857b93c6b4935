package budgetledger.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
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
        return String.format("cpu: JVM %.1f s + PostgreSQL %.1f s in %.1f s wall (%.2f of 2 cores); %.0f %s per CPU-second "
                        + "(%.0f per JVM CPU-second)", jvm, pg, wall, (jvm + pg) / wall, work / (jvm + pg), unit, work / jvm);
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
