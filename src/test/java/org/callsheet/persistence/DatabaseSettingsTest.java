package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void openingADatabaseSwitchesOffH2sSharedValueCache() {
        try (Database db = Database.inMemory("settings-" + System.nanoTime())) {
            assertThat(db.dsl().fetchValue("SELECT 1")).isEqualTo(1);
        }
        // read by H2 when its SysProperties class loads, which the class initialiser precedes
        assertThat(System.getProperty("h2.objectCache")).isEqualTo("false");
        assertThat(org.h2.engine.SysProperties.OBJECT_CACHE).isFalse();
    }
}
