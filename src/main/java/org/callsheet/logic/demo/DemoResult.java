package org.callsheet.logic.demo;

/** What a demo run wrote; {@code cancelled} when it stopped before writing all customers. */
public record DemoResult(long customers, long contacts, long orders, boolean cancelled) {
}
