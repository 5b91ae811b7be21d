package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing contacts on their own: matching within the customer, policies, undo. */
class ContactImportTest {
    private static final String HEADER = "customer_external_id,name,title,decision_maker,mobile,phone,email,birthday\n";

    private final ImportFixture fx = new ImportFixture();
    private Customer jia;
    @TempDir
    Path dir;

    @BeforeEach
    void customer() {
        jia = fx.store("C-001", "甲公司", "13800138000", null, List.of());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ImportResult load(String rows, DuplicatePolicy policy) throws Exception {
        return fx.importContacts(ImportFixture.write(dir, "k-" + UUID.randomUUID() + ".csv", HEADER + rows), policy);
    }

    private List<Contact> contacts() {
        return fx.customers.contactsOf(jia.id());
    }

    @Test
    void addsNewContactsAndMatchesStoredOnesByMobile() throws Exception {
        ImportResult result = load("""
                C-001,王芳,采购,是,13700137000,,wf@jia.cn,1990-02-03
                C-001,李雷,经理,,138 0013 8000,,li@jia.cn,
                C-404,某人,,,,,,
                """, DuplicatePolicy.MERGE);

        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 1, 0, 1, 0, 0, 1));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(ProblemCode.UNKNOWN_CUSTOMER.key());
            assertThat(p.row()).isEqualTo(4);
        });
        assertThat(contacts()).extracting(Contact::name).containsExactly("李雷", "王芳");
        assertThat(contacts().get(0).email()).as("a blank filled").isEqualTo("li@jia.cn");
        assertThat(contacts().get(0).title()).as("a blank filled").isEqualTo("经理");
        assertThat(contacts().get(1).decisionMaker()).isTrue();
    }

    @Test
    void theSameContactTwiceInOneFileIsMerged() throws Exception {
        ImportResult result = load("""
                C-001,王芳,,,13700137000,,,
                C-001,王芳,采购,,13700137000,,,
                """, DuplicatePolicy.MERGE);

        assertThat(result.counts().inserted()).isEqualTo(1);
        assertThat(result.counts().merged()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
        assertThat(contacts()).filteredOn(c -> c.name().equals("王芳")).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("采购"));
    }

    @Test
    void updateReplacesValuesAndTheDecisionMakerMarkAndUndoPutsThemBack() throws Exception {
        List<Contact> before = contacts();
        ImportResult result = load("C-001,李雷,总监,否,13800138000,,,\nC-001,韩梅梅,,,,,,\n", DuplicatePolicy.UPDATE);
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(contacts().get(0).title()).isEqualTo("总监");
        assertThat(contacts().get(0).decisionMaker()).isFalse();

        UndoResult undo = fx.imports.undo(result.batchId().getAsLong());

        assertThat(undo.restored()).isEqualTo(1);
        assertThat(undo.deleted()).isEqualTo(1);
        assertThat(contacts()).isEqualTo(before);
    }

    @Test
    void mergeMarksAnUnmarkedDecisionMakerButNeverUnmarksOne() throws Exception {
        load("C-001,王芳,,,13700137000,,,\n", DuplicatePolicy.MERGE);
        assertThat(wangFang().decisionMaker()).isFalse();

        ImportResult marked = load("C-001,王芳,,是,13700137000,,,\n", DuplicatePolicy.MERGE);
        ImportResult kept = load("C-001,王芳,,否,13700137000,,,\n", DuplicatePolicy.MERGE);

        assertThat(marked.counts().merged()).isEqualTo(1);
        assertThat(kept.counts().merged()).isZero();
        assertThat(wangFang().decisionMaker()).isTrue();
    }

    private Contact wangFang() {
        return contacts().stream().filter(c -> c.name().equals("王芳")).findFirst().orElseThrow();
    }
}
