package org.callsheet.logic.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerLocation;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.LocationPrecision;
import org.callsheet.model.Phone;
import org.junit.jupiter.api.Test;

class CustomerLocatorTest {
    private static final RegionDirectory REGIONS = RegionDirectory.shipped();
    private final CustomerLocator locator = new CustomerLocator(REGIONS, AreaCodeDirectory.shipped(REGIONS));
    private final PhoneNormalizer phones = new PhoneNormalizer();

    private static Customer customer(Address address, GeoPoint own) {
        return new Customer(1L, "u1", "C1", "测试公司", null, null, null, address, own, null, null, null, null,
                false, null, null, null);
    }

    @Test
    void ownCoordinatesComeFirstAndAreKeptAsGiven() {
        GeoPoint own = new GeoPoint(new BigDecimal("31.230416"), new BigDecimal("121.473701"));
        CustomerLocation location = locator.locate(customer(new Address("", "上海市", "上海市", "黄浦区"), own),
                List.of());
        assertThat(location.precision()).isEqualTo(LocationPrecision.OWN);
        assertThat(location.point()).contains(own);
        assertThat(location.region().orElseThrow().name()).isEqualTo("黄浦区");
    }

    @Test
    void aDistrictGivesItsCentroidAndACityAloneTheCitys() {
        CustomerLocation district = locator.locate(customer(new Address("", "广东省", "深圳市", "南山区"), null),
                List.of());
        assertThat(district.precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(district.precision().estimated()).isTrue();
        assertThat(district.point().orElseThrow().latitude().doubleValue()).isBetween(22.4, 22.7);
        CustomerLocation city = locator.locate(customer(new Address("", "广东省", "深圳市", ""), null), List.of());
        assertThat(city.precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(city.region().orElseThrow().name()).isEqualTo("深圳市");
    }

    @Test
    void aLandlineAreaCodeGivesTheCityWhenTheAddressSaysNothing() {
        Customer nowhere = customer(Address.EMPTY, null);
        CustomerLocation shenzhen = locator.locate(nowhere, List.of(phones.normalize("13800138000"),
                phones.normalize("0755-26881234")));
        assertThat(shenzhen.precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(shenzhen.region().orElseThrow().name()).isEqualTo("深圳市");
        CustomerLocation beijing = locator.locate(nowhere, List.of(phones.normalize("(010) 6552 1234")));
        assertThat(beijing.precision()).isEqualTo(LocationPrecision.CITY);
        assertThat(beijing.region().orElseThrow().name()).isEqualTo("北京市");
    }

    @Test
    void withoutAddressOrLandlineThereIsNoLocation() {
        assertThat(locator.locate(customer(Address.EMPTY, null), List.of(phones.normalize("13800138000"))))
                .isEqualTo(CustomerLocation.NONE);
        assertThat(locator.locate(customer(new Address("", "广东省", "", ""), null), List.of()).precision())
                .isEqualTo(LocationPrecision.NONE);
        assertThat(AreaCodeDirectory.shipped(REGIONS).city(Phone.NONE)).isEmpty();
    }
}
