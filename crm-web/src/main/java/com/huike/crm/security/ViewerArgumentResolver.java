package com.huike.crm.security;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in {@link Viewer}, read fresh from the database once per
 * request so that a change of role or team applies at once.
 */
@Component
public class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = Viewer.class.getName();

	private final IdentityService identity;

	ViewerArgumentResolver(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Viewer.class.equals(parameter.getParameterType());
	}

	@Override
	public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Object cached = webRequest.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof Viewer viewer) {
			return viewer;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			throw new AccessDeniedException("not signed in");
		}
		Viewer viewer = identity.viewer(auth.getName()).orElseThrow(() -> new AccessDeniedException("unknown user"));
		webRequest.setAttribute(ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
		return viewer;
	}

}
