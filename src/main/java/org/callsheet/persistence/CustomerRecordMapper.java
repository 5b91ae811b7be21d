package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;

import java.util.List;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.GeoPoint;
import org.callsheet.persistence.jooq.tables.records.CustomerRecord;
import org.jooq.Record;

/** Customer ↔ CUSTOMER row. The pinyin columns are derived from the name on every write. */
final class CustomerRecordMapper {
    private final Pinyin pinyin;

    CustomerRecordMapper(Pinyin pinyin) {
        this.pinyin = pinyin;
    }

    Customer toModel(Record r, List<String> tags) {
        CustomerRecord c = r.into(CUSTOMER);
        GeoPoint location = c.getLatitude() == null || c.getLongitude() == null ? null
                : new GeoPoint(c.getLatitude(), c.getLongitude());
        return new Customer(c.getId(), c.getUid(), c.getExternalId(), c.getName(),
                CustomerKind.valueOf(c.getKind()), c.getIndustry(), c.getSizeClass(),
                new Address(c.getAddress(), c.getProvince(), c.getCity(), c.getDistrict()), location,
                c.getSource(), c.getOwnerRep(), tags, c.getNotes(), c.getNoNeed(),
                CustomerStatus.valueOf(c.getStatus()), Stamps.fromDb(c.getCreatedAt()),
                Stamps.fromDb(c.getUpdatedAt()));
    }

    void fill(CustomerRecord r, Customer c) {
        if (c.id() != null) {
            r.setId(c.id());
        }
        r.setUid(c.uid());
        r.setExternalId(emptyToNull(c.externalId()));
        r.setName(c.name());
        r.setNamePinyin(pinyin.full(c.name()));
        r.setNameInitials(pinyin.initials(c.name()));
        r.setKind(c.kind().name());
        r.setIndustry(emptyToNull(c.industry()));
        r.setSizeClass(emptyToNull(c.sizeClass()));
        r.setAddress(emptyToNull(c.address().street()));
        r.setProvince(emptyToNull(c.address().province()));
        r.setCity(emptyToNull(c.address().city()));
        r.setDistrict(emptyToNull(c.address().district()));
        r.setLatitude(c.location() == null ? null : c.location().latitude());
        r.setLongitude(c.location() == null ? null : c.location().longitude());
        r.setSource(emptyToNull(c.source()));
        r.setOwnerRep(emptyToNull(c.ownerRep()));
        r.setNotes(emptyToNull(c.notes()));
        r.setNoNeed(c.noNeed());
        r.setStatus(c.status().name());
        r.setStatusRank(CustomerSortKeys.statusRank(c.status()));
        r.setCreatedAt(Stamps.toDb(c.createdAt()));
        r.setUpdatedAt(Stamps.toDb(c.updatedAt()));
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
