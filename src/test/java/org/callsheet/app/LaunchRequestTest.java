package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchRequestTest {

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultDatabase() {
        LaunchRequest request = LaunchRequest.of(new String[0]);
        assertThat(request.window()).isTrue();
        assertThat(request.database()).isEmpty();
    }

    @Test
    void onlyADatabaseOpensTheWindowOnIt() {
        assertThat(LaunchRequest.of(new String[] {"--db", "data/crm"}).database()).contains(Path.of("data/crm"));
        assertThat(LaunchRequest.of(new String[] {"--db=data/crm.mv.db"}).database()).contains(Path.of("data/crm"));
        assertThat(LaunchRequest.of(new String[] {"--db", "data/crm"}).window()).isTrue();
    }

    @Test
    void anythingElseIsACommand() {
        assertThat(LaunchRequest.of(new String[] {"--help"}).window()).isFalse();
        assertThat(LaunchRequest.of(new String[] {"demo"}).window()).isFalse();
        assertThat(LaunchRequest.of(new String[] {"--db", "x", "demo"}).window()).isFalse();
        assertThat(LaunchRequest.of(new String[] {"--db"}).window()).isFalse();
    }
}
