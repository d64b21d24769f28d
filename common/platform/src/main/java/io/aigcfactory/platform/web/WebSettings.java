package io.aigcfactory.platform.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits at the web edge of a service.
 *
 * @param maxRequestBody the largest request body accepted; larger ones get 413
 */
@Validated
@ConfigurationProperties("aigc.web")
public record WebSettings(@DefaultValue("16MB") @NotNull DataSize maxRequestBody) {

}
