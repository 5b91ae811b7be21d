package org.callsheet.logic.customers;

import java.util.Set;
import org.callsheet.model.CustomerStatus;

/**
 * Which customers the book shows. Empty sets and blank strings mean "any". The search text is
 * matched by {@link CustomerSearchIndex}, not by the database.
 */
public record CustomerFilter(
        Set<CustomerStatus> statuses,
        String province,
        String city,
        String district,
        String ownerRep,
        String tag) {

    public static final CustomerFilter ALL = new CustomerFilter(Set.of(), "", "", "", "", "");

    public CustomerFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        province = blankToEmpty(province);
        city = blankToEmpty(city);
        district = blankToEmpty(district);
        ownerRep = blankToEmpty(ownerRep);
        tag = blankToEmpty(tag);
    }

    public boolean isAll() {
        return statuses.isEmpty() && province.isEmpty() && city.isEmpty() && district.isEmpty()
                && ownerRep.isEmpty() && tag.isEmpty();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
