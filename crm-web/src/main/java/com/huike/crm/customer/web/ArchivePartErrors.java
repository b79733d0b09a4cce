package com.huike.crm.customer.web;

import com.huike.crm.customer.ArchiveEntryNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An entry of an archive part that does not exist for the user is the 404 page, like a
 * customer.
 */
@ControllerAdvice(assignableTypes = { CustomerReportController.class, CustomerCreditController.class,
		CustomerTransactionController.class, CustomerAdjustmentController.class })
class ArchivePartErrors {

	@ExceptionHandler(ArchiveEntryNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
