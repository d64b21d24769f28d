package io.aigcfactory.trust.watermark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 64 bits a watermark carries: the top 16 bits are the first two bytes of the SHA-256
 * of the tenant id, the low 48 bits the first six bytes of the SHA-256 of the asset id. A
 * reader that knows an asset recognises it by recomputing both. With 48 bits, the chance
 * that any two of a tenant's 100,000 assets share a payload is about 2 in 100,000 (the
 * birthday bound, n²/2⁴⁹).
 *
 * @param tenantHash the tenant's 16 bits
 * @param assetHash the asset's 48 bits
 */
public record WatermarkPayload(int tenantHash, long assetHash) {

	private static final long ASSET_MASK = (1L << 48) - 1;

	public WatermarkPayload {
		if (tenantHash < 0 || tenantHash > 0xFFFF) {
			throw new IllegalArgumentException("tenantHash must fit 16 bits");
		}
		if ((assetHash & ~ASSET_MASK) != 0) {
			throw new IllegalArgumentException("assetHash must fit 48 bits");
		}
	}

	/** The payload of an asset of a tenant. */
	public static WatermarkPayload of(String tenantId, String assetId) {
		return new WatermarkPayload(tenantHash(tenantId), assetHash(assetId));
	}

	/** The payload from its 64 bits. */
	public static WatermarkPayload ofBits(long bits) {
		return new WatermarkPayload((int) (bits >>> 48), bits & ASSET_MASK);
	}

	/** The 16 bits of a tenant id. */
	public static int tenantHash(String tenantId) {
		byte[] digest = sha256(tenantId);
		return ((digest[0] & 0xFF) << 8) | (digest[1] & 0xFF);
	}

	/** The 48 bits of an asset id. */
	public static long assetHash(String assetId) {
		byte[] digest = sha256(assetId);
		long bits = 0;
		for (int i = 0; i < 6; i++) {
			bits = (bits << 8) | (digest[i] & 0xFF);
		}
		return bits;
	}

	/** The 64 bits: tenant high, asset low. */
	public long bits() {
		return ((long) this.tenantHash << 48) | this.assetHash;
	}

	/** The 64 bits as 16 hex digits. */
	public String hex() {
		return String.format("%016x", bits());
	}

	byte[] bytes() {
		return ByteBuffer.allocate(8).putLong(bits()).array();
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
