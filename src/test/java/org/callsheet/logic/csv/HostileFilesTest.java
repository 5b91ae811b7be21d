package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of broken files, generated here; each must be refused with the right problem. */
class HostileFilesTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private static CsvProblem refusal(byte[] bytes) {
        return refusal(new ByteArrayInputStream(bytes));
    }

    private static CsvProblem refusal(InputStream in) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (CsvFile file = new CsvFileReader(CsvReadOptions.defaults()).open(in)) {
                file.rows().forEach(row -> { });
            }
        });
        assertThat(thrown).isInstanceOf(UnreadableCsvException.class);
        CsvProblem problem = ((UnreadableCsvException) thrown).problem();
        assertThat(problem.severity()).isEqualTo(Severity.FATAL);
        return problem;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyFile() {
        assertThat(refusal(new byte[0]).code()).isEqualTo(ProblemCode.EMPTY_FILE);
        assertThat(refusal(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'}).code())
                .isEqualTo(ProblemCode.EMPTY_FILE);
    }

    @Test
    void headerOnlyHasNoRows() {
        CsvProblem problem = refusal(utf8("客户名称,手机\r\n\r\n"));
        assertThat(problem.code()).isEqualTo(ProblemCode.NO_ROWS);
        assertThat(problem.row()).isEqualTo(1);
    }

    @Test
    void binaryFile() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        assertThat(refusal(bytes).code()).isEqualTo(ProblemCode.BINARY_FILE);
    }

    @Test
    void controlCharactersWithoutNulAreBinaryToo() {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 200; i++) {
            text.append((char) 1).append((char) 2).append("x,y\n");
        }
        assertThat(refusal(utf8(text.toString())).code()).isEqualTo(ProblemCode.BINARY_FILE);
    }

    @Test
    void excelWorkbookIsNamedAsSuch() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0};
        assertThat(refusal(zip).code()).isEqualTo(ProblemCode.EXCEL_WORKBOOK);
    }

    @Test
    void unbalancedQuoteIsReportedWhereItOpened() {
        String text = "name,notes\na,b\nc,\"never closed\nd,e\nf,g\n";
        CsvProblem problem = refusal(utf8(text));
        assertThat(problem.code()).isEqualTo(ProblemCode.UNBALANCED_QUOTE);
        assertThat(problem.row()).isEqualTo(3);
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        CsvProblem problem = refusal(utf8("name,notes\na,b\nc,\"x\"y\n"));
        assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED_QUOTE);
        assertThat(problem.row()).isEqualTo(3);
    }

    @Test
    void tenMegabyteFieldIsRefusedWhileStreaming() {
        byte[] head = utf8("name,notes\nok,fine\nbig,\"");
        InputStream huge = new java.io.SequenceInputStream(new ByteArrayInputStream(head),
                new RepeatingStream('x', 10 << 20));
        CsvProblem problem = refusal(huge);
        assertThat(problem.code()).isEqualTo(ProblemCode.FIELD_TOO_LARGE);
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.args()).containsExactly(CsvReadOptions.DEFAULT_MAX_FIELD_CHARS);
    }

    @Test
    void tenThousandColumns() {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            header.append(i == 0 ? "" : ",").append("c").append(i);
        }
        CsvProblem problem = refusal(utf8(header + "\n1\n"));
        assertThat(problem.code()).isEqualTo(ProblemCode.TOO_MANY_COLUMNS);
        assertThat(problem.row()).isEqualTo(1);
    }

    @Test
    void limitsApplyToDataRowsAndUnquotedCellsToo() {
        CsvReadOptions small = CsvReadOptions.defaults().withLimits(10, 3);
        Throwable wide = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (CsvFile file = new CsvFileReader(small).open(new ByteArrayInputStream(utf8("a,b\n1,2\n1,2,3,4\n")))) {
                file.rows().forEach(row -> { });
            }
        });
        assertThat(((UnreadableCsvException) wide).problem())
                .extracting(CsvProblem::code, CsvProblem::row).containsExactly(ProblemCode.TOO_MANY_COLUMNS, 3L);
        Throwable large = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (CsvFile file = new CsvFileReader(small).open(new ByteArrayInputStream(utf8("a,b\n1,2\n\n1,xxxxxxxxxxx\n")))) {
                file.rows().forEach(row -> { });
            }
        });
        assertThat(((UnreadableCsvException) large).problem())
                .extracting(CsvProblem::code, CsvProblem::row).containsExactly(ProblemCode.FIELD_TOO_LARGE, 4L);
    }

    @Test
    void blankLinesBeforeTheHeaderKeepRowNumbersTrue() throws IOException {
        try (CsvFile csv = new CsvFileReader(CsvReadOptions.defaults())
                .open(new ByteArrayInputStream(utf8("\r\n\r\n客户名称\r\n甲\r\n")))) {
            assertThat(csv.headerRow()).isEqualTo(3);
            assertThat(csv.rows().toList()).extracting(CsvRow::row).containsExactly(4L);
        }
    }

    @Test
    void duplicateHeadersEvenWhenSpelledDifferently() {
        CsvProblem problem = refusal(utf8("客户名称,手机,Ｍobile, 手机 \n甲,1,2,3\n"));
        assertThat(problem.code()).isEqualTo(ProblemCode.DUPLICATE_HEADER);
        assertThat(problem.args()).containsExactly("手机", 2, 4);
    }

    @Test
    void dataInTheFirstRowMeansNoHeader() {
        CsvProblem problem = refusal(utf8("甲公司,13800138000,2025-03-04\n乙公司,13900139000,2025-03-05\n"));
        assertThat(problem.code()).isEqualTo(ProblemCode.NO_HEADER);
        assertThat(problem.args()).containsExactly("13800138000");
    }

    @Test
    void yearColumnsBesideAKnownNameAreStillAHeader() throws IOException {
        try (CsvFile csv = new CsvFileReader(CsvReadOptions.defaults())
                .open(new ByteArrayInputStream(utf8("客户名称,2024,2025\n甲,1,2\n")))) {
            assertThat(csv.header()).containsExactly("客户名称", "2024", "2025");
        }
    }

    @Test
    void mixedEncodingsInTheSample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("客户名称,地址\n"));
        for (int i = 0; i < 5; i++) {
            out.writeBytes(utf8("北京星辰科技有限公司,北京市海淀区中关村大街\n"));
        }
        out.writeBytes("上海明月贸易有限公司,上海市浦东新区世纪大道\n".getBytes(GB18030));
        CsvProblem problem = refusal(out.toByteArray());
        assertThat(problem.code()).isEqualTo(ProblemCode.MIXED_ENCODING);
        assertThat(problem.args()).containsExactly(1L, 7L);
    }

    @Test
    void mixedEncodingsAfterTheSampleStopAtTheBadRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("客户名称,地址\n"));
        for (int i = 0; i < 30_000; i++) {
            out.writeBytes(utf8("北京星辰科技有限公司,北京市海淀区中关村大街\n"));
        }
        out.writeBytes("上海明月贸易有限公司,上海市浦东新区世纪大道\n".getBytes(GB18030));
        CsvReadOptions options = CsvReadOptions.defaults().withSampleBytes(4096);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (CsvFile file = new CsvFileReader(options).open(new ByteArrayInputStream(out.toByteArray()))) {
                file.rows().forEach(row -> { });
            }
        });
        CsvProblem problem = ((UnreadableCsvException) thrown).problem();
        assertThat(problem.code()).isEqualTo(ProblemCode.MIXED_ENCODING);
        assertThat(problem.row()).isEqualTo(30_002L);
    }

    @Test
    void gb18030FromExcelWithCrlf() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.write(file, "客户名称,手机,下单日期\r\n北京星辰科技,138 0013 8000,2025/3/4\r\n".getBytes(GB18030));
        try (CsvFile csv = new CsvFileReader(CsvReadOptions.defaults()).open(file)) {
            assertThat(csv.encoding().charset()).isEqualTo(GB18030);
            assertThat(csv.header()).containsExactly("客户名称", "手机", "下单日期");
            List<CsvRow> rows = csv.rows().toList();
            assertThat(rows.get(0).cells()).containsExactly("北京星辰科技", "138 0013 8000", "2025/3/4");
        }
    }

    @Test
    void utf8WithBom() throws IOException {
        byte[] body = utf8("客户名称,手机\n甲,1\n");
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        try (CsvFile csv = new CsvFileReader(CsvReadOptions.defaults()).open(new ByteArrayInputStream(bytes))) {
            assertThat(csv.encoding().source()).isEqualTo(DetectedEncoding.Source.BOM);
            assertThat(csv.header().get(0)).isEqualTo("客户名称");
        }
    }

    @Test
    void utf16WithBomIsNotBinary() throws IOException {
        byte[] body = "客户名称\t手机\r\n甲\t1\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        try (CsvFile csv = new CsvFileReader(CsvReadOptions.defaults()).open(new ByteArrayInputStream(bytes))) {
            assertThat(csv.encoding().charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(csv.delimiter()).isEqualTo('\t');
            assertThat(csv.rows().toList().get(0).cells()).containsExactly("甲", "1");
        }
    }

    @Test
    void utf16WithoutBomReadsWhenTheUserSaysSo() throws IOException {
        byte[] bytes = "客户名称,手机\r\n甲,1\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(refusal(bytes).code()).isEqualTo(ProblemCode.BINARY_FILE);
        CsvReadOptions options = CsvReadOptions.defaults().withEncoding(StandardCharsets.UTF_16LE);
        try (CsvFile csv = new CsvFileReader(options).open(new ByteArrayInputStream(bytes))) {
            assertThat(csv.header()).containsExactly("客户名称", "手机");
        }
    }

    @Test
    void aFailingDiskIsAnInputErrorNotAQuotingError() {
        InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(utf8("a,b\n1,2\n3,4\n")),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                });
        CsvProblem problem = refusal(failing);
        assertThat(problem.code()).isEqualTo(ProblemCode.IO_ERROR);
        assertThat(problem.args()).containsExactly("disk gone");
    }

    @Test
    void millionRowsStreamWithoutHoldingTheFile() throws IOException {
        InputStream rows = new GeneratedRows(1_000_000);
        try (CsvFile csv = new CsvFileReader(CsvReadOptions.defaults()).open(rows)) {
            long[] last = new long[2];
            csv.rows().forEach(row -> {
                last[0]++;
                last[1] = row.row();
            });
            assertThat(last[0]).isEqualTo(1_000_000);
            assertThat(last[1]).isEqualTo(1_000_001);
        }
    }

    /** A stream of one byte repeated, never materialised. */
    private static final class RepeatingStream extends InputStream {
        private final int value;
        private long left;

        RepeatingStream(int value, long length) {
            this.value = value;
            this.left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? value : -1;
        }
    }

    /** A header and n generated rows, produced on the fly. */
    private static final class GeneratedRows extends InputStream {
        private final int count;
        private int produced = -1;
        private byte[] current = new byte[0];
        private int position;

        GeneratedRows(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            if (position == current.length) {
                if (produced >= count) {
                    return -1;
                }
                current = utf8(produced < 0 ? "客户编号,客户名称,手机\r\n"
                        : "C" + produced + ",公司" + produced + ",1380013" + (produced % 10_000) + "\r\n");
                produced++;
                position = 0;
            }
            return current[position++] & 0xFF;
        }
    }
}
