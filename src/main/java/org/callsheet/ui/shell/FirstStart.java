package org.callsheet.ui.shell;

import javafx.stage.Stage;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.setup.FirstStartDialog;
import org.callsheet.ui.setup.FirstStartViewModel;

/** Asks the first-start questions (name, language, demo data while the book is empty). */
final class FirstStart {
    private final WindowSession session;
    private final Stage owner;
    private final Runnable dataArrived;

    /** @param dataArrived runs when the answers brought data (the demo customers) */
    FirstStart(WindowSession session, Stage owner, Runnable dataArrived) {
        this.session = session;
        this.owner = owner;
        this.dataArrived = dataArrived;
    }

    /** Asks, offering demo data when the book is empty (or could not be counted: then none is offered). */
    void ask() {
        session.runner().submit(context -> session.services().book().count(), WorkCallbacks.<Long>of(
                count -> ask(count == 0), error -> ask(false)));
    }

    private void ask(boolean offerDemo) {
        FirstStartViewModel model = new FirstStartViewModel(session.preferences(), session.services().demoData(),
                session.runner(), offerDemo);
        new FirstStartDialog(model, owner, answered -> {
            if (answered.outcomeProperty().get() != null) {
                session.status().show(answered.outcomeProperty().get());
                session.customers().dataChanged();
                dataArrived.run();
            }
        }).show();
    }
}
