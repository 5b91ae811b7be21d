package org.callsheet.logic.csv.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.csv.ContactRowConverter;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.IncomingContact;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;

/**
 * Contacts on their own, a chunk at a time. A contact names its customer by external id (or uid);
 * a customer that is not stored rejects the row. Among that customer's contacts it matches by the
 * uid an export wrote, then mobile, landline, name — the same rules as the contact of a customer row.
 */
final class ContactPass implements ChunkPass<ContactPass.Accepted> {
    private final ImportSession session;
    private final HeaderMapping mapping;
    private final DuplicatePolicy policy;
    private final boolean dryRun;
    private final Clock clock;
    private final ContactRowConverter converter;
    private final LongSet touched = new LongSet();
    private final StorageLimits limits;

    ContactPass(ImportSession session, HeaderMapping mapping, DuplicatePolicy policy, boolean dryRun,
                PhoneNormalizer phones, Clock clock) {
        this.session = session;
        this.mapping = mapping;
        this.policy = policy;
        this.dryRun = dryRun;
        this.clock = clock;
        this.limits = new StorageLimits(mapping);
        this.converter = new ContactRowConverter(mapping, phones, clock);
    }

    record Accepted(RowOutcome outcome, IncomingContact incoming) {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check,
                (outcome, row, in) -> new Accepted(outcome, in));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        List<RowOutcome> outcomes = chunk.outcomes();
        List<Accepted> accepted = chunk.accepted();
        if (accepted.isEmpty()) {
            return outcomes;
        }
        CustomerReferences customers = CustomerReferences.lookUp(session,
                accepted.stream().map(a -> a.incoming().customerExternalId()).toList(), mapping);
        Map<Long, List<Contact>> stored = session.contactsOf(customers.found());
        Set<String> takenUids = new HashSet<>(session.storedContactUids(accepted.stream()
                .map(a -> a.incoming().uid()).filter(u -> u != null).toList()));
        Map<Long, List<Contact>> added = new java.util.HashMap<>();
        List<Contact> inserts = new ArrayList<>();
        List<ContactChange> changes = new ArrayList<>();
        Instant now = clock.instant();
        CustomerMerger merger = policy == DuplicatePolicy.SKIP ? null : new CustomerMerger(policy, now);
        for (Accepted a : accepted) {
            IncomingContact in = a.incoming();
            RowOutcome outcome = a.outcome();
            Long customerId = customers.idOrReject(outcome, in.customerExternalId());
            if (customerId == null) {
                continue;
            }
            List<Contact> fresh = added.computeIfAbsent(customerId, k -> new ArrayList<>());
            if (CustomerPass.sameContact(fresh, in.contact(), in.uid()).isPresent()) {
                outcome.reject(sameRecord(outcome.row));
                continue;
            }
            Optional<Contact> match = CustomerPass.sameContact(stored.getOrDefault(customerId, List.of()),
                    in.contact(), in.uid());
            if (match.isEmpty()) {
                Contact c = in.contact();
                String uid = in.uid() != null && takenUids.add(in.uid()) ? in.uid() : c.uid();
                Contact contact = new Contact(null, uid, customerId, c.name(), c.title(), c.decisionMaker(),
                        c.mobile(), c.phone(), c.email(), c.birthday(), now, now);
                inserts.add(contact);
                fresh.add(contact);
                outcome.kind = ChangeKind.INSERTED;
            } else if (!touched.add(match.get().id())) {
                outcome.reject(sameRecord(outcome.row));
            } else if (merger == null) {
                outcome.skipped = true;
            } else {
                Contact storedContact = match.get();
                Contact merged = merger.apply(storedContact, in.contact()).orElse(storedContact);
                if (in.decisionMaker() != null && policy == DuplicatePolicy.UPDATE
                        && in.decisionMaker() != merged.decisionMaker()) {
                    merged = new Contact(merged.id(), merged.uid(), merged.customerId(), merged.name(), merged.title(),
                            in.decisionMaker(), merged.mobile(), merged.phone(), merged.email(), merged.birthday(),
                            merged.createdAt(), now);
                }
                if (!merged.equals(storedContact)) {
                    changes.add(new ContactChange(merged, ChangeKind.of(policy)));
                    outcome.kind = ChangeKind.of(policy);
                }
            }
        }
        if (!dryRun) {
            for (long id : session.insertContacts(inserts)) {
                touched.add(id);
            }
            session.changeContacts(changes);
        }
        return outcomes;
    }

    private static CsvProblem sameRecord(CsvRow row) {
        return CsvProblem.error(ProblemCode.SAME_RECORD_IN_FILE, row.row(), "");
    }
}
