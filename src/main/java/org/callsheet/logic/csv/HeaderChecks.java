package org.callsheet.logic.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.callsheet.logic.text.Characters;

/**
 * Refuses a first row that cannot be a header: all blank, holding a value (a number, a date, an
 * e-mail address), or naming the same column twice.
 */
final class HeaderChecks {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,]*\\.?\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[-/.年]\\d{1,2}[-/.月]\\d{1,4}日?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private HeaderChecks() {
    }

    static void check(CsvRow header) {
        if (header.isBlank()) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.NO_HEADER, header.row(), ""));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.cell(i);
            String plain = Characters.halfWidth(cell).strip();
            if (NUMBER.matcher(plain).matches() || DATE.matcher(plain).matches()
                    || EMAIL.matcher(plain).matches()) {
                throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.NO_HEADER, header.row(), cell));
            }
            String key = HeaderNormalizer.normalize(cell);
            if (key.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw new UnreadableCsvException(CsvProblem.fatal(
                        ProblemCode.DUPLICATE_HEADER, header.row(), cell.strip(), first + 1, i + 1));
            }
        }
    }

    /** Column names as shown to the user: without a byte order mark or surrounding spaces. */
    static List<String> displayNames(CsvRow header) {
        return java.util.stream.IntStream.range(0, header.size())
                .mapToObj(i -> header.cell(i).replace("\uFEFF", "").strip())
                .toList();
    }
}
