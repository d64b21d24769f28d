package io.aigcfactory.creative.media;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the service accepts as a product photo, and how it fetches one.
 *
 * @param maxBytes the largest photo file, uploaded or fetched; a download stops reading
 * past it
 * @param maxPixels the most pixels (width × height, read from the file's header before
 * anything is decoded) a photo may have
 * @param maxImages the most photos one product may cite
 * @param connectTimeout how long connecting to a photo's host may take
 * @param readTimeout how long one read from a photo's host may block
 * @param fetchDeadline how long one photo's download may take in all, redirects included
 * @param maxRedirects how many redirects a fetch follows, each checked like the first URL
 * @param fetchParallelism how many photos of one catalog batch are fetched at once
 * @param allowLoopback UNSAFE, for tests and local experiments only: lets fetches reach
 * loopback addresses (127.0.0.0/8, ::1); every other internal range stays refused
 */
@Validated
@ConfigurationProperties("aigc.creative.media")
public record MediaSettings(@DefaultValue("20MB") @NotNull DataSize maxBytes,
		@DefaultValue("40000000") @Positive long maxPixels, @DefaultValue("5") @Positive @Max(20) int maxImages,
		@DefaultValue("5s") @NotNull Duration connectTimeout, @DefaultValue("10s") @NotNull Duration readTimeout,
		@DefaultValue("30s") @NotNull Duration fetchDeadline, @DefaultValue("3") @PositiveOrZero int maxRedirects,
		@DefaultValue("8") @Positive int fetchParallelism, @DefaultValue("false") boolean allowLoopback) {

}
