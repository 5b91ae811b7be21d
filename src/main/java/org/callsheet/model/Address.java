package org.callsheet.model;

/** A postal address with the region it lies in (any part may be empty). */
public record Address(String street, String province, String city, String district) {
    public static final Address EMPTY = new Address("", "", "", "");

    public Address {
        street = street == null ? "" : street;
        province = province == null ? "" : province;
        city = city == null ? "" : city;
        district = district == null ? "" : district;
    }

    public boolean hasRegion() {
        return !province.isEmpty();
    }
}
