package org.callsheet.logic.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;
import org.callsheet.model.Phone;
import org.junit.jupiter.api.Test;

class CustomerValidatorTest {
    private final CustomerValidator validator = new CustomerValidator(new PhoneNormalizer());

    private static Contact withMobile(String mobile) {
        return new Contact(null, "u", null, "王芳", null, false, new Phone(mobile, ""), Phone.NONE, null, null,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aMobileThatIsNoMobileNumberIsKeptWithAWarning() {
        assertThat(validator.validateContact(withMobile("12345"), "")).isEmpty();
        assertThat(validator.contactWarnings(withMobile("12345"), ""))
                .containsExactly(new ValidationProblem("mobile", "validation.mobile.notMobile"));
        assertThat(validator.contactWarnings(withMobile("138 0013 8000"), "")).isEmpty();
        assertThat(validator.validateContact(withMobile("abc"), "")).extracting(ValidationProblem::messageKey)
                .containsExactly("validation.phone.invalid");
    }
}
