package com.huike.crm.system;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads the properties of the application's own objects in the templates' expressions
 * ({@code ${row.mark}}): a getter ({@code getMark}, {@code isMark}) or a record's
 * component, found once per class and name. Spring's reflective accessor finds the same,
 * but SpEL drops the optimised accessor it makes from its cache on every read (the cache
 * is checked against the context's list of accessors, where that one never is), so each
 * read searched and sorted the accessors again (docs/performance.md, "Rendering"): this
 * one is in the list, and stays cached. Only methods that classes of
 * {@code com.huike.crm} declare themselves are read — nothing of {@link Object}, Spring
 * or the JDK (no {@code getClass}) — and nothing is ever written; everything else is left
 * to Thymeleaf's accessors.
 */
final class ViewProperties implements PropertyAccessor {

	static final ViewProperties INSTANCE = new ViewProperties();

	private static final String OWN = "com.huike.crm.";

	private final Map<Class<?>, Map<String, Optional<Reader>>> readers = new ConcurrentHashMap<>();

	private ViewProperties() {
	}

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) {
		return reader(target, name) != null;
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		Reader reader = reader(target, name);
		if (reader == null) {
			throw new AccessException("no property " + name + " of an application object");
		}
		try {
			Object value = reader.method().invoke(target);
			return new TypedValue(value, reader.type().narrow(value));
		}
		catch (ReflectiveOperationException ex) {
			throw new AccessException("reading " + name, ex);
		}
	}

	@Override
	public boolean canWrite(EvaluationContext context, Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
		throw new AccessException("the templates write no property");
	}

	private Reader reader(Object target, String name) {
		if (target == null || !target.getClass().getName().startsWith(OWN)) {
			return null;
		}
		return readers.computeIfAbsent(target.getClass(), c -> new ConcurrentHashMap<>())
			.computeIfAbsent(name, n -> find(target.getClass(), n))
			.orElse(null);
	}

	private static Optional<Reader> find(Class<?> type, String name) {
		if (name.isEmpty()) {
			return Optional.empty();
		}
		String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		Method method = method(type, "get" + suffix);
		if (method == null) {
			method = method(type, "is" + suffix);
			if (method != null && method.getReturnType() != boolean.class && method.getReturnType() != Boolean.class) {
				method = null;
			}
		}
		if (method == null && type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getName().equals(name)) {
					method = component.getAccessor();
				}
			}
		}
		if (method == null || !method.getDeclaringClass().getName().startsWith(OWN) || !method.trySetAccessible()) {
			return Optional.empty();
		}
		return Optional.of(new Reader(method, new TypeDescriptor(new MethodParameter(method, -1))));
	}

	private static Method method(Class<?> type, String name) {
		try {
			Method m = type.getMethod(name);
			return (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) ? null : m;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private record Reader(Method method, TypeDescriptor type) {

	}

}
