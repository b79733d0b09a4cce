package com.huike.crm.complaint.web;

import java.util.List;

import com.huike.crm.complaint.ArchiveRequests;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.complaint.RequestRow;
import com.huike.crm.complaint.domain.RequestStatus;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.system.SignedInUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the call center's panels on other features' pages show, for templates
 * ({@code requests/panels :: archive} on the customer's archive,
 * {@code requests/panels :: agenda} on the manager's agenda): the customer's requests and
 * risk signal, the manager's customers' open requests. The pages include a fragment; the
 * fragment asks this bean, so neither the customer nor the follow-up feature depends on
 * this one. Reads the signed-in user the way controllers get their {@link Viewer}
 * ({@link SignedInUser#viewer()}).
 */
@Component("complaintPanels")
public class ComplaintPanels {

	static final int PANEL_ROWS = 5;

	private final ComplaintService complaints;

	private final SignedInUser signedIn;

	ComplaintPanels(ComplaintService complaints, SignedInUser signedIn) {
		this.complaints = complaints;
		this.signedIn = signedIn;
	}

	/**
	 * The customer's latest requests the signed-in user may see and the risk signal, or
	 * {@code null} without a signed-in user.
	 */
	public ArchiveRequests onArchive(Long customerId) {
		Viewer viewer = currentViewer();
		return (viewer != null && customerId != null) ? complaints.onArchive(customerId, viewer, PANEL_ROWS) : null;
	}

	/**
	 * The open requests of the signed-in manager's customers (or those of the manager
	 * whose agenda a market manager opened), newest first.
	 */
	public List<RequestRow> openForAgenda() {
		Viewer viewer = currentViewer();
		if (viewer == null || !(viewer.has(Role.MANAGER) || viewer.has(Role.SUPERVISOR))) {
			return List.of();
		}
		return complaints.list(null, viewer, PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter(r -> r.status() != RequestStatus.CLOSED)
			.limit(PANEL_ROWS * 2)
			.toList();
	}

	private Viewer currentViewer() {
		return signedIn.viewer().orElse(null);
	}

}
