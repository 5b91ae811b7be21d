package org.callsheet.logic.csv;

/** FATAL refuses the file, ERROR rejects one row, WARNING imports it and tells the user. */
public enum Severity {
    FATAL, ERROR, WARNING
}
