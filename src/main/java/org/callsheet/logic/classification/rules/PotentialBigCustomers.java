package org.callsheet.logic.classification.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Potential big customers (潜在大客户, §10): a strong need stated in calls, not marked "no need",
 * and no deal (order with a positive amount) in the reporting window. A nurture list, ordered
 * by the most recent contact first (customers never contacted last), then by customer id; it is
 * not ranked by revenue.
 */
public final class PotentialBigCustomers {

    private PotentialBigCustomers() {
    }

    public static List<PotentialBigCustomer> find(List<CustomerHistory> customers, ReportingWindow window) {
        List<PotentialBigCustomer> out = new ArrayList<>();
        for (CustomerHistory c : customers) {
            if (!c.contacts().strongNeed() || c.contacts().noNeed()) {
                continue;
            }
            boolean dealInWindow = false;
            LocalDate lastOrder = null;
            for (OrderFact o : c.orders()) {
                if (!o.onOrBefore(window.asOf())) {
                    continue;
                }
                dealInWindow |= window.contains(o.date()) && o.amount().signum() > 0;
                if (lastOrder == null || o.date().isAfter(lastOrder)) {
                    lastOrder = o.date();
                }
            }
            if (!dealInWindow) {
                out.add(new PotentialBigCustomer(c.customerId(), c.contacts().lastContactBy(window.asOf()), lastOrder));
            }
        }
        out.sort(Comparator.comparing(PotentialBigCustomer::lastContact, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingLong(PotentialBigCustomer::customerId));
        return out;
    }
}
