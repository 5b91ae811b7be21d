package org.callsheet.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;

/** The two looks the user can choose; {@code key} is what Settings.THEME stores. */
public enum Theme {
    LIGHT("light"), DARK("dark");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Theme ofKey(String key) {
        return Optional.ofNullable(key).flatMap(k -> {
            for (Theme theme : values()) {
                if (theme.key.equalsIgnoreCase(k.strip())) {
                    return Optional.of(theme);
                }
            }
            return Optional.empty();
        }).orElse(LIGHT);
    }

    /** Makes this the look of every window (FX thread). */
    public void apply() {
        String stylesheet = this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(stylesheet);
    }
}
