package org.callsheet.logic.csv.imports;

import org.callsheet.logic.csv.exports.ExportService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.Order;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.persistence.JooqVisitRepository;

/** A fresh in-memory database with the import and export services over it. */
final class ImportFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private static final AddressParser ADDRESSES = new AddressParser(RegionDirectory.shipped());

    final PhoneNormalizer phones = new PhoneNormalizer();
    final Database db = Database.inMemory("imports-" + UUID.randomUUID());
    final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
    final JooqImportStore store = new JooqImportStore(db.dsl(), new Pinyin(), phones);
    final ImportService imports;
    final JooqCallRepository calls = new JooqCallRepository(db.dsl());
    final JooqFollowUpRepository followUps = new JooqFollowUpRepository(db.dsl());
    final JooqVisitRepository visits = new JooqVisitRepository(db.dsl());
    final ExportService exports = new ExportService(new JooqImportExportStore(db.dsl(), new Pinyin(), phones), CLOCK);

    ImportFixture() {
        this(ImportService.DEFAULT_CHUNK_ROWS);
    }

    ImportFixture(int chunkRows) {
        imports = new ImportService(store, phones, ADDRESSES::parse, CLOCK, chunkRows);
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    ImportResult importCustomers(Path file, DuplicatePolicy policy) {
        return imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS).withPolicy(policy), p -> { }, () -> false);
    }

    ImportResult importOrders(Path file, DuplicatePolicy policy) {
        return imports.run(ImportRequest.of(file, StandardEntities.ORDERS).withPolicy(policy), p -> { }, () -> false);
    }

    ImportResult importContacts(Path file, DuplicatePolicy policy) {
        return imports.run(ImportRequest.of(file, StandardEntities.CONTACTS).withPolicy(policy), p -> { }, () -> false);
    }

    ImportResult importCalls(Path file, DuplicatePolicy policy) {
        return imports.run(ImportRequest.of(file, StandardEntities.CALLS).withPolicy(policy), p -> { }, () -> false);
    }

    ImportResult importVisits(Path file, DuplicatePolicy policy) {
        return imports.run(ImportRequest.of(file, StandardEntities.VISITS).withPolicy(policy), p -> { }, () -> false);
    }

    /** Every stored visit, oldest id first. */
    List<org.callsheet.model.Visit> allVisits() {
        return everything().stream().flatMap(s -> visits.ofCustomer(s.customer().id()).stream())
                .sorted(java.util.Comparator.comparing(org.callsheet.model.Visit::id)).toList();
    }

    /** Every stored call, oldest id first. */
    List<org.callsheet.model.Call> allCalls() {
        return calls.search(org.callsheet.logic.calls.CallFilter.ALL).stream()
                .sorted(java.util.Comparator.comparing(org.callsheet.model.Call::id)).toList();
    }

    Customer store(String externalId, String name, String mobile, String landline, List<String> tags) {
        Customer customer = new Customer(null, UUID.randomUUID().toString(), externalId, name, null, null, "50人",
                new Address("科技园1号", "广东省", "深圳市", "南山区"), null, "展会", "王伟", tags, null, false, null,
                NOW.minusSeconds(86_400), NOW.minusSeconds(86_400));
        List<Contact> contacts = mobile == null && landline == null ? List.of()
                : List.of(new Contact(null, UUID.randomUUID().toString(), null, "李雷", null, true,
                        mobile == null ? null : phones.normalize(mobile),
                        landline == null ? null : phones.normalize(landline), null, null,
                        NOW.minusSeconds(86_400), NOW.minusSeconds(86_400)));
        return customers.insert(customer, contacts);
    }

    /** Every customer with contacts and orders, by id: the whole state an import can change. */
    List<CustomerSnapshot> everything() {
        List<CustomerSnapshot> all = new ArrayList<>();
        for (long id : customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)) {
            all.add(new CustomerSnapshot(customers.findById(id).orElseThrow(), customers.contactsOf(id),
                    customers.ordersOf(id)));
        }
        all.sort(java.util.Comparator.comparing(s -> s.customer().id()));
        return all;
    }

    long orderCount() {
        return everything().stream().mapToLong(s -> s.orders().size()).sum();
    }

    Order order(String externalId) {
        return everything().stream().flatMap(s -> s.orders().stream())
                .filter(o -> externalId.equals(o.externalId())).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
