package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.IncomingVisit;
import org.callsheet.logic.csv.VisitRowConverter;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;

/**
 * Visits, a chunk at a time. A visit names its customer by external id (or uid); a customer that
 * is not stored rejects the row. It matches a stored visit by uid, then by customer and date (one
 * visit per customer and day). A new visit is unrouted: the day's plan places it.
 */
final class VisitPass implements ChunkPass<VisitPass.Accepted> {
    private final PassSettings settings;
    private final VisitRowConverter converter;
    /** Visits earlier chunks of this import inserted or changed: their state before it is recorded. */
    private final LongSet written = new LongSet();
    private final StorageLimits limits;

    VisitPass(PassSettings settings, PhoneNormalizer phones) {
        this.settings = settings;
        this.limits = new StorageLimits(settings.mapping());
        this.converter = new VisitRowConverter(settings.mapping(), phones, settings.clock());
    }

    record Accepted(RowOutcome outcome, IncomingVisit incoming) implements PassRow {
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

    private static String key(long customerId, LocalDate date) {
        return customerId + "|" + date;
    }

    /** One chunk's visits: the stored candidates, and what the chunk's rows make of them. */
    private final class Work implements ChunkWork<Accepted, Visit> {
        private final CustomerReferences customers;
        /** Stored and added visits by "u:" uid and "k:" customer and date. */
        private final Map<String, Slot<Visit>> byKey = new HashMap<>();
        private final Set<Slot<Visit>> reached = new LinkedHashSet<>();
        private final Instant now = settings.clock().instant();
        private final VisitMerger merger;

        Work(List<Accepted> accepted) {
            customers = CustomerReferences.lookUp(settings.session(),
                    accepted.stream().map(a -> a.incoming().customerExternalId()).toList(), settings.mapping());
            Set<String> uids = new HashSet<>();
            Set<LocalDate> days = new HashSet<>();
            for (Accepted a : accepted) {
                if (a.incoming().uid() != null) {
                    uids.add(a.incoming().uid());
                }
                days.add(a.incoming().date());
            }
            for (Visit v : settings.session().visitCandidates(uids, customers.found(), days)) {
                Slot<Visit> slot = Slot.stored(v);
                byKey.put("u:" + v.uid(), slot);
                byKey.putIfAbsent("k:" + key(v.customerId(), v.slot().date()), slot);
            }
            merger = settings.policy() == DuplicatePolicy.SKIP ? null : new VisitMerger(settings.policy(), now);
        }

        @Override
        public Optional<Slot<Visit>> find(Accepted a) {
            IncomingVisit in = a.incoming();
            Long customerId = customers.idOrReject(a.outcome(), in.customerExternalId());
            if (customerId == null) {
                return Optional.empty();
            }
            Slot<Visit> slot = in.uid() == null ? null : byKey.get("u:" + in.uid());
            if (slot == null) {
                slot = byKey.get("k:" + key(customerId, in.date()));
            }
            if (slot != null) {
                reached.add(slot);
            }
            return Optional.ofNullable(slot);
        }

        @Override
        public void add(Accepted a) {
            IncomingVisit in = a.incoming();
            long customerId = customers.id(in.customerExternalId());
            String uid = in.uid() != null && !byKey.containsKey("u:" + in.uid()) ? in.uid()
                    : UUID.randomUUID().toString();
            VisitSlot slot = new VisitSlot(in.date(), null, in.plannedArrival(), false, null, false);
            Optional<VisitReport> report = in.logged()
                    ? Optional.of(new VisitReport(in.doneAt(), in.outcome(), "", in.notes(), in.nextStep()))
                    : Optional.empty();
            Slot<Visit> added = Slot.added(new Visit(null, uid, customerId, slot, null, in.purpose(), report, now,
                    now));
            byKey.put("u:" + uid, added);
            byKey.putIfAbsent("k:" + key(customerId, in.date()), added);
            reached.add(added);
        }

        @Override
        public boolean apply(Slot<Visit> slot, Accepted a) {
            Optional<Visit> changed = merger.apply(slot.now(), a.incoming(),
                    customers.id(a.incoming().customerExternalId()));
            changed.ifPresent(slot::set);
            return changed.isPresent();
        }

        @Override
        public void write() {
            List<Visit> inserts = new ArrayList<>();
            List<VisitChange> changes = new ArrayList<>();
            List<VisitChange> again = new ArrayList<>();
            for (Slot<Visit> slot : reached) {
                if (slot.added()) {
                    inserts.add(slot.now());
                } else if (slot.changed()) {
                    (written.contains(slot.now().id()) ? again : changes)
                            .add(new VisitChange(slot.now(), ChangeKind.of(settings.policy())));
                }
            }
            ImportSession session = settings.session();
            for (long id : session.insertVisits(inserts)) {
                written.add(id);
            }
            session.changeVisits(changes);
            session.rewriteVisits(again);
            changes.forEach(c -> written.add(c.visit().id()));
        }
    }
}
