package io.aigcfactory.inference.autoconfigure;

import java.time.Duration;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.inference.health.ModelEndpointsHealthIndicator;
import io.aigcfactory.inference.langchain4j.BatchedEmbeddingModel;
import io.aigcfactory.inference.telemetry.InferenceTelemetry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.OpenTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the configured models' batchers and exposes the embedding and chat models as
 * LangChain4j beans. Without any setting, {@code EmbeddingModel} is the in-process
 * bge-small-zh, loaded on its first call;
 * {@code aigc.inference.models.embedding.backend=triton} with endpoints moves it to
 * Triton. A {@code ChatModel} is created once
 * {@code aigc.inference.models.chat.backend=triton} is set.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration" })
@EnableConfigurationProperties(InferenceSettings.class)
public class InferenceAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	InferenceTelemetry inferenceTelemetry(ObjectProvider<MeterRegistry> registry,
			ObjectProvider<OpenTelemetry> openTelemetry) {
		return new InferenceTelemetry(registry.getIfAvailable(() -> Metrics.globalRegistry),
				openTelemetry.getIfAvailable(OpenTelemetry::noop));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	InferenceModels inferenceModels(InferenceSettings settings, InferenceTelemetry telemetry) {
		return new InferenceModels(settings, telemetry);
	}

	@Bean
	@ConditionalOnMissingBean
	EmbeddingModel embeddingModel(InferenceModels models) {
		return new BatchedEmbeddingModel(models.embedding(), models.embeddingSettings().dimension());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(prefix = "aigc.inference.models.chat", name = "backend", havingValue = "triton")
	ChatModel chatModel(InferenceModels models) {
		return models.chatModel(InferenceSettings.CHAT);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	static class ModelHealth {

		/** Model readiness, asked of each endpoint with this deadline. */
		private static final Duration READY_DEADLINE = Duration.ofSeconds(2);

		@Bean
		@ConditionalOnMissingBean(name = "modelEndpointsHealthIndicator")
		ModelEndpointsHealthIndicator modelEndpointsHealthIndicator(InferenceModels models) {
			return new ModelEndpointsHealthIndicator(models::readiness, READY_DEADLINE);
		}

	}

}
