package budgetledger.core.classification;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The known codes nearest an unknown one, for a refusal to suggest: codes sharing the longest prefix first (the same
 * 类 and 款 are what a clerk most likely meant), then the fewest edits (a typo), then the typed level (项 for a
 * 项), then code order; at most five.
 */
final class NearestCodes {
    static final int MAX = 5;

    private NearestCodes() {
    }

    /** "；最接近的科目：2160201 行政运行、…", or empty when the year knows no codes at all. */
    static String suggestion(String raw, Map<String, String> known) {
        List<Map.Entry<String, String>> nearest = nearest(raw, known);
        if (nearest.isEmpty()) {
            return "";
        }
        return nearest.stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("、", "；最接近的科目：", ""));
    }

    static List<Map.Entry<String, String>> nearest(String raw, Map<String, String> known) {
        String typed = raw == null ? "" : raw.trim();
        return known.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, String>>comparingInt(e -> -commonPrefix(typed, e.getKey()))
                        .thenComparingInt(e -> editDistance(typed, e.getKey()))
                        .thenComparingInt(e -> Math.abs(e.getKey().length() - typed.length()))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX)
                .toList();
    }

    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
