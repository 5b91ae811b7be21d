package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux installer (mvn -B -Pinstallers verify): its control data, and the unpacked package's
 * {@code callsheet} working as the command line.
 */
class DebPackageIT {
    private static final Path TARGET = Path.of(System.getProperty("callsheet.target", "target"));
    private static final String VERSION = System.getProperty("callsheet.version", "0.1.0");

    @TempDir
    Path folder;

    private static String run(Path workDir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    private Path deb() {
        return TARGET.resolve("installer").resolve("callsheet_" + VERSION + "_amd64.deb").toAbsolutePath();
    }

    @Test
    void controlDataNamesThePackageVersionAndDesktopDependencies() throws Exception {
        assertThat(deb()).exists();
        assertThat(run(folder, "dpkg-deb", "-f", deb().toString(), "Package").strip()).isEqualTo("callsheet");
        assertThat(run(folder, "dpkg-deb", "-f", deb().toString(), "Version").strip()).isEqualTo(VERSION);
        String depends = run(folder, "dpkg-deb", "-f", deb().toString(), "Depends");
        assertThat(depends).contains("libgtk-3-0 | libgtk-3-0t64", "libc6");
        List<String> names = new ArrayList<>();
        for (String alternatives : depends.strip().split(",")) {
            names.add(alternatives.strip().split("[ |(]")[0]);
        }
        assertThat(names).as("every first choice exists on Debian 12 and Ubuntu 22.04").noneMatch(n -> n.endsWith("t64"));
        String files = run(folder, "dpkg-deb", "-c", deb().toString());
        assertThat(files).contains("./opt/callsheet/bin/callsheet", "./opt/callsheet/lib/callsheet-callsheet.desktop");
        run(folder, "dpkg-deb", "-e", deb().toString(), folder.resolve("control").toString());
        assertThat(Files.readString(folder.resolve("control/postinst"))).contains("/usr/bin/callsheet");
    }

    @Test
    void theUnpackedCommandLineWorks() throws Exception {
        Path root = folder.resolve("root");
        run(folder, "dpkg-deb", "-x", deb().toString(), root.toString());
        Path launcher = root.resolve("opt/callsheet/bin/callsheet");
        assertThat(Files.readString(root.resolve("opt/callsheet/lib/callsheet-callsheet.desktop")))
                .contains("StartupWMClass=callsheet", "Exec=/opt/callsheet/bin/callsheet");
        assertThat(run(folder, launcher.toString(), "--help")).contains("demo", "import", "export")
                .as("the start-up class data is used where the package puts it (ADR 48)").doesNotContain("[error]");
        String demo = run(folder, launcher.toString(), "--db", folder.resolve("crm").toString(),
                "demo", "--customers", "20", "--seed", "5");
        assertThat(demo.strip().lines().toList().getLast()).startsWith("customers=20 ");
    }
}
