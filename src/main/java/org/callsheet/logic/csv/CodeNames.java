package org.callsheet.logic.csv;

import org.callsheet.logic.text.Bundles;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.model.Attitude;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;

/**
 * The values of an enum as CSV cells: written as the lower-case English code ("no_answer"), read
 * from the code in any case and spacing ("No answer", "NO-ANSWER") or from the name the program
 * shows in English, Simplified or Traditional Chinese ("无人接听", "無人接聽").
 */
public final class CodeNames<E extends Enum<E>> {
    // Before the constants below, which read it while they are built.
    private static final List<Locale> NAMED_IN =
            List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE);
    private static final String VISITS_BUNDLE = "org.callsheet.i18n.visits";

    public static final CodeNames<CallOutcome> OUTCOMES = new CodeNames<>(CallOutcome.class, CallTexts::outcome);
    public static final CodeNames<CallDirection> DIRECTIONS =
            new CodeNames<>(CallDirection.class, CallTexts::direction);
    public static final CodeNames<Attitude> ATTITUDES = new CodeNames<>(Attitude.class, CallTexts::attitude);
    public static final CodeNames<FollowUpKind> FOLLOW_UP_KINDS =
            new CodeNames<>(FollowUpKind.class, CallTexts::followUpKind);
    public static final CodeNames<FollowUpStatus> FOLLOW_UP_STATUSES =
            new CodeNames<>(FollowUpStatus.class, CallTexts::followUpStatus);
    public static final CodeNames<VisitOutcome> VISIT_OUTCOMES =
            new CodeNames<>(VisitOutcome.class, VISITS_BUNDLE, o -> "visits.outcome." + o.name());

    private final Class<E> type;
    private final Map<String, E> byName = new HashMap<>();

    public static final CodeNames<Stage> STAGES = new CodeNames<>(Stage.class, FunnelTexts.BUNDLE, FunnelTexts::stage);
    public static final CodeNames<OpportunityStatus> OPPORTUNITY_STATUSES =
            new CodeNames<>(OpportunityStatus.class, FunnelTexts.BUNDLE, FunnelTexts::status);
    public static final CodeNames<OpportunitySource> OPPORTUNITY_SOURCES =
            new CodeNames<>(OpportunitySource.class, FunnelTexts.BUNDLE, FunnelTexts::source);

    private CodeNames(Class<E> type, Function<E, String> key) {
        this(type, CallTexts.BUNDLE, key);
    }

    private CodeNames(Class<E> type, String bundleName, Function<E, String> key) {
        this.type = type;
        for (E value : type.getEnumConstants()) {
            byName.put(HeaderNormalizer.normalize(value.name()), value);
        }
        for (Locale locale : NAMED_IN) {
            ResourceBundle bundle = Bundles.load(bundleName, locale);
            for (E value : type.getEnumConstants()) {
                try {
                    byName.putIfAbsent(HeaderNormalizer.normalize(bundle.getString(key.apply(value))), value);
                } catch (MissingResourceException ignored) {
                    // A name missing in one language still reads by its code and the other names.
                }
            }
        }
    }

    public Optional<E> parse(String cell) {
        return Optional.ofNullable(byName.get(HeaderNormalizer.normalize(cell)));
    }

    public String code(E value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The codes, for messages: "connected / no_answer / …". */
    public String allowed() {
        return Arrays.stream(type.getEnumConstants()).map(this::code).collect(Collectors.joining(" / "));
    }
}
