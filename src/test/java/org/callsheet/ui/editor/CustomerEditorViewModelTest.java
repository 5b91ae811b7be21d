package org.callsheet.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerEditorViewModelTest {
    private TestBackend backend;
    private CustomerEditorViewModel model;
    private long beijingId;

    @BeforeEach
    void setUp() {
        backend = new TestBackend().withSampleCustomers();
        backend.loadIndex();
        beijingId = backend.repository.findIds(org.callsheet.logic.customers.CustomerFilter.ALL,
                org.callsheet.logic.customers.CustomerSort.DEFAULT)[1];
        model = new CustomerEditorViewModel(backend.service, backend.book, new SameThreadTaskRunner());
    }

    @Test
    void loadsTheCustomerWithContactsOrdersAndRegionChoices() {
        model.load(beijingId);
        assertThat(model.fields().nameProperty().get()).isEqualTo("北京科技有限公司");
        assertThat(model.fields().provinceProperty().get()).isEqualTo("北京市");
        assertThat(model.fields().districtProperty().get()).isEqualTo("海淀区");
        assertThat(model.fields().tagsProperty().get()).isEqualTo("软件");
        assertThat(model.contacts()).hasSize(1);
        assertThat(model.orders()).hasSize(1);
        assertThat(model.provinces()).contains("北京市", "浙江省");
        assertThat(model.cities()).containsExactly("北京市");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.isNew()).isFalse();
    }

    @Test
    void savesEditsAndKeepsTheSearchIndexCurrent() {
        model.load(beijingId);
        model.fields().nameProperty().set("北京新科技有限公司");
        model.fields().tagsProperty().set("软件， 重点 ,软件");
        model.fields().noNeedProperty().set(true);
        assertThat(model.dirtyProperty().get()).isTrue();
        AtomicReference<Customer> saved = new AtomicReference<>();
        model.save(saved::set);

        assertThat(saved.get().name()).isEqualTo("北京新科技有限公司");
        Customer stored = backend.repository.findById(beijingId).orElseThrow();
        assertThat(stored.tags()).containsExactly("软件", "重点");
        assertThat(stored.noNeed()).isTrue();
        assertThat(backend.book.query(org.callsheet.logic.customers.CustomerFilter.ALL,
                org.callsheet.logic.customers.CustomerSort.DEFAULT, "bjxkj")).containsExactly(beijingId);
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aStatusSetElsewhereShowsAtOnceAndASaveKeepsIt() {
        model.load(beijingId);
        CustomerStatus loaded = model.fields().statusProperty().get();
        CustomerStatus manual = loaded == CustomerStatus.BIG ? CustomerStatus.OTHER : CustomerStatus.BIG;

        model.statusChanged(manual);

        assertThat(model.fields().statusProperty().get()).isEqualTo(manual);
        assertThat(model.dirtyProperty().get()).as("nothing the user typed").isFalse();
        model.fields().nameProperty().set("北京新科技有限公司");
        AtomicReference<Customer> saved = new AtomicReference<>();
        model.save(saved::set);
        assertThat(backend.repository.findById(beijingId).orElseThrow().status())
                .as("the save does not write back the status loaded before").isEqualTo(manual);
        assertThat(model.fields().statusProperty().get()).isEqualTo(manual);
    }

    @Test
    void nameIsCheckedAsTheUserTypesAndSaveIsRefused() {
        model.startNew("王芳");
        assertThat(model.fields().ownerProperty().get()).isEqualTo("王芳");
        assertThat(model.fields().kindProperty().get()).isEqualTo(CustomerKind.COMPANY);
        model.fields().nameProperty().set("x");
        model.fields().nameProperty().set("  ");
        assertThat(model.errors()).containsEntry("name", "validation.name.required");
        model.fields().nameProperty().set("a".repeat(201));
        assertThat(model.errors()).containsEntry("name", "validation.name.tooLong");
        AtomicReference<Customer> saved = new AtomicReference<>();
        model.save(saved::set);
        assertThat(saved.get()).isNull();
        model.fields().nameProperty().set("温州鞋业");
        assertThat(model.errors()).isEmpty();
        model.save(saved::set);
        assertThat(saved.get().id()).isNotNull();
        assertThat(backend.repository.count()).isEqualTo(5);
    }

    @Test
    void contactsAreAddedEditedAndRemovedThroughValidatedForms() {
        model.load(beijingId);
        ContactForm form = model.newContactForm();
        form.mobileProperty().set("12");
        form.emailProperty().set("not-an-address");
        assertThat(form.validate()).isFalse();
        assertThat(form.errors()).containsEntry("name", "validation.contact.name.required")
                .containsEntry("mobile", "validation.phone.invalid")
                .containsEntry("email", "validation.email.invalid");
        form.nameProperty().set("赵敏");
        form.mobileProperty().set("139 1234 5678");
        form.emailProperty().set("zhao@example.cn");
        form.decisionMakerProperty().set(true);
        assertThat(form.validate()).isTrue();
        model.addContact(form.toContact());
        assertThat(model.contacts()).hasSize(2);

        Contact first = model.contacts().getFirst();
        ContactForm edit = model.contactForm(first);
        edit.titleProperty().set("经理");
        model.replaceContact(first, edit.toContact());
        model.removeContact(model.contacts().get(1));
        model.save(c -> { });

        assertThat(backend.repository.contactsOf(beijingId)).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("经理"));
    }

    @Test
    void aContactRefusedByTheServiceIsReportedOnTheContactsTab() {
        model.load(beijingId);
        Contact bad = model.newContactForm().toContact();
        model.addContact(bad);
        model.save(c -> { });
        assertThat(model.errors()).containsEntry("contacts", "validation.contact.name.required");
    }

    @Test
    void aMissingCustomerIsReported() {
        model.load(999);
        assertThat(model.failureProperty().get().key()).isEqualTo("editor.loadFailed");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
