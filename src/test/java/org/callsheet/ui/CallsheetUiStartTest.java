package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The entry point in a JVM of its own: start, show, quit, shut down, remember the window. */
class CallsheetUiStartTest {

    @Test
    void startsShowsQuitsAndShutsDown() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                CallsheetUiLaunch.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("start returned after the window closed").isTrue();
        assertThat(process.exitValue()).as("shutdown hook ran and the placement was saved on screen").isZero();
    }
}
