package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.List;

import inference.InferTensorContents;
import inference.ModelInferRequest;
import inference.ModelInferResponse;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensors;
import org.junit.jupiter.api.Test;

import static io.aigcfactory.inference.codec.Tensors.shape;
import static org.assertj.core.api.Assertions.assertThat;

class TensorStackingTests {

	@Test
	void itemsAreStackedAlongANewBatchDimension() {
		List<ModelInput> items = List.of(ModelInput.of(Tensors.strings("text", shape(1), List.of("a"))),
				ModelInput.of(Tensors.strings("text", shape(1), List.of("bcd"))));
		ModelInferRequest request = TensorStacking.request("m", "", items, true, Duration.ofMillis(5));
		assertThat(request.getInputs(0).getShapeList()).containsExactly(2L, 1L);
		assertThat(request.getRawInputContents(0))
			.isEqualTo(Tensors.strings("text", shape(2, 1), List.of("a", "bcd")).data());
		assertThat(request.getParametersOrThrow("timeout").getInt64Param()).isEqualTo(5000);
	}

	@Test
	void variableLengthBytesOutputsSplitPerItem() {
		ModelInferResponse response = ModelInferResponse.newBuilder()
			.addOutputs(ModelInferResponse.InferOutputTensor.newBuilder()
				.setName("tokens")
				.setDatatype("BYTES")
				.addShape(3)
				.addShape(2))
			.addRawOutputContents(
					Tensors.strings("tokens", shape(3, 2), List.of("a", "", "long text", "x", "yy", "zzz")).data())
			.build();
		List<ModelOutput> outputs = TensorStacking.split(response, 3, true);
		assertThat(Tensors.toStrings(outputs.get(0).tensor("tokens"))).containsExactly("a", "");
		assertThat(Tensors.toStrings(outputs.get(1).tensor("tokens"))).containsExactly("long text", "x");
		assertThat(Tensors.toStrings(outputs.get(2).tensor("tokens"))).containsExactly("yy", "zzz");
		assertThat(outputs.get(2).tensor("tokens").shape()).containsExactly(2);
	}

	@Test
	void typedContentsAreReadLikeRawOnes() {
		ModelInferResponse response = ModelInferResponse.newBuilder()
			.addOutputs(ModelInferResponse.InferOutputTensor.newBuilder()
				.setName("y")
				.setDatatype("FP32")
				.addShape(2)
				.addShape(2)
				.setContents(InferTensorContents.newBuilder().addAllFp32Contents(List.of(1f, 2f, 3f, 4f))))
			.build();
		List<ModelOutput> outputs = TensorStacking.split(response, 2, true);
		assertThat(Tensors.toFloats(outputs.get(1).tensor("y"))).containsExactly(3f, 4f);
		assertThat(TensorStacking.raw(InferTensorContents.newBuilder().addIntContents(-2).build(), DataType.INT8)
			.toByteArray()).containsExactly((byte) -2);
	}

}
