package org.callsheet.persistence;

import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;
import org.callsheet.model.Phone;
import org.callsheet.persistence.jooq.tables.records.ContactRecord;

/** Contact ↔ CONTACT row; the dial-digit columns feed the search index. */
final class ContactRecordMapper {
    private final PhoneNormalizer phones;

    ContactRecordMapper(PhoneNormalizer phones) {
        this.phones = phones;
    }

    Contact toModel(ContactRecord r) {
        return new Contact(r.getId(), r.getUid(), r.getCustomerId(), r.getName(), r.getTitle(),
                r.getDecisionMaker(), new Phone(r.getMobileInput(), r.getMobile()),
                new Phone(r.getPhoneInput(), r.getPhone()), r.getEmail(), r.getBirthday(),
                Stamps.fromDb(r.getCreatedAt()), Stamps.fromDb(r.getUpdatedAt()));
    }

    void fill(ContactRecord r, Contact c, long customerId) {
        if (c.id() != null) {
            r.setId(c.id());
        }
        r.setUid(c.uid());
        r.setCustomerId(customerId);
        r.setName(c.name());
        r.setTitle(CustomerRecordMapper.emptyToNull(c.title()));
        r.setDecisionMaker(c.decisionMaker());
        r.setMobileInput(CustomerRecordMapper.emptyToNull(c.mobile().input()));
        r.setMobile(CustomerRecordMapper.emptyToNull(c.mobile().normalized()));
        r.setMobileDial(CustomerRecordMapper.emptyToNull(phones.dialDigits(c.mobile())));
        r.setPhoneInput(CustomerRecordMapper.emptyToNull(c.phone().input()));
        r.setPhone(CustomerRecordMapper.emptyToNull(c.phone().normalized()));
        r.setPhoneDial(CustomerRecordMapper.emptyToNull(phones.dialDigits(c.phone())));
        r.setEmail(CustomerRecordMapper.emptyToNull(c.email()));
        r.setBirthday(c.birthday());
        r.setCreatedAt(Stamps.toDb(c.createdAt()));
        r.setUpdatedAt(Stamps.toDb(c.updatedAt()));
    }
}
