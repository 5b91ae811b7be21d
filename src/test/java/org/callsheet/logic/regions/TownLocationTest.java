package org.callsheet.logic.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerLocation;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;
import org.junit.jupiter.api.Test;

/** Customers placed at their town's centroid when the street begins with a town of their district. */
class TownLocationTest {
    private static final RegionDirectory REGIONS = RegionDirectory.shipped();
    private static final TownDirectory TOWNS = TownDirectory.shipped();
    private final CustomerLocator locator = new CustomerLocator(REGIONS, AreaCodeDirectory.shipped(REGIONS), TOWNS);

    private static Customer at(Address address, GeoPoint own) {
        return new Customer(1L, "u1", "C1", "测试公司", null, null, null, address, own, null, null, null, null,
                false, null, null, null);
    }

    @Test
    void theShippedTownsAreThoseWithCoordinates() {
        assertThat(TOWNS.size()).isEqualTo(35_350);
    }

    @Test
    void aStreetBeginningWithATownOfTheDistrictGivesTheTownsCentroid() {
        CustomerLocation written = locator.locate(at(new Address("南头街道前海路 88 号", "广东省", "深圳市", "南山区"),
                null), List.of());
        CustomerLocation district = locator.locate(at(new Address("前海路 88 号", "广东省", "深圳市", "南山区"), null),
                List.of());

        assertThat(written.precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(written.precision().estimated()).isTrue();
        assertThat(written.region().orElseThrow().name()).isEqualTo("南山区");
        assertThat(written.point()).isNotEqualTo(district.point());
        assertThat(district.precision()).isEqualTo(LocationPrecision.DISTRICT);
        CustomerLocation full = locator.locate(at(new Address("东华门街道办事处", "北京市", "北京市", "东城区"), null),
                List.of());
        assertThat(full.precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(full.point().orElseThrow()).isEqualTo(new GeoPoint(new BigDecimal("39.916094"),
                new BigDecimal("116.407239")));
    }

    @Test
    void aTownOfAnotherDistrictOrOwnCoordinatesDoNotGiveTheTown() {
        CustomerLocation elsewhere = locator.locate(at(new Address("东华门街道 1 号", "广东省", "深圳市", "南山区"), null),
                List.of());
        assertThat(elsewhere.precision()).isEqualTo(LocationPrecision.DISTRICT);
        GeoPoint own = new GeoPoint(new BigDecimal("22.5"), new BigDecimal("113.9"));
        assertThat(locator.locate(at(new Address("南头街道", "广东省", "深圳市", "南山区"), own), List.of()).precision())
                .isEqualTo(LocationPrecision.OWN);
    }
}
