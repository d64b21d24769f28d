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
 * Turns a LangChain4j chat request into the input tensors of a Triton-hosted LLM, with
 * the messages rendered in the ChatML chat template.
 */
final class LlmRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long[] ONE = { 1 };

	private static final String START = "<|im_start|>";

	private static final String END = "<|im_end|>";

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
	 * The conversation in the ChatML template (Qwen, Yi and most instruction-tuned models
	 * served raw): every message in its own role block between the {@code <|im_start|>}
	 * and {@code <|im_end|>} special tokens, ending with the assistant's open turn. Roles
	 * stay roles: special-token text inside a message is broken up, so that content can
	 * neither close its block nor open a block of another role.
	 */
	static String prompt(List<ChatMessage> messages) {
		StringBuilder prompt = new StringBuilder();
		for (ChatMessage message : messages) {
			switch (message) {
				case SystemMessage system -> block(prompt, "system", system.text());
				case UserMessage user -> block(prompt, "user", user.singleText());
				case AiMessage ai -> block(prompt, "assistant", (ai.text() != null) ? ai.text() : "");
				default -> throw new IllegalArgumentException("Unsupported message type " + message.type());
			}
		}
		return prompt.append(START).append("assistant\n").toString();
	}

	private static void block(StringBuilder prompt, String role, String content) {
		prompt.append(START).append(role).append('\n').append(neutralised(content)).append(END).append('\n');
	}

	/**
	 * Content with every special-token opener and closer ({@code <|}, {@code |>}) split
	 * by a zero-width space: it reads the same, but no tokenizer sees a special token in
	 * it.
	 */
	static String neutralised(String content) {
		return content.replace("<|", "<\u200B|").replace("|>", "|\u200B>");
	}

}
