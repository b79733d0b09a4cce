package com.huike.crm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.customer.domain.CustomerRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues customer codes (客户编码) from a configurable pattern, e.g. {@code KH{yyyy}{seq:6}}
 * gives {@code KH2026000042}. Placeholders: {@code {yyyy}}, {@code {yy}}, {@code {MM}}
 * and {@code {seq:N}} (a database sequence, zero-padded to N digits).
 */
@Component
public class CustomerCodeGenerator {

	private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

	private final CustomerRepository customers;

	private final String pattern;

	private final Clock clock;

	public CustomerCodeGenerator(CustomerRepository customers,
			@Value("${huike.customer.code-pattern:KH{yyyy}{seq:6}}") String pattern, Clock clock) {
		if (!SEQ.matcher(pattern).find()) {
			throw new IllegalArgumentException("huike.customer.code-pattern needs a {seq} placeholder: " + pattern);
		}
		this.customers = customers;
		this.pattern = pattern;
		this.clock = clock;
	}

	public String next() {
		return format(pattern, LocalDate.now(clock), customers.nextCodeNumber());
	}

	static String format(String pattern, LocalDate date, long number) {
		String code = pattern.replace("{yyyy}", String.format("%04d", date.getYear()))
			.replace("{yy}", String.format("%02d", date.getYear() % 100))
			.replace("{MM}", String.format("%02d", date.getMonthValue()));
		Matcher m = SEQ.matcher(code);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int width = (m.group(1) != null) ? Integer.parseInt(m.group(1)) : 1;
			m.appendReplacement(out, String.format("%0" + width + "d", number));
		}
		m.appendTail(out);
		return out.toString();
	}

}
