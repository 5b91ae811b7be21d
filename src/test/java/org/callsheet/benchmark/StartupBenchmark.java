package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time from launching the JVM to the main window shown, next to the smallest JavaFX window
 * measured in the same run (alternating, 7 launches each; medians). Both run on JavaFX's
 * headless platform with the same JVM options. Target: main window ≤ 1.3 × the minimal window.
 */
@Tag("benchmark")
class StartupBenchmark {
    private static final int LAUNCHES = 7;

    @TempDir
    Path home;

    @Test
    void mainWindowComparedWithAMinimalWindow() throws Exception {
        StartupFixture.prepareHome(home);
        List<Double> app = new ArrayList<>();
        List<Double> minimal = new ArrayList<>();
        launch(List.of("org.callsheet.benchmark.MinimalWindow"), "minimal-warmup");
        launch(appCommand(), "app-warmup");
        for (int i = 0; i < LAUNCHES; i++) {
            minimal.add(launch(List.of("org.callsheet.benchmark.MinimalWindow"), "minimal-" + i));
            app.add(launch(appCommand(), "app-" + i));
        }
        double appMedian = median(app);
        double minimalMedian = median(minimal);
        Report.line("launch to window shown, median of %d: main window %.0f ms, minimal JavaFX window %.0f ms,"
                + " ratio %.2f  (target <= 1.30)", LAUNCHES, appMedian, minimalMedian, appMedian / minimalMedian);
        assertThat(appMedian).isPositive();
    }

    private List<String> appCommand() {
        return List.of("-Dcallsheet.home=" + home, "org.callsheet.app.Launcher");
    }

    /** Starts a JVM and returns milliseconds until it wrote its "shown" marker file. */
    private double launch(List<String> mainAndArgs, String name) throws Exception {
        Path marker = home.resolve(name + ".shown");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Dcallsheet.shownMarker=" + marker,
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        if (command.getLast().equals("org.callsheet.benchmark.MinimalWindow")) {
            command.add(marker.toString());
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile()).start();
        while (!Files.exists(marker)) {
            if (!process.isAlive() && !Files.exists(marker)) {
                throw new IllegalStateException(name + " ended without showing a window: "
                        + Files.readString(home.resolve(name + ".log")));
            }
            Thread.sleep(2);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return ms;
    }

    private static double median(List<Double> values) {
        return Report.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }
}
