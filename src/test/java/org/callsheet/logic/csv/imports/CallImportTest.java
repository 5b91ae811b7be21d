package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.calls.ContactHistory;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Customer;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing calls: matching customers and stored calls, contact history, follow-ups, validation, undo. */
class CallImportTest {
    private static final String HEADER = "external_id,customer_external_id,contact,phone,started_at,duration_s,"
            + "direction,outcome,needs,attitude,visit_opportunity,visit_date,notes,next_step,follow_up_at\n";

    private final ImportFixture fx = new ImportFixture();
    private Customer jia;
    private Customer yi;
    @TempDir
    Path dir;

    @BeforeEach
    void customers() {
        jia = fx.store("C-001", "甲公司", "13800138000", null, List.of());
        yi = fx.store("C-002", "乙公司", null, "010-62751234", List.of());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ImportResult load(String rows, DuplicatePolicy policy) throws Exception {
        return fx.importCalls(ImportFixture.write(dir, "calls-" + UUID.randomUUID() + ".csv", HEADER + rows), policy);
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ImportFixture.CLOCK.getZone()).toInstant();
    }

    private List<FollowUp> followUpsOf(Customer c) {
        return fx.followUps.allOf(c.id());
    }

    @Test
    void callsAreStoredForTheCustomerNamedByItsExternalIdWithTheirContact() throws Exception {
        ImportResult result = load("""
                K-1,C-001,李雷,138 0013 8000,2026-11-20 10:00,125,outgoing,connected,要报价,positive,yes,2026-12-01,谈得不错,寄样品,
                ,C-002,,010-62751234,2026/11/21 9:05:30,0,呼入,无人接听,,,,,,,
                """, DuplicatePolicy.MERGE);

        assertThat(result.counts().inserted()).isEqualTo(2);
        assertThat(result.counts().rejected()).isZero();
        List<Call> calls = fx.allCalls();
        Call first = calls.get(0);
        assertThat(first.externalId()).isEqualTo("K-1");
        assertThat(first.customerId()).isEqualTo(jia.id());
        assertThat(first.contactId()).isEqualTo(fx.customers.contactsOf(jia.id()).get(0).id());
        assertThat(first.numberDigits()).isEqualTo("13800138000");
        assertThat(first.startedAt()).isEqualTo(at("2026-11-20T10:00"));
        assertThat(first.durationSeconds()).isEqualTo(125);
        assertThat(first.outcome()).isEqualTo(CallOutcome.CONNECTED);
        assertThat(first.attitude()).isEqualTo(Attitude.POSITIVE);
        assertThat(first.visitOpportunity()).isTrue();
        assertThat(first.proposedVisitDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(first.needs()).isEqualTo("要报价");
        assertThat(first.nextStep()).isEqualTo("寄样品");
        Call second = calls.get(1);
        assertThat(second.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(second.outcome()).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(second.startedAt()).isEqualTo(at("2026-11-21T09:05:30"));
        assertThat(second.contactId()).as("no name, no contact").isNull();
    }

    @Test
    void aConnectedCallIsTheLastContactAFailedOneOnlyTheLastAttempt() throws Exception {
        load("""
                ,C-001,,,2026-11-20 10:00,60,,connected,,,,,,,
                ,C-002,,,2026-11-19 10:00,60,,connected,,,,,,,
                ,C-002,,,2026-11-21 11:00,0,,busy,,,,,,,
                """, DuplicatePolicy.MERGE);

        ContactHistory a = fx.calls.historyOf(jia.id());
        assertThat(a.lastContact()).isEqualTo(at("2026-11-20T10:00"));
        assertThat(a.lastAttempt()).isEqualTo(at("2026-11-20T10:00"));
        ContactHistory b = fx.calls.historyOf(yi.id());
        assertThat(b.lastContact()).isEqualTo(at("2026-11-19T10:00"));
        assertThat(b.lastAttempt()).isEqualTo(at("2026-11-21T11:00"));
    }

    @Test
    void anImportedCallPlansNoFollowUpOfItsOwnButTheOneNamedByFollowUpAt() throws Exception {
        // "no answer" and "call back later" would make a logged call plan a retry; an imported one does not.
        load("""
                ,C-001,,,2026-11-23 15:00,0,,no_answer,,,,,,,
                ,C-002,,,2026-11-23 15:30,30,,call_back_later,,,,,,再约,2026-11-25 10:00
                """, DuplicatePolicy.MERGE);

        assertThat(followUpsOf(jia)).isEmpty();
        List<FollowUp> planned = followUpsOf(yi);
        assertThat(planned).hasSize(1);
        FollowUp f = planned.get(0);
        assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(f.kind()).isEqualTo(FollowUpKind.CALL);
        assertThat(f.dueAt()).isEqualTo(at("2026-11-25T10:00"));
        assertThat(f.note()).isEqualTo("再约");
        assertThat(f.sourceCallId()).isEqualTo(fx.allCalls().get(1).id());
    }

    @Test
    void anUnknownCustomerRejectsTheRowNamingRowColumnAndValue() throws Exception {
        ImportResult result = load("""
                ,C-001,,,2026-11-20 10:00,60,,connected,,,,,,,
                ,C-404,,,2026-11-20 11:00,60,,connected,,,,,,,
                """, DuplicatePolicy.MERGE);

        assertThat(result.counts().inserted()).isEqualTo(1);
        assertThat(result.counts().rejected()).isEqualTo(1);
        ImportProblem problem = result.problems().get(0);
        assertThat(problem.key()).isEqualTo(ProblemCode.UNKNOWN_CUSTOMER.key());
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("customer_external_id");
        assertThat(problem.args()).containsExactly("C-404");
    }

    @Test
    void badValuesRejectTheirRowWithTheReason() throws Exception {
        ImportResult result = load("""
                ,C-001,,,2026-11-31 10:00,60,,connected,,,,,,,
                ,C-001,,,2026-11-20,60,,connected,,,,,,,
                ,C-001,,,2026-11-20 10:01,12.5,,connected,,,,,,,
                ,C-001,,,2026-11-20 10:02,-3,,connected,,,,,,,
                ,C-001,,,2026-11-20 10:03,60,,maybe,,,,,,,
                ,C-001,,,2026-11-20 10:04,60,sideways,connected,,,,,,,
                ,C-001,,,2026-11-20 10:05,60,,connected,,grumpy,,,,,
                ,C-001,,,2026-11-20 10:06,60,,connected,,,perhaps,,,,
                ,C-001,,,2026-11-25 10:00,60,,connected,,,,,,,
                ,C-001,,,2026-11-20 10:07,60,,connected,,,yes,2026-11-19,,,
                ,C-001,,,2026-11-20 10:08,60,,connected,,,,,,,2026-13-01 10:00
                ,C-001,,,,60,,connected,,,,,,,
                ,C-001,,,2026-11-20 10:09,60,,,,,,,,,
                """, DuplicatePolicy.MERGE);

        assertThat(result.counts().rejected()).isEqualTo(13);
        assertThat(fx.allCalls()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::key).containsExactly(
                ProblemCode.INVALID_DATE_TIME.key(), ProblemCode.INVALID_DATE_TIME.key(),
                ProblemCode.INVALID_DURATION.key(), ProblemCode.INVALID_DURATION.key(),
                ProblemCode.INVALID_CHOICE.key(), ProblemCode.INVALID_CHOICE.key(), ProblemCode.INVALID_CHOICE.key(),
                ProblemCode.INVALID_BOOLEAN.key(), ProblemCode.CALL_IN_FUTURE.key(),
                ProblemCode.VISIT_BEFORE_CALL.key(), ProblemCode.INVALID_DATE_TIME.key(),
                ProblemCode.REQUIRED_VALUE_MISSING.key(), ProblemCode.REQUIRED_VALUE_MISSING.key());
        assertThat(result.problems()).extracting(ImportProblem::column).containsExactly("started_at", "started_at",
                "duration_s", "duration_s", "outcome", "direction", "attitude", "visit_opportunity", "started_at",
                "visit_date", "follow_up_at", "started_at", "outcome");
        assertThat(result.problems().get(4).args()).containsExactly("maybe",
                "connected / no_answer / busy / wrong_number / voicemail / refused / call_back_later"
                        + " / other_connected / other_not_connected");
    }

    @Test
    void codesReadInEnglishOrChineseOfEitherScript() throws Exception {
        load("""
                ,C-001,,,2026-11-20 10:00,60,呼出,已接通,,积极,是,,,,
                ,C-001,,,2026-11-20 11:00,60,INCOMING,無人接聽,,一般,否,,,,
                ,C-001,,,2026-11-20 12:00,60,Outgoing,Call back later,,Negative,,,,,
                ,C-001,,,2026-11-20 13:00,60,,稍後再打,,消極,,,,,
                """, DuplicatePolicy.MERGE);

        assertThat(fx.allCalls()).extracting(Call::outcome).containsExactly(CallOutcome.CONNECTED,
                CallOutcome.NO_ANSWER, CallOutcome.CALL_BACK_LATER, CallOutcome.CALL_BACK_LATER);
        assertThat(fx.allCalls()).extracting(Call::attitude).containsExactly(Attitude.POSITIVE, Attitude.NEUTRAL,
                Attitude.NEGATIVE, Attitude.NEGATIVE);
        assertThat(fx.allCalls()).extracting(Call::direction).containsExactly(CallDirection.OUTGOING,
                CallDirection.INCOMING, CallDirection.OUTGOING, CallDirection.OUTGOING);
    }

    @Test
    void anUnknownContactNameKeepsTheCallWithoutContactAndWarns() throws Exception {
        ImportResult result = load(",C-001,韩梅梅,,2026-11-20 10:00,60,,connected,,,,,,,\n", DuplicatePolicy.MERGE);

        assertThat(result.counts().inserted()).isEqualTo(1);
        assertThat(fx.allCalls().get(0).contactId()).isNull();
        assertThat(result.problems()).extracting(ImportProblem::key).containsExactly(ProblemCode.UNKNOWN_CONTACT.key());
    }

    @Test
    void aCallTheFileNamesTwiceFollowsThePolicy() throws Exception {
        ImportResult result = load("""
                K-1,C-001,,,2026-11-20 10:00,60,,connected,,,,,,,
                K-1,C-001,,,2026-11-20 11:00,60,,connected,,,,,,,
                ,C-002,,010-62751234,2026-11-20 12:00,60,,connected,,,,,,,
                ,C-002,,(010) 6275 1234,2026-11-20 12:00,90,,busy,,,,,,,
                """, DuplicatePolicy.UPDATE);

        assertThat(result.counts().inserted()).isEqualTo(2);
        assertThat(result.counts().updated()).isEqualTo(2);
        assertThat(result.counts().rejected()).isZero();
        assertThat(fx.allCalls()).hasSize(2);
        assertThat(fx.allCalls()).extracting(c -> c.durationSeconds()).containsExactly(60, 90);
        assertThat(fx.allCalls().get(0).startedAt()).isEqualTo(java.time.Instant.parse("2026-11-20T03:00:00Z"));
    }

    @Test
    void aStoredCallWithTheSameExternalIdIsSkippedUpdatedOrMerged() throws Exception {
        load("K-1,C-001,,,2026-11-20 10:00,60,,no_answer,,,,,,,\n", DuplicatePolicy.MERGE);
        String again = "K-1,C-001,,,2026-11-20 10:00,95,,connected,要报价,,,,,,\n";

        ImportResult skipped = load(again, DuplicatePolicy.SKIP);
        assertThat(skipped.counts().skipped()).isEqualTo(1);
        assertThat(fx.allCalls().get(0).outcome()).isEqualTo(CallOutcome.NO_ANSWER);

        ImportResult merged = load(again, DuplicatePolicy.MERGE);
        assertThat(merged.counts().merged()).isEqualTo(1);
        Call afterMerge = fx.allCalls().get(0);
        assertThat(afterMerge.outcome()).as("a stored value stays").isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(afterMerge.needs()).as("a blank is filled").isEqualTo("要报价");

        ImportResult updated = load(again, DuplicatePolicy.UPDATE);
        assertThat(updated.counts().updated()).isEqualTo(1);
        Call afterUpdate = fx.allCalls().get(0);
        assertThat(afterUpdate.outcome()).isEqualTo(CallOutcome.CONNECTED);
        assertThat(afterUpdate.durationSeconds()).isEqualTo(95);
        assertThat(fx.allCalls()).hasSize(1);
        assertThat(fx.calls.historyOf(jia.id()).lastContact()).as("now connected").isEqualTo(at("2026-11-20T10:00"));
    }

    @Test
    void aStoredCallOfTheSameCustomerNumberAndStartIsTheSameCall() throws Exception {
        Instant start = at("2026-11-20T10:00");
        fx.calls.insert(new Call(null, UUID.randomUUID().toString(), null, jia.id(), null, "13800138000",
                "13800138000", CallDirection.OUTGOING, start, 30, CallOutcome.CONNECTED, null, null, false, null,
                null, null, null, "王伟", start, start));

        ImportResult result = load("K-9,C-001,,+86 138 0013 8000,2026-11-20 10:00:00,30,,connected,,,,,,,\n",
                DuplicatePolicy.MERGE);

        assertThat(result.counts().merged()).isEqualTo(1);
        assertThat(fx.allCalls()).hasSize(1);
        assertThat(fx.allCalls().get(0).externalId()).as("the blank call id is filled").isEqualTo("K-9");
    }

    @Test
    void aMatchedCallGetsTheFollowUpOnlyWhenItHasNoOpenOneYet() throws Exception {
        load("K-1,C-001,,,2026-11-20 10:00,60,,connected,,,,,,,\n", DuplicatePolicy.MERGE);
        String withFollowUp = "K-1,C-001,,,2026-11-20 10:00,60,,connected,,,,,,,2026-11-30 09:00\n";

        assertThat(load(withFollowUp, DuplicatePolicy.MERGE).counts().merged()).isEqualTo(1);
        assertThat(followUpsOf(jia)).hasSize(1);
        ImportResult again = load(withFollowUp, DuplicatePolicy.MERGE);
        assertThat(again.counts().unchanged()).isEqualTo(1);
        assertThat(followUpsOf(jia)).hasSize(1);
    }

    @Test
    void undoRemovesImportedCallsAndFollowUpsAndRestoresContactHistory() throws Exception {
        load(",C-001,,,2026-11-18 10:00,60,,connected,,,,,,,\n", DuplicatePolicy.MERGE);
        ContactHistory before = fx.calls.historyOf(jia.id());
        ImportResult result = load("""
                K-2,C-001,,,2026-11-21 10:00,60,,connected,,,,,,,2026-11-30 09:00
                K-3,C-001,,,2026-11-22 10:00,0,,busy,,,,,,,
                """, DuplicatePolicy.MERGE);
        assertThat(fx.calls.historyOf(jia.id()).lastContact()).isEqualTo(at("2026-11-21T10:00"));

        UndoResult undo = fx.imports.undo(result.batchId().getAsLong());

        assertThat(undo.done()).isTrue();
        assertThat(undo.deleted()).isEqualTo(3);
        assertThat(fx.allCalls()).hasSize(1);
        assertThat(followUpsOf(jia)).isEmpty();
        assertThat(fx.calls.historyOf(jia.id())).isEqualTo(before);
    }

    @Test
    void undoPutsBackTheValuesOfAnUpdatedCall() throws Exception {
        load("K-1,C-001,,,2026-11-20 10:00,60,,no_answer,,,,,,,\n", DuplicatePolicy.MERGE);
        Call original = fx.allCalls().get(0);
        ImportResult update = load("K-1,C-001,,,2026-11-20 10:00,95,,connected,要报价,,,,,,\n",
                DuplicatePolicy.UPDATE);

        assertThat(fx.imports.undo(update.batchId().getAsLong()).restored()).isEqualTo(1);

        assertThat(fx.allCalls()).containsExactly(original);
        assertThat(fx.calls.historyOf(jia.id()).lastContact()).isNull();
    }

    @Test
    void aCustomerImportCannotBeUndoneWhileCallsImportedLaterHangOnItsCustomers() throws Exception {
        ImportResult customers = fx.importCustomers(ImportFixture.write(dir, "c.csv",
                "external_id,name\nC-100,丙公司\n"), DuplicatePolicy.MERGE);
        ImportResult calls = load(",C-100,,,2026-11-20 10:00,60,,connected,,,,,,,\n", DuplicatePolicy.MERGE);

        UndoResult refused = fx.imports.undo(customers.batchId().getAsLong());
        assertThat(refused.outcome()).isEqualTo(UndoResult.Outcome.LATER_BATCH);

        assertThat(fx.imports.undo(calls.batchId().getAsLong()).done()).isTrue();
        assertThat(fx.imports.undo(customers.batchId().getAsLong()).done()).isTrue();
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path file = ImportFixture.write(dir, "d.csv", HEADER + ",C-001,,,2026-11-20 10:00,60,,connected,,,,,,,2026-11-30 09:00\n");
        ImportResult result = fx.imports.run(org.callsheet.logic.csv.imports.ImportRequest.of(file, StandardEntities.CALLS)
                .asDryRun(), p -> { }, () -> false);

        assertThat(result.counts().inserted()).isEqualTo(1);
        assertThat(fx.allCalls()).isEmpty();
        assertThat(followUpsOf(jia)).isEmpty();
        assertThat(fx.imports.history(10)).isEmpty();
    }

    @Test
    void valuesTooLongForTheDatabaseRejectTheirRowNotTheImport() throws Exception {
        ImportResult result = load(",C-001,,1234567890123456789012345678901234567,2026-11-20 10:00,60,,connected,,,,,,,\n"
                + ",C-001,,,2026-11-20 11:00,60,,connected," + "需".repeat(4001) + ",,,,,,\n"
                + ",C-001,,,2026-11-20 12:00,60,,connected,,,,,,,\n", DuplicatePolicy.MERGE);

        assertThat(result.counts().inserted()).isEqualTo(1);
        assertThat(result.counts().rejected()).isEqualTo(2);
        assertThat(result.problems()).filteredOn(p -> p.key().equals(ProblemCode.FIELD_TOO_LARGE.key()))
                .extracting(ImportProblem::column).containsExactly("phone", "needs");
    }
}
