package io.aigcfactory.inference.triton;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import inference.InferParameter;
import inference.InferTensorContents;
import inference.ModelInferRequest;
import inference.ModelInferResponse;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;

/**
 * Stacks items into one request along a new batch dimension and splits the response back,
 * slicing raw contents without copying them.
 */
final class TensorStacking {

	private TensorStacking() {
	}

	/**
	 * Items can share a request only when their tensors agree in name, type and shape.
	 */
	static String shapeKey(ModelInput input) {
		StringBuilder key = new StringBuilder();
		for (Tensor tensor : input.tensors()) {
			key.append(tensor.name()).append(':').append(tensor.dataType()).append(Arrays.toString(tensor.shape()));
		}
		return key.toString();
	}

	static ModelInferRequest request(String model, String version, List<ModelInput> items, boolean batched,
			Duration budget) {
		ModelInput first = items.get(0);
		ModelInferRequest.Builder request = ModelInferRequest.newBuilder()
			.setModelName(model)
			.setModelVersion(version)
			.putParameters("timeout", InferParameter.newBuilder().setInt64Param(budget.toNanos() / 1000).build());
		for (int t = 0; t < first.tensors().size(); t++) {
			Tensor head = first.tensors().get(t);
			ModelInferRequest.InferInputTensor.Builder input = request.addInputsBuilder()
				.setName(head.name())
				.setDatatype(head.dataType().wireName());
			if (batched) {
				input.addShape(items.size());
			}
			for (long dim : head.shape()) {
				input.addShape(dim);
			}
			ByteString raw = ByteString.empty();
			for (ModelInput item : items) {
				raw = raw.concat(item.tensors().get(t).data());
			}
			request.addRawInputContents(raw);
		}
		return request.build();
	}

	static List<ModelOutput> split(ModelInferResponse response, int batchSize, boolean batched) {
		List<Map<String, Tensor>> outputs = new ArrayList<>(batchSize);
		for (int k = 0; k < batchSize; k++) {
			outputs.add(new HashMap<>());
		}
		for (int i = 0; i < response.getOutputsCount(); i++) {
			ModelInferResponse.InferOutputTensor output = response.getOutputs(i);
			DataType type = DataType.fromWireName(output.getDatatype());
			long[] shape = output.getShapeList().stream().mapToLong(Long::longValue).toArray();
			ByteString raw = (i < response.getRawOutputContentsCount()) ? response.getRawOutputContents(i)
					: raw(output.getContents(), type);
			if (!batched) {
				outputs.get(0).put(output.getName(), new Tensor(output.getName(), type, shape, raw));
				continue;
			}
			if (shape.length == 0 || shape[0] != batchSize) {
				throw new InferenceException(Reason.BACKEND_FAILURE, "Output tensor '" + output.getName()
						+ "' has shape " + Arrays.toString(shape) + " for a batch of " + batchSize);
			}
			long[] itemShape = Arrays.copyOfRange(shape, 1, shape.length);
			List<ByteString> slices = slices(raw, type, itemShape, batchSize, output.getName());
			for (int k = 0; k < batchSize; k++) {
				outputs.get(k).put(output.getName(), new Tensor(output.getName(), type, itemShape, slices.get(k)));
			}
		}
		return outputs.stream().map(ModelOutput::new).toList();
	}

	private static List<ByteString> slices(ByteString raw, DataType type, long[] itemShape, int batchSize,
			String name) {
		List<ByteString> slices = new ArrayList<>(batchSize);
		if (type != DataType.BYTES) {
			int per = raw.size() / batchSize;
			for (int k = 0; k < batchSize; k++) {
				slices.add(raw.substring(k * per, (k + 1) * per));
			}
			return slices;
		}
		long perItem = 1;
		for (long dim : itemShape) {
			perItem *= dim;
		}
		ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
		int start = 0;
		for (int k = 0; k < batchSize; k++) {
			for (long e = 0; e < perItem; e++) {
				if (buffer.remaining() < 4) {
					throw new InferenceException(Reason.BACKEND_FAILURE, "BYTES output '" + name + "' is truncated");
				}
				int length = buffer.getInt();
				buffer.position(buffer.position() + length);
			}
			slices.add(raw.substring(start, buffer.position()));
			start = buffer.position();
		}
		return slices;
	}

	/**
	 * Typed contents, which some servers send instead of raw ones, in the raw encoding.
	 */
	static ByteString raw(InferTensorContents contents, DataType type) {
		ByteBuffer buffer;
		switch (type) {
			case FP32 -> {
				buffer = allocate(contents.getFp32ContentsCount() * 4);
				contents.getFp32ContentsList().forEach(buffer::putFloat);
			}
			case FP64 -> {
				buffer = allocate(contents.getFp64ContentsCount() * 8);
				contents.getFp64ContentsList().forEach(buffer::putDouble);
			}
			case INT8, INT16, INT32 -> {
				buffer = allocate(contents.getIntContentsCount() * type.elementSize());
				contents.getIntContentsList().forEach((v) -> putInt(buffer, type.elementSize(), v));
			}
			case UINT8, UINT16, UINT32 -> {
				buffer = allocate(contents.getUintContentsCount() * type.elementSize());
				contents.getUintContentsList().forEach((v) -> putInt(buffer, type.elementSize(), v));
			}
			case INT64 -> {
				buffer = allocate(contents.getInt64ContentsCount() * 8);
				contents.getInt64ContentsList().forEach(buffer::putLong);
			}
			case UINT64 -> {
				buffer = allocate(contents.getUint64ContentsCount() * 8);
				contents.getUint64ContentsList().forEach(buffer::putLong);
			}
			case BOOL -> {
				buffer = allocate(contents.getBoolContentsCount());
				contents.getBoolContentsList().forEach((v) -> buffer.put((byte) (v ? 1 : 0)));
			}
			case BYTES -> {
				int size = contents.getBytesContentsList().stream().mapToInt((b) -> 4 + b.size()).sum();
				buffer = allocate(size);
				contents.getBytesContentsList().forEach((b) -> buffer.putInt(b.size()).put(b.asReadOnlyByteBuffer()));
			}
			default -> throw new InferenceException(Reason.BACKEND_FAILURE, type + " can only be sent as raw contents");
		}
		return UnsafeByteOperations.unsafeWrap(buffer.array());
	}

	private static ByteBuffer allocate(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static void putInt(ByteBuffer buffer, int size, int value) {
		switch (size) {
			case 1 -> buffer.put((byte) value);
			case 2 -> buffer.putShort((short) value);
			default -> buffer.putInt(value);
		}
	}

}
