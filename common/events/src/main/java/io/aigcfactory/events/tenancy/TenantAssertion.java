package io.aigcfactory.events.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The gateway's word on the tenant of one request: the tenant (header
 * {@value #TENANT_HEADER}), the request's id ({@value #REQUEST_ID_HEADER}) and
 * {@value #ASSERTION_HEADER} {@code t=<unix seconds>,v1=<base64url HMAC-SHA256>} over
 * {@code tenant \n seconds \n requestId} with a secret only the gateway and the services
 * hold. A service believes a tenant only when the signature matches and the time is
 * within the allowed skew, so a caller that reaches a service directly cannot choose one.
 */
public final class TenantAssertion {

	/** The tenant the request acts for. */
	public static final String TENANT_HEADER = "X-Tenant-Id";

	/** The request's id, unique per request, covered by the signature. */
	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	/** The timestamp and signature. */
	public static final String ASSERTION_HEADER = "X-Tenant-Assertion";

	private static final String ALGORITHM = "HmacSHA256";

	/** Below this a secret is guessable offline from one signed request. */
	public static final int MIN_SECRET_BYTES = 32;

	private final SecretKeySpec key;

	private final Duration maxSkew;

	/**
	 * @param secret the shared secret, at least {@value #MIN_SECRET_BYTES} bytes of UTF-8
	 * @param maxSkew how far a signed time may be from now, either way
	 */
	public TenantAssertion(String secret, Duration maxSkew) {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"The tenant assertion secret needs at least " + MIN_SECRET_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(bytes, ALGORITHM);
		this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
	}

	/** The {@value #ASSERTION_HEADER} value for a tenant and request at a time. */
	public String sign(String tenant, String requestId, Instant at) {
		long seconds = at.getEpochSecond();
		return "t=" + seconds + ",v1="
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(mac(tenant, seconds, requestId));
	}

	/**
	 * Whether the headers of a request carry a valid assertion of its tenant at
	 * {@code now}. Absent or malformed headers are not valid; signatures are compared in
	 * constant time.
	 */
	public boolean verify(@Nullable String tenant, @Nullable String requestId, @Nullable String assertion,
			Instant now) {
		if (tenant == null || requestId == null || assertion == null || !assertion.startsWith("t=")) {
			return false;
		}
		int comma = assertion.indexOf(",v1=");
		if (comma < 0) {
			return false;
		}
		long seconds;
		byte[] signature;
		try {
			seconds = Long.parseLong(assertion.substring(2, comma));
			signature = Base64.getUrlDecoder().decode(assertion.substring(comma + 4));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		Duration skew = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
		return skew.compareTo(this.maxSkew) <= 0 && MessageDigest.isEqual(mac(tenant, seconds, requestId), signature);
	}

	private byte[] mac(String tenant, long seconds, String requestId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal((tenant + "\n" + seconds + "\n" + requestId).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
