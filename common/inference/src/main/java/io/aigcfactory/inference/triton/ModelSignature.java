package io.aigcfactory.inference.triton;

import java.util.Arrays;
import java.util.List;

import inference.ModelMetadataResponse;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;

/**
 * A model's inputs and outputs as its server reports them, used to reject malformed
 * requests locally before any call.
 *
 * @param name the model name
 * @param platform the server's platform or backend name
 * @param inputs the input tensors
 * @param outputs the output tensors
 */
public record ModelSignature(String name, String platform, List<TensorSpec> inputs, List<TensorSpec> outputs) {

	public ModelSignature {
		inputs = List.copyOf(inputs);
		outputs = List.copyOf(outputs);
	}

	static ModelSignature of(ModelMetadataResponse metadata) {
		return new ModelSignature(metadata.getName(), metadata.getPlatform(),
				metadata.getInputsList().stream().map(ModelSignature::spec).toList(),
				metadata.getOutputsList().stream().map(ModelSignature::spec).toList());
	}

	private static TensorSpec spec(ModelMetadataResponse.TensorMetadata tensor) {
		return new TensorSpec(tensor.getName(), DataType.fromWireName(tensor.getDatatype()),
				tensor.getShapeList().stream().mapToLong(Long::longValue).toArray());
	}

	/**
	 * Checks every tensor's name, data type and shape.
	 * @param input the item
	 * @param batched whether the model's first dimension is the batch
	 * @throws InferenceException naming the offending tensor
	 */
	public void validate(ModelInput input, boolean batched) {
		if (input.tensors().isEmpty()) {
			throw invalid("A request to model '" + this.name + "' has no input tensors; expected " + this.inputs);
		}
		for (Tensor tensor : input.tensors()) {
			TensorSpec spec = input(tensor.name());
			if (spec.dataType() != tensor.dataType()) {
				throw invalid("Input tensor '" + tensor.name() + "' of model '" + this.name + "' must be "
						+ spec.dataType() + ", was " + tensor.dataType());
			}
			if (!spec.accepts(tensor.shape(), batched)) {
				throw invalid("Input tensor '" + tensor.name() + "' of model '" + this.name + "' has shape "
						+ Arrays.toString(tensor.shape()) + " but the model expects " + Arrays.toString(spec.shape())
						+ (batched ? " with the first (batch) dimension left out" : ""));
			}
		}
	}

	private TensorSpec input(String tensorName) {
		for (TensorSpec spec : this.inputs) {
			if (spec.name().equals(tensorName)) {
				return spec;
			}
		}
		throw invalid("Model '" + this.name + "' has no input tensor '" + tensorName + "'; its inputs are "
				+ this.inputs.stream().map(TensorSpec::name).toList());
	}

	private static InferenceException invalid(String message) {
		return new InferenceException(Reason.INVALID_INPUT, message);
	}

}
