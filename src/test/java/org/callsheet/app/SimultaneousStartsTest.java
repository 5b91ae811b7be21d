package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two starts on one database at the same instant (ADR 25): both can find no window and reach H2's
 * file lock together. Two window starts make one window, and the other hands over to it; two
 * commands end with one done and the other saying in one sentence that the database is open
 * elsewhere (exit 2) — never a stack trace, never a message about a damaged or lost file.
 */
class SimultaneousStartsTest {
    private static final int ROUNDS = 3;

    @TempDir
    Path folder;

    @Test
    void twoWindowStartsAtOnceMakeOneWindowAndTheOtherHandsOverToIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path db = folder.resolve("window" + round);
            List<Process> starts = List.of(java(folder.resolve("w" + round + "a.err"),
                    ClaimWindowChild.class.getName(), db.toString()), java(folder.resolve("w" + round + "b.err"),
                    ClaimWindowChild.class.getName(), db.toString()));
            Process handedOver = firstToEnd(starts);
            Process window = starts.get(0) == handedOver ? starts.get(1) : starts.get(0);
            assertThat(handedOver.exitValue()).as(errors(handedOver)).isZero();
            assertThat(output(handedOver)).containsExactly("HANDED_OVER");
            try (BufferedReader lines = reader(window)) {
                assertThat(lines.readLine()).isEqualTo("WINDOW");
                assertThat(lines.readLine()).as("the window was asked to come forward").isEqualTo("RAISED");
                window.getOutputStream().close();
                assertThat(window.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(window.exitValue()).isZero();
        }
    }

    @Test
    void twoCommandsAtOnceEndWithOneDoneAndTheOtherOneSentence() throws Exception {
        Path csv = folder.resolve("customers.csv");
        StringBuilder text = new StringBuilder("客户编号,客户名称,手机\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("S").append(i).append(",同时客户").append(i).append(',').append(13_900_000_000L + i)
                    .append('\n');
        }
        Files.writeString(csv, text);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path db = folder.resolve("cli" + round);
            if (round > 0) {
                // an existing book as well as a new file
                try (Database created = Database.open(db)) {
                    assertThat(created.dsl().fetchCount(created.dsl().selectFrom("customer"))).isZero();
                }
            }
            List<Process> commands = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                commands.add(java(folder.resolve("c" + round + i + ".err"), "-Duser.language=en",
                        "-Duser.country=US", Launcher.class.getName(), "--db", db.toString(), "import", "customers",
                        csv.toString()));
            }
            for (Process command : commands) {
                assertThat(command.waitFor(120, TimeUnit.SECONDS)).isTrue();
            }
            int done = 0;
            for (Process command : commands) {
                String errors = errors(command);
                if (command.exitValue() == 2) {
                    refused++;
                    assertThat(errors.strip()).as("one sentence").doesNotContain("\n")
                            .contains("is open in another Callsheet window or program")
                            .doesNotContain("Exception").doesNotContain("damaged").doesNotContain("lost data");
                } else {
                    assertThat(command.exitValue()).as(errors).isZero();
                    done++;
                }
            }
            assertThat(done).as("round %d: at least one command did its work", round).isPositive();
            try (Database after = Database.open(db)) {
                assertThat(new JooqCustomerRepository(after.dsl(), new Pinyin(), new PhoneNormalizer()).count())
                        .isEqualTo(3_000);
            }
        }
        assertThat(refused).as("the commands met at least once").isPositive();
    }

    private final java.util.Map<Process, Path> errorFiles = new java.util.HashMap<>();

    /** A JVM on the test class path; its standard error goes to {@code errors}, so it never blocks. */
    private Process java(Path errors, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        errorFiles.put(process, errors);
        return process;
    }

    private Process firstToEnd(List<Process> processes) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    return p;
                }
            }
            Thread.sleep(20);
        }
        processes.forEach(Process::destroyForcibly);
        throw new AssertionError("neither start ended: " + errors(processes.get(0)) + errors(processes.get(1)));
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> output(Process p) throws Exception {
        try (BufferedReader in = reader(p)) {
            return in.lines().toList();
        }
    }

    private String errors(Process p) {
        try {
            return Files.readString(errorFiles.get(p));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
