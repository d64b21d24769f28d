package io.aigcfactory.creative.concept.llm;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.aigcfactory.platform.modelcache.ModelCacheKey;
import io.aigcfactory.platform.modelcache.ModelOutputCache;
import io.aigcfactory.platform.modelcache.OutputType;

/**
 * A chat model that answers a request it has answered before from the model output cache.
 * The key is the model, every message of the request in order with the prompt's
 * per-request fence and canary left out (so two renderings of one brief share it), and
 * the sampling and output-format parameters. Only complete answers (finish reason
 * {@code STOP} or none reported) that hold no fence or canary are kept; the writer checks
 * a cached answer against the copy rules as it checks a fresh one. An answer from the
 * cache reports no token usage, so the token budget is charged only for calls the model
 * served.
 */
final class CachingChatModel implements ChatModel {

	private final ChatModel model;

	private final String modelName;

	private final ModelOutputCache cache;

	CachingChatModel(ChatModel model, String modelName, ModelOutputCache cache) {
		this.model = model;
		this.modelName = modelName;
		this.cache = cache;
	}

	@Override
	public ChatResponse chat(ChatRequest request) {
		ModelCacheKey key = key(request);
		Optional<byte[]> cached = this.cache.get(key);
		if (cached.isPresent()) {
			return ChatResponse.builder()
				.aiMessage(AiMessage.from(new String(cached.get(), StandardCharsets.UTF_8)))
				.modelName(this.modelName)
				.tokenUsage(new TokenUsage(0, 0))
				.finishReason(FinishReason.STOP)
				.build();
		}
		ChatResponse response = this.model.chat(request);
		AiMessage answer = response.aiMessage();
		boolean complete = response.finishReason() == null || response.finishReason() == FinishReason.STOP;
		if (answer != null && answer.text() != null && !answer.hasToolExecutionRequests() && complete
				&& !ConceptPrompts.containsSecrets(answer.text())) {
			this.cache.put(key, answer.text().getBytes(StandardCharsets.UTF_8));
		}
		return response;
	}

	@Override
	public ChatRequestParameters defaultRequestParameters() {
		return this.model.defaultRequestParameters();
	}

	@Override
	public Set<Capability> supportedCapabilities() {
		return this.model.supportedCapabilities();
	}

	ModelCacheKey key(ChatRequest request) {
		StringBuilder prompt = new StringBuilder();
		for (ChatMessage message : request.messages()) {
			prompt.append(message.type())
				.append('\u0000')
				.append(ConceptPrompts.withoutSecrets(text(message)))
				.append('\u0000');
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("temperature", request.temperature());
		parameters.put("topP", request.topP());
		parameters.put("topK", request.topK());
		parameters.put("maxOutputTokens", request.maxOutputTokens());
		parameters.put("stopSequences", request.stopSequences());
		parameters.put("responseFormat", request.responseFormat());
		parameters.put("requestModel", request.modelName());
		return ModelCacheKey.of(OutputType.TEXT, this.modelName, prompt.toString(), parameters);
	}

	private static String text(ChatMessage message) {
		return switch (message) {
			case SystemMessage system -> system.text();
			case UserMessage user -> user.hasSingleText() ? user.singleText() : user.contents().toString();
			case AiMessage ai -> String.valueOf(ai.text());
			default -> message.toString();
		};
	}

}
