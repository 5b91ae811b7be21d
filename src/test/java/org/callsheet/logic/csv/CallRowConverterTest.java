package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Attitude;
import org.callsheet.model.CallOutcome;
import org.junit.jupiter.api.Test;

class CallRowConverterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final List<String> HEADER = List.of("通话编号", "客户编号", "联系人", "电话", "通话时间", "时长（秒）",
            "方向", "结果", "需求", "态度", "拜访机会", "拜访日期", "备注", "下一步", "回访时间");

    private static final OutcomeSettings OWN = OutcomeSettings.from(key -> Optional.ofNullable(
            Map.of(OutcomeSettings.CUSTOM, "c1|1|寄了资料").get(key)));

    private final CallRowConverter converter = new CallRowConverter(
            new HeaderMapper().map(StandardEntities.CALLS, HEADER).mapping(), new PhoneNormalizer(), CLOCK,
            Duration.ofMinutes(1), () -> OWN);

    private RowResult<IncomingCall> convert(long row, String... cells) {
        return converter.convert(new CsvRow(row, List.of(cells)));
    }

    @Test
    void chineseHeadersMapToTheCanonicalColumns() {
        HeaderMapper.Result result = new HeaderMapper().map(StandardEntities.CALLS, HEADER);
        assertThat(result.problems()).isEmpty();
        assertThat(java.util.stream.IntStream.range(0, HEADER.size())
                .mapToObj(i -> result.mapping().fieldOf(i).orElseThrow()).toList())
                .containsExactly("external_id", "customer_external_id", "contact", "phone", "started_at", "duration_s",
                        "direction", "outcome", "needs", "attitude", "visit_opportunity", "visit_date", "notes",
                        "next_step", "follow_up_at");
    }

    @Test
    void convertsACallInTheClocksZone() {
        RowResult<IncomingCall> result = convert(2, "T-1", "C-1", "李雷", "13800138000", "2026-11-20 10:00", "125",
                "呼出", "已接通", "要报价", "积极", "", "2026-12-01", "'=不是公式", "寄样品", "2026-11-30 09:00");

        assertThat(result.problems()).isEmpty();
        IncomingCall call = result.value().orElseThrow();
        assertThat(call.startedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(call.followUpAt()).isEqualTo(Instant.parse("2026-11-30T01:00:00Z"));
        assertThat(call.durationSeconds()).isEqualTo(125);
        assertThat(call.outcome()).isEqualTo(CallOutcome.CONNECTED);
        assertThat(call.attitude()).isEqualTo(Attitude.POSITIVE);
        assertThat(call.visitOpportunity()).as("a visit date implies the opportunity").isTrue();
        assertThat(call.visitDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(call.notes()).as("a hand-made file keeps what the rep wrote").isEqualTo("'=不是公式");
    }

    @Test
    void anOutcomeCellMayNameTheRepsOwnOutcomeByItsLabel() {
        IncomingCall call = convert(2, "", "C-1", "", "", "2026-11-20 10:00", "", "", " 寄了资料 ", "", "", "", "", "",
                "", "").value().orElseThrow();

        assertThat(call.outcome()).isEqualTo(CallOutcome.OTHER_CONNECTED);
        assertThat(call.outcomeLabel()).isEqualTo("寄了资料");
        RowResult<IncomingCall> unknown = convert(3, "", "C-1", "", "", "2026-11-20 10:00", "", "", "寄了样品", "", "",
                "", "", "", "", "");
        assertThat(unknown.problems()).extracting(CsvProblem::code).containsExactly(ProblemCode.INVALID_CHOICE);
    }

    @Test
    void theOutcomeLabelColumnNamesTheOwnOutcomeOfAnOtherValueOnly() {
        List<String> header = List.of("客户编号", "通话时间", "结果", "自定义结果");
        CallRowConverter withLabels = new CallRowConverter(
                new HeaderMapper().map(StandardEntities.CALLS, header).mapping(), new PhoneNormalizer(), CLOCK,
                Duration.ofMinutes(1), () -> OWN);

        IncomingCall other = withLabels.convert(new CsvRow(2, List.of("C-1", "2026-11-20 10:00",
                "other_not_connected", "约了下周"))).value().orElseThrow();
        IncomingCall builtIn = withLabels.convert(new CsvRow(3, List.of("C-1", "2026-11-20 11:00", "connected",
                "约了下周"))).value().orElseThrow();
        IncomingCall blank = withLabels.convert(new CsvRow(4, List.of("C-1", "2026-11-20 12:00", "other_connected",
                " "))).value().orElseThrow();

        assertThat(other.outcome()).isEqualTo(CallOutcome.OTHER_NOT_CONNECTED);
        assertThat(other.outcomeLabel()).isEqualTo("约了下周");
        assertThat(builtIn.outcomeLabel()).as("a built-in outcome has no own label").isNull();
        assertThat(blank.outcomeLabel()).isNull();
    }

    @Test
    void blankOptionalCellsStayBlankSoTheyEraseNothing() {
        IncomingCall call = convert(2, "", "C-1", "", "", "2026-11-20 10:00", "", "", "no_answer", "", "", "", "", "",
                "", "").value().orElseThrow();

        assertThat(call.externalId()).isNull();
        assertThat(call.durationSeconds()).isNull();
        assertThat(call.direction()).isNull();
        assertThat(call.attitude()).isNull();
        assertThat(call.visitOpportunity()).isNull();
        assertThat(call.followUpAt()).isNull();
    }

    @Test
    void aCallWithinTheToleranceOfNowIsNotInTheFuture() {
        assertThat(convert(2, "", "C-1", "", "", "2026-11-23 16:00:30", "", "", "connected", "", "", "", "", "", "", "")
                .accepted()).isTrue();
        RowResult<IncomingCall> later = convert(3, "", "C-1", "", "", "2026-11-23 16:02", "", "", "connected", "", "",
                "", "", "", "", "");
        assertThat(later.accepted()).isFalse();
        assertThat(later.problems()).extracting(CsvProblem::code).containsExactly(ProblemCode.CALL_IN_FUTURE);
        assertThat(later.problems().get(0).column()).isEqualTo("通话时间");
    }

    @Test
    void problemsComeInColumnOrderAndReadInTheUsersLanguage() {
        RowResult<IncomingCall> bad = convert(7, "", "C-1", "", "", "2026-11-20 10:00", "abc", "", "maybe", "", "", "",
                "", "", "", "");
        CsvMessages zh = new CsvMessages(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(bad.problems()).extracting(zh::describe).containsExactly(
                "第 7 行，“时长（秒）”列：不是以整秒计的时长：“abc”。",
                "第 7 行，“结果”列：不是可选的值（connected / no_answer / busy / wrong_number / voicemail / refused / call_back_later"
                        + " / other_connected / other_not_connected）：“maybe”。");
    }
}
