package org.callsheet.logic.visits;

/** Where a visit candidate lies for choosing the day's area: province, city and district names (any may be empty). */
public record VisitArea(String province, String city, String district) {
    public VisitArea {
        province = province == null ? "" : province;
        city = city == null ? "" : city;
        district = district == null ? "" : district;
    }

    /** One key per district (the same district name in two cities stays apart). */
    public String districtKey() {
        return province + "/" + city + "/" + district;
    }
}
