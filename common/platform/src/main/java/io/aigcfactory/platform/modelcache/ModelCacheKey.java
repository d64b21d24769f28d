package io.aigcfactory.platform.modelcache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies one model output: its type and the SHA-256 of the model, the prompt and
 * every parameter that changes the output. Each field is length-prefixed and the
 * parameters are taken in name order, so no two different inputs share a digest by
 * concatenation and the order a caller lists parameters in does not matter.
 *
 * @param type the kind of output
 * @param digest lowercase hex SHA-256 of model, prompt and parameters
 */
public record ModelCacheKey(OutputType type, String digest) {

	/**
	 * The key of a model's output for a prompt and its parameters.
	 * @param type the kind of output
	 * @param model the model's name (and version, where it has one)
	 * @param prompt the whole prompt as the model receives it
	 * @param parameters every other input that changes the output (seed, size, sampling)
	 */
	public static ModelCacheKey of(OutputType type, String model, String prompt, Map<String, ?> parameters) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
		field(sha256, type.label());
		field(sha256, model);
		field(sha256, prompt);
		for (Map.Entry<String, ?> parameter : new TreeMap<>(parameters).entrySet()) {
			field(sha256, parameter.getKey());
			field(sha256, String.valueOf(parameter.getValue()));
		}
		return new ModelCacheKey(type, HexFormat.of().formatHex(sha256.digest()));
	}

	/** The key's name in a shared store: type and digest. */
	public String name() {
		return this.type.label() + ":" + this.digest;
	}

	private static void field(MessageDigest sha256, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
		sha256.update(bytes);
	}

}
