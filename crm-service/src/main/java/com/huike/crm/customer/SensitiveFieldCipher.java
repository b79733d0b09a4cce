package com.huike.crm.customer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the sensitive (S) profile answers and their history at rest with AES-256-GCM.
 * The key is the base64 of 32 random bytes in {@code huike.crypto.key} (e.g.
 * {@code openssl rand -base64 32}); the application refuses to start without a valid one.
 * A cipher text is {@code v1:} followed by the base64 of a random 12-byte nonce and the
 * encrypted bytes with their 16-byte tag, so any tampering is detected on decryption.
 */
@Component
public class SensitiveFieldCipher {

	static final String PREFIX = "v1:";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	public SensitiveFieldCipher(@Value("${huike.crypto.key:}") String base64Key) {
		this.key = new SecretKeySpec(decodeKey(base64Key), "AES");
	}

	private static byte[] decodeKey(String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new IllegalStateException("huike.crypto.key is not set: the sensitive profile fields cannot be "
					+ "encrypted. Set it (or the environment variable HUIKE_CRYPTO_KEY) to the base64 of 32 random "
					+ "bytes, e.g. the output of `openssl rand -base64 32`.");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("huike.crypto.key is not valid base64; it must be the base64 of 32 random "
					+ "bytes, e.g. the output of `openssl rand -base64 32`.");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("huike.crypto.key must be the base64 of exactly 32 bytes (AES-256), not "
					+ bytes.length + " bytes; e.g. the output of `openssl rand -base64 32`.");
		}
		return bytes;
	}

	/** Encrypts a text; {@code null} stays {@code null}. */
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Decrypts a text written by {@link #encrypt}; {@code null} stays {@code null}.
	 * @throws SensitiveDataTamperedException when the text was altered or another key was
	 * used
	 */
	public String decrypt(String cipherText) {
		if (cipherText == null) {
			return null;
		}
		if (!cipherText.startsWith(PREFIX)) {
			throw new SensitiveDataTamperedException();
		}
		byte[] data;
		try {
			data = Base64.getDecoder().decode(cipherText.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new SensitiveDataTamperedException();
		}
		if (data.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new SensitiveDataTamperedException();
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
			byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (javax.crypto.AEADBadTagException ex) {
			throw new SensitiveDataTamperedException();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

}
