package io.aigcfactory.inference.autoconfigure;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the inference layer.
 *
 * @param models the models by name; {@code embedding} backs the LangChain4j
 * {@code EmbeddingModel} bean (the in-process bge-small-zh when not configured) and
 * {@code chat} the {@code ChatModel} bean; every other model is a tensor batcher
 * available from {@link InferenceModels#tensor(String)}
 * @param maxMessageSize the largest gRPC message sent to or accepted from Triton; images
 * need far more than gRPC's 4 MiB default
 * @param channelIdleTimeout how long an unused connection to an endpoint is kept open
 */
@Validated
@ConfigurationProperties("aigc.inference")
public record InferenceSettings(Map<String, @Valid ModelSettings> models,
		@DefaultValue("256MB") @NotNull DataSize maxMessageSize,
		@DefaultValue("5m") @NotNull Duration channelIdleTimeout) {

	/** The name of the model behind the {@code EmbeddingModel} bean. */
	public static final String EMBEDDING = "embedding";

	/** The name of the model behind the {@code ChatModel} bean. */
	public static final String CHAT = "chat";

	public InferenceSettings {
		models = (models != null) ? Map.copyOf(models) : Map.of();
	}

}
