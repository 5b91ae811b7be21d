package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callsheet.logic.text.Characters;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.Phone;

/**
 * Reads the typed values of one row through a mapping, collecting problems instead of throwing.
 * In a file this program exported (it has the export's uid column) every cell first has the
 * export's formula protection undone ({@link FormulaGuard#restore}); any other file is read as
 * written, so a hand-made {@code '=1} stays {@code '=1}. A bad
 * value is reported as an ERROR when {@code strict} (it rejects the row) or a WARNING (the value
 * is dropped or kept as written, as each method says).
 */
final class CellReader {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?");
    private static final String TAG_SEPARATORS = ",，;；、|";

    private final HeaderMapping mapping;
    private final CsvRow row;
    private final PhoneNormalizer phones;
    private final boolean exported;
    private final List<CsvProblem> problems = new ArrayList<>();
    private final DateValueParser dates = new DateValueParser();
    private final AmountParser amounts = new AmountParser();
    private final DateTimeValueParser dateTimes = new DateTimeValueParser();
    private final BooleanParser booleans = new BooleanParser();

    CellReader(HeaderMapping mapping, CsvRow row, PhoneNormalizer phones) {
        this.mapping = mapping;
        this.row = row;
        this.phones = phones;
        this.exported = FormulaGuard.guards(mapping);
        checkExtraCells();
    }

    List<CsvProblem> problems() {
        return problems;
    }

    void add(CsvProblem problem) {
        problems.add(problem);
    }

    /** The cell without surrounding white space (for names, ids, codes and values to parse). */
    String text(String field) {
        return cell(field).strip();
    }

    /**
     * The cell exactly as written (notes, addresses): leading tabs, line breaks, spaces and dashes
     * are the rep's. A cell of nothing but white space is blank.
     */
    String freeText(String field) {
        String cell = cell(field);
        return cell.isBlank() ? "" : cell;
    }

    private String cell(String field) {
        String cell = mapping.value(row, field);
        return exported ? FormulaGuard.restore(cell) : cell;
    }

    /** The text, or a REQUIRED_VALUE_MISSING error when it is blank. */
    String required(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            problems.add(CsvProblem.error(ProblemCode.REQUIRED_VALUE_MISSING, row.row(), column(field)));
        }
        return value;
    }

    Optional<LocalDate> date(String field, boolean strict) {
        return parsed(field, strict, ProblemCode.INVALID_DATE,
                value -> dates.parse(value, mapping.dateOrder(field)));
    }

    /** A local date and time; a bad one is an error (it rejects the row). */
    Optional<LocalDateTime> dateTime(String field) {
        return parsed(field, true, ProblemCode.INVALID_DATE_TIME,
                value -> dateTimes.parse(value, mapping.dateOrder(field)));
    }

    /** A whole number of seconds, zero or more; anything else is an error. */
    Optional<Integer> seconds(String field) {
        return parsed(field, true, ProblemCode.INVALID_DURATION, value -> {
            String plain = Characters.halfWidth(value).strip();
            if (!WHOLE.matcher(plain).matches() || plain.length() > 9) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(plain));
        });
    }

    /** A whole number from {@code min} to {@code max}; anything else is an error. */
    Optional<Integer> wholeNumber(String field, int min, int max) {
        return parsed(field, true, ProblemCode.INVALID_NUMBER, value -> {
            String plain = Characters.halfWidth(value).strip();
            if (!WHOLE.matcher(plain).matches() || plain.length() > 9) {
                return Optional.empty();
            }
            int number = Integer.parseInt(plain);
            return number >= min && number <= max ? Optional.of(number) : Optional.empty();
        });
    }

    /** A time of day written H:MM or HH:MM(:SS); anything else is an error. */
    Optional<LocalTime> time(String field) {
        return parsed(field, true, ProblemCode.INVALID_TIME, value -> {
            Matcher m = TIME_OF_DAY.matcher(Characters.halfWidth(value).strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return hour < 24 && minute < 60 && second < 60 ? Optional.of(LocalTime.of(hour, minute, second))
                    : Optional.empty();
        });
    }

    /** Yes or no; anything else is an error. */
    Optional<Boolean> yesNo(String field) {
        return parsed(field, true, ProblemCode.INVALID_BOOLEAN, booleans::parse);
    }

    /** One of an enum's values by code or name; anything else is an error naming the allowed codes. */
    <E extends Enum<E>> Optional<E> code(String field, CodeNames<E> names) {
        String value = text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> result = names.parse(value);
        if (result.isEmpty()) {
            problems.add(CsvProblem.error(ProblemCode.INVALID_CHOICE, row.row(), column(field), value,
                    names.allowed()));
        }
        return result;
    }

    Optional<BigDecimal> amount(String field, boolean strict) {
        return parsed(field, strict, ProblemCode.INVALID_AMOUNT, amounts::parse);
    }

    /** A coordinate within ±limit degrees; out of range or malformed is a warning and dropped. */
    Optional<BigDecimal> coordinate(String field, int limit) {
        Optional<BigDecimal> number = parsed(field, false, ProblemCode.INVALID_NUMBER, value -> {
            String plain = Characters.halfWidth(value);
            return DECIMAL.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
        });
        if (number.isPresent() && number.get().abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.add(CsvProblem.warning(ProblemCode.COORDINATE_OUT_OF_RANGE, row.row(), column(field),
                    text(field), limit));
            return Optional.empty();
        }
        return number;
    }

    /** A phone number normalised; one that cannot be valid is kept as written, with a warning. */
    Phone phone(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return Phone.NONE;
        }
        if (!phones.isValid(value)) {
            problems.add(CsvProblem.warning(ProblemCode.INVALID_PHONE, row.row(), column(field), value));
        }
        return phones.normalize(value);
    }

    /**
     * A mobile number normalised; one that is not a valid mobile number for its region is kept as
     * written, with a warning, and is never used to find the same customer.
     */
    Phone mobile(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return Phone.NONE;
        }
        if (!phones.isValidMobile(value)) {
            problems.add(CsvProblem.warning(ProblemCode.INVALID_MOBILE, row.row(), column(field), value));
        }
        return phones.normalizeMobile(value);
    }

    /** An e-mail address; a malformed one is kept as written, with a warning. */
    String email(String field) {
        String value = Characters.halfWidth(text(field));
        if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
            problems.add(CsvProblem.warning(ProblemCode.INVALID_EMAIL, row.row(), column(field), value));
        }
        return value;
    }

    /** Company or person; blank or unknown is a company (unknown with a warning). */
    CustomerKind kind(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return CustomerKind.COMPANY;
        }
        return CustomerKinds.parse(value).orElseGet(() -> {
            problems.add(CsvProblem.warning(ProblemCode.INVALID_KIND, row.row(), column(field), value));
            return CustomerKind.COMPANY;
        });
    }

    /**
     * Tags split at commas, semicolons, 、 and |, except inside double quotes or brackets: a tag such as
     * {@code =HYPERLINK("http://x","a")} stays one tag.
     */
    List<String> tags(String field) {
        String text = text(field);
        List<String> tags = new ArrayList<>();
        StringBuilder tag = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '（')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (!quoted && depth == 0 && TAG_SEPARATORS.indexOf(c) >= 0) {
                tags.add(tag.toString().strip());
                tag.setLength(0);
            } else {
                tag.append(c);
            }
        }
        tags.add(tag.toString().strip());
        return tags.stream().filter(t -> !t.isEmpty()).distinct().toList();
    }

    String column(String field) {
        return mapping.columnName(field);
    }

    private <T> Optional<T> parsed(String field, boolean strict, ProblemCode code,
                                   java.util.function.Function<String, Optional<T>> parser) {
        String value = text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> result = parser.apply(value);
        if (result.isEmpty()) {
            problems.add(strict
                    ? CsvProblem.error(code, row.row(), column(field), value)
                    : CsvProblem.warning(code, row.row(), column(field), value));
        }
        return result;
    }

    private void checkExtraCells() {
        int header = mapping.columns().size();
        for (int i = header; i < row.size(); i++) {
            if (!row.cell(i).isBlank()) {
                problems.add(CsvProblem.error(ProblemCode.EXTRA_CELLS, row.row(), "", row.size(), header));
                return;
            }
        }
    }
}
