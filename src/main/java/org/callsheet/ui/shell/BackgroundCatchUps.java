package org.callsheet.ui.shell;

import java.util.Optional;
import org.callsheet.ui.analysis.ClassificationCatchUp;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The work the window starts in the background once the database is open: loading the search
 * index and bringing the classification up to today. Progress shows in the status bar; quitting
 * cancels what still runs.
 */
final class BackgroundCatchUps {
    private final WindowSession session;
    private final Runnable classificationChanged;
    private Optional<ClassificationCatchUp> catchUp = Optional.empty();

    /** @param classificationChanged runs when the classification was brought up to today */
    BackgroundCatchUps(WindowSession session, Runnable classificationChanged) {
        this.session = session;
        this.classificationChanged = classificationChanged;
    }

    /** Loads the search index again (after the demo data arrived, say). */
    void loadSearchIndex() {
        StatusModel status = session.status();
        status.setSearchProgress(0);
        session.runner().submit(context -> {
            long total = Math.max(1, session.services().book().count());
            session.services().book().loadIndex(done -> context.progress(done, total), context::isCancelled);
            return Boolean.TRUE;
        }, new WorkCallbacks<Boolean>(ready -> {
            status.setSearchProgress(StatusModel.SEARCH_READY);
            if (!session.customers().searchTextProperty().get().isBlank()) {
                session.customers().refresh();
            }
        }, error -> status.setSearchProgress(StatusModel.SEARCH_FAILED),
                (done, total) -> status.setSearchProgress(Math.min(0.99, (double) done / total)), null));
    }

    /** Brings the stored classification up to today, when the app has a classification. */
    void catchUpClassification() {
        catchUp = Optional.ofNullable(session.services().analysis()).map(analysis -> new ClassificationCatchUp(
                analysis, session.runner(), session.status(), classificationChanged));
        catchUp.ifPresent(ClassificationCatchUp::start);
    }

    void stop() {
        catchUp.ifPresent(ClassificationCatchUp::cancel);
    }
}
