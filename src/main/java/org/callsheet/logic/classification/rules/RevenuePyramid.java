package org.callsheet.logic.classification.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.callsheet.model.CustomerStatus;

/**
 * The revenue pyramid of docs/domain.md §2. Current customers (12-month revenue &gt; 0) are ranked
 * by revenue, highest first; with N of them and the cumulative cuts c1 = ceil(1%·N),
 * c2 = ceil(5%·N), c3 = ceil(20%·N), position p is super if p ≤ c1, big if p ≤ c2, medium if
 * p ≤ c3, else small. Customers with equal revenue all take the tier of the first position their
 * revenue holds, so a tie never straddles a cut.
 */
public final class RevenuePyramid {

    private final ClassificationSettings.PyramidSettings settings;

    public RevenuePyramid(ClassificationSettings.PyramidSettings settings) {
        this.settings = settings;
    }

    /** The tiers of the given revenues (all must be positive), in the same order. */
    public List<CustomerStatus> tiers(List<BigDecimal> revenues) {
        return Arrays.asList(tiers(revenues.toArray(BigDecimal[]::new)));
    }

    CustomerStatus[] tiers(BigDecimal[] revenues) {
        int n = revenues.length;
        for (BigDecimal r : revenues) {
            if (r.signum() <= 0) {
                throw new IllegalArgumentException("pyramid ranks current customers only (revenue > 0)");
            }
        }
        int c1 = cut(settings.superShare(), n);
        int c2 = cut(settings.superShare().add(settings.bigShare()), n);
        int c3 = cut(settings.superShare().add(settings.bigShare()).add(settings.mediumShare()), n);
        long[] keys = IndexSort.moneyKeys(revenues);
        int[] order;
        if (keys != null) {
            for (int i = 0; i < n; i++) {
                keys[i] = -keys[i];
            }
            order = IndexSort.byLongKeys(keys);
        } else {
            order = IndexSort.identity(n);
            IndexSort.sort(order, (i, j) -> revenues[j].compareTo(revenues[i]));
        }
        CustomerStatus[] tiers = new CustomerStatus[n];
        CustomerStatus groupTier = null;
        for (int k = 0; k < n; k++) {
            boolean newGroup = k == 0 || revenues[order[k]].compareTo(revenues[order[k - 1]]) != 0;
            if (newGroup) {
                int position = k + 1;
                groupTier = position <= c1 ? CustomerStatus.SUPER
                        : position <= c2 ? CustomerStatus.BIG
                        : position <= c3 ? CustomerStatus.MEDIUM
                        : CustomerStatus.SMALL;
            }
            tiers[order[k]] = groupTier;
        }
        return tiers;
    }

    /** ceil(share · n), computed exactly. */
    static int cut(BigDecimal share, int n) {
        return share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
