package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started without a display, the launcher says so in one sentence and exits with 2. */
class NoDisplayStartTest {
    @TempDir
    Path folder;

    @Test
    void noDisplayIsOneClearSentenceAndExitCodeTwo() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", folder.resolve("crm").toString()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("Callsheet cannot open its window: no graphical display was found")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
