package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

class ClassificationCatchUpTest {
    private final FakeAnalysisBackend backend = new FakeAnalysisBackend();
    private final StatusModel status = new StatusModel();
    private final List<UserMessage> shown = new ArrayList<>();
    private int refreshed;

    private ClassificationCatchUp catchUp() {
        status.messageProperty().addListener((obs, old, now) -> shown.add(now));
        return new ClassificationCatchUp(backend, new SameThreadTaskRunner(), status, () -> refreshed++);
    }

    private void lastRunAsOfYesterday() {
        backend.lastRun = Optional.of(new AnalysisBackend.LastRun(Instant.parse("2026-03-01T17:00:00Z"),
                FakeAnalysisBackend.TODAY.minusDays(1)));
    }

    @Test
    void aClassificationOfAnEarlierDayIsBroughtUpToTodayWithProgressInTheStatusBar() {
        lastRunAsOfYesterday();

        catchUp().start();

        assertThat(backend.reclassifiedAsOf).containsExactly(FakeAnalysisBackend.TODAY);
        assertThat(shown).extracting(UserMessage::key).contains("status.classification.catchingUp");
        assertThat(status.messageProperty().get()).isEqualTo(UserMessage.of("status.classification.caughtUp", 3L));
        assertThat(refreshed).isEqualTo(1);
    }

    @Test
    void todaysClassificationIsLeftAsItIs() {
        catchUp().start();

        assertThat(backend.reclassifiedAsOf).isEmpty();
        assertThat(shown).isEmpty();
        assertThat(refreshed).isZero();
    }

    @Test
    void aBookNeverClassifiedWaitsForItsFirstImportOrReclassification() {
        backend.lastRun = Optional.empty();

        catchUp().start();

        assertThat(backend.reclassifiedAsOf).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void aCancelledRunClearsItsProgressAndChangesNothing() {
        lastRunAsOfYesterday();
        backend.cancelReclassification = true;

        catchUp().start();

        assertThat(status.messageProperty().get()).isNull();
        assertThat(refreshed).isZero();
    }

    @Test
    void aMessageTheRepCausedMeanwhileIsLeftStanding() {
        lastRunAsOfYesterday();
        UserMessage saved = UserMessage.of("status.saved", "上海贸易公司");
        backend.duringReclassification = () -> status.show(saved);
        ClassificationCatchUp catchUp = catchUp();

        catchUp.start();

        assertThat(status.messageProperty().get()).isSameAs(saved);
        assertThat(refreshed).isEqualTo(1);
    }

    @Test
    void aFailureSaysSoInTheStatusBar() {
        lastRunAsOfYesterday();
        backend.failReclassification = true;

        catchUp().start();

        assertThat(status.messageProperty().get()).isEqualTo(UserMessage.of("status.classification.failed"));
        assertThat(refreshed).isZero();
    }
}
