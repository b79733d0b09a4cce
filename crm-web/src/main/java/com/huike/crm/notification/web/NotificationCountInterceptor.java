package com.huike.crm.notification.web;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.notification.NotificationService;
import com.huike.crm.shared.web.NavigationCounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in user's count of unread notifications
 * ({@code notificationUnreadCount}) into every full page, for the bell on the navigation
 * bar: one index-only count over the unread rows of the user (a partial index). The
 * viewer is the one the controller resolved for the request; where it took none, it is
 * read once and kept for the other counts of the page.
 */
@Configuration(proxyBeanMethods = false)
class NotificationCountInterceptor extends NavigationCounts {

	static final String ATTRIBUTE = "notificationUnreadCount";

	private final NotificationService notifications;

	private final IdentityService identity;

	NotificationCountInterceptor(NotificationService notifications, IdentityService identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@Override
	protected void addCounts(HttpServletRequest request, ModelAndView mav) {
		Viewer viewer = (request.getAttribute(Viewer.class.getName()) instanceof Viewer v) ? v
				: identity.viewer(request.getRemoteUser()).orElse(null);
		if (viewer == null) {
			return;
		}
		request.setAttribute(Viewer.class.getName(), viewer);
		mav.addObject(ATTRIBUTE, notifications.unreadCount(viewer));
	}

}
