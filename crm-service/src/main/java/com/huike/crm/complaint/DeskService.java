package com.huike.crm.complaint;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.calendar.CalendarService;
import com.huike.crm.complaint.domain.RequestStatus;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerContact;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerSearchResult;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's desk while the phone rings: the caller looked up by phone (as caller ID
 * gives it), name, pinyin or code through the customer search's lookup for the call
 * center (capped, and written to the access log), the caller's card with the call fields
 * only, and the opening line of the moment.
 */
@Service
@Transactional(readOnly = true)
public class DeskService {

	/** The requests the caller's card lists. */
	static final int CARD_ROWS = 5;

	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟",
			"公孙", "长孙", "宇文", "司徒", "夏侯", "端木", "独孤", "南宫", "西门");

	private final CustomerService customerService;

	private final CustomerDirectory customers;

	private final ComplaintService complaints;

	private final IdentityService identity;

	private final CalendarService calendar;

	private final Clock clock;

	DeskService(CustomerService customerService, CustomerDirectory customers, ComplaintService complaints,
			IdentityService identity, CalendarService calendar, Clock clock) {
		this.customerService = customerService;
		this.customers = customers;
		this.complaints = complaints;
		this.identity = identity;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Finds the caller. A phone number is normalised first (country code, spaces, dashes
	 * and brackets gone: {@link PhoneNumbers}); anything else goes to the search as
	 * typed.
	 */
	@Transactional
	public DeskLookup lookup(String q, Viewer viewer) {
		checkDesk(viewer);
		String query = (q == null) ? "" : q.strip();
		if (query.isEmpty()) {
			return new DeskLookup("", "", List.of(), false);
		}
		String searched = PhoneNumbers.looksLikePhone(query) ? PhoneNumbers.normalize(query) : query;
		CustomerSearchResult result = customerService.search(
				new CustomerQuery(searched, null, null, null, null, null, null, null, null, null), viewer,
				PageRequest.of(0, com.huike.crm.customer.CustomerSearch.LOOKUP_LIMIT));
		return new DeskLookup(query, searched, result.getContent(), result.isCapped());
	}

	/** The caller's card: call fields, owning manager, open and recent requests. */
	public CallerCard caller(Long customerId, Viewer viewer) {
		checkDesk(viewer);
		CustomerCard card = customers.card(customerId, viewer);
		CustomerContact contact = customers.contacts(Set.of(customerId)).get(customerId);
		Map<Long, String> owner = identity.displayNames(Set.of(card.ownerId()));
		List<RequestRow> recent = complaints.ofCustomer(customerId, viewer, 50);
		List<RequestRow> open = recent.stream().filter(r -> r.status() != RequestStatus.CLOSED).toList();
		return new CallerCard(card.id(), card.code(), card.name(), surname(card.name()),
				(contact != null) ? contact.mobilePhone() : card.mobilePhone(),
				(contact != null) ? contact.officePhone() : null, owner.get(card.ownerId()), open,
				recent.stream().limit(CARD_ROWS).toList());
	}

	/** The opening line for this moment (早上好 / 您好 / the festival's greeting). */
	public OpeningLine openingLine() {
		LocalDateTime now = LocalDateTime.now(clock);
		return OpeningLine.at(now, calendar.holidayOn(now.toLocalDate()));
	}

	public static boolean mayUseDesk(Viewer viewer) {
		return ComplaintService.isCallCenter(viewer);
	}

	/** The surname to address a caller by (张 of 张三, 欧阳 of 欧阳修). */
	static String surname(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String n = name.strip();
		for (String compound : COMPOUND_SURNAMES) {
			if (n.startsWith(compound) && n.length() > 2) {
				return compound;
			}
		}
		return n.substring(0, n.offsetByCodePoints(0, 1));
	}

	private static void checkDesk(Viewer viewer) {
		if (!mayUseDesk(viewer)) {
			throw new NotAllowedException("the call center's desk", "request.notCallCenter");
		}
	}

}
