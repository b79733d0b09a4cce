package com.huike.crm.customer.web;

import java.util.Optional;

import com.huike.crm.customer.ArchivePartsService;
import com.huike.crm.customer.ArchivePartsSummary;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Gives templates the summary of the four archive parts for the signed-in user, so the
 * detail page includes it with one line: {@code ~{customers/parts ::
 * summary(${customer.id})}}.
 */
@Component("archiveParts")
class ArchivePartsView {

	private final ArchivePartsService parts;

	private final IdentityService identity;

	ArchivePartsView(ArchivePartsService parts, IdentityService identity) {
		this.parts = parts;
		this.identity = identity;
	}

	/** The summary, or null when the signed-in user may not read the parts. */
	public ArchivePartsSummary summary(Long customerId) {
		return viewer().flatMap(viewer -> parts.summary(customerId, viewer)).orElse(null);
	}

	private Optional<Viewer> viewer() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(Viewer.class.getName(), RequestAttributes.SCOPE_REQUEST) instanceof Viewer v) {
			return Optional.of(v);
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return identity.viewer(auth.getName());
	}

}
