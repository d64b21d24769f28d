package io.aigcfactory.inference.triton;

import java.time.Duration;

/**
 * How to address one model on Triton.
 *
 * @param name the model name on the server
 * @param version the version, empty for the server's policy
 * @param batched whether the model's first dimension is the batch (Triton
 * {@code max_batch_size > 0})
 * @param maxRequestBytes the largest payload of one item, checked before queueing
 * @param metadataDeadline the deadline for fetching the model's signature
 */
public record TritonModel(String name, String version, boolean batched, long maxRequestBytes,
		Duration metadataDeadline) {

	/** Protobuf cannot carry more than 2 GiB in one message. */
	public static final long PROTOCOL_LIMIT = Integer.MAX_VALUE;

	public TritonModel {
		if (name.isBlank()) {
			throw new IllegalArgumentException("Model name must not be blank");
		}
		if (maxRequestBytes < 1 || maxRequestBytes > PROTOCOL_LIMIT) {
			throw new IllegalArgumentException("maxRequestBytes must be within 1.." + PROTOCOL_LIMIT);
		}
	}

	public static TritonModel batched(String name) {
		return new TritonModel(name, "", true, 64L << 20, Duration.ofSeconds(5));
	}

	public static TritonModel unbatched(String name) {
		return new TritonModel(name, "", false, 64L << 20, Duration.ofSeconds(5));
	}

}
