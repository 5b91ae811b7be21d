package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CLASSIFICATION_RUN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.callsheet.logic.classification.rules.BgNbdModel;
import org.callsheet.logic.classification.rules.BgNbdParameters;
import org.callsheet.logic.classification.rules.ClassificationSettings.RepeatModelSettings;
import org.callsheet.logic.classification.rules.GammaGammaModel;
import org.callsheet.logic.classification.rules.GammaGammaParameters;
import org.callsheet.logic.classification.rules.RepeatPurchaseModel;
import org.callsheet.persistence.jooq.tables.records.ClassificationRunRecord;
import org.jooq.DSLContext;

/**
 * The newest run that brought the current results up to date: its as-of date is the date of
 * every stored result, and its fitted repeat-purchase model (empty when none could be fitted)
 * turns each row's stored inputs into P(alive), expected orders and CLV as of that date.
 */
record CurrentRun(long id, Instant runAt, LocalDate asOf, BigDecimal aovMedian, BigDecimal frequencyMedian,
                  Optional<RepeatPurchaseModel> model) {

    static Optional<CurrentRun> read(DSLContext dsl) {
        return dsl.selectFrom(CLASSIFICATION_RUN).where(CLASSIFICATION_RUN.CURRENT_RESULTS.isTrue())
                .orderBy(CLASSIFICATION_RUN.ID.desc()).limit(1).fetchOptional().map(CurrentRun::of);
    }

    private static CurrentRun of(ClassificationRunRecord r) {
        return new CurrentRun(r.getId(), Stamps.fromDb(r.getRunAt()), r.getAsOf(), r.getAovMedian(),
                r.getFrequencyMedian(), model(r));
    }

    private static Optional<RepeatPurchaseModel> model(ClassificationRunRecord r) {
        if (r.getBgR() == null || r.getHorizonDays() == null) {
            return Optional.empty();
        }
        BgNbdModel purchases = new BgNbdModel(new BgNbdParameters(r.getBgR(), r.getBgAlpha(), r.getBgA(), r.getBgB()));
        GammaGammaModel spend = r.getGgP() == null ? null
                : new GammaGammaModel(new GammaGammaParameters(r.getGgP(), r.getGgQ(), r.getGgGamma()));
        RepeatModelSettings settings = new RepeatModelSettings(r.getHorizonDays(), r.getClvMonths(),
                r.getAnnualDiscountRate(), r.getHighAliveAbove(), r.getLowAliveBelow(), r.getMinRepeatCustomers(),
                r.getMaxFitCustomers());
        return Optional.of(new RepeatPurchaseModel(purchases, spend, settings));
    }

    /** Stores the model a run used on its run row (all NULL when there was none). */
    static void putModel(ClassificationRunRecord r, Optional<RepeatPurchaseModel> model) {
        if (model.isEmpty()) {
            return;
        }
        RepeatPurchaseModel m = model.get();
        BgNbdParameters p = m.purchaseModel().parameters();
        r.setBgR(p.r());
        r.setBgAlpha(p.alpha());
        r.setBgA(p.a());
        r.setBgB(p.b());
        m.spendModel().ifPresent(spend -> {
            GammaGammaParameters g = spend.parameters();
            r.setGgP(g.p());
            r.setGgQ(g.q());
            r.setGgGamma(g.gamma());
        });
        RepeatModelSettings s = m.settings();
        r.setHorizonDays(s.horizonDays());
        r.setClvMonths(s.clvMonths());
        r.setAnnualDiscountRate(s.annualDiscountRate());
        r.setHighAliveAbove(s.highAliveAbove());
        r.setLowAliveBelow(s.lowAliveBelow());
        r.setMinRepeatCustomers(s.minRepeatCustomers());
        r.setMaxFitCustomers(s.maxFitCustomers());
    }
}
