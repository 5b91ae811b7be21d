package org.callsheet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the app's stylesheet changes in the theme, checked on the controls it changes. */
@ExtendWith(ApplicationExtension.class)
class AppStylesheetUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private TabPane tabs;
    private TableView<String> empty;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ShippedFonts.loadForJavaFx();
        tabs = new TabPane(new Tab("Calls"), new Tab("Opportunities and their history (12)"));
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        empty = new TableView<>();
        empty.getColumns().add(new TableColumn<>("Customer"));
        empty.setPlaceholder(new Label("No stops yet: add candidates from the left, or propose an area."));
        empty.setPrefWidth(260);
        Scene scene = new Scene(new VBox(tabs, new HBox(empty)), 900, 400);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Floating tabs (the customer editor's, the Funnel screen's) are as wide as their titles. The
     * theme makes every one 150 px: a long title is cut off, and the customer editor's eight tabs
     * did not fit its window, so Classification and History went to a menu.
     */
    @Test
    void aTabIsAsWideAsItsTitle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label shortTitle = robot.from(tabs).lookup(".tab-label").nth(0).queryAs(Label.class);
        Label longTitle = robot.from(tabs).lookup(".tab-label").nth(1).queryAs(Label.class);

        assertThat(WaitForAsyncUtils.asyncFx(shortTitle::getWidth).get()).isLessThan(100);
        assertThat(WaitForAsyncUtils.asyncFx(longTitle::isTextTruncated).get()).isFalse();
    }

    /** An empty table's message wraps in a narrow pane ("No stops yet: ..." was cut off on the Visits screen). */
    @Test
    void anEmptyTablesMessageWraps(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label message = (Label) empty.getPlaceholder();

        assertThat(WaitForAsyncUtils.asyncFx(message::isTextTruncated).get()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(message::getHeight).get()).isGreaterThan(30);
    }
}
