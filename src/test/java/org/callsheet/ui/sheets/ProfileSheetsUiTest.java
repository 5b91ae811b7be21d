package org.callsheet.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Printing profile sheets from the customer list and the editor, headless: the preview and the print path. */
@ExtendWith(ApplicationExtension.class)
class ProfileSheetsUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.REP_NAME, "王芳");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        ProfileSheets sheets = new ProfileSheets(id -> backend.repository.findById(id).map(c -> new ProfileFacts(c,
                backend.repository.contactsOf(id), Optional.empty(), Optional.empty(), List.of(), 0, List.of(),
                List.of(), Map.of())), SheetFont.shipped().metrics(), TestBackend.CLOCK);
        UiServices plain = backend.services();
        UiServices services = UiServices.builder(plain.customers(), plain.book(), plain.settings(), plain.clock())
                .version(plain.version()).demoData(plain.demoData()).attributions(plain.attributions())
                .shutdown(plain.shutdown()).profileSheets(sheets).build();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, services, runner, preferences, () -> { }).open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static List<String> pageTexts(FxRobot robot) {
        return robot.lookup("#sheetPage").queryAs(Node.class).lookupAll("Text").stream()
                .map(n -> ((Text) n).getText()).toList();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theListPrintsEveryCustomerShownInTheTablesOrder(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4 && table.getItems().getLast().isLoaded());
        List<String> names = table.getItems().stream().map(r -> r.row().name()).toList();

        robot.clickOn("#printSheets").clickOn("#printShownSheets");
        waitFor(() -> robot.lookup("#sheetPage").tryQuery().isPresent()
                && "Page 1 of 4".equals(label(robot, "#sheetPageNumber")));

        assertThat(pageTexts(robot)).contains("Customer profile", names.getFirst(), "Page 1 / 1");
        robot.clickOn("#sheetNext").clickOn("#sheetNext");
        waitFor(() -> "Page 3 of 4".equals(label(robot, "#sheetPageNumber")));
        assertThat(pageTexts(robot)).contains(names.get(2));

        // no printer exists here: the print path says so instead of failing
        robot.clickOn("#sheetPrint");
        assertThat(label(robot, "#sheetStatus")).isEqualTo("No printer is set up on this computer; use Save as PDF.");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#sheetPage").tryQuery().isEmpty());
    }

    @Test
    void theSelectedRowsAndTheEditorsCtrlPPrintTheirCustomers(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4 && table.getItems().getLast().isLoaded());
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(Node.class));
        robot.interact(() -> table.getSelectionModel().selectIndices(1, 2));

        robot.clickOn("#printSheets").clickOn("#printSelectedSheets");
        waitFor(() -> robot.lookup("#sheetPage").tryQuery().isPresent()
                && "Page 1 of 2".equals(label(robot, "#sheetPageNumber")));
        assertThat(pageTexts(robot)).contains(table.getItems().get(1).row().name());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#sheetPage").tryQuery().isEmpty());

        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> robot.lookup("#editorName").tryQuery().isPresent());
        String name = table.getItems().getFirst().row().name();
        robot.clickOn("#editorName");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#sheetPage").tryQuery().isPresent()
                && "Page 1 of 1".equals(label(robot, "#sheetPageNumber")));
        assertThat(pageTexts(robot)).contains(name, "联系人");
    }
}
