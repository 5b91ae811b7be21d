package org.callsheet.ui.funnel;

import java.util.function.Consumer;
import org.callsheet.logic.funnel.OpportunityException;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;

/** Tells the rep why an opportunity could not be changed: the refusal's own message, else a general one (cause logged). */
final class FunnelFailures {
    private FunnelFailures() {
    }

    static Consumer<Throwable> to(StatusModel status, String generalKey) {
        Consumer<Throwable> general = status.failure(generalKey);
        return error -> {
            if (error instanceof OpportunityException refused) {
                status.show(UserMessage.of(refused.problem().key()));
            } else {
                general.accept(error);
            }
        };
    }
}
