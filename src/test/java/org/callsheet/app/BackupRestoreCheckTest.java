package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.stream.Stream;
import org.callsheet.cli.CallsheetCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code check} and {@code restore} on the real database, as the launcher wires them. */
class BackupRestoreCheckTest {
    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, AppCliEnvironment::open, new PrintWriter(out), new PrintWriter(err),
                Locale.ENGLISH);
        return new Run(code, out.toString(), err.toString());
    }

    private static String lastLine(String text) {
        return text.strip().lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void aBackupRestoresTheBookAfterTheFileWasCutShort() throws Exception {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "120", "--seed", "4").code).isZero();

        Run check = run("--db", db.toString(), "check");
        assertThat(check.code).as(check.err).isZero();
        String counts = lastLine(check.out);
        assertThat(counts).startsWith("sound customers=120 calls=");

        Run backup = run("--db", db.toString(), "backup");
        assertThat(backup.code).as(backup.err).isZero();
        Path zip = Path.of(lastLine(backup.out).substring("backup=".length()));
        assertThat(zip.getParent()).isEqualTo(folder.resolve("backups"));
        assertThat(zip.getFileName().toString()).startsWith("crm-").endsWith("-manual.zip");

        Path file = folder.resolve("crm.mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) / 3);
        }
        Run refused = run("--db", db.toString(), "check");
        assertThat(refused.code).isEqualTo(1);
        assertThat(refused.err).contains("has lost data").contains("callsheet restore " + zip);

        Run restore = run("--db", db.toString(), "restore", zip.toString());

        assertThat(restore.code).as(restore.err).isZero();
        assertThat(restore.err).contains("Backup: customers=120").contains("current: cannot be opened");
        assertThat(lastLine(run("--db", db.toString(), "check").out)).isEqualTo(counts);
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-restore.zip"));
        }
    }

    @Test
    void restoringShowsBothCountsAndKeepsTheCurrentBookAsABackup() {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "50", "--seed", "1").code).isZero();
        Path zip = folder.resolve("elsewhere/old.zip");
        assertThat(run("--db", db.toString(), "backup", "--to", zip.toString()).code).isZero();
        Path other = folder.resolve("other");
        assertThat(run("--db", other.toString(), "demo", "--customers", "80", "--seed", "2").code).isZero();

        Run restore = run("--db", other.toString(), "restore", zip.toString());

        assertThat(restore.code).as(restore.err).isZero();
        assertThat(restore.err).contains("Backup: customers=50").contains("current: customers=80")
                .contains("the database as it was is in");
        assertThat(lastLine(run("--db", other.toString(), "check").out)).startsWith("sound customers=50 ");
    }

    @Test
    void aBackupThatDoesNotOpenIsRefused() throws Exception {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "20", "--seed", "1").code).isZero();
        Path junk = folder.resolve("junk.zip");
        Files.writeString(junk, "not a zip");

        Run restore = run("--db", db.toString(), "restore", junk.toString());

        assertThat(restore.code).isEqualTo(2);
        assertThat(restore.err.strip()).isEqualTo("The backup " + junk.toAbsolutePath()
                + " does not open as a Callsheet database; nothing was changed, choose another backup.");
        assertThat(lastLine(run("--db", db.toString(), "check").out)).startsWith("sound customers=20 ");
    }

    @Test
    void aDamagedTableIsNamedByCheck() throws Exception {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "400", "--seed", "3").code).isZero();
        Path file = folder.resolve("crm.mv.db");
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            java.util.Random random = new java.util.Random(5);
            for (double at : new double[] {0.3, 0.5, 0.7}) {
                byte[] garbage = new byte[4096];
                random.nextBytes(garbage);
                channel.write(java.nio.ByteBuffer.wrap(garbage), (long) (size * at) / 4096 * 4096);
            }
        }

        Run check = run("--db", db.toString(), "check");

        assertThat(check.code).as(check.err).isEqualTo(1);
        assertThat(check.err).containsAnyOf("Damaged: ", "is damaged");
        assertThat(check.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void compactReportsTheSizesAndKeepsTheBook() {
        Path db = folder.resolve("crm");
        assertThat(run("--db", db.toString(), "demo", "--customers", "300", "--seed", "6").code).isZero();
        Path csv = folder.resolve("customers.csv");
        assertThat(run("--db", db.toString(), "export", "customers", csv.toString()).code).isZero();
        assertThat(run("--db", db.toString(), "import", "customers", csv.toString(), "--on-duplicate", "update")
                .code).isZero();
        String counts = lastLine(run("--db", db.toString(), "check").out);

        Run compact = run("--db", db.toString(), "compact");

        assertThat(compact.code).as(compact.err).isZero();
        String[] sizes = lastLine(compact.out).split(" ");
        long before = Long.parseLong(sizes[0].substring("before=".length()));
        long after = Long.parseLong(sizes[1].substring("after=".length()));
        assertThat(after).isPositive().isLessThanOrEqualTo(before);
        assertThat(lastLine(run("--db", db.toString(), "check").out)).isEqualTo(counts);
    }

    @Test
    void anImportTakesABackupFirst() throws Exception {
        Path db = folder.resolve("crm");
        Path csv = folder.resolve("customers.csv");
        Files.writeString(csv, "客户编号,客户名称\nC1,北京科技\n");

        Run imported = run("--db", db.toString(), "import", "customers", csv.toString());

        assertThat(imported.code).as(imported.err).isZero();
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-import.zip"));
        }
    }

    @Test
    void aCheckOrBackupOfADatabaseThatIsNotThereCreatesNone() {
        Path nowhere = folder.resolve("typo");

        for (String command : new String[] {"check", "backup", "compact"}) {
            Run refused = run("--db", nowhere.toString(), command);
            assertThat(refused.code).as(command).isEqualTo(2);
            assertThat(refused.err.strip()).as(command).startsWith("There is no database at " + nowhere);
        }
        assertThat(nowhere.resolveSibling("typo.mv.db")).doesNotExist();
    }
}
