package com.huike.crm.notification.web;

import com.huike.crm.identity.Viewer;
import com.huike.crm.notification.NotificationService;
import com.huike.crm.notification.NotificationView;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 站内通知: the signed-in user's notifications, newest first, the unread ones highlighted;
 * opening one marks it read and goes to its page; "mark all read".
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final int PAGE_SIZE = 20;

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean unread,
			Viewer viewer, Model model) {
		model.addAttribute("unread", unread);
		model.addAttribute("page", notifications.list(viewer, unread, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		return "notifications/list";
	}

	/**
	 * A POST, not a link: opening changes the notification (read), so it carries the CSRF
	 * token.
	 */
	@PostMapping("/{id}/open")
	String open(@PathVariable Long id, Viewer viewer) {
		NotificationView opened = notifications.open(id, viewer);
		return "redirect:" + ((opened.link() != null) ? opened.link() : "/notifications");
	}

	@PostMapping("/read-all")
	String readAll(Viewer viewer, RedirectAttributes redirect) {
		int marked = notifications.markAllRead(viewer);
		redirect.addFlashAttribute("flash", "notification.readAll.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { marked });
		return "redirect:/notifications";
	}

}
