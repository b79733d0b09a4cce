package com.huike.crm.customer.web;

import java.util.List;

import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.Viewer;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Gives {@code customers/assignment :: form} the managers the signed-in user may hand a
 * customer to, so that the detail page's controller needs no change:
 * {@code ${@assignmentOptions.forOwner(customer.ownerId)}}. Costs no query for users who
 * cannot reassign (managers, call center).
 */
@Component("assignmentOptions")
public class AssignmentOptions {

	private final CustomerAssignmentService assignments;

	private final IdentityService identity;

	AssignmentOptions(CustomerAssignmentService assignments, IdentityService identity) {
		this.assignments = assignments;
		this.identity = identity;
	}

	public List<UserSummary> forOwner(Long ownerId) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth.getAuthorities()
			.stream()
			.noneMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()))) {
			return List.of();
		}
		Viewer viewer = currentViewer(auth.getName());
		return (viewer != null) ? assignments.candidates(ownerId, viewer) : List.of();
	}

	/** The viewer the request already resolved for its controller, or a fresh one. */
	private Viewer currentViewer(String username) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if (request.getAttribute(Viewer.class.getName()) instanceof Viewer viewer) {
				return viewer;
			}
		}
		return identity.viewer(username).orElse(null);
	}

}
