package org.callsheet.logic.csv;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.callsheet.logic.text.PhoneNormalizer;

/**
 * Turns rows of a contact file into incoming contacts. Customer and name are required; a bad
 * birthday or decision-maker cell rejects the row, a doubtful phone or e-mail is kept with a warning.
 */
public final class ContactRowConverter {
    private static final int MAX_UID_LENGTH = 36;

    private final HeaderMapping mapping;
    private final PhoneNormalizer phones;
    private final Clock clock;

    public ContactRowConverter(HeaderMapping mapping, PhoneNormalizer phones, Clock clock) {
        if (!mapping.entity().id().equals(StandardEntities.CONTACTS_ID)) {
            throw new IllegalArgumentException("not a contact mapping: " + mapping.entity().id());
        }
        this.mapping = mapping;
        this.phones = phones;
        this.clock = clock;
    }

    public RowResult<IncomingContact> convert(CsvRow row) {
        CellReader cells = new CellReader(mapping, row, phones);
        String customer = cells.required("customer_external_id");
        String name = cells.required("name");
        Boolean decisionMaker = cells.yesNo("decision_maker").orElse(null);
        LocalDate birthday = cells.date("birthday", true).orElse(null);
        String email = cells.email("email");
        String uid = cells.text("uid");
        Instant now = clock.instant();
        var contact = new org.callsheet.model.Contact(null, UUID.randomUUID().toString(), null, name,
                blankToNull(cells.text("title")), Boolean.TRUE.equals(decisionMaker), cells.mobile("mobile"),
                cells.phone("phone"), blankToNull(email), birthday, now, now);
        return RowResult.of(row, new IncomingContact(row.row(),
                uid.isEmpty() || uid.length() > MAX_UID_LENGTH ? null : uid, customer, contact, decisionMaker),
                cells.problems());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
