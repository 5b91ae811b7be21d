package org.callsheet.logic.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.junit.jupiter.api.Test;

/**
 * Pins every funnel definition of docs/domain.md ("Sales funnel") on five hand-made histories: a
 * straight win, a skip, a move back, a loss, and a win with skips. The expected figures are worked
 * out by hand in the comments.
 */
class FunnelTallyTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant D0 = Instant.parse("2026-03-01T02:00:00Z");

    private static Instant day(double d) {
        return D0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    /** stagesAndDays: stage, day, stage, day … */
    private static FunnelEntry entry(long id, String owner, Stage stage, OpportunityStatus status, String amount,
                                     int probability, String lostReason, Object... stagesAndDays) {
        StageDates dates = StageDates.none();
        for (int i = 0; i < stagesAndDays.length; i += 2) {
            dates = dates.with((Stage) stagesAndDays[i], day(((Number) stagesAndDays[i + 1]).doubleValue()));
        }
        Instant created = day(((Number) stagesAndDays[1]).doubleValue());
        return new FunnelEntry(id, owner, created, stage, status, new BigDecimal(amount), probability, dates, lostReason);
    }

    // A: straight win, every stage entered
    private static final FunnelEntry WON_STRAIGHT = entry(1, "李娜", Stage.INVOICE, OpportunityStatus.WON, "100", 100,
            null, Stage.LEAD, 0, Stage.OPPORTUNITY, 1, Stage.QUOTE, 3, Stage.NEGOTIATION, 6, Stage.CONTRACT, 10,
            Stage.PAYMENT, 15, Stage.INVOICE, 20);
    // B: lead → quote, skipping opportunity; open at quote
    private static final FunnelEntry SKIPPED = entry(2, "李娜", Stage.QUOTE, OpportunityStatus.OPEN, "200", 40,
            null, Stage.LEAD, 0, Stage.QUOTE, 4);
    // C: lead → quote, then moved back to opportunity; open there; its furthest stage stays quote
    private static final FunnelEntry MOVED_BACK = entry(3, "王伟", Stage.OPPORTUNITY, OpportunityStatus.OPEN, "300",
            20, null, Stage.LEAD, 0, Stage.QUOTE, 2, Stage.OPPORTUNITY, 5);
    // D: lead → opportunity → negotiation (quote skipped), lost there
    private static final FunnelEntry LOST = entry(4, "王伟", Stage.NEGOTIATION, OpportunityStatus.LOST, "400", 0,
            "price", Stage.LEAD, 1, Stage.OPPORTUNITY, 2, Stage.NEGOTIATION, 8);
    // E: opened at opportunity, → contract, won (invoice entered when won), payment never entered
    private static final FunnelEntry WON_SKIPPING = entry(5, "李娜", Stage.INVOICE, OpportunityStatus.WON, "500",
            100, null, Stage.OPPORTUNITY, 0, Stage.CONTRACT, 3, Stage.INVOICE, 7);

    private static FunnelFigures tally(List<FunnelEntry> entries) {
        FunnelTally tally = new FunnelTally();
        entries.forEach(tally::add);
        return tally.figures();
    }

    private static final List<FunnelEntry> ALL = List.of(WON_STRAIGHT, SKIPPED, MOVED_BACK, LOST, WON_SKIPPING);

    @Test
    void reachedCountsTheFurthestStageOrLaterWithSkipsMovesBackLossesAndWins() {
        FunnelFigures f = tally(ALL);

        // furthest: A invoice, B quote, C quote (moved back), D negotiation (lost there), E invoice (won)
        assertThat(f.stages()).extracting(StageFigures::reached).containsExactly(5L, 5L, 5L, 3L, 2L, 2L, 2L);
        assertThat(f.stages()).extracting(s -> s.reachedAmount().toPlainString())
                .containsExactly("1500", "1500", "1500", "1000", "600", "600", "600");
        assertThat(f.total()).isEqualTo(5);
    }

    @Test
    void conversionIsReachedNextOverReachedAndEmptyForTheLastStage() {
        FunnelFigures f = tally(ALL);

        assertThat(f.stages()).extracting(s -> s.conversionToNext() == null ? null : s.conversionToNext().toPlainString())
                .containsExactly("1.0000", "1.0000", "0.6000", "0.6667", "1.0000", "1.0000", null);
        assertThat(f.overallConversion()).isEqualByComparingTo("0.4000");
        assertThat(f.weakestStep()).map(StageFigures::stage).contains(Stage.QUOTE);
    }

    @Test
    void daysInStageAverageTheTimeToTheFirstFurtherStageEnteredAfterwards() {
        FunnelFigures f = tally(ALL);

        // lead: A 1, B 4 (to quote, skipping), C 2 (to quote), D 1 → 8/4
        // opportunity: A 2, D 6 (to negotiation), E 3 (to contract); C entered it after quote (moved back) and
        //   entered nothing further later, so it has not left it → 11/3
        // quote: A 3; B and C never entered a further stage → 3
        // negotiation: A 4; D was lost there → 4; contract: A 5, E 4 → 4.5; payment: A 5; invoice: nobody leaves it
        assertThat(f.stages()).extracting(s -> s.averageDaysInStage() == null ? null : s.averageDaysInStage().toPlainString())
                .containsExactly("2.00", "3.67", "3.00", "4.00", "4.50", "5.00", null);
    }

    @Test
    void openWeightedWonLostAndWinRate() {
        FunnelFigures f = tally(ALL);

        // open: B at quote 200 × 40 %, C at opportunity 300 × 20 %
        assertThat(f.open()).isEqualTo(2);
        assertThat(f.openAmount()).isEqualByComparingTo("500");
        assertThat(f.weightedAmount()).isEqualByComparingTo("140");
        StageFigures opportunity = f.stages().get(Stage.OPPORTUNITY.ordinal());
        assertThat(opportunity.open()).isEqualTo(1);
        assertThat(opportunity.weightedAmount()).isEqualByComparingTo("60");
        StageFigures quote = f.stages().get(Stage.QUOTE.ordinal());
        assertThat(quote.openAmount()).isEqualByComparingTo("200");
        assertThat(quote.weightedAmount()).isEqualByComparingTo("80");
        assertThat(f.stages().get(Stage.INVOICE.ordinal()).open()).isZero();

        assertThat(f.won()).isEqualTo(2);
        assertThat(f.wonAmount()).isEqualByComparingTo("600");
        assertThat(f.lost()).isEqualTo(1);
        assertThat(f.winRate()).isEqualByComparingTo("0.6667");
        assertThat(f.lostReasons()).containsExactly(Map.entry("price", 1L));
    }

    @Test
    void aWonOpportunityReachedEveryStageEvenWithoutItsDates() {
        FunnelEntry wonAtContract = entry(9, "李娜", Stage.CONTRACT, OpportunityStatus.WON, "10", 100, null,
                Stage.LEAD, 0, Stage.CONTRACT, 2);

        FunnelFigures f = tally(List.of(wonAtContract));

        assertThat(f.stages()).extracting(StageFigures::reached).containsOnly(1L);
        assertThat(f.overallConversion()).isEqualByComparingTo("1");
    }

    @Test
    void aLostOpportunityReachedOnlyUpToTheStageItWasLostIn() {
        FunnelEntry lostAtLead = entry(9, "李娜", Stage.LEAD, OpportunityStatus.LOST, "10", 0, "budget", Stage.LEAD, 0);

        FunnelFigures f = tally(List.of(lostAtLead));

        assertThat(f.stages()).extracting(StageFigures::reached).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(f.stages()).extracting(StageFigures::conversionToNext).first().isEqualTo(new BigDecimal("0.0000"));
        // nobody reached opportunity: no conversion from it, no weakest step beyond lead
        assertThat(f.stages().get(1).conversionToNext()).isNull();
        assertThat(f.winRate()).isEqualByComparingTo("0");
        assertThat(f.stages()).extracting(StageFigures::averageDaysInStage).containsOnlyNulls();
    }

    @Test
    void anEmptyFunnelHasNoRatios() {
        FunnelFigures f = tally(List.of());

        assertThat(f.total()).isZero();
        assertThat(f.overallConversion()).isNull();
        assertThat(f.winRate()).isNull();
        assertThat(f.weakestStep()).isEmpty();
        assertThat(f.weightedAmount()).isEqualByComparingTo("0");
    }

    @Test
    void thePeriodFilterSelectsByCreatedDateInTheRepsZoneAndTheOwnerFilterByOwner() {
        // D0 is 2026-03-01 10:00 in Shanghai; day(0.6) is 2026-03-01 at 24:24 → 2026-03-02 local
        FunnelEntry first = entry(1, "李娜", Stage.LEAD, OpportunityStatus.OPEN, "1", 10, null, Stage.LEAD, 0);
        FunnelEntry nextDay = entry(2, "王伟", Stage.LEAD, OpportunityStatus.OPEN, "1", 10, null, Stage.LEAD, 0.6);
        LocalDate march1 = LocalDate.of(2026, 3, 1);

        FunnelFilter onlyMarch1 = new FunnelFilter(march1, march1, null);
        assertThat(onlyMarch1.matches(first, ZONE)).isTrue();
        assertThat(onlyMarch1.matches(nextDay, ZONE)).isFalse();
        assertThat(new FunnelFilter(march1.plusDays(1), null, null).matches(nextDay, ZONE)).isTrue();
        assertThat(new FunnelFilter(null, null, "王伟").matches(first, ZONE)).isFalse();
        assertThat(new FunnelFilter(null, null, "王伟").matches(nextDay, ZONE)).isTrue();
        assertThat(new FunnelFilter(null, null, " ").matches(first, ZONE)).isTrue();
    }

    @Test
    void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
        FunnelFilter march = new FunnelFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "李娜");

        assertThat(march.previousPeriod()).contains(
                new FunnelFilter(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28), "李娜"));
        assertThat(new FunnelFilter(null, LocalDate.of(2026, 3, 31), null).previousPeriod()).isEmpty();
    }
}
