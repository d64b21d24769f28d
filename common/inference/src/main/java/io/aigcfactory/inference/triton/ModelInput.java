package io.aigcfactory.inference.triton;

import java.util.List;

import io.aigcfactory.inference.codec.Tensor;

/**
 * The input tensors of one item, shaped without the batch dimension: the backend stacks
 * the items of a batch along a new first dimension.
 *
 * @param tensors the tensors, by the names of the model's inputs
 */
public record ModelInput(List<Tensor> tensors) {

	public ModelInput {
		tensors = List.copyOf(tensors);
	}

	public static ModelInput of(Tensor... tensors) {
		return new ModelInput(List.of(tensors));
	}

	/**
	 * The payload size, for the request size limit.
	 */
	long bytes() {
		long bytes = 0;
		for (Tensor tensor : this.tensors) {
			bytes += tensor.data().size();
		}
		return bytes;
	}

}
