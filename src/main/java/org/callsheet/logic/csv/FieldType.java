package org.callsheet.logic.csv;

/** How the cells of an import field are read. */
public enum FieldType {
    TEXT, DATE, AMOUNT, COORDINATE, PHONE, EMAIL, BOOLEAN, CUSTOMER_KIND, TAGS,
    /** A local date and time in the clock's zone; its date part is read like a DATE. */
    DATE_TIME,
    /** A whole number. */
    INTEGER,
    /** One of a fixed set of values, written as its English code or its Chinese name. */
    CODE
}
