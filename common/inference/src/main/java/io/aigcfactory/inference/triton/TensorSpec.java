package io.aigcfactory.inference.triton;

import java.util.Arrays;
import java.util.Objects;

import io.aigcfactory.inference.codec.DataType;

/**
 * One tensor of a model's signature.
 *
 * @param name the tensor name
 * @param dataType its element type
 * @param shape its dimensions as the server reports them, -1 marking a variable one (the
 * batch dimension of a batching model included)
 */
public record TensorSpec(String name, DataType dataType, long[] shape) {

	public TensorSpec {
		shape = shape.clone();
	}

	@Override
	public long[] shape() {
		return this.shape.clone();
	}

	/**
	 * Whether a per-item shape fits, ignoring the batch dimension when the model batches.
	 */
	boolean accepts(long[] itemShape, boolean batched) {
		int offset = batched ? 1 : 0;
		if (this.shape.length - offset != itemShape.length) {
			return false;
		}
		for (int i = 0; i < itemShape.length; i++) {
			long expected = this.shape[i + offset];
			if (expected != -1 && expected != itemShape[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TensorSpec that && this.name.equals(that.name) && this.dataType == that.dataType
				&& Arrays.equals(this.shape, that.shape);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.dataType, Arrays.hashCode(this.shape));
	}

	@Override
	public String toString() {
		return this.name + " " + this.dataType + Arrays.toString(this.shape);
	}

}
