package io.aigcfactory.creative.concept.llm;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language model that writes concepts. Without a base URL and without
 * {@code provider=triton} the template writer writes them.
 *
 * @param baseUrl the OpenAI-compatible endpoint, e.g. {@code https://api.deepseek.com/v1}
 * or a vLLM / Ollama server's {@code http://host:port/v1}
 * @param model the model name the endpoint serves; for {@code triton}, the key of its
 * settings under {@code aigc.inference.models}
 * @param apiKey the endpoint's API key; servers that want none accept any
 * @param provider {@code openai} (the default once a base URL is set) or {@code triton}
 * @param timeout how long one call to the model may take before the template writer
 * stands in
 * @param maxOutputTokens the most tokens the model may write per call
 * @param temperature the sampling temperature
 * @param jsonSchema whether the endpoint is sent the concept's JSON schema as structured
 * output; {@code false} asks for JSON mode only, for servers without schema support
 * @param budget token budgets per tenant and per requirement
 */
@Validated
@ConfigurationProperties("aigc.creative.llm")
public record LlmSettings(@Nullable String baseUrl, @Nullable String model, @Nullable String apiKey,
		@Nullable Provider provider, @DefaultValue("20s") @NotNull Duration timeout,
		@DefaultValue("600") @Positive int maxOutputTokens,
		@DefaultValue("0.7") @DecimalMin("0.0") @DecimalMax("2.0") double temperature,
		@DefaultValue("true") boolean jsonSchema, @DefaultValue @Valid @NotNull Budget budget) {

	/**
	 * The provider in effect: the one named, else {@code openai} once a base URL is set,
	 * else none.
	 */
	@Nullable Provider effectiveProvider() {
		if (this.provider != null) {
			return this.provider;
		}
		return (this.baseUrl != null && !this.baseUrl.isBlank()) ? Provider.OPENAI : null;
	}

	/** The model's name as concepts record it. */
	String modelName() {
		return (this.model != null && !this.model.isBlank()) ? this.model : "llm";
	}

	/**
	 * Where the model is served.
	 */
	public enum Provider {

		/** Any OpenAI-compatible chat completions endpoint, through LangChain4j. */
		OPENAI,

		/** A Triton-hosted LLM through the shared batcher's stream backend. */
		TRITON

	}

	/**
	 * Token budgets; a spent budget sends its concepts to the template writer.
	 *
	 * @param tenantTokens the most tokens one tenant may spend per window
	 * @param window the length of a tenant's window
	 * @param requirementTokens the most tokens one requirement may spend, rewrites
	 * included
	 */
	public record Budget(@DefaultValue("2000000") @Positive long tenantTokens,
			@DefaultValue("24h") @NotNull Duration window, @DefaultValue("20000") @Positive long requirementTokens) {
	}

}
