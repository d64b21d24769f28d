package io.aigcfactory.inference.local;

import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs a BERT-style encoder once over many token rows, padded to the longest with masked
 * positions, and pools each row's CLS vector.
 */
final class PaddedBatch {

	private PaddedBatch() {
	}

	/**
	 * Runs rows sorted by length in groups of similar length, so that little of a batch
	 * is padding; the attention cost grows with the square of the padded length.
	 * @param rows per row: input ids, attention mask, token type ids
	 * @param group the most rows per inference
	 * @return the CLS vector of each row, in the given order
	 */
	static float[][] clsVectorsByLength(OrtEnvironment environment, OrtSession session, List<long[][]> rows,
			int group) {
		Integer[] order = new Integer[rows.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> rows.get(i)[0].length));
		float[][] vectors = new float[rows.size()][];
		for (int from = 0; from < order.length; from += group) {
			int to = Math.min(order.length, from + group);
			List<long[][]> slice = new java.util.ArrayList<>(to - from);
			for (int k = from; k < to; k++) {
				slice.add(rows.get(order[k]));
			}
			float[][] cls = clsVectors(environment, session, slice);
			for (int k = from; k < to; k++) {
				vectors[order[k]] = cls[k - from];
			}
		}
		return vectors;
	}

	/**
	 * @param rows per row: input ids, attention mask, token type ids
	 * @return the CLS vector of each row
	 */
	static float[][] clsVectors(OrtEnvironment environment, OrtSession session, List<long[][]> rows) {
		int batch = rows.size();
		int length = 0;
		for (long[][] row : rows) {
			length = Math.max(length, row[0].length);
		}
		long[] ids = new long[batch * length];
		long[] mask = new long[batch * length];
		long[] types = new long[batch * length];
		for (int r = 0; r < batch; r++) {
			long[][] row = rows.get(r);
			System.arraycopy(row[0], 0, ids, r * length, row[0].length);
			System.arraycopy(row[1], 0, mask, r * length, row[1].length);
			System.arraycopy(row[2], 0, types, r * length, row[2].length);
		}
		long[] shape = { batch, length };
		try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
			Map<String, OnnxTensor> inputs = new HashMap<>();
			inputs.put("input_ids", idsTensor);
			inputs.put("attention_mask", maskTensor);
			if (session.getInputNames().contains("token_type_ids")) {
				inputs.put("token_type_ids", typesTensor);
			}
			try (OrtSession.Result result = session.run(inputs)) {
				float[][][] hidden = (float[][][]) result.get(0).getValue();
				float[][] cls = new float[batch][];
				for (int r = 0; r < batch; r++) {
					cls[r] = hidden[r][0];
				}
				return cls;
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime failed on a batch of " + batch, ex);
		}
	}

	static float[] weightedAverage(float[][] vectors, int from, int[] weights) {
		if (weights.length == 1) {
			return vectors[from];
		}
		float[] sum = new float[vectors[from].length];
		int total = 0;
		for (int c = 0; c < weights.length; c++) {
			float[] vector = vectors[from + c];
			for (int d = 0; d < sum.length; d++) {
				sum[d] += vector[d] * weights[c];
			}
			total += weights[c];
		}
		for (int d = 0; d < sum.length; d++) {
			sum[d] /= total;
		}
		return sum;
	}

	static float[] normalize(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int d = 0; d < vector.length; d++) {
			unit[d] = (float) (vector[d] / norm);
		}
		return unit;
	}

}
