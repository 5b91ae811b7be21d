package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.persistence.JooqCustomerFieldHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's changes to stored customers are in their field history, attributed to the import. */
class ImportFieldHistoryTest {
    private static final String HEADER = "客户编号,客户名称,行业,来源,标签,联系人,手机,电话\n";
    private final ImportFixture fx = new ImportFixture();
    private final JooqCustomerFieldHistory history = new JooqCustomerFieldHistory(fx.db.dsl());
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        fx.close();
    }

    private List<CustomerFieldChange> historyOf(Customer c) {
        return history.newestFirst(c.id(), Optional.empty(), 0, 100);
    }

    @Test
    void aMergeRecordsTheFieldsItFilledAsChangedByTheImportOfItsFile() throws Exception {
        Customer c1 = fx.store("C1", "星辰科技", "13800138000", null, List.of());
        Path file = ImportFixture.write(dir, "客户名单.csv", HEADER + "C1,星辰科技新,制造,网络,新客,,,\n"
                + "C2,海风贸易,,,,,,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        long batch = result.batchId().orElseThrow();
        assertThat(historyOf(c1)).extracting(e -> e.change().field(), e -> e.change().oldText(),
                        e -> e.change().newText())
                .containsExactlyInAnyOrder(tuple(CustomerField.INDUSTRY, "", "制造"),
                        tuple(CustomerField.TAGS, "", "新客"));
        assertThat(historyOf(c1)).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(ChangeSource.importBatch(batch, "客户名单.csv"));
            assertThat(e.changedAt()).isEqualTo(ImportFixture.NOW);
        });
        // a customer the import adds has no history: it was not changed, it was created
        assertThat(historyOf(fx.customers.findByExternalId("C2").orElseThrow())).isEmpty();
    }

    @Test
    void anUpdateRecordsOldAndNewValues() throws Exception {
        Customer c1 = fx.store("C1", "星辰科技", "13800138000", null, List.of("老客"));
        Path file = ImportFixture.write(dir, "u.csv", HEADER + "C1,星辰科技新,制造,网络,,,,\n");

        fx.importCustomers(file, DuplicatePolicy.UPDATE);

        assertThat(historyOf(c1)).extracting(e -> e.change().field(), e -> e.change().oldText(),
                        e -> e.change().newText())
                .containsExactlyInAnyOrder(tuple(CustomerField.NAME, "星辰科技", "星辰科技新"),
                        tuple(CustomerField.INDUSTRY, "", "制造"), tuple(CustomerField.SOURCE, "展会", "网络"));
    }

    @Test
    void undoingTheImportRemovesItsHistoryAndKeepsTheEditorsEntries() throws Exception {
        Customer c1 = fx.store("C1", "星辰科技", "13800138000", null, List.of());
        Customer renamed = new Customer(c1.id(), c1.uid(), c1.externalId(), "星辰科技公司", c1.kind(), c1.industry(),
                c1.sizeClass(), c1.address(), c1.location(), c1.source(), c1.ownerRep(), c1.tags(), c1.notes(),
                c1.noNeed(), c1.status(), c1.createdAt(), ImportFixture.NOW.minusSeconds(60));
        fx.customers.update(renamed, fx.customers.contactsOf(c1.id()), "王芳");
        Path file = ImportFixture.write(dir, "m.csv", HEADER + "C1,星辰科技公司,制造,,,,,\n");
        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);
        assertThat(historyOf(c1)).hasSize(2);

        fx.imports.undo(result.batchId().orElseThrow());

        assertThat(historyOf(c1)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(ChangeSource.rep("王芳"));
            assertThat(e.change().newText()).isEqualTo("星辰科技公司");
        });
        assertThat(fx.customers.findById(c1.id()).orElseThrow().industry()).isNull();
    }

    @Test
    void aCustomerNamedInSeveralChunksRecordsEachWrite() throws Exception {
        try (ImportFixture small = new ImportFixture(2)) {
            JooqCustomerFieldHistory smallHistory = new JooqCustomerFieldHistory(small.db.dsl());
            Customer c1 = small.store("C1", "星辰科技", "13800138000", null, List.of());
            Path file = ImportFixture.write(dir, "chunks.csv", HEADER + "C1,星辰科技,制造,,,,,\nC2,海风贸易,,,,,,\n"
                    + "C1,星辰科技,,网络,,,,\n");

            small.importCustomers(file, DuplicatePolicy.UPDATE);

            assertThat(smallHistory.newestFirst(c1.id(), Optional.empty(), 0, 100))
                    .extracting(e -> e.change().field(), e -> e.change().oldText(), e -> e.change().newText())
                    .containsExactlyInAnyOrder(tuple(CustomerField.INDUSTRY, "", "制造"),
                            tuple(CustomerField.SOURCE, "展会", "网络"));
        }
    }
}
