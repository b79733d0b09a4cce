package com.huike.crm.identity.web;

import com.huike.crm.identity.AdministrationDeniedException;
import com.huike.crm.identity.TeamNotFoundException;
import com.huike.crm.identity.UserNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The 404 and 403 pages for the administration pages' typed exceptions.
 */
@ControllerAdvice(basePackageClasses = IdentityErrorPages.class)
class IdentityErrorPages {

	@ExceptionHandler({ UserNotFoundException.class, TeamNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(AdministrationDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}
