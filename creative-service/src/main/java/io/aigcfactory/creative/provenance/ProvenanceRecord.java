package io.aigcfactory.creative.provenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One link of an asset's provenance chain.
 *
 * @param assetId the asset
 * @param seq its place in the chain, from 1
 * @param tenantId the asset's tenant
 * @param kind what happened: {@code PRODUCED}, {@code INSPECTED}, {@code PUBLISHED},
 * {@code PUBLICATION_FAILED}
 * @param eventId the event that recorded it
 * @param payloadJson the facts, as JSON text (hashed as stored)
 * @param recordedAt when, ISO-8601
 * @param prevHash the hash of the record before (64 zeros for the first)
 * @param hash SHA-256 over all of the above, hex
 */
public record ProvenanceRecord(UUID assetId, int seq, String tenantId, String kind, UUID eventId, String payloadJson,
		String recordedAt, String prevHash, String hash) {

	/** The hash the first record links to. */
	public static final String GENESIS = "0".repeat(64);

	/** The hash of a record's content linked to the hash before it. */
	static String hash(UUID assetId, int seq, String tenantId, String kind, UUID eventId, String payloadJson,
			String recordedAt, String prevHash) {
		String content = String.join("\n", "aigc-provenance-v1", assetId.toString(), Integer.toString(seq), tenantId,
				kind, eventId.toString(), recordedAt, prevHash, payloadJson);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** Whether the stored hash is the hash of the stored content. */
	boolean intact() {
		return this.hash.equals(hash(this.assetId, this.seq, this.tenantId, this.kind, this.eventId, this.payloadJson,
				this.recordedAt, this.prevHash));
	}

}
