package io.aigcfactory.inspection.verdict;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** An embedding as the bytes of its column: float32, little-endian. */
final class EmbeddingBytes {

	private EmbeddingBytes() {
	}

	static byte[] encode(float[] vector) {
		ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(vector);
		return bytes.array();
	}

	static float[] decode(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

}
