package com.huike.crm.customer.web;

import java.time.Clock;

import com.huike.crm.customer.CustomerReportService;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.ReportEntry;
import com.huike.crm.customer.ReportLine;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Part 1 of the archive (客户基础资料): the visit and survey reports of the sales staff.
 */
@Controller
@RequestMapping("/customers/{customerId}/reports")
class CustomerReportController extends ArchiveEntryController<ReportForm, ReportEntry, ReportLine> {

	CustomerReportController(CustomerService customers, CustomerReportService reports, Clock clock) {
		super(customers, reports, clock, "reports", "report", ReportForm::empty, ReportForm::of);
	}

}
