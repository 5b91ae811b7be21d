package org.callsheet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A picker shows its example date as an example, and reads what the language writes. */
@ExtendWith(ApplicationExtension.class)
class DatePickersUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void thePromptIsAnExampleInTheLanguagesFormat() throws Exception {
        DatePicker english = WaitForAsyncUtils.asyncFx(() -> DatePickers.create(new I18n(Language.ENGLISH))).get();
        DatePicker chinese = WaitForAsyncUtils.asyncFx(
                () -> DatePickers.create(new I18n(Language.SIMPLIFIED_CHINESE))).get();

        assertThat(english.getPromptText()).isEqualTo("e.g. Mar 2, 2026");
        assertThat(chinese.getPromptText()).isEqualTo("例如 2026年3月2日");
        assertThat(chinese.getConverter().fromString("2026年12月8日")).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(chinese.getValue()).isNull();
    }
}
