package io.aigcfactory.inference.triton;

import java.util.List;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensors;
import org.junit.jupiter.api.Test;

import static io.aigcfactory.inference.codec.Tensors.shape;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelSignatureTests {

	private final ModelSignature signature = new ModelSignature("classifier", "onnx",
			List.of(new TensorSpec("pixels", DataType.UINT8, shape(-1, 3, -1, -1))),
			List.of(new TensorSpec("score", DataType.FP32, shape(-1, 1))));

	@Test
	void acceptsItemsShapedWithoutTheBatchDimension() {
		assertThatCode(() -> this.signature
			.validate(ModelInput.of(Tensors.uint8("pixels", shape(3, 2, 2), new byte[12])), true))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAnUnknownTensorNamingIt() {
		assertThatThrownBy(
				() -> this.signature.validate(ModelInput.of(Tensors.uint8("image", shape(3, 1, 1), new byte[3])), true))
			.isInstanceOf(InferenceException.class)
			.hasMessageContaining("no input tensor 'image'")
			.hasMessageContaining("pixels")
			.extracting((ex) -> ((InferenceException) ex).reason())
			.isEqualTo(Reason.INVALID_INPUT);
	}

	@Test
	void refusesAWrongDataTypeNamingTheTensor() {
		assertThatThrownBy(
				() -> this.signature.validate(ModelInput.of(Tensors.fp32("pixels", shape(3, 1, 1), 1, 2, 3)), true))
			.hasMessageContaining("'pixels'")
			.hasMessageContaining("must be UINT8, was FP32");
	}

	@Test
	void refusesAWrongShapeNamingTheTensor() {
		assertThatThrownBy(() -> this.signature
			.validate(ModelInput.of(Tensors.uint8("pixels", shape(4, 1, 1), new byte[4])), true))
			.hasMessageContaining("'pixels'")
			.hasMessageContaining("[4, 1, 1]");
	}

}
