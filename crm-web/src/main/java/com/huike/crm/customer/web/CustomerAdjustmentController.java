package com.huike.crm.customer.web;

import java.time.Clock;

import com.huike.crm.customer.AdjustmentEntry;
import com.huike.crm.customer.AdjustmentLine;
import com.huike.crm.customer.CustomerAdjustmentService;
import com.huike.crm.customer.CustomerService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Part 4 of the archive (退赔、折价情况): returns, compensations and discounts.
 */
@Controller
@RequestMapping("/customers/{customerId}/adjustments")
class CustomerAdjustmentController extends ArchiveEntryController<AdjustmentForm, AdjustmentEntry, AdjustmentLine> {

	CustomerAdjustmentController(CustomerService customers, CustomerAdjustmentService adjustments, Clock clock) {
		super(customers, adjustments, clock, "adjustments", "adjustment", AdjustmentForm::empty, AdjustmentForm::of);
	}

}
