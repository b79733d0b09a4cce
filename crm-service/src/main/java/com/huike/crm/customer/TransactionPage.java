package com.huike.crm.customer;

import com.huike.crm.customer.domain.PartTotals;

import org.springframework.data.domain.Page;

/**
 * One page of a customer's purchases, with the totals over all of them.
 */
public record TransactionPage(Page<TransactionLine> lines, PartTotals totals) {

}
