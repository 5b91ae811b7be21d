package org.callsheet.logic.funnel;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funnel of a set of opportunities: the figures per stage in order, the overall conversion
 * reached(invoice) / reached(lead) (null when there is none), the open ones with their amount and
 * weighted amount (Σ amount × probability), the won and lost ones, the win rate won / (won + lost)
 * (null when none is closed) and how often each lost reason was given, most frequent first.
 */
public record FunnelFigures(
        List<StageFigures> stages,
        long total,
        BigDecimal overallConversion,
        long open,
        BigDecimal openAmount,
        BigDecimal weightedAmount,
        long won,
        BigDecimal wonAmount,
        long lost,
        BigDecimal winRate,
        Map<String, Long> lostReasons) {

    public FunnelFigures {
        stages = List.copyOf(stages);
        lostReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lostReasons));
    }

    /** The step k → k+1 with the lowest conversion, among the steps where someone reached k. */
    public Optional<StageFigures> weakestStep() {
        return stages.stream().filter(s -> s.conversionToNext() != null)
                .min(Comparator.comparing(StageFigures::conversionToNext));
    }
}
