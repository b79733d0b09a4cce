package com.huike.crm.customer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.customer.domain.Customer;

import org.springframework.stereotype.Component;

/**
 * Computes the search columns of a customer (see {@code V30__index_customer_search.sql}):
 * <ul>
 * <li>{@code name_pinyin}: the sort key, surname-aware
 * ({@link NamePinyin#sortKey()});</li>
 * <li>{@code search_terms}: the name's characters and character pairs (so that two
 * Chinese characters are found through a GIN index, which pg_trgm cannot do), the
 * company's character pairs and Latin word prefixes marked with {@value #COMPANY}, and
 * every prefix of the name's pinyin: full ({@code zhangsan}), initials ({@code zs}),
 * surname plus initials ({@code zhangs}), also with the other readings of 多音字;</li>
 * <li>{@code phone_digits}: the digits of every phone, space separated (pg_trgm).</li>
 * </ul>
 * After changing name, company or phones call {@link #reindex(Customer)}.
 */
@Component
public class CustomerSearchKeys {

	/** Marks the terms that come from the company name. */
	public static final String COMPANY = "@";

	private static final int MAX_PREFIX = 40;

	private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\d]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	public void reindex(Customer customer) {
		Keys keys = keysOf(customer.getName(), customer.getCompanyName(), customer.getMobilePhone(),
				customer.getOfficePhone(), customer.getHomePhone());
		customer.reindex(keys.namePinyin(), keys.searchTerms(), keys.phoneDigits());
	}

	/** The search columns of a customer with this name, company and phones. */
	public static Keys keysOf(String name, String companyName, String... phones) {
		NamePinyin pinyin = NamePinyin.ofName(name);
		Set<String> terms = new LinkedHashSet<>();
		String n = fold(name);
		for (int i = 0; i < n.length();) {
			int cp = n.codePointAt(i);
			int next = i + Character.charCount(cp);
			terms.add(n.substring(i, next));
			if (next < n.length()) {
				terms.add(n.substring(i, next + Character.charCount(n.codePointAt(next))));
			}
			i = next;
		}
		for (String variant : pinyin.variants()) {
			prefixes(variant, "", terms);
		}
		for (String initials : pinyin.initialsVariants()) {
			prefixes(initials, "", terms);
		}
		prefixes(pinyin.surnameFullGivenInitials(), "", terms);
		words(name, "", terms);
		String c = fold(companyName);
		for (int i = 0; i < c.length();) {
			int next = i + Character.charCount(c.codePointAt(i));
			if (next < c.length()) {
				terms.add(COMPANY + c.substring(i, next + Character.charCount(c.codePointAt(next))));
			}
			i = next;
		}
		words(companyName, COMPANY, terms);
		String key = pinyin.isEmpty() ? n : pinyin.sortKey();
		return new Keys(key, terms.toArray(String[]::new), phoneDigits(phones));
	}

	/**
	 * Lower case, full-width folded, without spaces: the form terms and queries share.
	 */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		return SPACES.matcher(NamePinyin.normalize(text).toLowerCase(Locale.ROOT)).replaceAll("");
	}

	static String phoneDigits(String... phones) {
		StringBuilder out = new StringBuilder();
		for (String phone : phones) {
			if (phone != null) {
				int before = out.length();
				phone.chars().filter(ch -> ch >= '0' && ch <= '9').forEach(ch -> out.append((char) ch));
				if (out.length() > before) {
					out.append(' ');
				}
			}
		}
		return out.toString().strip();
	}

	private static void words(String text, String mark, Set<String> terms) {
		if (text == null) {
			return;
		}
		Matcher m = WORD.matcher(NamePinyin.normalize(text).toLowerCase(Locale.ROOT));
		while (m.find()) {
			prefixes(m.group(), mark, terms);
		}
	}

	private static void prefixes(String word, String mark, Set<String> terms) {
		for (int i = 1; i <= Math.min(word.length(), MAX_PREFIX); i++) {
			terms.add(mark + word.substring(0, i));
		}
	}

	/** The three search columns of one customer. */
	public record Keys(String namePinyin, String[] searchTerms, String phoneDigits) {
	}

}
