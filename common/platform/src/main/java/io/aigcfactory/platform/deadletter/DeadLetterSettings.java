package io.aigcfactory.platform.deadletter;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How dead letters are shown and re-driven.
 *
 * @param listLimit the newest dead letters listed per partition of a dead-letter topic
 * @param previewSize how much of a record's value a listing shows, decoded as UTF-8
 * @param readTimeout how long reading a dead-letter topic, or re-publishing a record, may
 * take before the request fails
 */
@Validated
@ConfigurationProperties("aigc.dead-letters")
public record DeadLetterSettings(@DefaultValue("100") @Positive int listLimit,
		@DefaultValue("1KB") @NotNull DataSize previewSize, @DefaultValue("10s") @NotNull Duration readTimeout) {
}
