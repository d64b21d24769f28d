package io.aigcfactory.inference.langchain4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a LangChain4j chat request into the input tensors of a Triton-hosted LLM.
 */
final class LlmRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long[] ONE = { 1 };

	private LlmRequests() {
	}

	static ModelInput input(LlmDialect dialect, ChatRequest request, int defaultMaxTokens) {
		String prompt = prompt(request.messages());
		int maxTokens = (request.maxOutputTokens() != null) ? request.maxOutputTokens() : defaultMaxTokens;
		List<Tensor> tensors = new ArrayList<>();
		tensors.add(Tensors.strings("text_input", ONE, List.of(prompt)));
		tensors.add(Tensors.bool("stream", ONE, false));
		switch (dialect) {
			case VLLM -> {
				tensors.add(Tensors.bool("exclude_input_in_output", ONE, true));
				tensors
					.add(Tensors.strings("sampling_parameters", ONE, List.of(samplingParameters(request, maxTokens))));
			}
			case TENSORRT_LLM -> {
				tensors.add(Tensors.int32("max_tokens", ONE, maxTokens));
				if (request.temperature() != null) {
					tensors.add(Tensors.fp32("temperature", ONE, request.temperature().floatValue()));
				}
				if (request.topP() != null) {
					tensors.add(Tensors.fp32("top_p", ONE, request.topP().floatValue()));
				}
			}
		}
		return new ModelInput(tensors);
	}

	static String samplingParameters(ChatRequest request, int maxTokens) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("max_tokens", maxTokens);
		if (request.temperature() != null) {
			parameters.put("temperature", request.temperature());
		}
		if (request.topP() != null) {
			parameters.put("top_p", request.topP());
		}
		if (request.topK() != null) {
			parameters.put("top_k", request.topK());
		}
		if (request.stopSequences() != null && !request.stopSequences().isEmpty()) {
			parameters.put("stop", request.stopSequences());
		}
		return JSON.writeValueAsString(parameters);
	}

	/**
	 * A single user message is sent as it is; a conversation as role-tagged lines ending
	 * with the assistant's turn. Models that need their own chat template get it applied
	 * upstream.
	 */
	static String prompt(List<ChatMessage> messages) {
		if (messages.size() == 1 && messages.get(0) instanceof UserMessage user && user.hasSingleText()) {
			return user.singleText();
		}
		StringBuilder prompt = new StringBuilder();
		for (ChatMessage message : messages) {
			switch (message) {
				case SystemMessage system -> prompt.append("system: ").append(system.text()).append('\n');
				case UserMessage user -> prompt.append("user: ").append(user.singleText()).append('\n');
				case AiMessage ai -> prompt.append("assistant: ").append(ai.text()).append('\n');
				default -> throw new IllegalArgumentException("Unsupported message type " + message.type());
			}
		}
		return prompt.append("assistant: ").toString();
	}

}
