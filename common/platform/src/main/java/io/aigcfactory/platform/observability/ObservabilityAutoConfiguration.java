package io.aigcfactory.platform.observability;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.OpenTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trace propagation and business meters for every service: {@link MessageTracing} over
 * the OpenTelemetry SDK that Boot builds (a no-op without it), {@link StageMeters} and
 * {@link EventMeters} on the service's meter registry, and {@link DeferredTraces} where
 * the service has a database.
 */
@AutoConfiguration(after = JdbcClientAutoConfiguration.class,
		afterName = { "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@EnableConfigurationProperties(ObservabilitySettings.class)
public class ObservabilityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MessageTracing messageTracing(ObjectProvider<OpenTelemetry> openTelemetry) {
		return new MessageTracing(openTelemetry.getIfAvailable(OpenTelemetry::noop));
	}

	@Bean
	@ConditionalOnMissingBean
	TenantTags tenantTags(ObservabilitySettings settings) {
		return new TenantTags(settings.maxTenantTags());
	}

	@Bean
	@ConditionalOnMissingBean
	EventMeters eventMeters(ObjectProvider<MeterRegistry> registry, TenantTags tenants) {
		return new EventMeters(registry.getIfAvailable(() -> Metrics.globalRegistry), tenants);
	}

	@Bean
	@ConditionalOnMissingBean
	StageMeters stageMeters(ObjectProvider<MeterRegistry> registry, TenantTags tenants, ObjectProvider<Clock> clock) {
		return new StageMeters(registry.getIfAvailable(() -> Metrics.globalRegistry), tenants,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnBean(JdbcClient.class)
	@ConditionalOnMissingBean
	DeferredTraces deferredTraces(JdbcClient jdbc, MessageTracing tracing, ObjectProvider<Clock> clock) {
		return new DeferredTraces(jdbc, tracing, clock.getIfAvailable(Clock::systemUTC));
	}

}
