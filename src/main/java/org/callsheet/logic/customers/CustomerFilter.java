package org.callsheet.logic.customers;

import java.util.Set;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/**
 * Which customers the book shows. Empty sets, blank strings and nulls mean "any". The search text
 * is matched by {@link CustomerSearchIndex}, not by the database. Segment, quadrant and the churn
 * warning come from the stored classification; {@code customerId} narrows the book to one customer
 * (opened from an analysis list).
 */
public record CustomerFilter(
        Set<CustomerStatus> statuses,
        String province,
        String city,
        String district,
        String ownerRep,
        String tag,
        RfmSegment segment,
        ValueQuadrant quadrant,
        boolean churnWarning,
        Long customerId) {

    public static final CustomerFilter ALL = new CustomerFilter(Set.of(), "", "", "", "", "");

    public CustomerFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        province = blankToEmpty(province);
        city = blankToEmpty(city);
        district = blankToEmpty(district);
        ownerRep = blankToEmpty(ownerRep);
        tag = blankToEmpty(tag);
    }

    public CustomerFilter(Set<CustomerStatus> statuses, String province, String city, String district,
                          String ownerRep, String tag) {
        this(statuses, province, city, district, ownerRep, tag, null, null, false, null);
    }

    public static CustomerFilter ofStatus(CustomerStatus status) {
        return new CustomerFilter(Set.of(status), "", "", "", "", "");
    }

    public static CustomerFilter ofSegment(RfmSegment segment) {
        return new CustomerFilter(Set.of(), "", "", "", "", "", segment, null, false, null);
    }

    public static CustomerFilter ofQuadrant(ValueQuadrant quadrant) {
        return new CustomerFilter(Set.of(), "", "", "", "", "", null, quadrant, false, null);
    }

    public static CustomerFilter churnWarnings() {
        return new CustomerFilter(Set.of(), "", "", "", "", "", null, null, true, null);
    }

    public static CustomerFilter ofCustomer(long id) {
        return new CustomerFilter(Set.of(), "", "", "", "", "", null, null, false, id);
    }

    /** True when a filter needs the stored classification. */
    public boolean byClassification() {
        return segment != null || quadrant != null || churnWarning;
    }

    public boolean isAll() {
        return statuses.isEmpty() && province.isEmpty() && city.isEmpty() && district.isEmpty()
                && ownerRep.isEmpty() && tag.isEmpty() && !byClassification() && customerId == null;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
