package org.callsheet.logic.csv;

/** How the cells of an import field are read. */
public enum FieldType {
    TEXT, DATE, AMOUNT, COORDINATE, PHONE, EMAIL, BOOLEAN, CUSTOMER_KIND, TAGS
}
