package org.callsheet.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javafx.collections.ListChangeListener;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.testing.DeferredTaskRunner;
import org.junit.jupiter.api.Test;

class CustomerRowListTest {
    private final List<long[]> fetched = new ArrayList<>();
    private final DeferredTaskRunner runner = new DeferredTaskRunner();

    private List<CustomerRow> fetch(long[] ids) {
        fetched.add(ids);
        // customer 7 was deleted after the query
        return LongStream.of(ids).filter(id -> id != 7).mapToObj(id -> new CustomerRow(id, "E" + id, "客户" + id,
                CustomerKind.COMPANY, "", "", "", "", CustomerStatus.SUSPECT, "", "")).toList();
    }

    @Test
    void aMillionIdsCostNoRowsUntilAsked() {
        long[] ids = LongStream.rangeClosed(1, 1_000_000).toArray();
        CustomerRowList list = new CustomerRowList(ids, this::fetch, runner);
        assertThat(list).hasSize(1_000_000);
        assertThat(fetched).isEmpty();

        BookRow first = list.get(500_123);
        assertThat(first.isLoaded()).isFalse();
        assertThat(first.id()).isEqualTo(500_124);
        list.get(500_100);
        assertThat(runner.pendingWork()).as("one request per page").isEqualTo(1);
        runner.runAll();
        assertThat(fetched).hasSize(1);
        assertThat(fetched.getFirst()).hasSize(CustomerRowList.PAGE_SIZE).startsWith(500_001);
        assertThat(list.get(500_123).row().name()).isEqualTo("客户500124");
        assertThat(list.indexOfId(500_124)).isEqualTo(500_123);
    }

    @Test
    void anArrivingPageIsReportedAsAnUpdateOfItsRange() {
        CustomerRowList list = new CustomerRowList(LongStream.rangeClosed(1, 450).toArray(), this::fetch, runner);
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<BookRow>) c -> {
            while (c.next()) {
                changes.add((c.wasUpdated() ? "update " : "other ") + c.getFrom() + ".." + c.getTo());
            }
        });
        list.get(420);
        runner.runAll();
        assertThat(changes).containsExactly("update 400..450");
        assertThat(list.get(449).row().id()).isEqualTo(450);
    }

    @Test
    void rowsDeletedSinceTheQueryAreMarkedGone() {
        CustomerRowList list = new CustomerRowList(LongStream.rangeClosed(1, 10).toArray(), this::fetch, runner);
        list.get(0);
        runner.runAll();
        assertThat(list.get(6).gone()).isTrue();
        assertThat(list.get(7).row().id()).isEqualTo(8);
    }

    @Test
    void keepsOnlyTheRecentPagesAndDropsLateResultsAfterDispose() {
        CustomerRowList list = new CustomerRowList(LongStream.rangeClosed(1, 100_000).toArray(), this::fetch, runner);
        for (int page = 0; page <= CustomerRowList.MAX_PAGES; page++) {
            list.get(page * CustomerRowList.PAGE_SIZE);
            runner.runAll();
        }
        assertThat(list.isLoaded(CustomerRowList.MAX_PAGES * CustomerRowList.PAGE_SIZE)).isTrue();
        assertThat(list.isLoaded(0)).as("least recently used page evicted").isFalse();

        list.get(99_999);
        list.dispose();
        runner.runAll();
        assertThat(list.isLoaded(99_999)).isFalse();
        assertThatThrownBy(() -> list.get(100_000)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
