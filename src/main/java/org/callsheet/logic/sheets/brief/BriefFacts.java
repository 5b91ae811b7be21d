package org.callsheet.logic.sheets.brief;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.Stage;

/**
 * What a sales brief reports, read on {@code today}: the funnel of the opportunities created in
 * the period, the calls made and connected, the visits planned and done, the opportunities won in
 * the period (closed then), the largest open opportunities and the overdue follow-ups (with how
 * many there are in all).
 */
public record BriefFacts(
        BriefRequest request,
        LocalDate today,
        FunnelFigures funnel,
        Activity activity,
        long wonCount,
        BigDecimal wonAmount,
        List<OpenOpportunity> topOpen,
        List<OverdueFollowUp> overdue,
        int overdueTotal) {

    public BriefFacts {
        topOpen = List.copyOf(topOpen);
        overdue = List.copyOf(overdue);
    }

    /** Calls made and connected, visits planned and done (met or nobody met; called-off ones are not done). */
    public record Activity(int callsMade, int callsConnected, int visitsPlanned, int visitsDone) {
        /** Connected calls per call made, 0 to 1; null without calls. */
        public BigDecimal connectedRate() {
            return callsMade == 0 ? null
                    : BigDecimal.valueOf(callsConnected).divide(BigDecimal.valueOf(callsMade), 4,
                    java.math.RoundingMode.HALF_UP);
        }
    }

    /** An open opportunity as the brief lists it. */
    public record OpenOpportunity(String customer, String title, String owner, Stage stage, BigDecimal amount,
                                  int probability, LocalDate expectedClose, long daysInStage, boolean stale) {
    }

    /** An open follow-up due before today's brief. */
    public record OverdueFollowUp(String customer, FollowUpKind kind, Instant dueAt, String note) {
    }
}
