package org.callsheet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.model.Address;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.FollowUp;
import org.callsheet.persistence.JooqImportStore;

/**
 * Run in its own JVM by {@link CrashSafetyTest}: four threads save what a rep saves — calls with
 * their follow-up as the call dialog does, follow-ups marked done, settings pages, small imports —
 * through the app's own wiring, each printing a line the moment its save returned (the moment the
 * dialog would acknowledge it), until the test kills the process.
 */
public final class CrashChild {
    /** Keys of the settings page the child saves again and again, all at once. */
    static final int SETTING_KEYS = 12;
    static final int IMPORT_ROWS = 40;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        long callsCustomer = Long.parseLong(args[1]);
        long followUpsCustomer = Long.parseLong(args[2]);
        Path imports = Path.of(args[3]);
        int run = Integer.parseInt(args[4]);
        AppContext context = AppContext.open(database);
        System.out.println("READY");
        System.out.flush();
        List<Thread> threads = List.of(
                Thread.ofPlatform().start(() -> calls(context, callsCustomer)),
                Thread.ofPlatform().start(() -> followUps(context, followUpsCustomer)),
                Thread.ofPlatform().start(() -> settings(context, run)),
                Thread.ofPlatform().start(() -> imports(context, imports, run)));
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void acknowledge(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** A call as the dialog saves it: the call, then the follow-up the rep asked for a day later. */
    private static void calls(AppContext context, long customerId) {
        for (int i = 0; ; i++) {
            String uid = UUID.randomUUID().toString();
            Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            // a number of its own: the same number again within minutes counts as the same call
            String number = Long.toString(13_800_000_000L + Math.floorMod(uid.hashCode(), 100_000_000));
            Call call = Call.builder(uid).customer(customerId, null).number(number)
                    .direction(CallDirection.OUTGOING).time(started, 45 + i % 100)
                    .outcome(CallOutcome.CONNECTED, null)
                    .findings("needs " + uid, Attitude.POSITIVE, 3, "notes " + uid, "next " + uid)
                    .visit(false, null).caller("crash").stamps(started, started).build();
            Instant followUpAt = started.plus(Duration.ofDays(1));
            context.calls.logWithFollowUp(call, followUpAt);
            acknowledge("CALL " + uid + " " + followUpAt.getEpochSecond());
        }
    }

    private static void followUps(AppContext context, long customerId) {
        List<FollowUp> open = context.calls.followUps().openOf(customerId).stream()
                .filter(f -> f.note() != null && f.note().startsWith("seeded"))
                .toList();
        for (FollowUp f : open) {
            context.calls.followUps().complete(f.id());
            acknowledge("DONE " + f.id());
        }
    }

    /** A settings page of several keys saved at once; every key holds the round's value. */
    private static void settings(AppContext context, int run) {
        for (int round = 0; ; round++) {
            String value = run + "." + round;
            Map<String, String> page = new LinkedHashMap<>();
            for (int k = 0; k < SETTING_KEYS; k++) {
                page.put("crash.key" + k, value);
            }
            context.settings.putAll(page);
            acknowledge("SETTINGS " + value);
        }
    }

    /** Small customer files, one after the other; each is one import, all or nothing. */
    private static void imports(AppContext context, Path folder, int run) {
        // the files have no address column: the shipped region data need not load
        ImportService service = new ImportService(new JooqImportStore(context.database.dsl(), context.pinyin,
                context.phones), context.phones, text -> Address.EMPTY, Clock.systemDefaultZone());
        for (int file = 0; ; file++) {
            String batch = "R" + run + "F" + file;
            Path csv = folder.resolve(batch + ".csv");
            StringBuilder text = new StringBuilder("客户编号,客户名称,行业\n");
            for (int row = 0; row < IMPORT_ROWS; row++) {
                text.append(batch).append('-').append(row).append(",导入客户").append(batch).append('-').append(row)
                        .append(",批发\n");
            }
            try {
                Files.writeString(csv, text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            service.run(ImportRequest.of(csv, StandardEntities.CUSTOMERS).withPolicy(DuplicatePolicy.SKIP),
                    progress -> { }, () -> false);
            acknowledge("IMPORT " + batch);
        }
    }
}
