package org.callsheet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.callsheet.logic.customers.BulkCustomerWriter.Entry;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.model.Address;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Order;
import org.callsheet.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataShapeTest {
    private static final PhoneNumberUtil VALIDATOR = PhoneNumberUtil.getInstance();
    private static List<Entry> entries;

    private static PhoneNumber parse(String input) {
        try {
            return VALIDATOR.parse(input.replace("转", " ext "), "CN");
        } catch (NumberParseException e) {
            throw new AssertionError(input, e);
        }
    }

    @BeforeAll
    static void generateOnce() {
        RecordingBulkWriter writer = new RecordingBulkWriter();
        DemoFixtures.generator().generate(6_000, 2026, writer, DemoProgress.NONE, () -> false);
        entries = writer.entries();
    }

    private static BigDecimal revenue12m(Entry entry) {
        LocalDate windowStart = DemoFixtures.TODAY.minusMonths(12);
        return entry.orders().stream().filter(o -> o.date().isAfter(windowStart))
                .map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void revenueIsLongTailed() {
        List<BigDecimal> current = entries.stream().map(DemoDataShapeTest::revenue12m)
                .filter(r -> r.signum() > 0).sorted(Comparator.reverseOrder()).toList();
        BigDecimal total = current.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top1 = current.stream().limit(current.size() / 100).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top20 = current.stream().limit(current.size() / 5).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal bottom50 = current.stream().skip(current.size() / 2).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(top1.doubleValue() / total.doubleValue()).isGreaterThan(0.15);
        assertThat(top20.doubleValue() / total.doubleValue()).isGreaterThan(0.6);
        assertThat(bottom50.doubleValue() / total.doubleValue()).isLessThan(0.1);
    }

    @Test
    void someNeverOrderedSomeLapsedSomeCurrent() {
        long never = entries.stream().filter(e -> e.orders().isEmpty()).count();
        long lapsed = entries.stream().filter(e -> !e.orders().isEmpty() && revenue12m(e).signum() <= 0).count();
        assertThat(never).isBetween(600L, 1_200L);
        assertThat(lapsed).isBetween(600L, 1_500L);
        entries.stream().filter(e -> e.orders().isEmpty())
                .forEach(e -> assertThat(e.customer().status()).isIn(CustomerStatus.PROSPECT,
                        CustomerStatus.SUSPECT, CustomerStatus.OTHER));
        long superTier = entries.stream().filter(e -> e.customer().status() == CustomerStatus.SUPER).count();
        long current = entries.stream().filter(e -> e.customer().status().isCurrent()).count();
        assertThat(superTier).isPositive().isLessThan(current / 20);
    }

    @Test
    void ordersStayWithinTwoYearsAndCarryReturnsCostsAndReceivables() {
        List<Order> orders = entries.stream().flatMap(e -> e.orders().stream()).toList();
        LocalDate today = DemoFixtures.TODAY;
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.date()).isBetween(today.minusDays(730), today);
            assertThat(o.amount().scale()).isEqualTo(2);
        });
        assertThat(orders).filteredOn(o -> o.amount().signum() < 0).hasSizeGreaterThan(50);
        assertThat(orders).filteredOn(o -> o.cost() != null).hasSizeGreaterThan(orders.size() / 2);
        assertThat(orders).filteredOn(o -> o.cost() == null).isNotEmpty();
        assertThat(orders).filteredOn(o -> o.dueDate() != null).hasSizeGreaterThan(orders.size() / 10);
        assertThat(orders).filteredOn(o -> o.dueDate() != null && o.dueDate().isBefore(today)
                && o.paidAmount().compareTo(o.amount()) < 0).isNotEmpty();
        assertThat(orders).filteredOn(o -> o.cost() != null && o.amount().signum() > 0)
                .allSatisfy(o -> assertThat(o.cost()).isLessThan(o.amount()));
    }

    @Test
    void addressesParseBackAndLieNearTheirDistrict() {
        AddressParser parser = new AddressParser(DemoFixtures.REGIONS);
        for (Entry entry : entries) {
            Address address = entry.customer().address();
            String text = address.province() + address.city() + address.district() + address.street();
            assertThat(parser.parse(text)).as(text).isEqualTo(address);
            Region region = DemoFixtures.REGIONS.resolve(address).orElseThrow();
            GeoPoint centre = DemoFixtures.REGIONS.centroid(region).orElseThrow();
            GeoPoint at = entry.customer().location();
            assertThat(at.latitude().subtract(centre.latitude()).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
            assertThat(at.longitude().subtract(centre.longitude()).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
        }
    }

    @Test
    void bigCitiesHoldMoreCustomers() {
        Set<String> tierOne = Set.of("北京市", "上海市", "广州市", "深圳市");
        long inTierOne = entries.stream().filter(e -> tierOne.contains(e.customer().address().city())).count();
        long provinces = entries.stream().map(e -> e.customer().address().province()).distinct().count();
        assertThat(inTierOne).isGreaterThan(entries.size() / 10);
        assertThat(provinces).isGreaterThanOrEqualTo(28);
    }

    @Test
    void phonesAreRealisticAndLandlinesUseTheCitysAreaCode() {
        for (Entry entry : entries) {
            Region region = DemoFixtures.REGIONS.resolve(entry.customer().address()).orElseThrow();
            entry.contacts().forEach(contact -> {
                if (!contact.mobile().isEmpty()) {
                    assertThat(contact.mobile().normalized()).matches("\\+861[3-9]\\d{9}");
                }
                if (!contact.phone().isEmpty()) {
                    String areaCode = DemoFixtures.REGIONS.areaCode(region).orElseThrow();
                    assertThat(VALIDATOR.isValidNumber(parse(contact.phone().input()))).as(contact.phone().input()).isTrue();
                    assertThat(DemoFixtures.PHONES.dialDigits(contact.phone())).startsWith(areaCode);
                }
                if (contact.email() != null) {
                    assertThat(contact.email()).matches("[a-z0-9.]+@[a-z0-9.]+\\.(com|cn)");
                }
                if (contact.birthday() != null) {
                    assertThat(contact.birthday()).isBetween(DemoFixtures.TODAY.minusYears(63),
                            DemoFixtures.TODAY.minusYears(21));
                }
            });
        }
        assertThat(entries.stream().flatMap(e -> e.contacts().stream()).filter(c -> !c.phone().isEmpty()).count())
                .isGreaterThan(1_000);
    }
}
