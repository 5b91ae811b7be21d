package org.callsheet.logic.reminders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped table of the lunisolar calendar, lunar years 1900–2100 (ADR 49): where each year
 * begins, its leap month and the length of every month. ICU's own computation puts some new moons
 * that fall near midnight on the wrong day (Spring Festival 2027 and 2030 a day off).
 */
final class LunarMonths {
    private static final String RESOURCE = "/org/callsheet/lunar/lunar-months.tsv";
    private static final LunarMonths SHIPPED = load();

    private final Map<Integer, Year> years;

    /** One lunar year: its first day, its leap month (0: none), its months' lengths in order. */
    record Year(LocalDate newYear, int leapMonth, int[] monthDays) {
        /** The date of {@code month}/{@code day} (not the leap month); empty past the month's end. */
        Optional<LocalDate> date(int month, int day) {
            int index = month - 1 + (leapMonth != 0 && leapMonth < month ? 1 : 0);
            if (month < 1 || month > 12 || day < 1 || day > monthDays[index]) {
                return Optional.empty();
            }
            int before = Arrays.stream(monthDays, 0, index).sum();
            return Optional.of(newYear.plusDays(before + day - 1L));
        }

        int length() {
            return Arrays.stream(monthDays).sum();
        }
    }

    private LunarMonths(Map<Integer, Year> years) {
        this.years = Map.copyOf(years);
    }

    static LunarMonths shipped() {
        return SHIPPED;
    }

    /** The lunar year that begins in Gregorian {@code year}, when the table holds it. */
    Optional<Year> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    private static LunarMonths load() {
        Map<Integer, Year> years = new HashMap<>();
        try (InputStream in = LunarMonths.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                int[] days = Arrays.stream(fields[3].split(",")).mapToInt(Integer::parseInt).toArray();
                years.put(Integer.parseInt(fields[0]),
                        new Year(LocalDate.parse(fields[1]), Integer.parseInt(fields[2]), days));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LunarMonths(years);
    }
}
