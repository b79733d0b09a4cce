package com.huike.crm.customer;

import java.util.LinkedHashSet;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import com.huike.crm.customer.domain.Customer;

import org.springframework.stereotype.Component;

/**
 * Computes the search columns of a customer: the pinyin sort key of the name, the search
 * terms (character unigrams and bigrams of name and company, pinyin prefixes) and the
 * phone digits.
 */
@Component
public class CustomerSearchKeys {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	public void reindex(Customer customer) {
		String pinyin = pinyin(customer.getName());
		Set<String> terms = new LinkedHashSet<>();
		grams(customer.getName(), terms);
		grams(customer.getCompanyName(), terms);
		prefixes(pinyin, terms);
		prefixes(initials(customer.getName()), terms);
		customer.reindex(pinyin, terms.toArray(String[]::new), phoneDigits(customer));
	}

	static String pinyin(String text) {
		StringBuilder out = new StringBuilder();
		for (char ch : text.toCharArray()) {
			String[] readings = readings(ch);
			out.append((readings.length > 0) ? readings[0] : String.valueOf(Character.toLowerCase(ch)));
		}
		return out.toString();
	}

	static String initials(String text) {
		StringBuilder out = new StringBuilder();
		for (char ch : text.toCharArray()) {
			String[] readings = readings(ch);
			if (readings.length > 0) {
				out.append(readings[0].charAt(0));
			}
			else if (Character.isLetterOrDigit(ch)) {
				out.append(Character.toLowerCase(ch));
			}
		}
		return out.toString();
	}

	private static String[] readings(char ch) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
			return (readings != null) ? readings : new String[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void grams(String text, Set<String> terms) {
		if (text == null) {
			return;
		}
		String t = text.strip();
		for (int i = 0; i < t.length(); i++) {
			terms.add(t.substring(i, i + 1));
			if (i + 1 < t.length()) {
				terms.add(t.substring(i, i + 2));
			}
		}
	}

	private static void prefixes(String word, Set<String> terms) {
		String w = word.replaceAll("[^a-z0-9]", "");
		for (int i = 1; i <= w.length(); i++) {
			terms.add(w.substring(0, i));
		}
	}

	private static String phoneDigits(Customer customer) {
		StringBuilder out = new StringBuilder();
		for (String phone : new String[] { customer.getMobilePhone(), customer.getOfficePhone(),
				customer.getHomePhone() }) {
			if (phone != null) {
				out.append(phone.replaceAll("\\D", "")).append(' ');
			}
		}
		return out.toString().strip();
	}

}
