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
import java.util.UUID;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.IncomingOpportunity;
import org.callsheet.logic.csv.OpportunityRowConverter;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;

/**
 * Opportunities, a chunk at a time. An opportunity names its customer by external id (or uid); a
 * customer that is not stored rejects the row. It matches a stored opportunity by uid, then by
 * opportunity id. A new one gets its history from its stage dates (see {@link ImportedOpportunity});
 * a changed one one history entry per chunk that changed it, written by the rep who imports.
 */
final class OpportunityPass implements ChunkPass<OpportunityPass.Accepted> {
    private final PassSettings settings;
    private final OpportunityRowConverter converter;
    private final StorageLimits limits;
    /** Opportunities earlier chunks of this import inserted or changed: their state before it is recorded. */
    private final LongSet written = new LongSet();
    private final FunnelSettings funnel;
    private final String rep;

    OpportunityPass(PassSettings settings, PhoneNormalizer phones) {
        this.settings = settings;
        this.limits = new StorageLimits(settings.mapping());
        this.converter = new OpportunityRowConverter(settings.mapping(), phones, settings.clock());
        this.funnel = FunnelSettings.from(settings.session()::setting);
        this.rep = settings.session().setting(Settings.REP_NAME).orElse("");
    }

    record Accepted(RowOutcome outcome, IncomingOpportunity incoming) implements PassRow {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check, (outcome, row, in) -> new Accepted(outcome, in));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        if (!chunk.accepted().isEmpty()) {
            RecordDecisions.decide(chunk.accepted(), new Work(chunk.accepted()), settings);
        }
        return chunk.outcomes();
    }

    /** One chunk's opportunities: the stored candidates by uid and opportunity id, and what the rows make of them. */
    private final class Work implements ChunkWork<Accepted, Opportunity> {
        private final CustomerReferences customers;
        private final Map<String, Slot<Opportunity>> byUid = new HashMap<>();
        private final Map<String, Slot<Opportunity>> byExternalId = new HashMap<>();
        private final Set<Slot<Opportunity>> reached = new LinkedHashSet<>();
        private final Instant now = settings.clock().instant();
        private final OpportunityMerger merger;

        Work(List<Accepted> accepted) {
            customers = CustomerReferences.lookUp(settings.session(),
                    accepted.stream().map(a -> a.incoming().customerExternalId()).toList(), settings.mapping());
            Set<String> uids = new HashSet<>();
            Set<String> externalIds = new HashSet<>();
            for (Accepted a : accepted) {
                if (a.incoming().uid() != null) {
                    uids.add(a.incoming().uid());
                }
                if (a.incoming().externalId() != null) {
                    externalIds.add(a.incoming().externalId());
                }
            }
            settings.session().opportunityCandidates(uids, externalIds).forEach(o -> index(Slot.stored(o)));
            merger = settings.policy() == DuplicatePolicy.SKIP ? null : new OpportunityMerger(settings.policy(), now);
        }

        private void index(Slot<Opportunity> slot) {
            byUid.putIfAbsent(slot.now().uid(), slot);
            if (slot.now().externalId() != null) {
                byExternalId.putIfAbsent(slot.now().externalId(), slot);
            }
        }

        @Override
        public Optional<Slot<Opportunity>> find(Accepted a) {
            IncomingOpportunity in = a.incoming();
            if (customers.idOrReject(a.outcome(), in.customerExternalId()) == null) {
                return Optional.empty();
            }
            Slot<Opportunity> slot = in.uid() != null && byUid.containsKey(in.uid()) ? byUid.get(in.uid())
                    : in.externalId() == null ? null : byExternalId.get(in.externalId());
            if (slot != null) {
                reached.add(slot);
            }
            return Optional.ofNullable(slot);
        }

        @Override
        public void add(Accepted a) {
            IncomingOpportunity in = a.incoming();
            long customerId = customers.idOrReject(a.outcome(), in.customerExternalId());
            Opportunity fresh = ImportedOpportunity.build(in, in.uid() != null ? in.uid()
                    : UUID.randomUUID().toString(), customerId, funnel, now);
            Slot<Opportunity> slot = Slot.added(fresh);
            index(slot);
            reached.add(slot);
        }

        @Override
        public boolean apply(Slot<Opportunity> slot, Accepted a) {
            IncomingOpportunity in = a.incoming();
            Slot<Opportunity> other = in.externalId() == null ? null : byExternalId.get(in.externalId());
            // another opportunity holds this id; taking it would break its uniqueness
            String externalId = other != null && other != slot ? null : in.externalId();
            long customerId = customers.idOrReject(a.outcome(), in.customerExternalId());
            Integer probability = in.where().probability() != null ? in.where().probability()
                    : ImportedOpportunity.probability(in, funnel);
            Optional<Opportunity> merged = merger.apply(slot.now(), in, customerId, externalId, probability);
            merged.ifPresent(o -> {
                slot.set(o);
                index(slot);
            });
            return merged.isPresent();
        }

        @Override
        public void write() {
            List<NewOpportunity> inserts = new ArrayList<>();
            List<OpportunityUpdate> changes = new ArrayList<>();
            List<OpportunityUpdate> again = new ArrayList<>();
            for (Slot<Opportunity> slot : reached) {
                if (slot.added()) {
                    inserts.add(new NewOpportunity(slot.now(), ImportedOpportunity.history(slot.now(), rep)));
                } else if (slot.changed()) {
                    OpportunityUpdate update = new OpportunityUpdate(slot.now(), ChangeKind.of(settings.policy()),
                            OpportunityChange.between(slot.before(), slot.now(), now, rep));
                    (written.contains(slot.now().id()) ? again : changes).add(update);
                }
            }
            for (long id : settings.session().insertOpportunities(inserts)) {
                written.add(id);
            }
            settings.session().changeOpportunities(changes);
            settings.session().rewriteOpportunities(again);
            changes.forEach(c -> written.add(c.opportunity().id()));
        }
    }
}
