package org.callsheet.logic.csv.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.FormulaGuard;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.IncomingOrder;
import org.callsheet.logic.csv.OrderRowConverter;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.model.Order;

/**
 * Orders, a chunk at a time. An order names its customer by external id (or by uid, in files
 * this program exported); a customer that is not stored rejects the row. An order matches a
 * stored one by uid, then by external id.
 */
final class OrderPass implements ChunkPass<OrderPass.Accepted> {
    private static final int MAX_UID_LENGTH = 36;

    private final ImportSession session;
    private final HeaderMapping mapping;
    private final DuplicatePolicy policy;
    private final boolean dryRun;
    private final Clock clock;
    private final OrderRowConverter converter;
    private final LongSet touched = new LongSet();
    /** Loaded with the first chunk. */
    private OrderDirectory directory;
    private final AscendingUids newUids;
    private final StorageLimits limits;

    OrderPass(ImportSession session, HeaderMapping mapping, DuplicatePolicy policy, boolean dryRun, Clock clock) {
        this.session = session;
        this.mapping = mapping;
        this.limits = new StorageLimits(mapping);
        this.policy = policy;
        this.dryRun = dryRun;
        this.clock = clock;
        this.converter = new OrderRowConverter(mapping);
        this.newUids = new AscendingUids(clock);
    }

    record Accepted(RowOutcome outcome, IncomingOrder incoming, String uid) {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check,
                (outcome, row, in) -> new Accepted(outcome, in, uid(row)));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        List<RowOutcome> outcomes = chunk.outcomes();
        List<Accepted> accepted = chunk.accepted();
        if (accepted.isEmpty()) {
            return outcomes;
        }
        if (directory == null) {
            directory = OrderDirectory.load(session);
        }
        Set<Long> candidates = new HashSet<>();
        for (Accepted a : accepted) {
            directory.candidates(a.uid(), a.incoming().externalId(), candidates);
        }
        Map<String, Order> byUid = new HashMap<>();
        Map<String, Order> byExternalId = new HashMap<>();
        for (Order o : session.ordersById(candidates)) {
            byUid.put(o.uid(), o);
            if (o.externalId() != null) {
                byExternalId.put(o.externalId(), o);
            }
        }
        Set<String> addedKeys = new HashSet<>();
        List<Order> inserts = new ArrayList<>();
        List<String> insertedFileUids = new ArrayList<>();
        List<OrderChange> changes = new ArrayList<>();
        Instant now = clock.instant();
        OrderMerger merger = policy == DuplicatePolicy.SKIP ? null : new OrderMerger(policy, now);
        for (Accepted a : accepted) {
            IncomingOrder in = a.incoming();
            RowOutcome outcome = a.outcome();
            OptionalLong customer = directory.customer(in.customerExternalId());
            if (customer.isEmpty()) {
                CustomerReferences.rejectUnknown(outcome, mapping, in.customerExternalId());
                continue;
            }
            long customerId = customer.getAsLong();
            if ((a.uid() != null && addedKeys.contains("u:" + a.uid()))
                    || (in.externalId() != null && addedKeys.contains("e:" + in.externalId()))) {
                outcome.reject(sameRecord(outcome.row));
                continue;
            }
            Order stored = a.uid() != null && byUid.containsKey(a.uid()) ? byUid.get(a.uid())
                    : in.externalId() == null ? null : byExternalId.get(in.externalId());
            if (stored == null) {
                Order order = in.toOrder(a.uid() != null ? a.uid() : newUids.get(), customerId, now);
                inserts.add(order);
                insertedFileUids.add(a.uid());
                addedKeys.add("u:" + order.uid());
                if (order.externalId() != null) {
                    addedKeys.add("e:" + order.externalId());
                }
                outcome.kind = ChangeKind.INSERTED;
            } else if (!touched.add(stored.id())) {
                outcome.reject(sameRecord(outcome.row));
            } else if (merger == null) {
                outcome.skipped = true;
            } else {
                String externalId = in.externalId();
                Order other = externalId == null ? null : byExternalId.get(externalId);
                if (other != null && !other.id().equals(stored.id())) {
                    // Another stored order holds this number; taking it would break its uniqueness.
                    externalId = null;
                }
                Order incoming = new Order(null, stored.uid(), externalId, customerId, in.date(), in.amount(),
                        in.cost(), in.paidAmount(), in.dueDate(), now, now);
                merger.apply(stored, incoming).ifPresent(o -> {
                    changes.add(new OrderChange(o, ChangeKind.of(policy)));
                    outcome.kind = ChangeKind.of(policy);
                });
            }
        }
        if (!dryRun) {
            long[] ids = session.insertOrders(inserts);
            for (int i = 0; i < ids.length; i++) {
                touched.add(ids[i]);
                directory.add(ids[i], insertedFileUids.get(i), inserts.get(i));
            }
            session.changeOrders(changes);
            for (OrderChange change : changes) {
                directory.add(change.order().id(), null, change.order());
            }
        }
        return outcomes;
    }

    private String uid(CsvRow row) {
        String value = FormulaGuard.restore(mapping.value(row, "uid")).strip();
        return value.isEmpty() || value.length() > MAX_UID_LENGTH ? null : value;
    }

    private static CsvProblem sameRecord(CsvRow row) {
        return CsvProblem.error(ProblemCode.SAME_RECORD_IN_FILE, row.row(), "");
    }
}
