package io.aigcfactory.inspection.verification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of {@code POST /api/v1/verifications}.
 *
 * @param maxBytes the largest file accepted; larger ones are answered 413
 * @param maxPixels the most pixels (width × height, read from the header) of an image, or
 * of a video's frame, whose watermark is read; larger ones are not decoded
 */
@Validated
@ConfigurationProperties("aigc.inspection.verification")
public record VerificationSettings(@NotNull DataSize maxBytes, @Positive long maxPixels) {
}
