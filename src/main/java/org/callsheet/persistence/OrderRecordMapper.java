package org.callsheet.persistence;

import org.callsheet.model.Order;
import org.callsheet.persistence.jooq.tables.records.CustomerOrderRecord;

/** Order ↔ CUSTOMER_ORDER row. */
final class OrderRecordMapper {

    Order toModel(CustomerOrderRecord r) {
        return new Order(r.getId(), r.getUid(), r.getExternalId(), r.getCustomerId(), r.getOrderDate(),
                r.getAmount(), r.getCost(), r.getPaidAmount(), r.getDueDate(),
                Stamps.fromDb(r.getCreatedAt()), Stamps.fromDb(r.getUpdatedAt()));
    }

    void fill(CustomerOrderRecord r, Order o, long customerId) {
        if (o.id() != null) {
            r.setId(o.id());
        }
        r.setUid(o.uid());
        r.setExternalId(CustomerRecordMapper.emptyToNull(o.externalId()));
        r.setCustomerId(customerId);
        r.setOrderDate(o.date());
        r.setAmount(o.amount());
        r.setCost(o.cost());
        r.setPaidAmount(o.paidAmount());
        r.setDueDate(o.dueDate());
        r.setCreatedAt(Stamps.toDb(o.createdAt()));
        r.setUpdatedAt(Stamps.toDb(o.updatedAt()));
    }
}
