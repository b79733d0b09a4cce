package com.huike.crm.customer.web;

/**
 * The form of an entry of a list part, as {@link ArchiveEntryController} needs it: the
 * values it enters, and the version of the entry it was opened at (null for a new entry).
 *
 * @param <V> the values as the part's service takes them
 */
interface ArchiveEntryForm<V> {

	V toEntry();

	Long version();

}
