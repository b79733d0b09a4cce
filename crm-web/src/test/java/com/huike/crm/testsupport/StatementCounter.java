package com.huike.crm.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends, for the tests that guard against
 * N+1 queries on the hot pages. Wraps the application's {@link DataSource} (a plain
 * component of the test classpath, so every web test shares one context with it); a
 * statement is counted when it is prepared, or executed when it is a plain
 * {@link Statement}. Only the calling thread is counted, so scheduled work elsewhere does
 * not disturb a measurement.
 * <p>
 * The HTTP session's own statements (Spring Session JDBC: load the session, record the
 * access, insert a new one) are not counted: they are the same few for every request
 * whatever the page shows, so they say nothing about N+1 queries, and the budgets are
 * what a page itself asks of the database.
 * <p>
 * {@code long n = StatementCounter.count(() -> mvc.perform(get("/customers")));} (at
 * least one, or the count fails).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

	private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall");

	private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
			"executeBatch", "executeLargeBatch");

	/**
	 * Runs the action and returns how many statements this thread sent meanwhile; fails
	 * when it counted none. Every page asks the database something (who is signed in, to
	 * begin with), so a count of nothing means the counter no longer sees the statements
	 * (the {@code DataSource} left unwrapped, say, because a proxy came first), and a
	 * budget would then pass whatever the page sends.
	 */
	public static long count(Action action) throws Exception {
		long[] counter = new long[1];
		COUNT.set(counter);
		try {
			action.run();
		}
		finally {
			COUNT.remove();
		}
		if (counter[0] == 0) {
			throw new AssertionError("No SQL statement was counted: the counter does not see the statements"
					+ " (is the application's DataSource still wrapped?), so no budget can be checked");
		}
		return counter[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return (result instanceof Connection connection) ? connection(connection) : result;
			});
		}
		return bean;
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			if (PREPARE.contains(method.getName())) {
				tickUnlessSession(args);
			}
			else if ("createStatement".equals(method.getName())) {
				return proxy(Statement.class, (Statement) result, (statement, m, a) -> {
					if (EXECUTE.contains(m.getName())) {
						tickUnlessSession(a);
					}
					return invoke(statement, m, a);
				});
			}
			return result;
		});
	}

	private static void tickUnlessSession(Object[] args) {
		boolean session = args != null && args.length > 0 && args[0] instanceof String sql
				&& sql.toLowerCase(Locale.ROOT).contains("spring_session");
		if (!session) {
			tick();
		}
	}

	private static void tick() {
		long[] counter = COUNT.get();
		if (counter != null) {
			counter[0]++;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler h = (p, method, args) -> {
			if ("unwrap".equals(method.getName()) || "isWrapperFor".equals(method.getName())) {
				return invoke(target, method, args);
			}
			return handler.handle(target, method, args);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, h);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	@FunctionalInterface
	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

}
