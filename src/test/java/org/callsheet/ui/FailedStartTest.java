package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A database that cannot be opened after the window appeared: window closed, message alone, exit. */
class FailedStartTest {

    @Test
    void theWindowGivesWayToTheMessageAndClosingItEndsTheProgram() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-cp", System.getProperty("java.class.path"),
                FailedStartLaunch.class.getName()))
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(finished).as("ended after the message was closed").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
