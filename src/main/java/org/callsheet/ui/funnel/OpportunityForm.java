package org.callsheet.ui.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;

/**
 * The opportunity dialog's fields as typed, and reading them: the amount as money (at most two
 * decimals, not negative), the probability as a whole percentage. The probability follows the
 * stage's default until the rep types another.
 */
final class OpportunityForm {
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    final StringProperty title = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("");
    final ObjectProperty<OpportunitySource> source = new SimpleObjectProperty<>(OpportunitySource.MANUAL);
    final ObjectProperty<LocalDate> expectedClose = new SimpleObjectProperty<>();
    final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.LEAD);
    final StringProperty probability = new SimpleStringProperty("");
    final StringProperty nextStep = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");

    /** What the form holds now, to tell later whether the rep changed anything. */
    java.util.List<Object> values() {
        return java.util.Arrays.asList(title.get(), amount.get(), owner.get(), source.get(), expectedClose.get(),
                stage.get(), probability.get(), nextStep.get(), notes.get());
    }

    OpportunityForm(java.util.function.Supplier<FunnelSettings> settings) {
        stage.addListener((obs, old, now) -> {
            String typed = probability.get() == null ? "" : probability.get().strip();
            boolean followsDefault = typed.isEmpty() || old == null
                    || typed.equals(String.valueOf(settings.get().probability(old)));
            if (followsDefault && now != null) {
                probability.set(String.valueOf(settings.get().probability(now)));
            }
        });
    }

    void fill(Opportunity o) {
        OpportunityTerms t = o.terms();
        title.set(t.title());
        amount.set(t.amount().toPlainString());
        owner.set(t.owner());
        source.set(t.source());
        expectedClose.set(t.expectedClose());
        stage.set(o.stage());
        probability.set(String.valueOf(o.state().probability()));
        nextStep.set(t.nextStep());
        notes.set(t.notes());
    }

    /** The field names with the bundle key of what is wrong with them; empty when everything reads. */
    Map<String, String> problems() {
        Map<String, String> problems = new TreeMap<>();
        if (title.get() == null || title.get().isBlank()) {
            problems.put("title", "funnel.problem.TITLE_REQUIRED");
        }
        String amountProblem = amountProblem(amount.get());
        if (amountProblem != null) {
            problems.put("amount", amountProblem);
        }
        if (probabilityValue() == null) {
            problems.put("probability", "funnel.problem.PROBABILITY_RANGE");
        }
        return problems;
    }

    OpportunityTerms terms() {
        return new OpportunityTerms(title.get(), amountValue(amount.get()), owner.get(), source.get(),
                expectedClose.get(), nextStep.get(), notes.get());
    }

    Integer probabilityValue() {
        try {
            int value = Integer.parseInt(probability.get() == null ? "" : probability.get().strip().replace("%", ""));
            return value < 0 || value > 100 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The key of what is wrong with an amount as typed, or null when it is money. */
    static String amountProblem(String typed) {
        BigDecimal value = amountValue(typed);
        if (value == null) {
            return "funnel.dialog.error.amount";
        }
        if (value.signum() < 0) {
            return "funnel.problem.NEGATIVE_AMOUNT";
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return "funnel.dialog.error.cents";
        }
        if (value.compareTo(LIMIT) >= 0) {
            return "funnel.problem.AMOUNT_TOO_LARGE";
        }
        return null;
    }

    /** An amount as typed ("12,800.50", "¥ 3000"), or null when it is blank or no number. */
    static BigDecimal amountValue(String typed) {
        String plain = typed == null ? "" : typed.strip().replace(",", "").replace("，", "").replace("¥", "")
                .replace("￥", "").replace(" ", "");
        if (plain.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
