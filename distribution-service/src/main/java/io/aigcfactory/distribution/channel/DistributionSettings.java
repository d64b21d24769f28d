package io.aigcfactory.distribution.channel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How publications are delivered.
 *
 * @param exportRoot the parent of filesystem channels' folders, unless a channel names
 * its own directory
 * @param publicBaseUrl the platform's public URL, for links to files in webhook payloads
 * @param maxAttempts delivery attempts before a publication fails for good
 * @param firstRetryDelay the wait before the second attempt; it doubles with each attempt
 * @param pollInterval how often the delivery worker looks for due publications when no
 * new one woke it
 * @param concurrency deliveries in progress at once
 */
@Validated
@ConfigurationProperties("aigc.distribution")
public record DistributionSettings(@NotNull Path exportRoot, @NotNull URI publicBaseUrl, @Positive int maxAttempts,
		@NotNull Duration firstRetryDelay, @NotNull Duration pollInterval, @Positive int concurrency) {

}
