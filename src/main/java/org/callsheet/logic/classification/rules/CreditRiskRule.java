package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Credit risk (§10). An order dated on or before D is overdue when its due date is before D and
 * amount − paid &gt; 0; days overdue = D − due date. Orders without a due date or without a paid
 * amount are not judged (the company's system did not send them; no guess). Customers with no
 * overdue order are left out; the result runs from the largest overdue amount down.
 */
public final class CreditRiskRule {

    private CreditRiskRule() {
    }

    public static List<CreditRisk> assess(List<CustomerHistory> customers, LocalDate asOf) {
        List<CreditRisk> out = new ArrayList<>();
        for (CustomerHistory c : customers) {
            BigDecimal overdue = BigDecimal.ZERO;
            int count = 0;
            long maxDays = 0;
            for (OrderFact o : c.orders()) {
                if (o.dueDate() == null || o.paid() == null || !o.onOrBefore(asOf) || !o.dueDate().isBefore(asOf)) {
                    continue;
                }
                BigDecimal unpaid = o.amount().subtract(o.paid());
                if (unpaid.signum() > 0) {
                    overdue = overdue.add(unpaid);
                    count++;
                    maxDays = Math.max(maxDays, ChronoUnit.DAYS.between(o.dueDate(), asOf));
                }
            }
            if (count > 0) {
                out.add(new CreditRisk(c.customerId(), overdue, count, maxDays));
            }
        }
        out.sort(Comparator.comparing(CreditRisk::overdueAmount).reversed()
                .thenComparing(Comparator.comparingLong(CreditRisk::maxDaysOverdue).reversed())
                .thenComparingLong(CreditRisk::customerId));
        return out;
    }
}
