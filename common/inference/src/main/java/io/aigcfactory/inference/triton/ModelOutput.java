package io.aigcfactory.inference.triton;

import java.util.Map;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.codec.Tensor;

/**
 * The output tensors of one item, without the batch dimension.
 *
 * @param tensors the tensors by name
 */
public record ModelOutput(Map<String, Tensor> tensors) {

	public ModelOutput {
		tensors = Map.copyOf(tensors);
	}

	/**
	 * One output tensor.
	 * @throws InferenceException when the model did not return it
	 */
	public Tensor tensor(String name) {
		Tensor tensor = this.tensors.get(name);
		if (tensor == null) {
			throw new InferenceException(Reason.BACKEND_FAILURE,
					"Output tensor '" + name + "' is missing; the model returned " + this.tensors.keySet());
		}
		return tensor;
	}

}
