package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileReaderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static CsvFile open(byte[] bytes) {
        return new CsvFileReader(CsvReadOptions.defaults()).open(new ByteArrayInputStream(bytes));
    }

    private static List<CsvRow> rows(byte[] bytes) {
        try (CsvFile file = open(bytes)) {
            return file.rows().toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsHeaderAndRowsWithPhysicalLineNumbers() {
        String text = "客户名称,备注,手机\r\n"
                + "甲公司,\"第一行\r\n第二行\",13800138000\r\n"
                + "\r\n"
                + "乙公司,,13900139000\r\n";
        try (CsvFile file = open(text.getBytes(StandardCharsets.UTF_8))) {
            assertThat(file.header()).containsExactly("客户名称", "备注", "手机");
            assertThat(file.delimiter()).isEqualTo(',');
            assertThat(file.encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
            List<CsvRow> rows = file.rows().toList();
            assertThat(rows).extracting(CsvRow::row).containsExactly(2L, 5L);
            assertThat(rows.get(0).cell(1)).isEqualTo("第一行\r\n第二行");
            assertThat(rows.get(1).cell(0)).isEqualTo("乙公司");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void lineFeedOnlyFilesNumberRowsTheSame() {
        String text = "name,notes\n\"a\",\"x\ny\nz\"\nb,c\n";
        assertThat(rows(text.getBytes(StandardCharsets.UTF_8))).extracting(CsvRow::row).containsExactly(2L, 5L);
    }

    @Test
    void detectsSemicolonAndTabButNotInsideQuotes() {
        String semicolon = "name;amount\n\"a,b,c\";\"1,5\"\nd;2\n";
        String tab = "name\tnotes\n\"x;y\"\tz\n";
        try (CsvFile s = open(semicolon.getBytes(StandardCharsets.UTF_8));
             CsvFile t = open(tab.getBytes(StandardCharsets.UTF_8))) {
            assertThat(s.delimiter()).isEqualTo(';');
            assertThat(t.delimiter()).isEqualTo('\t');
            assertThat(s.rows().toList().get(0).cells()).containsExactly("a,b,c", "1,5");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void userOverridesEncodingAndDelimiter() {
        byte[] bytes = "名称|手机\n甲|1\n".getBytes(GB18030);
        CsvReadOptions options = CsvReadOptions.defaults().withEncoding(GB18030).withDelimiter('|');
        try (CsvFile file = new CsvFileReader(options).open(new ByteArrayInputStream(bytes))) {
            assertThat(file.encoding().source()).isEqualTo(DetectedEncoding.Source.USER);
            assertThat(file.header()).containsExactly("名称", "手机");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shortRowsArePaddedByCell() {
        List<CsvRow> rows = rows("a,b,c\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(0).cell(2)).isEmpty();
        assertThat(rows.get(0).size()).isEqualTo(1);
    }
}
