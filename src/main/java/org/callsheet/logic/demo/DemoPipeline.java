package org.callsheet.logic.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.funnel.OpportunityRepository;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.model.StageState;

/**
 * A realistic sales pipeline for the demo customers: one opportunity per five customers (at most
 * {@value #MAX_OPPORTUNITIES}), created over the past year, each walked through the stages with a
 * chance to go on that falls with the stage, an occasional skipped stage, days per stage that grow
 * towards the contract, losses with reasons, wins at the invoice, and open ones left where today
 * finds them. The same seed and customers always give the same pipeline.
 */
public final class DemoPipeline {
    public static final int MAX_OPPORTUNITIES = 20_000;
    private static final double[] GO_ON = {0.70, 0.62, 0.55, 0.62, 0.85, 0.95};
    private static final double[] MEAN_DAYS = {5, 8, 12, 10, 15, 7};
    private static final String[] TITLES = {"年度采购", "设备升级", "办公耗材", "软件许可", "维保服务", "扩产项目",
            "系统集成", "培训服务", "备品备件", "新厂配套"};
    private static final String[] NEXT_STEPS = {"发报价单", "约拜访", "催合同", "跟进回款", "寄样品", "约技术交流"};
    private static final int WRITE_BATCH = 1_000;

    private final OpportunityRepository repository;
    private final Clock clock;

    public DemoPipeline(OpportunityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Writes the pipeline for these customers (ids in any order); returns how many opportunities it wrote. */
    public int generate(long[] customerIds, long seed, List<String> reps) {
        return generate(customerIds, seed, reps, false);
    }

    /**
     * As {@link #generate(long[], long, List)}; with {@code skipStored} an opportunity whose uid is
     * stored already (a run stopped half way wrote it) is not written again. Returns the pipeline's size.
     */
    public int generate(long[] customerIds, long seed, List<String> reps, boolean skipStored) {
        if (customerIds.length == 0 || reps.isEmpty()) {
            return 0;
        }
        long[] ids = customerIds.clone();
        Arrays.sort(ids);
        Random random = new Random(seed * 31 + 7);
        int count = Math.min(MAX_OPPORTUNITIES, Math.max(1, ids.length / 5));
        List<Opportunity> batch = new ArrayList<>();
        List<List<OpportunityChange>> histories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Walk walk = walk(random, ids[random.nextInt(ids.length)], reps.get(random.nextInt(reps.size())));
            if (skipStored && repository.findByUid(walk.opportunity().uid()).isPresent()) {
                continue;
            }
            batch.add(walk.opportunity());
            histories.add(walk.history());
            if (batch.size() == WRITE_BATCH) {
                repository.insertAll(batch, histories);
                batch.clear();
                histories.clear();
            }
        }
        if (!batch.isEmpty()) {
            repository.insertAll(batch, histories);
        }
        return count;
    }

    private record Walk(Opportunity opportunity, List<OpportunityChange> history) {
    }

    private Walk walk(Random random, long customerId, String owner) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant created = today.minusDays(1 + random.nextInt(365)).atTime(9, 0).atZone(zone).toInstant()
                .plus(Duration.ofMinutes(random.nextInt(9 * 60)));
        BigDecimal amount = BigDecimal.valueOf(Math.max(1_000, Math.round(Math.exp(10.4 + random.nextGaussian())
                / 100.0) * 100));
        OpportunityTerms terms = new OpportunityTerms(TITLES[random.nextInt(TITLES.length)], amount, owner,
                source(random), today.plusDays(15 + random.nextInt(120)),
                NEXT_STEPS[random.nextInt(NEXT_STEPS.length)], "");
        Stage stage = random.nextDouble() < 0.8 ? Stage.LEAD : Stage.OPPORTUNITY;
        Instant at = created;
        StageDates dates = StageDates.none().with(stage, at);
        List<OpportunityChange> history = new ArrayList<>();
        history.add(new OpportunityChange(0, at, owner, null, stage, null, amount, null, terms.expectedClose(),
                OpportunityStatus.OPEN));
        OpportunityStatus status = OpportunityStatus.OPEN;
        String lostReason = null;
        Instant closed = null;
        while (!stage.isLast()) {
            double days = 1 + -Math.log(1 - random.nextDouble()) * MEAN_DAYS[stage.ordinal()];
            Instant next = at.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
            if (next.isAfter(now)) {
                break;
            }
            if (random.nextDouble() >= GO_ON[stage.ordinal()]) {
                if (random.nextDouble() < 0.75) {
                    status = OpportunityStatus.LOST;
                    lostReason = FunnelSettings.BUILT_IN_REASONS.get(random.nextInt(FunnelSettings.BUILT_IN_REASONS.size()));
                    closed = next;
                }
                break;
            }
            Stage to = stage.ordinal() + 2 < Stage.values().length && random.nextDouble() < 0.08
                    ? Stage.values()[stage.ordinal() + 2] : stage.next().orElseThrow();
            history.add(new OpportunityChange(0, next, owner, stage, to, amount, amount, terms.expectedClose(),
                    terms.expectedClose(), OpportunityStatus.OPEN));
            stage = to;
            at = next;
            dates = dates.with(stage, at);
        }
        if (stage.isLast()) {
            status = OpportunityStatus.WON;
            closed = at;
        }
        if (status.closed()) {
            history.add(new OpportunityChange(0, closed, owner, stage, stage, amount, amount, terms.expectedClose(),
                    terms.expectedClose(), status));
        }
        int probability = switch (status) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> stage.defaultProbability();
        };
        StageState state = new StageState(stage, probability, at, status, lostReason, closed);
        Instant updated = closed != null ? closed : at;
        Opportunity opportunity = new Opportunity(null, new UUID(random.nextLong(), random.nextLong()).toString(),
                null, customerId, terms, state, dates, created, updated);
        return new Walk(opportunity, history);
    }

    private static OpportunitySource source(Random random) {
        double r = random.nextDouble();
        return r < 0.6 ? OpportunitySource.CALL : r < 0.8 ? OpportunitySource.VISIT : OpportunitySource.MANUAL;
    }
}
