package org.callsheet.logic.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/** Checks a customer and its contacts before they are saved. */
public final class CustomerValidator {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 200;

    private final PhoneNormalizer phones;

    public CustomerValidator(PhoneNormalizer phones) {
        this.phones = phones;
    }

    public List<ValidationProblem> validate(Customer customer, List<Contact> contacts) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (customer.name().isBlank()) {
            problems.add(new ValidationProblem("name", "validation.name.required"));
        } else if (customer.name().length() > MAX_NAME) {
            problems.add(new ValidationProblem("name", "validation.name.tooLong"));
        }
        for (int i = 0; i < contacts.size(); i++) {
            problems.addAll(validateContact(contacts.get(i), "contact[" + i + "]."));
        }
        return problems;
    }

    /**
     * What the contact may keep but should know: a mobile that looks like a phone number but is not
     * a valid mobile number (kept as written, never used to find the same customer).
     */
    public List<ValidationProblem> contactWarnings(Contact contact, String prefix) {
        String mobile = contact.mobile().input();
        if (!mobile.isBlank() && phones.isValid(mobile) && !phones.isValidMobile(mobile)) {
            return List.of(new ValidationProblem(prefix + "mobile", "validation.mobile.notMobile"));
        }
        return List.of();
    }

    public List<ValidationProblem> validateContact(Contact contact, String prefix) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (contact.name().isBlank()) {
            problems.add(new ValidationProblem(prefix + "name", "validation.contact.name.required"));
        }
        if (!contact.mobile().isEmpty() && !phones.isValid(contact.mobile().input())) {
            problems.add(new ValidationProblem(prefix + "mobile", "validation.phone.invalid"));
        }
        if (!contact.phone().isEmpty() && !phones.isValid(contact.phone().input())) {
            problems.add(new ValidationProblem(prefix + "phone", "validation.phone.invalid"));
        }
        if (contact.email() != null && !contact.email().isBlank()
                && !EMAIL.matcher(contact.email().strip()).matches()) {
            problems.add(new ValidationProblem(prefix + "email", "validation.email.invalid"));
        }
        return problems;
    }
}
