package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.Optional;
import org.callsheet.model.Order;

/** Applies a row to a stored order under a policy; uid and creation stamp are never taken from a file. */
final class OrderMerger {
    private final FieldPicker pick;
    private final Instant now;

    OrderMerger(DuplicatePolicy policy, Instant now) {
        this.pick = new FieldPicker(policy);
        this.now = now;
    }

    Optional<Order> apply(Order stored, Order incoming) {
        Order result = new Order(stored.id(), stored.uid(), pick.text(stored.externalId(), incoming.externalId()),
                pick.updates() ? incoming.customerId() : stored.customerId(),
                pick.value(stored.date(), incoming.date()), pick.number(stored.amount(), incoming.amount()),
                pick.number(stored.cost(), incoming.cost()), pick.number(stored.paidAmount(), incoming.paidAmount()),
                pick.value(stored.dueDate(), incoming.dueDate()), stored.createdAt(), stored.updatedAt());
        if (result.equals(stored)) {
            return Optional.empty();
        }
        return Optional.of(new Order(result.id(), result.uid(), result.externalId(), result.customerId(),
                result.date(), result.amount(), result.cost(), result.paidAmount(), result.dueDate(),
                stored.createdAt(), now));
    }
}
