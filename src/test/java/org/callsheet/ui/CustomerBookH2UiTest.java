package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.customers.CustomerRowList;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over the real H2 database and jOOQ repositories, wired the way the composition
 * root does: first start with generated demo data, then find by pinyin initials, edit, save.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerBookH2UiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private static final int DEMO_CUSTOMERS = 300;
    private final Clock clock = TestBackend.CLOCK;
    private Database database;
    private CustomerService service;
    private Settings settings;
    private volatile Customer known;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        database = Database.inMemory("ui-" + UUID.randomUUID());
        Pinyin pinyin = new Pinyin();
        PhoneNormalizer phones = new PhoneNormalizer();
        JooqCustomerRepository repository = new JooqCustomerRepository(database.dsl(), pinyin, phones);
        CustomerSearchIndex index = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
        service = new CustomerService(repository, phones, index, clock, () -> "王芳");
        settings = new Settings(new JooqSettingsRepository(database.dsl()));
        JooqBulkCustomerWriter writer = new JooqBulkCustomerWriter(database.dsl(), pinyin, phones);
        DemoDataGenerator generator = new DemoDataGenerator(RegionDirectory.shipped(), phones, pinyin, clock);
        // The set-up offers demo data only to an empty book, so the customer the test looks for
        // arrives together with the demo customers.
        DemoDataLoader demo = (customers, progress, cancelled) -> {
            int written = (int) generator.generate(customers, 7, writer, progress::update, cancelled).customers();
            Customer blank = service.blank("王芳");
            known = service.save(new Customer(null, blank.uid(), "BJ-0001", "北京科技发展测试公司", null, "软件", null,
                    new Address("中关村大街 1 号", "北京市", "北京市", "海淀区"), null, null, "王芳", List.of("重点"),
                    null, false, null, null, null), List.of());
            return written;
        };
        UiServices services = UiServices.builder(service, new CustomerBook(repository, index), settings, clock)
                .version("test").demoData(demo).build();
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        window = new MainWindow(stage, services, runner, UserPreferences.read(settings, runner, Locale.US), () -> { });
        window.open();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void firstStartLoadsDemoDataThenACustomerIsFoundEditedAndSaved(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#setupRepName").tryQuery().isPresent());
        robot.clickOn("#setupRepName").write("Wang Fang");
        robot.clickOn("#setupDemo");
        robot.interact(() -> robot.lookup("#setupDemoCount").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(DEMO_CUSTOMERS));
        robot.clickOn("#setupStart");

        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == DEMO_CUSTOMERS + 1 && window.status().isSearchReady());
        assertThat(settings.setupDone()).isTrue();
        // the status bar counts in the background
        waitFor(() -> robot.lookup("#statusCount").queryAs(Label.class).getText().equals("301 customers"));

        robot.clickOn("#customerSearch").write("bjkjfzcs");
        waitFor(() -> table.getItems().size() == 1 && ((CustomerRowList) table.getItems()).isLoaded(0));
        assertThat(table.getItems().getFirst().id()).isEqualTo(known.id());
        assertThat(table.getItems().getFirst().row().externalId()).isEqualTo("BJ-0001");

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class)).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#editorName").tryQuery()
                .map(n -> ((TextField) n).getText().equals("北京科技发展测试公司")).orElse(false));
        robot.clickOn("#editorIndustry").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("软件与服务");
        robot.clickOn("#editorName").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("北京科技发展测试集团");
        robot.clickOn("#editorSave");

        waitFor(() -> table.getItems().size() == 1 && ((CustomerRowList) table.getItems()).isLoaded(0)
                && table.getItems().getFirst().row().name().equals("北京科技发展测试集团"));
        Customer stored = service.find(known.id()).orElseThrow();
        assertThat(stored.industry()).isEqualTo("软件与服务");
        assertThat(stored.address().district()).isEqualTo("海淀区");
    }
}
