package org.callsheet.logic.customers;

/**
 * What the search index needs of one customer: its name, the name's pinyin (full and initials),
 * its external id and the digits of all its phone numbers (space separated).
 */
public record SearchEntry(long id, String name, String pinyin, String initials, String externalId,
                          String phoneDigits) {
}
