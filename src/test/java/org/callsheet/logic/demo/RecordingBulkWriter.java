package org.callsheet.logic.demo;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.customers.BulkCustomerWriter;

/** Keeps what it is given in memory, batch by batch. */
final class RecordingBulkWriter implements BulkCustomerWriter {
    final List<List<Entry>> batches = new ArrayList<>();

    @Override
    public int insertAll(List<Entry> entries) {
        batches.add(List.copyOf(entries));
        return entries.size();
    }

    List<Entry> entries() {
        return batches.stream().flatMap(List::stream).toList();
    }
}
