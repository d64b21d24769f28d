package io.aigcfactory.test.kserve;

import java.util.Arrays;

import com.google.protobuf.ByteString;

/**
 * A tensor as the test server sees it: raw little-endian contents.
 *
 * @param name the tensor name
 * @param datatype the KServe v2 data type name
 * @param shape the dimensions, batch first for batching models
 * @param raw the contents
 */
public record TestTensor(String name, String datatype, long[] shape, ByteString raw) {

	@Override
	public String toString() {
		return this.name + " " + this.datatype + Arrays.toString(this.shape);
	}

}
