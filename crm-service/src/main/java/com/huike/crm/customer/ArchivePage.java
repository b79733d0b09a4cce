package com.huike.crm.customer;

import org.springframework.data.domain.Page;

/**
 * One page of the entries of an archive part, with the part's totals over all of them
 * (not only this page; null for a part without amounts).
 */
public record ArchivePage<L, T>(Page<L> lines, T totals) {

}
