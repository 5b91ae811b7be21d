package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CsvMessagesTest {
    private static final List<String> BUNDLES = List.of("csv", "csv_zh_CN", "csv_zh_TW");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CsvMessagesTest.class.getResourceAsStream("/org/callsheet/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void allThreeBundlesHaveTheSameKeysAndEveryProblemAndFieldHasOne() throws IOException {
        Properties english = load("csv");
        for (String bundle : BUNDLES) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
            for (ProblemCode code : ProblemCode.values()) {
                assertThat(properties).as(bundle).containsKey(code.key());
            }
            for (EntityType entity : EntityRegistry.standard().all()) {
                for (String field : entity.fieldIds()) {
                    assertThat(properties).containsKey("csv.field." + entity.id() + "." + field);
                }
            }
            for (DateColumnReport.Verdict verdict : DateColumnReport.Verdict.values()) {
                assertThat(properties).containsKey("csv.date.verdict." + verdict.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void describesProblemsWithRowAndColumnInEachLanguage() {
        CsvProblem problem = CsvProblem.error(ProblemCode.INVALID_DATE, 12_345, "下单日期", "2025-02-30");
        assertThat(new CsvMessages(Locale.ENGLISH).describe(problem))
                .isEqualTo("Row 12345, column \"下单日期\": Not a valid date: \"2025-02-30\".");
        assertThat(new CsvMessages(Locale.SIMPLIFIED_CHINESE).describe(problem))
                .isEqualTo("第 12345 行，“下单日期”列：不是有效日期：“2025-02-30”。");
        assertThat(new CsvMessages(Locale.TRADITIONAL_CHINESE).describe(problem))
                .isEqualTo("第 12345 列，「下单日期」欄：不是有效日期：「2025-02-30」。");
    }

    @Test
    void fileLevelProblemsAndFieldReferences() {
        CsvMessages english = new CsvMessages(Locale.ENGLISH);
        assertThat(english.describe(CsvProblem.fatal(ProblemCode.EMPTY_FILE, 0))).isEqualTo("The file is empty.");
        assertThat(english.describe(CsvProblem.fatal(ProblemCode.UNBALANCED_QUOTE, 3))).startsWith("Row 3: A quote opened");
        CsvProblem missing = CsvProblem.fatal(ProblemCode.MISSING_REQUIRED_COLUMN, 0, new FieldRef("orders", "amount"));
        assertThat(english.reason(missing)).contains("\"Amount\"");
        assertThat(new CsvMessages(Locale.SIMPLIFIED_CHINESE).reason(missing)).contains("“订单金额”");
    }

    @Test
    void everyProblemFormatsWithoutErrorInEveryLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
            CsvMessages messages = new CsvMessages(locale);
            for (ProblemCode code : ProblemCode.values()) {
                CsvProblem problem = new CsvProblem(Severity.ERROR, code, List.of(3, 1, 2), 7, "c");
                assertThat(messages.describe(problem)).as(locale + " " + code).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void chineseVariantsFindTheirScript() {
        CsvProblem problem = CsvProblem.fatal(ProblemCode.EMPTY_FILE, 0);
        assertThat(new CsvMessages(Locale.forLanguageTag("zh-HK")).describe(problem)).isEqualTo("檔案是空的。");
        assertThat(new CsvMessages(Locale.forLanguageTag("zh-Hant")).describe(problem)).isEqualTo("檔案是空的。");
        assertThat(new CsvMessages(Locale.forLanguageTag("zh-SG")).describe(problem)).isEqualTo("文件是空的。");
        assertThat(new CsvMessages(Locale.forLanguageTag("zh")).describe(problem)).isEqualTo("文件是空的。");
        assertThat(new CsvMessages(Locale.forLanguageTag("fr-FR")).describe(problem)).isEqualTo("The file is empty.");
    }
}
