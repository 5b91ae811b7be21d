package org.callsheet.model;

/** Whether a customer is a company or a private person. */
public enum CustomerKind {
    COMPANY, PERSON
}
