package com.huike.crm.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request came too late: someone changed the record meanwhile, or it is no longer in
 * a state that allows this (a task already closed). Answered 409; the properties (e.g.
 * {@code currentVersion}) go into the problem detail so that a client can retry.
 */
public class ConflictException extends RefusedException {

	/** The problem type of a lost optimistic-locking race. */
	public static final String VERSION = "version-conflict";

	private final String problemType;

	private final Map<String, Object> properties;

	public ConflictException(String message, String problemType, String messageKey, Object... arguments) {
		this(message, problemType, Map.of(), messageKey, arguments);
	}

	public ConflictException(String message, String problemType, Map<String, ?> properties, String messageKey,
			Object... arguments) {
		super(message, messageKey, arguments);
		this.problemType = problemType;
		this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * One extra member of the problem detail; unlike {@link Map#of} it takes a null
	 * value.
	 */
	protected static Map<String, Object> properties(String name, Object value) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(name, value);
		return properties;
	}

	/** The last part of the problem's {@code type} URI, e.g. {@code version-conflict}. */
	public String getProblemType() {
		return problemType;
	}

	/** Extra members of the problem detail, in order (values may be null). */
	public Map<String, Object> getProperties() {
		return properties;
	}

}
