package com.huike.crm.complaint;

/**
 * Phone numbers as caller ID gives them, made into what the archive stores:
 * {@code +86 199
 * 1234 5678}, {@code 0086-19912345678}, {@code 86 199…} and {@code (010) 6512-3456}
 * become {@code 19912345678} and {@code 01065123456}. The customer search matches digits
 * only and splits a box at spaces into words that must all match, so an unnormalised
 * caller ID finds nobody.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/**
	 * True when the text is a phone number and nothing else: digits with the separators
	 * of caller ID ({@code + - ( ) .} and spaces), at least 3 digits.
	 */
	public static boolean looksLikePhone(String text) {
		if (text == null) {
			return false;
		}
		String s = text.strip();
		return s.matches("[+0-9()\\-.\\s\\u3000]+") && s.replaceAll("\\D", "").length() >= 3;
	}

	/** The digits of a number, without China's country code. */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String s = text.strip();
		String digits = s.replaceAll("\\D", "");
		boolean international = s.startsWith("+") || digits.startsWith("00");
		if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		else if (digits.startsWith("86") && (international || digits.length() == 13)) {
			digits = digits.substring(2);
		}
		else {
			return digits;
		}
		// a landline after the country code lost the trunk 0 of its area code (Beijing's
		// 10 too); a mobile number is 1[3-9] and nine digits
		if (!digits.matches("1[3-9]\\d{9}") && !digits.startsWith("0") && digits.length() >= 9) {
			digits = "0" + digits;
		}
		return digits;
	}

}
