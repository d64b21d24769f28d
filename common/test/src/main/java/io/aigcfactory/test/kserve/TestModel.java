package io.aigcfactory.test.kserve;

import java.time.Duration;
import java.util.List;

/**
 * A fake model. Each batch occupies one of its instances for {@code a + b × batch size},
 * like a GPU running one batch at a time, so that batching has something to win.
 *
 * @param name the model name
 * @param inputs the inputs: name, data type and shape (-1 for variable, batch first when
 * {@code maxBatchSize > 0})
 * @param outputs the outputs, likewise
 * @param maxBatchSize the largest batch accepted, 0 for a model without a batch dimension
 * @param a the fixed cost of a batch
 * @param b the cost per item
 * @param instances how many batches run at once
 * @param decoupled whether the model answers on the streaming RPC only, several responses
 * per request
 * @param kernel what the model computes
 */
public record TestModel(String name, List<TestTensorSpec> inputs, List<TestTensorSpec> outputs, int maxBatchSize,
		Duration a, Duration b, int instances, boolean decoupled, Kernel kernel) {

	/**
	 * The same model with another cost.
	 */
	public TestModel withCost(Duration a, Duration b) {
		return new TestModel(this.name, this.inputs, this.outputs, this.maxBatchSize, a, b, this.instances,
				this.decoupled, this.kernel);
	}

	public TestModel withInstances(int instances) {
		return new TestModel(this.name, this.inputs, this.outputs, this.maxBatchSize, this.a, this.b, instances,
				this.decoupled, this.kernel);
	}

	public TestModel withMaxBatchSize(int maxBatchSize) {
		return new TestModel(this.name, this.inputs, this.outputs, maxBatchSize, this.a, this.b, this.instances,
				this.decoupled, this.kernel);
	}

	/**
	 * One tensor of the model's signature.
	 *
	 * @param name the name
	 * @param datatype the data type name
	 * @param shape the dimensions
	 */
	public record TestTensorSpec(String name, String datatype, long... shape) {
	}

	/**
	 * Computes a model's outputs; for a decoupled model each returned list is one
	 * response.
	 */
	@FunctionalInterface
	public interface Kernel {

		/**
		 * @param batch the batch size (1 for models without a batch dimension)
		 * @param inputs the inputs, in the order the request listed them
		 * @return the responses, each a list of output tensors
		 * @throws IllegalArgumentException for input the model refuses, answered with
		 * INVALID_ARGUMENT
		 */
		List<List<TestTensor>> compute(int batch, List<TestTensor> inputs);

	}

}
