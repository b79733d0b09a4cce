package com.huike.crm.customer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.huike.crm.shared.RuleViolationException;

/**
 * Where a page of the customer list starts, for keyset (seek) paging: the sort, its
 * direction, and the sort key values and id of the row next to the page (the last row of
 * the page before it, or the first of the page after it), or "the last page". Written out
 * as an opaque token ({@link #encode()}): base64url of the values, with a MAC so that an
 * edited token is refused rather than read. The MAC keeps callers from building cursors
 * by hand, not secrets: a cursor only says where to start reading a list that is scoped
 * to the viewer anyway.
 *
 * @param sort the list's sort property ({@code name}, {@code code}, ...)
 * @param descending the direction of the sort
 * @param mode after the row, before the row, or the last page
 * @param keys the sort key values of the row, as text (timestamps in epoch microseconds)
 * @param id the row's id, the last key of every sort
 */
public record CustomerCursor(String sort, boolean descending, Mode mode, List<String> keys, long id) {

	/** Which way the page lies from the row. */
	public enum Mode {

		AFTER, BEFORE, LAST

	}

	private static final String VERSION = "1";

	private static final char SEPARATOR = '\u001f';

	/** Not a secret (see the class comment): a MAC key only so edits are noticed. */
	private static final byte[] KEY = "huike-crm customer list cursor".getBytes(StandardCharsets.UTF_8);

	static CustomerCursor last(String sort, boolean descending) {
		return new CustomerCursor(sort, descending, Mode.LAST, List.of(), 0);
	}

	public String encode() {
		List<String> parts = new ArrayList<>();
		parts.add(VERSION);
		parts.add(sort);
		parts.add(descending ? "d" : "a");
		parts.add(mode.name().substring(0, 1));
		parts.add(Long.toString(id));
		parts.addAll(keys);
		byte[] payload = String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8);
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString(payload) + "." + b64.encodeToString(mac(payload));
	}

	/**
	 * Reads a token of {@link #encode()}; refuses anything else ({@code cursor} field,
	 * {@code search.cursor.invalid}).
	 */
	public static CustomerCursor decode(String token) {
		try {
			int dot = token.indexOf('.');
			if (dot < 0 || token.length() > 2000) {
				throw invalid();
			}
			Base64.Decoder b64 = Base64.getUrlDecoder();
			byte[] payload = b64.decode(token.substring(0, dot));
			byte[] mac = b64.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(mac, mac(payload))) {
				throw invalid();
			}
			String text = new String(payload, StandardCharsets.UTF_8);
			if (text.indexOf('\0') >= 0) {
				throw invalid();
			}
			String[] parts = text.split(String.valueOf(SEPARATOR), -1);
			if (parts.length < 5 || !VERSION.equals(parts[0]) || !(parts[2].equals("a") || parts[2].equals("d"))) {
				throw invalid();
			}
			Mode mode = switch (parts[3]) {
				case "A" -> Mode.AFTER;
				case "B" -> Mode.BEFORE;
				case "L" -> Mode.LAST;
				default -> throw invalid();
			};
			return new CustomerCursor(parts[1], parts[2].equals("d"), mode,
					List.copyOf(Arrays.asList(parts).subList(5, parts.length)), Long.parseLong(parts[4]));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	static RuleViolationException invalid() {
		return new RuleViolationException("cursor", "search.cursor.invalid");
	}

	private static byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
			return Arrays.copyOf(mac.doFinal(payload), 12);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
