package org.callsheet.logic.customers;

/**
 * What the search index needs of one customer: its name (the index reads its pinyin itself), its
 * external id and the digits of all its phone numbers (space separated).
 */
public record SearchEntry(long id, String name, String externalId, String phoneDigits) {
}
