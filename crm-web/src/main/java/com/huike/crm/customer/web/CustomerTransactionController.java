package com.huike.crm.customer.web;

import java.time.Clock;

import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.CustomerTransactionService;
import com.huike.crm.customer.TransactionEntry;
import com.huike.crm.customer.TransactionLine;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Part 3 of the archive (交易状况): the customer's purchases.
 */
@Controller
@RequestMapping("/customers/{customerId}/transactions")
class CustomerTransactionController extends ArchiveEntryController<TransactionForm, TransactionEntry, TransactionLine> {

	CustomerTransactionController(CustomerService customers, CustomerTransactionService transactions, Clock clock) {
		super(customers, transactions, clock, "transactions", "transaction", TransactionForm::empty,
				TransactionForm::of);
	}

}
