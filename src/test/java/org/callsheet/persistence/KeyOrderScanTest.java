package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A whole table read in key-ordered chunks: every row once, in order, across chunk boundaries. */
class KeyOrderScanTest {
    private final Database db = Database.inMemory("key-order-" + UUID.randomUUID());

    @AfterEach
    void close() {
        db.close();
    }

    private void customers(int count) {
        db.dsl().execute("INSERT INTO customer (uid, name, created_at, updated_at, status_rank) "
                + "SELECT RANDOM_UUID(), 'C' || X, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6 FROM SYSTEM_RANGE(1, ?)", count);
    }

    private List<Long> scan(org.jooq.Condition where, List<String> names) {
        List<Long> ids = new ArrayList<>();
        KeyOrderScan.forEach(db.dsl(), CUSTOMER, CUSTOMER.ID, where, List.of(CUSTOMER.NAME), rs -> {
            ids.add(rs.getLong(1));
            names.add(rs.getString(2));
        });
        return ids;
    }

    @Test
    void readsEveryRowOnceInKeyOrderAcrossChunks() {
        int count = 2 * KeyOrderScan.CHUNK + 1;
        customers(count);
        List<String> names = new ArrayList<>();

        List<Long> ids = scan(DSL.noCondition(), names);

        assertThat(ids).hasSize(count).isSorted().doesNotHaveDuplicates();
        assertThat(ids).containsExactlyElementsOf(db.dsl().select(CUSTOMER.ID).from(CUSTOMER).orderBy(CUSTOMER.ID)
                .fetch(CUSTOMER.ID));
        assertThat(names.getFirst()).isEqualTo("C1");
        assertThat(names.getLast()).isEqualTo("C" + count);
    }

    @Test
    void aTableOfExactlyOneChunkAndAnEmptyOneAreReadWhole() {
        assertThat(scan(DSL.noCondition(), new ArrayList<>())).isEmpty();
        customers(KeyOrderScan.CHUNK);
        assertThat(scan(DSL.noCondition(), new ArrayList<>())).hasSize(KeyOrderScan.CHUNK);
    }

    @Test
    void theConditionHoldsInEveryChunk() {
        customers(KeyOrderScan.CHUNK + 500);
        List<String> names = new ArrayList<>();

        List<Long> ids = scan(CUSTOMER.NAME.like("C%5"), names);

        assertThat(names).allMatch(n -> n.endsWith("5")).hasSize((KeyOrderScan.CHUNK + 500) / 10);
        assertThat(ids).isSorted();
    }
}
