package org.callsheet.logic.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.model.Stage;

/**
 * Adds up opportunities into the funnel figures, one pass, constant work per opportunity. The
 * definitions (docs/domain.md, "Sales funnel"): reached(k) counts those whose furthest stage is k or
 * later; days in stage k averages, over those that entered k and later entered a further stage, the
 * time from entering k to entering the first further stage entered after it; open = neither won nor lost.
 */
public final class FunnelTally {
    private static final int STAGES = Stage.values().length;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long[] reachedBy = new long[STAGES];
    private final BigDecimal[] reachedAmountBy = zeros();
    private final long[] leftCount = new long[STAGES];
    private final long[] leftSeconds = new long[STAGES];
    private final long[] openBy = new long[STAGES];
    private final BigDecimal[] openAmountBy = zeros();
    private final BigDecimal[] weightedBy = zeros();
    private final Map<String, Long> lostReasons = new HashMap<>();
    private long total;
    private long won;
    private long lost;
    private BigDecimal wonAmount = BigDecimal.ZERO;

    private static BigDecimal[] zeros() {
        BigDecimal[] values = new BigDecimal[STAGES];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }

    public void add(FunnelEntry entry) {
        total++;
        int furthest = entry.furthest().ordinal();
        // reached(k) is a suffix count: record the furthest stage here, sum up in figures()
        reachedBy[furthest]++;
        reachedAmountBy[furthest] = reachedAmountBy[furthest].add(entry.amount());
        addDaysInStages(entry);
        int current = entry.stage().ordinal();
        switch (entry.status()) {
            case OPEN -> {
                openBy[current]++;
                openAmountBy[current] = openAmountBy[current].add(entry.amount());
                weightedBy[current] = weightedBy[current]
                        .add(entry.amount().multiply(BigDecimal.valueOf(entry.probability())));
            }
            case WON -> {
                won++;
                wonAmount = wonAmount.add(entry.amount());
            }
            case LOST -> {
                lost++;
                String reason = entry.lostReason() == null ? "" : entry.lostReason();
                lostReasons.merge(reason, 1L, Long::sum);
            }
        }
    }

    private void addDaysInStages(FunnelEntry entry) {
        for (int k = 0; k < STAGES - 1; k++) {
            Instant entered = entry.dates().at(Stage.values()[k]);
            if (entered == null) {
                continue;
            }
            Instant next = null;
            for (int j = k + 1; j < STAGES; j++) {
                Instant later = entry.dates().at(Stage.values()[j]);
                if (later != null && !later.isBefore(entered) && (next == null || later.isBefore(next))) {
                    next = later;
                }
            }
            if (next != null) {
                leftCount[k]++;
                leftSeconds[k] += Duration.between(entered, next).toSeconds();
            }
        }
    }

    public FunnelFigures figures() {
        long[] reached = new long[STAGES];
        BigDecimal[] reachedAmount = new BigDecimal[STAGES];
        long running = 0;
        BigDecimal runningAmount = BigDecimal.ZERO;
        for (int k = STAGES - 1; k >= 0; k--) {
            running += reachedBy[k];
            runningAmount = runningAmount.add(reachedAmountBy[k]);
            reached[k] = running;
            reachedAmount[k] = runningAmount;
        }
        List<StageFigures> stages = new ArrayList<>(STAGES);
        long open = 0;
        BigDecimal openAmount = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (int k = 0; k < STAGES; k++) {
            BigDecimal conversion = k == STAGES - 1 ? null : ratio(reached[k + 1], reached[k]);
            BigDecimal days = leftCount[k] == 0 ? null
                    : BigDecimal.valueOf(leftSeconds[k]).divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(leftCount[k])),
                    2, RoundingMode.HALF_UP);
            BigDecimal stageWeighted = weightedBy[k].divide(HUNDRED, 2, RoundingMode.HALF_UP);
            stages.add(new StageFigures(Stage.values()[k], reached[k], reachedAmount[k], conversion, days,
                    openBy[k], openAmountBy[k], stageWeighted));
            open += openBy[k];
            openAmount = openAmount.add(openAmountBy[k]);
            weighted = weighted.add(stageWeighted);
        }
        Map<String, Long> reasons = new LinkedHashMap<>();
        lostReasons.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> reasons.put(e.getKey(), e.getValue()));
        return new FunnelFigures(stages, total, ratio(reached[STAGES - 1], reached[0]), open, openAmount, weighted,
                won, wonAmount, lost, ratio(won, won + lost), reasons);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

}
