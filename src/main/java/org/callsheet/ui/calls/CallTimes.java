package org.callsheet.ui.calls;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the call dialog writes and reads times: "2026-03-02 16:05" and durations "4:05" or "1:02:03". */
public final class CallTimes {
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{1,2})|(\\d+)");

    private CallTimes() {
    }

    public static String format(LocalDateTime time) {
        return time == null ? "" : time.format(DATE_TIME);
    }

    public static Optional<LocalDateTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String format(Duration duration) {
        long s = Math.max(0, duration.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "m:ss", "h:mm:ss" or plain minutes; empty when unreadable. */
    public static Optional<Duration> parseDuration(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Duration.ZERO);
        }
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(4) != null) {
            return Optional.of(Duration.ofMinutes(Long.parseLong(m.group(4))));
        }
        long seconds = Long.parseLong(m.group(3));
        if (seconds >= 60) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Optional.of(Duration.ofHours(hours).plusMinutes(Long.parseLong(m.group(2))).plusSeconds(seconds));
    }
}
