package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from launching the JVM to the main window shown, next to the smallest JavaFX window
 * measured in the same run (alternating, 7 launches each; medians). All run on JavaFX's headless
 * platform with the same JVM options. The app is measured twice: started with plain {@code java
 * -cp} like the minimal window, and through the packaged launcher the user starts (with its
 * start-up class data, ADR 12) when {@code mvn package} has built it. "Filled" is the moment the
 * window's first screen has its data services (the window opens before the database is ready).
 * Target: main window ≤ 1.3 × the minimal window.
 */
@Tag("benchmark")
class StartupBenchmark {
    private static final int LAUNCHES = 7;
    private static final Path PACKAGED = Path.of(System.getProperty("callsheet.target", "target"),
            "callsheet", "bin", "callsheet");
    private static final List<String> SAME_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "-Dglass.platform=Headless", "-Dprism.order=sw");

    @TempDir
    Path home;

    private record Timing(double shown, double filled) {
    }

    private enum Way { MINIMAL, APP_CLASSPATH, APP_PACKAGED }

    @Test
    void mainWindowComparedWithAMinimalWindow() throws Exception {
        StartupFixture.prepareHome(home);
        List<Way> ways = new ArrayList<>(List.of(Way.MINIMAL, Way.APP_CLASSPATH));
        if (Files.isExecutable(PACKAGED)) {
            ways.add(Way.APP_PACKAGED);
        }
        Map<Way, List<Timing>> timings = new LinkedHashMap<>();
        for (Way way : ways) {
            launch(way, way + "-warmup");
            timings.put(way, new ArrayList<>());
        }
        for (int i = 0; i < LAUNCHES; i++) {
            for (Way way : ways) {
                timings.get(way).add(launch(way, way + "-" + i));
            }
        }
        double minimal = median(timings.get(Way.MINIMAL), Timing::shown);
        Report.line("launch to window shown, median of %d: minimal JavaFX window %.0f ms", LAUNCHES, minimal);
        report("main window, java -cp        ", timings.get(Way.APP_CLASSPATH), minimal);
        if (ways.contains(Way.APP_PACKAGED)) {
            report("main window, packaged launcher", timings.get(Way.APP_PACKAGED), minimal);
            Report.line("  (packaged launcher built %s by mvn package; the target applies to it)",
                    Files.getLastModifiedTime(PACKAGED.getParent().getParent().resolve("lib/app/callsheet.jar"))
                            .toInstant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        } else {
            Report.line("  packaged launcher %s missing: run mvn package to measure it", PACKAGED);
        }
        assertThat(minimal).isPositive();
    }

    private static void report(String what, List<Timing> app, double minimal) {
        double shown = median(app, Timing::shown);
        double filled = median(app, Timing::filled);
        Report.line("%s: shown %.0f ms, ratio %.2f  (target <= 1.30); first screen filled %.0f ms, ratio %.2f",
                what, shown, shown / minimal, filled, filled / minimal);
    }

    /** Starts a JVM; returns milliseconds until it wrote its "shown" and (the app) "filled" markers. */
    private Timing launch(Way way, String name) throws Exception {
        Path shownMarker = home.resolve(name + ".shown");
        Path filledMarker = home.resolve(name + ".filled");
        List<String> markers = List.of("-Dcallsheet.shownMarker=" + shownMarker,
                "-Dcallsheet.readyMarker=" + filledMarker, "-Dcallsheet.home=" + home);
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        switch (way) {
            case MINIMAL -> {
                command.add(javaCommand());
                command.addAll(SAME_OPTIONS);
                command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                        "org.callsheet.benchmark.MinimalWindow", shownMarker.toString()));
            }
            case APP_CLASSPATH -> {
                command.add(javaCommand());
                command.addAll(SAME_OPTIONS);
                command.addAll(markers);
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.callsheet.app.Launcher"));
            }
            case APP_PACKAGED -> {
                // the launcher reads its own options file; JAVA_TOOL_OPTIONS adds the same ones as above
                command.add(PACKAGED.toString());
                List<String> options = new ArrayList<>(SAME_OPTIONS);
                options.addAll(markers);
                builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
            }
        }
        long start = System.nanoTime();
        Process process = builder.redirectErrorStream(true).redirectOutput(home.resolve(name + ".log").toFile())
                .start();
        double shown = waitFor(shownMarker, process, name, start);
        double filled = way == Way.MINIMAL ? shown : waitFor(filledMarker, process, name, start);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Timing(shown, filled);
    }

    private double waitFor(Path marker, Process process, String name, long start) throws Exception {
        while (!Files.exists(marker)) {
            if (!process.isAlive() && !Files.exists(marker)) {
                throw new IllegalStateException(name + " ended before " + marker.getFileName() + ": "
                        + Files.readString(home.resolve(name + ".log")));
            }
            Thread.sleep(2);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<Timing> values, java.util.function.ToDoubleFunction<Timing> figure) {
        return Report.percentile(values.stream().mapToDouble(figure).toArray(), 50);
    }
}
