package io.aigcfactory.inference.langchain4j;

import java.util.List;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LlmRequestsTests {

	private final ChatRequest request = ChatRequest.builder()
		.messages(SystemMessage.from("You write ad copy."), UserMessage.from("保温杯"))
		.temperature(0.2)
		.topP(0.9)
		.maxOutputTokens(64)
		.stopSequences(List.of("\n\n"))
		.build();

	@Test
	void vllmGetsSamplingParametersAsJsonWithoutABatchDimension() {
		ModelInput input = LlmRequests.input(LlmDialect.VLLM, this.request, 256);
		assertThat(input.tensors()).extracting(Tensor::name)
			.containsExactly("text_input", "stream", "exclude_input_in_output", "sampling_parameters");
		assertThat(Tensors.toStrings(tensor(input, "text_input")))
			.containsExactly("system: You write ad copy.\nuser: 保温杯\nassistant: ");
		assertThat(Tensors.toStrings(tensor(input, "sampling_parameters")).get(0))
			.isEqualTo("{\"max_tokens\":64,\"temperature\":0.2,\"top_p\":0.9,\"stop\":[\"\\n\\n\"]}");
		assertThat(tensor(input, "text_input").shape()).containsExactly(1);
	}

	@Test
	void tensorRtLlmGetsTypedTensors() {
		ModelInput input = LlmRequests.input(LlmDialect.TENSORRT_LLM, this.request, 256);
		assertThat(Tensors.toInts(tensor(input, "max_tokens"))).containsExactly(64);
		assertThat(Tensors.toFloats(tensor(input, "temperature"))).containsExactly(0.2f);
		assertThat(Tensors.toBooleans(tensor(input, "stream"))).containsExactly(false);
	}

	@Test
	void aSingleUserMessageIsSentAsItIs() {
		ModelInput input = LlmRequests.input(LlmDialect.VLLM,
				ChatRequest.builder().messages(UserMessage.from("hi")).build(), 32);
		assertThat(Tensors.toStrings(tensor(input, "text_input"))).containsExactly("hi");
		assertThat(Tensors.toStrings(tensor(input, "sampling_parameters"))).containsExactly("{\"max_tokens\":32}");
	}

	private static Tensor tensor(ModelInput input, String name) {
		return input.tensors().stream().filter((t) -> t.name().equals(name)).findFirst().orElseThrow();
	}

}
