package org.callsheet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.callsheet.ui.calls.CallBackend;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;

/** Background work that fails tells the user so, in their language, instead of failing silently. */
class StatusModelTest {
    private final StatusModel status = new StatusModel();

    @Test
    void aFailedJobShowsItsMessageInTheStatusBarAndWithdrawsTheUndo() {
        status.showWithUndo(UserMessage.of("status.deleted", "甲公司"), () -> { });

        new SameThreadTaskRunner().submit(context -> {
            throw new IOException("disk gone");
        }, WorkCallbacks.of(ok -> { }, status.failure("callLog.error.load")));

        assertThat(status.messageProperty().get()).isEqualTo(UserMessage.of("callLog.error.load"));
        assertThat(status.undoProperty().get()).isNull();
        assertThat(new I18n(Language.SIMPLIFIED_CHINESE).get("callLog.error.load")).isEqualTo("未能载入通话记录。");
    }

    @Test
    void aCustomerCountThatFailsSaysSo() {
        CallBackend backend = new CallBackend();
        backend.close();

        status.refreshCount(new SameThreadTaskRunner(), backend.book);

        assertThat(status.messageProperty().get()).isEqualTo(UserMessage.of("status.countFailed"));
    }

    @Test
    void noFailureCallbackInTheUserInterfaceIsEmpty() throws IOException {
        Pattern silent = Pattern.compile("(error|e|ex|failure|t)\\s*->\\s*\\{\\s*}");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/callsheet/ui"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("WorkCallbacks.java"))
                    .filter(p -> silent.matcher(read(p)).find())
                    .map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
