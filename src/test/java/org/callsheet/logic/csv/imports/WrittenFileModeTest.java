package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.exports.ExportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported files and error files get the mode any new file of the user gets, not owner-only. */
class WrittenFileModeTest {
    private final ImportFixture fx = new ImportFixture();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void exportAndErrorFilesHaveTheUsualMode() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
        fx.store("C1", "甲", null, null, List.of());

        Path exported = dir.resolve("customers.csv");
        fx.exports.export(ExportRequest.of(StandardEntities.CUSTOMERS_ID, exported), n -> { }, () -> false);
        Path errors = dir.resolve("rejected.csv");
        fx.imports.run(ImportRequest.of(ImportFixture.write(dir, "bad.csv", "客户名称,手机\n,13800138000\n"),
                StandardEntities.CUSTOMERS).withErrorFile(errors, Locale.ENGLISH), p -> { }, () -> false);

        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(errors)).isEqualTo(usual);
    }
}
