package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.model.Address;
import org.callsheet.model.Call;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.FollowUp;
import org.callsheet.model.Order;
import org.callsheet.model.Phone;
import org.callsheet.model.Visit;

/**
 * Turns model records into cells by canonical field id, in the forms import reads back: ISO
 * dates, plain decimal amounts, phone numbers as the user typed them, tags joined by commas.
 */
public final class ExportRows {
    private ExportRows() {
    }

    public static Map<String, String> customer(Customer customer, Optional<Contact> contact) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", customer.uid());
        put(cells, "external_id", customer.externalId());
        put(cells, "name", customer.name());
        put(cells, "kind", customer.kind() == CustomerKind.PERSON ? "person" : "company");
        put(cells, "industry", customer.industry());
        put(cells, "size", customer.sizeClass());
        Address address = customer.address();
        put(cells, "address", address.street());
        put(cells, "province", address.province());
        put(cells, "city", address.city());
        put(cells, "district", address.district());
        if (customer.location() != null) {
            put(cells, "latitude", plain(customer.location().latitude()));
            put(cells, "longitude", plain(customer.location().longitude()));
        }
        put(cells, "source", customer.source());
        put(cells, "owner", customer.ownerRep());
        put(cells, "tags", String.join(",", customer.tags()));
        put(cells, "notes", customer.notes());
        contact.ifPresent(c -> {
            put(cells, "contact_uid", c.uid());
            put(cells, "contact_name", c.name());
            put(cells, "contact_title", c.title());
            put(cells, "mobile", phone(c.mobile()));
            put(cells, "phone", phone(c.phone()));
            put(cells, "email", c.email());
            put(cells, "birthday", date(c.birthday()));
        });
        return cells;
    }

    /**
     * An order with the external id of its customer (the internal id means nothing outside); for a
     * customer without one, pass its uid, which an import of this program resolves as well.
     */
    public static Map<String, String> order(Order order, String customerExternalId) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", order.uid());
        put(cells, "external_id", order.externalId());
        put(cells, "customer_external_id", customerExternalId);
        put(cells, "order_date", date(order.date()));
        put(cells, "amount", plain(order.amount()));
        put(cells, "cost", plain(order.cost()));
        put(cells, "paid_amount", plain(order.paidAmount()));
        put(cells, "due_date", date(order.dueDate()));
        return cells;
    }

    /** A contact with the external id (or uid) of its customer; imports back with the contacts import. */
    public static Map<String, String> contact(Contact contact, String customerReference) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", contact.uid());
        put(cells, "customer_external_id", customerReference);
        put(cells, "name", contact.name());
        put(cells, "title", contact.title());
        put(cells, "decision_maker", yesNo(contact.decisionMaker()));
        put(cells, "mobile", phone(contact.mobile()));
        put(cells, "phone", phone(contact.phone()));
        put(cells, "email", contact.email());
        put(cells, "birthday", date(contact.birthday()));
        return cells;
    }

    /**
     * A call with its customer's reference, its contact's name and the due time of the open
     * follow-up planned from it (null when none); times in the given zone. {@code outcomeLabel} is the
     * label of the rep's own outcome the call was logged with (null when none or not known here).
     */
    public static Map<String, String> call(Call call, String outcomeLabel, String customerReference, String contactName,
                                           Instant followUpAt, ZoneId zone) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", call.uid());
        put(cells, "external_id", call.externalId());
        put(cells, "customer_external_id", customerReference);
        put(cells, "contact", contactName);
        put(cells, "phone", call.numberInput());
        put(cells, "started_at", DateTimeValueParser.format(call.startedAt(), zone));
        put(cells, "duration_s", Integer.toString(call.durationSeconds()));
        put(cells, "direction", CodeNames.DIRECTIONS.code(call.direction()));
        put(cells, "outcome", CodeNames.OUTCOMES.code(call.outcome()));
        put(cells, "outcome_label", outcomeLabel);
        put(cells, "needs", call.needs());
        put(cells, "attitude", call.attitude() == null ? null : CodeNames.ATTITUDES.code(call.attitude()));
        put(cells, "visit_opportunity", yesNo(call.visitOpportunity()));
        put(cells, "visit_date", date(call.visitOpportunity() ? call.proposedVisitDate() : null));
        put(cells, "notes", call.notes());
        put(cells, "next_step", call.nextStep());
        put(cells, "follow_up_at", DateTimeValueParser.format(followUpAt, zone));
        put(cells, "interest_level", call.interestLevel() == null ? null : call.interestLevel().toString());
        put(cells, "caller", call.caller());
        return cells;
    }

    /** A visit with its customer's reference; the report's cells stay blank until it is logged. */
    public static Map<String, String> visit(Visit visit, String customerReference, ZoneId zone) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", visit.uid());
        put(cells, "customer_external_id", customerReference);
        put(cells, "date", date(visit.slot().date()));
        LocalTime arrival = visit.slot().plannedArrival();
        put(cells, "planned_arrival", arrival == null ? null : arrival.toString());
        put(cells, "purpose", visit.purpose());
        visit.report().ifPresent(r -> {
            put(cells, "done_at", DateTimeValueParser.format(r.doneAt(), zone));
            put(cells, "outcome", CodeNames.VISIT_OUTCOMES.code(r.outcome()));
            put(cells, "notes", r.notes());
            put(cells, "next_step", r.nextStep());
        });
        return cells;
    }

    /** A follow-up with its customer's reference, its contact's name and the uid of the call it came from. */
    public static Map<String, String> followUp(FollowUp followUp, String customerReference, String contactName,
                                               String callUid, ZoneId zone) {
        Map<String, String> cells = new HashMap<>();
        put(cells, "uid", followUp.uid());
        put(cells, "customer_external_id", customerReference);
        put(cells, "contact", contactName);
        put(cells, "kind", CodeNames.FOLLOW_UP_KINDS.code(followUp.kind()));
        put(cells, "due_at", DateTimeValueParser.format(followUp.dueAt(), zone));
        put(cells, "status", CodeNames.FOLLOW_UP_STATUSES.code(followUp.status()));
        put(cells, "snoozed_until", DateTimeValueParser.format(followUp.snoozedUntil(), zone));
        put(cells, "note", followUp.note());
        put(cells, "call_uid", callUid);
        put(cells, "closed_at", DateTimeValueParser.format(followUp.closedAt(), zone));
        put(cells, "created_at", DateTimeValueParser.format(followUp.createdAt(), zone));
        return cells;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String phone(Phone phone) {
        return phone.isEmpty() ? null : phone.input();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    private static void put(Map<String, String> cells, String field, String value) {
        if (value != null && !value.isEmpty()) {
            cells.put(field, value);
        }
    }
}
