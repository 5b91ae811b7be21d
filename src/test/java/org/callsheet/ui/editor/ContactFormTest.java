package org.callsheet.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.callsheet.logic.customers.CustomerValidator;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;
import org.callsheet.model.Phone;
import org.junit.jupiter.api.Test;

class ContactFormTest {

    @Test
    void aMobileThatIsNoMobileNumberIsWarnedAboutButKept() {
        Contact blank = new Contact(null, "u", null, "", null, false, Phone.NONE, Phone.NONE, null, null,
                Instant.EPOCH, Instant.EPOCH);
        ContactForm form = new ContactForm(blank, new CustomerValidator(new PhoneNormalizer()));
        form.nameProperty().set("王芳");

        form.mobileProperty().set("12345");
        assertThat(form.validate()).isTrue();
        assertThat(form.warnings()).containsEntry("mobile", "validation.mobile.notMobile");
        assertThat(form.toContact().mobile().input()).isEqualTo("12345");

        form.mobileProperty().set("138 0013 8000");
        assertThat(form.warnings()).isEmpty();
    }
}
