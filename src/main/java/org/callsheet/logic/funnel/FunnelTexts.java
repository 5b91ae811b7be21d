package org.callsheet.logic.funnel;

import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;

/** Keys of the funnel bundle ({@code org/callsheet/i18n/funnel*.properties}) for stages, statuses, sources and lost reasons. */
public final class FunnelTexts {
    public static final String BUNDLE = "org.callsheet.i18n.funnel";

    private FunnelTexts() {
    }

    public static String stage(Stage stage) {
        return "funnel.stage." + stage.name();
    }

    public static String status(OpportunityStatus status) {
        return "funnel.status." + status.name();
    }

    public static String source(OpportunitySource source) {
        return "funnel.source." + source.name();
    }

    /** The key of a built-in lost reason's name; an own reason is shown as its text. */
    public static String lostReason(String code) {
        return "funnel.lostReason." + code;
    }
}
