package com.huike.crm.followup.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.followup.Agenda;
import com.huike.crm.followup.AgendaItem;
import com.huike.crm.followup.AgendaPages;
import com.huike.crm.followup.AgendaPages.Section;
import com.huike.crm.followup.AgendaService;
import com.huike.crm.followup.FollowUpEntry;
import com.huike.crm.followup.FollowUpService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The follow-up feature's lists as files (导出), through the one export mechanism
 * ({@link ListExports}: Chinese headers, formulas neutralised, the access log): the
 * agenda — every customer due today, overdue and due in the next seven days, as the page
 * lists them — and a customer's follow-ups, newest first. Each is scoped as its page is.
 */
@Controller
class FollowUpExportController {

	private static final int PAGE = 200;

	private static final List<Column<AgendaRow>> AGENDA_COLUMNS = List.of(
			new Column<>("agenda.export.list", r -> new DefaultMessageSourceResolvable(r.section().labelKey)),
			new Column<>("customer.code", r -> r.item().code()), new Column<>("customer.name", r -> r.item().name()),
			new Column<>("customer.companyName", r -> r.item().companyName()),
			new Column<>("customer.mobilePhone", r -> r.item().mobilePhone()),
			new Column<>("customer.grade", r -> (r.item().grade() != null) ? r.item().grade().name() : null),
			new Column<>("agenda.dueOn", r -> r.item().dueOn()),
			new Column<>("agenda.export.daysOverdue", r -> r.item().daysOverdue()),
			new Column<>("followup.lastAt", r -> r.item().lastFollowUpAt()));

	private static final List<Column<FollowUpEntry>> FOLLOW_UP_COLUMNS = List.of(
			new Column<>("followup.occurredAt", FollowUpEntry::occurredAt),
			new Column<>("followup.channel",
					f -> (f.channel() != null)
							? new DefaultMessageSourceResolvable("followup.channel." + f.channel().name()) : null),
			new Column<>("followup.content", FollowUpEntry::content),
			new Column<>("followup.outcome", FollowUpEntry::outcome),
			new Column<>("followup.nextStep", FollowUpEntry::nextStep),
			new Column<>("followup.export.gradeBefore", f -> (f.gradeBefore() != null) ? f.gradeBefore().name() : null),
			new Column<>("followup.grade", f -> (f.gradeAfter() != null) ? f.gradeAfter().name() : null),
			new Column<>("followup.export.loggedBy", FollowUpEntry::loggedByName));

	/** The agenda's lists, in the page's order, with their headings. */
	enum AgendaList {

		TODAY(Section.TODAY, "agenda.dueToday"), OVERDUE(Section.OVERDUE, "agenda.overdue"),
		UPCOMING(Section.UPCOMING, "agenda.upcoming");

		final Section section;

		final String labelKey;

		AgendaList(Section section, String labelKey) {
			this.section = section;
			this.labelKey = labelKey;
		}

		Page<AgendaItem> of(Agenda agenda) {
			return switch (section) {
				case TODAY -> agenda.dueToday();
				case OVERDUE -> agenda.overdue();
				case UPCOMING -> agenda.upcoming();
			};
		}

	}

	/** A row of the agenda's file: the list it is in and the customer due. */
	record AgendaRow(AgendaList section, AgendaItem item) {

	}

	private final AgendaService agendas;

	private final FollowUpService followUps;

	private final ListExports exports;

	FollowUpExportController(AgendaService agendas, FollowUpService followUps, ListExports exports) {
		this.agendas = agendas;
		this.followUps = followUps;
		this.exports = exports;
	}

	/** The viewer's agenda, or a manager's of their team ({@code managerId}). */
	@GetMapping("/agenda/export")
	ResponseEntity<StreamingResponseBody> agenda(@RequestParam(required = false) Long managerId,
			@RequestParam(required = false) String format, Viewer viewer, Locale locale) {
		// who may read it is decided now, before the file starts
		Agenda first = agenda(managerId, viewer, AgendaPages.of(null, 0, 1));
		return exports.export("agenda", "agenda.title", "managerId=" + first.managerId(), ListExports.Format.of(format),
				AGENDA_COLUMNS, sink -> eachAgendaRow(managerId, viewer, sink), viewer, locale);
	}

	private Agenda agenda(Long managerId, Viewer viewer, AgendaPages pages) {
		if (managerId != null) {
			return agendas.agendaOf(managerId, viewer, pages);
		}
		if (!viewer.has(Role.MANAGER)) {
			throw new AccessDeniedException("no book of customers");
		}
		return agendas.agenda(viewer, pages);
	}

	private void eachAgendaRow(Long managerId, Viewer viewer, Consumer<AgendaRow> sink) {
		for (AgendaList list : AgendaList.values()) {
			for (int page = 0;; page++) {
				Page<AgendaItem> items = list.of(agenda(managerId, viewer, AgendaPages.of(list.section, page, PAGE)));
				items.forEach(item -> sink.accept(new AgendaRow(list, item)));
				if (!items.hasNext()) {
					break;
				}
			}
		}
	}

	/** A customer's follow-ups, newest first. */
	@GetMapping("/customers/{id}/follow-ups/export")
	ResponseEntity<StreamingResponseBody> followUps(@PathVariable Long id,
			@RequestParam(required = false) String format, Viewer viewer, Locale locale) {
		Page<FollowUpEntry> first = followUps.list(id, viewer, PageRequest.of(0, PAGE));
		return exports.export("followups", "followup.export.title", "customerId=" + id, ListExports.Format.of(format),
				FOLLOW_UP_COLUMNS, sink -> {
					Page<FollowUpEntry> page = first;
					while (true) {
						page.forEach(sink);
						if (!page.hasNext()) {
							return;
						}
						page = followUps.list(id, viewer, page.nextPageable());
					}
				}, viewer, locale);
	}

}
