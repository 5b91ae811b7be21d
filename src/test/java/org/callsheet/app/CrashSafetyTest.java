package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/**
 * Proven, not hoped (ADR 38): what Callsheet acknowledged is on the disk. A separate JVM
 * ({@link CrashChild}) saves calls with their follow-up, marks follow-ups done, saves a settings page
 * and imports small files, all at once on four threads, and is killed ({@code kill -9}) at a random
 * moment — each time right after one kind's acknowledgement, taking turns, the other three wherever
 * they are. After every kill the database is opened here and checked: every acknowledged call is
 * there with its follow-up and every field; every acknowledged follow-up is done; the settings page
 * is one save's values, not a mix, and not older than the last acknowledged; every import is there
 * whole or not at all, and no import is left in progress.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 20);
    private static final int SEEDED_FOLLOW_UPS = 1_500;
    private static final List<String> KINDS = List.of("CALL", "DONE", "SETTINGS", "IMPORT");

    private final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
    private final Map<String, Long> acknowledgedCalls = new HashMap<>();
    private final Set<Long> acknowledgedDone = new HashSet<>();
    private final Set<String> acknowledgedImports = new HashSet<>();
    private final Set<String> underWay = new HashSet<>();

    @Test
    void whatWasAcknowledgedSurvivesAKillAtAnyMoment() throws Exception {
        Path folder = Path.of(System.getProperty("callsheet.target", "target"), "crash-test",
                UUID.randomUUID().toString());
        Path database = folder.resolve("callsheet");
        Path imports = Files.createDirectories(folder.resolve("imports"));
        long[] customers = seed(database);
        for (int kill = 0; kill < KILLS; kill++) {
            String targetKind = KINDS.get(kill % KINDS.size());
            int targetCount = 1 + random.nextInt(6);
            Run run = killAfter(database, customers, imports, kill, targetKind, targetCount);
            assertThat(run.seen).as("run %d: every kind got saved before the kill", kill).containsAll(KINDS);
            check(database, run);
        }
        assertThat(acknowledgedCalls).hasSizeGreaterThanOrEqualTo(KILLS / 4);
        assertThat(acknowledgedImports).hasSizeGreaterThanOrEqualTo(KILLS / 4);
    }

    /** What one child acknowledged before it was killed. */
    private record Run(int number, Set<String> seen, String lastSettings, List<String> importsAcknowledged) {
    }

    private Run killAfter(Path database, long[] customers, Path imports, int number, String targetKind,
                          int targetCount) throws Exception {
        Path errors = imports.resolveSibling("child-" + number + "-err.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), database.toString(),
                Long.toString(customers[0]), Long.toString(customers[1]), imports.toString(), Integer.toString(number))
                .redirectError(errors.toFile())
                .start();
        Set<String> seen = new LinkedHashSet<>();
        String lastSettings = null;
        List<String> importsAcknowledged = new ArrayList<>();
        int targetSeen = 0;
        boolean killed = false;
        // generous: on a loaded build machine the first import of a fresh JVM took half a minute
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            // lines that come after the kill were printed before it: they were acknowledged too
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ");
                switch (parts[0]) {
                    case "CALL" -> acknowledgedCalls.put(parts[1], Long.parseLong(parts[2]));
                    case "DONE" -> acknowledgedDone.add(Long.parseLong(parts[1]));
                    case "SETTINGS" -> lastSettings = parts[1];
                    case "IMPORT" -> {
                        acknowledgedImports.add(parts[1]);
                        importsAcknowledged.add(parts[1]);
                    }
                    default -> {
                        continue;
                    }
                }
                seen.add(parts[0]);
                if (!killed && parts[0].equals(targetKind) && ++targetSeen >= targetCount
                        && seen.containsAll(KINDS) || !killed && System.nanoTime() > deadline) {
                    Thread.sleep(random.nextInt(15));
                    // SIGKILL, keeping our end of its output open (Process.destroyForcibly closes it)
                    child.toHandle().destroyForcibly();
                    killed = true;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("child ended on its own: %s", Files.readString(errors)).isTrue();
        return new Run(number, seen, lastSettings, importsAcknowledged);
    }

    private void check(Path database, Run run) {
        try (Database db = Database.open(database)) {
            DSLContext dsl = db.dsl();
            checkCalls(dsl);
            checkFollowUps(dsl);
            checkSettings(dsl, run);
            checkImports(dsl, run);
        }
    }

    private void checkCalls(DSLContext dsl) {
        Map<String, Record> stored = new HashMap<>();
        for (Record r : dsl.fetch("SELECT c.uid, c.notes, c.needs, c.next_step, c.outcome, c.duration_seconds,"
                + " f.due_at, f.status, f.kind FROM phone_call c LEFT JOIN follow_up f"
                + " ON f.customer_id = c.customer_id AND f.note = c.next_step WHERE c.caller = 'crash'")) {
            String uid = r.get(0, String.class);
            // a call that was not acknowledged may be there too, but never in part
            assertThat(r.get(1, String.class)).isEqualTo("notes " + uid);
            assertThat(r.get(2, String.class)).isEqualTo("needs " + uid);
            assertThat(r.get(3, String.class)).isEqualTo("next " + uid);
            assertThat(r.get(4, String.class)).isEqualTo("CONNECTED");
            stored.put(uid, r);
        }
        acknowledgedCalls.forEach((uid, followUpAt) -> {
            assertThat(stored).as("acknowledged call %s", uid).containsKey(uid);
            Record r = stored.get(uid);
            assertThat(r.get(6, OffsetDateTime.class)).as("its follow-up").isNotNull();
            assertThat(r.get(6, OffsetDateTime.class).toInstant()).isEqualTo(Instant.ofEpochSecond(followUpAt));
            assertThat(r.get(7, String.class)).isEqualTo("OPEN");
            assertThat(r.get(8, String.class)).isEqualTo("CALL");
        });
    }

    private void checkFollowUps(DSLContext dsl) {
        Set<Long> done = new HashSet<>(dsl.fetch("SELECT id FROM follow_up WHERE status = 'DONE'"
                + " AND closed_at IS NOT NULL AND note LIKE 'seeded%'").getValues(0, Long.class));
        assertThat(done).as("acknowledged follow-ups done").containsAll(acknowledgedDone);
    }

    private void checkSettings(DSLContext dsl, Run run) {
        List<String> values = dsl.fetch("SELECT setting_value FROM setting WHERE setting_key LIKE 'crash.key%'")
                .getValues(0, String.class);
        assertThat(values).as("one save, all keys").hasSize(CrashChild.SETTING_KEYS);
        assertThat(new HashSet<>(values)).as("one save's values, not a mix").hasSize(1);
        String[] stored = values.get(0).split("\\.");
        String[] acknowledged = run.lastSettings().split("\\.");
        assertThat(Integer.parseInt(stored[0])).isEqualTo(run.number());
        assertThat(Integer.parseInt(stored[1])).as("not older than the last acknowledged")
                .isBetween(Integer.parseInt(acknowledged[1]), Integer.parseInt(acknowledged[1]) + 1);
    }

    private void checkImports(DSLContext dsl, Run run) {
        assertThat(dsl.fetchOne("SELECT COUNT(*) FROM import_batch WHERE in_progress").get(0, Long.class))
                .as("no import left in progress").isZero();
        Map<String, Long> rowsPerFile = new HashMap<>();
        for (Record r : dsl.fetch("SELECT file, COUNT(*) FROM (SELECT REGEXP_REPLACE(external_id, '-[0-9]+$', '') file"
                + " FROM customer WHERE external_id LIKE 'R%F%-%') GROUP BY file")) {
            rowsPerFile.put(r.get(0, String.class), r.get(1, Long.class));
        }
        rowsPerFile.forEach((file, rows) -> assertThat(rows).as("import %s whole", file)
                .isEqualTo((long) CrashChild.IMPORT_ROWS));
        assertThat(rowsPerFile.keySet()).as("acknowledged imports").containsAll(acknowledgedImports);
        // the file under way at the kill may have finished without its acknowledgement being printed
        underWay.add("R" + run.number() + "F" + run.importsAcknowledged().size());
        Set<String> possible = new HashSet<>(acknowledgedImports);
        possible.addAll(underWay);
        assertThat(possible).as("imports that were neither acknowledged nor under way")
                .containsAll(rowsPerFile.keySet());
    }

    /** A customer for the calls, one with follow-ups to mark done. */
    private static long[] seed(Path database) {
        try (Database db = Database.open(database)) {
            JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(),
                    new PhoneNormalizer());
            long calls = customers.insert(customer("CALLS", "通话客户"), List.of()).id();
            long followUps = customers.insert(customer("FOLLOW", "回访客户"), List.of()).id();
            Instant due = Instant.now().plusSeconds(86_400);
            db.dsl().transaction(tx -> {
                JooqFollowUpRepository repository = new JooqFollowUpRepository(tx.dsl());
                for (int i = 0; i < SEEDED_FOLLOW_UPS; i++) {
                    repository.insert(new FollowUp(null, UUID.randomUUID().toString(), followUps, null,
                            FollowUpKind.VISIT, due.plusSeconds(i), FollowUpStatus.OPEN, null, null, "seeded " + i,
                            null, Instant.now(), Instant.now()));
                }
            });
            return new long[] {calls, followUps};
        }
    }

    private static Customer customer(String externalId, String name) {
        return new Customer(null, UUID.randomUUID().toString(), externalId, name, null, null, null, Address.EMPTY,
                null, null, null, List.of(), null, false, null, Instant.EPOCH, Instant.EPOCH);
    }
}
