package com.huike.crm.customer.web;

import java.util.List;
import java.util.Set;

import com.huike.crm.customer.AdjustmentLine;
import com.huike.crm.customer.ArchivePage;
import com.huike.crm.customer.CreditDetails;
import com.huike.crm.customer.CustomerAdjustmentService;
import com.huike.crm.customer.CustomerCreditService;
import com.huike.crm.customer.CustomerReportService;
import com.huike.crm.customer.CustomerTransactionService;
import com.huike.crm.customer.ReportLine;
import com.huike.crm.customer.TransactionLine;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.web.ApiPaging;
import com.huike.crm.shared.web.PageResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The four archive parts of a customer as JSON (read only): reports, credit,
 * transactions, returns/compensation/discounts. Readable by whoever may read the archive;
 * 404 for everyone else, the call center included.
 */
@RestController
@RequestMapping(path = "/api/v1/customers/{id}", produces = "application/json")
@Tag(name = "Archive parts", description = "客户档案四部分: reports, credit, transactions, adjustments")
class CustomerPartsApiController {

	private static final Set<String> REPORT_SORTS = Set.of("date", "kind", "title");

	private static final Set<String> TRANSACTION_SORTS = Set.of("date", "product", "quantity", "unitPrice", "amount");

	private static final Set<String> ADJUSTMENT_SORTS = Set.of("date", "kind", "product", "amount", "responsibility");

	private final CustomerReportService reports;

	private final CustomerCreditService credits;

	private final CustomerTransactionService transactions;

	private final CustomerAdjustmentService adjustments;

	CustomerPartsApiController(CustomerReportService reports, CustomerCreditService credits,
			CustomerTransactionService transactions, CustomerAdjustmentService adjustments) {
		this.reports = reports;
		this.credits = credits;
		this.transactions = transactions;
		this.adjustments = adjustments;
	}

	@GetMapping("/reports")
	@Operation(operationId = "listReports", summary = "Visit and survey reports (part 1, 客户基础资料)",
			description = "Newest first by default.")
	@ApiResponse(responseCode = "200", description = "One page of reports")
	PageResource<ReportLine> reports(@Parameter(description = "Customer id") @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1–100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "`property[,asc|desc]`; date, kind, title") @RequestParam(
					required = false) List<String> sort,
			Viewer viewer) {
		return resource(reports.list(id, viewer, ApiPaging.pageable(page, size, sort, REPORT_SORTS)));
	}

	@GetMapping("/credit")
	@Operation(operationId = "getCredit",
			summary = "Credit, financial records and payment terms (part 2, 信誉、财务记录及付款方式)",
			description = "`version` is absent while nothing has been recorded.")
	@ApiResponse(responseCode = "200", description = "The credit record")
	CreditDetails credit(@Parameter(description = "Customer id") @PathVariable Long id, Viewer viewer) {
		return credits.get(id, viewer);
	}

	@GetMapping("/transactions")
	@Operation(operationId = "listTransactions", summary = "Transactions (part 3, 交易状况)",
			description = "Newest first by default; `totals` sums quantity and amount over all transactions.")
	@ApiResponse(responseCode = "200", description = "One page of transactions with totals")
	PageResource<TransactionLine> transactions(@Parameter(description = "Customer id") @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1–100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "`property[,asc|desc]`; date, product, quantity, unitPrice, amount") @RequestParam(
					required = false) List<String> sort,
			Viewer viewer) {
		return resource(transactions.list(id, viewer, ApiPaging.pageable(page, size, sort, TRANSACTION_SORTS)));
	}

	@GetMapping("/adjustments")
	@Operation(operationId = "listAdjustments", summary = "Returns, compensation and discounts (part 4, 退赔、折价情况)",
			description = "Newest first by default; `totals` sums the amounts over all entries, also per kind.")
	@ApiResponse(responseCode = "200", description = "One page of entries with totals")
	PageResource<AdjustmentLine> adjustments(@Parameter(description = "Customer id") @PathVariable Long id,
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1–100") @RequestParam(defaultValue = "20") int size,
			@Parameter(
					description = "`property[,asc|desc]`; date, kind, product, amount, responsibility") @RequestParam(
							required = false) List<String> sort,
			Viewer viewer) {
		return resource(adjustments.list(id, viewer, ApiPaging.pageable(page, size, sort, ADJUSTMENT_SORTS)));
	}

	private static <L> PageResource<L> resource(ArchivePage<L, ?> page) {
		return PageResource.of(page.lines(), line -> line, page.totals());
	}

}
