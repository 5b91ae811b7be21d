package org.callsheet.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.callsheet.ui.i18n.Language;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReport;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CustomerVisitsPaneUiTest {
    private final MemoryVisitsBackend backend = new MemoryVisitsBackend(VisitFixtures.shanghai());
    private final long customer = VisitFixtures.shanghai().getFirst().customerId();

    @Start
    void start(Stage stage) {
        LocalDate today = backend.today();
        backend.planDays(Map.of(today.minusDays(7), List.of(VisitFixtures.shanghai().getFirst()),
                today.plusDays(1), List.of(VisitFixtures.shanghai().getFirst())));
        Visit made = backend.visits.ofCustomer(customer).stream()
                .filter(v -> v.slot().date().isBefore(today)).findFirst().orElseThrow();
        backend.log(made.id(), new VisitReport(TestBackend.CLOCK.instant().minusSeconds(7 * 86_400),
                VisitOutcome.MET, "二期扩容", "见到采购经理", "发报价单"), Optional.empty());
        I18n i18n = new I18n(Language.ENGLISH);
        CustomerVisitsPane pane = new CustomerVisitsPane(backend, new FxTaskRunner(1), customer, i18n);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane.node()), 800, 300));
        stage.show();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void theCustomersVisitsShowNewestFirstWithWhatWasFound(FxRobot robot) throws Exception {
        TableView<Visit> table = robot.lookup("#customer-visits").queryTableView();
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems().get(0).done()).isFalse();
        assertThat(table.getItems().get(1).report()).get().extracting(VisitReport::needs).isEqualTo("二期扩容");
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("Planned");
        assertThat(table.getColumns().get(2).getCellData(1)).isEqualTo("Met");
        assertThat(table.getColumns().get(4).getCellData(1)).isEqualTo("二期扩容 · 见到采购经理 · 发报价单");
    }
}
