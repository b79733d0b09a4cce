package com.huike.crm.customer;

import java.time.Instant;

/**
 * One line of the history (动态记录) as a viewer may see it. {@code field} is a catalog key
 * or a children cell ({@code children[2].name}, see {@link ProfileCatalog#resolve});
 * other features may record their own keys. Values of sensitive fields are {@code null}
 * and {@code masked} is true for viewers who may not see them.
 */
public record ProfileChange(Long id, Instant changedAt, Long changedBy, String changedByName, String section,
		String field, String oldValue, String newValue, boolean sensitive, boolean masked) {

}
