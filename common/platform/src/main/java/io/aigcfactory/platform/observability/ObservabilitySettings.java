package io.aigcfactory.platform.observability;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's own metrics and health settings (tracing and export are Boot's
 * {@code management.*} properties).
 *
 * @param maxTenantTags how many distinct tenants a service tags its meters with; later
 * tenants are counted under {@code other}
 * @param outboxStaleAfter how old the oldest unsent outbox row may get before the outbox
 * reports itself down (Kafka unreachable, the relay stuck), which takes the service out
 * of readiness
 */
@Validated
@ConfigurationProperties("aigc.observability")
public record ObservabilitySettings(@DefaultValue("20") @Positive int maxTenantTags,
		@DefaultValue("5m") @NotNull Duration outboxStaleAfter) {

}
