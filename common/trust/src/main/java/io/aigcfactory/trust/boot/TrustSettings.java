package io.aigcfactory.trust.boot;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The deployment's identity in implicit labels, its signing key, and the watermark's
 * strength.
 *
 * @param producer {@code ContentProducer} in every label the factory writes: the
 * provider's code (e.g. {@code 001} + {@code 1} + its Unified Social Credit Code + a
 * product suffix), printable ASCII without quotes, backslashes or spaces
 * @param signingKey the HMAC-SHA256 key of {@code ReservedCode1}, at least 32 characters;
 * one per deployment, the same in every service that signs or verifies
 * @param watermarkPsnr the PSNR in dB the watermark aims at (38 or more)
 */
@Validated
@ConfigurationProperties("aigc.trust")
public record TrustSettings(@NotBlank @Pattern(regexp = "[\\x21-\\x7E&&[^\"\\\\]]+") String producer,
		@NotBlank @Size(min = 32) String signingKey, @DecimalMin("38") @DecimalMax("60") double watermarkPsnr) {
}
