package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Phone;

/**
 * Turns rows of a customer file into customers with their contact. A customer the file names
 * twice is not this class's business: the import places the later row on the record the earlier
 * one made, as it would on a stored one.
 *
 * <p>When a row has an address but no province, city or district, the address is split by the
 * given parser. New customers are suspects (docs/domain.md §2: a freshly imported lead).
 */
public final class CustomerRowConverter {
    private static final List<String> CONTACT_FIELDS =
            List.of("contact_name", "contact_title", "mobile", "phone", "email", "birthday");

    private final HeaderMapping mapping;
    private final PhoneNormalizer phones;
    private final Function<String, Address> addressParser;
    private final Supplier<String> uids;
    private final Clock clock;

    public CustomerRowConverter(HeaderMapping mapping, PhoneNormalizer phones,
                                Function<String, Address> addressParser, Supplier<String> uids, Clock clock) {
        if (!mapping.entity().id().equals(StandardEntities.CUSTOMERS_ID)) {
            throw new IllegalArgumentException("not a customer mapping: " + mapping.entity().id());
        }
        this.mapping = mapping;
        this.phones = phones;
        this.addressParser = addressParser;
        this.uids = uids;
        this.clock = clock;
    }

    public RowResult<IncomingCustomer> convert(CsvRow row) {
        CellReader cells = new CellReader(mapping, row, phones);
        Instant now = clock.instant();
        String name = cells.required("name");
        String externalId = cells.text("external_id");
        Optional<BigDecimal> latitude = cells.coordinate("latitude", 90);
        Optional<BigDecimal> longitude = cells.coordinate("longitude", 180);
        GeoPoint location = latitude.isPresent() && longitude.isPresent()
                ? new GeoPoint(latitude.get(), longitude.get()) : null;
        Customer customer = new Customer(null, uids.get(), blankToNull(externalId), name,
                cells.kind("kind"), blankToNull(cells.text("industry")), blankToNull(cells.text("size")),
                address(cells), location, blankToNull(cells.text("source")), blankToNull(cells.text("owner")),
                cells.tags("tags"), blankToNull(cells.freeText("notes")), false, CustomerStatus.SUSPECT, now, now);
        Phone mobile = cells.mobile("mobile");
        Phone landline = cells.phone("phone");
        Optional<Contact> contact = contact(cells, mobile, landline, now);
        return RowResult.of(row, new IncomingCustomer(row.row(), customer, contact), cells.problems());
    }

    private Address address(CellReader cells) {
        String street = cells.freeText("address");
        String province = cells.text("province");
        String city = cells.text("city");
        String district = cells.text("district");
        if (province.isEmpty() && city.isEmpty() && district.isEmpty() && !street.isEmpty()) {
            return addressParser.apply(street);
        }
        return new Address(street, province, city, district);
    }

    private Optional<Contact> contact(CellReader cells, Phone mobile, Phone landline, Instant now) {
        boolean any = CONTACT_FIELDS.stream().anyMatch(field -> !cells.text(field).isEmpty());
        if (!any) {
            return Optional.empty();
        }
        String email = cells.email("email");
        LocalDate birthday = cells.date("birthday", false).orElse(null);
        return Optional.of(new Contact(null, uids.get(), null, cells.text("contact_name"),
                blankToNull(cells.text("contact_title")), false, mobile, landline, blankToNull(email),
                birthday, now, now));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
