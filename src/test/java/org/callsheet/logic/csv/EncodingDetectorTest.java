package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {
    private final EncodingDetector detector = new EncodingDetector();

    @Test
    void aMultiByteCharacterCutAtTheSampleEdgeIsStillUtf8() {
        byte[] whole = "客户名称,手机\n甲公司,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 4);
        assertThat(detector.detect(cut, false, Optional.empty()).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detector.detect(cut, true, Optional.empty()).charset()).isEqualTo(EncodingDetector.GB18030);
    }

    @Test
    void gb18030WhenNotUtf8AndBomsWin() {
        byte[] gb = "客户名称,手机\n".getBytes(EncodingDetector.GB18030);
        assertThat(detector.detect(gb, true, Optional.empty()))
                .isEqualTo(new DetectedEncoding(EncodingDetector.GB18030, 0, DetectedEncoding.Source.DETECTED));
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};
        assertThat(detector.detect(be, true, Optional.empty()))
                .isEqualTo(new DetectedEncoding(StandardCharsets.UTF_16BE, 2, DetectedEncoding.Source.BOM));
    }

    @Test
    void userChoiceWinsAndStillSkipsAMatchingBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(detector.detect(bom, true, Optional.of(StandardCharsets.UTF_8)))
                .isEqualTo(new DetectedEncoding(StandardCharsets.UTF_8, 3, DetectedEncoding.Source.USER));
        assertThat(detector.detect(bom, true, Optional.of(EncodingDetector.GB18030)).bomLength()).isZero();
    }

    @Test
    void aPureGb18030FileIsNotMistakenForMixed() {
        StringBuilder text = new StringBuilder("客户名称,地址,备注\n");
        String[] names = {"北京星辰科技", "上海明月贸易", "广州南方电器", "深圳华强电子", "杭州西湖茶叶", "成都天府物流"};
        for (int i = 0; i < 3000; i++) {
            text.append(names[i % names.length]).append("有限公司,").append("中山路").append(i).append("号,")
                    .append(i % 2 == 0 ? "重点客户" : "普通客户").append('\n');
        }
        byte[] bytes = text.toString().getBytes(EncodingDetector.GB18030);
        assertThat(detector.detect(bytes, true, Optional.empty()).charset()).isEqualTo(EncodingDetector.GB18030);
    }

    @Test
    void aFewUtf8RowsPastedIntoAGb18030FileAreFound() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("客户名称,地址\n".getBytes(EncodingDetector.GB18030));
        for (int i = 0; i < 100; i++) {
            String line = "上海明月贸易有限公司" + i + ",上海市浦东新区世纪大道\n";
            out.writeBytes(i % 10 == 9 ? line.getBytes(StandardCharsets.UTF_8) : line.getBytes(EncodingDetector.GB18030));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> detector.detect(out.toByteArray(), true, Optional.empty()))
                .isInstanceOfSatisfying(UnreadableCsvException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.MIXED_ENCODING);
                    assertThat(e.problem().args()).containsExactly(11L, 1L);
                });
    }
}
