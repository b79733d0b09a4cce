package com.huike.crm.system;

import java.util.Optional;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who creates or changes an audited record ({@code created_by}, {@code updated_by}), for
 * Spring Data auditing: the signed-in user. Only auditing uses it (the features never use
 * {@code system}).
 * <p>
 * It is the very {@code Viewer} the request's controller was given (the
 * {@code ViewerArgumentResolver} keeps it as a request attribute), so that a record says
 * the same user as the history rows the service writes from that {@code Viewer}, and no
 * query is sent. Elsewhere (a request whose controller took no {@code Viewer}, or work on
 * another thread with a security context) it is read for the username of the security
 * context, in a transaction of its own: auditing asks while Hibernate flushes the
 * caller's changes, when the flushing session must not run a query itself. Nobody is
 * signed in at start-up and in scheduled work, so auditing leaves the "by" columns empty
 * there rather than name someone who did not act.
 */
@Component
public class SignedInUser implements AuditorAware<Long> {

	private static final String ATTRIBUTE = Viewer.class.getName();

	private final IdentityService identity;

	private final TransactionTemplate lookup;

	SignedInUser(IdentityService identity, PlatformTransactionManager transactions) {
		this.identity = identity;
		this.lookup = new TransactionTemplate(transactions, ownReadOnlyTransaction());
	}

	private static TransactionDefinition ownReadOnlyTransaction() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
				TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		definition.setReadOnly(true);
		return definition;
	}

	/** The signed-in user's id, for auditing; empty when nobody is signed in. */
	@Override
	public Optional<Long> getCurrentAuditor() {
		return viewer().map(Viewer::userId);
	}

	/**
	 * The signed-in user as the request's controller saw them, for beans that templates
	 * ask (panels of one feature on another's page); empty when nobody is signed in.
	 */
	public Optional<Viewer> viewer() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer viewer) {
			return Optional.of(viewer);
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Optional<Viewer> viewer = lookup.execute(status -> identity.viewer(auth.getName()));
		if (request != null && viewer.isPresent()) {
			request.setAttribute(ATTRIBUTE, viewer.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return viewer;
	}

}
