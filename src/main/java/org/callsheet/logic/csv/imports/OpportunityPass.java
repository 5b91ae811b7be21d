package org.callsheet.logic.csv.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.IncomingOpportunity;
import org.callsheet.logic.csv.OpportunityRowConverter;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;

/**
 * Opportunities, a chunk at a time. An opportunity names its customer by external id (or uid); a
 * customer that is not stored rejects the row. It matches a stored opportunity by uid, then by
 * opportunity id. A new one gets its history from its stage dates (see {@link ImportedOpportunity});
 * a changed one one history entry for the change, written by the rep who imports.
 */
final class OpportunityPass implements ChunkPass<IncomingOpportunity> {
    private final ImportSession session;
    private final HeaderMapping mapping;
    private final DuplicatePolicy policy;
    private final boolean dryRun;
    private final Clock clock;
    private final OpportunityRowConverter converter;
    private final StorageLimits limits;
    private final LongSet touched = new LongSet();
    private final FunnelSettings settings;
    private final String rep;

    OpportunityPass(ImportSession session, HeaderMapping mapping, DuplicatePolicy policy, boolean dryRun,
                    PhoneNormalizer phones, Clock clock) {
        this.session = session;
        this.mapping = mapping;
        this.limits = new StorageLimits(mapping);
        this.policy = policy;
        this.dryRun = dryRun;
        this.clock = clock;
        this.converter = new OpportunityRowConverter(mapping, phones, clock);
        this.settings = FunnelSettings.from(session::setting);
        this.rep = session.setting(Settings.REP_NAME).orElse("");
    }

    @Override
    public Converted<IncomingOpportunity> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check, (outcome, row, in) -> in);
    }

    @Override
    public List<RowOutcome> apply(Converted<IncomingOpportunity> chunk) {
        List<RowOutcome> outcomes = chunk.outcomes();
        List<IncomingOpportunity> accepted = chunk.accepted();
        if (accepted.isEmpty()) {
            return outcomes;
        }
        Map<Long, RowOutcome> byRow = new HashMap<>();
        outcomes.forEach(o -> byRow.put(o.row.row(), o));
        CustomerReferences customers = CustomerReferences.lookUp(session,
                accepted.stream().map(IncomingOpportunity::customerExternalId).toList(), mapping);
        Set<String> uids = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (IncomingOpportunity in : accepted) {
            if (in.uid() != null) {
                uids.add(in.uid());
            }
            if (in.externalId() != null) {
                externalIds.add(in.externalId());
            }
        }
        Map<String, Opportunity> byUid = new HashMap<>();
        Map<String, Opportunity> byExternalId = new HashMap<>();
        for (Opportunity o : session.opportunityCandidates(uids, externalIds)) {
            byUid.put(o.uid(), o);
            if (o.externalId() != null) {
                byExternalId.put(o.externalId(), o);
            }
        }
        Set<String> addedKeys = new HashSet<>();
        List<NewOpportunity> inserts = new ArrayList<>();
        List<OpportunityUpdate> changes = new ArrayList<>();
        Instant now = clock.instant();
        OpportunityMerger merger = policy == DuplicatePolicy.SKIP ? null : new OpportunityMerger(policy, now);
        for (IncomingOpportunity in : accepted) {
            RowOutcome outcome = byRow.get(in.row());
            Long customerId = customers.idOrReject(outcome, in.customerExternalId());
            if (customerId == null) {
                continue;
            }
            if ((in.uid() != null && addedKeys.contains("u:" + in.uid()))
                    || (in.externalId() != null && addedKeys.contains("e:" + in.externalId()))) {
                outcome.reject(sameRecord(outcome.row));
                continue;
            }
            Opportunity stored = in.uid() != null && byUid.containsKey(in.uid()) ? byUid.get(in.uid())
                    : in.externalId() == null ? null : byExternalId.get(in.externalId());
            if (stored == null) {
                NewOpportunity fresh = ImportedOpportunity.build(in, in.uid() != null ? in.uid()
                        : UUID.randomUUID().toString(), customerId, settings, rep, now);
                inserts.add(fresh);
                addedKeys.add("u:" + fresh.opportunity().uid());
                if (in.externalId() != null) {
                    addedKeys.add("e:" + in.externalId());
                }
                outcome.kind = ChangeKind.INSERTED;
            } else if (!touched.add(stored.id())) {
                outcome.reject(sameRecord(outcome.row));
            } else if (merger == null) {
                outcome.skipped = true;
            } else {
                Opportunity other = in.externalId() == null ? null : byExternalId.get(in.externalId());
                String externalId = other != null && !other.id().equals(stored.id()) ? null : in.externalId();
                Integer probability = in.where().probability() != null ? in.where().probability()
                        : in.where().stage() == null ? null : ImportedOpportunity.probability(in, settings);
                merger.apply(stored, in, customerId, externalId, probability).ifPresent(o -> {
                    changes.add(new OpportunityUpdate(o, ChangeKind.of(policy),
                            OpportunityChange.between(stored, o, now, rep)));
                    outcome.kind = ChangeKind.of(policy);
                });
            }
        }
        if (!dryRun) {
            long[] ids = session.insertOpportunities(inserts);
            for (long id : ids) {
                touched.add(id);
            }
            session.changeOpportunities(changes);
        }
        return outcomes;
    }

    private static CsvProblem sameRecord(CsvRow row) {
        return CsvProblem.error(ProblemCode.SAME_RECORD_IN_FILE, row.row(), "");
    }
}
