package com.huike.crm.complaint.web;

import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.web.NavigationCounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * The call center's counts in the navigation bar of every full page: for the
 * customer-service manager the complaints to confirm and the escalated ones
 * ({@code complaintCsCount}), for agents the complaints returned and waiting for the
 * feedback ({@code complaintFeedbackCount}), for a handler the complaints of the
 * department to take ({@code complaintDepartmentCount}).
 */
@Configuration(proxyBeanMethods = false)
class ComplaintCountInterceptor extends NavigationCounts {

	static final String CS_ATTRIBUTE = "complaintCsCount";

	static final String FEEDBACK_ATTRIBUTE = "complaintFeedbackCount";

	static final String DEPARTMENT_ATTRIBUTE = "complaintDepartmentCount";

	private final ComplaintService complaints;

	ComplaintCountInterceptor(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@Override
	protected void addCounts(HttpServletRequest request, ModelAndView mav) {
		if (request.getAttribute(Viewer.class.getName()) instanceof Viewer viewer) {
			if (request.isUserInRole("CS_MANAGER")) {
				mav.addObject(CS_ATTRIBUTE, complaints.csManagerCount(viewer));
			}
			if (request.isUserInRole("AGENT")) {
				mav.addObject(FEEDBACK_ATTRIBUTE, complaints.feedbackCount(viewer));
			}
			if (request.isUserInRole("HANDLER")) {
				mav.addObject(DEPARTMENT_ATTRIBUTE, complaints.departmentCount(viewer));
			}
		}
	}

}
