package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.CustomerRowConverter;
import org.callsheet.logic.csv.FormulaGuard;
import org.callsheet.logic.csv.IncomingCustomer;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * Customers with their contact, a chunk at a time: convert, look the chunk's keys up in the
 * database once, decide every row ({@link RecordDecisions}), then write the chunk in batches.
 */
final class CustomerPass implements ChunkPass<CustomerPass.Accepted> {
    private static final int MAX_UID_LENGTH = 36;

    private final PassSettings settings;
    private final CustomerRowConverter converter;
    /** Customers earlier chunks of this import inserted or changed: their state before it is recorded. */
    private final LongSet written = new LongSet();
    private final StorageLimits limits;
    /** Loaded with the first chunk. */
    private CustomerDirectory directory;
    /** The owner of a new customer whose row names none: the rep (Settings → your name), when set. */
    private final String defaultOwner;

    CustomerPass(PassSettings settings, PhoneNormalizer phones, Function<String, Address> addressParser) {
        this.settings = settings;
        this.limits = new StorageLimits(settings.mapping());
        this.converter = new CustomerRowConverter(settings.mapping(), phones, addressParser,
                new AscendingUids(settings.clock()), settings.clock());
        this.defaultOwner = settings.session().setting(Settings.REP_NAME).filter(name -> !name.isBlank())
                .orElse(null);
    }

    record Accepted(RowOutcome outcome, IncomingCustomer incoming, String uid, String contactUid) implements PassRow {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check,
                (outcome, row, in) -> new Accepted(outcome, in, cell(row, "uid"), cell(row, "contact_uid")));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        if (!chunk.accepted().isEmpty()) {
            if (directory == null) {
                directory = CustomerDirectory.load(settings.session());
            }
            RecordDecisions.decide(chunk.accepted(), new Work(chunk.accepted()), settings);
        }
        return chunk.outcomes();
    }

    /** One chunk's customers: the stored candidates, and what the chunk's rows make of them. */
    private final class Work implements ChunkWork<Accepted, StoredCustomer> {
        private final CustomerIndex index = new CustomerIndex();
        /**
         * The customers the chunk's rows reached, in the order they first reached them, each with
         * the uid the file gave it when the chunk adds it (for later rows that name it so).
         */
        private final Map<Slot<StoredCustomer>, String> reached = new LinkedHashMap<>();
        private final Set<String> takenContactUids;
        private final CustomerMerger merger;
        private final Instant now = settings.clock().instant();

        Work(List<Accepted> accepted) {
            Set<Long> candidates = new HashSet<>();
            for (Accepted a : accepted) {
                directory.candidates(a.uid(), a.incoming().customer(), a.incoming().contact(), candidates);
            }
            settings.session().customersById(candidates).forEach(s -> index.add(Slot.stored(s)));
            takenContactUids = new HashSet<>(settings.session().storedContactUids(accepted.stream()
                    .map(Accepted::contactUid).filter(u -> u != null).toList()));
            merger = settings.policy() == DuplicatePolicy.SKIP ? null : new CustomerMerger(settings.policy(), now);
        }

        @Override
        public Optional<Slot<StoredCustomer>> find(Accepted a) {
            Optional<Slot<StoredCustomer>> slot = index.find(a.uid(), a.incoming().customer(), a.incoming().contact());
            slot.ifPresent(s -> reached.putIfAbsent(s, null));
            return slot;
        }

        @Override
        public void add(Accepted a) {
            Customer customer = a.incoming().customer();
            if (a.uid() != null) {
                customer = withUid(customer, a.uid());
            }
            if (customer.ownerRep() == null && defaultOwner != null) {
                customer = withOwner(customer, defaultOwner);
            }
            Optional<Contact> contact = a.incoming().contact();
            if (contact.isPresent() && a.contactUid() != null && takenContactUids.add(a.contactUid())) {
                contact = Optional.of(withUid(contact.get(), a.contactUid()));
            }
            Slot<StoredCustomer> slot = Slot.added(new StoredCustomer(customer, contact.stream().toList()));
            index.add(slot);
            reached.put(slot, a.uid());
        }

        @Override
        public boolean apply(Slot<StoredCustomer> slot, Accepted a) {
            StoredCustomer current = slot.now();
            Customer incoming = a.incoming().customer();
            // Taking an external id another customer holds would break its uniqueness.
            String externalId = incoming.externalId();
            if (externalId != null && index.byExternalId(externalId).filter(other -> other != slot).isPresent()) {
                incoming = withExternalId(incoming, null);
            }
            boolean kindGiven = !settings.mapping().value(a.outcome().row, "kind").isBlank();
            Customer customer = merger.apply(current.customer(), incoming, kindGiven).orElse(current.customer());
            List<Contact> contacts = new ArrayList<>(current.contacts());
            a.incoming().contact().ifPresent(in -> {
                Optional<Contact> same = sameContact(contacts, in, a.contactUid());
                if (same.isPresent()) {
                    merger.apply(same.get(), in).ifPresent(c -> contacts.set(contacts.indexOf(same.get()), c));
                } else {
                    contacts.add(in.withIds(null, current.customer().id()));
                }
            });
            StoredCustomer changed = new StoredCustomer(customer, contacts);
            if (changed.equals(current)) {
                return false;
            }
            slot.set(changed);
            index.add(slot);
            return true;
        }

        @Override
        public void write() {
            List<NewCustomer> inserts = new ArrayList<>();
            List<String> insertedFileUids = new ArrayList<>();
            List<CustomerChange> changes = new ArrayList<>();
            List<CustomerChange> again = new ArrayList<>();
            for (Map.Entry<Slot<StoredCustomer>, String> entry : reached.entrySet()) {
                Slot<StoredCustomer> slot = entry.getKey();
                if (slot.added()) {
                    inserts.add(new NewCustomer(slot.now().customer(), slot.now().contacts()));
                    insertedFileUids.add(entry.getValue());
                } else if (slot.changed()) {
                    Customer c = slot.now().customer();
                    (written.contains(c.id()) ? again : changes).add(change(slot));
                    directory.add(c.id(), null, c, slot.now().contacts());
                }
            }
            long[] ids = settings.session().insertCustomers(inserts);
            for (int i = 0; i < ids.length; i++) {
                written.add(ids[i]);
                NewCustomer n = inserts.get(i);
                directory.add(ids[i], insertedFileUids.get(i), n.customer(), n.contacts());
            }
            settings.session().changeCustomers(changes);
            settings.session().rewriteCustomers(again);
            changes.forEach(c -> written.add(c.customer().id()));
        }

        /** The customer as it stands now, with the contacts the chunk added or changed. */
        private CustomerChange change(Slot<StoredCustomer> slot) {
            Customer before = slot.before().customer();
            Customer customer = slot.now().customer();
            if (customer.equals(before)) {
                customer = before.withStamps(before.createdAt(), now);
            }
            List<Contact> contacts = slot.now().contacts().stream()
                    .filter(c -> !slot.before().contacts().contains(c)).toList();
            return new CustomerChange(customer, before, contacts, ChangeKind.of(settings.policy()));
        }
    }

    /** The stored contact a row's contact is: same uid, else same mobile, landline or name. */
    static Optional<Contact> sameContact(List<Contact> contacts, Contact incoming, String uid) {
        for (Contact c : contacts) {
            if (c.uid().equals(uid)) {
                return Optional.of(c);
            }
        }
        for (Contact c : contacts) {
            if (incoming.mobile().isMatchable() && c.mobile().normalized().equals(incoming.mobile().normalized())) {
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

    private String cell(CsvRow row, String field) {
        String value = FormulaGuard.restore(settings.mapping().value(row, field)).strip();
        return value.isEmpty() || value.length() > MAX_UID_LENGTH ? null : value;
    }

    private static Contact withUid(Contact c, String uid) {
        return new Contact(null, uid, null, c.name(), c.title(), c.decisionMaker(), c.mobile(), c.phone(), c.email(),
                c.birthday(), c.createdAt(), c.updatedAt());
    }

    static Customer withUid(Customer c, String uid) {
        return new Customer(c.id(), uid, c.externalId(), c.name(), c.kind(), c.industry(), c.sizeClass(), c.address(),
                c.location(), c.source(), c.ownerRep(), c.tags(), c.notes(), c.noNeed(), c.status(), c.createdAt(),
                c.updatedAt());
    }

    static Customer withOwner(Customer c, String owner) {
        return new Customer(c.id(), c.uid(), c.externalId(), c.name(), c.kind(), c.industry(), c.sizeClass(),
                c.address(), c.location(), c.source(), owner, c.tags(), c.notes(), c.noNeed(), c.status(),
                c.createdAt(), c.updatedAt());
    }

    static Customer withExternalId(Customer c, String externalId) {
        return new Customer(c.id(), c.uid(), externalId, c.name(), c.kind(), c.industry(), c.sizeClass(), c.address(),
                c.location(), c.source(), c.ownerRep(), c.tags(), c.notes(), c.noNeed(), c.status(), c.createdAt(),
                c.updatedAt());
    }
}
