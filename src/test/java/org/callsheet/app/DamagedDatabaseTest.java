package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.callsheet.cli.CallsheetCli;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database file cut short or with a damaged page is never taken for an empty database: the
 * command line and the window refuse it in one sentence, and the file is left exactly as it was.
 */
class DamagedDatabaseTest {
    @TempDir
    static Path shared;
    @TempDir
    Path folder;

    private static Path demo;

    @BeforeAll
    static void demoBook() {
        demo = shared.resolve("demo");
        Run run = Run.of("--db", demo.toString(), "demo", "--customers", "1500", "--seed", "7");
        assertThat(run.code).as(run.err).isZero();
    }

    /** The sizes of the report (20 of 29 MB, 14.5, 10, 5, 1 MB and 100 KB) as shares of the file. */
    static Stream<Double> cuts() {
        return Stream.of(20 / 29.0, 0.5, 10 / 29.0, 5 / 29.0, 1 / 29.0, 0.1 / 29.0);
    }

    @ParameterizedTest
    @MethodSource("cuts")
    void aShortenedFileIsRefusedAndLeftAlone(double share) throws Exception {
        Path db = copyOfDemo();
        Path file = file(db);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate((long) (Files.size(file) * share));
        }
        String before = hash(file);

        Run export = Run.of("--db", db.toString(), "export", "customers", folder.resolve("out.csv").toString());

        assertThat(export.code).as(export.err).isEqualTo(2);
        assertThat(export.out).doesNotContain("exported=");
        assertThat(export.err.lines()).hasSize(1);
        assertThat(export.err).contains("has lost data").contains("callsheet restore");
        assertThat(hash(file)).isEqualTo(before);
        assertThatThrownBy(() -> AppContext.open(db)).isInstanceOfSatisfying(StorageUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.LOST_DATA));
        Run compact = Run.of("--db", db.toString(), "compact");
        assertThat(compact.code).isEqualTo(2);
        assertThat(compact.err.lines()).as("the refusal alone, no progress before it").hasSize(1);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void aMissingOrEmptyFileIsRefusedWhereABookWasAndTheKnownStateIsKept() throws Exception {
        Path db = copyOfDemo();
        Path file = file(db);
        Path state = db.resolveSibling(db.getFileName() + ".state.properties");
        assertThat(state).exists();
        String known = Files.readString(state);

        Files.write(file, new byte[0]);
        Run empty = Run.of("--db", db.toString(), "export", "customers", folder.resolve("out.csv").toString());
        Files.delete(file);
        Run missing = Run.of("--db", db.toString(), "check");

        for (Run run : new Run[] {empty, missing}) {
            assertThat(run.err.lines()).as(run.err).hasSize(1);
            assertThat(run.err).contains("is missing or empty").contains("1,500 customers")
                    .contains("callsheet restore").contains("or delete " + state + " to start an empty database");
            assertThat(run.out).doesNotContain("exported=").doesNotContain("sound");
        }
        assertThat(empty.code).isEqualTo(2);
        assertThat(missing.code).as("check: damaged").isEqualTo(1);
        assertThat(file).as("no empty database was made in its place").doesNotExist();
        assertThat(Files.readString(state)).isEqualTo(known);
    }

    @Test
    void aDamagedPageIsNamedInOneSentence() throws Exception {
        Path db = copyOfDemo();
        Path file = file(db);
        long size = Files.size(file);
        Random random = new Random(11);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (double at : new double[] {0.2, 0.4, 0.6, 0.8}) {
                byte[] garbage = new byte[4096];
                random.nextBytes(garbage);
                channel.write(java.nio.ByteBuffer.wrap(garbage), (long) (size * at) / 4096 * 4096);
            }
        }

        Run export = Run.of("--db", db.toString(), "export", "orders", folder.resolve("out.csv").toString());

        assertThat(export.code).as(export.err).isEqualTo(2);
        assertThat(export.err.lines()).hasSize(1);
        assertThat(export.err).contains("is damaged").contains("callsheet restore").doesNotContain("SQL");
    }

    private Path copyOfDemo() throws IOException {
        Path db = folder.resolve("crm");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                String name = source.getFileName().toString().replaceFirst("^demo", "crm");
                Files.copy(source, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return db;
    }

    private static Path file(Path db) {
        return db.resolveSibling(db.getFileName() + ".mv.db");
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = CallsheetCli.run(args, AppCliEnvironment::open, new PrintWriter(out), new PrintWriter(err),
                    Locale.ENGLISH);
            return new Run(code, out.toString(), err.toString());
        }
    }
}
