package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every release's database opens with the current code and keeps every record (ADR 39): each
 * fixture in {@code src/test/resources/upgrade} ({@link ReleaseFixtureMaker}) is copied to a
 * temporary folder and opened — the migrations added since apply — and every table it had holds as
 * many rows as it did, with the records written by hand there field by field.
 */
class ReleaseFixtureUpgradeTest {
    private static final Path FIXTURES = Path.of("src/test/resources/upgrade");

    @TempDir
    Path folder;

    static List<String> releases() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip"))
                    .map(n -> n.substring("release-".length(), n.length() - ".zip".length())).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void aReleaseDatabaseOpensWithEveryRecordKept(String release) throws Exception {
        Path database = folder.resolve("callsheet");
        extract(FIXTURES.resolve("release-" + release + ".zip"), folder);
        Map<String, Long> before = counts(FIXTURES.resolve("release-" + release + ".counts"));
        assertThat(before).containsEntry("customer", 23L).containsKeys("contact", "customer_order", "phone_call",
                "follow_up", "visit", "opportunity", "opportunity_change", "setting", "import_batch",
                "import_customer_before", "classification_override", "checklist_tick", "customer_classification");

        try (Database db = Database.open(database)) {
            TreeMap<String, Long> after = ReleaseFixtureMaker.tableCounts(db.dsl());
            before.forEach((table, rows) -> assertThat(after).as("table %s", table).containsEntry(table, rows));
            checkRecords(db);
        }
        // and it opens again after the upgrade wrote its own state
        try (Database db = Database.open(database)) {
            assertThat(ReleaseFixtureMaker.tableCounts(db.dsl())).containsAllEntriesOf(before);
        }
    }

    private static void checkRecords(Database db) {
        DSLContext dsl = db.dsl();
        JooqCustomerRepository customers = new JooqCustomerRepository(dsl, new Pinyin(), new PhoneNormalizer());
        Customer shenda = customers.findByExternalId("FIX-1").orElseThrow();
        assertThat(shenda.name()).isEqualTo("上海申达贸易有限公司");
        assertThat(shenda.notes()).isEqualTo("老客户，春节前要报价");
        assertThat(shenda.address().province()).isEqualTo("上海市");
        List<Contact> contacts = customers.contactsOf(shenda.id());
        assertThat(contacts).extracting(Contact::name).containsExactly("张敏");
        Customer huanan = customers.findByExternalId("FIX-3").orElseThrow();
        assertThat(huanan.notes()).isEqualTo("只在上午接电话");
        assertThat(huanan.industry()).as("as the second import left it").isEqualTo("五金批发");
        assertThat(dsl.fetchOne("SELECT status, reason FROM classification_override WHERE customer_id = ?",
                huanan.id()).intoArray()).containsExactly("PROSPECT", "新店开张，先培养");

        Call call = new JooqCallRepository(dsl).findByUid("c0a1f1e5-0000-4000-8000-000000000001").orElseThrow();
        assertThat(call.customerId()).isEqualTo(shenda.id());
        assertThat(call.outcome()).isEqualTo(CallOutcome.CONNECTED);
        assertThat(call.durationSeconds()).isEqualTo(312);
        assertThat(call.needs()).isEqualTo("春节前要500箱礼盒");
        assertThat(call.notes()).isEqualTo("张经理说预算已批");
        assertThat(call.interestLevel()).isEqualTo(4);
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM follow_up WHERE source_call_id = ? AND status = 'OPEN'",
                call.id()).get(0, Long.class)).as("the call's follow-up").isEqualTo(1L);
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM follow_up WHERE note = '问合同进度' AND status = 'DONE'")
                .get(0, Long.class)).isEqualTo(1L);

        assertThat(dsl.fetch("SELECT purpose, outcome, notes FROM visit WHERE customer_id = ?", shenda.id())
                .map(r -> r.get(0, String.class) + "/" + r.get(1, String.class) + "/" + r.get(2, String.class)))
                .containsExactly("送样品/MET/仓库在二楼");
        assertThat(dsl.fetch("SELECT c.to_stage FROM opportunity_change c JOIN opportunity o"
                + " ON o.id = c.opportunity_id WHERE o.title = '春节礼盒500箱' ORDER BY c.id").getValues(0, String.class))
                .startsWith("LEAD", "QUOTE", "CONTRACT");
        assertThat(dsl.fetchOne("SELECT amount FROM opportunity WHERE title = '年度维护合同'").get(0, BigDecimal.class))
                .isEqualByComparingTo("12800.50");
        assertThat(new JooqSettingsRepository(dsl).get("rep.name")).contains("王伟");
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM import_batch WHERE NOT in_progress").get(0, Long.class))
                .as("the imports stay in the history, undoable").isEqualTo(2L);
        assertThat(dsl.fetchOne("SELECT industry FROM import_customer_before").get(0, String.class))
                .as("what the update replaced, for its undo").isEqualTo("零售");
    }

    private static Map<String, Long> counts(Path file) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("=");
                counts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    private static void extract(Path zip, Path to) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, to.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }
}
