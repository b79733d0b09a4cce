package com.huike.crm.revisit;

import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotAllowedException;

/** Who may do what with revisits (spec/domain.md, the call center). */
final class RevisitAccess {

	private RevisitAccess() {
	}

	/** Agents work the queue and make the calls. */
	static boolean mayCall(Viewer viewer) {
		return viewer.has(Role.AGENT);
	}

	/**
	 * The customer-service manager (and the administrator) keeps scripts, items,
	 * settings.
	 */
	static boolean mayConfigure(Viewer viewer) {
		return viewer.has(Role.CS_MANAGER) || viewer.isAdmin();
	}

	/** The customer-service manager (and the administrator) reads the reports. */
	static boolean mayReadReports(Viewer viewer) {
		return viewer.has(Role.CS_MANAGER) || viewer.isAdmin();
	}

	static void checkCall(Viewer viewer) {
		if (!mayCall(viewer)) {
			throw new NotAllowedException("call-center agents only", "revisit.notAllowed");
		}
	}

	static void checkConfigure(Viewer viewer) {
		if (!mayConfigure(viewer)) {
			throw new NotAllowedException("the customer-service manager only", "revisit.notAllowed");
		}
	}

	static void checkReports(Viewer viewer) {
		if (!mayReadReports(viewer)) {
			throw new NotAllowedException("the customer-service manager only", "revisit.notAllowed");
		}
	}

}
