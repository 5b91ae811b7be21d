package org.callsheet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.regions.RegionDirectory;

/** An environment in memory: records what the CLI opened, wrote and closed. */
class FakeCliEnvironment implements CliEnvironment {
    static final RegionDirectory REGIONS = RegionDirectory.shipped();

    final List<Optional<Path>> openedWith = new ArrayList<>();
    final List<List<BulkCustomerWriter.Entry>> batches = new ArrayList<>();
    final FakeCustomerRepository customers = new FakeCustomerRepository();
    int failAfterBatches = -1;
    boolean closed;

    Function<DatabaseChoice, CliEnvironment> factory() {
        return database -> {
            openedWith.add(database.path());
            return this;
        };
    }

    long writtenCustomers() {
        return batches.stream().mapToLong(List::size).sum();
    }

    long writtenContacts() {
        return batches.stream().flatMap(List::stream).mapToLong(e -> e.contacts().size()).sum();
    }

    long writtenOrders() {
        return batches.stream().flatMap(List::stream).mapToLong(e -> e.orders().size()).sum();
    }

    @Override
    public BulkCustomerWriter bulkWriter() {
        return entries -> {
            if (batches.size() == failAfterBatches) {
                throw new IllegalStateException("disk full");
            }
            batches.add(List.copyOf(entries));
            return entries.size();
        };
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }

    @Override
    public String defaultRepName() {
        return "张伟";
    }

    @Override
    public RegionDirectory regions() {
        return REGIONS;
    }

    @Override
    public void close() {
        closed = true;
    }
}
