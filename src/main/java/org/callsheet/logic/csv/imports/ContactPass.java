package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.csv.ContactRowConverter;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.IncomingContact;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;

/**
 * Contacts on their own, a chunk at a time. A contact names its customer by external id (or uid);
 * a customer that is not stored rejects the row. Among that customer's contacts it matches by the
 * uid an export wrote, then mobile, landline, name — the same rules as the contact of a customer row.
 */
final class ContactPass implements ChunkPass<ContactPass.Accepted> {
    private final PassSettings settings;
    private final ContactRowConverter converter;
    /** Contacts earlier chunks of this import inserted or changed: their state before it is recorded. */
    private final LongSet written = new LongSet();
    private final StorageLimits limits;

    ContactPass(PassSettings settings, PhoneNormalizer phones) {
        this.settings = settings;
        this.limits = new StorageLimits(settings.mapping());
        this.converter = new ContactRowConverter(settings.mapping(), phones, settings.clock());
    }

    record Accepted(RowOutcome outcome, IncomingContact incoming) implements PassRow {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check,
                (outcome, row, in) -> new Accepted(outcome, in));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        if (!chunk.accepted().isEmpty()) {
            RecordDecisions.decide(chunk.accepted(), new Work(chunk.accepted()), settings);
        }
        return chunk.outcomes();
    }

    /** One chunk's contacts, per customer: the stored ones, and what the chunk's rows make of them. */
    private final class Work implements ChunkWork<Accepted, Contact> {
        private final CustomerReferences customers;
        private final Map<Long, List<Slot<Contact>>> byCustomer = new HashMap<>();
        private final Set<Slot<Contact>> reached = new LinkedHashSet<>();
        private final Set<String> takenUids;
        private final Instant now = settings.clock().instant();
        private final CustomerMerger merger;

        Work(List<Accepted> accepted) {
            ImportSession session = settings.session();
            customers = CustomerReferences.lookUp(session,
                    accepted.stream().map(a -> a.incoming().customerExternalId()).toList(), settings.mapping());
            session.contactsOf(customers.found()).forEach((customerId, contacts) -> byCustomer.put(customerId,
                    new ArrayList<>(contacts.stream().map(Slot::stored).toList())));
            takenUids = new HashSet<>(session.storedContactUids(accepted.stream()
                    .map(a -> a.incoming().uid()).filter(u -> u != null).toList()));
            merger = settings.policy() == DuplicatePolicy.SKIP ? null : new CustomerMerger(settings.policy(), now);
        }

        @Override
        public Optional<Slot<Contact>> find(Accepted a) {
            Long customerId = customers.idOrReject(a.outcome(), a.incoming().customerExternalId());
            if (customerId == null) {
                return Optional.empty();
            }
            List<Slot<Contact>> slots = byCustomer.getOrDefault(customerId, List.of());
            Optional<Contact> same = CustomerPass.sameContact(slots.stream().map(Slot::now).toList(),
                    a.incoming().contact(), a.incoming().uid());
            Optional<Slot<Contact>> slot = same.map(c -> slots.stream().filter(s -> s.now() == c).findFirst()
                    .orElseThrow());
            slot.ifPresent(reached::add);
            return slot;
        }

        @Override
        public void add(Accepted a) {
            IncomingContact in = a.incoming();
            long customerId = customers.id(in.customerExternalId());
            Contact c = in.contact();
            String uid = in.uid() != null && takenUids.add(in.uid()) ? in.uid() : c.uid();
            Slot<Contact> slot = Slot.added(new Contact(null, uid, customerId, c.name(), c.title(), c.decisionMaker(),
                    c.mobile(), c.phone(), c.email(), c.birthday(), now, now));
            byCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).add(slot);
            reached.add(slot);
        }

        @Override
        public boolean apply(Slot<Contact> slot, Accepted a) {
            IncomingContact in = a.incoming();
            Contact current = slot.now();
            Contact merged = merger.apply(current, in.contact()).orElse(current);
            // update sets the flag as the file has it; merge fills it like a blank: a contact the
            // customers file made cannot carry it, so its "no" is not yet known
            boolean update = settings.policy() == DuplicatePolicy.UPDATE;
            boolean fill = settings.policy() == DuplicatePolicy.MERGE && Boolean.TRUE.equals(in.decisionMaker());
            if (in.decisionMaker() != null && (update || fill) && in.decisionMaker() != merged.decisionMaker()) {
                merged = new Contact(merged.id(), merged.uid(), merged.customerId(), merged.name(), merged.title(),
                        in.decisionMaker(), merged.mobile(), merged.phone(), merged.email(), merged.birthday(),
                        merged.createdAt(), now);
            }
            if (merged.equals(current)) {
                return false;
            }
            slot.set(merged);
            return true;
        }

        @Override
        public void write() {
            List<Contact> inserts = new ArrayList<>();
            List<ContactChange> changes = new ArrayList<>();
            List<ContactChange> again = new ArrayList<>();
            for (Slot<Contact> slot : reached) {
                if (slot.added()) {
                    inserts.add(slot.now());
                } else if (slot.changed()) {
                    (written.contains(slot.now().id()) ? again : changes)
                            .add(new ContactChange(slot.now(), ChangeKind.of(settings.policy())));
                }
            }
            for (long id : settings.session().insertContacts(inserts)) {
                written.add(id);
            }
            settings.session().changeContacts(changes);
            settings.session().rewriteContacts(again);
            changes.forEach(c -> written.add(c.contact().id()));
        }
    }
}
