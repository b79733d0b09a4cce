package com.huike.crm.followup;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Which page of each agenda list to show.
 */
public record AgendaPages(Pageable today, Pageable overdue, Pageable upcoming) {

	/** The lists of the agenda, as named in URLs. */
	public enum Section {

		TODAY, OVERDUE, UPCOMING

	}

	/**
	 * The first page of every list, except {@code page} of the list {@code section} (all
	 * lists when null), {@code size} rows each.
	 */
	public static AgendaPages of(Section section, int page, int size) {
		Pageable first = PageRequest.of(0, size);
		Pageable chosen = PageRequest.of(Math.max(page, 0), size);
		if (section == null) {
			return new AgendaPages(chosen, chosen, chosen);
		}
		return new AgendaPages((section == Section.TODAY) ? chosen : first,
				(section == Section.OVERDUE) ? chosen : first, (section == Section.UPCOMING) ? chosen : first);
	}

}
