package io.aigcfactory.gateway.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Makes and hashes key secrets: {@code aigc_<tenant>_<random>} with 256 random bits in
 * base 36. A plain SHA-256 is enough to store them: the secret is random and as long as
 * the hash, so there is nothing to guess and no dictionary to try, and a slow password
 * hash would only slow every request. A fast hash also lets the store find a key by it.
 */
final class KeySecrets {

	static final String PREFIX = "aigc_";

	private static final int RANDOM_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	/** A new secret for a tenant; the tenant in it is a hint for people, not trusted. */
	String newSecret(String tenant) {
		byte[] bytes = new byte[RANDOM_BYTES];
		this.random.nextBytes(bytes);
		return PREFIX + tenant + "_" + new BigInteger(1, bytes).toString(36);
	}

	/** Whether a bearer token is shaped like one of our keys (and not a JWT). */
	static boolean looksLikeKey(String token) {
		return token.startsWith(PREFIX);
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** What a list shows of a key: enough to recognise it, far too little to use it. */
	static String displayPrefix(String secret) {
		return secret.substring(0, Math.min(secret.length(), secret.indexOf('_', PREFIX.length()) + 7)) + "…";
	}

}
