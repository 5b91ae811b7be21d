package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Facts;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk or a damaged file while a command works: one sentence in the user's language, exit 2. */
class StorageProblemCliTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path folder;

    private FakeCliEnvironment failingImports(StorageUnavailableException problem) {
        return new FakeCliEnvironment() {
            @Override
            public ImportService imports() {
                // as jOOQ hands it on: the storage problem among the causes
                throw new RuntimeException("SQL [insert ...]; Writing to crm.mv.db failed", problem);
            }
        };
    }

    private Path csv() throws Exception {
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, "客户编号,客户名称\nC1,北京科技\n");
        return file;
    }

    @Test
    void aFullDiskDuringAnImportSaysNothingWasImportedAndHowMuchToFree() throws Exception {
        var problem = new StorageUnavailableException(Reason.DISK_FULL, "/data/crm.mv.db", null,
                new Facts(Optional.empty(), Optional.empty(), 250 * MB + 1));

        CliRun run = CliRun.of(failingImports(problem), "import", "customers", csv().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "The disk holding /data/crm.mv.db is full: nothing was imported; free 251 MB and try again.");
    }

    @Test
    void aDamagedFileNamesTheNewestBackupInChinese() throws Exception {
        var problem = new StorageUnavailableException(Reason.DAMAGED, "/data/crm.mv.db", null,
                new Facts(Optional.empty(), Optional.of(Path.of("/data/backups/crm-20261207-101500-daily.zip")), 0));

        CliRun run = CliRun.of(failingImports(problem), Locale.SIMPLIFIED_CHINESE, "import", "customers",
                csv().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("数据库文件 /data/crm.mv.db 已损坏：有部分内容无法读取，也没有再写入任何东西；"
                + "请用以下命令恢复备份：callsheet restore /data/backups/crm-20261207-101500-daily.zip");
    }
}
