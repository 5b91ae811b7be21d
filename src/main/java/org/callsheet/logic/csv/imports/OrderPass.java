package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.FormulaGuard;
import org.callsheet.logic.csv.IncomingOrder;
import org.callsheet.logic.csv.OrderRowConverter;
import org.callsheet.model.Order;

/**
 * Orders, a chunk at a time. An order names its customer by external id (or by uid, in files
 * this program exported); a customer that is not stored rejects the row. An order matches a
 * stored one by uid, then by external id.
 */
final class OrderPass implements ChunkPass<OrderPass.Accepted> {
    private static final int MAX_UID_LENGTH = 36;

    private final PassSettings settings;
    private final OrderRowConverter converter;
    /** Orders earlier chunks of this import inserted or changed: their state before it is recorded. */
    private final LongSet written = new LongSet();
    /** Loaded with the first chunk. */
    private OrderDirectory directory;
    private final AscendingUids newUids;
    private final StorageLimits limits;

    OrderPass(PassSettings settings) {
        this.settings = settings;
        this.limits = new StorageLimits(settings.mapping());
        this.converter = new OrderRowConverter(settings.mapping());
        this.newUids = new AscendingUids(settings.clock());
    }

    record Accepted(RowOutcome outcome, IncomingOrder incoming, String uid) implements PassRow {
    }

    @Override
    public Converted<Accepted> convert(List<CsvRow> rows) {
        return ChunkPass.convertEach(rows, converter::convert, limits::check,
                (outcome, row, in) -> new Accepted(outcome, in, uid(row)));
    }

    @Override
    public List<RowOutcome> apply(Converted<Accepted> chunk) {
        if (!chunk.accepted().isEmpty()) {
            if (directory == null) {
                directory = OrderDirectory.load(settings.session());
            }
            RecordDecisions.decide(chunk.accepted(), new Work(chunk.accepted()), settings);
        }
        return chunk.outcomes();
    }

    /** One chunk's orders: the stored candidates by uid and external id, and what the rows make of them. */
    private final class Work implements ChunkWork<Accepted, Order> {
        private final Map<String, Slot<Order>> byUid = new HashMap<>();
        private final Map<String, Slot<Order>> byExternalId = new HashMap<>();
        /** The orders the rows reached, first reach first, with the uid the file gave an order it adds. */
        private final Map<Slot<Order>, String> reached = new LinkedHashMap<>();
        private final Instant now = settings.clock().instant();
        private final OrderMerger merger;

        Work(List<Accepted> accepted) {
            Set<Long> candidates = new HashSet<>();
            for (Accepted a : accepted) {
                directory.candidates(a.uid(), a.incoming().externalId(), candidates);
            }
            settings.session().ordersById(candidates).forEach(o -> index(Slot.stored(o)));
            merger = settings.policy() == DuplicatePolicy.SKIP ? null : new OrderMerger(settings.policy(), now);
        }

        private void index(Slot<Order> slot) {
            byUid.putIfAbsent(slot.now().uid(), slot);
            if (slot.now().externalId() != null) {
                byExternalId.putIfAbsent(slot.now().externalId(), slot);
            }
        }

        @Override
        public Optional<Slot<Order>> find(Accepted a) {
            IncomingOrder in = a.incoming();
            OptionalLong customer = directory.customer(in.customerExternalId());
            if (customer.isEmpty()) {
                CustomerReferences.rejectUnknown(a.outcome(), settings.mapping(), in.customerExternalId());
                return Optional.empty();
            }
            Slot<Order> slot = a.uid() != null && byUid.containsKey(a.uid()) ? byUid.get(a.uid())
                    : in.externalId() == null ? null : byExternalId.get(in.externalId());
            if (slot != null) {
                reached.putIfAbsent(slot, null);
            }
            return Optional.ofNullable(slot);
        }

        @Override
        public void add(Accepted a) {
            long customerId = directory.customer(a.incoming().customerExternalId()).getAsLong();
            Order order = a.incoming().toOrder(a.uid() != null ? a.uid() : newUids.get(), customerId, now);
            Slot<Order> slot = Slot.added(order);
            index(slot);
            reached.put(slot, a.uid());
        }

        @Override
        public boolean apply(Slot<Order> slot, Accepted a) {
            IncomingOrder in = a.incoming();
            Order current = slot.now();
            String externalId = in.externalId();
            Slot<Order> other = externalId == null ? null : byExternalId.get(externalId);
            if (other != null && other != slot) {
                // Another order holds this number; taking it would break its uniqueness.
                externalId = null;
            }
            long customerId = directory.customer(in.customerExternalId()).getAsLong();
            Order incoming = new Order(null, current.uid(), externalId, customerId, in.date(), in.amount(),
                    in.cost(), in.paidAmount(), in.dueDate(), now, now);
            Optional<Order> merged = merger.apply(current, incoming);
            merged.ifPresent(o -> {
                slot.set(o);
                index(slot);
            });
            return merged.isPresent();
        }

        @Override
        public void write() {
            List<Order> inserts = new ArrayList<>();
            List<String> insertedFileUids = new ArrayList<>();
            List<OrderChange> changes = new ArrayList<>();
            List<OrderChange> again = new ArrayList<>();
            for (Map.Entry<Slot<Order>, String> entry : reached.entrySet()) {
                Slot<Order> slot = entry.getKey();
                if (slot.added()) {
                    inserts.add(slot.now());
                    insertedFileUids.add(entry.getValue());
                } else if (slot.changed()) {
                    (written.contains(slot.now().id()) ? again : changes)
                            .add(new OrderChange(slot.now(), ChangeKind.of(settings.policy())));
                    directory.add(slot.now().id(), null, slot.now());
                }
            }
            long[] ids = settings.session().insertOrders(inserts);
            for (int i = 0; i < ids.length; i++) {
                written.add(ids[i]);
                directory.add(ids[i], insertedFileUids.get(i), inserts.get(i));
            }
            settings.session().changeOrders(changes);
            settings.session().rewriteOrders(again);
            changes.forEach(c -> written.add(c.order().id()));
        }
    }

    private String uid(CsvRow row) {
        String value = FormulaGuard.restore(settings.mapping().value(row, "uid")).strip();
        return value.isEmpty() || value.length() > MAX_UID_LENGTH ? null : value;
    }
}
