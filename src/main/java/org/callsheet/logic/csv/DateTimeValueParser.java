package org.callsheet.logic.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callsheet.logic.text.Characters;

/**
 * Reads and writes date-time cells in the clock's zone. The date part is any form
 * {@link DateValueParser} reads, followed by a time H:mm, H:mm:ss or H:mm:ss.fraction
 * ("2025-03-04 14:30", "2025/3/4 9:05:10", "04/03/2025 14:30" with a day/month order); an Excel
 * serial number with a fraction of a day works too. A date without a time is refused: a call or
 * follow-up needs its hour. Written as "2025-03-04 14:30:00", with a fraction only when there is one,
 * so an export reads back to the same instant.
 */
public final class DateTimeValueParser {
    private static final Pattern DATE_AND_TIME =
            Pattern.compile("(.+?)[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?");
    private static final Pattern SERIAL_WITH_FRACTION = Pattern.compile("(\\d{1,7})(\\.\\d+)");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DateValueParser dates = new DateValueParser();

    public Optional<LocalDateTime> parse(String value, Optional<DayMonthOrder> order) {
        String text = Characters.halfWidth(value).strip();
        Matcher serial = SERIAL_WITH_FRACTION.matcher(text);
        if (serial.matches()) {
            long seconds = Math.round(Double.parseDouble("0" + serial.group(2)) * 86_400);
            return dates.parse(serial.group(1), Optional.empty())
                    .map(day -> day.atStartOfDay().plusSeconds(seconds));
        }
        Matcher m = DATE_AND_TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int nanos = m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), nanos);
            return dates.parse(m.group(1), order).map(day -> day.atTime(time));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        String text = WRITTEN.format(local);
        if (local.getNano() == 0) {
            return text;
        }
        String fraction = String.format("%09d", local.getNano()).replaceFirst("0+$", "");
        return text + "." + fraction;
    }
}
