package org.callsheet.ui.common;

import java.util.List;

/** A message for the user as a bundle key and its arguments, translated by the view. */
public record UserMessage(String key, List<Object> args) {
    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, List.of(args));
    }
}
