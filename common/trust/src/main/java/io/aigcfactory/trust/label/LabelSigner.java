package io.aigcfactory.trust.label;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deployment's signature in {@code ReservedCode1}: HMAC-SHA256, under the
 * deployment's key, over the producer's part of the label ({@code Label},
 * {@code ContentProducer}, {@code ProduceID}) and the SHA-256 of the file's content
 * without its labels, written as 43 characters of unpadded base64url (all inside the
 * label's character set). The propagator fields are left out on purpose: each platform
 * that passes a file on writes its own, and the producer's signature must still hold on
 * every channel's copy.
 */
public final class LabelSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	/** A signer with a key of at least 32 bytes. */
	public LabelSigner(byte[] key) {
		if (key.length < 32) {
			throw new IllegalArgumentException("A label signing key needs at least 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
	}

	/** The signature of a label over content with this SHA-256. */
	public String sign(AigcLabel label, byte[] contentSha256) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			String signed = String.join("\n", "AIGC-RC1-v1", label.label(), label.contentProducer(), label.produceId(),
					HexFormat.of().formatHex(contentSha256));
			byte[] tag = mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * Whether the label's {@code ReservedCode1} is this deployment's signature over the
	 * content.
	 */
	public boolean verify(AigcLabel label, byte[] contentSha256) {
		byte[] expected = sign(label, contentSha256).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, label.reservedCode1().getBytes(StandardCharsets.US_ASCII));
	}

	/** The SHA-256 of some bytes. */
	public static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
