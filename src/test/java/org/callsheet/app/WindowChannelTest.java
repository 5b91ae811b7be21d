package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on the same database brings the open window forward instead of failing on the lock. */
class WindowChannelTest {
    @TempDir
    Path folder;

    @Test
    void aSecondStartBringsTheOpenWindowForward() throws Exception {
        Path db = folder.resolve("crm");
        CountDownLatch raised = new CountDownLatch(1);
        try (WindowChannel open = WindowChannel.listen(db, raised::countDown)) {
            assertThat(WindowChannel.fileFor(db)).exists();

            assertThat(WindowChannel.handOver(db)).isTrue();
            assertThat(raised.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(WindowChannel.fileFor(db)).doesNotExist();
        assertThat(WindowChannel.handOver(db)).isFalse();
    }

    @Test
    void anotherDatabaseOpensItsOwnWindow() {
        try (WindowChannel open = WindowChannel.listen(folder.resolve("crm"), () -> { })) {
            assertThat(WindowChannel.handOver(folder.resolve("other"))).isFalse();
        }
    }

    @Test
    void aFileLeftByACrashedWindowIsIgnored() throws Exception {
        Path db = folder.resolve("crm");
        int deadPort;
        try (ServerSocket gone = new ServerSocket(0)) {
            deadPort = gone.getLocalPort();
        }
        Files.writeString(WindowChannel.fileFor(db), "port=" + deadPort + "\ntoken=left-over\n");

        assertThat(WindowChannel.handOver(db)).isFalse();
    }

    @Test
    void onlyTheWindowsOwnTokenIsAnswered() throws Exception {
        Path db = folder.resolve("crm");
        CountDownLatch raised = new CountDownLatch(1);
        try (WindowChannel open = WindowChannel.listen(db, raised::countDown)) {
            String port = Files.readAllLines(WindowChannel.fileFor(db)).stream()
                    .filter(l -> l.startsWith("port=")).findFirst().orElseThrow();
            Path other = folder.resolve("copy");
            Files.writeString(WindowChannel.fileFor(other), port + "\ntoken=guessed\n");

            assertThat(WindowChannel.handOver(other)).isFalse();
            assertThat(raised.getCount()).isEqualTo(1);
        }
    }
}
