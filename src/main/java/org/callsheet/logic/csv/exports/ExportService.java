package org.callsheet.logic.csv.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.csv.CsvExportWriter;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.ExportOptions;
import org.callsheet.logic.csv.ExportRows;
import org.callsheet.logic.csv.OpportunityExportRows;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.TemporaryBeside;

/**
 * Writes customers (with their first contact), contacts, orders, calls, visits or follow-ups (reminders)
 * to CSV, streamed from the database; date-times in the clock's zone. The
 * file is written beside the target and moved into place at the end, so a cancelled or failed
 * export never leaves half a file. What it writes imports back into the same records: uids
 * travel with the rows, and a call with one of the rep's own outcomes carries its label.
 */
public final class ExportService {
    private static final int REPORT_EVERY = 1_000;

    private final ExportStore store;
    private final Clock clock;

    public ExportService(ExportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Returns the number of rows written. */
    public long export(ExportRequest request, LongConsumer progress, BooleanSupplier cancelled) {
        EntityType entity = EntityRegistry.standard().find(request.entityId())
                .orElseThrow(() -> new IllegalArgumentException("cannot export " + request.entityId()));
        Instant since = request.since().map(day -> day.atStartOfDay(clock.getZone()).toInstant()).orElse(null);
        Path target = request.file().toAbsolutePath();
        // a device or a pipe (/dev/stdout, a named pipe) is written to as it is: put in its place,
        // a finished file would replace it
        boolean stream = Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
        Path temp = null;
        try {
            temp = stream ? null : TemporaryBeside.create(target, ".export-");
            long[] rows = {0};
            try (OutputStream out = Files.newOutputStream(stream ? target : temp);
                 CsvExportWriter writer = new CsvExportWriter(out, entity, entity.fieldIds(), options(request))) {
                Runnable tick = () -> {
                    if (rows[0]++ % REPORT_EVERY == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException();
                        }
                        progress.accept(rows[0]);
                    }
                };
                write(entity.id(), since, writer, tick);
            }
            if (!stream) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                temp = null;
            }
            progress.accept(rows[0]);
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The export's own failure is what the user needs to see.
                }
            }
        }
    }

    private void write(String entityId, Instant since, CsvExportWriter writer, Runnable tick) {
        ZoneId zone = clock.getZone();
        switch (entityId) {
            case StandardEntities.CUSTOMERS_ID -> store.forEachCustomer(since, row -> {
                writer.write(ExportRows.customer(row.customer(), row.contact()));
                tick.run();
            });
            case StandardEntities.ORDERS_ID -> store.forEachOrder(since, row -> {
                writer.write(ExportRows.order(row.order(), row.customerReference()));
                tick.run();
            });
            case StandardEntities.CONTACTS_ID -> store.forEachContact(since, row -> {
                writer.write(ExportRows.contact(row.contact(), row.customerReference()));
                tick.run();
            });
            case StandardEntities.CALLS_ID -> {
                OutcomeSettings outcomes = OutcomeSettings.from(store::setting);
                store.forEachCall(since, row -> {
                    String outcomeLabel = row.call().customOutcome() == null ? null
                            : outcomes.labelOf(row.call().customOutcome()).orElse(null);
                    writer.write(ExportRows.call(row.call(), outcomeLabel, row.customerReference(),
                            row.contactName(), row.followUpAt(), zone));
                    tick.run();
                });
            }
            case StandardEntities.VISITS_ID -> store.forEachVisit(since, row -> {
                writer.write(ExportRows.visit(row.visit(), row.customerReference(), zone));
                tick.run();
            });
            case StandardEntities.REMINDERS_ID -> store.forEachFollowUp(since, row -> {
                writer.write(ExportRows.followUp(row.followUp(), row.customerReference(), row.contactName(),
                        row.callUid(), zone));
                tick.run();
            });
            case StandardEntities.OPPORTUNITIES_ID -> store.forEachOpportunity(since, row -> {
                writer.write(OpportunityExportRows.cells(row.opportunity(), row.customerReference(), zone));
                tick.run();
            });
            default -> throw new IllegalArgumentException("cannot export " + entityId);
        }
    }

    private static ExportOptions options(ExportRequest request) {
        ExportOptions options = ExportOptions.defaults();
        if (request.encoding() == ExportRequest.Encoding.GB18030) {
            options = options.gb18030();
        }
        return request.headers() == ExportRequest.Headers.ZH ? options.localisedHeaders(Locale.SIMPLIFIED_CHINESE)
                : options;
    }
}
