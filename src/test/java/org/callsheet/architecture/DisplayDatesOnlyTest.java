package org.callsheet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens write dates only through the language's one date format (I18n.dates(), pickers from
 * DatePickers): no pattern, style or ISO formatter of their own, no date's toString() in a cell.
 * A source scan, because the bypasses are calls any class may make.
 */
class DisplayDatesOnlyTest {
    private static final Path UI = Path.of("src/main/java/org/callsheet/ui");
    private static final Map<String, Pattern> FORBIDDEN = Map.of(
            "a date pattern of its own", Pattern.compile("DateTimeFormatter\\.ofPattern\\("),
            "a locale style of its own", Pattern.compile("DateTimeFormatter\\.ofLocalized|FormatStyle\\."),
            "an ISO formatter", Pattern.compile("DateTimeFormatter\\.ISO_"),
            "a date's toString()", Pattern.compile(
                    "(?i)(date|day|asOf|birthday|lastOrder|at|takenAt|changedAt)\\(\\)\\.toString\\(\\)"),
            "a picker without the language's format", Pattern.compile("new DatePicker\\(\\)"));
    /** Where a fixed form is the point: the call dialog's typed times and the picker factory. */
    private static final List<String> ALLOWED = List.of("calls/CallTimes.java", "calls/DateTimeField.java",
            "common/DatePickers.java");

    @Test
    void screensFormatDatesOnlyThroughTheSharedFormat() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = UI.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (Map.Entry<String, Pattern> rule : FORBIDDEN.entrySet()) {
                        if (rule.getValue().matcher(lines.get(i)).find()) {
                            problems.add(name + ":" + (i + 1) + " " + rule.getKey() + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(problems).as("use I18n.dates() and DatePickers instead").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertThat(FORBIDDEN.get("a date's toString()").matcher("cell(k.keyDate().date().toString())").find()).isTrue();
        assertThat(FORBIDDEN.get("a date pattern of its own")
                .matcher("DateTimeFormatter.ofPattern(\"yyyy-MM-dd\")").find()).isTrue();
        assertThat(Files.isDirectory(UI)).isTrue();
    }
}
