package com.huike.crm.customer.web;

import com.huike.crm.customer.ArchivePartsService;
import com.huike.crm.customer.ArchivePartsSummary;
import com.huike.crm.system.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * Gives templates the summary of the four archive parts for the signed-in user, so the
 * detail page includes it with one line: {@code ~{customers/parts ::
 * summary(${customer.id})}}.
 */
@Component("archiveParts")
class ArchivePartsView {

	private final ArchivePartsService parts;

	private final SignedInUser user;

	ArchivePartsView(ArchivePartsService parts, SignedInUser user) {
		this.parts = parts;
		this.user = user;
	}

	/** The summary, or null when the signed-in user may not read the parts. */
	public ArchivePartsSummary summary(Long customerId) {
		return user.viewer().flatMap(viewer -> parts.summary(customerId, viewer)).orElse(null);
	}

}
