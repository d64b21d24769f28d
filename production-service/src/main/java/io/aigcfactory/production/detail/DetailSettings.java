package io.aigcfactory.production.detail;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The detail page's settings.
 *
 * @param promises the service promises every detail page shows, in order: the merchant's
 * own terms, so a deployment sets them
 */
@Validated
@ConfigurationProperties("aigc.production.detail")
public record DetailSettings(@NotEmpty @Size(max = 8) List<@NotBlank String> promises) {

}
