package org.callsheet.logic.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.callsheet.logic.text.Characters;

/**
 * Refuses a first row that cannot be a header: naming the same column twice, or
 * looking like data — a cell holds a value (a number, a date, an e-mail address) and no cell is
 * a column name the program knows. Knowing one name is enough, so a header like
 * "客户名称,2024,2025" (sales per year) is still accepted.
 */
final class HeaderChecks {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,]*\\.?\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[-/.年]\\d{1,2}[-/.月]\\d{1,4}日?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private HeaderChecks() {
    }

    static void check(CsvRow header, Set<String> knownNames) {
        String value = null;
        boolean knowsOne = false;
        for (String cell : header.cells()) {
            String plain = Characters.halfWidth(cell).strip();
            if (value == null && (NUMBER.matcher(plain).matches() || DATE.matcher(plain).matches()
                    || EMAIL.matcher(plain).matches())) {
                value = cell;
            }
            knowsOne |= knownNames.contains(HeaderNormalizer.normalize(cell));
        }
        if (value != null && !knowsOne) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.NO_HEADER, header.row(), value));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.cell(i);
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
        return IntStream.range(0, header.size())
                .mapToObj(i -> header.cell(i).replace("\uFEFF", "").strip())
                .toList();
    }
}
