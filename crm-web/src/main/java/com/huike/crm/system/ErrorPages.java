package com.huike.crm.system;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Maps the services' typed exceptions to the 404 and 403 pages of the user interface.
 * (The JSON API has its own advice.) Nothing here ever shows a stack trace.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

	@ExceptionHandler(CustomerNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(CustomerAccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}
