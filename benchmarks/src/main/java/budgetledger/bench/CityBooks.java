package budgetledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The books the generator keeps for one department-year — the same the ledger keeps: each line's budget and what it
 * executed, the 三公 spent against its limits, which expenditures are reversed — so that it never asks for what the
 * ledger would refuse.
 */
final class CityBooks {
    /** A budget line: full-year budget and executed, in fen. */
    static final class Line {
        final String id;
        final String economic;
        final long monthlyFen;
        long fullFen;
        long executedFen;

        Line(String id, String economic, long fullFen) {
            this.id = id;
            this.economic = economic;
            this.fullFen = fullFen;
            this.monthlyFen = Math.max(100, fullFen / 12);
        }

        long available() {
            return fullFen - executedFen;
        }
    }

    /** An expenditure recorded, for a later reversal; {@code reception} is {batches, persons} or null. */
    record Spent(String id, Line line, long fen, String economic, int[] reception, boolean[] reversed) {
    }

    final List<Line> lines = new ArrayList<>();
    private final List<Spent> spent = new ArrayList<>();
    private final String prefix;
    long receptionLimitFen;
    long vehicleLimitFen;
    private long receptionSpentFen;
    private long vehicleSpentFen;

    CityBooks(String prefix) {
        this.prefix = prefix;
    }

    /** An appropriated line; {@code spendCode} is the economic code its expenditures carry (null: wages, 30101). */
    Line open(String lineId, String spendCode, long fen) {
        Line line = new Line(lineId, spendCode == null ? "30101" : spendCode, fen);
        lines.add(line);
        return line;
    }

    /** The line an expenditure draws on: wages most, then the public-use lines, then social insurance and projects. */
    Line pick(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 30) {
            return lines.get(0); // wages
        }
        if (r < 40) {
            return lines.get(1 + random.nextInt(2));
        }
        if (r < 85) {
            return lines.get(3 + random.nextInt(4)); // office, travel, reception, vehicle
        }
        return lines.get(7 + random.nextInt(2)); // projects
    }

    Line office() {
        String id = prefix + "-U-OFFICE";
        return lines.stream().filter(l -> l.id.equals(id)).findFirst().orElseThrow();
    }

    long monthlyReceiptFen() {
        return lines.stream().mapToLong(l -> l.monthlyFen).sum();
    }

    boolean receptionAllows(long fen) {
        return receptionSpentFen + fen <= receptionLimitFen;
    }

    boolean vehicleAllows(long fen) {
        return vehicleSpentFen + fen <= vehicleLimitFen;
    }

    int spentCount() {
        return spent.size();
    }

    void spend(Spent s) {
        s.line().executedFen += s.fen();
        if (s.reception() != null) {
            receptionSpentFen += s.fen();
        }
        if (s.economic().equals("30231")) {
            vehicleSpentFen += s.fen();
        }
        spent.add(s);
    }

    /** One of the last 200 expenditures not yet reversed (eight tries), or null. */
    Spent reversible(SplittableRandom random) {
        Spent s = null;
        for (int tries = 0; tries < 8 && s == null; tries++) {
            Spent candidate = spent.get(spent.size() - 1 - random.nextInt(Math.min(spent.size(), 200)));
            if (!candidate.reversed()[0]) {
                s = candidate;
            }
        }
        return s;
    }

    void reverse(Spent s) {
        s.reversed()[0] = true;
        s.line().executedFen -= s.fen();
        if (s.reception() != null) {
            receptionSpentFen -= s.fen();
        }
        if (s.economic().equals("30231")) {
            vehicleSpentFen -= s.fen();
        }
    }
}
