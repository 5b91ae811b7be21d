package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ImportTextsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportTextsTest.class.getResourceAsStream("/org/callsheet/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyTheLogicReturnsExistsInAllThreeBundles() throws IOException {
        Properties english = load("imports");
        for (String bundle : List.of("imports", "imports_zh_CN", "imports_zh_TW")) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
            for (UndoResult.Outcome outcome : UndoResult.Outcome.values()) {
                assertThat(properties).containsKey("imports.undo." + (outcome == UndoResult.Outcome.UNDONE ? "done"
                        : outcome.name().toLowerCase(Locale.ROOT)));
            }
            for (ImportResult.Outcome outcome : ImportResult.Outcome.values()) {
                assertThat(properties).containsKey("imports.outcome." + outcome.name().toLowerCase(Locale.ROOT));
            }
            for (DuplicatePolicy policy : DuplicatePolicy.values()) {
                assertThat(properties).containsKey("imports.policy." + policy.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void wordsUndoRefusalsAndProgressInEachLanguage() {
        UndoResult refused = UndoResult.refused(UndoResult.Outcome.LATER_BATCH, 3, 3L, 5L);
        assertThat(new ImportTexts(Locale.ENGLISH).undo(refused))
                .isEqualTo("Import 3 cannot be undone while import 5, which changed the same records, stands. Undo import 5 first.");
        assertThat(new ImportTexts(Locale.SIMPLIFIED_CHINESE).undo(refused)).startsWith("第 5 次导入修改了相同的记录");
        assertThat(new ImportTexts(Locale.forLanguageTag("zh-HK")).undo(refused)).startsWith("第 5 次匯入");
        assertThat(new ImportTexts(Locale.ENGLISH).progress(new ImportProgress(ImportProgress.Phase.IMPORTING, 12_000, 3456.7)))
                .isEqualTo("Importing: 12000 rows (3457 rows/s)");
        assertThat(new ImportTexts(Locale.ENGLISH).progress(new ImportProgress(ImportProgress.Phase.FINISHING, 12_000, 0)))
                .isEqualTo("Building the indexes and closing the import: 12000 rows read");
        ImportProblem problem = new ImportProblem(7, "客户编号", "csv.problem.unknown_customer", List.of("C404"), true);
        assertThat(new ImportTexts(Locale.ENGLISH).problem(problem))
                .isEqualTo("Row 7, column \"客户编号\": No customer with ID \"C404\" is stored or in this file; the row is skipped.");
    }

    @Test
    void aRefusalIsOneSentenceHoweverManyProblemsItNames() {
        List<ImportProblem> missing = List.of(
                new ImportProblem(1, "", "csv.problem.missing_required_column", List.of("name"), true),
                new ImportProblem(1, "", "csv.problem.missing_required_column", List.of("date"), true));
        ImportResult refused = new ImportResult(ImportResult.Outcome.REFUSED, "orders", ImportCounts.NONE, missing,
                2, java.util.Optional.empty(), java.util.Map.of(), java.util.OptionalLong.empty(),
                java.util.Optional.empty());

        String english = new ImportTexts(Locale.ENGLISH).refusal(refused, 3);
        String chinese = new ImportTexts(Locale.SIMPLIFIED_CHINESE).refusal(refused, 3);

        assertThat(english).endsWith(".").doesNotContain(". ").contains("\"name\": choose which column holds it; ");
        assertThat(chinese).endsWith("。").containsOnlyOnce("。").contains("；");
    }
}
