package com.huike.crm.followup.web;

import com.huike.crm.followup.ManagerNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A manager outside the viewer's scope is a 404 page, like a customer.
 */
@ControllerAdvice(annotations = Controller.class)
class FollowUpErrorPages {

	@ExceptionHandler(ManagerNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
