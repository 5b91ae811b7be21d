package org.callsheet.logic.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Picks comma, semicolon or tab from the first records of a file. Delimiters inside quotes do
 * not count. The winner is the candidate that splits the most records into the same number of
 * cells; on a tie the one giving more cells, then comma before semicolon before tab.
 */
public final class DelimiterDetector {
    static final char[] CANDIDATES = {',', ';', '\t'};
    private static final int RECORDS_TO_LOOK_AT = 50;

    public char detect(CharSequence sample) {
        int[][] counts = countPerRecord(sample);
        char best = ',';
        double bestConsistency = -1;
        int bestMode = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            int records = counts[c].length;
            int mode = mode(counts[c]);
            if (mode == 0) {
                continue;
            }
            int same = 0;
            for (int count : counts[c]) {
                same += count == mode ? 1 : 0;
            }
            double consistency = (double) same / records;
            if (consistency > bestConsistency || (consistency == bestConsistency && mode > bestMode)) {
                best = CANDIDATES[c];
                bestConsistency = consistency;
                bestMode = mode;
            }
        }
        return best;
    }

    /** For each candidate, the number of delimiters outside quotes in each complete record. */
    private static int[][] countPerRecord(CharSequence text) {
        int[][] counts = new int[CANDIDATES.length][RECORDS_TO_LOOK_AT];
        int[] current = new int[CANDIDATES.length];
        int records = 0;
        boolean inQuotes = false;
        boolean recordHasText = false;
        for (int i = 0; i < text.length() && records < RECORDS_TO_LOOK_AT; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
                recordHasText = true;
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                if (recordHasText) {
                    for (int c = 0; c < CANDIDATES.length; c++) {
                        counts[c][records] = current[c];
                    }
                    records++;
                }
                Arrays.fill(current, 0);
                recordHasText = false;
            } else if (!inQuotes) {
                recordHasText = true;
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        current[c]++;
                    }
                }
            }
        }
        if (records == 0 && recordHasText) {
            // A single line without an end: use it as it is.
            for (int c = 0; c < CANDIDATES.length; c++) {
                counts[c][0] = current[c];
            }
            records = 1;
        }
        int[][] trimmed = new int[CANDIDATES.length][];
        for (int c = 0; c < CANDIDATES.length; c++) {
            trimmed[c] = Arrays.copyOf(counts[c], records);
        }
        return trimmed;
    }

    private static int mode(int[] values) {
        Map<Integer, Integer> frequency = new HashMap<>();
        int best = 0;
        int bestFrequency = 0;
        for (int v : values) {
            int f = frequency.merge(v, 1, Integer::sum);
            if (f > bestFrequency || (f == bestFrequency && v > best)) {
                best = v;
                bestFrequency = f;
            }
        }
        return best;
    }
}
