package com.huike.crm.shared;

/**
 * What text the application accepts: anything but control characters (other than tab,
 * line feed and carriage return), the bidirectional embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069: they reorder what follows them, so that a name
 * or a phone number shows other than it is — the "Trojan Source" trick), unpaired
 * surrogates and the non-characters U+FFFE and U+FFFF. PostgreSQL refuses a NUL in text outright, and the others show as empty boxes
 * on every page; a text that holds one is refused with a message at the boundary (forms,
 * JSON, the profile's answers), so nothing is silently changed or dropped.
 */
public final class Text {

	private Text() {
	}

	public static boolean hasControlCharacters(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' || isBidiControl(c)) {
				return true;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return true;
			}
			if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
