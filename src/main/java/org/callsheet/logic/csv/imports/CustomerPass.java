package org.callsheet.logic.csv.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.CustomerRowConverter;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.IncomingCustomer;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * Customers with their contact, a chunk at a time: convert, look the chunk's keys up in the
 * database once, decide every row, then write the chunk in batches.
 */
final class CustomerPass implements ChunkPass<CustomerPass.Accepted> {
    private static final int MAX_UID_LENGTH = 36;

    private final ImportSession session;
    private final HeaderMapping mapping;
    private final DuplicatePolicy policy;
    private final boolean dryRun;
    private final Clock clock;
    private final CustomerRowConverter converter;
    /** Stored customers this import has inserted or matched: a second row reaching one is refused. */
    private final LongSet touched = new LongSet();
    private final StorageLimits limits;
    /** Loaded with the first chunk. */
    private CustomerDirectory directory;

    CustomerPass(ImportSession session, HeaderMapping mapping, DuplicatePolicy policy, boolean dryRun,
                 PhoneNormalizer phones, Function<String, Address> addressParser, Clock clock) {
        this.session = session;
        this.mapping = mapping;
        this.limits = new StorageLimits(mapping);
        this.policy = policy;
        this.dryRun = dryRun;
        this.clock = clock;
        this.converter = new CustomerRowConverter(mapping, phones, addressParser, new AscendingUids(clock), clock);
    }

    record Accepted(RowOutcome outcome, IncomingCustomer incoming, String uid, String contactUid) {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check,
                (outcome, row, in) -> new Accepted(outcome, in, cell(row, "uid"), cell(row, "contact_uid")));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        List<RowOutcome> outcomes = chunk.outcomes();
        List<Accepted> accepted = chunk.accepted();
        if (accepted.isEmpty()) {
            return outcomes;
        }
        if (directory == null) {
            directory = CustomerDirectory.load(session);
        }
        Set<Long> candidates = new HashSet<>();
        for (Accepted a : accepted) {
            directory.candidates(a.uid(), a.incoming().customer(), a.incoming().contact(), candidates);
        }
        CustomerIndex stored = new CustomerIndex();
        session.customersById(candidates).forEach(stored::add);
        Set<String> takenContactUids = new HashSet<>(session.storedContactUids(accepted.stream()
                .map(Accepted::contactUid).filter(u -> u != null).toList()));
        CustomerIndex added = new CustomerIndex();
        List<NewCustomer> inserts = new ArrayList<>();
        List<String> insertedFileUids = new ArrayList<>();
        List<CustomerChange> changes = new ArrayList<>();
        List<StoredCustomer> changedFrom = new ArrayList<>();
        Instant now = clock.instant();
        CustomerMerger merger = policy == DuplicatePolicy.SKIP ? null : new CustomerMerger(policy, now);
        for (Accepted a : accepted) {
            Customer customer = a.incoming().customer();
            Optional<Contact> contact = a.incoming().contact();
            if (added.find(a.uid(), customer, contact).isPresent()) {
                a.outcome().reject(sameRecord(a.outcome().row));
                continue;
            }
            Optional<StoredCustomer> match = stored.find(a.uid(), customer, contact);
            if (match.isEmpty()) {
                NewCustomer fresh = fresh(a, takenContactUids);
                inserts.add(fresh);
                insertedFileUids.add(a.uid());
                added.add(new StoredCustomer(fresh.customer(), fresh.contact().stream().toList()));
                a.outcome().kind = ChangeKind.INSERTED;
                continue;
            }
            long id = match.get().customer().id();
            if (!touched.add(id)) {
                a.outcome().reject(sameRecord(a.outcome().row));
            } else if (merger == null) {
                a.outcome().skipped = true;
            } else {
                Optional<CustomerChange> change = change(merger, match.get(), a, stored);
                change.ifPresent(c -> {
                    changes.add(c);
                    changedFrom.add(match.get());
                });
                a.outcome().kind = change.map(CustomerChange::kind).orElse(null);
            }
        }
        if (!dryRun) {
            long[] ids = session.insertCustomers(inserts);
            for (int i = 0; i < ids.length; i++) {
                touched.add(ids[i]);
                NewCustomer n = inserts.get(i);
                directory.add(ids[i], insertedFileUids.get(i), n.customer(), n.contact().stream().toList());
            }
            session.changeCustomers(changes);
            for (int i = 0; i < changes.size(); i++) {
                Customer changed = changes.get(i).customer();
                List<Contact> contacts = new ArrayList<>(changedFrom.get(i).contacts());
                contacts.addAll(changes.get(i).contacts());
                directory.add(changed.id(), null, changed, contacts);
            }
        }
        return outcomes;
    }

    private Optional<CustomerChange> change(CustomerMerger merger, StoredCustomer match, Accepted a,
                                            CustomerIndex stored) {
        Customer incoming = a.incoming().customer();
        // Taking an external id another stored customer holds would break its uniqueness.
        String externalId = incoming.externalId();
        if (externalId != null && stored.byExternalId(externalId)
                .filter(other -> !other.customer().id().equals(match.customer().id())).isPresent()) {
            incoming = withExternalId(incoming, null);
        }
        boolean kindGiven = !mapping.value(a.outcome().row, "kind").isEmpty();
        Optional<Customer> customer = merger.apply(match.customer(), incoming, kindGiven);
        List<Contact> contacts = new ArrayList<>(1);
        a.incoming().contact().ifPresent(in -> {
            Optional<Contact> same = sameContact(match.contacts(), in, a.contactUid());
            if (same.isPresent()) {
                merger.apply(same.get(), in).ifPresent(contacts::add);
            } else {
                contacts.add(in.withIds(null, match.customer().id()));
            }
        });
        if (customer.isEmpty() && contacts.isEmpty()) {
            return Optional.empty();
        }
        Customer changed = customer.orElse(match.customer().withStamps(match.customer().createdAt(), clock.instant()));
        return Optional.of(new CustomerChange(changed, contacts, ChangeKind.of(policy)));
    }

    /** The stored contact a row's contact is: same uid, else same mobile, landline or name. */
    static Optional<Contact> sameContact(List<Contact> contacts, Contact incoming, String uid) {
        for (Contact c : contacts) {
            if (c.uid().equals(uid)) {
                return Optional.of(c);
            }
        }
        for (Contact c : contacts) {
            if (!incoming.mobile().isEmpty() && c.mobile().normalized().equals(incoming.mobile().normalized())) {
                return Optional.of(c);
            }
        }
        for (Contact c : contacts) {
            if (!incoming.phone().isEmpty() && c.phone().normalized().equals(incoming.phone().normalized())) {
                return Optional.of(c);
            }
        }
        String name = CustomerIndex.plainName(incoming.name());
        return contacts.stream().filter(c -> !name.isEmpty() && CustomerIndex.plainName(c.name()).equals(name))
                .findFirst();
    }

    private static NewCustomer fresh(Accepted a, Set<String> takenContactUids) {
        Customer customer = a.incoming().customer();
        if (a.uid() != null) {
            customer = withUid(customer, a.uid());
        }
        Optional<Contact> contact = a.incoming().contact();
        if (contact.isPresent() && a.contactUid() != null && takenContactUids.add(a.contactUid())) {
            Contact c = contact.get();
            contact = Optional.of(new Contact(null, a.contactUid(), null, c.name(), c.title(), c.decisionMaker(),
                    c.mobile(), c.phone(), c.email(), c.birthday(), c.createdAt(), c.updatedAt()));
        }
        return new NewCustomer(customer, contact);
    }

    private String cell(CsvRow row, String field) {
        String value = org.callsheet.logic.csv.FormulaGuard.restore(mapping.value(row, field)).strip();
        return value.isEmpty() || value.length() > MAX_UID_LENGTH ? null : value;
    }

    private CsvProblem sameRecord(CsvRow row) {
        return CsvProblem.error(ProblemCode.SAME_RECORD_IN_FILE, row.row(), "");
    }

    static Customer withUid(Customer c, String uid) {
        return new Customer(c.id(), uid, c.externalId(), c.name(), c.kind(), c.industry(), c.sizeClass(), c.address(),
                c.location(), c.source(), c.ownerRep(), c.tags(), c.notes(), c.noNeed(), c.status(), c.createdAt(),
                c.updatedAt());
    }

    static Customer withExternalId(Customer c, String externalId) {
        return new Customer(c.id(), c.uid(), externalId, c.name(), c.kind(), c.industry(), c.sizeClass(), c.address(),
                c.location(), c.source(), c.ownerRep(), c.tags(), c.notes(), c.noNeed(), c.status(), c.createdAt(),
                c.updatedAt());
    }
}
