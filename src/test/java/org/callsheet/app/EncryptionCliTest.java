package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.callsheet.cli.CallsheetCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract for encryption, on the real database as the launcher wires it. */
class EncryptionCliTest {
    private static final String PASSWORD = "Kennwort 客户 2026";

    @TempDir
    Path folder;
    private Path db;
    private Path passwordFile;

    private record Run(int code, String out, String err) {
        String lastLine() {
            return out.strip().lines().reduce((a, b) -> b).orElse("");
        }

        /** Nothing the command printed shows the password. */
        Run keepsThePasswordToItself() {
            assertThat(out + err).doesNotContain(PASSWORD).doesNotContain("Kennwort");
            return this;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, AppCliEnvironment::open, new PrintWriter(out), new PrintWriter(err),
                Locale.ENGLISH);
        return new Run(code, out.toString(), err.toString()).keepsThePasswordToItself();
    }

    @BeforeEach
    void encryptedBook() throws IOException {
        db = folder.resolve("crm");
        passwordFile = folder.resolve("password.txt");
        Files.writeString(passwordFile, PASSWORD + "\nsecond line is ignored\n");
        assertThat(run("--db", db.toString(), "demo", "--customers", "40", "--seed", "7").code).isZero();

        Run encrypt = run("--db", db.toString(), "encrypt", "--password-file", passwordFile.toString());

        assertThat(encrypt.code).as(encrypt.err).isZero();
        assertThat(encrypt.lastLine()).isEqualTo("encrypted=" + folder.resolve("crm.mv.db").toAbsolutePath());
        assertThat(encrypt.err).contains("a lost password means lost data");
    }

    private static String start(InputStream in) throws IOException {
        return new String(in.readNBytes(9), StandardCharsets.ISO_8859_1);
    }

    @Test
    void theFileIsEncryptedAndACommandWithThePasswordFileWorks() throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve("crm.mv.db"))) {
            assertThat(start(in)).isEqualTo("H2encrypt");
        }

        Run check = run("--db", db.toString(), "--password-file", passwordFile.toString(), "check");
        Run search = run("--db", db.toString(), "search", "a", "--password-file", passwordFile.toString());

        assertThat(check.code).as(check.err).isZero();
        assertThat(check.lastLine()).startsWith("sound customers=40 ");
        assertThat(search.code).as(search.err).isZero();
    }

    @Test
    void withoutThePasswordFileACommandSaysSoInOneSentence() {
        Run export = run("--db", db.toString(), "export", "customers", folder.resolve("c.csv").toString());

        assertThat(export.code).isEqualTo(2);
        assertThat(export.err.strip()).isEqualTo("The database " + folder.resolve("crm.mv.db").toAbsolutePath()
                + " is encrypted: give its password with --password-file FILE (the window asks for it).");
        assertThat(folder.resolve("c.csv")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedWithExit2() throws IOException {
        Path wrong = folder.resolve("wrong.txt");
        Files.writeString(wrong, "not the password\n");

        Run check = run("--db", db.toString(), "--password-file", wrong.toString(), "check");

        assertThat(check.code).isEqualTo(2);
        assertThat(check.err.strip()).startsWith("The password does not open the encrypted database ")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingOrEmptyPasswordFileIsRefusedInOneSentence() throws IOException {
        Path empty = folder.resolve("empty.txt");
        Files.writeString(empty, "\n");

        Run missing = run("--db", db.toString(), "--password-file", folder.resolve("nope.txt").toString(), "check");
        Run blank = run("--db", db.toString(), "--password-file", empty.toString(), "check");

        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err.strip()).isEqualTo("The password file " + folder.resolve("nope.txt")
                + " does not exist; nothing was opened or changed.");
        assertThat(blank.code).isEqualTo(2);
        assertThat(blank.err.strip()).isEqualTo("The password file " + empty
                + " holds no password on its first line; nothing was opened or changed.");
    }

    @Test
    void aBackupOfTheEncryptedDatabaseIsEncryptedAndRestoresWithThePassword() throws IOException {
        Run backup = run("--db", db.toString(), "--password-file", passwordFile.toString(), "backup");
        assertThat(backup.code).as(backup.err).isZero();
        Path zip = Path.of(backup.lastLine().substring("backup=".length()));
        try (FileSystem files = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of());
             InputStream in = Files.newInputStream(files.getPath("crm.mv.db"))) {
            assertThat(start(in)).isEqualTo("H2encrypt");
        }
        Path other = folder.resolve("other");
        assertThat(run("--db", other.toString(), "demo", "--customers", "15", "--seed", "2").code).isZero();

        Run refused = run("--db", other.toString(), "restore", zip.toString());
        Run restore = run("--db", other.toString(), "--password-file", passwordFile.toString(), "restore",
                zip.toString());

        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err.strip()).isEqualTo("The backup " + zip + " is encrypted with another password than"
                + " the one given; nothing was changed: give its password with --password-file FILE.");
        assertThat(restore.code).as(restore.err).isZero();
        assertThat(restore.err).contains("Backup: customers=40").contains("current: customers=15");
        Run check = run("--db", other.toString(), "--password-file", passwordFile.toString(), "check");
        assertThat(check.lastLine()).startsWith("sound customers=40 ");
        assertThat(run("--db", other.toString(), "check").code).isEqualTo(2);
    }

    @Test
    void decryptStoresTheDatabasePlainAgain() {
        Run without = run("--db", db.toString(), "decrypt");
        assertThat(without.code).isEqualTo(2);

        Run decrypt = run("--db", db.toString(), "decrypt", "--password-file", passwordFile.toString());

        assertThat(decrypt.code).as(decrypt.err).isZero();
        assertThat(decrypt.lastLine()).isEqualTo("decrypted=" + folder.resolve("crm.mv.db").toAbsolutePath());
        Run check = run("--db", db.toString(), "check");
        assertThat(check.code).as(check.err).isZero();
        assertThat(check.lastLine()).startsWith("sound customers=40 ");
        Run again = run("--db", db.toString(), "decrypt", "--password-file", passwordFile.toString());
        assertThat(again.code).isEqualTo(2);
        assertThat(again.err).contains("is not encrypted");
    }

    @Test
    void encryptingAgainNeedsANewPasswordFileAndChangesThePassword() throws IOException {
        Run twice = run("--db", db.toString(), "encrypt", "--password-file", passwordFile.toString());
        assertThat(twice.code).isEqualTo(2);
        assertThat(twice.err).contains("is already encrypted");
        Path next = folder.resolve("next.txt");
        Files.writeString(next, "a brand new password\n");

        Run change = run("--db", db.toString(), "--password-file", passwordFile.toString(), "encrypt",
                "--new-password-file", next.toString());

        assertThat(change.code).as(change.err).isZero();
        assertThat(run("--db", db.toString(), "--password-file", passwordFile.toString(), "check").code).isEqualTo(2);
        assertThat(run("--db", db.toString(), "--password-file", next.toString(), "check").code).isZero();
    }

    @Test
    void aShortNewPasswordIsRefused() throws IOException {
        Path plain = folder.resolve("plain");
        assertThat(run("--db", plain.toString(), "demo", "--customers", "5", "--seed", "1").code).isZero();
        Path shortOne = folder.resolve("short.txt");
        Files.writeString(shortOne, "abc\n");

        Run encrypt = run("--db", plain.toString(), "encrypt", "--password-file", shortOne.toString());

        assertThat(encrypt.code).isEqualTo(2);
        assertThat(encrypt.err.strip()).isEqualTo("The password must have at least 8 characters; nothing was changed.");
        assertThat(run("--db", plain.toString(), "check").code).isZero();
    }
}
