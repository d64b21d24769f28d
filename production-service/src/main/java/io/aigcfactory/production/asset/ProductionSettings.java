package io.aigcfactory.production.asset;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import io.aigcfactory.production.image.ImageSpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What production makes of each concept.
 *
 * @param mainImages the main-image sizes rendered for every asset
 */
@Validated
@ConfigurationProperties("aigc.production")
public record ProductionSettings(@NotEmpty List<ImageSpec> mainImages) {

}
