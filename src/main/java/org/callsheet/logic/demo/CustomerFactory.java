package org.callsheet.logic.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Order;
import org.callsheet.model.Phone;
import org.callsheet.model.Region;

/** Builds demo customer number {@code index} of a seed, with its contacts and orders. */
final class CustomerFactory {
    private static final double PERSON_SHARE = 0.15;

    private final RegionDirectory regions;
    private final RegionSampler sampler;
    private final LandlineLengths landlineLengths = new LandlineLengths();
    private final PhoneNormalizer phones;
    private final Pinyin pinyin;
    private final DemoRun run;
    private final LocalDate today;
    private final Instant stamp;

    CustomerFactory(RegionDirectory regions, RegionSampler sampler, PhoneNormalizer phones, Pinyin pinyin,
                    DemoRun run) {
        this.regions = regions;
        this.sampler = sampler;
        this.phones = phones;
        this.pinyin = pinyin;
        this.run = run;
        this.today = run.today();
        this.stamp = run.stamp();
    }

    BulkCustomerWriter.Entry create(long index) {
        DemoRandom random = new DemoRandom(run.seed(), index);
        String uid = random.uuid();
        String ref = String.format("KH%07d", index + 1);
        Region district = sampler.next(random);
        Address address = regions.addressOf(district, Streets.street(random));
        boolean person = random.chance(PERSON_SHARE);
        Industry industry = random.pick(Industry.ALL);
        BuyingProfile profile = BuyingProfile.draw(random, person, industry);
        String brand = CompanyNames.brand(random);
        PersonNames.Name personName = PersonNames.next(random);
        String name = person ? personName.full()
                : CompanyNames.companyName(random, place(random, address), brand, industry,
                        profile.annualRevenue() < 15_000 && random.chance(0.3));
        List<Order> orders = OrderHistory.draw(random, profile, today, ref, stamp);
        boolean noNeed = random.chance(0.01);
        Customer customer = new Customer(null, uid, ref, name,
                person ? CustomerKind.PERSON : CustomerKind.COMPANY,
                person ? null : industry.name(),
                person ? null : CustomerTraits.sizeClass(profile.annualRevenue()),
                address, location(random, district),
                random.pick(CustomerTraits.SOURCES), random.pick(run.reps()), tags(random),
                random.chance(0.08) ? random.pick(CustomerTraits.NOTES) : null,
                noNeed, noNeed ? CustomerStatus.OTHER : status(random, profile, orders), stamp, stamp);
        List<Contact> contacts = person
                ? List.of(contact(random, personName, null, true, district, null, true))
                : companyContacts(random, district, brand, profile);
        return new BulkCustomerWriter.Entry(customer, contacts, orders);
    }

    /** The place a company name starts with: its city (深圳市), the city's short form (深圳) or nothing. */
    private static String place(DemoRandom random, Address address) {
        String city = address.city();
        double roll = random.nextDouble();
        if (!city.endsWith("市") || roll >= 0.85) {
            return "";
        }
        return roll < 0.55 || city.length() <= 2 ? city : city.substring(0, city.length() - 1);
    }

    private List<Contact> companyContacts(DemoRandom random, Region district, String brand, BuyingProfile profile) {
        int count = Math.clamp(1 + random.poisson(0.4 + Math.max(0, profile.standardScore())), 1, 5);
        String domain = pinyin.full(brand) + random.pick(CustomerTraits.COMPANY_DOMAINS);
        List<Contact> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean decides = i == 0;
            String title = random.pick(decides ? CustomerTraits.DECISION_TITLES : CustomerTraits.OTHER_TITLES);
            contacts.add(contact(random, PersonNames.next(random), title, decides, district, domain, false));
        }
        return contacts;
    }

    private Contact contact(DemoRandom random, PersonNames.Name name, String title, boolean decides, Region district,
                            String domain, boolean person) {
        Phone mobile = random.chance(0.9) ? phones.normalize(PhoneNumbers.mobile(random)) : Phone.NONE;
        Optional<String> areaCode = regions.areaCode(district);
        Phone landline = areaCode.isPresent() && random.chance(person ? 0.1 : 0.6)
                ? phones.normalize(PhoneNumbers.landline(random, areaCode.get(), landlineLengths)) : Phone.NONE;
        String email = null;
        if (random.chance(person ? 0.4 : 0.6)) {
            email = domain == null
                    ? personalMail(random, name)
                    : pinyin.full(name.given()) + "." + pinyin.full(name.surname()) + "@" + domain;
        }
        LocalDate birthday = random.chance(0.5)
                ? LocalDate.of(today.getYear() - random.between(22, 62), 1, 1).plusDays(random.between(0, 364))
                : null;
        return new Contact(null, random.uuid(), null, name.full(), title, decides, mobile, landline, email, birthday,
                stamp, stamp);
    }

    private String personalMail(DemoRandom random, PersonNames.Name name) {
        String domain = random.pick(CustomerTraits.PERSONAL_MAIL);
        if (domain.equals("qq.com")) {
            return random.between(10_000_000, 1_999_999_999) + "@" + domain;
        }
        return pinyin.full(name.full()) + random.between(1, 999) + "@" + domain;
    }

    private GeoPoint location(DemoRandom random, Region district) {
        return regions.centroid(district).map(c -> new GeoPoint(
                jitter(random, c.latitude()), jitter(random, c.longitude()))).orElse(null);
    }

    /** A few kilometres around the centroid (0.01° is about 1 km). */
    private static BigDecimal jitter(DemoRandom random, BigDecimal degrees) {
        double offset = Math.clamp(0.015 * random.gaussian(), -0.05, 0.05);
        return degrees.add(BigDecimal.valueOf(Math.round(offset * 1_000_000), 6)).setScale(6, RoundingMode.HALF_UP);
    }

    private static List<String> tags(DemoRandom random) {
        int count = random.chance(0.5) ? 0 : random.between(1, 3);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            tags.add(random.pick(CustomerTraits.TAGS));
        }
        return List.copyOf(tags);
    }

    /**
     * Status as of today. Current customers get their approximate pyramid tier from where their
     * yearly revenue lies in the drawn distribution (top 1%, next 4%, next 15%); the classifier
     * recomputes the exact ranking from the orders.
     */
    private CustomerStatus status(DemoRandom random, BuyingProfile profile, List<Order> orders) {
        if (orders.isEmpty()) {
            return random.chance(0.6) ? CustomerStatus.PROSPECT : CustomerStatus.SUSPECT;
        }
        LocalDate windowStart = today.minusMonths(12);
        BigDecimal recent = orders.stream().filter(o -> o.date().isAfter(windowStart))
                .map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (recent.signum() <= 0) {
            return CustomerStatus.INACTIVE;
        }
        double z = profile.standardScore();
        if (z > 2.326) {
            return CustomerStatus.SUPER;
        }
        if (z > 1.645) {
            return CustomerStatus.BIG;
        }
        return z > 0.842 ? CustomerStatus.MEDIUM : CustomerStatus.SMALL;
    }
}
