package io.aigcfactory.inference.codec;

import java.util.Arrays;
import java.util.Objects;

import com.google.protobuf.ByteString;

/**
 * A named tensor whose elements are held as the KServe v2 raw encoding: row-major and
 * little-endian, BYTES elements length-prefixed.
 *
 * @param name the tensor name in the model's signature
 * @param dataType the element type
 * @param shape the dimensions, outermost first
 * @param data the raw contents
 */
public record Tensor(String name, DataType dataType, long[] shape, ByteString data) {

	public Tensor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dataType, "dataType");
		shape = shape.clone();
		for (long dim : shape) {
			if (dim < 0) {
				throw new IllegalArgumentException(
						"Tensor '" + name + "' has a negative dimension in " + Arrays.toString(shape));
			}
		}
		long count = elementCount(shape);
		if (dataType != DataType.BYTES && data.size() != count * dataType.elementSize()) {
			throw new IllegalArgumentException("Tensor '" + name + "' of " + dataType + Arrays.toString(shape)
					+ " needs " + count * dataType.elementSize() + " bytes but has " + data.size());
		}
	}

	@Override
	public long[] shape() {
		return this.shape.clone();
	}

	/**
	 * The number of elements the shape describes.
	 * @return the product of the dimensions
	 */
	public long elementCount() {
		return elementCount(this.shape);
	}

	/**
	 * The size of one dimension without copying the shape.
	 * @param index the dimension index
	 * @return its size
	 */
	public long dim(int index) {
		return this.shape[index];
	}

	/**
	 * The number of dimensions.
	 * @return the rank
	 */
	public int rank() {
		return this.shape.length;
	}

	static long elementCount(long[] shape) {
		long count = 1;
		for (long dim : shape) {
			count = Math.multiplyExact(count, dim);
		}
		return count;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Tensor that && this.name.equals(that.name) && this.dataType == that.dataType
				&& Arrays.equals(this.shape, that.shape) && this.data.equals(that.data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.dataType, Arrays.hashCode(this.shape), this.data);
	}

	@Override
	public String toString() {
		return "Tensor[" + this.name + " " + this.dataType + Arrays.toString(this.shape) + ", " + this.data.size()
				+ " bytes]";
	}

}
