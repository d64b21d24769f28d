package io.aigcfactory.creative.concept.llm;

import java.security.SecureRandom;
import java.time.Clock;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.aigcfactory.creative.concept.ConceptWriter;
import io.aigcfactory.creative.concept.template.RestrictedTerms;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;
import io.aigcfactory.inference.autoconfigure.InferenceModels;
import io.aigcfactory.platform.modelcache.ModelOutputCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The language-model writer, once {@code aigc.creative.llm.base-url} (an
 * OpenAI-compatible endpoint) or {@code aigc.creative.llm.provider=triton} is set;
 * without either the template writer stays the concept writer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmSettings.class)
public class LlmConfiguration {

	/** Whether a language model is configured, as a condition expression. */
	public static final String CONFIGURED = "'${aigc.creative.llm.base-url:}' != '' or '${aigc.creative.llm.provider:}' == 'triton'";

	/** Whether no language model is configured, as a condition expression. */
	public static final String NOT_CONFIGURED = "!(" + CONFIGURED + ")";

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(CONFIGURED)
	ConceptWriter llmConceptWriter(LlmSettings settings, ObjectProvider<InferenceModels> models,
			ObjectProvider<ModelOutputCache> cache, Clock clock) {
		ChatModel model = switch (settings.effectiveProvider()) {
			case OPENAI -> openAi(settings);
			case TRITON -> models.getObject().chatModel(settings.modelName());
			case null -> throw new IllegalStateException("aigc.creative.llm: set base-url or provider");
		};
		ModelOutputCache outputs = cache.getIfAvailable();
		return writer((outputs != null) ? cached(model, settings, outputs) : model, settings, clock);
	}

	/**
	 * The chat model behind the model output cache, keyed by provider and model name as
	 * well as the request: what the bean wraps, for callers outside a Spring context.
	 */
	public static ChatModel cached(ChatModel model, LlmSettings settings, ModelOutputCache cache) {
		return new CachingChatModel(model, settings.effectiveProvider() + ":" + settings.modelName(), cache);
	}

	/**
	 * The writer over a chat model, with the template writer as its fallback: what the
	 * bean is, for callers outside a Spring context (benchmarks).
	 */
	public static LlmConceptWriter writer(ChatModel model, LlmSettings settings, Clock clock) {
		return new LlmConceptWriter(model,
				settings.jsonSchema() ? ConceptSchema.JSON_SCHEMA : ConceptSchema.JSON_OBJECT, settings,
				new TemplateConceptWriter(), new ConceptPrompts(new SecureRandom()),
				new ConceptCheck(RestrictedTerms.fromClasspath()), new TokenBudgets(settings.budget(), clock));
	}

	/**
	 * An OpenAI-compatible chat model that gets the concept schema as structured output;
	 * retries are left to the writer's repair round and fallback.
	 */
	static ChatModel openAi(LlmSettings settings) {
		OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
			.baseUrl(settings.baseUrl())
			.apiKey((settings.apiKey() != null && !settings.apiKey().isBlank()) ? settings.apiKey() : "none")
			.modelName(settings.modelName())
			.timeout(settings.timeout())
			.maxRetries(0);
		if (settings.jsonSchema()) {
			builder.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
		}
		return builder.build();
	}

}
