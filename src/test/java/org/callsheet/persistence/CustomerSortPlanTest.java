package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;

import java.util.UUID;
import org.callsheet.logic.customers.CustomerSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every column order of the customer book walks an index instead of sorting the table, both ways;
 * a migration dropping an index must keep that. The classification's orders start from the name
 * order's walk and are applied in memory (ClassificationSortOrder).
 */
class CustomerSortPlanTest {
    private final Database db = Database.inMemory("sort-plan-" + UUID.randomUUID());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCustomerBookWalksAnIndexForEverySort() {
        for (CustomerSort.Column column : CustomerSort.Column.values()) {
            if (ClassificationSortOrder.applies(column)) {
                continue;
            }
            for (boolean ascending : new boolean[] {true, false}) {
                String query = db.dsl().renderInlined(db.dsl().select(CUSTOMER.ID).from(CUSTOMER)
                        .orderBy(CustomerListQueries.sortFields(new CustomerSort(column, ascending))));
                String plan = db.dsl().fetchOne("EXPLAIN " + query).get(0, String.class);
                assertThat(plan).as(column + (ascending ? " ascending" : " descending")).contains("index sorted");
            }
        }
    }
}
