package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company list as they come: customers listed twice (once with the company's id, once without,
 * the mobile written another way, the later row filling a blank), and some broken rows.
 */
class InFileRepeatsTest {
    private static final String HEADER = "客户编号,客户名称,行业,联系人,手机\n";
    private static final int DISTINCT = 1_800;
    private static final int REPEATS = 150;
    private static final int BROKEN = 50;

    private final ImportFixture fx = new ImportFixture();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void repeatsAreMergedIntoOneCustomerAndOnlyBrokenRowsAreRejected() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            // every third repeated customer's first row leaves the industry blank for its repeat to fill
            String industry = i < REPEATS && i % 3 == 0 ? "" : "制造";
            rows.add("K" + i + ",公司" + i + "," + industry + ",联系人" + i + "," + mobile(i));
        }
        List<String> later = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            String written = "+86 " + mobile(i).substring(0, 3) + "-" + mobile(i).substring(3, 7) + "-"
                    + mobile(i).substring(7);
            later.add(",公司" + i + ",制造,联系人" + i + "," + written);
        }
        for (int i = 0; i < BROKEN; i++) {
            later.add("B" + i + ",,制造,联系人,1370000" + String.format("%04d", i));
        }
        // repeats and broken rows come after the rows they repeat, spread over both chunks of the file
        java.util.Collections.shuffle(later, new Random(42));
        List<String> file = new ArrayList<>(rows.subList(0, 900));
        file.addAll(later.subList(0, 60).stream().filter(r -> !r.startsWith(",公司") || index(r) < 900).toList());
        file.addAll(rows.subList(900, DISTINCT));
        file.addAll(later.stream().filter(r -> !file.contains(r)).toList());
        assertThat(file).hasSize(DISTINCT + REPEATS + BROKEN);
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, HEADER + String.join("\n", file) + "\n", StandardCharsets.UTF_8);
        Path errors = dir.resolve("rejected.csv");

        ImportResult result = fx.imports.run(ImportRequest.of(csv, StandardEntities.CUSTOMERS)
                .withPolicy(DuplicatePolicy.MERGE).withErrorFile(errors, Locale.ENGLISH), p -> { }, () -> false);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2_000, DISTINCT, 0, REPEATS / 3,
                REPEATS - REPEATS / 3, 0, BROKEN));
        List<CustomerSnapshot> book = fx.everything();
        assertThat(book).hasSize(DISTINCT);
        assertThat(book).allSatisfy(s -> {
            assertThat(s.customer().industry()).as(s.customer().name()).isEqualTo("制造");
            assertThat(s.contacts()).as(s.customer().name()).hasSize(1);
        });
        assertThat(Files.readAllLines(errors, StandardCharsets.UTF_8)).hasSize(1 + BROKEN);

        fx.imports.undoLast();
        assertThat(fx.everything()).isEmpty();
    }

    private static String mobile(int i) {
        return "1390000" + String.format("%04d", i);
    }

    private static int index(String repeat) {
        String name = repeat.split(",")[1];
        return Integer.parseInt(name.substring(2));
    }
}
