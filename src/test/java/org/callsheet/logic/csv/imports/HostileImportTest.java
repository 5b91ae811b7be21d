package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and malicious files are refused whole: the database is exactly as before. */
class HostileImportTest {
    private final ImportFixture fx = new ImportFixture(100);
    private List<CustomerSnapshot> before;
    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        fx.store("C1", "甲", "13800138000", null, List.of("老客"));
        before = fx.everything();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ImportResult run(Path file) {
        return fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS).withPolicy(DuplicatePolicy.UPDATE),
                p -> { }, () -> false);
    }

    private void assertRefusedAndUnchanged(ImportResult result, String key) {
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(result.problems()).extracting(ImportProblem::key).contains(key);
        assertThat(fx.everything()).isEqualTo(before);
        assertThat(fx.store.batches(10)).isEmpty();
    }

    private static String rows(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            text.append("C").append(i).append(",客户").append(i).append(",制造\n");
        }
        return text.toString();
    }

    @Test
    void anUnclosedQuoteAfterManyGoodRows() throws Exception {
        Path file = ImportFixture.write(dir, "q.csv", "客户编号,客户名称,行业\nC1,甲,改写\n" + rows(2, 500) + "C999,\"没有结尾,x\n");
        assertRefusedAndUnchanged(run(file), "csv.problem.unbalanced_quote");
    }

    @Test
    void binaryAndWorkbookFiles() throws Exception {
        Path binary = dir.resolve("b.csv");
        Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 0, 1, 2, 3, 4, 0, 0});
        assertRefusedAndUnchanged(run(binary), "csv.problem.binary_file");
        Path workbook = dir.resolve("w.csv");
        Files.write(workbook, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/', 'w'});
        assertRefusedAndUnchanged(run(workbook), "csv.problem.excel_workbook");
    }

    @Test
    void bytesOfAnotherEncodingFarDownTheFile() throws Exception {
        Path file = dir.resolve("mixed.csv");
        byte[] good = ("客户编号,客户名称,行业\nC1,甲,改写\n" + rows(2, 300)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "C900,乙,行业\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);
        ImportResult result = fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS)
                .withReadOptions(CsvReadOptions.defaults().withSampleBytes(1024)), p -> { }, () -> false);
        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(fx.everything()).isEqualTo(before);
    }

    @Test
    void aRequiredColumnNobodyFeedsAndAnUndecidableDateColumn() throws Exception {
        assertRefusedAndUnchanged(run(ImportFixture.write(dir, "n.csv", "客户编号,行业\nC1,改写\n")),
                "csv.problem.missing_required_column");
        assertRefusedAndUnchanged(run(ImportFixture.write(dir, "d.csv", "客户编号,客户名称,生日\nC1,甲,03/04/1990\n")),
                "csv.problem.ambiguous_date_column");
    }

    @Test
    void aFileThatTurnsBadWhileTheSecondPassHasWrittenChunksIsRolledBack() throws Exception {
        String text = "客户编号,客户名称,行业\nC1,甲,改写\n" + rows(2, 20_000);
        Path file = ImportFixture.write(dir, "late.csv", text);
        String head = text.substring(0, text.lastIndexOf("\nC") + 1);
        long offset = head.getBytes(StandardCharsets.UTF_8).length;
        boolean[] broken = {false};
        ImportResult result = fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS)
                .withPolicy(DuplicatePolicy.UPDATE)
                .withReadOptions(CsvReadOptions.defaults().withSampleBytes(1024)), progress -> {
                    if (progress.phase() == ImportProgress.Phase.IMPORTING && !broken[0]) {
                        broken[0] = true;
                        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                            raf.seek(offset);
                            raf.write('"');
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }, () -> false);
        assertThat(broken[0]).isTrue();
        assertRefusedAndUnchanged(result, "csv.problem.unbalanced_quote");
    }
}
