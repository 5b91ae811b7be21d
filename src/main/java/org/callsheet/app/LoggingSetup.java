package org.callsheet.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;

/**
 * The logging set-up, in code rather than logback.xml: warnings and errors on standard error
 * (standard output belongs to the command line's results), one line each, with the cause's own
 * message but no stack trace (unless {@code -Dcallsheet.log.traces=true}): the command line
 * answers in one sentence, and a trace in the middle of its output is noise to a rep. An XML configuration
 * and a pattern layout cost a few hundred classes at start-up (ADR 12). Registered as a service
 * in META-INF/services.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        OneLine layout = new OneLine();
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** "12:04:59 WARN  org.callsheet.Foo - message (IOException: its message)". */
    static final class OneLine extends LayoutBase<ILoggingEvent> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128)
                    .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(ZoneId.systemDefault())))
                    .append(' ').append(String.format("%-5s", event.getLevel()))
                    .append(' ').append(event.getLoggerName())
                    .append(" - ").append(event.getFormattedMessage());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                String className = thrown.getClassName();
                line.append(" (").append(className.substring(className.lastIndexOf('.') + 1));
                if (thrown.getMessage() != null) {
                    line.append(": ").append(thrown.getMessage().replaceAll("\\s+", " ").strip());
                }
                line.append(')');
                if (Boolean.getBoolean("callsheet.log.traces")) {
                    line.append(CoreConstants.LINE_SEPARATOR).append(ThrowableProxyUtil.asString(thrown));
                }
            }
            return line.append(CoreConstants.LINE_SEPARATOR).toString();
        }
    }
}
