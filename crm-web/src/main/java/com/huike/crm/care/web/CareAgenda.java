package com.huike.crm.care.web;

import com.huike.crm.care.CareTaskList;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the agenda panel ({@code care/agenda :: panel}) shows, for templates:
 * {@code ${@careAgenda.forCurrentUser()}}. Reads the signed-in user the way controllers
 * get their {@link Viewer} (once per request, cached in the request).
 */
@Component("careAgenda")
public class CareAgenda {

	/** Rows the panel lists per section. */
	static final int PANEL_ROWS = 10;

	static final int UPCOMING_DAYS = 7;

	private static final String VIEWER_ATTRIBUTE = Viewer.class.getName();

	private final CareTaskService tasks;

	private final IdentityService identity;

	CareAgenda(CareTaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	/** The signed-in user's open care tasks, or null when nobody is signed in. */
	public CareTaskList forCurrentUser() {
		Viewer viewer = currentViewer();
		return (viewer != null) ? tasks.open(viewer, UPCOMING_DAYS, PANEL_ROWS) : null;
	}

	/**
	 * The open care tasks of the agenda being shown: the signed-in user's, or, with a
	 * manager (a supervisor opening {@code /agenda?managerId=}), that manager's.
	 */
	public CareTaskList forAgendaOf(Long managerId) {
		if (managerId == null) {
			return forCurrentUser();
		}
		Viewer viewer = currentViewer();
		return (viewer != null) ? tasks.openOf(managerId, viewer, UPCOMING_DAYS, PANEL_ROWS) : null;
	}

	/** The ways a task can be done, for the panel's forms. */
	public CareChannel[] channels() {
		return CareChannel.values();
	}

	private Viewer currentViewer() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(VIEWER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer viewer) {
			return viewer;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return null;
		}
		Viewer viewer = identity.viewer(auth.getName()).orElse(null);
		if (request != null && viewer != null) {
			request.setAttribute(VIEWER_ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
		}
		return viewer;
	}

}
