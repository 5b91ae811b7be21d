package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LoggingSetupTest {
    @Test
    void aWarningIsOneLineWithItsCauseAndNoStackTrace() {
        LoggerContext context = new LoggerContext();
        LoggingSetup.OneLine layout = new LoggingSetup.OneLine();
        layout.setContext(context);
        layout.start();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("org.callsheet.Foo"), Level.WARN,
                "Known state of the database not written to {}", new IOException("Permission denied\n here"),
                new Object[] {"/data/crm.state.properties"});

        String text = layout.doLayout(event);

        assertThat(text.lines()).hasSize(1);
        assertThat(text.strip()).endsWith("WARN  org.callsheet.Foo - Known state of the database not written to "
                + "/data/crm.state.properties (IOException: Permission denied here)");
    }
}
