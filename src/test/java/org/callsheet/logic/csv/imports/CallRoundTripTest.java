package org.callsheet.logic.csv.imports;

import org.callsheet.logic.csv.exports.ExportRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.EncodingDetector;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.persistence.JooqSettingsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls, contacts and reminders out to CSV and back. */
class CallRoundTripTest {
    private final ImportFixture source = new ImportFixture();
    private Customer jia;
    private Customer noExternalId;
    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        jia = source.store("C-001", "甲公司", "13800138000", "0755-26712345", List.of());
        noExternalId = source.store(null, "张三", "13900139000", null, List.of());
        Contact li = source.customers.contactsOf(jia.id()).get(0);
        Call first = call(jia.id(), li.id(), "K-1", "138 0013 8000", at("2026-11-20T10:00:05.25"), CallOutcome.CONNECTED,
                "=要报价,\"急\"", Attitude.POSITIVE, true, LocalDate.of(2026, 12, 2), 4, "多行\n备注", "-寄样品");
        call(jia.id(), null, null, "", at("2026-11-21T09:00"), CallOutcome.NO_ANSWER, null, null, false, null, null,
                null, null);
        Call third = call(noExternalId.id(), null, null, "13900139000", at("2026-11-22T16:30"),
                CallOutcome.CALL_BACK_LATER, null, Attitude.NEUTRAL, false, null, null, null, "下周再打");
        followUp(jia.id(), first.id(), at("2026-11-28T09:30"), FollowUpStatus.OPEN);
        followUp(noExternalId.id(), third.id(), at("2026-11-23T10:00"), FollowUpStatus.DONE);
        followUp(noExternalId.id(), null, at("2026-11-29T14:00"), FollowUpStatus.OPEN);
    }

    @AfterEach
    void close() {
        source.close();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ImportFixture.CLOCK.getZone()).toInstant();
    }

    private Call call(long customerId, Long contactId, String externalId, String number, Instant start,
                      CallOutcome outcome, String needs, Attitude attitude, boolean visit, LocalDate visitDate,
                      Integer interest, String notes, String nextStep) {
        var phone = source.phones.normalize(number);
        return source.calls.insert(new Call(null, UUID.randomUUID().toString(), externalId, customerId, contactId,
                phone.input(), phone.isEmpty() ? "" : source.phones.dialDigits(phone), CallDirection.OUTGOING, start,
                95, outcome, needs, attitude, visit, visitDate, interest, notes, nextStep, "王伟",
                ImportFixture.NOW, ImportFixture.NOW));
    }

    private void followUp(long customerId, Long callId, Instant due, FollowUpStatus status) {
        Instant closed = status == FollowUpStatus.OPEN ? null : due;
        source.followUps.insert(new FollowUp(null, UUID.randomUUID().toString(), customerId, null, FollowUpKind.CALL,
                due, status, null, callId, "回访", closed, ImportFixture.NOW, ImportFixture.NOW));
    }

    private Path export(ImportFixture fx, ExportRequest request) {
        fx.exports.export(request, n -> { }, () -> false);
        return request.file();
    }

    /** What an import can carry of a call: everything but database ids and stamps, with the contact by name. */
    private static List<String> comparable(ImportFixture fx) {
        return fx.allCalls().stream().map(c -> String.join("|", c.uid(), String.valueOf(c.externalId()),
                fx.customers.findById(c.customerId()).orElseThrow().uid(),
                c.contactId() == null ? "-" : fx.customers.contactsOf(c.customerId()).stream()
                        .filter(k -> k.id().equals(c.contactId())).findFirst().orElseThrow().uid(),
                c.numberInput(), c.numberDigits(), c.direction().name(), c.startedAt().toString(),
                Integer.toString(c.durationSeconds()), c.outcome().name(), c.needs(), String.valueOf(c.attitude()),
                Boolean.toString(c.visitOpportunity()), String.valueOf(c.proposedVisitDate()),
                String.valueOf(c.interestLevel()), c.notes(), c.nextStep(), c.caller(),
                openFollowUpsFrom(fx, c))).toList();
    }

    private static String openFollowUpsFrom(ImportFixture fx, Call c) {
        return fx.followUps.allOf(c.customerId()).stream()
                .filter(f -> f.isOpen() && c.id().equals(f.sourceCallId()))
                .map(f -> f.dueAt().toString()).toList().toString();
    }

    private ImportFixture withSameCustomers() {
        Path customers = export(source, ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("c.csv")));
        ImportFixture target = new ImportFixture();
        assertThat(target.importCustomers(customers, DuplicatePolicy.MERGE).counts().inserted()).isEqualTo(2);
        return target;
    }

    @Test
    void exportedCallsImportedIntoADatabaseWithTheSameCustomersAreTheSameCalls() {
        Path calls = export(source, ExportRequest.of(StandardEntities.CALLS_ID, dir.resolve("calls.csv")));

        try (ImportFixture target = withSameCustomers()) {
            ImportResult result = target.importCalls(calls, DuplicatePolicy.MERGE);

            assertThat(result.counts().inserted()).isEqualTo(3);
            assertThat(result.problems()).isEmpty();
            assertThat(comparable(target)).isEqualTo(comparable(source));
            var history = target.calls.historyOf(target.allCalls().get(0).customerId());
            assertThat(history.lastContact()).isEqualTo(source.calls.historyOf(jia.id()).lastContact());
            assertThat(history.lastAttempt()).isEqualTo(source.calls.historyOf(jia.id()).lastAttempt());
        }
    }

    @Test
    void reimportingAnExportOfTheSameDatabaseChangesNothing() {
        Path calls = export(source, ExportRequest.of(StandardEntities.CALLS_ID, dir.resolve("calls.csv")));
        List<String> before = comparable(source);

        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            ImportResult again = source.importCalls(calls, policy);
            assertThat(again.counts().updated()).as(policy.name()).isZero();
            assertThat(again.counts().merged()).as(policy.name()).isZero();
            assertThat(again.counts().inserted()).as(policy.name()).isZero();
            assertThat(again.counts().rejected()).as(policy.name()).isZero();
        }
        assertThat(comparable(source)).isEqualTo(before);
    }

    @Test
    void chineseHeadersInGb18030ReadBackToo() throws Exception {
        Path calls = export(source, ExportRequest.of(StandardEntities.CALLS_ID, dir.resolve("calls-zh.csv"))
                .gb18030().chineseHeaders());
        String header = new String(Files.readAllBytes(calls), EncodingDetector.GB18030).lines().findFirst().orElseThrow();
        assertThat(header).startsWith("通话编号,客户编号,联系人,电话,通话时间,时长（秒）,方向,结果,自定义结果,需求,态度,拜访机会,拜访日期,备注,下一步,回访时间");

        try (ImportFixture target = withSameCustomers()) {
            ImportResult result = target.imports.run(ImportRequest.of(calls, StandardEntities.CALLS)
                    .withReadOptions(CsvReadOptions.defaults().withEncoding(EncodingDetector.GB18030)), p -> { },
                    () -> false);
            assertThat(result.counts().inserted()).isEqualTo(3);
            assertThat(comparable(target)).isEqualTo(comparable(source));
        }
    }

    @Test
    void callCellsAreWrittenInTheDocumentedForms() throws Exception {
        Path calls = export(source, ExportRequest.of(StandardEntities.CALLS_ID, dir.resolve("calls.csv")));

        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFexternal_id,customer_external_id,contact,phone,started_at,duration_s,"
                + "direction,outcome,outcome_label,needs,attitude,visit_opportunity,visit_date,notes,next_step,follow_up_at,"
                + "interest_level,caller,uid");
        assertThat(lines.get(1)).startsWith("K-1,C-001,李雷,138 0013 8000,2026-11-20 10:00:05.25,95,outgoing,connected,,"
                + "\"'=要报价,\"\"急\"\"\",positive,yes,2026-12-02,\"多行");
        assertThat(lines.get(2)).contains("'-寄样品,2026-11-28 09:30:00,4,王伟,");
        assertThat(lines.get(3)).startsWith("\"\",C-001,,,2026-11-21 09:00:00,95,outgoing,no_answer,,,,no,,,,,,王伟,");
        assertThat(lines.get(4)).as("a customer without external id is named by its uid")
                .startsWith("\"\"," + noExternalId.uid() + ",,13900139000,2026-11-22 16:30:00,95,outgoing,call_back_later,,"
                        + ",neutral,no,,,下周再打,,,王伟,");
    }

    private static List<String> outcomes(ImportFixture fx) {
        OutcomeSettings own = OutcomeSettings.from(new JooqSettingsRepository(fx.db.dsl())::get);
        return fx.allCalls().stream().map(c -> c.uid() + " " + c.outcome() + " "
                + (c.customOutcome() == null ? "-" : own.labelOf(c.customOutcome()).orElse("?"))).toList();
    }

    @Test
    void theRepsOwnOutcomesTravelByLabelAndAnUnknownLabelBecomesANewOwnOutcome() throws Exception {
        new JooqSettingsRepository(source.db.dsl()).put(OutcomeSettings.CUSTOM, "c1|1|寄了资料\nc2|0|关机");
        List<Call> stored = source.allCalls();
        for (int i = 0; i < 2; i++) {
            Call c = stored.get(i);
            boolean first = i == 0;
            source.calls.update(new Call(c.id(), c.uid(), c.externalId(), c.customerId(), c.contactId(),
                    c.numberInput(), c.numberDigits(), c.direction(), c.startedAt(), c.durationSeconds(),
                    first ? CallOutcome.OTHER_CONNECTED : CallOutcome.OTHER_NOT_CONNECTED, c.needs(), c.attitude(),
                    c.visitOpportunity(), c.proposedVisitDate(), c.interestLevel(), c.notes(), c.nextStep(),
                    c.caller(), c.createdAt(), c.updatedAt(), first ? "c1" : "c2"));
        }
        Path calls = export(source, ExportRequest.of(StandardEntities.CALLS_ID, dir.resolve("own.csv")));
        assertThat(Files.readAllLines(calls, StandardCharsets.UTF_8).get(3)).contains(",other_not_connected,关机,");

        try (ImportFixture target = withSameCustomers()) {
            JooqSettingsRepository targetSettings = new JooqSettingsRepository(target.db.dsl());
            targetSettings.put(OutcomeSettings.CUSTOM, "c5|1|寄了资料");
            targetSettings.put(OutcomeSettings.ORDER, "CONNECTED,custom:c5,NO_ANSWER");
            assertThat(target.imports.run(ImportRequest.of(calls, StandardEntities.CALLS).asDryRun(), p -> { },
                    () -> false).counts().inserted()).isEqualTo(3);
            assertThat(targetSettings.get(OutcomeSettings.CUSTOM)).as("a dry run adds no outcome")
                    .contains("c5|1|寄了资料");

            assertThat(target.importCalls(calls, DuplicatePolicy.MERGE).counts().inserted()).isEqualTo(3);

            assertThat(outcomes(target)).isEqualTo(outcomes(source));
            assertThat(target.allCalls().get(0).customOutcome()).as("matched by label, not id").isEqualTo("c5");
            OutcomeSettings own = OutcomeSettings.from(targetSettings::get);
            assertThat(own.customByLabel("关机")).get().satisfies(c -> {
                assertThat(c.id()).isEqualTo("c6");
                assertThat(c.connected()).isFalse();
            });
            assertThat(own.visible()).extracting(OutcomeChoice::token)
                    .containsExactly("CONNECTED", "custom:c5", "NO_ANSWER", "custom:c6");
            for (DuplicatePolicy policy : DuplicatePolicy.values()) {
                ImportCounts again = target.importCalls(calls, policy).counts();
                assertThat(again.inserted() + again.updated() + again.merged() + again.rejected()).as(policy.name())
                        .isZero();
            }
            assertThat(outcomes(target)).isEqualTo(outcomes(source));
        }
        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            ImportCounts again = source.importCalls(calls, policy).counts();
            assertThat(again.inserted() + again.updated() + again.merged() + again.rejected()).as(policy.name())
                    .isZero();
        }
        assertThat(new JooqSettingsRepository(source.db.dsl()).get(OutcomeSettings.CUSTOM)).contains("c1|1|寄了资料\nc2|0|关机");
    }

    @Test
    void aRowWithoutALabelKeepsTheOwnOutcomeOfTheStoredCallAndUpdateReplacesIt() throws Exception {
        new JooqSettingsRepository(source.db.dsl()).put(OutcomeSettings.CUSTOM, "c1|1|寄了资料");
        Call c = source.allCalls().get(1);
        source.calls.update(new Call(c.id(), c.uid(), c.externalId(), c.customerId(), c.contactId(),
                c.numberInput(), c.numberDigits(), c.direction(), c.startedAt(), c.durationSeconds(),
                CallOutcome.OTHER_CONNECTED, c.needs(), c.attitude(), c.visitOpportunity(), c.proposedVisitDate(),
                c.interestLevel(), c.notes(), c.nextStep(), c.caller(), c.createdAt(), c.updatedAt(), "c1"));
        Path plain = ImportFixture.write(dir, "plain.csv", "uid,customer_external_id,started_at,outcome,outcome_label\n"
                + c.uid() + ",C-001,2026-11-21 09:00,other_connected,\n");
        Path relabelled = ImportFixture.write(dir, "relabelled.csv",
                "uid,customer_external_id,started_at,outcome,outcome_label\n"
                        + c.uid() + ",C-001,2026-11-21 09:00,other_connected,约了下周\n");

        assertThat(source.importCalls(plain, DuplicatePolicy.UPDATE).counts().unchanged()).isEqualTo(1);
        assertThat(source.importCalls(relabelled, DuplicatePolicy.MERGE).counts().unchanged()).isEqualTo(1);
        assertThat(source.allCalls().get(1).customOutcome()).isEqualTo("c1");
        assertThat(source.importCalls(relabelled, DuplicatePolicy.UPDATE).counts().updated()).isEqualTo(1);
        assertThat(outcomes(source).get(1)).endsWith("OTHER_CONNECTED 约了下周");
    }

    @Test
    void remindersExportOpenAndDoneFollowUpsWithTheirCall() throws Exception {
        Path reminders = export(source, ExportRequest.of(StandardEntities.REMINDERS_ID, dir.resolve("r.csv")));

        List<String> lines = Files.readAllLines(reminders, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFuid,customer_external_id,contact,kind,due_at,status,snoozed_until,"
                + "note,call_uid,closed_at,created_at");
        assertThat(lines).hasSize(4);
        Call first = source.allCalls().get(0);
        assertThat(lines.get(1)).contains(",C-001,,call,2026-11-28 09:30:00,open,,回访," + first.uid()
                + ",,2026-11-23 16:00:00");
        assertThat(lines.get(2)).contains(",done,,回访," + source.allCalls().get(2).uid() + ",2026-11-23 10:00:00,");
        assertThat(lines.get(3)).contains("," + noExternalId.uid() + ",,call,2026-11-29 14:00:00,open,,回访,,,");
    }

    @Test
    void sinceExportsOnlyCallsChangedOnOrAfterThatDay() {
        Call old = source.allCalls().get(1);
        source.calls.update(old.withStamps(ImportFixture.NOW.minusSeconds(10 * 86_400),
                ImportFixture.NOW.minusSeconds(10 * 86_400)));

        long rows = source.exports.export(ExportRequest.of(StandardEntities.CALLS_ID, dir.resolve("s.csv"))
                .since(LocalDate.of(2026, 11, 20)), n -> { }, () -> false);

        assertThat(rows).isEqualTo(2);
    }

    @Test
    void contactsExportOneRowEachAndImportBackOnTheirOwn() throws Exception {
        Contact wang = new Contact(null, UUID.randomUUID().toString(), jia.id(), "王芳", "采购", true,
                source.phones.normalize("13700137000"), null, "wf@jia.cn", LocalDate.of(1990, 2, 3),
                ImportFixture.NOW, ImportFixture.NOW);
        List<Contact> contacts = new java.util.ArrayList<>(source.customers.contactsOf(jia.id()));
        contacts.add(wang);
        source.customers.update(source.customers.findById(jia.id()).orElseThrow(), contacts, "王芳");
        Path file = export(source, ExportRequest.of(StandardEntities.CONTACTS_ID, dir.resolve("k.csv")));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFuid,customer_external_id,name,title,decision_maker,mobile,phone,email,"
                + "birthday");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith(",C-001,王芳,采购,yes,13700137000,,wf@jia.cn,1990-02-03"));

        assertThat(source.importContacts(file, DuplicatePolicy.UPDATE).counts())
                .isEqualTo(new ImportCounts(3, 0, 0, 0, 3, 0, 0));
        try (ImportFixture target = withSameCustomers()) {
            ImportResult result = target.importContacts(file, DuplicatePolicy.MERGE);
            assertThat(result.counts().inserted()).as("the second contact of 甲公司").isEqualTo(1);
            assertThat(result.counts().merged()).as("the first contacts, which the customers file made without"
                    + " their decision-maker mark, get it").isEqualTo(2);
            List<Contact> targetContacts = target.customers.contactsOf(target.everything().get(0).customer().id());
            assertThat(targetContacts).allMatch(Contact::decisionMaker);
            assertThat(target.importContacts(file, DuplicatePolicy.MERGE).counts().unchanged())
                    .as("and then the same file changes nothing").isEqualTo(3);
            assertThat(targetContacts).extracting(Contact::uid).containsExactlyInAnyOrderElementsOf(
                    source.customers.contactsOf(jia.id()).stream().map(Contact::uid).toList());
            assertThat(targetContacts).filteredOn(c -> c.name().equals("王芳")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.decisionMaker()).isTrue();
                        assertThat(c.birthday()).isEqualTo(LocalDate.of(1990, 2, 3));
                    });
        }
    }

    @Test
    void anExportToAPipeWritesIntoThePipeAndLeavesItAPipe() throws Exception {
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        long rows = source.exports.export(ExportRequest.of(StandardEntities.CUSTOMERS_ID, pipe), n -> { }, () -> false);

        assertThat(rows).isEqualTo(2);
        assertThat(new String(read.get(30, java.util.concurrent.TimeUnit.SECONDS), StandardCharsets.UTF_8))
                .contains("甲公司", "张三");
        assertThat(Files.isRegularFile(pipe)).as("still a pipe, not replaced by a file").isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".export-"));
        }
    }
}
